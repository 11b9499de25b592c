"""The main window's view commands: zoom, map layout and one panel maximised."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ViewCommands:
    """Part of MainWindow: what the window shows (the room sees the audience window, gui/room)."""

    # -- view commands ------------------------------------------------------------------------

    def zoom_in(self) -> None:
        if self.map_view is not None:
            self.map_view.zoom_in()

    def zoom_out(self) -> None:
        if self.map_view is not None:
            self.map_view.zoom_out()

    def fit(self) -> None:
        if self.map_view is not None:
            self.map_view.fit()

    def arrange_map(self) -> None:
        """Kaart schikken: the automatic layout of the network map (one undo step)."""
        if self.map_view is not None:
            self.map_view.arrange()

    def set_layout(self, layout: str) -> None:
        """Switch the map between network, power/interest grid and onion (stored in the file)."""
        doc = self.document
        if doc is None or doc.data.collaboration.map_layout == layout:
            return
        names = {"network": _tr("netwerk"), "grid": _tr("macht-belangenraster"), "onion": _tr("ui")}
        doc.apply(_tr("Kaartindeling: %1").replace("%1", names.get(layout, layout)),
                  lambda p: p.update_collaboration(map_layout=layout))
        self.layout_actions[doc.data.collaboration.map_layout].setChecked(True)

    # -- maximise a panel -----------------------------------------------------------------------

    def toggle_maximise(self, name: str) -> None:
        """Let one panel fill the window; the same command again brings the others back."""
        if self.document is None:
            return
        if self.maximised == name:
            self.restore_panes()
            return
        if self.maximised is None:
            self._saved_splitters = (self.main_splitter.saveState(), self.side_splitter.saveState())
        self.maximised = name
        for other, pane in self.panes.items():
            pane.setVisible(other == name)
        self.side_splitter.setVisible(name in ("raci", "agreements"))
        for other, act in self.pane_actions.items():
            act.setChecked(other == name)
        panel = self.panels.get(name)
        if panel is not None:
            panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_panes(self) -> None:
        self.maximised = None
        self.side_splitter.setVisible(True)
        for pane in self.panes.values():
            pane.setVisible(True)
        if self._saved_splitters:
            self.main_splitter.restoreState(self._saved_splitters[0])
            self.side_splitter.restoreState(self._saved_splitters[1])
        for act in self.pane_actions.values():
            act.setChecked(False)
