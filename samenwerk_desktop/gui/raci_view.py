"""The RACI matrix's table view and its cell editor: role letters typed straight into the cells."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate, QTableView, QWidget


class RoleDelegate(QStyledItemDelegate):
    """Type roles as text in a cell, e.g. "a/r"."""

    def createEditor(self, parent, option, index):  # noqa: N802
        """Override QStyledItemDelegate.createEditor."""
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Rollen in deze cel"))
        editor.setPlaceholderText("A/R")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        """Override QStyledItemDelegate.setEditorData."""
        editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        """Override QStyledItemDelegate.setModelData: only a changed text becomes an edit."""
        text = editor.text()
        if text.strip() != (index.data(Qt.ItemDataRole.DisplayRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class RaciView(QTableView):
    """The matrix view: letters toggle roles in the selected cells, Backspace/Delete clears them."""

    #: a role letter was typed (upper case)
    roleTyped = Signal(str)
    #: Backspace or Delete on the selection
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.letters = "RACI"

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Override QAbstractItemView.keyPressEvent."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if self.state() != QAbstractItemView.State.EditingState and plain:
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.clearRequested.emit()
                event.accept()
                return
            text = event.text().upper()
            if len(text) == 1 and text in self.letters:
                self.roleTyped.emit(text)
                event.accept()
                return
        super().keyPressEvent(event)
