"""The main window's view commands: zoom, map layout, one panel maximised, and presentation mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from samenwerk_desktop.core.errors import SamenwerkError

PRESENTATION_BASE_PT = 15.0
#: the map legend's type in presentation mode, as a share of the presentation type
PRESENTATION_LEGEND_SHARE = 0.7


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PresentationCommands:
    """Part of MainWindow: what the window shows and how large (presentation mode: what the room sees)."""

    # -- view commands ------------------------------------------------------------------------

    def zoom_in(self) -> None:
        if self.presenting:
            self.set_type_factor(self.type_factor * 1.15)
        if self.map_view is not None:
            self.map_view.zoom_in()

    def zoom_out(self) -> None:
        if self.presenting:
            self.set_type_factor(self.type_factor / 1.15)
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
        """Switch the map between network, grid, onion and actor types: a view change, no undo step.

        The layout is still stored in the file at once (the report prints it), like a window's size,
        but Ctrl+Z takes back edits, not where the facilitator looked.
        """
        doc = self.document
        if doc is None or doc.data.collaboration.map_layout == layout:
            return
        try:
            doc.session.run(lambda p: p.update_collaboration(map_layout=layout), initiator=self)
        except SamenwerkError as exc:  # a read-only file: the map switches, the file keeps its layout
            self.statusBar().showMessage(str(exc), 8000)
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

    # -- presentation mode ------------------------------------------------------------------------

    def toggle_presentation(self) -> None:
        if self.presenting:
            self.leave_presentation()
        else:
            self.enter_presentation()

    def enter_presentation(self, *, fullscreen: bool = True) -> None:
        """Full screen, larger type, high contrast; every panel hides facilitator-only fields."""
        if self.document is None or self.presenting:
            self.action_presentation.setChecked(self.presenting)
            return
        self.presenting = True
        self.view_state.set_presentation(True)
        self._was_maximised_window = self.isMaximized()
        self.menuBar().setVisible(False)
        self.toolbar.setVisible(False)
        self._apply_type_factor()
        self._auto_maximised = self.maximised is None
        if self._auto_maximised:  # the room sees the map; Ctrl+2..4 shows another panel instead
            self.toggle_maximise("map")
        self.action_presentation.setChecked(True)
        self.action_leave_presentation.setEnabled(True)
        if fullscreen:
            self.showFullScreen()
        self._update_status()
        if self.map_view is not None:
            self.map_view.fit()

    def leave_presentation(self) -> None:
        if not self.presenting:
            return
        self.presenting = False
        if self.view_state is not None:
            self.view_state.set_presentation(False)
        self.menuBar().setVisible(True)
        self.toolbar.setVisible(True)
        self.setStyleSheet(self.app_stylesheet)
        if getattr(self, "_auto_maximised", False) and self.maximised:
            self.restore_panes()
        self._auto_maximised = False
        self.action_presentation.setChecked(False)
        self.action_leave_presentation.setEnabled(False)
        if self.isFullScreen():
            self.showMaximized() if self._was_maximised_window else self.showNormal()
        self._update_status()
        if self.map_view is not None:
            self.map_view.fit()

    def set_type_factor(self, factor: float) -> None:
        self.type_factor = max(0.6, min(3.0, factor))
        if self.presenting:
            self._apply_type_factor()

    def _apply_type_factor(self) -> None:
        """Presentation type size: the stylesheet's @FONT_PT@ (style sheets stop plain font propagation)."""
        points = round(PRESENTATION_BASE_PT * self.type_factor, 1)
        legend = round(points * PRESENTATION_LEGEND_SHARE, 1)
        self.setStyleSheet(self.presentation_stylesheet.replace("@FONT_PT@", f"{points:g}")
                           .replace("@LEGEND_PT@", f"{legend:g}"))
