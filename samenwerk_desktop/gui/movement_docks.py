"""Beeld › Ontwikkeling van het krachtenveld and Beeld › Samenwerkingsscan: two docks beside the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from samenwerk_desktop.gui.elide import elide_names

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
        self.movement: MovementPanel | None = None
        self.scan: ScanPanel | None = None
        self.movement_dock.visibilityChanged.connect(self._on_visible)

    def install_menu(self, view_menu) -> None:
        for dock, key in ((self.movement_dock, "Ctrl+Shift+K"), (self.scan_dock, "Ctrl+Shift+J")):
            act = dock.toggleViewAction()
            act.setShortcut(key)
            view_menu.addAction(act)

    def attach(self, document, map_view) -> None:
        from samenwerk_desktop.gui.movement_panel import MovementPanel
        from samenwerk_desktop.gui.scan_panel import ScanPanel

        self.detach()
        self.movement = MovementPanel(document, self.movement_dock, map_scene=map_view.map_scene)
        self.scan = ScanPanel(document, self.scan_dock)
        self.movement.quiet_when_hidden = self.scan.quiet_when_hidden = True
        self.movement.comparisonChanged.connect(self.window.room.show_comparison)
        self.window.room.show_comparison(self.movement.comparison)
        elide_names(self.movement)
        elide_names(self.scan)
        self.movement_dock.setWidget(self.movement)
        self.scan_dock.setWidget(self.scan)
        self._on_visible(self.movement_dock.isVisible())

    def _on_visible(self, visible: bool) -> None:
        """The ghosts are on the map while the comparison dock is open."""
        if self.movement is not None:
            self.movement.on_map.setChecked(visible)

    def detach(self) -> None:
        for dock, panel in ((self.movement_dock, self.movement), (self.scan_dock, self.scan)):
            if panel is not None:
                if panel is self.movement and panel.ghosts is not None:
                    panel.ghosts.clear()
                dock.setWidget(None)
                panel.deleteLater()
        self.movement = self.scan = None
        self.window.room.show_comparison(None)
