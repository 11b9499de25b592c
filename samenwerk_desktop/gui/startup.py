"""The window's start: the frame first, then the panels one per event-loop turn, and the benchmark's two quit hooks."""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from samenwerk_desktop.gui import look

#: the panels beside the map, in the order they are built after it: (module, class), imported when built
PANEL_CLASSES = {
    "raci": ("samenwerk_desktop.gui.raci_editor", "RaciEditor"),
    "agreements": ("samenwerk_desktop.gui.agreements_panel", "AgreementsPanel"),
    "inspector": ("samenwerk_desktop.gui.inspector", "PartyInspector"),
}
#: the panels are built this long after a deferred open even when the window is never painted (ms)
PAINT_FALLBACK_MS = 500
#: the modules the first edit needs and the start does not (sqlite-utils with click, dateutil and pluggy: 300-600 ms on
#: a loaded machine, which the first edit waited for); imported in a thread once the window has been idle this long (ms)
WARM_MODULES = ("sqlite_utils",)
WARM_AFTER_MS = 1000
#: Python's garbage collector, off during the start (the launcher), is on again this long after the open at the latest (ms)
GC_RESUME_MS = 10_000
#: Set to "1" to quit at the window's first painted frame (the first row of the start-up benchmark).
QUIT_AT_FIRST_PAINT_ENV = "SAMENWERK_QUIT_AT_FIRST_PAINT"


class FirstPaint(QObject):
    """Calls ``callback`` once, on the event-loop turn after the first paint of ``window``.

    An event filter on the window alone: its own paint comes first in the frame (its background;
    then its children paint in the same pass, offscreen as under X11),
    and the turn after it the frame is painted and flushed. An application-wide filter saw every
    event of every widget (600-odd calls into Python before the first frame, each making the
    Python type of a widget class not met before, with its enums: 15-20 ms). With
    ``fallback_ms`` the callback comes after that long anyway (a window never painted).
    """

    def __init__(self, window: QWidget, callback: Callable[[], None], *, fallback_ms: int | None = None):
        super().__init__(window)
        self._window = window
        self._callback = callback
        self.seen = False
        self._pending = False
        window.installEventFilter(self)
        if fallback_ms is not None:  # a window that is never painted (minimised, not exposed) still gets it
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: note the window's first paint."""
        if not self._pending and event.type() == QEvent.Type.Paint:
            self._pending = True
            QTimer.singleShot(0, self._fire)  # after this paint, its children's and the flush of the frame
        return False

    def _fire(self) -> None:
        if self.seen:
            return
        self.seen = True
        self._window.removeEventFilter(self)
        self._callback()


class StepBuilder(QObject):
    """Runs build steps one per event-loop turn, so the frame is painted before the first and input flows between.

    ``done`` is called on the turn after the last step; ``cancel()`` drops the steps not run yet
    (the document was closed before its panels were all built). With ``start=False`` the first
    step waits for ``start()`` (called at the first paint).
    """

    def __init__(self, parent: QObject, steps: Sequence[Callable[[], None]], done: Callable[[], None], *,
                 start: bool = True):
        super().__init__(parent)
        self._steps = list(steps)
        self._done = done
        self.cancelled = False
        if start:
            self.start()

    def start(self) -> None:
        """Run the first step on the next event-loop turn."""
        QTimer.singleShot(0, self._next)

    def cancel(self) -> None:
        """Run no more steps (and not ``done``)."""
        self.cancelled = True
        self._steps = []

    def finish(self) -> None:
        """Run every remaining step now (something needs the panels at once)."""
        while self._steps and not self.cancelled:
            self._steps.pop(0)()
        self._complete()

    def _next(self) -> None:
        if self.cancelled:
            return
        if self._steps:
            try:
                self._steps.pop(0)()
            finally:  # a step that fails is reported by the exception hook; the others still come
                QTimer.singleShot(0, self._next)
            return
        self._complete()

    def _complete(self) -> None:
        if not self.cancelled:
            self.cancelled = True  # once
            self._done()


def panel_steps(window) -> list[Callable[[], None]]:
    """Building ``window``'s panels on its document, one step each: what the facilitator looks at first comes first."""
    return [lambda: build_map(window), *(lambda name=name: build_panel(window, name) for name in PANEL_CLASSES)]


def build_map(window) -> None:
    """The map in the window's map pane (its module is imported here, not at start-up)."""
    from samenwerk_desktop.gui.map import MapView

    window.map_view = MapView(window.document, window.panes["map"], view_state=window.view_state)  # made where it goes
    window.pane_layouts["map"].addWidget(window.map_view)
    window.panels["map"] = window.map_view
    window.map_view.partyActivated.connect(window.show_inspector)
    window.map_view.partyAdded.connect(window.edit_new_party)
    window.map_view.map_scene.connect_mode = window.action_connect.isChecked()
    window.map_view.set_legend_visible(window.action_legend.isChecked())


def build_panel(window, name: str) -> None:
    """One of the panels beside the map, in its pane."""
    module, cls_name = PANEL_CLASSES[name]
    cls = getattr(importlib.import_module(module), cls_name)
    # made in the widget its layout lays out (not the pane, a scroll area): adding it then moves it nowhere, while a
    # move under the window's style sheet polished every widget of the panel once more (agreements 250 -> 0 ms)
    layout = window.pane_layouts[name]
    widget = cls(window.document, layout.parentWidget(), view_state=window.view_state)
    layout.addWidget(widget)
    window.panels[name] = widget
    from samenwerk_desktop.gui.elide import elide_names

    elide_names(widget)
    look.style_splitters(widget)


def resume_gc(window) -> None:
    """Turn Python's garbage collector on again once ``window``'s panels are all filled (the launcher turned it off).

    What the start made is frozen first (``gc.freeze``: the window, its panels and the open
    collaboration live as long as the window, and turning the collector on would scan all of it
    once more); closing that document unfreezes it, so it is collected as before. At once when
    the panels are filled (or when no file is open: a refusal builds none); at the latest
    ``GC_RESUME_MS`` after now (panels whose build was cancelled never say they are ready).
    """
    if gc.isenabled():
        return
    if window.panels_ready:
        _resume(window)
        return
    window.panelsReady.connect(lambda: _resume(window))
    QTimer.singleShot(GC_RESUME_MS, window, lambda: _resume(window))


def _resume(window) -> None:
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
    if window.document is not None:
        window.document.destroyed.connect(gc.unfreeze)
    else:
        gc.unfreeze()


def warm_imports_later(parent: QObject) -> None:
    """Import ``WARM_MODULES`` in a thread ``WARM_AFTER_MS`` after now, so the first edit does not wait for them.

    Later than the benchmark's quit hooks, which measure a start without them.
    """
    QTimer.singleShot(WARM_AFTER_MS, parent, lambda: warm_imports(WARM_MODULES))


def warm_imports(modules: Sequence[str]) -> threading.Thread:
    """Import ``modules`` in a thread of their own (the event loop keeps running); the thread, started."""

    def work() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the first write imports it again and reports what fails
                return

    thread = threading.Thread(target=work, name="samenwerk-warm-imports")
    thread.start()
    return thread
