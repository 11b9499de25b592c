"""Rounds of a decision: every rule's proposed outcome from every combination of answers and weights, and confirming it."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samenwerk_desktop.core import errors, meeting, rounds, storage
from samenwerk_desktop.core.model import (
    Amendment,
    Collaboration,
    Decision,
    Meeting,
    Party,
    Representative,
    WorkingGroup,
)
from samenwerk_desktop.core.rounds import Vote, propose
from samenwerk_desktop.core.session import Session

CONSENT = ("consent", "stand_aside", "objection", "block")
MAJORITY = ("for", "against", "abstain")
CONSENSUS = ("agree", "reservations", "disagree")


def consent_votes():
    """Every combination of up to three consent answers, objections resolved or not."""
    for n in range(1, 4):
        for answers in itertools.product(CONSENT, repeat=n):
            for resolved in itertools.product((False, True), repeat=n):
                yield [Vote(a, 1, r) for a, r in zip(answers, resolved, strict=True)]


@pytest.mark.parametrize("votes", list(consent_votes()))
def test_consent_is_adopted_exactly_when_no_objection_or_block_remains_unresolved(votes):
    open_block = any(v.answer == "block" and not v.resolved for v in votes)
    open_objection = any(v.answer == "objection" and not v.resolved for v in votes)
    expected = "rejected" if open_block else "pending" if open_objection else "adopted"
    assert propose("consent", votes) == expected


majority_votes = st.lists(st.tuples(st.sampled_from(MAJORITY), st.integers(0, 20)), min_size=1, max_size=8)


@given(majority_votes)
def test_majority_is_adopted_when_the_weighted_for_exceeds_the_weighted_against(pairs):
    votes = [Vote(a, w) for a, w in pairs]
    yes = sum(w for a, w in pairs if a == "for")
    no = sum(w for a, w in pairs if a == "against")
    assert propose("majority", votes) == ("adopted" if yes > no else "rejected")


@given(majority_votes, st.integers(0, 20))
def test_an_abstention_never_changes_a_majority_outcome(pairs, weight):
    votes = [Vote(a, w) for a, w in pairs]
    assert propose("majority", [*votes, Vote("abstain", weight)]) == propose("majority", votes)


@given(majority_votes, st.integers(1, 5))
def test_scaling_every_weight_keeps_the_majority_outcome(pairs, factor):
    assert propose("majority", [Vote(a, w * factor) for a, w in pairs]) == propose("majority", [Vote(a, w) for a, w in pairs])


@pytest.mark.parametrize(("pairs", "expected"), [
    ([("for", 1), ("against", 1)], "rejected"),  # a tie is not adopted
    ([("for", 2), ("against", 1), ("against", 1)], "rejected"),
    ([("for", 3), ("against", 1), ("against", 1)], "adopted"),
    ([("abstain", 1), ("abstain", 4)], "rejected"),
    ([("for", 1), ("abstain", 9)], "adopted"),
])
def test_majority_weighs_each_partys_vote(pairs, expected):
    assert propose("majority", [Vote(a, w) for a, w in pairs]) == expected


@pytest.mark.parametrize("answers", [list(c) for n in range(1, 4) for c in itertools.product(CONSENSUS, repeat=n)])
def test_consensus_is_adopted_when_nobody_disagrees(answers):
    expected = "rejected" if "disagree" in answers else "adopted"
    assert propose("consensus", [Vote(a) for a in answers]) == expected


@pytest.mark.parametrize("rule", ["lead_after_consultation", "other"])
@pytest.mark.parametrize("answers", [["agree"], ["disagree", "reservations"], ["objection"]])
def test_the_lead_and_other_rules_propose_nothing(rule, answers):
    assert propose(rule, [Vote(a) for a in answers]) is None


@pytest.mark.parametrize("rule", ["consent", "majority", "consensus"])
def test_no_answers_of_the_rules_own_kind_propose_nothing(rule):
    foreign = {"consent": "for", "majority": "agree", "consensus": "block"}[rule]
    assert propose(rule, []) is None
    assert propose(rule, [Vote(foreign)]) is None


@pytest.fixture
def session(tmp_path):
    project = storage.Project.create(tmp_path / "ronde.samenwerk", Collaboration(title="Warm en Droog"))
    project.add(Party(name="Gemeente", vote_weight=2))
    project.add(Party(name="Provincie", must_consult_board=True))
    project.add(Party(name="Waterschap", must_consult_board=True))
    project.add(Representative(party_id=2, name="Ans de Vries"))
    project.add(Meeting(date="2026-03-31", title="Stuurgroep", attendee_ids=[1, 2]))
    project.add(Decision(title="Warmtenet", text="Wij kiezen het warmtenet.", meeting_id=1))
    s = Session(project)
    yield s
    project.close()


def run(session, steps):
    for step in steps:
        session.run(step)


def test_a_round_asks_the_parties_attending_and_fills_in_who_answers(session):
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    run(session, rounds.answer_steps(session.data, rnd, 2, answer="consent"))
    view = rounds.round_view(session.data, rnd)
    assert [(line.party, line.answer, line.given_by) for line in view.lines] == [
        ("Gemeente", "", ""), ("Provincie", "consent", "Ans de Vries")]
    assert (view.number, view.text, view.proposed) == (1, "Wij kiezen het warmtenet.", "adopted")


def test_an_objection_without_a_reason_is_refused(session):
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    with pytest.raises(errors.ValidationError) as info:
        run(session, rounds.answer_steps(session.data, rnd, 1, answer="objection"))
    assert "reden" in str(info.value)


def test_an_amendment_resolves_an_objection_and_the_next_round_proposes_its_text(session):
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    run(session, rounds.answer_steps(session.data, rnd, 1, answer="objection", reason="Te duur"))
    assert rounds.proposed_outcome(session.data, rnd) == "pending"
    amend = session.run(lambda p: p.add(Amendment(round_id=rnd, text="Warmtenet, in twee fasen."))).ids[0]
    run(session, rounds.answer_steps(session.data, rnd, 1, amendment_id=amend))
    assert rounds.round_view(session.data, rnd).lines[0].resolved_by == "Warmtenet, in twee fasen."
    second = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    assert session.data.get("round", second).text == "Warmtenet, in twee fasen."
    assert [r.id for r in rounds.rounds_of(session.data, 1)] == [rnd, second]


def test_the_proposal_never_changes_the_decision_until_it_is_confirmed(session):
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    run(session, rounds.answer_steps(session.data, rnd, 1, answer="consent"))
    assert session.data.get("decision", 1).outcome == "pending"
    run(session, rounds.confirm_steps(session.data, rnd, "adopted"))
    decision = session.data.get("decision", 1)
    assert (decision.outcome, decision.date, session.data.get("round", rnd).outcome) == (
        "adopted", "2026-03-31", "adopted")


def test_adopting_sets_pending_ratification_for_parties_that_must_consult_their_board(session):
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    run(session, rounds.confirm_steps(session.data, rnd, "adopted"))
    assert session.data.get("decision", 1).ratifications == {2: "pending"}  # the Waterschap was absent
    assert [(d.title, names) for d, names in rounds.awaiting_ratification(session.data)] == [
        ("Warmtenet", ["Provincie"])]


def test_majority_in_a_round_uses_the_partys_vote_weight(session):
    run(session, [lambda p: p.update("decision", 1, rule="majority")])
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    run(session, rounds.answer_steps(session.data, rnd, 1, answer="for"))
    run(session, rounds.answer_steps(session.data, rnd, 2, answer="against"))
    assert rounds.proposed_outcome(session.data, rnd) == "adopted"  # 2 against 1


def test_the_lead_is_the_working_groups_unless_the_decision_names_one(session):
    gid = session.run(lambda p: p.add(WorkingGroup(name="Warmte", lead_party_id=3))).ids[0]
    run(session, [lambda p: p.update("decision", 1, working_group_id=gid)])
    assert rounds.decision_lead(session.data, session.data.get("decision", 1)) == 3
    run(session, [lambda p: p.update("decision", 1, lead_party_id=1)])
    assert rounds.decision_lead(session.data, session.data.get("decision", 1)) == 1


def test_a_rounds_answers_go_when_its_decision_is_deleted_and_come_back_on_undo(session):
    rnd = session.run(lambda p: p.add(rounds.new_round(session.data, 1))).ids[0]
    run(session, rounds.answer_steps(session.data, rnd, 1, answer="consent"))
    change = session.run(lambda p: p.delete("decision", 1))
    assert session.data.entities["answer"] == {} and session.data.entities["round"] == {}
    session.revert(change)
    assert [a.answer for a in rounds.answers_of(session.data, rnd)] == ["consent"]
    assert meeting.voting_parties(session.data, 1) == [1, 2]
