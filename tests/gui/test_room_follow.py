"""Volg selectie: a party selected in the main window is marked in every view of the room, and only while it is on."""

from __future__ import annotations

import pytest
from panel_data import build_realistic

from samenwerk_desktop.gui.main_window import MainWindow
from samenwerk_desktop.gui.room.views import MARK
from samenwerk_desktop.reports.collaboration_report import abbreviations


@pytest.fixture
def win(qtbot, tmp_path):
    """The main window over the realistic project, with the room's window made (at 1280×720)."""
    path = tmp_path / "wijk.samenwerk"
    build_realistic(path).close()
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    window.remember = False
    assert window.open_file(path)
    window.room.ensure_window()
    window.room.audience.resize(1280, 720)
    yield window
    window.room.close()


def marked(win) -> list[str]:
    """The lines the room sees marked, without the mark."""
    lines = win.room.audience.text.plain_text().replace("\u2028", "\n").split("\n")
    return [line.removeprefix(MARK) for line in lines if line.startswith(MARK)]


def show(win, view: str, party_id: int) -> list[str]:
    """Select the party on the laptop with volg selectie on, show the view in the room: what is marked."""
    win.room.set_follow(True)
    win.view_state.set_selection({party_id})
    win.room.audience.set_view(view)
    return marked(win)


def test_the_raci_view_marks_the_partys_column_and_the_rows_where_it_holds_a_role(win):
    data = win.room.projected.data
    pid = next(p.id for p in data.parties if any(k[1] == p.id for k in data.raci))
    lines = show(win, "raci", pid)
    rows = {w.title for w in data.work_items if data.roles(w.id, pid)}
    assert rows and rows <= set(lines)
    with_roles = [p for p in data.parties if any(k[1] == p.id for k in data.raci)]
    assert abbreviations(with_roles)[pid] in lines  # the column's heading


def test_the_agreements_view_marks_the_agreements_the_party_owns(win):
    data = win.room.projected.data
    pid = data.agreements[0].owner_party_id
    assert show(win, "agreements", pid) == [a.text for a in data.agreements if a.owner_party_id == pid]


def test_the_decisions_view_marks_the_decisions_the_party_ratifies(win):
    data = win.room.projected.data
    pid = next(iter(data.decisions[0].ratifications))
    assert show(win, "decisions", pid) == [d.title for d in data.decisions if pid in d.ratifications]


def test_the_dilemmas_view_marks_the_partys_dilemmas(win):
    data = win.room.projected.data
    dilemma = data.dilemmas[0]
    assert show(win, "dilemmas", dilemma.party_id) == [
        f"{d.title} ({data.party_name(d.party_id)})" for d in data.dilemmas if d.party_id == dilemma.party_id]


def test_the_agenda_view_marks_the_items_the_party_brings_in(win):
    data = win.room.projected.data
    items = data.agenda_of(data.meetings[0].id)
    owned = next(i for i in items if i.owner_party_id)
    lines = show(win, "agenda", owned.owner_party_id)
    assert [line.split(" (")[0] for line in lines] == [
        f"{n}. {i.title}" for n, i in enumerate(items, 1) if i.owner_party_id == owned.owner_party_id]


def test_the_map_selects_the_party_for_the_room(win):
    pid = win.room.projected.data.parties[0].id
    show(win, "map", pid)
    assert win.room.audience.map_view.map_scene.parties[pid].isSelected()


@pytest.mark.parametrize("view", ["raci", "agreements", "decisions", "dilemmas", "agenda"])
def test_switching_volg_selectie_off_takes_the_marks_away(win, view):
    data = win.room.projected.data
    pid = data.agreements[0].owner_party_id
    for party in data.parties:  # a party that appears in this view
        pid = party.id
        if show(win, view, pid):
            break
    assert marked(win), "some party must be marked in this view"
    win.room.action_follow.trigger()
    assert not win.room.follow_selection
    assert marked(win) == []


def test_the_map_loses_the_selection_when_volg_selectie_is_off(win):
    pid = win.room.projected.data.parties[0].id
    show(win, "map", pid)
    win.room.set_follow(False)
    assert not win.room.audience.map_view.map_scene.parties[pid].isSelected()


def test_a_new_selection_on_the_laptop_moves_the_mark(win):
    data = win.room.projected.data
    first, second = (d.party_id for d in data.dilemmas[:2])
    show(win, "dilemmas", first)
    win.view_state.set_selection({second})
    assert marked(win) == [f"{d.title} ({data.party_name(d.party_id)})" for d in data.dilemmas if d.party_id == second]
