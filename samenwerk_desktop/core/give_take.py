"""What parties need from and offer each other: items per party and the give-and-take matrix."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import Agreement, GiveTake

OFFERED, PROMISED, OPEN = "offered", "promised", "open"


def items_of(data: CollaborationData, party_id: int, kind: str) -> list[GiveTake]:
    """A party's needs (``kind="need"``) or offers (``"offer"``), in their order."""
    return [g for g in data.all("give_take") if g.party_id == party_id and g.kind == kind]


def item_line(data: CollaborationData, item: GiveTake, lang: str = "nl") -> str:
    """One item as a line: its text, and the party it is aimed at."""
    other = data.party_name(item.other_party_id)
    if not other:
        return item.text
    word = Msg("van", "from") if item.kind == "need" else Msg("voor", "for")
    return f"{item.text} ({word.text(lang)} {other})"


def summary(data: CollaborationData, party_id: int, kind: str, lang: str = "nl") -> str:
    """A party's needs or offers as a bulleted text, one line per item."""
    return "\n".join(f"• {item_line(data, g, lang)}" for g in items_of(data, party_id, kind))


def offers_by_party(data: CollaborationData) -> dict[int, list[GiveTake]]:
    """Every party's offers, in their order (one pass, for the states of many needs)."""
    out: dict[int, list[GiveTake]] = {}
    for g in data.all("give_take"):
        if g.kind == "offer":
            out.setdefault(g.party_id, []).append(g)
    return out


def state_of(data: CollaborationData, need: GiveTake, offers: dict[int, list[GiveTake]] | None = None) -> str:
    """``promised`` when a live linked agreement holds it; ``offered`` when the other party offers something
    to this party, or to anyone on the same work item; ``open`` otherwise. ``offers``: from ``offers_by_party``."""
    agreement = data.get("agreement", need.agreement_id)
    if agreement is not None and agreement.status in ("proposed", "agreed"):
        return PROMISED
    if need.other_party_id is not None:
        theirs = offers_by_party(data) if offers is None else offers
        for offer in theirs.get(need.other_party_id, []):
            aimed = offer.other_party_id == need.party_id
            same_work = offer.other_party_id is None and offer.work_item_id is not None \
                and offer.work_item_id == need.work_item_id
            if aimed or same_work:
                return OFFERED
    return OPEN


@dataclass(frozen=True)
class Cell:
    """What the row party needs from the column party, each need with its state."""

    needs: tuple[tuple[GiveTake, str], ...]

    @property
    def state(self) -> str:
        """The weakest state of the cell: open before offered before promised; '' when empty."""
        states = {s for _, s in self.needs}
        for s in (OPEN, OFFERED, PROMISED):
            if s in states:
                return s
        return ""


def summaries(data: CollaborationData, lang: str = "nl") -> dict[int, tuple[str, str]]:
    """Every party's (offers, needs) as bulleted texts, in one pass (the report's profiles)."""
    lines: dict[tuple[int, str], list[str]] = {}
    for g in data.all("give_take"):
        lines.setdefault((g.party_id, g.kind), []).append(f"• {item_line(data, g, lang)}")
    return {p: ("\n".join(lines.get((p, "offer"), [])), "\n".join(lines.get((p, "need"), [])))
            for p in {k[0] for k in lines}}


def matrix_parties(data: CollaborationData) -> list[int]:
    """The parties with a need from or an offer to another party (either side of it), in display order."""
    seen: set[int] = set()
    for g in data.entities["give_take"].values():
        if g.other_party_id is not None:
            seen.update((g.party_id, g.other_party_id))
    return [p.id for p in data.parties if p.id in seen]


def matrix(data: CollaborationData) -> dict[tuple[int, int], Cell]:
    """(row party, column party) -> the cell: what the row party needs from the column party."""
    cells: dict[tuple[int, int], list] = {}
    offers = offers_by_party(data)
    for g in data.all("give_take"):
        if g.kind == "need" and g.other_party_id is not None:
            cells.setdefault((g.party_id, g.other_party_id), []).append((g, state_of(data, g, offers)))
    return {k: Cell(tuple(v)) for k, v in cells.items()}


def open_needs(data: CollaborationData) -> list[tuple[GiveTake, Msg]]:
    """Each need aimed at a party that is neither offered nor promised, with its sentence."""
    out = []
    offers = offers_by_party(data)
    for g in data.all("give_take"):
        if g.kind != "need" or g.other_party_id is None or state_of(data, g, offers) != OPEN:
            continue
        who, other = data.party_name(g.party_id), data.party_name(g.other_party_id)
        out.append((g, Msg(f"{who} heeft van {other} nodig: {g.text} — nog niet toegezegd.",
                           f"{who} needs from {other}: {g.text} — not promised yet.")))
    return out


def open_need_findings(data: CollaborationData) -> list[Msg]:
    """Each need aimed at a party that is neither offered nor promised, as a sentence."""
    return [message for _need, message in open_needs(data)]


def agreement_for_need(data: CollaborationData, need: GiveTake, lang: str | None = None) -> Agreement:
    """A proposed working agreement that answers an open need: the party asked is the owner, the two
    parties are involved, tied to the need's work item (one step in the window, with the need linked)."""
    who, other = data.party_name(need.party_id), data.party_name(need.other_party_id)
    text = Msg(f"{other} zorgt voor {who}: {need.text}", f"{other} provides for {who}: {need.text}").text(lang)
    return Agreement(text=text, status="proposed", owner_party_id=need.other_party_id,
                     party_ids=[p for p in (need.party_id, need.other_party_id) if p is not None],
                     work_item_id=need.work_item_id)


def first_open_need(data: CollaborationData, row: int, column: int) -> GiveTake | None:
    """The first open need of the row party from the column party, or None."""
    cell = matrix(data).get((row, column))
    return next((g for g, s in cell.needs if s == OPEN), None) if cell else None
