"""Disputes: the dispute procedure in order, steps logged, and who may see a dispute in the room's projection."""

import dataclasses

import pytest

from samenwerk_desktop.core import disputes
from samenwerk_desktop.core.audience import FACILITATOR, PARTY, ROOM, project, project_change
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import Collaboration, Dispute, DisputeStep, Party, Relation
from samenwerk_desktop.core.storage import Change, apply_change


def collaboration(visibility="facilitator", procedure=()):
    data = CollaborationData(collaboration=Collaboration(title="Maasoever", dispute_procedure=list(procedure)))
    for i, name in enumerate(("Gemeente", "Netbeheerder", "Bewoners"), start=1):
        data.entities["party"][i] = Party(id=i, name=name)
    data.entities["dispute"][1] = Dispute(id=1, subject="Kostenverdeling", party_ids=[1, 2], since="2026-09-01",
                                          visibility=visibility)
    data.entities["dispute_step"][1] = DisputeStep(id=1, dispute_id=1, step=0, date="2026-09-10",
                                                   who="Wethouder", what="Gesprek", outcome="Geen akkoord")
    return data


def test_the_default_procedure_is_the_dutch_one_in_order():
    assert disputes.procedure(collaboration()) == [
        "Bilateraal gesprek tussen de vertegenwoordigers", "Bemiddeling door de procesbegeleider",
        "Bespreking in de stuurgroep", "Voorleggen aan de besturen van de partijen", "Externe mediator"]


def test_the_collaborations_own_procedure_replaces_the_default():
    data = collaboration(procedure=["Gesprek", "Stuurgroep"])
    assert disputes.procedure(data) == ["Gesprek", "Stuurgroep"]
    assert disputes.step_name(data, 1) == "Stuurgroep"


@pytest.mark.parametrize(("step", "following"), [(0, 1), (3, 4), (4, None)])
def test_a_dispute_advances_one_step_at_a_time_and_stops_at_the_last(step, following):
    data = collaboration()
    assert disputes.next_step(data, dataclasses.replace(data.get("dispute", 1), step=step)) == following


def test_a_logged_step_is_at_the_current_step_after_the_earlier_ones():
    data = collaboration()
    step = disputes.log_step(data, dataclasses.replace(data.get("dispute", 1), step=1), date="2026-10-01",
                             who="Procesbegeleider", what="Bemiddelingsgesprek", outcome="Voorstel")
    assert (step.dispute_id, step.step, step.sort_order) == (1, 1, 1)


def test_open_disputes_mark_each_pair_of_parties_involved():
    data = collaboration()
    data.entities["dispute"][1].party_ids = [1, 2, 3]
    assert disputes.open_between(data) == {frozenset((1, 2)), frozenset((1, 3)), frozenset((2, 3))}


def test_a_pair_mark_sits_on_the_pairs_tension_rather_than_another_relation():
    data = collaboration()
    data.entities["relation"][1] = Relation(id=1, source_id=2, target_id=1, type="coalition")
    data.entities["relation"][2] = Relation(id=2, source_id=1, target_id=2, type="tension")
    data.entities["dispute"][2] = Dispute(id=2, subject="Tracé", party_ids=[2, 1], visibility="all")
    assert disputes.pair_marks(data) == [disputes.PairMark((1, 2), 2, ("Kostenverdeling", "Tracé"), False)]


@pytest.mark.parametrize(("status", "visibility", "marks"), [
    ("open", "facilitator", [disputes.PairMark((1, 2), None, ("Kostenverdeling",), True)]),
    ("open", "involved", [disputes.PairMark((1, 2), None, ("Kostenverdeling",), False)]),
    ("resolved", "all", []),
])
def test_pair_marks_are_of_open_disputes_and_tell_the_facilitators_own(status, visibility, marks):
    data = collaboration(visibility)
    data.entities["dispute"][1].status = status
    assert disputes.pair_marks(data) == marks


@pytest.mark.parametrize(("visibility", "who", "seen"), [
    ("facilitator", FACILITATOR, True), ("facilitator", ROOM, False), ("facilitator", PARTY(1), False),
    ("involved", ROOM, False), ("involved", PARTY(1), True), ("involved", PARTY(3), False),
    ("all", ROOM, True), ("all", PARTY(3), True),
])
def test_a_dispute_and_its_steps_exist_only_for_who_may_see_it(visibility, who, seen):
    view = project(collaboration(visibility), who)
    assert (1 in view.entities["dispute"], 1 in view.entities["dispute_step"]) == (seen, seen)


def test_a_step_added_to_a_hidden_dispute_does_not_reach_the_room():
    data = collaboration("facilitator")
    step = DisputeStep(id=2, dispute_id=1, step=1, what="Bemiddeling")
    change = Change(kind="dispute_step", action="add", ids=(2,), entities_before={("dispute_step", 2): None},
                    entities_after={("dispute_step", 2): step})
    apply_change(data, change)
    seen = project_change(change, data, ROOM)
    assert seen.entities_after == {("dispute_step", 2): None}


def test_a_dispute_made_public_brings_its_steps_to_the_room():
    data = collaboration("facilitator")
    data.entities["dispute"][1] = dataclasses.replace(data.get("dispute", 1), visibility="all")
    change = Change(kind="dispute", action="update", ids=(1,), fields=("visibility",),
                    before={1: {"visibility": "facilitator"}}, after={1: {"visibility": "all"}})
    seen = project_change(change, data, ROOM)
    assert set(seen.entities_after) == {("dispute", 1), ("dispute_step", 1)}


def test_a_tension_relation_opens_a_dispute_between_its_parties():
    from samenwerk_desktop.core.model import Relation

    data = collaboration()
    found = disputes.from_relation(data, Relation(id=1, source_id=2, target_id=1, type="tension", note="Tracé"),
                                   since="2026-11-01")
    assert (found.subject, found.party_ids, found.since, found.visibility) == ("Tracé", [2, 1], "2026-11-01",
                                                                               "facilitator")


def test_a_dilemma_opens_a_dispute_with_the_parties_it_is_in_tension_with():
    from samenwerk_desktop.core.model import Dilemma, Relation

    data = collaboration()
    data.entities["relation"][1] = Relation(id=1, source_id=3, target_id=1, type="tension")
    data.entities["relation"][2] = Relation(id=2, source_id=1, target_id=2, type="coalition")
    found = disputes.from_dilemma(data, Dilemma(id=1, party_id=1, title="Eigen begroting"))
    assert (found.subject, found.party_ids) == ("Eigen begroting", [1, 3])
