"""How the field of forces moves (Qt-free): states of the map, their comparison, and why a party moved.

A *state* (``ForceFieldState``, "stand van het krachtenveld") keeps per party its stance, influence,
involvement, position text and map position, and the relations with their type and strength. It is
taken when a meeting closes or by hand ("Stand vastleggen"). Two states, or a state and now, compare
into per-party moves (joined, left, changed fields) and relation moves (added, removed, a changed type
or strength). The reason a party moved is kept on its row of the later state, with a link to the
agreement or decision that caused it. Step builders return core operations as in ``core/meeting.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from samenwerk_desktop.core import errors, layout
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import (
    RELATION_TYPES,
    ForceFieldState,
    Party,
    Relation,
    StateParty,
    StateRelation,
)

#: A core operation: what ``Session.run`` and ``Document.apply`` take.
Step = Callable[..., object]

#: The party fields a state keeps, in the order a change list names them.
PARTY_FIELDS = ("stance", "influence", "involvement", "position", "x", "y")
RELATION_FIELDS = ("source", "target", "type", "strength")
FIELD_WORDS: dict[str, Msg] = {
    "stance": Msg("Standpunt", "Stance"),
    "influence": Msg("Invloed", "Influence"),
    "involvement": Msg("Betrokkenheid", "Involvement"),
    "position": Msg("Standpunttekst", "Position text"),
}
NOW = Msg("Nu", "Now")


@dataclass(slots=True)
class PartyMark:
    """One party as one side of a comparison holds it; ``key`` is its party id (negative: no longer in the file)."""

    key: int
    name: str
    stance: int = 0
    influence: int = 5
    involvement: int = 5
    position: str = ""
    x: float = 0.0
    y: float = 0.0
    row_id: int | None = None  # its row of the state (None for now)
    reason: str = ""
    agreement_id: int | None = None
    decision_id: int | None = None

    def values(self) -> dict:
        return {f: getattr(self, f) for f in PARTY_FIELDS}

    def same_place(self, other: PartyMark) -> bool:
        """Whether every kept field is the same (fast: no dict is made)."""
        return (self.stance == other.stance and self.influence == other.influence and self.x == other.x
                and self.y == other.y and self.involvement == other.involvement and self.position == other.position)


@dataclass(slots=True)
class RelationMark:
    """One relation as one side holds it; ``key`` is (lower party key, higher party key, n-th between them)."""

    key: tuple[int, int, int]
    source: int
    target: int
    type: str = "informal"
    strength: int = 2

    def values(self) -> dict:
        return {f: getattr(self, f) for f in RELATION_FIELDS}

    def same(self, other: RelationMark) -> bool:
        return (self.type == other.type and self.strength == other.strength and self.source == other.source
                and self.target == other.target)


@dataclass(frozen=True)
class FieldState:
    """One side of a comparison: a stored state (``state_id``) or the collaboration now (``state_id`` None)."""

    state_id: int | None
    title: str
    parties: dict[int, PartyMark] = field(default_factory=dict)
    relations: dict[tuple[int, int, int], RelationMark] = field(default_factory=dict)


def _relation_marks(triples: Iterable[tuple[int, int, str, int]]) -> dict[tuple[int, int, int], RelationMark]:
    out: dict[tuple[int, int, int], RelationMark] = {}
    seen: dict[tuple[int, int], int] = {}
    for source, target, type_, strength in triples:
        pair = (min(source, target), max(source, target))
        n = seen.get(pair, 0)
        seen[pair] = n + 1
        key = (*pair, n)
        out[key] = RelationMark(key, source, target, type_, strength)
    return out


def states(data: CollaborationData) -> list[ForceFieldState]:
    """The stored states, oldest first."""
    return sorted(data.entities["force_state"].values(), key=lambda s: (s.taken, s.id))


def rows_of(data: CollaborationData, state_id: int) -> tuple[list[StateParty], list[StateRelation]]:
    """The party and relation rows of one state, by id."""
    parties = sorted((r for r in data.entities["state_party"].values() if r.state_id == state_id), key=lambda r: r.id)
    relations = sorted((r for r in data.entities["state_relation"].values() if r.state_id == state_id),
                       key=lambda r: r.id)
    return parties, relations


def state_of(data: CollaborationData, state_id: int) -> FieldState:
    """A stored state as one side of a comparison."""
    state = data.get("force_state", state_id)
    if state is None:
        raise errors.NotFoundError(Msg("Deze stand bestaat niet meer.", "This state no longer exists."))
    party_rows, relation_rows = rows_of(data, state_id)
    parties = {}
    for r in party_rows:
        key = r.party_id if r.party_id is not None else -r.id
        parties[key] = PartyMark(key, r.name, r.stance, r.influence, r.involvement, r.position, r.x, r.y,
                                 r.id, r.reason, r.agreement_id, r.decision_id)
    relations = _relation_marks((r.source_id, r.target_id, r.type, r.strength) for r in relation_rows
                                if r.source_id is not None and r.target_id is not None)
    return FieldState(state_id, state.title, parties, relations)


def now_state(data: CollaborationData) -> FieldState:
    """The collaboration as it is now, as one side of a comparison."""
    parties = {p.id: PartyMark(p.id, p.name, p.stance, p.influence, p.involvement, p.position, p.x, p.y)
               for p in data.parties}
    relations = _relation_marks((r.source_id, r.target_id, r.type, r.strength) for r in data.relations)
    return FieldState(None, NOW.text(), parties, relations)


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyMove:
    """What changed for one party: it joined, left, or some fields changed (field -> (before, after))."""

    key: int
    name: str
    status: str  # "joined" | "left" | "changed"
    before: PartyMark | None
    after: PartyMark | None
    fields: dict[str, tuple] = field(default_factory=dict)

    @property
    def moved_on_map(self) -> bool:
        return "x" in self.fields or "y" in self.fields


@dataclass(frozen=True)
class RelationMove:
    """What changed for one relation: added, removed, or its type or strength changed."""

    key: tuple[int, int, int]
    status: str  # "added" | "removed" | "changed"
    before: RelationMark | None
    after: RelationMark | None
    fields: dict[str, tuple] = field(default_factory=dict)


@dataclass(frozen=True)
class Comparison:
    """Two sides and what changed from the old one to the new one."""

    old: FieldState
    new: FieldState
    parties: list[PartyMove]
    relations: list[RelationMove]

    @property
    def empty(self) -> bool:
        return not self.parties and not self.relations


def _diff(before: dict, after: dict) -> dict[str, tuple]:
    return {f: (before[f], after[f]) for f in before if before[f] != after[f]}


def compare(old: FieldState, new: FieldState) -> Comparison:
    """What changed from ``old`` to ``new``: parties in the new side's order, then those that left."""
    moves = []
    for key, after in new.parties.items():
        before = old.parties.get(key)
        if before is None:
            moves.append(PartyMove(key, after.name, "joined", None, after, {}))
        elif not before.same_place(after):
            moves.append(PartyMove(key, after.name, "changed", before, after, _diff(before.values(), after.values())))
    moves += [PartyMove(key, before.name, "left", before, None, {})
              for key, before in old.parties.items() if key not in new.parties]
    rel_moves = []
    for key, after in new.relations.items():
        before = old.relations.get(key)
        if before is None:
            rel_moves.append(RelationMove(key, "added", None, after))
        elif not before.same(after):
            rel_moves.append(RelationMove(key, "changed", before, after, _diff(before.values(), after.values())))
    rel_moves += [RelationMove(key, "removed", before, None)
                  for key, before in old.relations.items() if key not in new.relations]
    return Comparison(old, new, moves, rel_moves)


