"""A party's disputes in its profile: subject, the step each is at, open or resolved; a double-click opens one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import disputes
from samenwerk_desktop.core.model import DISPUTE_STATUSES, DISPUTE_VISIBILITY

#: what can change a row: the disputes, their steps, a party's name, the collaboration's dispute procedure
KINDS = frozenset({"dispute", "dispute_step", "party", "collaboration"})


class PartyDisputes(QWidget):
    """The disputes the shown party is involved in (open ones first), kept in step with the document."""

    #: the user asked to open a dispute's form (double-click, Enter or the button); carries its id
    disputeActivated = Signal(int)

    def __init__(self, document, party_id: Callable[[], int | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partyDisputes")
        self.document, self.party_id = document, party_id
        self.ids: list[int] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("partyDisputesTable")
        self.table.setAccessibleName(self.tr("Geschillen van deze partij"))
        self.table.setHorizontalHeaderLabels([self.tr("Onderwerp"), self.tr("Stap"), self.tr("Stand")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long subject wraps, whole
        self.table.verticalHeader().hide()
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()  # subject and step share the narrow pane; the state takes its word
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped lines kept whole
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.table.itemSelectionChanged.connect(self._update_button)
        self.empty = QLabel(self.tr("Geen geschillen."), self)
        self.empty.setObjectName("partyDisputesEmpty")
        self.open_button = QPushButton(self.tr("Geschil openen"), self)
        self.open_button.setObjectName("openDisputeButton")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self.refresh)
        self.refresh()

    def _on_changed(self, change) -> None:
        if KINDS & (set(change.kinds) | {change.kind}):
            self.refresh()

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (subject, step, open or resolved)."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]

    def refresh(self) -> None:
        """Show the disputes of the party shown now."""
        data, pid = self.document.data, self.party_id()
        found = disputes.disputes_of(data, pid) if pid is not None else []
        found.sort(key=lambda d: (d.status != "open", d.since, d.id))
        keep = self.ids[self.table.currentRow()] if 0 <= self.table.currentRow() < len(self.ids) else None
        self.ids = [d.id for d in found]
        self.table.setRowCount(len(found))
        for row, d in enumerate(found):
            others = ", ".join(data.party_name(p) for p in d.party_ids if p != pid)
            tip = self.tr("Met: %1\nZichtbaar voor: %2").replace("%1", others).replace(
                "%2", str(DISPUTE_VISIBILITY[d.visibility]))
            for col, text in enumerate((d.subject, disputes.step_name(data, d.step), str(DISPUTE_STATUSES[d.status]))):
                item = QTableWidgetItem(text)
                item.setToolTip(tip if col == 0 else text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if keep in self.ids:
            self.table.selectRow(self.ids.index(keep))
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        self._update_button()

    def _update_button(self) -> None:
        self.open_button.setVisible(bool(self.ids))
        self.open_button.setEnabled(0 <= self.table.currentRow() < len(self.ids))

    def open_row(self, row: int) -> int | None:
        """Ask for the form of the dispute in ``row``; its id, or None when there is none."""
        if not 0 <= row < len(self.ids):
            return None
        self.disputeActivated.emit(self.ids[row])
        return self.ids[row]

    def keyPressEvent(self, event) -> None:
        """Override QWidget.keyPressEvent: Enter on a dispute opens its form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.open_row(self.table.currentRow()) is not None:
            event.accept()
            return
        super().keyPressEvent(event)
