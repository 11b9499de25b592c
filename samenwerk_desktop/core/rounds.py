"""Rounds of a decision without Qt: the answers per party, the rule's proposed outcome, and its confirmation.

The proposed outcome never changes a decision by itself: ``confirm_steps`` does, when the facilitator
confirms it (or sets another outcome). The room's screen shows what ``round_view`` returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.meeting import Step, attendance_of, voting_parties
from samenwerk_desktop.core.model import ANSWERS, DECISION_OUTCOMES, DECISION_RULES, Answer, Decision, Round

#: Answers that stand in the way of consent until an amendment resolves them.
OBJECTIONS = frozenset({"objection", "block"})


@dataclass(frozen=True)
class Vote:
    """One answer as the rules see it: what was answered, the party's weight, and whether an amendment
    resolved it (objections only)."""

    answer: str
    weight: int = 1
    resolved: bool = False


def propose(rule: str, votes: Iterable[Vote]) -> str | None:
    """The outcome a rule proposes from the answers given, or None when the rule proposes nothing.

    - consent: adopted when no objection or block remains unresolved; an unresolved block rejects it,
      an unresolved objection leaves it pending (amend and hold the round again);
    - majority: adopted when the weighted *for* exceeds the weighted *against* (abstentions do not count;
      a tie is not adopted: rejected);
    - consensus: adopted when nobody disagrees, else rejected;
    - lead decides after consultation, other: no proposal (the answers are advice).
    Without any answer of the rule's own kind nothing is proposed.
    """
    votes = list(votes)
    if rule == "consent":
        own = [v for v in votes if v.answer in ("consent", "stand_aside", "objection", "block")]
        if not own:
            return None
        if any(v.answer == "block" and not v.resolved for v in own):
            return "rejected"
        if any(v.answer == "objection" and not v.resolved for v in own):
            return "pending"
        return "adopted"
    if rule == "majority":
        own = [v for v in votes if v.answer in ("for", "against", "abstain")]
        if not own:
            return None
        yes = sum(v.weight for v in own if v.answer == "for")
        no = sum(v.weight for v in own if v.answer == "against")
        return "adopted" if yes > no else "rejected"
    if rule == "consensus":
        own = [v for v in votes if v.answer in ("agree", "reservations", "disagree")]
        if not own:
            return None
        return "rejected" if any(v.answer == "disagree" for v in own) else "adopted"
    return None


def rounds_of(data: CollaborationData, decision_id: int) -> list[Round]:
    """A decision's rounds, oldest first."""
    return sorted((r for r in data.entities["round"].values() if r.decision_id == decision_id),
                  key=lambda r: (r.sort_order, r.id))


def answers_of(data: CollaborationData, round_id: int) -> list[Answer]:
    """A round's answers in party order."""
    order = {p.id: i for i, p in enumerate(data.parties)}
    return sorted((a for a in data.entities["answer"].values() if a.round_id == round_id),
                  key=lambda a: (order.get(a.party_id, len(order)), a.id))


def amendments_of(data: CollaborationData, round_id: int) -> list:
    return sorted((a for a in data.entities["amendment"].values() if a.round_id == round_id),
                  key=lambda a: (a.sort_order, a.id))


def votes_of(data: CollaborationData, round_id: int) -> list[Vote]:
    out = []
    for a in answers_of(data, round_id):
        party = data.get("party", a.party_id)
        out.append(Vote(a.answer, party.vote_weight if party else 1, a.amendment_id is not None))
    return out


def proposed_outcome(data: CollaborationData, round_id: int) -> str | None:
    """The outcome the decision's rule proposes for a round, from its answers and the parties' weights."""
    rnd = data.get("round", round_id)
    decision = data.get("decision", rnd.decision_id)
    return propose(decision.rule, votes_of(data, round_id))


def decision_lead(data: CollaborationData, decision: Decision) -> int | None:
    """The party that leads a decision: named on it, else its working group's lead."""
    if decision.lead_party_id is not None:
        return decision.lead_party_id
    group = data.get("working_group", decision.working_group_id)
    return group.lead_party_id if group else None


@dataclass(frozen=True)
class AnswerLine:
    """One party's line in a round as the room and the report show it."""

    party_id: int
    party: str
    answer: str  # "" while the party has not answered
    answer_text: Msg | None
    given_by: str
    reason: str
    resolved_by: str  # the amendment's text that resolved an objection
    weight: int


@dataclass(frozen=True)
class RoundView:
    """A round: the decision, its rule, the proposal, each party's answer, the proposed outcome."""

    round_id: int
    number: int
    decision: str
    rule: str
    rule_text: Msg
    text: str
    lines: list[AnswerLine]
    proposed: str | None
    proposed_text: Msg | None
    confirmed: str
    amendments: list[str]


