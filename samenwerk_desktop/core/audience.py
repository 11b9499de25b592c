"""Who is looking: the collaboration projected for an audience, in which what it may not see does not exist."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import KINDS, Collaboration, fields_of, private_fields
from samenwerk_desktop.core.storage.changes import Change

#: the field an entity may carry (a bool) to be visible only to the parties it involves
INVOLVED_ONLY = "involved_only"
#: the field an entity may carry to say who sees it: "facilitator", "involved" (its parties) or "all"
VISIBILITY = "visibility"
#: kinds that belong to one entity of another kind and are seen only with it (kind -> its parent reference)
BELONGS_TO = {"dispute_step": ("dispute", "dispute_id")}


@dataclass(frozen=True)
class Audience:
    """The facilitator (everything), the room (what every party may see) or one party.

    The room and a party never see private fields (field metadata ``private=True``). An entity with a
    true ``involved_only`` field is seen by the facilitator and by the parties it refers to only.
    """

    kind: str  # "facilitator" | "room" | "party"
    party_id: int | None = None

    @property
    def sees_private(self) -> bool:
        return self.kind == "facilitator"

    def may_see(self, entity) -> bool:
        """Whether this audience may see ``entity`` at all (its private fields aside)."""
        if self.kind == "facilitator":
            return True
        visibility = getattr(entity, VISIBILITY, "all")
        if visibility == "facilitator":
            return False
        if visibility == "all" and not getattr(entity, INVOLVED_ONLY, False):
            return True
        return self.kind == "party" and self.party_id in involved_parties(entity)


FACILITATOR = Audience("facilitator")
ROOM = Audience("room")


def PARTY(party_id: int) -> Audience:  # noqa: N802 - reads like the other two audiences
    """The audience of one party (a later per-party report, items for the parties involved)."""
    return Audience("party", party_id)


def for_output(include_private: bool) -> Audience:
    """The audience of a report or export: the facilitator only when private fields were asked for."""
    return FACILITATOR if include_private else ROOM


def involved_parties(entity) -> set[int]:
    """The parties an entity refers to (its party references, single or lists)."""
    out: set[int] = set()
    for spec in fields_of(type(entity)):
        if spec.meta.get("ref") != "party":
            continue
        value = getattr(entity, spec.name)
        if isinstance(value, int):
            out.add(value)
        elif isinstance(value, (list, tuple, set, dict)):
            out.update(v for v in value if isinstance(v, int))
    return out


_BLANKS: dict[type, dict[str, object]] = {}


def _blanks(cls: type) -> dict[str, object]:
    """Each private field of ``cls`` with its default value, cached."""
    blanks = _BLANKS.get(cls)
    if blanks is None:
        names = set(private_fields(cls))
        blanks = _BLANKS[cls] = {s.name: s.default for s in fields_of(cls) if s.name in names}
    return blanks


def project_entity(entity, audience: Audience):
    """``entity`` as ``audience`` sees it: None when it may not see it, private fields blanked otherwise."""
    if entity is None or audience.sees_private:
        return entity
    if not audience.may_see(entity):
        return None
    blanks = _blanks(type(entity))
    if not blanks:
        return entity  # entities are replaced, never changed in place: sharing one is safe
    return dataclasses.replace(entity, **{k: _fresh(v) for k, v in blanks.items()})


def _fresh(value):
    return type(value)() if isinstance(value, (list, dict, set)) else value


def project(data: CollaborationData, audience: Audience) -> CollaborationData:
    """A copy of ``data`` for ``audience``: entities it may not see and private fields are not in it."""
    out = CollaborationData(collaboration=project_entity(data.collaboration, audience) or Collaboration())
    for kind in KINDS:
        source = data.entities.get(kind, {})
        target = out.entities[kind]
        for id_, entity in source.items():
            seen = project_entity(entity, audience)
            if seen is not None and kind in BELONGS_TO:
                parent_kind, ref = BELONGS_TO[kind]
                seen = seen if getattr(entity, ref) in out.entities[parent_kind] else None
            if seen is not None:
                target[id_] = seen
    out.raci = {k: v for k, v in data.raci.items() if k[1] in out.entities["party"] or audience.sees_private}
    return out


def project_change(change: Change, source: CollaborationData, audience: Audience) -> Change:
    """``change`` as ``audience`` sees it, to apply to its projection; ``source`` is the data after it.

    Updates carry no private value; an update of an entity the audience may not see (or that became
    visible or hidden by it) becomes the whole entity put or removed, as an add or a delete would."""
    if audience.sees_private:
        return change
    if change.action == "update":
        cls = Collaboration if change.kind == "collaboration" else KINDS[change.kind]
        if change.kind == "collaboration" or not (hasattr(cls, INVOLVED_ONLY) or hasattr(cls, VISIBILITY)
                                                  or change.kind in BELONGS_TO):
            return dataclasses.replace(
                change, before={i: _without_private(v, cls) for i, v in change.before.items()},
                after={i: _without_private(v, cls) for i, v in change.after.items()})
        # visibility may change with the update: put (or remove) the whole entity, and what belongs to it
        puts = {}
        for i in change.after:
            puts[(change.kind, i)] = _seen(change.kind, source.get(change.kind, i), source, audience)
            for child_kind, (parent_kind, ref) in BELONGS_TO.items():
                if parent_kind == change.kind:
                    for child in source.entities[child_kind].values():
                        if getattr(child, ref) == i:
                            puts[(child_kind, child.id)] = _seen(child_kind, child, source, audience)
        return dataclasses.replace(change, action="restore", before={}, after={}, entities_before={},
                                   entities_after=puts)
    if change.action == "roles":
        return change
    puts = {}
    for (kind, id_), entity in change.entities_after.items():
        puts[(kind, id_)] = entity if kind == "raci" else _seen(kind, entity, source, audience)
    return dataclasses.replace(change, entities_before={}, entities_after=puts)


def _seen(kind: str, entity, source: CollaborationData, audience: Audience):
    """``entity`` as ``audience`` sees it, and only when the entity it belongs to is seen too."""
    seen = project_entity(entity, audience)
    if seen is not None and kind in BELONGS_TO:
        parent_kind, ref = BELONGS_TO[kind]
        if project_entity(source.get(parent_kind, getattr(entity, ref)), audience) is None:
            return None
    return seen


def _without_private(values: dict, cls: type) -> dict:
    blanks = _blanks(cls)
    return {k: (_fresh(blanks[k]) if k in blanks else v) for k, v in values.items()}


def output_data(data: CollaborationData, include_private: bool) -> CollaborationData:
    """What a report or export is made from: the room's projection unless private fields were asked for."""
    return project(data, for_output(include_private))
