"""The dispute form: steps logged in order, the next step, the resolution, who may see it; each one undo step."""

from datetime import date

import pytest

from samenwerk_desktop.core import disputes
from samenwerk_desktop.core.model import Party, Relation
from samenwerk_desktop.gui.dispute_form import DisputeForm


@pytest.fixture
def form(qtbot, leeg_doc):
    p = leeg_doc.project
    a, b = (p.add(Party(name=n)).ids[0] for n in ("Gemeente Maasoever", "Groene Uiterwaarden"))
    relation = Relation(id=1, source_id=b, target_id=a, type="tension", note="Tracé door de uiterwaarden")
    leeg_doc.reload()
    change = leeg_doc.apply("Geschil", lambda pr: pr.add(disputes.from_relation(leeg_doc.data, relation)))
    widget = DisputeForm(leeg_doc, change.ids[0], today=lambda: date(2026, 11, 12))
    qtbot.addWidget(widget)
    return widget


def test_a_dispute_opened_from_a_tension_relation_starts_at_the_first_step(form):
    assert form.step_label.text() == "Bilateraal gesprek tussen de vertegenwoordigers (stap 1 van 5)"
    assert "Tracé door de uiterwaarden" in form.header.text()


def test_a_logged_step_shows_in_the_log_at_the_current_step(form):
    form.advance()
    form.who.setText("Procesbegeleider")
    form.what.setText("Bemiddelingsgesprek")
    form.outcome.setText("Veldwandeling afgesproken")
    assert form.log_step()
    row = [form.log.item(0, c).text() for c in range(5)]
    assert row == ["12-11-2026", "Bemiddeling door de procesbegeleider", "Procesbegeleider", "Bemiddelingsgesprek",
                   "Veldwandeling afgesproken"]
    assert form.who.text() == ""


def test_the_last_step_cannot_be_passed(form):
    while form.advance():
        pass
    assert form.step_label.text() == "Externe mediator (stap 5 van 5)"
    assert not form.next_button.isEnabled()


def test_a_resolution_closes_the_dispute_and_undo_reopens_it(form):
    form.resolution.setText("Alternatief tracé langs de dijk.")
    assert form.resolve()
    assert (form.dispute.status, form.dispute.resolution) == ("resolved", "Alternatief tracé langs de dijk.")
    form.document.undo_stack.undo()
    assert form.dispute.status == "open"


def test_the_visibility_is_chosen_in_the_form(form):
    assert form.dispute.visibility == "facilitator"
    form.visibility.setCurrentIndex(2)
    form.visibility.activated.emit(2)
    assert form.dispute.visibility == "all"
