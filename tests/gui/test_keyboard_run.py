"""What a run with the keyboard alone in a real window found: messages hidden, a key lost, a role typed into a whole row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPushButton, QToolBar

from samenwerk_desktop.gui import raci_editor

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def win(small_window):
    """The small project in a window of 1400 x 900, every panel built."""
    return small_window


def test_a_status_message_is_shown_in_place_of_the_save_state_and_the_save_state_comes_back(win, qtbot):
    win.panels["map"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert win.statusBar().currentMessage() == "Paneel: Verantwoordelijkheden (RACI)"
    assert not win.status_label.isVisible()  # it took the whole bar: the message had no room to be seen
    win.statusBar().clearMessage()
    assert win.status_label.isVisible() and win.status_label.text().startswith("Alle wijzigingen opgeslagen in ")


def test_ctrl_alt_f_in_a_profile_field_goes_to_the_maps_search_and_types_nothing_there(win, qtbot):
    party = win.document.data.parties[0]
    win.view_state.set_selection({party.id})
    short = win.panels["inspector"].findChild(QLineEdit, "shortNameEdit")
    short.setFocus()
    qtbot.keyClick(short, Qt.Key.Key_F, CTRL_ALT)
    assert win.map_view.reading_bar.search.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Stroomnet")
    assert short.text() == party.short_name
    assert win.map_view.reading_bar.search.text() == "Stroomnet"


def test_a_role_typed_after_adding_a_work_item_goes_to_one_party_not_the_whole_row(win, qtbot, monkeypatch):
    monkeypatch.setattr(raci_editor, "ask_text", lambda parent, title, label, text="": "Warmtenet ontwerp")
    editor = win.panels["raci"]
    editor.add_item()
    item = next(w.id for w in win.document.data.work_items if w.title == "Warmtenet ontwerp")
    assert editor.view.hasFocus()
    qtbot.keyClicks(editor.view, "A")
    roles = {key: role for key, role in win.document.data.raci.items() if key[0] == item}
    assert list(roles.values()) == ["A"]


def test_the_new_party_dialog_shows_a_usual_name_whole(win, qtbot):
    from samenwerk_desktop.gui.map.dialogs import AddPartyDialog

    dialog = AddPartyDialog(win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = "Hoogheemraadschap Hollands Noorderkwartier"
    dialog.name_edit.setText(name)
    edit = dialog.name_edit
    assert edit.fontMetrics().horizontalAdvance(name) < edit.width() - 10



def _delete_button(win, panel: str) -> QAbstractButton:
    """The panel's "Verwijderen" (the last control used, in the keyboard run); the matrix's "Werkgroep toevoegen"."""
    if panel == "raci":
        editor = win.panels["raci"]
        return editor.findChild(QToolBar, "raciToolBar").widgetForAction(editor.add_group_action)
    name = {"agreements": "decisionDeleteButton", "inspector": "removeRepresentativeButton"}[panel]
    return win.panels[panel].findChild(QPushButton, name)


@pytest.mark.parametrize(("panel", "expected"), [
    ("raci", lambda w: w.panels["raci"].view),
    ("agreements", lambda w: w.panels["agreements"].sections["decision"].view),
    ("inspector", lambda w: w.panels["inspector"].findChild(QLineEdit, "nameEdit")),
])
def test_f6_into_a_panel_lands_on_its_main_view_not_on_verwijderen(win, qtbot, panel, expected):
    win.view_state.set_selection({win.document.data.parties[0].id})
    if panel == "agreements":
        win.panels["agreements"].tabs.setCurrentIndex(list(win.panels["agreements"].sections).index("decision"))
    button = _delete_button(win, panel)
    button.setFocus()
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_F6)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is expected(win)
