"""Beeld › Ontwikkeling van het krachtenveld and Beeld › Samenwerkingsscan: two docks beside the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:  # the panels import the map: they load with the document, after the first paint
    from samenwerk_desktop.gui.movement_panel import MovementPanel
    from samenwerk_desktop.gui.scan_panel import ScanPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MovementDocks", text)


class MovementDocks:
    """Part of the main window: the comparison dock (ghosts on the window's map) and the check's dock."""

    def __init__(self, window):
        self.window = window
        self.movement_dock = QDockWidget(_tr("Ontwikkeling van het krachtenveld"), window)
        self.movement_dock.setObjectName("movementDock")
        self.scan_dock = QDockWidget(_tr("Samenwerkingsscan"), window)
        self.scan_dock.setObjectName("scanDock")
        for dock in (self.movement_dock, self.scan_dock):
            dock.hide()
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._movement: MovementPanel | None = None
        self._scan: ScanPanel | None = None
        self._attached = None  # (document, map_view) while a document is open
        self.movement_dock.visibilityChanged.connect(self._on_visible)
        self.scan_dock.visibilityChanged.connect(self._on_scan_visible)

    def install_menu(self, view_menu) -> None:
        for dock, key in ((self.movement_dock, "Ctrl+Shift+K"), (self.scan_dock, "Ctrl+Shift+J")):
            act = dock.toggleViewAction()
            act.setShortcut(key)
            view_menu.addAction(act)

    def attach(self, document, map_view) -> None:
        """Follow ``document``; each dock's panel is built when the dock is first shown (or asked for)."""
        self.detach()
        self._attached = (document, map_view)
        # Closed, the comparison dock changes nothing: the room compares the last two states, as the
        # panel would (room_comparison), and the ghosts are only on the map while the dock is open.
        if self.movement_dock.isVisible():
            self._on_visible(True)
        if self.scan_dock.isVisible():
            self._on_scan_visible(True)

    @property
    def movement(self) -> MovementPanel | None:
        """The comparison's panel, built now if a document is open and it was not yet."""
        if self._movement is None and self._attached is not None:
            from samenwerk_desktop.gui.elide import elide_names
            from samenwerk_desktop.gui.movement_panel import MovementPanel

            document, map_view = self._attached
            self._movement = MovementPanel(document, self.movement_dock, map_scene=map_view.map_scene)
            self._movement.quiet_when_hidden = True
            self._movement.comparisonChanged.connect(self.window.room.show_comparison)
            self.window.room.show_comparison(self._movement.comparison)
            elide_names(self._movement)
            self.movement_dock.setWidget(self._movement)
            self._movement.on_map.setChecked(self.movement_dock.isVisible())
        return self._movement

    @property
    def scan(self) -> ScanPanel | None:
        """The check's panel, built now if a document is open and it was not yet."""
        if self._scan is None and self._attached is not None:
            from samenwerk_desktop.gui.elide import elide_names
            from samenwerk_desktop.gui.scan_panel import ScanPanel

            self._scan = ScanPanel(self._attached[0], self.scan_dock)
            self._scan.quiet_when_hidden = True
            elide_names(self._scan)
            self.scan_dock.setWidget(self._scan)
        return self._scan

    def _on_visible(self, visible: bool) -> None:
        """The ghosts are on the map while the comparison dock is open (its panel is built when first opened)."""
        panel = self.movement if visible else self._movement
        if panel is not None:
            panel.on_map.setChecked(visible)

    def _on_scan_visible(self, visible: bool) -> None:
        if visible:
            _ = self.scan  # built when first opened

    def detach(self) -> None:
        for dock, panel in ((self.movement_dock, self._movement), (self.scan_dock, self._scan)):
            if panel is not None:
                if panel is self._movement and panel.ghosts is not None:
                    panel.ghosts.clear()
                dock.setWidget(None)
                panel.deleteLater()
        self._movement = self._scan = None
        self._attached = None
        self.window.room.show_comparison(None)
