"""The agreements panel: working agreements, decisions, dilemmas, work structure and meetings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from samenwerk_desktop.core.model import (
    AGREEMENT_STATUSES,
    DECISION_OUTCOMES,
    DECISION_RULES,
    DILEMMA_STATUSES,
    GROUP_FORMS,
    STRATEGIES,
    ActionItem,
    AgendaItem,
    Agreement,
    Decision,
    Dilemma,
    Meeting,
    ParkingItem,
    WorkingGroup,
)
from samenwerk_desktop.gui import dates, settings
from samenwerk_desktop.gui.agreements_tabs import ATTRIBUTES as TAB_ATTRIBUTES
from samenwerk_desktop.gui.agreements_tabs import PREFIXES as TAB_PREFIXES
from samenwerk_desktop.gui.agreements_tabs import TABS, LazySections, kind_at, tab_splitter
from samenwerk_desktop.gui.entity_section import SELECTED, DeleteKey, EntitySection, size_filters
from samenwerk_desktop.gui.entity_table import (
    Column,
    EntityTableModel,
    selected_ids,
    setup_list_view,
)
from samenwerk_desktop.gui.field_binder import FieldBinder
from samenwerk_desktop.gui.followups_panel import FollowUpsList
from samenwerk_desktop.gui.panel_common import (
    ERROR_TINT,
    SELECTED_TINT,
    child,
    compact_combos,
    icon,
    load_form,
    party_choices,
    party_names_changed,
    vocabulary,
)
from samenwerk_desktop.gui.party_list import party_list
from samenwerk_desktop.gui.ratification_table import RatificationModel
from samenwerk_desktop.gui.ratification_table import setup_view as setup_ratification_view
from samenwerk_desktop.gui.view_state import ViewState


def _short(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class AgreementsPanel(QWidget):
    """Tabs Werkafspraken, Besluiten, Dilemma's, Werkstructuur and Overleggen.

    Only the first tab is built at once (with ``defer_tabs``, the default); each of the others
    when it is first shown, or when something looks up its section or its widgets
    (gui/agreements_tabs.py): the start fills the panel the facilitator sees without the four
    tabs behind it.
    """

    def __init__(self, document, parent: QWidget | None = None, *, view_state: ViewState | None = None,
                 defer_tabs: bool = True):
        super().__init__(parent)
        self.setObjectName("agreementsPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._doc = document
        #: the window's selection (its own when none is given)
        self.view_state = view_state or ViewState(document, self)
        self._form = load_form("agreements_panel.ui", self)
        compact_combos(self._form)
        for scroll in self._form.findChildren(QScrollArea):  # Tab goes from the list into the form, not onto its frame
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs: QTabWidget = child(self._form, QTabWidget, "tabs")
        self.tabs.currentChanged.connect(self._tab_shown)
        self._overdue_icon = icon("warning")
        self._read_only = bool(getattr(document.project, "read_only", False))
        self._form_buttons = set(self._form.findChildren(QPushButton)) if self._read_only else set()
        for page_kind in TABS:  # a tab built later looks as it would have: its filters as narrow (entity_section)
            size_filters(self._form, TAB_PREFIXES.get(page_kind, page_kind))
        self._on_built: dict[str, list] = {}  # kind -> what waits for its tab (when_built)
        self.sections = LazySections(self)  # kind -> EntitySection, each tab built when first needed
        for kind in TABS if not defer_tabs else ("agreement", kind_at(self.tabs.currentIndex())):
            self.sections.get(kind)
        self.follow_ups = FollowUpsList(self, lambda: self.today())  # above the tabs: back to the table
        self.layout().insertWidget(0, self.follow_ups)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self._on_reloaded)
        self.view_state.selectionChanged.connect(self._on_selection)

    #: below this width the list sits above its detail form instead of beside it
    NARROW = 860

    def __getattr__(self, name: str):
        """An attribute made by a tab not built yet (``meeting_title``, ``sub``, ...): that tab is built first."""
        kind = TAB_ATTRIBUTES.get(name)
        if kind is None or "sections" not in self.__dict__ or kind in self.sections.built:
            raise AttributeError(name)
        self.sections.get(kind)
        if name not in self.__dict__:
            raise AttributeError(name)
        return self.__dict__[name]

    def when_built(self, kind: str, callback) -> None:
        """Call ``callback`` once ``kind``'s tab is built: now if it is, else right after its build."""
        if kind in self.sections.built:
            callback()
        else:
            self._on_built.setdefault(kind, []).append(callback)

    def finish_tabs(self) -> None:
        """Build every tab not built yet, now."""
        for kind in TABS:
            self.sections.get(kind)

    def current_section(self) -> EntitySection:
        """The section of the tab shown now."""
        return self.sections[kind_at(self.tabs.currentIndex()) or "agreement"]

    def _tab_shown(self, index: int) -> None:
        kind = kind_at(index)
        if kind is not None:
            self.sections.get(kind)  # built before the page is painted: no empty page first
        self._focus_tab_list()

    def _tab_built(self, kind: str, page: QWidget) -> None:
        """A tab's section was just built (gui/agreements_tabs.py): its keys, its looks, a read-only file."""
        prefix = TAB_PREFIXES.get(kind, kind)
        self._delete_key(self.sections.built[kind].view, self._w(QPushButton, prefix + "DeleteButton"))
        if kind == "meeting":
            for sub_kind, sub_prefix in (("agenda_item", "agenda"), ("action_item", "action"),
                                         ("parking_item", "parking")):
                self._delete_key(self._sub_view[sub_kind], self._w(QPushButton, sub_prefix + "RemoveButton"))
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized):  # sized already: the split as a resize makes it
            self._orient(self.sections.built[kind].splitter, again=True)
        if self._read_only:
            self._make_read_only(kind, page)
        for callback in self._on_built.pop(kind, []):
            callback()

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Override QWidget.resizeEvent: lists above their forms when the panel is narrow."""
        super().resizeEvent(event)
        for kind in TABS:  # built or not: a tab's height is the same before and after its build
            self._orient(tab_splitter(self, kind))

    def _orient(self, splitter: QSplitter | None, *, again: bool = False) -> None:
        """A tab's list beside its form, or above it when the panel is narrow (``again``: its sizes even so)."""
        orientation = Qt.Orientation.Vertical if self.width() < self.NARROW else Qt.Orientation.Horizontal
        if splitter is not None and (again or splitter.orientation() != orientation):
            splitter.setOrientation(orientation)
            if not settings.restore_splitter(splitter):  # stacked: the form gets the larger part
                total = max(sum(splitter.sizes()), 300)
                splitter.setSizes([total * 2 // 5, total - total * 2 // 5] if orientation == Qt.Orientation.Vertical
                                  else [total * 3 // 5, total - total * 3 // 5])

    # -- helpers ---------------------------------------------------------------------

    def _make_read_only(self, kind: str, page: QWidget) -> None:
        """A read-only file: every list of ``kind``'s tab can be browsed and filtered, nothing can be changed."""
        section = self.sections.built[kind]
        for button in page.findChildren(QPushButton):
            if button in self._form_buttons:  # not a button another module put there (they keep their own state)
                button.setEnabled(False)
        for widget in section.binder.widgets():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        views = [section.view, *(self._sub_view.values() if kind == "meeting" else ())]
        for view in views:
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        if kind == "working_group":
            self._w(QComboBox, "defaultRuleCombo").setEnabled(False)
        if kind == "decision":
            self.ratification_table.setEnabled(False)

    def _delete_key(self, view: QTableView, button: QPushButton) -> None:
        """The Delete key on a list does what its delete button does.

        A key filter, not a shortcut: the main window's own Delete shortcut forwards the key
        to the focused widget, and two shortcuts on one key would block each other.
        """
        view.installEventFilter(DeleteKey(view, button))

    def focusInEvent(self, event) -> None:  # noqa: N802
        """Override QWidget.focusInEvent: the keyboard goes to the list of the open tab."""
        super().focusInEvent(event)
        self._focus_tab_list()

    def _focus_tab_list(self, _index: int = 0) -> None:
        if not self.sections.built or not self.hasFocus():
            return
        self.current_section().view.setFocus(Qt.FocusReason.OtherFocusReason)

    def today(self) -> date:
        return date.today()

    def _w(self, cls, name):
        return child(self._form, cls, name)

    def _party_label(self, pid) -> str:
        party = self._doc.data.get("party", pid)
        return party.label if party else ""

    def _meeting_choices(self):
        return [(self.tr("— geen —"), None)] + [(f"{dates.shown_date(m.date)} — {m.title}", m.id) for m in self._doc.data.meetings]

    def _work_item_choices(self):
        return [(self.tr("— geen —"), None)] + [(w.title, w.id) for w in self._doc.data.work_items]

    def _parties_or_none(self):
        return party_choices(self._doc, none=self.tr("— geen —"))

    def _owner_name(self, item) -> str:
        """An agenda or action item's party as its picker names it ("— geen —" for none)."""
        if item.owner_party_id is None:
            return self.tr("— geen —")
        party = self._doc.data.get("party", item.owner_party_id)
        return party.name if party else ""

    def _party_list_or_none(self):
        """The document's shared party list led by "— geen —" (gui/party_list.py)."""
        return party_list(self._doc, ((self.tr("— geen —"), None),))

    def select_first(self) -> None:
        """Select the first row of the current tab (for a quick look)."""
        section = self.current_section()
        if section.model.rowCount():
            section.select(section.model.id_at(0))

    # -- Werkafspraken ----------------------------------------------------------------

    def _build_agreements(self) -> None:
        s = EntitySection(self, "agreement", "agreement", "agreementsTable", [
            Column(self.tr("Afspraak"), "text"),
            Column(self.tr("Eigenaar"), text=lambda a: self._party_label(a.owner_party_id)),
            Column(self.tr("Status"), "status", editor="choice", choices=lambda: vocabulary(AGREEMENT_STATUSES)),
            Column(self.tr("Evaluatie"), "review_date", text=self._review_text),  # sorted by the ISO date
            Column(self.tr("Partijen"), text=lambda a: ", ".join(self._party_label(p) for p in a.party_ids)),
        ], involves=lambda a, p: a.owner_party_id == p or p in a.party_ids,
            status=("status", AGREEMENT_STATUSES), detail="agreementDetail")
        s.model.background = lambda a: (ERROR_TINT if a.overdue(self.today())
                                        else SELECTED_TINT if s._involves_selected(a) else None)
        s.model.decoration = lambda a: self._overdue_icon if a.overdue(self.today()) else None
        b = s.binder
        self.agreement_text = self._w(QPlainTextEdit, "agreementText")
        b.bind(self.agreement_text, "text")
        b.bind(self._w(QLineEdit, "agreementCategory"), "category")
        b.bind(self._w(QComboBox, "agreementOwner"), "owner_party_id", model=self._party_list_or_none())
        b.bind(self._w(QComboBox, "agreementStatus"), "status", choices=lambda: vocabulary(AGREEMENT_STATUSES))
        b.bind(self._w(QLineEdit, "agreementReviewDate"), "review_date")
        b.bind(self._w(QComboBox, "agreementMeeting"), "meeting_id", choices=self._meeting_choices)
        b.bind(self._w(QComboBox, "agreementWorkItem"), "work_item_id", choices=self._work_item_choices)
        b.bind(self._w(QListWidget, "agreementParties"), "party_ids")
        self.overdue_label: QLabel = self._w(QLabel, "agreementOverdueLabel")
        self.overdue_label.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        s.on_load = self._agreement_loaded
        for name, status in (("agreedButton", "agreed"), ("doneButton", "done"), ("droppedButton", "dropped")):
            self._w(QPushButton, name).clicked.connect(lambda _c=False, st=status: self.set_agreement_status(st))
        self._w(QPushButton, "agreementAddButton").clicked.connect(
            lambda: s.add(Agreement(text=self.tr("Nieuwe afspraak"), owner_party_id=self._filtered_party("agreement")),
                          self.tr("Afspraak toevoegen"), self.agreement_text))
        self._w(QPushButton, "agreementDeleteButton").clicked.connect(
            lambda: s.delete(self.tr("Afspraak verwijderen")))
        self.sections["agreement"] = s
        s.load()

    def _review_text(self, a) -> str:
        if not a.review_date:
            return ""
        if a.overdue(self.today()):
            return self.tr("{0} — evaluatie te laat").format(dates.shown_date(a.review_date))
        return dates.shown_date(a.review_date)

    def _agreement_loaded(self, a) -> None:
        if a is not None and a.overdue(self.today()):
            self.overdue_label.setText(self.tr("⚠ De evaluatiedatum ({0}) is voorbij: bespreek deze afspraak opnieuw.")
                                       .format(a.review_date))
            self.overdue_label.show()
        else:
            self.overdue_label.clear()
            self.overdue_label.hide()

    def set_agreement_status(self, status: str) -> None:
        """Give the selected agreements a status in one click (one undo step)."""
        ids = selected_ids(self.sections["agreement"].view)
        changes = {i: {"status": status} for i in ids if self._doc.data.get("agreement", i).status != status}
        if changes:
            self._doc.apply(self.tr("Status: {0}").format(AGREEMENT_STATUSES[status]),
                            lambda p: p.update_many("agreement", changes))

    def _filtered_party(self, kind: str) -> int | None:
        """The one party the tab's own filter shows (the facilitator chose it there), else None.

        Never the party that happens to be selected on the map: a new item takes no owner by accident.
        """
        value = self.sections[kind].party_filter.currentData() if kind in self.sections else None
        return value if isinstance(value, int) and self._doc.data.get("party", value) is not None else None

    # -- Besluiten ---------------------------------------------------------------------

    def _build_decisions(self) -> None:
        s = EntitySection(self, "decision", "decision", "decisionsTable", [
            Column(self.tr("Besluit"), "title"),
            Column(self.tr("Datum"), "date"),
            Column(self.tr("Regel"), text=lambda d: str(DECISION_RULES[d.rule])),
            Column(self.tr("Uitkomst"), "outcome", editor="choice", choices=lambda: vocabulary(DECISION_OUTCOMES)),
            Column(self.tr("Bekrachtigd"), text=self._ratified_text),
        ], involves=lambda d, p: p in d.ratifications, status=("outcome", DECISION_OUTCOMES),
            detail="decisionDetail")
        b = s.binder
        self.decision_title = self._w(QLineEdit, "decisionTitle")
        b.bind(self.decision_title, "title")
        b.bind(self._w(QPlainTextEdit, "decisionText"), "text")
        b.bind(self._w(QComboBox, "decisionRule"), "rule", choices=lambda: vocabulary(DECISION_RULES))
        b.bind(self._w(QLineEdit, "decisionDate"), "date")
        b.bind(self._w(QComboBox, "decisionMeeting"), "meeting_id", choices=self._meeting_choices)
        b.bind(self._w(QComboBox, "decisionOutcome"), "outcome", choices=lambda: vocabulary(DECISION_OUTCOMES))
        self.ratification_table: QTableView = self._w(QTableView, "ratificationTable")
        self.ratifications = RatificationModel(self._doc, self._ratify, self)
        setup_ratification_view(self.ratification_table, self.ratifications)
        s.on_load = self._fill_ratifications
        self._w(QPushButton, "decisionAddButton").clicked.connect(
            lambda: s.add(Decision(title=self.tr("Nieuw besluit"), rule=self._doc.data.collaboration.default_decision_rule,
                                   date=self.today().isoformat()),
                          self.tr("Besluit toevoegen"), self.decision_title))
        self._w(QPushButton, "decisionDeleteButton").clicked.connect(lambda: s.delete(self.tr("Besluit verwijderen")))
        self.sections["decision"] = s
        s.load()

    def _ratified_text(self, d) -> str:
        if not d.ratifications:
            return ""
        done = sum(1 for v in d.ratifications.values() if v == "ratified")
        rejected = sum(1 for v in d.ratifications.values() if v == "rejected")
        text = self.tr("{0} van {1}").format(done, len(d.ratifications))
        text += self.tr(", {0} afgewezen").format(rejected) if rejected else ""
        waiting = [self._party_label(pid) for pid, state in d.ratifications.items() if state == "pending"]
        return text + (self.tr(" · wacht op: {0}").format(", ".join(waiting)) if waiting else "")

    def _fill_ratifications(self, d) -> None:
        self.ratifications.show(d)

    def _ratify(self, pid: int, state) -> None:
        d = self._doc.data.get("decision", self.sections["decision"].current())
        if d is None:
            return
        new = dict(d.ratifications)
        if state is None:
            new.pop(pid, None)
        else:
            new[pid] = state
        if new != d.ratifications:
            self._doc.apply(self.tr("Bekrachtiging wijzigen"),
                            lambda p: p.update("decision", d.id, ratifications=new))

    # -- Dilemma's ------------------------------------------------------------------

    def _build_dilemmas(self) -> None:
        s = EntitySection(self, "dilemma", "dilemma", "dilemmasTable", [
            Column(self.tr("Dilemma"), "title"),
            Column(self.tr("Partij"), text=lambda d: self._party_label(d.party_id)),
            Column(self.tr("Strategie"), text=lambda d: str(STRATEGIES[d.strategy])),
            Column(self.tr("Status"), "status", editor="choice", choices=lambda: vocabulary(DILEMMA_STATUSES)),
        ], involves=lambda d, p: d.party_id == p, status=("status", DILEMMA_STATUSES), detail="dilemmaDetail")
        b = s.binder
        b.bind(self._w(QComboBox, "dilemmaParty"), "party_id", model=party_list(self._doc))
        self.dilemma_title = self._w(QLineEdit, "dilemmaTitle")
        b.bind(self.dilemma_title, "title")
        b.bind(self._w(QPlainTextEdit, "dilemmaOwn"), "own_interest")
        b.bind(self._w(QPlainTextEdit, "dilemmaCollective"), "collective_interest")
        b.bind(self._w(QComboBox, "dilemmaStrategy"), "strategy", choices=lambda: vocabulary(STRATEGIES))
        b.bind(self._w(QComboBox, "dilemmaStatus"), "status", choices=lambda: vocabulary(DILEMMA_STATUSES))
        b.bind(self._w(QPlainTextEdit, "dilemmaResolution"), "resolution")
        self._w(QPushButton, "dilemmaAddButton").clicked.connect(self._add_dilemma)
        self._w(QPushButton, "dilemmaDeleteButton").clicked.connect(lambda: s.delete(self.tr("Dilemma verwijderen")))
        self.sections["dilemma"] = s
        s.load()

    def _add_dilemma(self) -> None:
        party = self._filtered_party("dilemma")  # a dilemma needs a party: the filter's, else the first one
        if party is None and self._doc.data.parties:
            party = self._doc.data.parties[0].id
        if party is None:
            self._doc.errorOccurred.emit(self.tr("Voeg eerst een partij toe: een dilemma hoort bij een partij."))
            return
        self.sections["dilemma"].add(Dilemma(party_id=party, title=self.tr("Nieuw dilemma")),
                                     self.tr("Dilemma toevoegen"), self.dilemma_title)

    # -- Werkstructuur -----------------------------------------------------------------

    def _build_structure(self) -> None:
        s = EntitySection(self, "working_group", "group", "groupsTable", [
            Column(self.tr("Naam"), "name"),
            Column(self.tr("Vorm"), text=lambda g: str(GROUP_FORMS[g.form])),
            Column(self.tr("Trekker"), text=lambda g: self._party_label(g.lead_party_id)),
            Column(self.tr("Ritme"), "cadence"),
            Column(self.tr("Regel"), text=lambda g: str(DECISION_RULES[g.decision_rule])),
            Column(self.tr("Onderdelen"), text=lambda g: str(sum(1 for w in self._doc.data.work_items
                                                           if w.working_group_id == g.id))),
        ], involves=lambda g, p: g.lead_party_id == p, status=("form", GROUP_FORMS), detail="groupDetail")
        b = s.binder
        self.group_name = self._w(QLineEdit, "groupName")
        b.bind(self.group_name, "name")
        b.bind(self._w(QComboBox, "groupForm"), "form", choices=lambda: vocabulary(GROUP_FORMS))
        b.bind(self._w(QComboBox, "groupLead"), "lead_party_id", model=self._party_list_or_none())
        b.bind(self._w(QLineEdit, "groupCadence"), "cadence")
        b.bind(self._w(QComboBox, "groupRule"), "decision_rule", choices=lambda: vocabulary(DECISION_RULES))
        self.collab_binder = FieldBinder(self._doc, "collaboration", lambda: 1, self)
        self.collab_binder.bind(self._w(QComboBox, "defaultRuleCombo"), "default_decision_rule",
                                choices=lambda: vocabulary(DECISION_RULES))
        self.collab_binder.load()
        self._w(QPushButton, "groupAddButton").clicked.connect(
            lambda: s.add(WorkingGroup(name=self.tr("Nieuwe werkgroep"),
                                       decision_rule=self._doc.data.collaboration.default_decision_rule),
                          self.tr("Werkgroep toevoegen"), self.group_name))
        self._w(QPushButton, "groupDeleteButton").clicked.connect(lambda: s.delete(self.tr("Werkgroep verwijderen")))
        self.sections["working_group"] = s
        s.load()

    # -- Overleggen --------------------------------------------------------------------

    def _build_meetings(self) -> None:
        s = EntitySection(self, "meeting", "meeting", "meetingsTable", [
            Column(self.tr("Datum"), "date"),
            Column(self.tr("Titel"), "title"),
            Column(self.tr("Locatie"), "location"),
            Column(self.tr("Aanwezig"), text=lambda m: str(len(m.attendee_ids))),
            Column(self.tr("Open acties"), text=lambda m: str(sum(1 for a in self._doc.data.actions_of(m.id)
                                                             if a.status == "open"))),
        ], involves=lambda m, p: p in m.attendee_ids, rows=lambda: self._doc.data.meetings, detail="meetingDetail")
        s.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        s.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        s.view.setColumnWidth(0, 95)
        b = s.binder
        b.bind(self._w(QLineEdit, "meetingDate"), "date")
        self.meeting_title = self._w(QLineEdit, "meetingTitle")
        b.bind(self.meeting_title, "title")
        b.bind(self._w(QLineEdit, "meetingLocation"), "location")
        b.bind(self._w(QListWidget, "meetingAttendees"), "attendee_ids")
        b.bind(self._w(QPlainTextEdit, "meetingNotes"), "notes")
        parties = self._parties_or_none
        owner = self._owner_name  # shown without building the party list per cell (the editor's choices do)
        self.sub: dict[str, EntityTableModel] = {}
        self._sub_view: dict[str, QTableView] = {}
        for kind, prefix, columns in (
            ("agenda_item", "agenda", [
                Column(self.tr("Agendapunt"), "title", editor="text"),
                Column(self.tr("Minuten"), "minutes", editor="int"),
                Column(self.tr("Inbreng door"), "owner_party_id", text=owner, editor="choice", choices=parties)]),
            ("action_item", "action", [
                Column(self.tr("Actie"), "text", editor="text"),
                Column(self.tr("Eigenaar"), "owner_party_id", text=owner, editor="choice", choices=parties),
                Column(self.tr("Uiterlijk"), "due_date", editor="text"),
                Column(self.tr("Gereed"), "status", editor="bool")]),
            ("parking_item", "parking", [
                Column(self.tr("Onderwerp"), "text", editor="text"),
                Column(self.tr("Afgehandeld"), "resolved", editor="bool")]),
        ):
            model = EntityTableModel(self._doc, kind, columns,
                                     lambda k=kind: self._children_of(k), self)
            view = self._w(QTableView, prefix + "Table")
            setup_list_view(view, model)
            view.setColumnWidth(0, 260)
            self.sub[kind] = model
            self._sub_view[kind] = view
            self._w(QPushButton, prefix + "AddButton").clicked.connect(lambda _c=False, k=kind: self._add_child(k))
            self._w(QPushButton, prefix + "RemoveButton").clicked.connect(
                lambda _c=False, k=kind: self._remove_children(k))
        self.agenda_total: QLabel = self._w(QLabel, "agendaTotalLabel")
        self.meeting_outcomes: QLabel = self._w(QLabel, "meetingOutcomesLabel")
        s.on_load = lambda _m: self._refresh_children()
        self._w(QPushButton, "meetingAddButton").clicked.connect(
            lambda: s.add(Meeting(date=self.today().isoformat(), title=self.tr("Nieuw overleg"),
                                  attendee_ids=[]),
                          self.tr("Overleg toevoegen"), self.meeting_title))
        self._w(QPushButton, "meetingDeleteButton").clicked.connect(lambda: s.delete(self.tr("Overleg verwijderen")))
        self.sections["meeting"] = s
        s.load()

    def _children_of(self, kind: str) -> list:
        meetings = self.sections.built.get("meeting")  # None while the meetings tab is being built
        mid = meetings.current() if meetings is not None else None
        if mid is None:
            return []
        data = self._doc.data
        return {"agenda_item": data.agenda_of, "action_item": data.actions_of, "parking_item": data.parking_of}[kind](mid)

    def _refresh_children(self) -> None:
        for model in self.sub.values():
            model.refresh()
        minutes = sum(a.minutes for a in self._children_of("agenda_item"))
        self.agenda_total.setText(self.tr("Totaal: %n minu(u)t(en)", "", minutes) if minutes else "")
        meetings = self.sections.built.get("meeting")
        mid = meetings.current() if meetings is not None else None
        lines = []
        if mid is not None:
            data = self._doc.data
            lines += [self.tr("Afspraak: {0}").format(_short(a.text)) for a in data.agreements if a.meeting_id == mid]
            lines += [self.tr("Besluit: {0} ({1})").format(_short(d.title), DECISION_OUTCOMES[d.outcome])
                      for d in data.decisions if d.meeting_id == mid]
        self.meeting_outcomes.setText("\n".join(lines) if lines else self.tr("Nog geen afspraken of besluiten "
                                                                             "aan dit overleg gekoppeld."))

    def _add_child(self, kind: str) -> None:
        mid = self.sections["meeting"].current()
        if mid is None:
            self._doc.errorOccurred.emit(self.tr("Kies eerst een overleg."))
            return
        entity = {"agenda_item": lambda: AgendaItem(meeting_id=mid, title=self.tr("Nieuw agendapunt")),
                  "action_item": lambda: ActionItem(meeting_id=mid, text=self.tr("Nieuw actiepunt"),
                                                    owner_party_id=None),
                  "parking_item": lambda: ParkingItem(meeting_id=mid, text=self.tr("Nieuw onderwerp"))}[kind]()
        change = self._doc.apply(self.tr("Toevoegen aan overleg"), lambda p: p.add(entity))
        if change is not None:
            view, model = self._sub_view[kind], self.sub[kind]
            row = model.row_of(change.ids[0])
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
                view.edit(model.index(row, 0))

    def _remove_children(self, kind: str) -> None:
        ids = selected_ids(self._sub_view[kind])
        if ids:
            self._doc.apply(self.tr("Verwijderen uit overleg"), lambda p: p.delete(kind, ids))

    # -- reacting to the document ---------------------------------------------------------

    _RELATED = {
        "agreement": {"agreement", "party", "meeting", "work_item"},
        "decision": {"decision", "party", "meeting"},
        "dilemma": {"dilemma", "party"},
        "working_group": {"working_group", "party", "work_item"},
        "meeting": {"meeting", "party", "action_item", "agreement", "decision"},
    }

    def _on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if "party" in kinds and not party_names_changed(change):
            kinds = kinds - {"party"}  # a party's scores or notes: nothing here shows them
        built = self.sections.built  # a tab built later reads the document as it is then
        if "party" in kinds:
            for s in built.values():
                s.fill_filters()
        for kind, s in built.items():
            if kinds & self._RELATED[kind]:
                s.refresh()
        if (kinds & {"agenda_item", "action_item", "parking_item"} and not kinds & {"meeting", "party"}
                and "meeting" in built):
            self._refresh_children()
        if "collaboration" in kinds and "working_group" in built:
            self.collab_binder.load()

    def _on_reloaded(self) -> None:
        for s in self.sections.built.values():
            s.fill_filters()
            s.refresh()
        if "working_group" in self.sections.built:
            self.collab_binder.load()

    def _on_selection(self, _ids) -> None:
        for s in self.sections.built.values():
            if s.party_filter.currentData() == SELECTED:
                s.refresh()
            else:
                s.model.repaint_all()
