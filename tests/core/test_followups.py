"""Agreements kept sharp: follow-ups for a fixed today, findings about agreements, and give-and-take states."""

from datetime import date

import pytest

from samenwerk_desktop.core import followups, give_take
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import ActionItem, Agreement, Decision, GiveTake, Meeting, Party

TODAY = date(2026, 11, 26)


def collaboration():
    data = CollaborationData()
    for i, name in enumerate(("Woningcorporatie", "Stroomnet Zuid", "Gemeente"), start=1):
        data.entities["party"][i] = Party(id=i, name=name)
    data.entities["meeting"][1] = Meeting(id=1, date="2026-10-01", title="Stuurgroep")
    return data


@pytest.mark.parametrize(("review_date", "status", "due"), [
    ("2026-11-25", "agreed", True), ("2026-11-26", "agreed", False), ("2026-11-01", "done", False),
    ("", "proposed", False),
])
def test_an_agreement_past_its_review_date_is_a_follow_up(review_date, status, due):
    data = collaboration()
    data.entities["agreement"][1] = Agreement(id=1, text="Warmteplan", review_date=review_date, status=status)
    found = [str(f) for f in followups.follow_ups(data, TODAY)]
    assert found == (["Werkafspraak ‘Warmteplan’ had op 25 november 2026 geëvalueerd moeten worden."] if due else [])


@pytest.mark.parametrize(("due_date", "status", "due"), [
    ("2026-11-20", "open", True), ("2026-11-20", "done", False), ("2026-12-01", "open", False)])
def test_an_open_action_past_its_due_date_is_a_follow_up(due_date, status, due):
    data = collaboration()
    data.entities["action_item"][1] = ActionItem(id=1, meeting_id=1, text="Offerte", owner_party_id=2,
                                                 due_date=due_date, status=status)
    found = [str(f) for f in followups.follow_ups(data, TODAY)]
    assert found == (["Actiepunt ‘Offerte’ (Stroomnet Zuid) moest uiterlijk 20 november 2026 klaar zijn."] if due else [])


def test_a_decision_awaiting_a_board_after_its_date_is_a_follow_up():
    data = collaboration()
    data.entities["decision"][1] = Decision(id=1, title="Kostenverdeling", date="2026-10-01", outcome="adopted",
                                            ratifications={1: "ratified", 3: "pending"})
    data.entities["decision"][2] = Decision(id=2, title="Later", date="2026-12-10", outcome="adopted",
                                            ratifications={3: "pending"})
    data.entities["decision"][3] = Decision(id=3, title="Aangehouden", date="2026-10-01", outcome="postponed",
                                            ratifications={3: "pending"})
    found = [(f.kind, f.entity_id, str(f)) for f in followups.follow_ups(data, TODAY)]
    assert found == [("ratification", 1,
                      "Besluit ‘Kostenverdeling’ van 1 oktober 2026 wacht nog op bekrachtiging door Gemeente.")]


def test_follow_ups_are_listed_by_kind():
    data = collaboration()
    data.entities["decision"][1] = Decision(id=1, title="B", date="2026-01-01", outcome="adopted",
                                            ratifications={1: "pending"})
    data.entities["action_item"][1] = ActionItem(id=1, meeting_id=1, text="A", due_date="2026-01-01")
    data.entities["agreement"][1] = Agreement(id=1, text="W", review_date="2026-01-01")
    assert [f.kind for f in followups.follow_ups(data, TODAY)] == list(followups.KINDS)


def test_a_sharp_agreement_has_no_findings():
    data = collaboration()
    data.entities["agreement"][1] = Agreement(id=1, text="Scherp", owner_party_id=1, review_date="2027-01-01",
                                              party_ids=[2])
    assert followups.sharp_findings(data) == []


def test_a_vague_agreement_gets_one_finding_per_missing_thing():
    data = collaboration()
    data.entities["agreement"][1] = Agreement(id=1, text="Vaag")
    assert [str(m) for _, m in followups.sharp_findings(data)] == [
        "Werkafspraak ‘Vaag’ heeft geen eigenaar.", "Werkafspraak ‘Vaag’ heeft geen evaluatiedatum.",
        "Werkafspraak ‘Vaag’ noemt geen betrokken partijen en geen onderdeel."]


def give_and_take():
    data = collaboration()
    g = data.entities["give_take"]
    g[1] = GiveTake(id=1, party_id=1, kind="need", text="Netcapaciteit", other_party_id=2)
    g[2] = GiveTake(id=2, party_id=1, kind="need", text="Grond", other_party_id=3)
    g[3] = GiveTake(id=3, party_id=3, kind="offer", text="Grond in Oeverwijk", other_party_id=1)
    g[5] = GiveTake(id=5, party_id=2, kind="offer", text="Kaarten")  # for anyone: no answer to a need
    g[4] = GiveTake(id=4, party_id=2, kind="need", text="Planning", other_party_id=1, agreement_id=1)
    data.entities["agreement"][1] = Agreement(id=1, text="Planning delen", status="agreed")
    return data


def test_a_need_is_open_offered_or_promised():
    data = give_and_take()
    states = {k: c.state for k, c in give_take.matrix(data).items()}
    assert states == {(1, 2): "open", (1, 3): "offered", (2, 1): "promised"}


def test_an_open_need_is_a_finding_in_plain_words():
    assert [str(m) for m in give_take.open_need_findings(give_and_take())] == [
        "Woningcorporatie heeft van Stroomnet Zuid nodig: Netcapaciteit — nog niet toegezegd."]


def test_only_parties_with_needs_or_offers_are_in_the_matrix():
    data = give_and_take()
    data.entities["party"][4] = Party(id=4, name="Zonder behoeften")
    assert give_take.matrix_parties(data) == [1, 2, 3]


def test_a_follow_up_writes_its_date_out_in_each_language():
    data = collaboration()
    data.entities["agreement"][1] = Agreement(id=1, text="Warmteplan", review_date="2026-03-01", status="agreed")
    found = followups.follow_ups(data, TODAY)[0].message
    assert (found.text("nl"), found.text("en")) == ("Werkafspraak ‘Warmteplan’ had op 1 maart 2026 geëvalueerd moeten worden.",
                                                    "Agreement ‘Warmteplan’ was due for review on 1 March 2026.")
