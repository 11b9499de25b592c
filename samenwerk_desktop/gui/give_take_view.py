"""The give-and-take matrix: what the row party needs from the column party, offered, promised or still open."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from samenwerk_desktop.core import give_take

#: the background of a cell per its weakest state
FILLS = {give_take.OPEN: "#fde0c5", give_take.OFFERED: "#e3eefa", give_take.PROMISED: "#dcefd8"}
MARKS = {give_take.PROMISED: "✓", give_take.OFFERED: "○", give_take.OPEN: "!"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GiveTakeView", text)


class GiveTakeModel(QAbstractTableModel):
    """Rows and columns: the parties with needs or offers; a cell lists the row party's needs from the column's."""

    def __init__(self, data_source, parent=None):
        super().__init__(parent)
        self._source = data_source  # a callable giving the CollaborationData to show
        self.party_ids: list[int] = []
        self.cells: dict = {}
        self.refresh()

    def refresh(self) -> None:
        """Read the matrix again from the data."""
        self.beginResetModel()
        data = self._source()
        self.party_ids = give_take.matrix_parties(data)
        self.cells = give_take.matrix(data)
        self._names = {p: data.party_name(p) for p in self.party_ids}
        self._short = {p: (data.get("party", p).short_name.strip() or data.party_name(p)) for p in self.party_ids}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.party_ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.party_ids)

    def cell(self, index: QModelIndex):
        """The matrix cell at ``index``, or None when the row party needs nothing from the column party."""
        if not index.isValid():
            return None
        return self.cells.get((self.party_ids[index.row()], self.party_ids[index.column()]))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Override QAbstractTableModel.data."""
        if not index.isValid():
            return None
        found = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() == index.column():
                return "—"
            return "\n".join(f"{MARKS[s]} {g.text}" for g, s in found.needs) if found else ""
        if role == Qt.ItemDataRole.BackgroundRole and found is not None:
            return QColor(FILLS[found.state])
        if role == Qt.ItemDataRole.ToolTipRole and found is not None:
            words = {give_take.OPEN: _tr("nog open"), give_take.OFFERED: _tr("aangeboden"),
                     give_take.PROMISED: _tr("toegezegd in een werkafspraak")}
            row, col = self._names[self.party_ids[index.row()]], self._names[self.party_ids[index.column()]]
            lines = [f"{g.text}: {words[s]}" for g, s in found.needs]
            return _tr("%1 heeft van %2 nodig:").replace("%1", row).replace("%2", col) + "\n" + "\n".join(lines)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Override QAbstractTableModel.headerData: short names across, full names down."""
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.party_ids):
            return None
        pid = self.party_ids[section]
        return self._short[pid] if orientation == Qt.Orientation.Horizontal else self._names[pid]


class GiveTakeView(QWidget):
    """The matrix in the window, and one step from an open need to a working agreement."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.model = GiveTakeModel(lambda: document.data, self)
        self.table = QTableView(self)
        self.table.setObjectName("giveTakeTable")
        self.table.setAccessibleName(_tr("Wat elke partij nodig heeft van de andere"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel(_tr("Per rij wat die partij nodig heeft van de partij in de kolom: "
                                 "✓ toegezegd in een werkafspraak, ○ aangeboden, ! nog open."), self)
        self.legend.setWordWrap(True)
        self.agreement_button = QPushButton(_tr("Open behoefte → werkafspraak"), self)
        self.agreement_button.setObjectName("needToAgreement")
        self.agreement_button.clicked.connect(self.make_agreement)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.agreement_button)
        document.changed.connect(self._on_changed)

    def _on_changed(self, change) -> None:
        if {"give_take", "agreement", "party"} & (change.kinds | {change.kind}):
            self.model.refresh()

    def make_agreement(self) -> int | None:
        """The first open need of the current cell becomes a proposed working agreement with the party asked
        as owner and both parties involved, and the need is linked to it (one undo step); its id."""
        index = self.table.currentIndex()
        need = None
        if index.isValid():
            need = give_take.first_open_need(self.document.data, self.model.party_ids[index.row()],
                                             self.model.party_ids[index.column()])
        if need is None:
            self.document.errorOccurred.emit(_tr("Kies eerst een cel met een open behoefte."))
            return None
        agreement = give_take.agreement_for_need(self.document.data, need)
        text = _tr("Werkafspraak uit een behoefte")
        with self.document.macro(text):
            added = self.document.apply(text, lambda p: p.add(agreement))
            if added is None:
                return None
            new_id = added.ids[0]
            self.document.apply(text, lambda p: p.update("give_take", need.id, agreement_id=new_id))
        return new_id
