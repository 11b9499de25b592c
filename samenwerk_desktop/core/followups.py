"""Agreements kept sharp: follow-ups to bring back to the table and findings about agreements, for a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg, dates

#: Follow-up kinds in the order they are listed.
KINDS = ("agreement_review", "action_due", "ratification")
LIVE_AGREEMENT = ("proposed", "agreed")


@dataclass(frozen=True)
class FollowUp:
    """Something to bring back to the table: an entity and one sentence."""

    kind: str  # one of KINDS
    entity_kind: str
    entity_id: int
    message: Msg

    def __str__(self) -> str:
        return str(self.message)


def follow_ups(data: CollaborationData, today: date) -> list[FollowUp]:
    """Agreements past their review date, open actions past their due date, and decisions whose date has
    passed that still await a board's ratification; oldest date first within each kind."""
    day = today.isoformat()
    out: list[FollowUp] = []
    for a in sorted(data.agreements, key=lambda a: (a.review_date, a.id)):
        if a.review_date and a.review_date < day and a.status in LIVE_AGREEMENT:
            nl, en = dates(a.review_date)
            out.append(FollowUp("agreement_review", "agreement", a.id, Msg(
                f"Werkafspraak ‘{a.text}’ had op {nl} geëvalueerd moeten worden.",
                f"Agreement ‘{a.text}’ was due for review on {en}.")))
    actions = [x for x in data.entities["action_item"].values()
               if x.due_date and x.due_date < day and x.status == "open"]
    for x in sorted(actions, key=lambda x: (x.due_date, x.id)):
        who = data.party_name(x.owner_party_id)
        by = (f" ({who})", f" ({who})") if who else ("", "")
        nl, en = dates(x.due_date)
        out.append(FollowUp("action_due", "action_item", x.id, Msg(
            f"Actiepunt ‘{x.text}’{by[0]} moest uiterlijk {nl} klaar zijn.",
            f"Action ‘{x.text}’{by[1]} was due on {en}.")))
    for d in sorted(data.decisions, key=lambda d: (d.date, d.id)):
        if not d.date or d.date >= day or d.outcome != "adopted":
            continue
        waiting = [data.party_name(p) for p, state in d.ratifications.items() if state == "pending"]
        if waiting:
            names = ", ".join(sorted(waiting)).removesuffix(".")  # "B.V." ends the sentence once
            nl, en = dates(d.date)
            out.append(FollowUp("ratification", "decision", d.id, Msg(
                f"Besluit ‘{d.title}’ van {nl} wacht nog op bekrachtiging door {names}.",
                f"Decision ‘{d.title}’ of {en} still awaits ratification by {names}.")))
    return out


def sharp_findings(data: CollaborationData) -> list[tuple[int, Msg]]:
    """(agreement id, sentence) for each live agreement that is not yet checkable: no owner, no review
    date, or neither parties involved nor a work item."""
    out: list[tuple[int, Msg]] = []
    for a in data.agreements:
        if a.status not in LIVE_AGREEMENT:
            continue
        if a.owner_party_id is None:
            out.append((a.id, Msg(f"Werkafspraak ‘{a.text}’ heeft geen eigenaar.",
                                  f"Agreement ‘{a.text}’ has no owner.")))
        if not a.review_date:
            out.append((a.id, Msg(f"Werkafspraak ‘{a.text}’ heeft geen evaluatiedatum.",
                                  f"Agreement ‘{a.text}’ has no review date.")))
        if not a.party_ids and a.work_item_id is None:
            out.append((a.id, Msg(f"Werkafspraak ‘{a.text}’ noemt geen betrokken partijen en geen onderdeel.",
                                  f"Agreement ‘{a.text}’ names no parties involved and no work item.")))
    return out