def apply_moves(old: FieldState, comparison: Comparison) -> FieldState:
    """The old side with the listed moves applied: the new side's parties and relations (a property test)."""
    parties = dict(old.parties)
    for m in comparison.parties:
        if m.status == "left":
            del parties[m.key]
        elif m.status == "joined":
            parties[m.key] = m.after
        else:
            parties[m.key] = replace(parties[m.key], **{f: v[1] for f, v in m.fields.items()})
    relations = dict(old.relations)
    for m in comparison.relations:
        if m.status == "removed":
            del relations[m.key]
        elif m.status == "added":
            relations[m.key] = m.after
        else:
            relations[m.key] = replace(relations[m.key], **{f: v[1] for f, v in m.fields.items()})
    return FieldState(comparison.new.state_id, comparison.new.title, parties, relations)


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")


def describe_party(move: PartyMove) -> list[Msg]:
    """The change list's lines for one party: "Standpunt −1 → +1", "Invloed 4 → 7", "Nieuw aan tafel"."""
    if move.status == "joined":
        return [Msg("Nieuw aan tafel", "Joined the table")]
    if move.status == "left":
        return [Msg("Niet meer aan tafel", "Left the table")]
    out = []
    for f in ("stance", "influence", "involvement"):
        if f in move.fields:
            a, b = move.fields[f]
            shown = (_signed(a), _signed(b)) if f == "stance" else (str(a), str(b))
            words = FIELD_WORDS[f]
            out.append(Msg(f"{words.nl} {shown[0]} → {shown[1]}", f"{words.en} {shown[0]} → {shown[1]}"))
    if "position" in move.fields:
        out.append(Msg(f"Standpunt nu: ‘{move.fields['position'][1]}’", f"Position now: ‘{move.fields['position'][1]}’"))
    if move.moved_on_map:
        out.append(Msg("Andere plek op de kaart", "Moved on the map"))
    return out


