"""Disputes between parties: the collaboration's dispute procedure, steps taken in order, and who may see one."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import DEFAULT_DISPUTE_PROCEDURE, Dispute, DisputeStep


def procedure(data: CollaborationData, lang: str = "nl") -> list[str]:
    """The steps of the collaboration's dispute procedure in order; the Dutch defaults when it has none."""
    own = [s for s in data.collaboration.dispute_procedure if s.strip()]
    return own or [m.text(lang) for m in DEFAULT_DISPUTE_PROCEDURE]


def step_name(data: CollaborationData, step: int, lang: str = "nl") -> str:
    """The name of a step of the procedure; past the last step, the last one."""
    steps = procedure(data, lang)
    return steps[min(max(step, 0), len(steps) - 1)]


def steps_of(data: CollaborationData, dispute_id: int) -> list[DisputeStep]:
    """The steps taken in a dispute, in the order they were logged."""
    return [s for s in data.all("dispute_step") if s.dispute_id == dispute_id]


def next_step(data: CollaborationData, dispute: Dispute) -> int | None:
    """The step after the dispute's current one, or None at the last step of the procedure."""
    if dispute.step + 1 >= len(procedure(data)):
        return None
    return dispute.step + 1


def log_step(data: CollaborationData, dispute: Dispute, *, date: str, who: str, what: str,
             outcome: str) -> DisputeStep:
    """A new step taken at the dispute's current step, after the steps logged so far (not yet stored)."""
    order = max((s.sort_order for s in steps_of(data, dispute.id)), default=-1) + 1
    return DisputeStep(dispute_id=dispute.id, step=dispute.step, date=date, who=who, what=what,
                       outcome=outcome, sort_order=order)


def disputes_of(data: CollaborationData, party_id: int) -> list[Dispute]:
    """The disputes a party is involved in."""
    return [d for d in data.all("dispute") if party_id in d.party_ids]


def open_between(data: CollaborationData) -> set[frozenset[int]]:
    """The pairs of parties with an open dispute between them (for the mark on the map)."""
    out: set[frozenset[int]] = set()
    for d in data.all("dispute"):
        if d.status != "open":
            continue
        ids = list(d.party_ids)
        out.update(frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1:])
    return out


@dataclass(frozen=True)
class PairMark:
    """The mark of the open disputes between two parties: on their relation, or on a line of its own."""

    parties: tuple[int, int]
    #: the relation between the two that carries the mark (a tension first); None: a line between them
    relation_id: int | None
    subjects: tuple[str, ...]
    #: every one of these disputes is for the facilitator only (the room never has them)
    facilitator_only: bool


def pair_marks(data: CollaborationData) -> list[PairMark]:
    """One mark per pair of parties with an open dispute between them, in the order the disputes were made."""
    found: dict[tuple[int, int], list[Dispute]] = {}
    for d in data.all("dispute"):
        if d.status == "open":
            ids = list(dict.fromkeys(d.party_ids))
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    found.setdefault((min(a, b), max(a, b)), []).append(d)
    if not found:
        return []
    carriers: dict[tuple[int, int], tuple[bool, int]] = {}
    for r in data.relations:
        pair = (min(r.source_id, r.target_id), max(r.source_id, r.target_id))
        if pair in found:
            rank = (r.type != "tension", r.id)
            if pair not in carriers or rank < carriers[pair]:
                carriers[pair] = rank
    return [PairMark(pair, carriers[pair][1] if pair in carriers else None, tuple(d.subject for d in ds),
                     all(d.visibility == "facilitator" for d in ds))
            for pair, ds in found.items()]


def from_relation(data: CollaborationData, relation, since: str = "") -> Dispute:
    """A new dispute between the two parties of a (tension) relation, about what its note says."""
    subject = relation.note.strip() or f"{data.party_name(relation.source_id)} – {data.party_name(relation.target_id)}"
    return Dispute(subject=subject[:200], party_ids=[relation.source_id, relation.target_id], since=since)


def from_dilemma(data: CollaborationData, dilemma, since: str = "") -> Dispute:
    """A new dispute about a dilemma: its party and, through tension relations, the parties it is at odds with."""
    others = [r.target_id if r.source_id == dilemma.party_id else r.source_id for r in data.relations
              if r.type == "tension" and dilemma.party_id in (r.source_id, r.target_id)]
    return Dispute(subject=dilemma.title, party_ids=[dilemma.party_id, *dict.fromkeys(others)], since=since)
