"""One party edit reaches every panel that shows the party (map, matrix, profile, party lists), and undo brings it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import GiveTake
from samenwerk_desktop.gui.party_list import party_list

NAME = "Netbeheerder Stroomnet"
OTHER = "Gemeente Rivierstad"


@pytest.fixture
def win(small_window, qapp):
    pid = party_id(small_window, NAME)
    small_window.view_state.set_selection({pid})  # the profile shows it
    qapp.processEvents()
    return small_window


def party_id(win, name):
    return next(p.id for p in win.document.data.parties if p.name == name)


def rename(win, old, new):
    pid = party_id(win, old)
    win.document.apply("naam", lambda p: p.update("party", pid, name=new, short_name=new))


def matrix_columns(win) -> list[str]:
    model = win.panels["raci"].model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def listed(win) -> list[str]:
    model = party_list(win.document)
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def what_shows(win, pid):
    """The party as the map, the matrix, the profile and the agreements' party lists show it."""
    item = win.map_view.map_scene.parties[pid]
    return (item.label, item.brush_colour(), NAME in matrix_columns(win), NAME in listed(win),
            win.panels["inspector"].heading.label.text())


def test_a_rename_reaches_the_map_the_matrix_the_profile_and_the_party_lists(win, qapp):
    pid = party_id(win, NAME)
    rename(win, NAME, "Netbeheer Rivierenland")
    qapp.processEvents()
    assert win.map_view.map_scene.parties[pid].label == "Netbeheer Rivierenland"
    assert "Netbeheer Rivierenland" in matrix_columns(win) and NAME not in matrix_columns(win)
    assert "Netbeheer Rivierenland" in listed(win) and NAME not in listed(win)
    assert win.panels["inspector"].heading.label.text() == "Netbeheer Rivierenland"


def test_undo_of_a_rename_brings_the_old_name_back_everywhere(win, qapp):
    pid = party_id(win, NAME)
    before = what_shows(win, pid)
    rename(win, NAME, "Netbeheer Rivierenland")
    win.document.undo_stack.undo()
    qapp.processEvents()
    assert what_shows(win, pid) == before


def stance_shown(win) -> str:
    return win.panels["inspector"].findChild(QComboBox, "stanceCombo").currentText()


def test_a_stance_edit_reaches_the_map_item_and_the_profile_and_undo_takes_it_back(win, qapp):
    pid = party_id(win, NAME)
    before, shown_before = what_shows(win, pid), stance_shown(win)
    win.document.apply("standpunt", lambda p: p.update("party", pid, stance=-2))
    qapp.processEvents()
    assert win.map_view.map_scene.parties[pid].brush_colour() == mapstyle.stance_colour(-2)
    assert stance_shown(win) == "-2  Sterk tegen" != shown_before
    win.document.undo_stack.undo()
    qapp.processEvents()
    assert what_shows(win, pid) == before and stance_shown(win) == shown_before


def test_the_profile_keeps_the_partys_needs_through_a_stance_edit(win, qapp):
    pid, other = party_id(win, NAME), party_id(win, OTHER)
    win.document.apply("nodig", lambda p: p.add(GiveTake(party_id=pid, kind="need", text="Ruimte voor een onderstation",
                                                         other_party_id=other)))
    win.document.apply("standpunt", lambda p: p.update("party", pid, stance=-2))
    qapp.processEvents()
    inspector = win.panels["inspector"]
    assert inspector.needs_edit.toPlainText() == f"• Ruimte voor een onderstation (van {OTHER})"
    model = inspector.give_take_editor.model
    assert [model.item(row).text for row in range(model.rowCount())] == ["Ruimte voor een onderstation"]


def test_the_profile_shows_a_renamed_other_party_in_the_needs_once_the_name_changes(win, qapp):
    pid, other = party_id(win, NAME), party_id(win, OTHER)
    win.document.apply("nodig", lambda p: p.add(GiveTake(party_id=pid, kind="need", text="Ruimte voor een onderstation",
                                                         other_party_id=other)))
    win.document.apply("beide", lambda p: p.update_many("party", {pid: {"name": "Netbeheer Rivierenland"},
                                                                  other: {"name": "Gemeente Rivierenland"}}))
    qapp.processEvents()
    assert win.panels["inspector"].needs_edit.toPlainText() == "• Ruimte voor een onderstation (van Gemeente Rivierenland)"
