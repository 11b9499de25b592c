"""What one core operation changed, before and after: the record views apply, listeners receive and undo reverts."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import KINDS
from samenwerk_desktop.core.storage.schema import LINK_COLUMNS, LINK_OWNER

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

    def touched(self) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
        """What the delete (or its restore) touches, as (kind, id): the entities and RACI cells it
        removes, and the entities that stay but lose a list entry or a reference."""
        removed: dict[tuple[str, object], None] = {}
        for table, rows in self.rows:
            if table in KINDS:
                removed.update(((table, r["id"]), None) for r in rows)
            elif table == "raci":
                removed.update((("raci", (r["work_item_id"], r["party_id"])), None) for r in rows)
        kept: dict[tuple[str, object], None] = {}
        for table, rows in self.rows:
            if table in LINK_COLUMNS:
                own = LINK_COLUMNS[table][0]
                kept.update(((LINK_OWNER[table], r[own]), None) for r in rows)
        for table, _column, pairs in self.nulled:
            kept.update(((table, i), None) for i, _ in pairs)
        return list(removed), [k for k in kept if k not in removed]


@dataclass
class Change:
    """What one core operation changed, with every touched value before and after it.

    Applying it to the ``CollaborationData`` of the state before (``apply_change``) gives the state
    after, without reading the file; ``inverse`` gives the change that goes back.

    - update: ``before`` / ``after`` are ``{id: {field: value}}`` (the collaboration has id 1);
    - roles: ``before`` / ``after`` are ``{(work_item_id, party_id): roles}`` ("" for an empty cell);
    - add, delete, restore: ``entities_before`` / ``entities_after`` hold every entity the operation
      touched, by ``(kind, id)``, ``None`` where it does not exist: the new entity of an add; the
      removed entities of a delete (with its cascades) and those whose lists or references it emptied;
      RACI cells a delete removes are there as ``("raci", (work_item_id, party_id))`` with their roles.
    """

    kind: str  # an entity kind, "collaboration" or "raci"
    action: str  # "add" | "update" | "delete" | "restore" | "roles"
    ids: tuple = ()
    fields: tuple[str, ...] = ()
    #: update: {id: {field: old value}}; roles: {(work_item_id, party_id): old roles}
    before: dict = field(default_factory=dict)
    snapshot: Snapshot | None = None
    #: every kind whose rows this change touched, including cascades
    kinds: frozenset[str] = frozenset()
    #: update: {id: {field: new value}}; roles: {(work_item_id, party_id): new roles}
    after: dict = field(default_factory=dict)
    #: add, delete, restore: {(kind, id): entity or None} before and after the operation
    entities_before: dict = field(default_factory=dict)
    entities_after: dict = field(default_factory=dict)
    #: the collaboration's ``updated`` stamp before and after the operation
    stamp: tuple[str, str] = ("", "")


def apply_change(data: CollaborationData, change: Change) -> None:
    """Bring ``data`` (the state before ``change``) to the state after it, in place; nothing is read from the file.

    Entities that change are replaced by new objects (a view holding the old one sees the old state).
    """
    if change.action == "update" and change.kind == "collaboration":
        data.collaboration = dataclasses.replace(data.collaboration, **_copied(change.after.get(1, {})))
    elif change.action == "update":
        entities = data.entities[change.kind]
        for id_, values in change.after.items():
            entities[id_] = dataclasses.replace(entities[id_], **_copied(values))
    elif change.action == "roles":
        for key, roles in change.after.items():
            if roles:
                data.raci[key] = roles
            else:
                data.raci.pop(key, None)
    else:
        for (kind, id_), entity in change.entities_after.items():
            if kind == "raci":
                if entity:
                    data.raci[id_] = entity
                else:
                    data.raci.pop(id_, None)
            elif entity is None:
                data.entities[kind].pop(id_, None)
            else:
                data.entities[kind][id_] = copy.deepcopy(entity)
    if change.stamp[1]:
        data.collaboration = dataclasses.replace(data.collaboration, updated=change.stamp[1])


def inverse(change: Change) -> Change:
    """The change that takes the state after ``change`` back to the state before it (as data only)."""
    action = {"add": "delete", "delete": "restore", "restore": "delete"}.get(change.action, change.action)
    return dataclasses.replace(
        change, action=action, before=change.after, after=change.before,
        entities_before=change.entities_after, entities_after=change.entities_before,
        stamp=(change.stamp[1], change.stamp[0]))


def _copied(values: dict) -> dict:
    """Values to put into an entity, with list and dict values copied (the change keeps its own)."""
    return {k: (copy.deepcopy(v) if isinstance(v, (list, dict)) else v) for k, v in values.items()}
