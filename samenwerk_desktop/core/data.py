"""An in-memory picture of a whole collaboration, as loaded from a project file."""

from __future__ import annotations

from dataclasses import dataclass, field

from samenwerk_desktop.core.model import (
    KINDS,
    ActionItem,
    AgendaItem,
    Agreement,
    Collaboration,
    Decision,
    Dilemma,
    Meeting,
    ParkingItem,
    Party,
    Relation,
    Representative,
    WorkingGroup,
    WorkItem,
)


def _ordered(items):
    return sorted(items, key=lambda e: (getattr(e, "sort_order", 0), e.id))


@dataclass
class CollaborationData:
    """Everything about one collaboration: the collaboration, its entities by kind and id, and the RACI cells."""

    collaboration: Collaboration = field(default_factory=Collaboration)
    entities: dict[str, dict[int, object]] = field(default_factory=lambda: {k: {} for k in KINDS})
    #: (work_item_id, party_id) -> canonical roles such as "AR"
    raci: dict[tuple[int, int], str] = field(default_factory=dict)

    def get(self, kind: str, id_: int | None):
        """The entity of a kind with an id, or None."""
        if id_ is None:
            return None
        return self.entities[kind].get(id_)

    def all(self, kind: str) -> list:
        """All entities of a kind in their display order."""
        return _ordered(self.entities[kind].values())

    @property
    def parties(self) -> list[Party]:
        return self.all("party")

    @property
    def relations(self) -> list[Relation]:
        return sorted(self.entities["relation"].values(), key=lambda r: r.id)

    @property
    def working_groups(self) -> list[WorkingGroup]:
        return self.all("working_group")

    @property
    def work_items(self) -> list[WorkItem]:
        """Work items grouped by working group (in group order), then in their own order."""
        group_rank = {g.id: i for i, g in enumerate(self.working_groups)}
        return sorted(
            self.entities["work_item"].values(),
            key=lambda w: (group_rank.get(w.working_group_id, len(group_rank)), w.sort_order, w.id),
        )

    @property
    def agreements(self) -> list[Agreement]:
        return self.all("agreement")

    @property
    def decisions(self) -> list[Decision]:
        return self.all("decision")

    @property
    def dilemmas(self) -> list[Dilemma]:
        return self.all("dilemma")

    @property
    def meetings(self) -> list[Meeting]:
        """Meetings by date, oldest first."""
        return sorted(self.entities["meeting"].values(), key=lambda m: (m.date, m.id))

    def representatives_of(self, party_id: int) -> list[Representative]:
        return _ordered(r for r in self.entities["representative"].values() if r.party_id == party_id)

    def agenda_of(self, meeting_id: int) -> list[AgendaItem]:
        return _ordered(a for a in self.entities["agenda_item"].values() if a.meeting_id == meeting_id)

    def actions_of(self, meeting_id: int) -> list[ActionItem]:
        return _ordered(a for a in self.entities["action_item"].values() if a.meeting_id == meeting_id)

    def parking_of(self, meeting_id: int) -> list[ParkingItem]:
        return _ordered(p for p in self.entities["parking_item"].values() if p.meeting_id == meeting_id)

    def roles(self, work_item_id: int, party_id: int) -> str:
        """The canonical roles of a party on a work item ("" for none)."""
        return self.raci.get((work_item_id, party_id), "")

    def party_name(self, party_id: int | None, default: str = "") -> str:
        party = self.get("party", party_id)
        return party.name if party else default
