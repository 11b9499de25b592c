"""The main window's actions, menus, tool bar and help, with their Dutch texts (English via the translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from samenwerk_desktop import __version__
from samenwerk_desktop.core import i18n
from samenwerk_desktop.gui import keyboard
from samenwerk_desktop.gui.give_take_docks import GiveTakeDocks
from samenwerk_desktop.gui.movement_docks import MovementDocks
from samenwerk_desktop.gui.room.controller import RoomController
from samenwerk_desktop.paths import resource


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def app_icon(name: str) -> QIcon:
    """An icon of resources/icons by name; an empty icon when it is missing."""
    try:
        path = resource("icons", f"{name}.svg")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


class WindowMenus:
    """Part of MainWindow: makes its actions (each with its shortcuts, also while the menu bar is hidden) and menus."""

    # -- actions and menus ---------------------------------------------------------------

    def _action(self, name: str, text: str, shortcuts=(), slot=None, icon: str | None = None,
                checkable: bool = False, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        keys = [QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
        if icon:
            action.setIcon(app_icon(icon))
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts keep working wherever the focus is in the window
        return action

    def _create_actions(self) -> None:
        a = self._action
        K = QKeySequence.StandardKey
        self.action_new = a("actionNew", _tr("&Nieuw…"), [K.New], self.new_file, "new")
        self.action_open = a("actionOpen", _tr("&Openen…"), [K.Open], self.open_dialog, "open")
        self.action_save_as = a("actionSaveAs", _tr("Opslaan &als…"), ["Ctrl+Shift+S"], self.save_as, "save")
        self.action_export_json = a("actionExportJson", _tr("Exporteren als &JSON…"), ["Ctrl+E"], self.export_json)
        self.action_party_report = a("actionPartyReport", _tr("Rapport voor een &partij…"), [], self.export_party_report,
                                     tip=_tr("Een rapport met wat één partij mag zien: haar rollen, afspraken, acties, "
                                             "behoeften en aanbod, besluiten en geschillen"))
        self.action_properties = a("actionProperties", _tr("&Eigenschappen van de samenwerking…"), ["Ctrl+I"],
                                   self.show_collaboration)
        self.action_close = a("actionClose", _tr("&Sluiten"), ["Ctrl+W"], self.close_document)
        self.action_quit = a("actionQuit", _tr("A&fsluiten"), ["Ctrl+Q"], self.close)
        self.action_undo = a("actionUndo", _tr("&Ongedaan maken"), [K.Undo], self._undo, "undo")
        self.action_redo = a("actionRedo", _tr("O&pnieuw"), [K.Redo, "Ctrl+Y"], self._redo, "redo")
        self.action_history = a("actionHistory", _tr("&Geschiedenis…"), ["Ctrl+Shift+H"], self.show_history,
                                 tip=_tr("Alle stappen die ongedaan gemaakt kunnen worden; klik op een stap om "
                                         "ernaar terug te gaan"))
        self.action_find = a("actionFind", _tr("&Zoeken…"), [K.Find], self.show_find,
                              tip=_tr("Zoek een partij, afspraak, besluit, dilemma, onderdeel of overleg en ga erheen"))
        self.action_delete = a("actionDelete", _tr("&Verwijderen"), [K.Delete], self.delete_selection, "delete")
        self.action_select_all = a("actionSelectAll", _tr("&Alles selecteren"), [K.SelectAll], self.select_all)
        self.action_add_party = a("actionAddParty", _tr("Partij &toevoegen…"), ["Ctrl+Shift+N"],
                                  self.add_party, "add-party")
        self.action_connect = a("actionConnectMode", _tr("&Verbinden (sleep van partij naar partij)"), ["Ctrl+K"],
                                self._set_connect_mode, "connect", checkable=True)
        self.action_zoom_in = a("actionZoomIn", _tr("&Inzoomen"), [K.ZoomIn, "Ctrl+="], self.zoom_in, "zoom-in")
        self.action_zoom_out = a("actionZoomOut", _tr("&Uitzoomen"), [K.ZoomOut], self.zoom_out, "zoom-out")
        self.action_fit = a("actionFit", _tr("&Passend maken"), ["Ctrl+0"], self.fit, "fit")
        self.action_legend = a("actionLegend", _tr("&Legenda tonen"), ["Ctrl+L"], self._set_legend, checkable=True)
        self.action_legend.setChecked(True)
        self.action_arrange = a("actionArrange", _tr("Kaart &schikken"), ["Ctrl+Shift+L"], self.arrange_map,
                                tip=_tr("Schik de netwerkkaart automatisch: coalities dichtbij, spanningen uit "
                                        "elkaar; één stap ongedaan te maken"))
        self.layout_group = QActionGroup(self)
        self.layout_actions = {}
        for i, (code, text, icon) in enumerate((("network", _tr("&Netwerk"), "layout-network"),
                                                ("grid", _tr("&Macht-belangenraster"), "layout-grid"),
                                                ("onion", _tr("&Ui (ringen rond de opgave)"), "layout-onion"),
                                                ("actors", _tr("&Actortypen (standpunt × vertrouwen)"),
                                                 "layout-actors"))):
            act = a(f"actionLayout_{code}", text, [f"Alt+{i + 1}"], None, icon, checkable=True)
            act.triggered.connect(lambda _checked=False, c=code: self.set_layout(c))
            self.layout_group.addAction(act)
            self.layout_actions[code] = act
        self.pane_actions = {}
        for i, (name, text) in enumerate((("map", _tr("Kaart")), ("raci", _tr("Verantwoordelijkheden (RACI)")),
                                          ("agreements", _tr("Afspraken")), ("inspector", _tr("Partij")))):
            act = a(f"actionMaximise_{name}", text, [f"Ctrl+{i + 1}"], None, checkable=True)
            act.triggered.connect(lambda _checked=False, n=name: self.toggle_maximise(n))
            self.pane_actions[name] = act
        self.action_next_panel = a("actionNextPanel", _tr("&Volgend paneel"), ["F6"],
                                   lambda: keyboard.focus_next_panel(self, 1))
        self.action_previous_panel = a("actionPreviousPanel", _tr("Vo&rig paneel"), ["Shift+F6"],
                                       lambda: keyboard.focus_next_panel(self, -1))
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("nl", "Nederlands"), ("en", "English")):  # each in its own language: not translated
            act = a(f"actionLanguage_{code}", name, [], None, checkable=True)
            act.setChecked(code == i18n.language())
            act.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act
        self.action_about = a("actionAbout", _tr("&Over Samenwerk"), ["Shift+F1"], self.show_about)
        self.action_shortcuts = a("actionShortcuts", _tr("&Sneltoetsen"), [K.HelpContents], self.show_shortcuts)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menuFile")
        self.file_menu.addAction(self.action_new)
        self.file_menu.addAction(self.action_open)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_save_as)
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.setObjectName("menuExport")
        self._export_actions_for = None
        self.export_menu.aboutToShow.connect(self.ensure_export_actions)
        self.file_menu.aboutToShow.connect(self.ensure_export_actions)
        self.add_export_actions(self.export_menu)
        self.file_menu.addAction(self.action_party_report)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_properties)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_close)
        self.file_menu.addAction(self.action_quit)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("menuEdit")
        for act in (self.action_undo, self.action_redo, self.action_history, None, self.action_find, None,
                    self.action_add_party, self.action_connect,
                    self.action_delete, self.action_select_all):
            self.edit_menu.addSeparator() if act is None else self.edit_menu.addAction(act)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("menuView")
        for act in (self.action_zoom_in, self.action_zoom_out, self.action_fit, self.action_legend,
                    self.action_arrange):
            self.view_menu.addAction(act)
        self.layout_menu = self.view_menu.addMenu("")
        self.layout_menu.setObjectName("menuLayout")
        for act in self.layout_actions.values():
            self.layout_menu.addAction(act)
        self.pane_menu = self.view_menu.addMenu("")
        self.pane_menu.setObjectName("menuMaximise")
        for act in self.pane_actions.values():
            self.pane_menu.addAction(act)
        self.view_menu.addAction(self.action_next_panel)
        self.view_menu.addAction(self.action_previous_panel)
        self.view_menu.addSeparator()
        self.room = RoomController(self)  # Beeld › Zaalscherm, its submenu and its tool bar button
        self.room.install_menu(self.view_menu)
        self.movement = MovementDocks(self)  # Beeld › Ontwikkeling van het krachtenveld, › Samenwerkingsscan
        self.movement.install_menu(self.view_menu)
        self.give_take = GiveTakeDocks(self)  # Beeld › Geven en nemen, Bewerken › Geschil vastleggen…
        self.give_take.install_menu(self.view_menu, self.edit_menu)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("menuLanguage")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.action_shortcuts)
        self.help_menu.addAction(self.action_about)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for act in (self.action_new, self.action_open, None, self.action_undo, self.action_redo, None,
                    self.action_add_party, self.action_connect, self.action_delete, None, self.action_zoom_in,
                    self.action_zoom_out, self.action_fit, None, *self.layout_actions.values(), None,
                    self.room.action_open):
            self.toolbar.addSeparator() if act is None else self.toolbar.addAction(act)

    def _place_meeting_menu(self) -> QMenu:
        """The Overleg menu in the menu bar, before Help, with the frame of an open file (gui/meeting_mode fills it).

        In the menu bar from the first paint, so Help does not move when the panels are filled;
        opened before that, it has the panels finished first (and so its actions).
        """
        menu = QMenu(_tr("&Overleg"), self)
        menu.setObjectName("menuMeeting")
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        menu.aboutToShow.connect(self.finish_panels)
        return menu

    def _retranslate_static(self) -> None:
        self.file_menu.setTitle(_tr("&Bestand"))
        self.recent_menu.setTitle(_tr("&Recente bestanden"))
        self.export_menu.setTitle(_tr("&Exporteren"))
        self.edit_menu.setTitle(_tr("Be&werken"))
        self.view_menu.setTitle(_tr("Bee&ld"))
        self.layout_menu.setTitle(_tr("&Kaartindeling"))
        self.pane_menu.setTitle(_tr("Paneel &maximaliseren"))
        self.language_menu.setTitle(_tr("&Taal / Language"))
        self.help_menu.setTitle(_tr("&Help"))
        self.toolbar.setWindowTitle(_tr("Werkbalk"))
        self.welcome_label.setText(_tr(
            "Geen samenwerking geopend.\n\nKies Bestand › Nieuw (Ctrl+N) of Bestand › Openen (Ctrl+O)."))
        for act in self.findChildren(QAction):
            if act.shortcut() and not act.toolTip().endswith(")"):
                act.setToolTip(f"{act.text().replace('&', '')} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def export_party_report(self) -> None:
        """Bestand › Rapport voor een partij…: the dialog with the selected party chosen (loaded only now)."""
        if self.document is None:
            return
        from samenwerk_desktop.gui.party_report_dialog import PartyReportDialog

        selected = sorted(self.view_state.selected_parties) if self.view_state is not None else []
        PartyReportDialog.ask(self.document, self, party_id=selected[0] if selected else None)

    # -- help ---------------------------------------------------------------------------------------

    def shortcut_lines(self) -> list[tuple[str, str]]:
        """(command, keys) of every shortcut, each once (gui/shortcuts_help.py), for the help page and its test."""
        from samenwerk_desktop.gui import shortcuts_help

        return shortcuts_help.shortcut_lines(self)

    def show_shortcuts(self) -> None:
        from samenwerk_desktop.gui import shortcuts_help

        shortcuts_help.ShortcutsDialog(self).show()

    def show_about(self) -> None:
        QMessageBox.about(self, _tr("Over Samenwerk"), _tr(
            "<h3>Samenwerk %1</h3><p>Voor procesbegeleiders van opgavegericht samenwerken: krachtenveld, "
            "verantwoordelijkheden (RACI), werkafspraken, besluiten en verslagen.</p>"
            "<p>Alles wordt direct opgeslagen in het bestand van de samenwerking.</p>").replace("%1", __version__))
