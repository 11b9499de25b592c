"""Fixtures of the report tests: a real project file with every kind of entity, hostile and foreign text."""

import pytest
from report_data import ARABIC_EMOJI, DIACRITICS, HOSTILE, LONG

from samenwerk_desktop.core.model import (
    ActionItem,
    AgendaItem,
    Agreement,
    Collaboration,
    Decision,
    Dilemma,
    GiveTake,
    Meeting,
    ParkingItem,
    Party,
    Relation,
    Representative,
    WorkingGroup,
    WorkItem,
)
from samenwerk_desktop.core.storage import Project


def _id(change):
    return change.ids[0]


@pytest.fixture
def project(tmp_path):
    """An open project with two meetings, hostile markup and a secret private note."""
    p = Project.create(tmp_path / "rapport.samenwerk", Collaboration(
        title="Wijkaanpak <b>Oost</b> & West", challenge="Samen de wijk " + DIACRITICS, why="Voor de bewoners.",
        facilitator="Marieke Jansen", map_layout="grid"))
    gem = _id(p.add(Party(name="Gemeente Oost", short_name="GO", kind="municipality", stance=2, influence=9,
                          involvement=8, position="Wil " + HOSTILE[0], interests=["Betaalbaarheid", HOSTILE[2]],
                          culture=HOSTILE[3], private_note="GEHEIM-NOTITIE-123", must_consult_board=True)))
    ws = _id(p.add(Party(name="Waterschap " + HOSTILE[1], kind="water_board", stance=-1, influence=6, involvement=3,
                         experience=DIACRITICS, beliefs=ARABIC_EMOJI)))
    bew = _id(p.add(Party(name="Bewoners Ŏost-Łódź", kind="residents", stance=-2, influence=2, involvement=9)))
    p.add(GiveTake(party_id=bew, kind="offer", text=LONG))
    p.add(Representative(party_id=gem, name="Ilse <i>van</i> Dongen", role="Wethouder"))
    p.add(Relation(source_id=gem, target_id=ws, type="coalition", note=HOSTILE[2]))
    p.add(Relation(source_id=ws, target_id=bew, type="dependency", direction="forward"))
    grp = _id(p.add(WorkingGroup(name="Werkgroep Water", lead_party_id=ws)))
    w1 = _id(p.add(WorkItem(title="Regenwater " + HOSTILE[3], working_group_id=grp)))
    w2 = _id(p.add(WorkItem(title="Groene daken")))
    p.set_roles({(w1, gem): "A", (w1, ws): "R", (w1, bew): "C", (w2, gem): "AR", (w2, bew): "I"})
    m1 = _id(p.add(Meeting(date="2026-03-01", title="Startoverleg", location="Stadhuis", attendee_ids=[gem, ws])))
    m2 = _id(p.add(Meeting(date="2026-04-01", title="Tweede overleg", attendee_ids=[gem, ws, bew], notes=LONG)))
    p.add(AgendaItem(meeting_id=m1, title="Opening", minutes=10))
    p.add(AgendaItem(meeting_id=m1, title="Kennismaken", minutes=30, owner_party_id=gem))
    p.add(ActionItem(meeting_id=m1, text="Actie-EEN " + HOSTILE[0], owner_party_id=ws, due_date="2026-03-15"))
    p.add(ParkingItem(meeting_id=m1, text="Parkeer-EEN"))
    p.add(Agreement(text="Afspraak-EEN " + HOSTILE[1], owner_party_id=gem, party_ids=[ws], status="agreed",
                    meeting_id=m1, review_date="2026-01-01"))
    p.add(Agreement(text="Afspraak-TWEE", owner_party_id=ws, status="proposed", meeting_id=m2,
                    review_date="2027-01-01"))
    p.add(Agreement(text="Afspraak-DRIE " + LONG, status="done"))
    p.add(Decision(title="Besluit-EEN", rule="consent", date="2026-03-01", meeting_id=m1, outcome="adopted",
                   ratifications={gem: "ratified", ws: "pending"}))
    p.add(Decision(title="Besluit-TWEE", rule="majority", date="2026-04-01", meeting_id=m2, outcome="pending"))
    p.add(Dilemma(party_id=ws, title="Dilemma-EEN", own_interest="Eigen geld", collective_interest="Droge wijk",
                  strategy="negotiate"))
    yield p
    p.close()


@pytest.fixture
def data(project):
    return project.load()