def _relation_words(type_: str) -> Msg:
    words = RELATION_TYPES.get(type_, Msg(type_, type_))
    return Msg(words.nl.lower(), words.en.lower())


def describe_relation(move: RelationMove, names: dict[int, str]) -> Msg:
    """One line for a relation: "Gemeente – Provincie: spanning werd coalitie"."""
    mark = move.after or move.before
    pair = f"{names.get(mark.source, '?')} – {names.get(mark.target, '?')}"
    if move.status == "added":
        w = _relation_words(mark.type)
        return Msg(f"{pair}: nieuwe {w.nl}", f"{pair}: new {w.en}")
    if move.status == "removed":
        w = _relation_words(mark.type)
        return Msg(f"{pair}: {w.nl} verdwenen", f"{pair}: {w.en} gone")
    parts_nl, parts_en = [], []
    if "type" in move.fields:
        a, b = (_relation_words(t) for t in move.fields["type"])
        parts_nl.append(f"{a.nl} werd {b.nl}")
        parts_en.append(f"{a.en} became {b.en}")
    if "strength" in move.fields:
        a, b = move.fields["strength"]
        parts_nl.append(f"sterkte {a} → {b}")
        parts_en.append(f"strength {a} → {b}")
    if not parts_nl:
        parts_nl.append("andere richting")
        parts_en.append("direction turned")
    return Msg(f"{pair}: {', '.join(parts_nl)}", f"{pair}: {', '.join(parts_en)}")


def names_of(comparison: Comparison) -> dict[int, str]:
    """Party names by key, the new side's where both have one."""
    return {**{k: m.name for k, m in comparison.old.parties.items()},
            **{k: m.name for k, m in comparison.new.parties.items()}}


def latest_comparison(data: CollaborationData) -> Comparison | None:
    """The last two stored states compared (what the collaboration report shows), or None."""
    stored = states(data)
    if len(stored) < 2:
        return None
    return compare(state_of(data, stored[-2].id), state_of(data, stored[-1].id))


# ---------------------------------------------------------------------------
# On the map: ghosts at the old places, arrows to the new ones
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Arrow:
    """A ghost at ``old`` and an arrow to ``new`` (scene units of the layout); ``new`` None: the party left."""

    key: int
    name: str
    old: tuple[float, float] | None
    new: tuple[float, float] | None
    stance: int
    influence: int


def _as_parties(data: CollaborationData, side: FieldState) -> list[Party]:
    out = []
    for key, m in side.parties.items():
        current = data.get("party", key)
        base = current if current is not None else Party(id=key, name=m.name or "?", placement="manual")
        out.append(replace(base, stance=m.stance, influence=m.influence, involvement=m.involvement,
                           position=m.position, x=m.x, y=m.y))
    return out


