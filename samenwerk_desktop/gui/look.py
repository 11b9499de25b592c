"""The editing window's own look, given to the widgets it is for: no style sheet over the whole window.

A style sheet on the window put every widget of it, and of every dialog and menu it owns,
under Qt's style-sheet style: each widget made, moved or polished matched the sheet's rules
first. The filled window on the demo spent 50-90 ms of its start on that, though only a few
widgets have a rule. So each rule now sits on the widget it names (a style sheet of its own,
over that widget's few children), and the splitters' handles are painted as flat bars by an event filter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

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


class _FlatBars(QObject):
    """Paints a splitter's handles as flat bars of ``HANDLE_COLOUR``, and gives the handles it makes later the same.

    An event filter on the handles, not a style: a handle is painted by its splitter's style
    (QSplitterHandle::paintEvent), and a proxy style's Python class made QStyle's types and
    their enums before the first paint (6.5-8.6 ms).
    """

    def __init__(self, splitter: QSplitter):
        super().__init__(splitter)
        self._splitter = splitter
        splitter.installEventFilter(self)
        for i in range(splitter.count()):
            splitter.handle(i).installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Override QObject.eventFilter: a handle's paint is the bar; a handle the splitter makes is watched too."""
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is not self._splitter:
            painter = QPainter(watched)
            painter.fillRect(watched.rect(), QColor(HANDLE_COLOUR))
            painter.end()
            return True
        if kind == QEvent.Type.ChildPolished and watched is self._splitter and isinstance(event.child(), QSplitterHandle):
            event.child().installEventFilter(self)
        return False


def style_splitters(root: QWidget) -> None:
    """The look of every splitter in ``root`` (and ``root`` itself if it is one): bar width and colour."""
    splitters = root.findChildren(QSplitter)
    if isinstance(root, QSplitter):
        splitters.append(root)
    for splitter in splitters:
        if not splitter.findChild(_FlatBars):
            splitter.setHandleWidth(HANDLE_WIDTH)
            _FlatBars(splitter)
