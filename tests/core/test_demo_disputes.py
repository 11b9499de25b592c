"""The demo shows disputes, the give-and-take matrix in every state and follow-ups of every kind."""

from datetime import date

from samenwerk_desktop.core import disputes, followups, give_take
from samenwerk_desktop.core.audience import ROOM, project

TODAY = date(2026, 11, 26)


def test_an_open_dispute_at_the_mediation_step_with_two_steps_logged(demo_data):
    open_ = [d for d in demo_data.all("dispute") if d.status == "open" and len(disputes.steps_of(demo_data, d.id)) == 2]
    assert [disputes.step_name(demo_data, d.step) for d in open_] == ["Bemiddeling door de procesbegeleider"]


def test_a_resolved_dispute_with_its_resolution(demo_data):
    assert [d.resolution != "" for d in demo_data.all("dispute") if d.status == "resolved"] == [True]


def test_the_room_does_not_see_the_demos_facilitator_only_dispute(demo_data):
    hidden = [d.subject for d in demo_data.all("dispute") if d.visibility != "all"]
    seen = [d.subject for d in project(demo_data, ROOM).all("dispute")]
    assert hidden and not set(hidden) & set(seen)


def test_the_matrix_has_offered_promised_and_open_needs(demo_data):
    states = {s for c in give_take.matrix(demo_data).values() for _, s in c.needs}
    assert states == {give_take.OFFERED, give_take.PROMISED, give_take.OPEN}


def test_follow_ups_of_every_kind_and_a_vague_agreement(demo_data):
    assert {f.kind for f in followups.follow_ups(demo_data, TODAY)} == set(followups.KINDS)
    assert len(followups.sharp_findings(demo_data)) == 3
