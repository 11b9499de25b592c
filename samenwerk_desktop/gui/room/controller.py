"""The facilitator's control of the room's screen from the main window: open it, choose views and pages,
black out or freeze it, follow the selection, and see a preview of exactly what the room sees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QSizePolicy

from samenwerk_desktop.gui import settings
from samenwerk_desktop.gui.room import catalog
from samenwerk_desktop.gui.room import screens as screen_seam
from samenwerk_desktop.gui.room.projected import ProjectedDocument

if TYPE_CHECKING:  # the audience window draws the map: it loads when first wanted, never before the first paint
    from samenwerk_desktop.gui.room.window import AudienceWindow

#: the size the room's window has before it is shown (its preview), when no screen says otherwise
DEFAULT_SIZE = QSize(1920, 1080)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


class RoomPreview(QDockWidget):
    """A small dock in the main window with exactly what the room sees (object name ``roomPreview``)."""

    def __init__(self, parent=None):
        super().__init__(_tr("Zaalscherm (voorbeeld)"), parent)
        self.setObjectName("roomPreview")
        self.image = QLabel(self)
        self.image.setObjectName("roomPreviewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumSize(240, 135)
        self.setWidget(self.image)

    def show_pixmap(self, pixmap) -> None:
        size = self.image.size()
        self.image.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))


class RoomController(QObject):
    """Part of the main window: its audience window over the open document, and the commands for it."""

    #: the audience window was opened or closed
    openChanged = Signal(bool)

    def __init__(self, window, screens: screen_seam.Screens | None = None):
        super().__init__(window)
        self.main = window
        self.screens = screens or screen_seam.Screens(self)
        self.screens.screenAdded.connect(self.on_screen_added)
        self.screens.screenRemoved.connect(self.on_screen_removed)
        self.document = None
        self.projected: ProjectedDocument | None = None
        self.audience: AudienceWindow | None = None
        self.main_view_state = None
        self.follow_selection = False
        #: the round the room follows (the one open in the facilitator's round editor)
        self.round_id: int | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self.preview = RoomPreview(window)
        self.preview.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview)
        self.preview.visibilityChanged.connect(self._on_preview_visible)
        self._create_actions()

    # -- actions and menu --------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        a = self.main._action
        self.action_open = a("actionRoom", _tr("&Zaalscherm"), ["F5"], self.toggle, "present", checkable=True,
                             tip=_tr("Wat de zaal ziet op het tweede scherm (de beamer); dit venster blijft "
                                     "voor het bewerken"))
        self.view_group = QActionGroup(self.main)
        self.view_actions: dict[str, QAction] = {}
        for key, number in catalog.NUMBERS.items():  # the views' drawing code loads when the room first shows one
            keys = [f"Ctrl+Shift+{number}"] if number <= 9 else []  # after the ninth: the menu, or a dock
            act = a(f"actionRoomView_{key}", catalog.title(key), keys, None, checkable=True)
            act.triggered.connect(lambda _checked=False, k=key: self.set_view(k))
            self.view_group.addAction(act)
            self.view_actions[key] = act
        self.view_actions["map"].setChecked(True)
        self.action_next_page = a("actionRoomNextPage", _tr("Volgende pagina"), ["Ctrl+PgDown"], self.next_page)
        self.action_previous_page = a("actionRoomPreviousPage", _tr("Vorige pagina"), ["Ctrl+PgUp"],
                                      self.previous_page)
        self.action_blackout = a("actionRoomBlackout", _tr("&Zwart scherm"), ["Ctrl+Shift+B"], self.toggle_blackout,
                                 checkable=True)
        self.action_freeze = a("actionRoomFreeze", _tr("&Bevriezen"), ["Ctrl+Shift+F"], self.toggle_freeze,
                               checkable=True)
        self.action_follow = a("actionRoomFollow", _tr("&Volg selectie"), [], self.set_follow, checkable=True)
        self.action_swap = a("actionRoomSwap", _tr("Ander &scherm"), [], self.next_screen)
        self.action_preview = self.preview.toggleViewAction()
        self.action_preview.setObjectName("actionRoomPreview")
        self.action_preview.setText(_tr("&Voorbeeld van het zaalscherm"))
        self.menu_actions = [*self.view_actions.values(), None, self.action_next_page, self.action_previous_page,
                             None, self.action_blackout, self.action_freeze, self.action_follow, None,
                             self.action_swap, self.action_preview]
        self._enable(False)

    def install_menu(self, view_menu) -> None:
        """Beeld › Zaalscherm and its submenu Wat de zaal ziet."""
        view_menu.addAction(self.action_open)
        self.menu = view_menu.addMenu(_tr("Wat de &zaal ziet"))
        self.menu.setObjectName("menuRoom")
        for act in self.menu_actions:
            self.menu.addSeparator() if act is None else self.menu.addAction(act)

    def _enable(self, has_document: bool) -> None:
        for act in (self.action_open, *self.view_actions.values(), self.action_next_page, self.action_previous_page,
                    self.action_blackout, self.action_freeze, self.action_follow, self.action_swap):
            act.setEnabled(has_document)

    # -- the document ---------------------------------------------------------------------------------------

    def attach(self, document, view_state) -> None:
        """A document was opened in the main window: the room's window over it is made when first needed
        (opening a large file does not pay for a second map)."""
        self.detach()
        self.document = document
        self.main_view_state = view_state
        view_state.selectionChanged.connect(self._on_selection)
        self._enable(True)
        if self.preview.isVisible():
            self.ensure_window()

    def ensure_window(self) -> AudienceWindow | None:
        """The audience window over the room's projection of the open document (made once per document)."""
        if self.audience is None and self.document is not None:
            from samenwerk_desktop.gui.room.window import AudienceWindow

            self.projected = ProjectedDocument(self.document, parent=self)
            self.audience = AudienceWindow(self.projected)
            self.audience.resize(self._target_size())
            self.audience.shownChanged.connect(self._schedule_preview)
            self.audience.viewChanged.connect(self._on_view_changed)
            self.audience.closeRequested.connect(self.close)
            self.audience.follow_round(self.round_id)
            self._on_view_changed(self.audience.view_key)
            if self.main_view_state is not None:
                self._on_selection(self.main_view_state.selected_parties)
            self._schedule_preview()
        return self.audience

    def detach(self) -> None:
        """The document is closed: so is the room's window."""
        if self.audience is not None:
            self.close()
            self.audience.deleteLater()
            self.audience = None
        if self.projected is not None:
            self.projected.deleteLater()
            self.projected = None
        self.main_view_state = None
        self.document = None
        self.round_id = None
        self._enable(False)

    # -- commands ---------------------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.audience is not None and self.audience.isVisible()

    def toggle(self) -> None:
        self.close() if self.is_open else self.open()

    def open(self) -> None:
        """Full screen on the room's screen (the second one; with one screen, this one, and Esc returns)."""
        if self.ensure_window() is None:
            self.action_open.setChecked(False)
            return
        screen = screen_seam.choose(self.screens.all(), self._laptop(), settings.saved_room_screen())
        if screen is None:
            return
        self._show_on(screen)
        self.action_open.setChecked(True)
        self.openChanged.emit(True)

    def close(self) -> None:
        if self.audience is not None and self.audience.isVisible():
            self.audience.hide()
            self.openChanged.emit(False)
        self.action_open.setChecked(False)
        self.main.activateWindow()

    def show_comparison(self, comparison) -> None:
        """The room's movement view follows the comparison chosen in Ontwikkeling van het krachtenveld."""
        choice = (comparison.old.state_id, comparison.new.state_id) if comparison is not None else None
        if choice is None and catalog.loaded() is None:  # no view drawn yet: the room starts without a comparison
            return
        from samenwerk_desktop.gui.room.registry import REGISTRY

        view = REGISTRY["movement"]
        if view.choice != choice:
            view.choice = choice
            if self.audience is not None:
                self.audience.refresh()

    def set_view(self, key: str) -> None:
        if self.ensure_window() is not None:
            self.audience.set_view(key)

    def next_page(self) -> None:
        if self.ensure_window() is not None:
            self.audience.next_page()

    def previous_page(self) -> None:
        if self.ensure_window() is not None:
            self.audience.previous_page()

    def toggle_blackout(self) -> None:
        if self.ensure_window() is not None:
            self.audience.set_blackout(not self.audience.blacked_out)
            self._sync_checks()

    def toggle_freeze(self) -> None:
        if self.ensure_window() is not None:
            self.audience.set_frozen(not self.audience.frozen)
            self._sync_checks()

    def set_follow(self, on: bool) -> None:
        """Volg selectie: the room's map highlights the parties selected on the laptop."""
        self.follow_selection = bool(on)
        self.action_follow.setChecked(self.follow_selection)
        if self.main_view_state is not None:
            self._on_selection(self.main_view_state.selected_parties)

    def follow_round(self, round_id: int, switch: bool | None = None) -> None:
        """The facilitator holds this round (its editor opened, or a new round began): the round view shows it,
        and a room on the meeting view switches to it; a room on another view stays there (key 9 shows the
        round). ``switch`` None: only when the round is another one (an answer entered does not switch)."""
        if switch is None:
            switch = round_id != self.round_id
        self.round_id = round_id
        if self.audience is not None:
            self.audience.follow_round(round_id, switch=switch)

    def next_screen(self) -> None:
        """One click to swap: the room's window goes to the next screen, which is remembered."""
        if self.ensure_window() is None:
            return
        all_screens = self.screens.all()
        if len(all_screens) < 2:
            return
        current = self.audience.screen()
        index = all_screens.index(current) if current in all_screens else -1
        screen = all_screens[(index + 1) % len(all_screens)]
        settings.save_room_screen(screen.name())
        if self.is_open:
            self._show_on(screen)

    # -- screens --------------------------------------------------------------------------------------------

    def _laptop(self):
        return self.main.screen()

    def _show_on(self, screen) -> None:
        if screen is not self._laptop():
            settings.save_room_screen(screen.name())
        self.audience.escape_closes = screen is self._laptop()
        screen_seam.place_full_screen(self.audience, screen)
        self.audience.activateWindow() if self.audience.escape_closes else self.main.activateWindow()

    def on_screen_added(self, screen) -> None:
        """A projector was connected: an audience window on the laptop's screen moves onto it."""
        if self.is_open and self.audience.screen() is self._laptop() and screen is not self._laptop():
            self._show_on(screen)

    def on_screen_removed(self, screen) -> None:
        """The room's screen went: to another external screen, else the window closes (never onto the
        laptop by surprise)."""
        if not self.is_open or self.audience.screen() is not screen:
            return
        others = [s for s in self.screens.all() if s is not screen and s is not self._laptop()]
        if others:
            self._show_on(others[0])
        else:
            self.close()
            self.main.statusBar().showMessage(_tr("Het zaalscherm is gesloten: het scherm van de zaal is "
                                                  "losgekoppeld. Druk op F5 om het hier te tonen."), 10000)

    def _target_size(self) -> QSize:
        screen = screen_seam.choose(self.screens.all(), self._laptop(), settings.saved_room_screen())
        return screen.size() if screen is not None else DEFAULT_SIZE

    # -- following -------------------------------------------------------------------------------------------

    def _on_selection(self, ids) -> None:
        if self.audience is not None:
            self.audience.view_state.set_selection(ids if self.follow_selection else ())

    def _on_view_changed(self, key: str) -> None:
        if key in self.view_actions:
            self.view_actions[key].setChecked(True)

    def _sync_checks(self) -> None:
        self.action_blackout.setChecked(self.audience.blacked_out)
        self.action_freeze.setChecked(self.audience.frozen)

    def _on_preview_visible(self, on: bool) -> None:
        if on:
            self.ensure_window()
            self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self.audience is not None:
            self._sync_checks()
        if self.preview.isVisible() and not self._preview_timer.isActive():
            self._preview_timer.start(0)  # several changes in one event loop pass: one grab

    def _refresh_preview(self) -> None:
        if self.audience is not None and self.preview.isVisible():
            self.preview.show_pixmap(self.audience.shown_pixmap())
