"""The RACI editor's actions and toolbar: each button reachable with Tab, in the order they stand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QWidget

from samenwerk_desktop.gui import keyboard
from samenwerk_desktop.gui.panel_common import child


def _tr(text: str) -> str:
    return QCoreApplication.translate("RaciEditor", text)


def make_actions(editor) -> None:
    """The editor's actions (``editor.add_item_action`` …), its toolbar and the group chooser in it."""

    def action(name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, editor)
        act.setObjectName(name)
        act.triggered.connect(slot)
        if tip:
            act.setToolTip(tip)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            editor.addAction(act)
        return act

    editor.add_item_action = action(
        "addItemAction", _tr("Onderdeel toevoegen"), editor.add_item, Qt.Key.Key_Insert,
        _tr("Nieuw onderdeel in de werkgroep van de gekozen rij (Ins)"))
    editor.rename_item_action = action(
        "renameItemAction", _tr("Hernoemen"), editor.rename_item, None,
        _tr("Het gekozen onderdeel een andere naam geven"))
    editor.move_up_action = action(
        "moveUpAction", _tr("Omhoog"), lambda: editor.move_item(-1), QKeySequence("Ctrl+Up"),
        _tr("Het gekozen onderdeel een plaats omhoog (Ctrl+Omhoog)"))
    editor.move_down_action = action(
        "moveDownAction", _tr("Omlaag"), lambda: editor.move_item(1), QKeySequence("Ctrl+Down"),
        _tr("Het gekozen onderdeel een plaats omlaag (Ctrl+Omlaag)"))
    editor.delete_item_action = action(
        "deleteItemAction", _tr("Verwijderen"), editor.delete_items, QKeySequence("Ctrl+Del"),
        _tr("De gekozen onderdelen verwijderen (Ctrl+Del)"))
    editor.add_group_action = action("addGroupAction", _tr("Werkgroep toevoegen"), editor.add_group)
    editor.rename_group_action = action("renameGroupAction", _tr("Werkgroep hernoemen"), editor.rename_group)
    editor.delete_group_action = action("deleteGroupAction", _tr("Werkgroep verwijderen"), editor.delete_group)
    # the toolbar folds what does not fit behind its extension button, so the editor can be narrow
    bar: QToolBar = child(editor._form, QToolBar, "raciToolBar")
    for act in (editor.add_item_action, editor.add_group_action, editor.rename_item_action, editor.move_up_action,
                editor.move_down_action, editor.delete_item_action):  # both "toevoegen" first: never folded away
        bar.addAction(act)
    bar.addSeparator()
    # label and combo in one widget, so a narrow toolbar folds them away together
    group_box = QWidget(bar)
    group_box.setObjectName("groupChooser")
    row = QHBoxLayout(group_box)
    row.setContentsMargins(4, 0, 4, 0)
    editor.group_label = QLabel(_tr("In werkgroep:"), group_box)
    editor.group_label.setBuddy(editor.group_combo)
    row.addWidget(editor.group_label)
    row.addWidget(editor.group_combo)
    bar.addWidget(group_box)
    for act in (editor.rename_group_action, editor.delete_group_action):
        bar.addAction(act)
    for act in bar.actions():
        button = bar.widgetForAction(act)
        if button is not None and not button.accessibleName() and act.text():
            button.setAccessibleName(act.text())
    editor.clear_action = action("clearRolesAction", _tr("Rollen wissen"), editor.clear_selected)


def tab_order(editor) -> None:
    """Tab goes through the toolbar as it reads (a toolbar's buttons take no Tab by themselves), then the
    party filter, the matrix and the findings; a button folded behind » or disabled is passed over."""
    bar: QToolBar = child(editor._form, QToolBar, "raciToolBar")
    chain: list[QWidget] = []
    for act in bar.actions():
        widget = bar.widgetForAction(act)
        if widget is None or act.isSeparator():
            continue
        if widget.objectName() == "groupChooser":
            chain.append(editor.group_combo)
            continue
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        chain.append(widget)
    extension = bar.findChild(QWidget, "qt_toolbar_ext_button")
    if extension is not None:  # the » button: the folded buttons are one Tab away, in its menu
        extension.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        extension.setAccessibleName(_tr("Meer knoppen van de werkbalk"))
        extension.setToolTip(_tr("De knoppen die niet op de werkbalk passen"))
        chain.append(extension)
    filters = editor.party_columns
    chain += [filters.only_roles, filters.find_edit, editor.view, editor.findings_view]
    keyboard.chain(chain)
