"""Long names in headings and list entries end in "…" (the whole name in the tooltip) instead of filling the pane."""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolTip,
    QWidget,
)

#: a heading keeps at most this many lines of a long name
HEADING_LINES = 2


def elided_lines(label: QLabel, text: str, lines: int = HEADING_LINES) -> str:
    """``text`` in at most ``lines`` lines of ``label``'s width, the last ending in "…" when it is cut."""
    metrics = label.fontMetrics()
    width = max(label.contentsRect().width(), 60)
    words, out, current = text.split(), [], ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i + 1:]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out[:lines])


class ElidedHeading(QObject):
    """Keeps a heading's full text and shows it elided to its width; re-elided when the label is resized."""

    def __init__(self, label: QLabel, lines: int = HEADING_LINES):
        super().__init__(label)
        self.label = label
        self.lines = lines
        self.full = ""
        label.setWordWrap(False)
        # the pane decides the width, not the name (an elided text fits whatever width it gets)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        label.setMinimumWidth(0)
        label.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.full = text
        self.label.setToolTip(text if text else "")
        self.label.setAccessibleName(text)
        self._apply()

    def _apply(self) -> None:
        shown = elided_lines(self.label, self.full, self.lines) if self.full else ""
        if shown != self.label.text():
            self.label.setText(shown)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: a new width elides the heading again."""
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False


# -- list entries, table cells and combo boxes ---------------------------------------------

#: U+200F RIGHT-TO-LEFT MARK: after the "…" of a right-to-left name it puts the "…" at the name's visual end (left)
_RLM = "\u200f"
#: a view or combo box already set up (set_up_names may run again over a panel that was rebuilt)
_DONE = "samenwerk_elided"


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character of ``text`` is right-to-left (Arabic, Hebrew)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def elided(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` on one line of ``width`` pixels, cut at its end with "…" (the left end of right-to-left words)."""
    line = " ".join(text.split()) if "\n" in text else text
    if metrics.horizontalAdvance(line) <= width:
        return line
    shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(width, 0))
    # the "…" stands where the cut is: after right-to-left letters that is their left
    return shown + _RLM if shown and is_right_to_left(shown[::-1]) else shown


class ElidingDelegate(QStyledItemDelegate):
    """Draws a long entry elided to its cell (from its own end for right-to-left text) with the whole text as tooltip.

    The model is not touched: DisplayRole still gives the whole text, so find, copy and the
    model tester see it. In a list the entry is cut where the list ends (no sideways scrolling).
    """

    def drawn(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        """The entry as it is drawn: its text elided to the text's rectangle, its direction its text's."""
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        text = option.text
        width = option.rect.width()
        if not text or width <= 0:
            return option
        view = option.widget
        if isinstance(view, QListView):  # a list's entry is as wide as its text: cut it where the list ends
            visible = view.viewport().width() - option.rect.x()
            if 0 < visible < width:
                option.rect = QRect(option.rect.x(), option.rect.y(), visible, option.rect.height())
                width = visible
        metrics = option.fontMetrics
        if len(text) < 200 and metrics.horizontalAdvance(text) < width - 8:
            return option  # fits (the cheap test first: most cells are drawn without anything more)
        if is_right_to_left(text):
            option.direction = Qt.LayoutDirection.RightToLeft
        style = view.style() if view is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        option.text = elided(text, metrics, rect.width() - 2 * margin)
        return option

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Override QStyledItemDelegate.paint: draw the entry as ``drawn`` says (initStyleOption stays Qt's own,
        so measuring every row for its height costs nothing more)."""
        shown = self.drawn(option, index)
        view = shown.widget
        style = view.style() if view is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, view)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        """Override QStyledItemDelegate.helpEvent: a cut entry without a tooltip of its own shows its whole text."""
        if event.type() == QEvent.Type.ToolTip and index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
            text = self.tooltip(option, index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def tooltip(self, option: QStyleOptionViewItem, index: QModelIndex) -> str | None:
        """The entry's own tooltip, else its whole text when the cell cuts it."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return own
        whole = index.data(Qt.ItemDataRole.DisplayRole)
        return plain_tooltip(whole) if isinstance(whole, str) and self.drawn(option, index).text != whole else None


def plain_tooltip(text: str) -> str:
    """User text as a tooltip shown as typed (escaped: a name that looks like HTML stays text)."""
    return "<qt>" + html.escape(text[:2000]).replace("\n", "<br>") + "</qt>"


class ComboElider(QObject):
    """Paints a combo box's chosen entry elided to the box, with the whole entry added to its tooltip."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self.combo = combo
        combo.installEventFilter(self)

    def shown_text(self) -> str:
        """The chosen entry as the box draws it."""
        combo = self.combo
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, combo)
        return elided(option.currentText, combo.fontMetrics(), rect.width() - 4)

    def tooltip(self) -> str:
        """The box's own tooltip, followed by the whole chosen entry when the box cuts it."""
        own, text = self.combo.toolTip(), self.combo.currentText()
        if not text or self.shown_text() == text:
            return own
        whole = html.escape(text[:2000])
        return f"<qt>{html.escape(own)}<br>{whole}</qt>" if own else f"<qt>{whole}</qt>"

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: draw the chosen entry elided; its tooltip names it whole."""
        if event.type() == QEvent.Type.Paint and not self.combo.isEditable():
            painter = QStylePainter(self.combo)
            option = QStyleOptionComboBox()
            self.combo.initStyleOption(option)
            painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
            option.currentText = self.shown_text()
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
            return True
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip()
            if text:
                QToolTip.showText(event.globalPos(), text, self.combo)
            else:
                QToolTip.hideText()
            return True
        return False


def elide_combo(combo: QComboBox, characters: int = 10) -> None:
    """A combo box no wider than ``characters`` need (the pane decides) that draws a long entry elided."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(characters, combo.minimumContentsLength() or characters))
    combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
    if not combo.property(_DONE):
        combo.setProperty(_DONE, True)
        ComboElider(combo)


def elide_names(root: QWidget, characters: int = 10) -> None:
    """Every list, table, tree and combo box under ``root`` (and ``root`` itself) shows long names elided."""
    views = root.findChildren(QAbstractItemView)
    combos = root.findChildren(QComboBox)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    if isinstance(root, QComboBox):
        combos.append(root)
    popups = {id(combo.view()) for combo in combos}
    for view in views:
        if view.property(_DONE) or id(view) in popups or isinstance(view, QHeaderView):
            continue
        view.setProperty(_DONE, True)
        if type(view.itemDelegate()) is QStyledItemDelegate:  # a view's own delegate (RACI cells) draws itself
            view.setItemDelegate(ElidingDelegate(view))
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        if isinstance(view, QListView):  # entries are cut where the list ends, not scrolled sideways
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for combo in combos:
        elide_combo(combo, characters)
