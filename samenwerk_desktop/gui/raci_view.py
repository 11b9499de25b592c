"""The RACI matrix's table view and its cell editor: role letters typed straight into the cells."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from samenwerk_desktop.gui.elide import elided, is_right_to_left


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
        self.setVerticalHeader(TitlesHeader(self))  # a right-to-left title ends in "…" too
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


class TitlesHeader(QHeaderView):
    """The work items' titles column: a right-to-left title too ends in "…" (at its left end) where it is cut.

    Qt's header clipped an Arabic title at the column's edge without a "…"; the whole title stays
    in the header's tooltip (the model's ToolTipRole).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)

    def _option(self, logical: int) -> QStyleOptionHeader:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = QRect(0, 0, self.width(), self.sectionSize(logical))
        return option

    def _font(self, logical: int) -> QFont:
        font = self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.FontRole) if self.model() else None
        return QFont(font) if isinstance(font, QFont) else QFont(self.font())

    def drawn_text(self, logical: int) -> str:
        """The title as the column shows it: whole when it fits, else cut with "…" at its own end."""
        text = self.model().headerData(logical, self.orientation()) if self.model() else None
        if not isinstance(text, str) or not text:
            return text or ""
        option = self._option(logical)
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        room = label.width()
        if not option.icon.isNull():
            room -= self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) + \
                self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return elided(text, QFontMetrics(self._font(logical)), room - 2)

    def paintSection(self, painter, rect, logical: int) -> None:  # noqa: N802
        """Override QHeaderView.paintSection: a right-to-left title is drawn elided by us, the others by Qt."""
        text = self.model().headerData(logical, self.orientation()) if self.model() else None
        if not isinstance(text, str) or not is_right_to_left(text):
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = self.drawn_text(logical)
        painter.save()
        painter.setFont(self._font(logical))
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
