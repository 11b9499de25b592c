"""The party inspector: the selected party's whole profile, edited field by field."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QWidget,
)

from samenwerk_desktop.core import give_take
from samenwerk_desktop.core.actors import ACTOR_TYPES, LADDER, TRUST_LEVELS, derived_actor_type
from samenwerk_desktop.core.model import PARTY_KINDS, STANCES, Representative
from samenwerk_desktop.gui import keyboard
from samenwerk_desktop.gui.collaboration_form import CollaborationForm
from samenwerk_desktop.gui.elide import ElidedHeading
from samenwerk_desktop.gui.entity_table import Column, EntityTableModel, selected_ids, setup_list_view
from samenwerk_desktop.gui.field_binder import FieldBinder
from samenwerk_desktop.gui.give_take_editor import GiveTakeEditor
from samenwerk_desktop.gui.panel_common import (
    child,
    compact_combos,
    load_form,
    vocabulary,
)
from samenwerk_desktop.gui.party_disputes import PartyDisputes
from samenwerk_desktop.gui.view_state import ViewState

#: party fields only the map shows (a drag changes nothing else)
MAP_ONLY_FIELDS = frozenset({"x", "y"})


def ask_colour(parent: QWidget, current: str) -> str | None:
    """Let the user pick a colour; None when cancelled (tests replace this function)."""
    colour = QColorDialog.getColor(QColor(current), parent, parent.tr("Kleur van de partij"))
    return colour.name() if colour.isValid() else None


class PartyInspector(QWidget):
    """Shows and edits one party; empty when none (or several) are selected."""

    def __init__(self, document, parent: QWidget | None = None, *, view_state: ViewState | None = None):
        super().__init__(parent)
        self.setObjectName("partyInspector")
        self._doc = document
        #: the window's selection (its own when none is given)
        self.view_state = view_state or ViewState(document, self)
        self._form = load_form("party_inspector.ui", self)
        compact_combos(self._form)
        self._party_id: int | None = None
        f = self._form
        self.pages: QStackedWidget = child(f, QStackedWidget, "pages")
        self.empty_label: QLabel = child(f, QLabel, "emptyLabel")
        # with no party chosen the pane edits the collaboration itself
        collab_scroll = child(f, QScrollArea, "collaborationScroll")
        collab_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.collaboration_form = CollaborationForm(document, collab_scroll.widget())
        collab_scroll.widget().layout().insertWidget(1, self.collaboration_form)
        self.profile_scroll: QScrollArea = child(f, QScrollArea, "profileScroll")
        self.profile_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header: QLabel = child(f, QLabel, "headerLabel")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.header.setFont(font)
        self.heading = ElidedHeading(self.header)  # a long name: two lines and "…", the whole name in its tooltip

        self.setFocusProxy(child(f, QLineEdit, "nameEdit"))  # focusing the inspector: start at the name
        self.binder = FieldBinder(document, "party", lambda: self._party_id, self)
        b = self.binder
        b.bind(child(f, QLineEdit, "nameEdit"), "name")
        b.bind(child(f, QLineEdit, "shortNameEdit"), "short_name")
        b.bind(child(f, QComboBox, "kindCombo"), "kind", choices=lambda: vocabulary(PARTY_KINDS))
        self.colour_edit: QLineEdit = child(f, QLineEdit, "colourEdit")
        b.bind(self.colour_edit, "colour")
        b.bind(child(f, QComboBox, "stanceCombo"), "stance",
               choices=lambda: [(f"{k:+d}  {msg}" if k else f" 0  {msg}", k) for k, msg in STANCES.items()])
        b.bind(child(f, QSpinBox, "influenceSpin"), "influence")
        b.bind(child(f, QSpinBox, "involvementSpin"), "involvement")
        self._add_method_rows(f)
        for name, field in (("positionEdit", "position"), ("cultureEdit", "culture"),
                            ("experienceEdit", "experience"), ("beliefsEdit", "beliefs"),
                            ("mandateEdit", "mandate")):
            b.bind(child(f, QPlainTextEdit, name), field)
        # what the party offers and needs are give-and-take items since file version 5: shown here, one per line
        self.offers_edit: QPlainTextEdit = child(f, QPlainTextEdit, "contributesEdit")
        self.needs_edit: QPlainTextEdit = child(f, QPlainTextEdit, "needsEdit")
        for edit in (self.offers_edit, self.needs_edit):
            edit.setReadOnly(True)
        self.give_take_editor = self._place_give_take_editor()
        self.party_disputes = self._place_party_disputes()
        b.bind(child(f, QCheckBox, "mustConsultCheck"), "must_consult_board")
        self.private_box: QGroupBox = child(f, QGroupBox, "privateBox")
        self.private_edit: QPlainTextEdit = child(f, QPlainTextEdit, "privateNoteEdit")
        b.bind(self.private_edit, "private_note")
        self.private_box.setStyleSheet("QGroupBox#privateBox { border: 2px dashed #b35900; margin-top: 1.2em;"
                                       " background: #fff4e6; }"
                                       "QGroupBox#privateBox::title { color: #8a4500; subcontrol-origin: margin;"
                                       " left: 8px; }")

        self.colour_button: QPushButton = child(f, QPushButton, "colourButton")
        self.colour_button.clicked.connect(self._pick_colour)

        # interests: a list of texts, edited in place
        self.interests: QListWidget = child(f, QListWidget, "interestsList")
        self.interests.setWordWrap(True)  # a long interest wraps in the narrow pane instead of scrolling sideways
        self.interests.setAlternatingRowColors(True)  # where one wrapped interest ends and the next begins
        self.interests.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.interests.itemChanged.connect(lambda _item: self._commit_interests())
        child(f, QPushButton, "addInterestButton").clicked.connect(self._add_interest)
        child(f, QPushButton, "removeInterestButton").clicked.connect(self._remove_interest)

        # representatives: an editable table
        self.reps_model = EntityTableModel(document, "representative", [
            Column(self.tr("Naam"), "name", editor="text"),
            Column(self.tr("Rol"), "role", editor="text"),
            Column(self.tr("Mandaat"), "mandate", editor="text"),
        ], self._representatives, self)
        self.reps_view: QTableView = child(f, QTableView, "representativesTable")
        setup_list_view(self.reps_view, self.reps_model)
        child(f, QPushButton, "addRepresentativeButton").clicked.connect(self._add_representative)
        child(f, QPushButton, "removeRepresentativeButton").clicked.connect(self._remove_representatives)

        # Tab goes down the profile as it reads, the private note last (the trust rows were added in code)
        order = keyboard.focus_order(self.profile_scroll.widget())  # the form's order, the trust rows added last
        added = [child(f, QComboBox, n) for n in ("trustCombo", "actorTypeCombo", "ladderNowCombo", "ladderIntendedCombo")]
        order = keyboard.moved_after(order, added, child(f, QSpinBox, "involvementSpin"))
        self.tab_chain = keyboard.chain([*(w for w in order if w is not self.private_edit), self.private_edit])
        if getattr(document.project, "read_only", False):  # show everything, change nothing
            for widget in self.binder.widgets():
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.setReadOnly(True)
                else:
                    widget.setEnabled(False)
            for button in self._form.findChildren(QPushButton):
                button.setEnabled(False)
            self.interests.setEnabled(False)
            self.reps_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self._show)
        self.view_state.selectionChanged.connect(lambda _ids: self._show())
        self._show()

    # -- what is shown ----------------------------------------------------------------

    @property
    def party_id(self) -> int | None:
        return self._party_id

    def form_widget(self) -> QWidget:
        return self._form

    def show_collaboration(self) -> None:
        """Show the collaboration's own form (no party chosen) with the keyboard in its title."""
        self.view_state.set_selection(set())
        self._show()
        self.collaboration_form.focus_title()

    def focus_first_empty(self) -> None:
        """The profile from the top, the keyboard in its first empty field (the name when none is empty).

        The private note never takes the keyboard by itself: what is typed next is not meant for it.
        """
        if self._party_id is None:
            return
        self.profile_scroll.verticalScrollBar().setValue(0)
        target = keyboard.first_empty(self.tab_chain, skip=(self.private_edit, self.colour_edit))
        keyboard.focus_field(target or child(self._form, QLineEdit, "nameEdit"), self.profile_scroll)

    def _representatives(self) -> list:
        return self._doc.data.representatives_of(self._party_id) if self._party_id is not None else []

    def _show(self) -> None:
        self.binder.flush()  # a text still being typed belongs to the party shown so far
        selected = [p for p in self.view_state.selected_parties if self._doc.data.get("party", p) is not None]
        before, self._party_id = self._party_id, selected[0] if len(selected) == 1 else None
        if self._party_id != before:  # another party: its profile from the top, never halfway down
            self.profile_scroll.verticalScrollBar().setValue(0)
        if self._party_id is None:
            if len(selected) > 1:
                self.empty_label.setText(self.tr("%n partij(en) gekozen. Kies er één om haar profiel te zien.", "",
                                                 len(selected)))
            else:
                self.empty_label.setText(self.tr("Kies een partij op de kaart, in de matrix of in een lijst om "
                                                 "haar profiel te zien en te bewerken. Hieronder staat de "
                                                 "samenwerking zelf."))
            self.pages.setCurrentIndex(0)
            self.setFocusProxy(self.collaboration_form.title_edit)
            self.binder.load()  # empties every field: nothing of the last party stays behind
            self._fill_interests([])
            self._fill_give_take()
            self.reps_model.refresh()
            return
        self.pages.setCurrentIndex(1)
        self.setFocusProxy(child(self._form, QLineEdit, "nameEdit"))
        self._load()

    def _load(self, give_take_too: bool = True) -> None:
        party = self._doc.data.get("party", self._party_id)
        if party is None:
            return
        self.heading.set_text(party.name)
        self.binder.load()
        self._fill_interests(party.interests)
        if give_take_too:
            self._fill_give_take()
        self.reps_model.refresh()
        self.colour_button.setStyleSheet(f"QPushButton {{ border-left: 18px solid {party.colour}; padding: 3px; }}")

    def _on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if self._party_id is not None and self._doc.data.get("party", self._party_id) is None:
            self._show()
            return
        if change.kind == "party" and change.action == "update" and change.fields and set(change.fields) <= MAP_ONLY_FIELDS:
            return  # a party moved on the map: nothing the inspector shows
        if "party" in kinds and self._party_id is not None:
            if change.kind != "party" or change.action != "update" or self._party_id in change.ids:
                # not for a drag of other parties on the map; the needs, offers and disputes show the
                # parties' names, nothing else of a party: a stance or profile edit leaves them be
                own_values = change.kind == "party" and change.action == "update" and "name" not in change.fields
                self._load(give_take_too=not own_values)
        elif "representative" in kinds:
            self.reps_model.refresh()
        if "give_take" in kinds:
            self._fill_give_take()

    def _place_give_take_editor(self) -> GiveTakeEditor:
        """The needs-and-offers table takes the place of the two read-only summaries (kept, hidden)."""
        form = self.needs_edit.parentWidget().layout()  # a QFormLayout
        editor = GiveTakeEditor(self._doc, lambda: self._party_id, self.needs_edit.parentWidget())
        for edit in (self.offers_edit, self.needs_edit):
            edit.hide()
            if (label := form.labelForField(edit)) is not None:
                label.hide()
        form.addRow(QLabel(self.tr("Wat wij nodig hebben en bieden"), editor.parentWidget()))
        form.addRow(editor)
        return editor

    def _place_party_disputes(self) -> PartyDisputes:
        """The party's disputes under its needs and offers (a double-click opens one: gui/dispute_entry.py)."""
        form = self.needs_edit.parentWidget().layout()
        widget = PartyDisputes(self._doc, lambda: self._party_id, self.needs_edit.parentWidget())
        form.addRow(QLabel(self.tr("Geschillen"), widget.parentWidget()))
        form.addRow(widget)
        return widget

    def _fill_give_take(self) -> None:
        self.give_take_editor.refresh()
        self.party_disputes.refresh()
        data, pid = self._doc.data, self._party_id
        self.offers_edit.setPlainText(give_take.summary(data, pid, "offer") if pid is not None else "")
        self.needs_edit.setPlainText(give_take.summary(data, pid, "need") if pid is not None else "")

    # -- interests ------------------------------------------------------------------

    def _fill_interests(self, interests: list[str]) -> None:
        current = [self.interests.item(i).text() for i in range(self.interests.count())]
        if current == list(interests):
            return
        blocked = self.interests.blockSignals(True)
        self.interests.clear()
        for text in interests:
            self.interests.addItem(self._interest_item(text))
        self.interests.blockSignals(blocked)

    def _interest_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _commit_interests(self) -> None:
        for i in range(self.interests.count()):  # a typed row wraps again like the others
            item = self.interests.item(i)
            if item.text() and item.sizeHint().isValid():
                item.setSizeHint(QSize())
        party = self._doc.data.get("party", self._party_id)
        if party is None:
            return
        values = [self.interests.item(i).text().strip() for i in range(self.interests.count())]
        values = [v for v in values if v]
        if values == party.interests:
            self._fill_interests(values)
            return
        pid = party.id
        if self._doc.apply(self.tr("Belangen wijzigen"), lambda p: p.update("party", pid, interests=values)) is None:
            self._fill_interests(party.interests)

    def _add_interest(self) -> None:
        if self._party_id is None:
            return
        item = self._interest_item("")
        # an empty row is as tall as a line edit (not one line of nothing), so its editor can be seen
        item.setSizeHint(QSize(0, max(self.interests.fontMetrics().height() + 14, 28)))
        blocked = self.interests.blockSignals(True)
        self.interests.addItem(item)
        self.interests.blockSignals(blocked)
        self.interests.setCurrentItem(item)
        # the new row in sight, in the list and in the profile, before its editor opens in it
        self.interests.scrollToItem(item)
        self.profile_scroll.ensureWidgetVisible(self.interests)
        self.interests.setFocus(Qt.FocusReason.OtherFocusReason)
        self.interests.editItem(item)

    def _remove_interest(self) -> None:
        row = self.interests.currentRow()
        party = self._doc.data.get("party", self._party_id)
        if row < 0 or party is None:
            return
        text = self.interests.item(row).text().strip()
        values = [self.interests.item(i).text().strip() for i in range(self.interests.count()) if i != row]
        values = [v for v in values if v]
        pid = party.id
        if values == party.interests:  # an empty row never saved: nothing to take back
            self._fill_interests(values)
            return
        if self._doc.apply(self.tr("Belang verwijderen"), lambda p: p.update("party", pid, interests=values)):
            self._doc.notice.emit(self.tr("Belang verwijderd: “%1”. Ongedaan maken (Ctrl+Z) zet het terug.")
                                  .replace("%1", text))

    # -- colour and representatives ---------------------------------------------------------

    def _add_method_rows(self, f) -> None:
        """The krachtenveldanalyse in the position box: trust, actor type (derived or chosen), participation ladder."""
        form = child(f, QGroupBox, "positionBox").layout()
        row = form.getWidgetPosition(child(f, QSpinBox, "involvementSpin"))[0] + 1
        combos = {}
        for i, (name, text) in enumerate((("trustCombo", self.tr("Vertrouwen in de relatie")),
                                          ("actorTypeCombo", self.tr("Actortype (krachtenveld)")),
                                          ("ladderNowCombo", self.tr("Participatieladder: nu")),
                                          ("ladderIntendedCombo", self.tr("Participatieladder: beoogd")))):
            combo = QComboBox(form.parentWidget())
            combo.setObjectName(name)
            form.insertRow(row + i, text, combo)
            combos[name] = combo
        b = self.binder
        b.bind(combos["trustCombo"], "trust",
               choices=lambda: [(f"{k:+d}  {msg}" if k else f" 0  {msg}", k) for k, msg in TRUST_LEVELS.items()])
        b.bind(combos["actorTypeCombo"], "actor_type", choices=self._actor_choices)
        ladder = lambda: [(self.tr("(niet gekozen)"), ""), *vocabulary(LADDER)]  # noqa: E731
        b.bind(combos["ladderNowCombo"], "ladder_now", choices=ladder)
        b.bind(combos["ladderIntendedCombo"], "ladder_intended", choices=ladder)
        compact_combos(form.parentWidget())

    def _actor_choices(self) -> list[tuple[str, object]]:
        party = self._doc.data.get("party", self._party_id)
        derived = ACTOR_TYPES[derived_actor_type(party.stance, party.trust)] if party is not None else ""
        return [(self.tr("Volgens de tabel: %1").replace("%1", str(derived)), ""), *vocabulary(ACTOR_TYPES)]

    def _pick_colour(self) -> None:
        party = self._doc.data.get("party", self._party_id)
        if party is None:
            return
        colour = ask_colour(self, party.colour)
        if colour and colour != party.colour:
            self._doc.apply(self.tr("Kleur wijzigen"), lambda p: p.update("party", party.id, colour=colour))

    def _add_representative(self) -> None:
        if self._party_id is None:
            return
        pid = self._party_id
        change = self._doc.apply(self.tr("Vertegenwoordiger toevoegen"),
                                 lambda p: p.add(Representative(party_id=pid, name=self.tr("Nieuwe vertegenwoordiger"))))
        if change is not None:
            row = self.reps_model.row_of(change.ids[0])
            if row >= 0:
                index = self.reps_model.index(row, 0)
                self.reps_view.setCurrentIndex(index)
                self.reps_view.edit(index)

    def _remove_representatives(self) -> None:
        ids = selected_ids(self.reps_view)
        if ids:
            self._doc.apply(self.tr("Vertegenwoordiger verwijderen"), lambda p: p.delete("representative", ids))