def round_view(data: CollaborationData, round_id: int) -> RoundView:
    """Everything the room sees of a round, every voting party in order (those yet to answer too)."""
    rnd = data.get("round", round_id)
    decision = data.get("decision", rnd.decision_id)
    given = {a.party_id: a for a in answers_of(data, round_id)}
    parties = voting_parties(data, rnd.meeting_id)
    parties += [pid for pid in given if pid not in parties]
    lines = []
    for pid in parties:
        party = data.get("party", pid)
        a = given.get(pid)
        amendment = data.get("amendment", a.amendment_id) if a else None
        lines.append(AnswerLine(pid, party.name, a.answer if a else "", ANSWERS.get(a.answer) if a else None,
                                a.given_by if a else "", a.reason if a else "",
                                amendment.text if amendment else "", party.vote_weight))
    number = [r.id for r in rounds_of(data, decision.id)].index(round_id) + 1
    proposed = proposed_outcome(data, round_id)
    return RoundView(round_id, number, decision.title, decision.rule, DECISION_RULES[decision.rule], rnd.text,
                     lines, proposed, DECISION_OUTCOMES.get(proposed) if proposed else None, rnd.outcome,
                     [a.text for a in amendments_of(data, round_id)])


def new_round(data: CollaborationData, decision_id: int, meeting_id: int | None = None,
              agenda_item_id: int | None = None) -> Round:
    """The next round of a decision: the proposal is the last amendment's text, else the last round's, else
    the decision's own text."""
    decision = data.get("decision", decision_id)
    earlier = rounds_of(data, decision_id)
    text = decision.text or decision.title
    if earlier:
        amended = amendments_of(data, earlier[-1].id)
        text = amended[-1].text if amended else earlier[-1].text
    return Round(decision_id=decision_id, meeting_id=meeting_id if meeting_id is not None else decision.meeting_id,
                 agenda_item_id=agenda_item_id if agenda_item_id is not None else decision.agenda_item_id, text=text)


def answer_steps(data: CollaborationData, round_id: int, party_id: int, **values) -> list[Step]:
    """Record (or change) a party's answer in a round: answer, given_by, reason, amendment_id."""
    existing = next((a for a in answers_of(data, round_id) if a.party_id == party_id), None)
    if existing is None:
        if "given_by" not in values:
            values["given_by"] = _speaker(data, round_id, party_id)
        return [lambda p: p.add(Answer(round_id=round_id, party_id=party_id, **values))]
    return [lambda p: p.update("answer", existing.id, **values)]


def _speaker(data: CollaborationData, round_id: int, party_id: int) -> str:
    """Who answers for a party by default: its speaker at the meeting, its proxy, or its first representative."""
    rnd = data.get("round", round_id)
    if rnd.meeting_id is not None and data.get("meeting", rnd.meeting_id) is not None:
        for line in attendance_of(data, rnd.meeting_id):
            if line.party_id == party_id and (line.speaker or line.proxy):
                return line.speaker or line.proxy
    reps = data.representatives_of(party_id)
    return reps[0].name if reps else ""


def confirm_steps(data: CollaborationData, round_id: int, outcome: str) -> list[Step]:
    """Confirm a round's outcome: the round and the decision get it; when it is adopted, every party in
    the round that must consult its board gets its ratification pending (unless it already has one)."""
    rnd = data.get("round", round_id)
    decision = data.get("decision", rnd.decision_id)
    values: dict = {"outcome": outcome}
    if outcome == "adopted":
        ratifications = dict(decision.ratifications)
        for line in round_view(data, round_id).lines:
            party = data.get("party", line.party_id)
            if party.must_consult_board and line.party_id not in ratifications:
                ratifications[line.party_id] = "pending"
        if ratifications != decision.ratifications:
            values["ratifications"] = ratifications
    if not decision.date and rnd.meeting_id is not None:
        values["date"] = data.get("meeting", rnd.meeting_id).date
    return [lambda p: p.update("round", round_id, outcome=outcome),
            lambda p: p.update("decision", decision.id, **values)]


def awaiting_ratification(data: CollaborationData) -> list[tuple[Decision, list[str]]]:
    """Adopted decisions that still await a board, with the names of the parties whose board it awaits."""
    out = []
    for d in data.decisions:
        waiting = [data.party_name(pid) for pid, state in d.ratifications.items() if state == "pending"]
        if d.outcome == "adopted" and waiting:
            out.append((d, waiting))
    return out
