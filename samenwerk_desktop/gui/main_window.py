"""The main window: the map, the RACI editor, the agreements and the party inspector around one open file."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox, QSplitter, QWidget

from samenwerk_desktop import APP_NAME
from samenwerk_desktop.core import errors, i18n
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import file_actions, forms, look, startup
from samenwerk_desktop.gui.collect import collect_soon
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.recent_files import RecentFiles
from samenwerk_desktop.gui.settings import save_language
from samenwerk_desktop.gui.startup import FirstPaint, StepBuilder
from samenwerk_desktop.gui.view_commands import ViewCommands
from samenwerk_desktop.gui.view_state import ViewState
from samenwerk_desktop.gui.window_menus import WindowMenus, app_icon

if TYPE_CHECKING:  # pragma: no cover - the panels' modules are imported when a document is shown
    from samenwerk_desktop.gui.map import MapView

#: The report plug-in is loaded this long after a document is shown (it imports ReportLab).
EXPORT_PLUGIN_DELAY_MS = 250
PANES = ("map", "raci", "agreements", "inspector")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# -- things tests replace (plain functions, never mocks on Qt methods) -------------------


def inform(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Show one sentence to the user in a message box."""
    QMessageBox.warning(parent, title or APP_NAME, text)


class MainWindow(WindowMenus, RecentFiles, ViewCommands, QMainWindow):
    """The Samenwerk window around one open collaboration (or none)."""

    #: every panel of the open document is built and filled (at once, or after the first paint when deferred)
    panelsReady = Signal()

    def __init__(self, parent: QWidget | None = None, *, restore: bool = True):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon("samenwerk"))
        self.document: Document | None = None
        #: this window's selection over its document (its panels share it)
        self.view_state: ViewState | None = None
        self.map_view: MapView | None = None
        self.panels: dict[str, QWidget] = {}
        self.maximised: str | None = None
        self._saved_splitters: tuple | None = None
        self._normal_font = QFont(self.font())
        self._last_saved = ""
        #: True: a document's panels are built one per event-loop turn after the window's first paint
        self.defer_panels = False
        #: set while the window closes: its panels go with it, not out of their panes first
        self._closing = False
        #: False while the open document's panels are still being built
        self.panels_ready = True
        self._builder: StepBuilder | None = None

        self.body = forms.build("main_window.ui", self)  # compiled by pyside6-uic (gui/forms)
        self.setCentralWidget(self.body)
        find = self.body.findChild
        self.stack = find(QWidget, "bodyStack")
        self.welcome_page = find(QWidget, "welcomePage")
        self.work_page = find(QWidget, "workPage")
        self.welcome_label = find(QLabel, "welcomeLabel")
        self.main_splitter: QSplitter = find(QSplitter, "mainSplitter")
        self.side_splitter: QSplitter = find(QSplitter, "sideSplitter")
        self.panes = {name: find(QWidget, f"{name}Pane") for name in PANES}
        holders = {name: find(QWidget, f"{name}Holder") for name in ("raci", "agreements", "inspector")}
        self.pane_layouts = {name: holders.get(name, pane).layout() for name, pane in self.panes.items()}
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setStretchFactor(2, 0)  # the inspector keeps its width

        self.status_label = QLabel(self)
        self.status_label.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.status_label, 1)
        # the save state makes way while a message shows: it took the whole bar and hid every message
        self.statusBar().messageChanged.connect(lambda text: self.status_label.setVisible(not text))
        for widget in (self.welcome_label, self.status_label):  # their own looks, no style sheet over the window
            look.style(widget)
        look.style_splitters(self.body)

        self._create_actions()
        self._create_menus()
        self._retranslate_static()
        self._restore_settings(restore)
        self._show_document_state()

    def choose_language(self, lang: str) -> None:
        """Remember the interface language; it takes effect at the next start."""
        save_language(lang)
        if lang == i18n.language():
            return
        text = ("Samenwerk wordt in het Nederlands getoond vanaf de volgende start." if lang == "nl"
                else "Samenwerk will be shown in English from the next start.")
        self.statusBar().showMessage(text, 8000)
        self.language_notice(text)

    def language_notice(self, text: str) -> None:
        """Tell the user when the new language takes effect (a method, so tests can replace it)."""
        QMessageBox.information(self, APP_NAME, text)

    def add_export_actions(self, menu: QMenu) -> None:
        """The export menu: JSON here; the reports helper's "Rapport exporteren…" and CSV actions plug in below.

        Called again whenever another document is opened, so the plugged-in actions act on it.
        The plug-in pulls in ReportLab (a few hundred milliseconds), so a new document gets it
        just after the window is shown (``schedule_export_actions``), or at once when the menu opens.
        """
        menu.clear()
        menu.addAction(self.action_export_json)
        self._export_actions_for = self.document
        if self.document is None:
            return
        try:
            from samenwerk_desktop.gui.report_dialog import add_export_actions as add_report_actions
        except ImportError:
            return
        menu.addSeparator()
        try:
            add_report_actions(self, menu, self.document)
        except Exception as exc:  # a broken plug-in must not take the window down
            print(f"samenwerk: report actions unavailable: {exc}", file=sys.stderr)

    # -- documents ------------------------------------------------------------------------

    def open_file(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Open a project file in this window; a refused file gives one sentence (and the repair offer)."""
        return file_actions.open_file(self, path, read_only=read_only)

    def set_project(self, project: Project) -> bool:
        """Show an opened project (closing the previous one); False when its rows cannot be read."""
        try:
            document = Document(project)
        except SamenwerkError as exc:
            project.close()
            if isinstance(exc, errors.FileRefused):
                return file_actions.refused(self, project.path, exc)
            inform(self, str(exc))
            return False
        self.close_document()
        self.document = document
        self._add_recent(str(project.path))
        self._install_panels()
        self._show_document_state()
        file_actions.tell_migrated(self, project)
        return True

    def commit_edits(self, *, close_editors: bool = False) -> None:
        """Save what is being typed now; ``close_editors`` also commits an open table-cell editor."""
        if self.document is None:
            return
        focus = QApplication.focusWidget()
        if close_editors and focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()  # the field or cell editor commits as it loses the focus
        self.document.flush_edits()

    def close_document(self) -> None:
        """Close the open collaboration, after saving what is being typed."""
        if self.document is None:
            return
        self.commit_edits(close_editors=True)
        self.room.detach()
        self._save_settings()
        self._remove_panels()
        document, self.document = self.document, None
        self.add_export_actions(self.export_menu)  # only JSON (disabled) until the next document
        document.close()
        document.deleteLater()
        if self.view_state is not None:
            self.view_state.deleteLater()
            self.view_state = None
        collect_soon()  # its panels' cycles freed now, not in a later edit
        self._show_document_state()

    def _install_panels(self) -> None:
        doc = self.document
        assert doc is not None
        self.view_state = ViewState(doc, self)
        self.room.attach(doc, self.view_state)  # the room's screen over this document (gui/room)
        self.panels = {}
        self.meeting_menu = self._place_meeting_menu()
        steps = startup.panel_steps(self)
        last = steps.pop()  # the document's docks and menu with the last panel: the filled window is laid out once
        steps.append(lambda: (last(), self._connect_document()))
        self.panels_ready = False
        if self.defer_panels:  # the frame with the title is painted first, then one panel per turn
            self._builder = StepBuilder(self, steps, self._panels_built, start=False)
            FirstPaint(self, self._builder.start, fallback_ms=startup.PAINT_FALLBACK_MS)
            return
        for step in steps:
            step()
        self._panels_built()

    def _connect_document(self) -> None:
        doc = self.document
        doc.changed.connect(self._on_changed)
        doc.errorOccurred.connect(self._on_error)
        doc.notice.connect(self._show_notice)
        doc.undo_stack.canUndoChanged.connect(self._update_actions)
        doc.undo_stack.canRedoChanged.connect(self._update_actions)
        doc.undo_stack.undoTextChanged.connect(self._update_actions)
        doc.undo_stack.redoTextChanged.connect(self._update_actions)
        from samenwerk_desktop.gui.meeting_mode import install_meeting_mode  # after the first paint
        self.meeting_mode = install_meeting_mode(self, doc)
        self.movement.attach(doc, self.map_view)  # the comparison's and the check's docks (issue 16)
        self.give_take.attach(doc, self.map_view)  # the give-and-take dock, disputes (issue 14)
        self.schedule_export_actions()

    def _panels_built(self) -> None:
        self._builder = None
        self.panels_ready = True
        self.panelsReady.emit()
        startup.warm_imports_later(self)  # what the first edit needs (sqlite-utils), once the window is idle

    def finish_panels(self) -> None:
        """Build the panels not built yet, now (the room's screen at start, a test)."""
        if self._builder is not None:
            self._builder.finish()

    def schedule_export_actions(self) -> None:
        """Plug the report and CSV actions in for the open document once the window is idle."""
        self.export_menu.clear()
        self.export_menu.addAction(self.action_export_json)
        self._export_actions_for = None
        QTimer.singleShot(EXPORT_PLUGIN_DELAY_MS, self.ensure_export_actions)

    def ensure_export_actions(self) -> None:
        """The export actions of the open document, if they are not in the menu yet."""
        if self.document is not None and self._export_actions_for is not self.document:
            self.add_export_actions(self.export_menu)

    def _remove_panels(self) -> None:
        self.movement.detach()
        self.give_take.detach()
        if self._builder is not None:
            self._builder.cancel()
            self._builder = None
        self.panels_ready = True
        if self.maximised:
            self.restore_panes()
        for widget in self.panels.values():
            widget.hide()
            if not self._closing:  # out of its pane at once for the next file's panel; a closing window skips it
                widget.setParent(None)  # (the large collaboration: 110-160 ms of re-measuring a thousand rows)
            widget.deleteLater()
        self.panels = {}
        self.map_view = None
        if (mode := getattr(self, "meeting_mode", None)) is not None:
            mode.remove()
        elif getattr(self, "meeting_menu", None) is not None:  # closed before its meeting mode was made
            self.menuBar().removeAction(self.meeting_menu.menuAction())
            self.meeting_menu.deleteLater()
        self.meeting_mode = self.meeting_menu = None

    def _show_document_state(self) -> None:
        doc = self.document
        has = doc is not None
        self.stack.setCurrentWidget(self.work_page if has else self.welcome_page)
        for act in (self.action_save_as, self.action_export_json, self.action_properties, self.action_close,
                    self.action_delete, self.action_party_report,
                    self.action_select_all, self.action_find, self.action_history, self.action_add_party,
                    self.action_connect, self.action_zoom_in,
                    self.action_zoom_out, self.action_fit, self.action_legend,
                    self.action_arrange,
                    *self.layout_actions.values(), *self.pane_actions.values()):
            act.setEnabled(has)
        self.export_menu.setEnabled(has)
        if has:
            self.layout_actions[doc.data.collaboration.map_layout].setChecked(True)
            writable = not doc.project.read_only
            for act in (self.action_add_party, self.action_connect, self.action_delete, self.action_arrange):
                act.setEnabled(writable)
            title = doc.data.collaboration.title or doc.project.path.stem
            self.setWindowTitle(f"{title} — {doc.project.path.name} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)
        self._update_actions()
        self._update_status()

    def _update_actions(self, *_args) -> None:
        stack = self.document.undo_stack if self.document else None
        self.action_undo.setEnabled(bool(stack and stack.canUndo()))
        self.action_redo.setEnabled(bool(stack and stack.canRedo()))
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        self.action_undo.setText(_tr("&Ongedaan maken") + (f": {undo_text}" if undo_text else ""))
        self.action_redo.setText(_tr("O&pnieuw") + (f": {redo_text}" if redo_text else ""))

    def _update_status(self) -> None:
        doc = self.document
        if doc is None:
            text = _tr("Geen samenwerking geopend")
        elif doc.project.read_only:
            text = _tr("Alleen-lezen geopend: %1 — wijzigingen worden niet opgeslagen").replace(
                "%1", str(doc.project.path))
        else:
            text = _tr("Alle wijzigingen opgeslagen in %1").replace("%1", str(doc.project.path))
            if self._last_saved:
                text += f" ({self._last_saved})"
        self.status_label.setText(text)

    def _on_changed(self, change) -> None:
        self._last_saved = datetime.now().strftime("%H:%M:%S")
        if change.kind == "collaboration" and self.document is not None:
            self.layout_actions[self.document.data.collaboration.map_layout].setChecked(True)
            self._show_document_state()
        self._update_status()

    def _on_error(self, text: str) -> None:
        inform(self, text)

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    # -- file commands ---------------------------------------------------------------------

    def new_file(self) -> None:
        """Ask the title and where to keep the file, create it and show the collaboration's form."""
        file_actions.new_file(self)

    def show_collaboration(self) -> None:
        """The collaboration's own form (title, challenge, why…) in the inspector pane, keyboard in the title."""
        if self.document is None:
            return
        self.show_inspector()
        inspector = self.panels.get("inspector")
        if hasattr(inspector, "show_collaboration"):
            inspector.show_collaboration()

    def default_folder(self) -> Path:
        """Where the file dialogs start: beside the open or last used file, else in Documents or home.

        Never the folder the program happened to be started from.
        """
        candidates = [self.document.project.path] if self.document is not None else []
        candidates += [Path(f) for f in self.recent_files()]
        for path in candidates:
            if path.parent.is_dir():
                return path.parent
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if documents and Path(documents).is_dir():
            return Path(documents)
        return Path.home()

    def open_dialog(self) -> None:
        path = file_actions.ask_open_path(self, str(self.default_folder()))
        if path:
            self.open_file(path)

    def save_as(self) -> None:
        """Write a copy and go on working in the copy."""
        file_actions.save_as(self)

    def export_json(self) -> None:
        file_actions.export_json(self)

    # -- edit commands (sent to the panel that has the focus) -----------------------------------

    def _focus_in_map(self) -> bool:
        """True unless the keyboard focus is inside one of the other panels."""
        focus = QApplication.focusWidget()
        if self.map_view is None:
            return False
        if focus is None:
            return True
        return not any(panel is focus or panel.isAncestorOf(focus)
                       for name, panel in self.panels.items() if name != "map")

    def _send_key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        focus = QApplication.focusWidget()
        if focus is None:
            return
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(focus, QKeyEvent(kind, key, modifiers))

    def delete_selection(self) -> None:
        """Delete what is selected in the focused panel (parties and relations on the map)."""
        if self.map_view is not None and self._focus_in_map():
            self.map_view.map_scene.delete_selected()
        else:
            self._send_key(Qt.Key.Key_Delete)

    def select_all(self) -> None:
        if self.map_view is not None and self._focus_in_map():
            self.map_view.map_scene.select_all()
        else:
            self._send_key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    def _undo(self) -> None:
        """Undo one step; the status bar names it and its panel shows what changed (gui/history.py)."""
        if self.document is not None:
            self.commit_edits()  # undo takes back the text being typed too
            from samenwerk_desktop.gui import history  # not before the first paint (nor find, below)

            history.UndoFollower(self).step(undo=True)

    def _redo(self) -> None:
        if self.document is not None:
            self.commit_edits()
            from samenwerk_desktop.gui import history

            history.UndoFollower(self).step(undo=False)

    def show_history(self) -> None:
        """Bewerken › Geschiedenis: every step of the undo stack; a click goes back to it."""
        if self.document is not None:
            from samenwerk_desktop.gui import history

            history.HistoryDialog(self.document.undo_stack, self).show()

    def show_find(self) -> None:
        """Ctrl+F: find anything in the collaboration and jump to it (the map's own search is Ctrl+Alt+F)."""
        if self.document is not None:
            from samenwerk_desktop.gui import find

            dialog = find.FindDialog(self)
            dialog.show()
            dialog.edit.setFocus()

    def add_party(self) -> None:
        if self.map_view is not None:
            self.map_view.map_scene.ask_add_party()

    def edit_new_party(self, party_id: int) -> None:
        """A party just named: selected, its profile from the top, the keyboard in its first empty field."""
        self.show_inspector(party_id)
        inspector = self.panels.get("inspector")
        if hasattr(inspector, "focus_first_empty"):
            inspector.focus_first_empty()

    def _set_connect_mode(self, on: bool) -> None:
        if self.map_view is not None:
            self.map_view.map_scene.connect_mode = on

    def _set_legend(self, on: bool) -> None:
        if self.map_view is not None:
            self.map_view.set_legend_visible(on)

    def show_inspector(self, party_id: int | None = None) -> None:
        """Bring the party inspector into view and give it the focus (built now if it was still to come)."""
        self.finish_panels()
        if self.maximised and self.maximised != "inspector":
            self.restore_panes()
        if self.document is not None and party_id is not None:
            self.view_state.set_selection({party_id})
        inspector = self.panels.get("inspector")
        if inspector is not None:
            sizes = self.main_splitter.sizes()
            if len(sizes) == 3 and sizes[2] < 150:
                total = sum(sizes)
                self.main_splitter.setSizes([int(total * 0.45), int(total * 0.33), int(total * 0.22)])
            inspector.setFocus(Qt.FocusReason.OtherFocusReason)
            name = inspector.focusProxy()
            if isinstance(name, QLineEdit):
                name.selectAll()  # typing replaces the name instead of gluing onto its front

    # -- settings -------------------------------------------------------------------------------------

    def _restore_settings(self, restore: bool = True) -> None:
        """The window's remembered geometry and pane sizes (not for a throw-away window: screenshots)."""
        #: False for a throw-away window (screenshots): its sizes are not remembered
        self.remember = restore
        if not restore:
            self._pending_splitters = None
            self._default_sizes_pending = True
            return
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_start_size()
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        main = settings.value("window/mainSplitter")
        side = settings.value("window/sideSplitter")
        #: splitter states are restored once the window has its real size (first show)
        self._pending_splitters = (main, side) if main is not None else None
        self._default_sizes_pending = main is None

    def _first_start_size(self) -> None:
        """Without remembered geometry: most of the screen, so every panel has room (a meeting room laptop)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = int(area.width() * 0.92), int(area.height() * 0.92)
        self.resize(max(width, 800), max(height, 600))
        self.move(area.x() + (area.width() - self.width()) // 2, area.y() + (area.height() - self.height()) // 2)

    def _apply_default_sizes(self) -> None:
        """First start: the map and the matrix share the room, the inspector a column of at most 320 px."""
        total = max(self.main_splitter.width(), 900)
        inspector = min(320, max(290, int(total * 0.2)))  # the party profile needs ~280 px
        rest = total - inspector
        self.main_splitter.setSizes([int(rest * 0.45), rest - int(rest * 0.45), inspector])
        height = max(self.side_splitter.height(), 600)
        self.side_splitter.setSizes([int(height * 0.6), height - int(height * 0.6)])

    def _save_settings(self) -> None:
        if not self.remember:
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.maximised and self._saved_splitters:
            main, side = self._saved_splitters
        else:
            main, side = self.main_splitter.saveState(), self.side_splitter.saveState()
        settings.setValue("window/mainSplitter", main)
        settings.setValue("window/sideSplitter", side)

    # -- QWidget events -----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        """Override QWidget.showEvent."""
        super().showEvent(event)
        if self._pending_splitters is not None:
            main, side = self._pending_splitters
            self._pending_splitters = None
            self.main_splitter.restoreState(main)
            if side is not None:
                self.side_splitter.restoreState(side)
        if getattr(self, "_default_sizes_pending", False):
            self._default_sizes_pending = False
            self._apply_default_sizes()

    def resizeEvent(self, event) -> None:
        """Override QWidget.resizeEvent: default pane sizes follow the first real window size."""
        super().resizeEvent(event)
        if getattr(self, "_default_sizes_pending", False) and self.isVisible():
            self._default_sizes_pending = False
            self._apply_default_sizes()

    def changeEvent(self, event) -> None:
        """Override QWidget.changeEvent: save what is being typed when the window is deactivated."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.commit_edits()

    def closeEvent(self, event) -> None:
        """Override QMainWindow.closeEvent: everything is saved already; remember the window, release the file."""
        self._save_settings()
        self._closing = True
        try:
            self.close_document()
        finally:
            self._closing = False
        event.accept()

