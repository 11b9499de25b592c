"""The demo project is a rich, realistic collaboration that shows every feature and every RACI finding."""

import re
from collections import Counter
from datetime import date

from samenwerk_desktop.core import give_take, meeting, model, raci, rounds

TODAY = date(2026, 11, 26)


def test_parties_of_every_kind_with_different_stances(demo_data):
    parties = demo_data.parties
    assert len(parties) >= 8
    kinds = {p.kind for p in parties}
    assert {"municipality", "province", "water_board", "grid_operator", "housing_corporation", "residents",
            "nature", "company"} <= kinds
    assert {p.stance for p in parties} == {-2, -1, 0, 1, 2}
    assert sum(p.must_consult_board for p in parties) >= 2
    assert sum(bool(p.private_note) for p in parties) >= 3
    for p in parties:
        assert p.position and p.interests and p.culture and p.experience and p.beliefs and p.mandate
        assert give_take.items_of(demo_data, p.id, "offer") and give_take.items_of(demo_data, p.id, "need")
        assert 1 <= len(demo_data.representatives_of(p.id)) <= 2
        assert -400 <= p.x <= 400 and -300 <= p.y <= 300
    assert len({(p.x, p.y) for p in parties}) == len(parties)


def test_relations_of_every_type(demo_data):
    types = Counter(r.type for r in demo_data.relations)
    assert set(types) == set(model.RELATION_TYPES)
    assert all(r.direction == "forward" for r in demo_data.relations if r.type == "dependency")


def test_working_groups_and_work_items(demo_data):
    groups = demo_data.working_groups
    assert 3 <= len(groups) <= 4
    assert {"steering_group", "scrum", "working_group"} <= {g.form for g in groups}
    assert all(g.lead_party_id and g.cadence for g in groups)
    assert len({g.decision_rule for g in groups}) >= 2
    assert len(demo_data.work_items) >= 10
    assert all(w.working_group_id for w in demo_data.work_items)


def test_raci_has_every_finding_but_is_mostly_sound(demo_data):
    findings = raci.findings_for(demo_data)
    assert {f.code for f in findings} == set(raci.CODES)
    troubled_rows = {f.work_item_id for f in findings if f.work_item_id}
    assert len(troubled_rows) <= len(demo_data.work_items) // 2


def test_agreements_in_every_status_with_one_overdue(demo_data):
    agreements = demo_data.agreements
    assert {a.status for a in agreements} == set(model.AGREEMENT_STATUSES)
    assert [a.text for a in agreements if not a.owner_party_id] == ["We delen onze planningen met elkaar."]  # to sharpen
    overdue = [a for a in agreements if a.overdue(TODAY)]
    assert len(overdue) == 1 and overdue[0].review_date == "2026-09-01"
    assert any(a.review_date.startswith("2027") for a in agreements)
    assert any(a.meeting_id for a in agreements) and any(len(a.party_ids) > 1 for a in agreements)


def test_decisions_dilemmas_and_meetings(demo_data):
    decisions = demo_data.decisions
    assert len({d.rule for d in decisions}) >= 3
    assert len({d.outcome for d in decisions}) >= 3
    assert {s for d in decisions for s in d.ratifications.values()} == set(model.RATIFICATION_STATES)
    assert any(d.meeting_id for d in decisions)
    dilemmas = demo_data.dilemmas
    assert len(dilemmas) >= 3 and len({d.strategy for d in dilemmas}) >= 3
    meetings = demo_data.meetings
    assert len(meetings) == 3
    for m in meetings:
        assert m.attendee_ids and m.notes
        assert demo_data.agenda_of(m.id) and all(a.minutes > 0 for a in demo_data.agenda_of(m.id))
        assert demo_data.actions_of(m.id) and all(a.owner_party_id and a.due_date for a in demo_data.actions_of(m.id))
        assert demo_data.parking_of(m.id)


def test_demo_text_is_dutch_without_placeholders(demo_doc):
    text = str(demo_doc).lower()
    for word in ("lorem", "ipsum", "foo", "bar baz", "todo", "xxx", "test"):
        assert not re.search(rf"\b{re.escape(word)}\b", text), word
    assert "waar" in text and "gemeente" in text


def test_the_demo_shows_a_meeting_that_was_run(demo_data):
    closed = [m for m in demo_data.meetings if m.status == "closed"]
    assert len(closed) == 2 and meeting.current_meeting(demo_data) is None
    last = closed[-1]
    assert {line.status for line in meeting.attendance_of(demo_data, last.id)} == {"present", "proxy"}
    assert all(a.start and a.state == "done" for a in meeting.clock_times(demo_data, last.id))
    carried = [a for a in demo_data.entities["action_item"].values() if a.origin_meeting_id == last.id]
    assert carried and all(a.meeting_id != last.id and a.status == "open" for a in carried)


def test_the_demo_has_a_consent_round_whose_objection_an_amendment_resolved_and_a_majority_vote(demo_data):
    consent = next(d for d in demo_data.decisions if d.rule == "consent" and len(rounds.rounds_of(demo_data, d.id)) == 2)
    first, second = (rounds.round_view(demo_data, r.id) for r in rounds.rounds_of(demo_data, consent.id))
    objection = next(line for line in first.lines if line.answer == "objection")
    assert objection.reason and objection.resolved_by == second.text
    assert (second.proposed, second.confirmed, consent.outcome) == ("adopted", "adopted", "adopted")
    vote = next(d for d in demo_data.decisions if d.rule == "majority")
    (only,) = rounds.rounds_of(demo_data, vote.id)
    assert rounds.proposed_outcome(demo_data, only.id) == vote.outcome == "rejected"
    assert rounds.awaiting_ratification(demo_data)


def test_the_demo_shows_two_states_in_which_parties_moved_with_reasons(demo_data):
    from samenwerk_desktop.core import movement

    states = movement.states(demo_data)
    assert [demo_data.get("meeting", s.meeting_id).status for s in states] == ["closed", "closed"]
    found = movement.latest_comparison(demo_data)
    moved = [m for m in found.parties if m.status == "changed"]
    assert len(moved) >= 3 and all(m.after.reason for m in moved)
    assert any(m.status == "changed" and "type" in m.fields for m in found.relations)


def test_the_demo_has_a_check_in_both_closed_meetings(demo_data):
    from samenwerk_desktop.core import scan

    checks = scan.scans(demo_data)
    assert [demo_data.get("meeting", c.meeting_id).status for c in checks] == ["closed", "closed"]
    assert all(scan.results(demo_data, c.id)[0].count == len(demo_data.parties) for c in checks)
