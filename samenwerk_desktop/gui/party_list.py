"""One list model of the parties per document, shared by every party combo box (owner, party filter, pickers)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QListView

from samenwerk_desktop.gui.panel_common import party_names_changed

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_VALUE = Qt.ItemDataRole.UserRole  # what QComboBox.currentData() and findData() read


class PartyListModel(QAbstractListModel):
    """The document's parties as (name, id) rows after a few fixed leading rows, kept in step with the document.

    A combo box given this model (``QComboBox.setModel``) shows what ``addItem(name, id)`` per
    party showed, without a thousand items per box: every box with the same leading rows shares
    one model. A rename changes the rows' data; a party added, removed or moved keeps each box's
    current row on its party (a removed party leaves the box without a current row: its owner
    chooses again).
    """

    def __init__(self, document, leading: tuple[tuple[str, object], ...] = (), parent: QObject | None = None):
        super().__init__(parent if parent is not None else document)
        self._doc = document
        self._leading = list(leading)
        self._rows = self._read()
        self._row_of = {value: row for row, (_text, value) in enumerate(self._rows)}
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self.sync)

    def _read(self) -> list[tuple[str, object]]:
        return self._leading + [(p.name, p.id) for p in self._doc.data.parties]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=_DISPLAY):
        """Override QAbstractListModel.data: the name (display and edit), the id (user role)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        text, value = self._rows[index.row()]
        if role in (_DISPLAY, _EDIT):
            return text
        if role == _VALUE:
            return value
        return None

    def match(self, start, role, value, hits=1, flags=Qt.MatchFlag.MatchExactly):  # noqa: D417
        """Override QAbstractItemModel.match: a value (findData) by a dictionary, not row by row."""
        if (role == _VALUE and hits == 1 and not start.row() and not start.parent().isValid()
                and (flags & ~Qt.MatchFlag.MatchCaseSensitive) == Qt.MatchFlag.MatchExactly):
            try:
                row = self._row_of.get(value)
            except TypeError:  # not hashable: Qt's own search
                return super().match(start, role, value, hits, flags)
            return [self.index(row, 0)] if row is not None else []
        return super().match(start, role, value, hits, flags)

    def values(self) -> list[object]:
        """The value of every row, in order (for tests and owners)."""
        return [value for _text, value in self._rows]

    def _on_changed(self, change) -> None:
        if party_names_changed(change):
            self.sync()

    def sync(self) -> None:
        """Read the parties again; each box's current row stays on its party."""
        new = self._read()
        if new == self._rows:
            return
        old_values = self.values()
        if [value for _text, value in new] == old_values:  # the same parties: only names differ
            changed = [row for row, (old, now) in enumerate(zip(self._rows, new, strict=True)) if old != now]
            self._rows = new
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0), [_DISPLAY, _EDIT])
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = new
        self._row_of = {value: row for row, (_text, value) in enumerate(new)}
        for index in self.persistentIndexList():
            row = self._row_of.get(old_values[index.row()]) if 0 <= index.row() < len(old_values) else None
            self.changePersistentIndex(index, self.index(row, 0) if row is not None else QModelIndex())
        self.layoutChanged.emit()


def show_list(combo: QComboBox, model: QAbstractItemModel) -> None:
    """``combo`` shows ``model`` (its current entry not announced as a change); every entry one line high.

    Uniform sizes: the popup measures one entry instead of each of a thousand parties, each time the
    box is laid out (with the window's style sheet that is a Python call per entry and role).
    """
    blocked = combo.blockSignals(True)
    combo.setModel(model)
    combo.blockSignals(blocked)
    view = combo.view()
    if isinstance(view, QListView):
        view.setUniformItemSizes(True)


def party_list(document, leading: tuple[tuple[str, object], ...] = ()) -> PartyListModel:
    """The document's one party list with these leading rows (made at the first call)."""
    models = getattr(document, "_party_lists", None)
    if models is None:
        models = {}
        document._party_lists = models
    model = models.get(leading)
    if model is None:
        model = models[leading] = PartyListModel(document, leading)
    return model


__all__ = ["PartyListModel", "party_list", "show_list"]
