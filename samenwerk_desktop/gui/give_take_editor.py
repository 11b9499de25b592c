"""A party's needs and offers in the inspector: a small table edited in place, each edit one undo step."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import give_take
from samenwerk_desktop.core.model import GIVE_TAKE_KINDS, GiveTake, field_spec
from samenwerk_desktop.gui.elide import ElidingDelegate, elide_combo

#: the longest text an item holds (the field's limit); a longer paste is cut here
TEXT_LIMIT: int = field_spec(GiveTake, "text").meta["maxlen"]
KIND, TEXT, OTHER, WORK_ITEM = range(4)
_FIELDS = {KIND: "kind", TEXT: "text", OTHER: "other_party_id", WORK_ITEM: "work_item_id"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GiveTakeEditor", text)


class GiveTakeItemsModel(QAbstractTableModel):
    """One party's needs, then its offers: kind, text, the party aimed at, the work item."""

    def __init__(self, document, party_id=lambda: None, parent=None):
        super().__init__(parent)
        self._doc, self._party_id = document, party_id
        self._ids: list[int] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the party's items again from the data."""
        self.beginResetModel()
        pid, data = self._party_id(), self._doc.data
        self._ids = ([g.id for kind in ("need", "offer") for g in give_take.items_of(data, pid, kind)]
                     if pid is not None else [])
        self.endResetModel()

    def item(self, row: int) -> GiveTake | None:
        return self._doc.data.get("give_take", self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(_FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (_tr("Soort"), _tr("Omschrijving"), _tr("Van of voor partij"), _tr("Onderdeel"))[section]
        return None

    def flags(self, index):
        """Override QAbstractTableModel.flags: every cell is edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Override QAbstractTableModel.data."""
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        col, data = index.column(), self._doc.data
        if role == Qt.ItemDataRole.DisplayRole:
            if col == KIND:
                return str(GIVE_TAKE_KINDS.get(item.kind, item.kind))
            if col == TEXT:
                return item.text
            if col == OTHER:
                return data.party_name(item.other_party_id)
            work = data.get("work_item", item.work_item_id) if item.work_item_id is not None else None
            return work.title if work is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return getattr(item, _FIELDS[col])
        if role == Qt.ItemDataRole.ToolTipRole and col == TEXT:
            return item.text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Override QAbstractTableModel.setData: one undo step through Document.apply."""
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = _FIELDS[index.column()]
        if field == "text":
            value = str(value or "").strip()[:TEXT_LIMIT]
            if not value:
                return False  # an item keeps a text: emptying it is what Verwijderen is for
        if getattr(item, field) == value:
            return False
        done = self._doc.apply(_tr("Nodig of aanbod bewerkt"),
                               lambda p: p.update("give_take", item.id, **{field: value}))
        return done is not None


class _Delegate(ElidingDelegate):
    """Combo boxes for the kind, the party and the work item; a line edit with the field's limit for the text."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self._doc = document

    def _choices(self, column: int) -> list[tuple[str, object]]:
        data = self._doc.data
        if column == KIND:
            return [(str(words), key) for key, words in GIVE_TAKE_KINDS.items()]
        if column == OTHER:
            return [("—", None)] + [(p.name, p.id) for p in data.parties]
        return [("—", None)] + [(w.title, w.id) for w in data.all("work_item")]

    def createEditor(self, parent, option, index):  # noqa: N802
        """Override QStyledItemDelegate.createEditor."""
        if index.column() == TEXT:
            edit = QLineEdit(parent)
            edit.setMaxLength(TEXT_LIMIT)
            return edit
        combo = QComboBox(parent)
        for label, value in self._choices(index.column()):
            combo.addItem(label, value)
        elide_combo(combo)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        """Override QStyledItemDelegate.setEditorData."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        """Override QStyledItemDelegate.setModelData."""
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class GiveTakeEditor(QWidget):
    """What a party needs from the others and what it offers: add, edit in place, remove."""

    def __init__(self, document, party_id=lambda: None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("giveTakeEditor")
        self._doc, self._party_id = document, party_id
        self.model = GiveTakeItemsModel(document, party_id, self)
        self.table = QTableView(self)
        self.table.setObjectName("giveTakeTable")
        self.table.setAccessibleName(_tr("Wat wij nodig hebben en bieden"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(_Delegate(document, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # few rows
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        # short labels: the inspector is narrow; the whole sentence on hover and for a screen reader
        self.add_need_button = QPushButton(_tr("+ Nodig"), self)
        self.add_need_button.setToolTip(_tr("Nodig toevoegen"))
        self.add_offer_button = QPushButton(_tr("+ Aanbod"), self)
        self.add_offer_button.setToolTip(_tr("Aanbod toevoegen"))
        for button in (self.add_need_button, self.add_offer_button):
            button.setAccessibleName(button.toolTip())
        self.remove_button = QPushButton(_tr("Verwijderen"), self)
        self.add_need_button.clicked.connect(lambda: self.add("need"))
        self.add_offer_button.clicked.connect(lambda: self.add("offer"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()  # two short rows: the inspector is narrow on a small screen
        for button in (self.add_need_button, self.add_offer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        removing = QHBoxLayout()
        removing.addWidget(self.remove_button)
        removing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(removing)
        document.changed.connect(self._on_changed)

    def _on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if {"give_take", "work_item"} & kinds:
            self.refresh()
        elif "party" in kinds:  # a party renamed, added or deleted: the cells read the names afresh
            self.table.viewport().update()

    def refresh(self) -> None:
        """Show the current party's items (none when no party is chosen)."""
        self.model.refresh()
        enabled = self._party_id() is not None
        for button in (self.add_need_button, self.add_offer_button, self.remove_button):
            button.setEnabled(enabled)

    def add(self, kind: str, text: str | None = None) -> int | None:
        """Add a need or an offer to the party (one undo step) and start editing its text; its id."""
        pid = self._party_id()
        if pid is None:
            return None
        order = max((g.sort_order for g in self._doc.data.all("give_take") if g.party_id == pid), default=0) + 1
        words = text if text is not None else (_tr("Nieuwe behoefte") if kind == "need" else _tr("Nieuw aanbod"))
        item = GiveTake(party_id=pid, kind=kind, text=words[:TEXT_LIMIT], sort_order=order)
        change = self._doc.apply(_tr("Nodig toegevoegd") if kind == "need" else _tr("Aanbod toegevoegd"),
                                 lambda p: p.add(item))
        if change is None:
            return None
        new_id = change.ids[0]
        row = self.model.row_of(new_id)
        if row >= 0:
            index = self.model.index(row, TEXT)
            self.table.setCurrentIndex(index)
            if text is None:
                self.table.edit(index)
        return new_id

    def remove_selected(self) -> bool:
        """Remove the selected items (one undo step)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}
                      | ({self.table.currentIndex().row()} if self.table.currentIndex().isValid() else set()))
        ids = [self.model.item(r).id for r in rows if self.model.item(r) is not None]
        if not ids:
            return False
        return self._doc.apply(_tr("Nodig of aanbod verwijderd"), lambda p: p.delete("give_take", ids)) is not None
