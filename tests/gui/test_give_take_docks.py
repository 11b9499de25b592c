"""Tests of the window's give-and-take dock and the way to a dispute in one step."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from samenwerk_desktop.gui.dispute_form import DisputeForm
from samenwerk_desktop.gui.give_take_view import GiveTakeView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def win(small_window):
    small_window.give_take.today = lambda: date(2026, 3, 2)
    return small_window


def party_ids(win):
    return [p.id for p in win.document.data.parties]


def test_no_key_belongs_to_two_commands(win):
    keys = Counter(key for act in win.findChildren(QAction)
                   for key in {s.toString(QKeySequence.SequenceFormat.PortableText) for s in act.shortcuts()})
    assert [k for k, n in keys.items() if n > 1] == []


def test_view_menu_opens_the_give_and_take_dock_with_its_shortcut(win):
    act = win.give_take.dock.toggleViewAction()
    assert act in win.view_menu.actions()
    assert act.shortcut().toString() == "Ctrl+Shift+G"
    assert win.give_take.view is None  # closed: nothing built
    act.trigger()
    assert isinstance(win.give_take.dock.widget(), GiveTakeView)


def test_a_dispute_of_the_selected_parties_opens_its_form_in_one_step(win):
    a, b = party_ids(win)[:2]
    win.view_state.set_selection({a, b})
    win.give_take.action_dispute.trigger()
    [dispute] = win.document.data.all("dispute")
    assert (sorted(dispute.party_ids), dispute.since, dispute.subject) == (sorted([a, b]), "2026-03-02", "Nieuw geschil")
    [dialog] = win.give_take.forms
    assert dialog.isVisible()
    assert dialog.findChild(DisputeForm).dispute_id == dispute.id
    win.document.undo_stack.undo()
    assert win.document.data.all("dispute") == []


def test_a_dispute_needs_two_parties(win):
    shown = []
    win.document.errorOccurred.connect(shown.append)
    win.view_state.set_selection({party_ids(win)[0]})
    assert win.give_take.new_dispute() is None
    assert shown == ["Kies eerst twee of meer partijen (of een spanningsrelatie op de kaart) om een geschil "
                     "vast te leggen."]
    assert win.document.data.all("dispute") == []


def test_the_map_offers_a_dispute_on_a_tension_relation(win):
    data = win.document.data
    tension = next(r for r in data.relations if r.type == "tension")
    menu = win.map_view.map_scene.relation_menu(tension.id)
    [act] = [a for a in menu.actions() if a.text() == "Geschil vastleggen…"]
    act.trigger()
    [dispute] = win.document.data.all("dispute")
    assert sorted(dispute.party_ids) == sorted([tension.source_id, tension.target_id])


def test_a_coalition_relation_offers_no_dispute(win):
    coalition = next(r for r in win.document.data.relations if r.type == "coalition")
    menu = win.map_view.map_scene.relation_menu(coalition.id)
    assert "Geschil vastleggen…" not in [a.text() for a in menu.actions()]


def test_the_matrix_first_opens_across_the_window_under_the_panels(win, qtbot):
    win.give_take.dock.toggleViewAction().trigger()
    dock = win.give_take.dock
    assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea and not dock.isFloating()
    qtbot.waitUntil(lambda: dock.height() >= 0.4 * win.height() - 2)  # laid out in a later turn
    assert dock.width() >= 0.9 * win.width()  # not a column beside the profile


def test_where_the_user_put_the_matrix_is_kept_when_it_opens_again(win):
    act = win.give_take.dock.toggleViewAction()
    act.trigger()
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, win.give_take.dock)
    act.trigger()
    act.trigger()
    assert win.dockWidgetArea(win.give_take.dock) == Qt.DockWidgetArea.RightDockWidgetArea
