"""The map tests' shared set-up: a shown, fitted map view and raw mouse events on its canvas."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from samenwerk_desktop.gui.map import MapView


def shown_map_view(document, qtbot) -> MapView:
    """``document``'s map in a 900 x 700 view, shown and fitted."""
    widget = MapView(document)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit()
    return widget


def send_mouse(view, kind, pos: QPoint, button=Qt.MouseButton.LeftButton, buttons=None,
               modifiers=Qt.KeyboardModifier.NoModifier):
    """A raw mouse event on the canvas (QTest.mouseMove carries no button state in Qt 6)."""
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    viewport = view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton, buttons, modifiers)
    QApplication.sendEvent(viewport, event)
