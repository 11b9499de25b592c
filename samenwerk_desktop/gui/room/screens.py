"""The screens the room may be shown on: a small seam over QGuiApplication that tests can drive."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen


class Screens(QObject):
    """The screens of the application and their comings and goings (``screenAdded`` / ``screenRemoved``).

    Qt's screens cannot be added or removed from Python: tests emit the signals themselves."""

    #: a screen was connected; carries the QScreen
    screenAdded = Signal(object)
    #: a screen is about to go; carries the QScreen
    screenRemoved = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.screenAdded.emit)
        app.screenRemoved.connect(self.screenRemoved.emit)
        self.gone: set[str] = set()
        self.screenRemoved.connect(lambda s: self.gone.add(s.name()))
        self.screenAdded.connect(lambda s: self.gone.discard(s.name()))

    def all(self) -> list[QScreen]:
        """Every connected screen (the primary is not necessarily the first)."""
        return [s for s in QGuiApplication.screens() if s.name() not in self.gone]


def choose(screens: list[QScreen], laptop: QScreen | None, remembered: str = "") -> QScreen | None:
    """The room's screen: the remembered one if connected, else the first that is not the laptop's, else the
    laptop's own (one screen)."""
    by_name = {s.name(): s for s in screens}
    if remembered in by_name and (by_name[remembered] is not laptop or len(screens) == 1):
        return by_name[remembered]
    others = [s for s in screens if s is not laptop]
    if others:
        return others[0]
    return laptop if laptop in screens else (screens[0] if screens else None)


def place_full_screen(window, screen: QScreen) -> None:
    """Full screen on ``screen``: moved to its geometry first (setScreen alone can land on another one)."""
    if window.isFullScreen():
        window.showNormal()
    window.setScreen(screen)
    geometry = screen.geometry()
    window.setGeometry(geometry)
    window.move(geometry.topLeft())
    window.showFullScreen()