def side_data(data: CollaborationData, side: FieldState) -> CollaborationData:
    """The collaboration as one side holds it: its parties and relations (for drawing that side's map)."""
    out = CollaborationData(collaboration=data.collaboration)
    out.entities["party"] = {p.id: p for p in _as_parties(data, side)}
    out.entities["relation"] = {i: Relation(id=i, source_id=m.source, target_id=m.target, type=m.type,
                                            strength=m.strength)
                                for i, m in enumerate(side.relations.values(), start=1)
                                if m.source in side.parties and m.target in side.parties}
    return out


def positions(data: CollaborationData, side: FieldState, map_layout: str | None = None) -> dict[int, tuple[float, float]]:
    """Where each party of one side stands in a layout (the collaboration's own by default)."""
    return layout.placement(map_layout or data.collaboration.map_layout, _as_parties(data, side)).positions


def arrows(data: CollaborationData, comparison: Comparison, map_layout: str | None = None) -> list[Arrow]:
    """A ghost and an arrow for each party that changed or left and whose place in the layout differs.

    Each side is laid out on its own (a grid's cells follow its own parties), so a party that did not
    change gets no ghost even where the frame shifted a little; a party that joined has no old place.
    """
    moves = [m for m in comparison.parties if m.status != "joined"]
    if not moves:
        return []
    old_pos = positions(data, comparison.old, map_layout)
    new_pos = positions(data, comparison.new, map_layout)
    out = []
    for m in moves:
        a, b = old_pos.get(m.key), new_pos.get(m.key)
        if a is None or (b is not None and abs(a[0] - b[0]) < 0.5 and abs(a[1] - b[1]) < 0.5):
            continue
        mark = m.after or m.before
        out.append(Arrow(m.key, mark.name, a, b, mark.stance, mark.influence))
    return out


# ---------------------------------------------------------------------------
# Steps: taking a state, noting why a party moved
# ---------------------------------------------------------------------------


def _refuse(nl: str, en: str) -> errors.SamenwerkError:
    return errors.SamenwerkError(Msg(nl, en))


def capture_steps(data: CollaborationData, title: str, now: datetime, meeting_id: int | None = None) -> list[Step]:
    """Take a state of the map now: the state, its party rows and its relation rows (three operations)."""
    if not data.parties:
        raise _refuse("Er staan nog geen partijen op de kaart; een stand vastleggen kan pas met partijen.",
                      "There are no parties on the map yet; a state can only be taken with parties.")
    if not title.strip():
        raise _refuse("Geef de stand een naam.", "Give the state a name.")
    state_id = max(data.entities["force_state"], default=0) + 1
    state = ForceFieldState(id=state_id, title=title.strip(), taken=now.strftime("%Y-%m-%dT%H:%M:%S"),
                            meeting_id=meeting_id)
    rows = [StateParty(state_id=state_id, party_id=p.id, name=p.name, stance=p.stance, influence=p.influence,
                       involvement=p.involvement, position=p.position, x=p.x, y=p.y) for p in data.parties]
    rels = [StateRelation(state_id=state_id, source_id=r.source_id, target_id=r.target_id, type=r.type,
                          strength=r.strength) for r in data.relations]
    steps: list[Step] = [lambda p: p.add(state), lambda p: p.add_many(rows)]
    if rels:
        steps.append(lambda p: p.add_many(rels))
    return steps


def reason_steps(data: CollaborationData, row_id: int | None, **values) -> list[Step]:
    """Note why a party moved (``reason``, ``agreement_id``, ``decision_id``) on its row of the later state."""
    if row_id is None or data.get("state_party", row_id) is None:
        raise _refuse("Een reden hoort bij een vastgelegde stand; leg eerst de stand vast met Stand vastleggen.",
                      "A reason belongs to a stored state; take the state first with Take state.")
    unknown = set(values) - {"reason", "agreement_id", "decision_id"}
    if unknown:
        raise ValueError(unknown)
    return [lambda p: p.update("state_party", row_id, **values)]
