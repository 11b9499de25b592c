"""Follow-ups at the top of the agreements panel: what to bring back to the table, and agreements to sharpen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import followups, give_take
from samenwerk_desktop.gui.panel_common import icon, party_names_changed, tooltip

#: kinds whose changes can add, remove or reword an entry
RELATED = frozenset({"agreement", "action_item", "decision", "party", "meeting", "give_take"})
#: the list is at most this many rows high; more scroll
VISIBLE_ROWS = 4
#: the height the tabs below keep before the list shows more than one row (a small screen: one row, scrolling)
TABS_KEEP = 260


@dataclass(frozen=True)
class Entry:
    """One line of the list: a follow-up or an agreement to sharpen, and the entity it is about."""

    group: str  # "follow_up", "sharp" or "need" (a need aimed at a party, not yet offered or promised)
    entity_kind: str
    entity_id: int
    text: str


def entries(data, day: date) -> list[Entry]:
    """The follow-ups of ``day`` in the core's order, the agreements that are not yet checkable, the open needs."""
    out = [Entry("follow_up", f.entity_kind, f.entity_id, str(f.message)) for f in followups.follow_ups(data, day)]
    out += [Entry("sharp", "agreement", aid, str(m)) for aid, m in followups.sharp_findings(data)]
    out += [Entry("need", "give_take", need.id, str(m)) for need, m in give_take.open_needs(data)]
    return out


class FollowUpsModel(QAbstractListModel):
    """The entries for the day ``today()`` gives (injectable for tests), read again by ``refresh``."""

    #: the entity an entry is about, as (kind, id)
    TargetRole = Qt.ItemDataRole.UserRole

    def __init__(self, document, today: Callable[[], date], parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self.today = today
        self._icons = {"follow_up": icon("warning"),
                       "sharp": QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                       "need": QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)}
        self._entries: list[Entry] = entries(document.data, today())

    def refresh(self) -> bool:
        """Read the entries again; True when they changed."""
        new = entries(self._doc.data, self.today())
        if new == self._entries:
            return False
        self.beginResetModel()
        self._entries = new
        self.endResetModel()
        return True

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def count(self, group: str) -> int:
        return sum(1 for e in self._entries if e.group == group)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel.data."""
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Scherp maken: {0}").format(e.text) if e.group == "sharp" else e.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(e.text + "\n" + self.tr("Enter of klik: naar dit onderdeel gaan"))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[e.group]
        if role == self.TargetRole:
            return (e.entity_kind, e.entity_id)
        return None

    def flags(self, index):
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class FollowUpsList(QWidget):
    """A compact list above the agreements panel's tabs; clicking or Enter jumps to the item in its tab."""

    # an entry was chosen and shown: the kind and id of its entity
    jumped = Signal(str, int)

    def __init__(self, panel, today: Callable[[], date] | None = None, parent: QWidget | None = None):
        super().__init__(parent or panel)
        self.setObjectName("followUpsList")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the tabs get the rest
        self._panel = panel
        self._doc = panel._doc
        self.model = FollowUpsModel(self._doc, today or date.today, self)
        self.header = QToolButton(self)  # the heading with the counts; a click folds the list away and back
        self.header.setObjectName("followUpsHeader")
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setStyleSheet("font-weight: bold;")
        self.header.setToolTip(self.tr("Vervolgpunten tonen of verbergen: terug aan tafel, afspraken om scherp te "
                                       "maken en behoeften die nog niet zijn toegezegd"))
        self.header.setMinimumWidth(1)  # a narrow pane clips the heading; the panel never grows for it
        self.header.toggled.connect(self._show_state)
        self.view = QListView(self)
        self.view.setObjectName("followUpsView")
        self.view.setAccessibleName(self.tr("Vervolgpunten: terug aan tafel"))
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self.go)
        self.view.activated.connect(self.go)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 2)
        box.setSpacing(2)
        box.addWidget(self.header)
        box.addWidget(self.view)
        self._doc.changed.connect(self._on_changed)
        self._doc.reloaded.connect(self.refresh)
        panel.installEventFilter(self)  # the panel's height decides how many rows the list may take
        self._show_state()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: a resized panel gives the list as many rows as leave the tabs room."""
        if watched is self._panel and event.type() == QEvent.Type.Resize:
            self._show_state()
        return False

    @property
    def today(self) -> Callable[[], date]:
        return self.model.today

    @today.setter
    def today(self, value: Callable[[], date]) -> None:
        self.model.today = value
        self.refresh()

    def refresh(self) -> None:
        if self.model.refresh():
            self._show_state()

    def _on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if "party" in kinds and not party_names_changed(change):
            kinds = kinds - {"party"}  # a party's scores or notes: no entry names them
        if kinds & RELATED:
            self.refresh()

    def _show_state(self, *_args) -> None:
        """The counts in the heading, the list as high as its rows (at most VISIBLE_ROWS), none when empty."""
        due, sharp, needs = (self.model.count(g) for g in ("follow_up", "sharp", "need"))
        if not due and not sharp and not needs:
            self.header.setText(self.tr("Geen vervolgpunten"))
        else:
            parts = [self.tr("Vervolgpunten ({0})").format(due)]
            if sharp:
                parts.append(self.tr("scherp maken ({0})").format(sharp))
            if needs:
                parts.append(self.tr("niet toegezegd ({0})").format(needs))
            self.header.setText(" · ".join(parts))
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        self.header.setEnabled(rows > 0)
        row_height = max(self.view.sizeHintForRow(0), self.fontMetrics().height() + 4) if rows else 0
        if rows:
            room = self._panel.height() - TABS_KEEP - self.header.sizeHint().height()
            rows = max(1, min(rows, room // row_height))
        self.header.setArrowType(Qt.ArrowType.NoArrow if not rows else Qt.ArrowType.DownArrow
                                 if self.header.isChecked() else Qt.ArrowType.RightArrow)
        rows = rows if self.header.isChecked() else 0
        self.view.setVisible(rows > 0)
        if rows:
            self.view.setFixedHeight(rows * row_height + 2 * self.view.frameWidth() + 2)

    def go(self, index: QModelIndex) -> None:
        """Show the entry's item in its tab, selected, with the keyboard there (as Ctrl+F's jump does)."""
        target = index.data(FollowUpsModel.TargetRole) if index.isValid() else None
        if target is None:
            return
        kind, id_ = target
        if jump_to(self._panel, kind, id_):
            self.jumped.emit(kind, id_)


def jump_to(panel, kind: str, id_: int) -> bool:
    """Select an agreement, a decision or an action item (in its meeting) in the agreements panel; for an open
    need, the party that has it (its profile lists its needs and offers)."""
    entity = panel._doc.data.get(kind, id_)
    if entity is None:
        return False
    if kind == "give_take":
        panel.view_state.set_selection({entity.party_id})
        return True
    row_kind = None
    if kind == "action_item":
        kind, id_, row_kind = "meeting", entity.meeting_id, "action_item"
    section = panel.sections.get(kind)
    if section is None:
        return False
    page = section.view
    while page is not None and panel.tabs.indexOf(page) < 0:
        page = page.parentWidget()
    if page is not None:
        panel.tabs.setCurrentIndex(panel.tabs.indexOf(page))
    section.select(id_)
    view = section.view
    if row_kind is not None:
        view, model = panel._sub_view[row_kind], panel.sub[row_kind]
        row = model.row_of(entity.id)
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
            view.scrollTo(model.index(row, 0))
        scroll = view.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:  # the meeting's form scrolls: bring the actions table into sight
            scroll.ensureWidgetVisible(view)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    return True
