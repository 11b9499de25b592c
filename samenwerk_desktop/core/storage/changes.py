"""What one core operation changed: the record the GUI refreshes from and undo reverts."""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# Changes
# ---------------------------------------------------------------------------


@dataclass
class Snapshot:
    """Rows removed by a delete, enough to put them back exactly."""

    kind: str
    ids: tuple[int, ...]
    rows: list[tuple[str, list[dict]]] = field(default_factory=list)
    nulled: list[tuple[str, str, list[tuple[int, int]]]] = field(default_factory=list)


@dataclass
class Change:
    """What one core operation changed; the GUI refreshes only these kinds."""

    kind: str  # an entity kind, "collaboration" or "raci"
    action: str  # "add" | "update" | "delete" | "restore" | "roles"
    ids: tuple = ()
    fields: tuple[str, ...] = ()
    #: update: {id: {field: old value}}; roles: {(work_item_id, party_id): old roles}
    before: dict = field(default_factory=dict)
    snapshot: Snapshot | None = None
    #: every kind whose rows this change touched, including cascades
    kinds: frozenset[str] = frozenset()
