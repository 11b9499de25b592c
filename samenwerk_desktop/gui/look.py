"""The editing window's own look, given to the widgets it is for: no style sheet over the whole window.

A style sheet on the window put every widget of it, and of every dialog and menu it owns,
under Qt's style-sheet style: each widget made, moved or polished matched the sheet's rules
first. The filled window on the demo spent 50-90 ms of its start on that, though only a few
widgets have a rule. So each rule now sits on the widget it names (a style sheet of its own,
over that widget's few children), and the splitters' handles are painted by a small proxy style.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QProxyStyle, QSplitter, QStyle, QWidget

#: the splitters' handles: a flat bar of this colour and width (px), in either orientation
HANDLE_COLOUR = "#d9dde3"
HANDLE_WIDTH = 5

#: the rules of the widgets that have their own look, by object name (each set on that widget, for it and its children)
SHEETS = {
    "challengeBanner": "#challengeBanner { background: #fff7d6; border: 0; border-bottom: 1px solid #c9b86a; }"
                       " #challengeHeading { font-weight: bold; color: #5a4a00; }"
                       " #challengeText { color: #1d1d1d; }",
    "mapLegend": "#mapLegend { background: rgba(255, 255, 255, 235); border: 1px solid #b9bec6; border-radius: 4px; }"
                 " #legendHeading { font-weight: bold; color: #333333; }"
                 " #mapLegend QLabel { font-size: 8pt; }",
    "welcomeLabel": "#welcomeLabel { color: #555555; font-size: 13pt; }",
    "saveStatus": "#saveStatus { color: #245c2a; }",
}


def style(widget: QWidget) -> None:
    """Give ``widget`` its own look (``SHEETS``, by its object name); nothing for a widget without one."""
    sheet = SHEETS.get(widget.objectName())
    if sheet is not None:
        widget.setStyleSheet(sheet)


class _HandleStyle(QProxyStyle):
    """The application's style, but a splitter's handle is a flat bar of ``HANDLE_COLOUR`` (no grip)."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802
        """Override QProxyStyle.drawControl: the handle's bar."""
        if element == QStyle.ControlElement.CE_Splitter:
            painter.fillRect(option.rect, QColor(HANDLE_COLOUR))
            return
        super().drawControl(element, option, painter, widget)


_handle_style: _HandleStyle | None = None


def handle_style() -> QStyle:
    """The one proxy style of the splitters (made on first use, over a style of the application's kind)."""
    global _handle_style
    if _handle_style is None:
        _handle_style = _HandleStyle(QApplication.style().name())
    return _handle_style


def style_splitters(root: QWidget) -> None:
    """The look of every splitter in ``root`` (and ``root`` itself if it is one): bar width and colour.

    A handle is painted by its splitter's style (QSplitterHandle::paintEvent), and a widget's
    style is its own, not its children's: the proxy style changes the handles and nothing else.
    """
    splitters = root.findChildren(QSplitter)
    if isinstance(root, QSplitter):
        splitters.append(root)
    for splitter in splitters:
        if splitter.style() is not handle_style():
            splitter.setHandleWidth(HANDLE_WIDTH)
            splitter.setStyle(handle_style())
