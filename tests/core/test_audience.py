"""The collaboration projected for an audience: private fields do not exist for the room or a party."""

import dataclasses

import pytest

from samenwerk_desktop.core import audience
from samenwerk_desktop.core.audience import FACILITATOR, PARTY, ROOM, project, project_change
from samenwerk_desktop.core.model import KINDS, Collaboration, private_fields
from samenwerk_desktop.core.storage import apply_change

SECRET = "GEHEIM-{kind}-{field}-{id}"


def _secret(kind, field, id_):
    return SECRET.format(kind=kind, field=field, id=id_)


def fill_private(data):
    """Every private field of every entity (and of the collaboration) filled with a findable secret."""
    for kind, cls in KINDS.items():
        for id_, entity in list(data.entities[kind].items()):
            values = {f: _secret(kind, f, id_) for f in private_fields(cls)}
            data.entities[kind][id_] = dataclasses.replace(entity, **values)
    values = {f: _secret("collaboration", f, 1) for f in private_fields(Collaboration)}
    data.collaboration = dataclasses.replace(data.collaboration, **values)
    return data


@pytest.fixture
def secret_data(demo_data):
    return fill_private(demo_data)


def test_the_demo_has_a_private_field_to_test():
    assert "private_note" in private_fields(KINDS["party"])


@pytest.mark.parametrize("who", [ROOM, PARTY(1)])
def test_no_private_value_reaches_the_room_or_a_party(secret_data, who):
    assert "GEHEIM-" in repr(secret_data.entities["party"])
    seen = project(secret_data, who)
    text = "\n".join(repr(e) for kind in KINDS for e in seen.entities[kind].values()) + repr(seen.collaboration)
    assert "GEHEIM-" not in text


def test_the_facilitator_sees_every_private_value(secret_data):
    seen = project(secret_data, FACILITATOR)
    assert seen.entities["party"][1].private_note == _secret("party", "private_note", 1)


def test_the_room_sees_everything_else(secret_data):
    seen = project(secret_data, ROOM)
    names = [p.name for p in seen.parties]
    assert names == [p.name for p in secret_data.parties]
    assert seen.raci == secret_data.raci
    assert len(seen.agreements) == len(secret_data.agreements)


def test_a_projection_is_a_copy(secret_data):
    seen = project(secret_data, ROOM)
    assert secret_data.entities["party"][1].private_note == _secret("party", "private_note", 1)
    assert seen.entities is not secret_data.entities


def test_an_entity_for_the_parties_involved_only_is_seen_by_them(secret_data):
    @dataclasses.dataclass
    class Restricted:
        party_id: int = dataclasses.field(default=0, metadata={"ref": "party"})
        involved_only: bool = True

    item = Restricted(party_id=3)
    assert audience.project_entity(item, ROOM) is None
    assert audience.project_entity(item, PARTY(4)) is None
    assert audience.project_entity(item, PARTY(3)) is item
    assert audience.project_entity(item, FACILITATOR) is item


def test_an_update_of_a_private_note_reaches_the_room_blank(demo_project):
    data = demo_project.load()
    seen = project(data, ROOM)
    change = demo_project.update("party", 1, private_note="Nieuw geheim", name="Nieuwe naam")
    apply_change(data, change)
    apply_change(seen, project_change(change, data, ROOM))
    assert seen.entities["party"][1].name == "Nieuwe naam"
    assert seen.entities["party"][1].private_note == ""


def test_an_added_party_reaches_the_room_without_its_note(demo_project):
    from samenwerk_desktop.core.model import Party

    data = demo_project.load()
    seen = project(data, ROOM)
    change = demo_project.add(Party(name="Nieuwkomer", private_note="Alleen voor mij"))
    apply_change(data, change)
    apply_change(seen, project_change(change, data, ROOM))
    added = [p for p in seen.parties if p.name == "Nieuwkomer"]
    assert [p.private_note for p in added] == [""]


@pytest.mark.parametrize(("include_private", "expected"), [(False, ""), (True, "GEHEIM-party-private_note-1")])
def test_output_data_is_the_rooms_unless_asked(secret_data, include_private, expected):
    assert audience.output_data(secret_data, include_private).entities["party"][1].private_note == expected
