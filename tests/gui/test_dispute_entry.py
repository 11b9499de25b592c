"""A dispute in one step from a dilemma, and a party's disputes in its profile (opening their form)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

from samenwerk_desktop.core.model import Dilemma, Dispute, Relation
from samenwerk_desktop.gui.dispute_form import DisputeForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def win(small_window):
    small_window.give_take.today = lambda: date(2026, 3, 2)
    return small_window


def parties(win):
    return [p.id for p in win.document.data.parties]


def add_dilemma(win, title="Eigen begroting of de wijk", tension=True):
    a, b = parties(win)[:2]
    doc = win.document
    if tension:
        doc.apply("spanning", lambda p: p.add(Relation(source_id=b, target_id=a, type="tension")))
    did = doc.apply("dilemma", lambda p: p.add(Dilemma(party_id=a, title=title))).ids[0]
    panel = win.panels["agreements"]
    panel.sections["dilemma"].select(did)
    return panel, did


def test_a_dilemma_becomes_a_dispute_in_one_step_and_its_form_opens(win):
    panel, did = add_dilemma(win)
    a, b = parties(win)[:2]
    steps = win.document.undo_stack.count()
    button = panel.findChild(QPushButton, "dilemmaDisputeButton")
    assert button.text() == "Geschil vastleggen" and button.isEnabled()
    button.click()
    [dispute] = win.document.data.all("dispute")
    assert (dispute.subject, dispute.party_ids, dispute.since) == ("Eigen begroting of de wijk", [a, b], "2026-03-02")
    assert win.document.undo_stack.count() == steps + 1
    [dialog] = win.give_take.forms
    assert dialog.isVisible() and dialog.findChild(DisputeForm).dispute_id == dispute.id
    win.document.undo_stack.undo()
    assert win.document.data.all("dispute") == []


def test_the_dilemmas_menu_offers_the_dispute(win):
    panel, _ = add_dilemma(win)
    [act] = [a for a in panel.dilemma_dispute.menu().actions() if a.text() == "Geschil vastleggen…"]
    act.trigger()
    assert len(win.document.data.all("dispute")) == 1


def test_a_dilemma_without_a_counterpart_asks_for_one_and_records_nothing(win):
    shown = []
    win.document.errorOccurred.connect(shown.append)
    panel, _ = add_dilemma(win, title="Alleen", tension=False)
    win.view_state.set_selection(set())
    panel.sections["dilemma"].select(panel.sections["dilemma"].current())
    panel.dilemma_dispute.record()
    assert shown == ["Het dilemma 'Alleen' heeft nog geen tegenpartij: leg een spanningsrelatie met die partij op "
                     "de kaart, of kies haar erbij, en probeer het opnieuw."]
    assert win.document.data.all("dispute") == []


def test_without_a_dilemma_chosen_the_button_is_off(win):
    panel = win.panels["agreements"]
    panel.sections["dilemma"].view.clearSelection()
    panel.sections["dilemma"].view.setCurrentIndex(panel.sections["dilemma"].view.model().index(-1, -1))
    assert not panel.findChild(QPushButton, "dilemmaDisputeButton").isEnabled()


def show_party(win, pid):
    win.view_state.set_selection({pid})
    return win.panels["inspector"].party_disputes


def test_the_profile_lists_the_partys_disputes_open_first_with_their_step(win):
    a, b, c = parties(win)[:3]
    doc = win.document
    doc.apply("g", lambda p: p.add(Dispute(subject="Kostenverdeling", party_ids=[a, b], status="resolved",
                                           since="2026-01-05")))
    doc.apply("g", lambda p: p.add(Dispute(subject="Tracé warmtenet", party_ids=[b, a], step=1, since="2026-02-01")))
    doc.apply("g", lambda p: p.add(Dispute(subject="Elders", party_ids=[b, c])))
    widget = show_party(win, a)
    assert widget.rows() == [("Tracé warmtenet", "Bemiddeling door de procesbegeleider", "Open"),
                             ("Kostenverdeling", "Bilateraal gesprek tussen de vertegenwoordigers", "Opgelost")]


def test_the_profiles_disputes_follow_a_new_dispute_and_a_resolution(win):
    a, b = parties(win)[:2]
    widget = show_party(win, a)
    assert widget.rows() == [] and widget.empty.isVisibleTo(widget)
    did = win.document.apply("g", lambda p: p.add(Dispute(subject="Tracé", party_ids=[a, b]))).ids[0]
    assert widget.rows() == [("Tracé", "Bilateraal gesprek tussen de vertegenwoordigers", "Open")]
    win.document.apply("opgelost", lambda p: p.update("dispute", did, status="resolved"))
    assert widget.rows()[0][2] == "Opgelost"
    assert not widget.empty.isVisibleTo(widget)


@pytest.mark.qt_log_level_fail("CRITICAL")  # offscreen: "This plugin does not support raise()"
def test_a_double_click_in_the_profile_opens_the_disputes_form_once(win):
    a, b = parties(win)[:2]
    did = win.document.apply("g", lambda p: p.add(Dispute(subject="Tracé", party_ids=[a, b]))).ids[0]
    widget = show_party(win, a)
    widget.table.cellDoubleClicked.emit(0, 0)
    [dialog] = win.give_take.forms
    assert dialog.findChild(DisputeForm).dispute_id == did
    widget.table.selectRow(0)
    widget.open_button.click()
    assert win.give_take.forms == [dialog]  # the open form comes to the front
