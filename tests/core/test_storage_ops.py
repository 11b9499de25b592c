"""Every core operation on a project file, and its revert."""

import dataclasses
import sqlite3

import pytest

from samenwerk_desktop.core import errors, storage
from samenwerk_desktop.core.i18n import set_language
from samenwerk_desktop.core.model import (
    KINDS,
    ActionItem,
    AgendaItem,
    Agreement,
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

HOSTILE = [
    "<b>vet</b> & <script>alert('x')</script> &amp; &lt;",
    "Klimaat 🌍🔥💧 en warmte ♨️ 👩🏽‍🌾",
    "مرحبا بالجميع في الاجتماع — النقطة الأولى",
    "Straße ‘quotes’ “dubbel” ' \" ; DROP TABLE party; --",
    "regel één\nregel twee\r\nregel drie\ttab",
    "ä" * 10_000,
]


def state(project):
    """Everything in the file, except the 'last changed' stamp every operation refreshes."""
    data = project.load()
    data.collaboration = dataclasses.replace(data.collaboration, updated="")
    return data


def reopen(project):
    path = project.path
    project.close()
    return storage.Project.open(path)


# -- add ------------------------------------------------------------------------


def test_add_returns_the_new_id_and_kind(empty_project):
    change = empty_project.add(Party(name="Gemeente Maasoever", stance=2))
    assert (change.kind, change.action, change.kinds) == ("party", "add", frozenset({"party"}))
    (new_id,) = change.ids
    party = empty_project.get("party", new_id)
    assert party.name == "Gemeente Maasoever" and party.stance == 2


def test_add_gives_a_sort_order_at_the_end(empty_project):
    first = empty_project.add(Party(name="A")).ids[0]
    second = empty_project.add(Party(name="B")).ids[0]
    assert empty_project.get("party", second).sort_order > empty_project.get("party", first).sort_order


@pytest.mark.parametrize("make", [
    lambda p: Representative(party_id=p, name="Ilse"),
    lambda p: WorkingGroup(name="Stuurgroep", lead_party_id=p),
    lambda p: WorkItem(title="Tracé"),
    lambda p: Meeting(date="2026-06-18", title="Start", attendee_ids=[p]),
    lambda p: Agreement(text="Afspraak", owner_party_id=p, party_ids=[p]),
    lambda p: Decision(title="Besluit", ratifications={p: "ratified"}),
    lambda p: Dilemma(party_id=p, title="Dilemma"),
])
def test_add_and_revert_every_kind(empty_project, make):
    party = empty_project.add(Party(name="Provincie")).ids[0]
    before = state(empty_project)
    entity = make(party)
    change = empty_project.add(entity)
    stored = empty_project.get(change.kind, change.ids[0])
    ignore = {"id": None, "sort_order": 0} if hasattr(entity, "sort_order") else {"id": None}
    assert dataclasses.replace(stored, **ignore) == dataclasses.replace(entity, **ignore)
    empty_project.revert(change)
    assert state(empty_project) == before


def test_add_meeting_children(empty_project):
    m = empty_project.add(Meeting(date="2026-06-18", title="Start")).ids[0]
    for entity in (AgendaItem(meeting_id=m, title="Opening", minutes=20), ActionItem(meeting_id=m, text="Notitie"),
                   ParkingItem(meeting_id=m, text="Aquathermie")):
        empty_project.add(entity)
    data = empty_project.load()
    assert [a.title for a in data.agenda_of(m)] == ["Opening"]
    assert len(data.actions_of(m)) == len(data.parking_of(m)) == 1


def test_add_invalid_entity_is_refused_and_writes_nothing(empty_project):
    before = empty_project.load()
    with pytest.raises(errors.ValidationError) as info:
        empty_project.add(Party(name="", stance=7))
    assert [p.path for p in info.value.problems] == ["name", "stance"]
    assert empty_project.load() == before


def test_add_with_a_missing_reference_is_refused(empty_project):
    before = empty_project.load()
    with pytest.raises(errors.ValidationError) as info:
        empty_project.add(Relation(source_id=1, target_id=2))
    assert str(info.value) == "relations.source_id: verwijst naar een partij die niet bestaat (1)"
    assert empty_project.load() == before


def test_add_agreement_with_unknown_party_in_list_is_refused(empty_project):
    p = empty_project.add(Party(name="A")).ids[0]
    with pytest.raises(errors.ValidationError):
        empty_project.add(Agreement(text="X", party_ids=[p, 999]))
    assert empty_project.count("agreement") == 0


def test_add_many_adds_all_in_one_change_that_one_revert_takes_back(empty_project):
    before = state(empty_project)
    change = empty_project.add_many([Party(name="Gemeente"), Party(name="Provincie", kind="province")])
    assert (change.kind, change.action, change.kinds, len(change.ids)) == ("party", "add", frozenset({"party"}), 2)
    assert [empty_project.get("party", i).name for i in change.ids] == ["Gemeente", "Provincie"]
    empty_project.revert(change)
    assert state(empty_project) == before


def test_add_many_adds_none_when_one_is_refused(empty_project):
    before = empty_project.load()
    with pytest.raises(errors.ValidationError):
        empty_project.add_many([Party(name="Goed"), Party(name="")])
    assert empty_project.load() == before


def test_add_many_gives_new_ids_even_to_entities_that_have_one(empty_project):
    first = empty_project.add(Party(name="Bestaand")).ids[0]
    change = empty_project.add_many([Party(id=first, name="Nieuw")])
    assert change.ids != (first,) and empty_project.get("party", first).name == "Bestaand"


def test_add_many_refuses_an_entity_of_another_kind(empty_project):
    with pytest.raises(ValueError):
        empty_project.add_many([Party(name="A"), WorkItem(title="B")])
    assert empty_project.count("party") == empty_project.count("work_item") == 0


# -- update -----------------------------------------------------------------------


def test_update_and_revert(demo_project):
    before = state(demo_project)
    change = demo_project.update("party", 3, stance=-2, name="Provincie Rijnmaasland (nieuw)")
    assert change.before == {3: {"stance": 1, "name": "Provincie Rijnmaasland"}}
    assert change.fields == ("name", "stance")
    assert demo_project.get("party", 3).stance == -2
    demo_project.revert(change)
    assert state(demo_project) == before


def test_update_many_and_revert(demo_project):
    before = state(demo_project)
    change = demo_project.update_many("party", {1: {"x": 10.5, "y": -3.0}, 2: {"x": 20.0, "y": 4.25}})
    assert (demo_project.get("party", 2).x, demo_project.get("party", 2).y) == (20.0, 4.25)
    demo_project.revert(change)
    assert state(demo_project) == before


def test_update_list_field_keeps_order_and_reverts(demo_project):
    before = state(demo_project)
    change = demo_project.update("agreement", 4, party_ids=[7, 2, 9, 1])
    assert demo_project.get("agreement", 4).party_ids == [7, 2, 9, 1]
    assert reopen_ids(demo_project, 4) == [7, 2, 9, 1]
    demo_project.revert(change)
    assert state(demo_project) == before


def reopen_ids(project, agreement_id):
    return project.load().entities["agreement"][agreement_id].party_ids


def test_update_ratifications_and_revert(demo_project):
    before = state(demo_project)
    change = demo_project.update("decision", 1, ratifications={7: "ratified", 1: "rejected"})
    assert demo_project.get("decision", 1).ratifications == {7: "ratified", 1: "rejected"}
    demo_project.revert(change)
    assert state(demo_project) == before


def test_update_collaboration_and_revert(demo_project):
    before = state(demo_project)
    change = demo_project.update_collaboration(overload_share=0.25, title="Warm en Droog 2.0")
    assert demo_project.collaboration().overload_share == 0.25
    demo_project.revert(change)
    assert state(demo_project) == before


@pytest.mark.parametrize("values, path", [
    ({"stance": 5}, "parties[3].stance"),
    ({"colour": "rood"}, "parties[3].colour"),
    ({"name": ""}, "parties[3].name"),
    ({"kind": "ministry"}, "parties[3].kind"),
    ({"id_": 4}, "id_"),
])
def test_update_with_invalid_value_is_refused(demo_project, values, path):
    before = demo_project.load()
    with pytest.raises(errors.ValidationError) as info:
        demo_project.update("party", 3, **values)
    assert info.value.problems[0].path == path
    assert demo_project.load() == before


def test_update_can_change_fields_named_like_its_parameters(demo_project):
    demo_project.update("party", 3, kind="state")
    assert demo_project.get("party", 3).kind == "state"


def test_update_of_unknown_field_is_refused(demo_project):
    with pytest.raises(errors.ValidationError):
        demo_project.update("party", 3, colour_scheme="x")
    with pytest.raises(errors.ValidationError):
        demo_project.update("party", 3, id=99)


def test_update_to_a_self_relation_is_refused(demo_project):
    relation = demo_project.get("relation", 1)
    with pytest.raises(errors.ValidationError):
        demo_project.update("relation", 1, target_id=relation.source_id)
    assert demo_project.get("relation", 1) == relation


def test_update_of_missing_entity_says_so(demo_project):
    with pytest.raises(errors.NotFoundError) as info:
        demo_project.update("party", 999, stance=1)
    assert str(info.value) == "Deze partij bestaat niet (meer) (nummer 999)."
    set_language("en")
    assert str(info.value) == "This party does not exist (any more) (number 999)."


def test_failed_update_many_changes_none_of_them(demo_project):
    before = demo_project.load()
    with pytest.raises(errors.NotFoundError):
        demo_project.update_many("party", {1: {"stance": -2}, 999: {"stance": -2}})
    assert demo_project.load() == before


# -- delete and restore -------------------------------------------------------------


def test_delete_party_with_everything_attached_and_revert_restores_exactly(demo_project):
    before = state(demo_project)
    data = demo_project.load()
    pid = 1  # Maasoever: relations, RACI, agreements, ratifications, representatives, a lead, owners
    assert any(pid in (r.source_id, r.target_id) for r in data.relations)
    assert any(p == pid for (_, p) in data.raci)
    assert any(pid in a.party_ids for a in data.agreements)
    assert any(pid in d.ratifications for d in data.decisions)
    assert any(g.lead_party_id == pid for g in data.working_groups)

    change = demo_project.delete("party", pid)
    after = demo_project.load()
    assert pid not in after.entities["party"]
    assert not any(pid in (r.source_id, r.target_id) for r in after.relations)
    assert not any(p == pid for (_, p) in after.raci)
    assert not any(pid in a.party_ids for a in after.agreements)
    assert not any(pid in d.ratifications for d in after.decisions)
    assert all(g.lead_party_id != pid for g in after.working_groups)
    assert all(a.owner_party_id != pid for a in after.agreements)
    assert {"party", "relation", "raci", "agreement", "decision", "representative", "working_group",
            "meeting"} <= change.kinds

    demo_project.revert(change)
    assert state(demo_project) == before
    with reopen(demo_project) as again:
        assert state(again) == before


def test_restored_link_lists_keep_their_order(demo_project):
    demo_project.update("agreement", 1, party_ids=[9, 3, 1, 5])
    change = demo_project.delete("party", 3)
    assert demo_project.get("agreement", 1).party_ids == [9, 1, 5]
    demo_project.revert(change)
    assert demo_project.get("agreement", 1).party_ids == [9, 3, 1, 5]


@pytest.mark.parametrize("kind, id_", [
    ("meeting", 1), ("meeting", 2), ("work_item", 1), ("working_group", 1), ("decision", 1), ("agreement", 2),
    ("relation", 5), ("representative", 1), ("dilemma", 1), ("agenda_item", 3), ("action_item", 1),
    ("parking_item", 1),
])
def test_delete_and_revert_every_kind(demo_project, kind, id_):
    before = state(demo_project)
    change = demo_project.delete(kind, id_)
    assert demo_project.count(kind) == len(before.entities[kind]) - 1
    demo_project.revert(change)
    assert state(demo_project) == before


def test_delete_several_at_once_and_revert(demo_project):
    before = state(demo_project)
    change = demo_project.delete("party", [2, 7, 8])
    assert demo_project.count("party") == 7
    demo_project.revert(change)
    assert state(demo_project) == before


def test_delete_of_missing_entity_deletes_nothing(demo_project):
    before = demo_project.load()
    with pytest.raises(errors.NotFoundError):
        demo_project.delete("party", [2, 999])
    assert demo_project.load() == before


def test_ids_are_kept_on_redo(demo_project):
    added = demo_project.add(Party(name="Stichting Dorpsraad Lindeloo"))
    new_id = added.ids[0]
    undo = demo_project.revert(added)          # undo of the add: a delete
    redo = demo_project.revert(undo)           # redo: the same party, same id
    assert redo.ids == (new_id,)
    assert demo_project.get("party", new_id).name == "Stichting Dorpsraad Lindeloo"

    deleted = demo_project.delete("party", 4)
    undo = demo_project.revert(deleted)        # restore with id 4
    assert demo_project.get("party", 4).name == "Waterschap De Stroomlanden"
    redo = demo_project.revert(undo)           # delete again
    undo_again = demo_project.revert(redo)
    assert undo_again.ids == (4,)
    assert demo_project.get("party", 4).name == "Waterschap De Stroomlanden"


def test_delete_work_item_takes_its_raci_row_and_revert_brings_it_back(demo_project):
    before = state(demo_project)
    cells = {k: v for k, v in before.raci.items() if k[0] == 1}
    assert cells
    change = demo_project.delete("work_item", 1)
    assert not any(k[0] == 1 for k in demo_project.load().raci)
    assert "raci" in change.kinds
    demo_project.revert(change)
    assert {k: v for k, v in demo_project.load().raci.items() if k[0] == 1} == cells


# -- roles and order ----------------------------------------------------------------


def test_set_roles_normalises_and_reverts(demo_project):
    before = state(demo_project)
    change = demo_project.set_roles({(10, 10): "r/a", (1, 1): "", (2, 8): "i c"})
    assert demo_project.roles(10, 10) == "AR"
    assert demo_project.roles(1, 1) == ""
    assert demo_project.roles(2, 8) == "CI"
    assert change.before == {(10, 10): "", (1, 1): "AR", (2, 8): ""}
    assert change.kinds == frozenset({"raci"})
    demo_project.revert(change)
    assert state(demo_project) == before


def test_set_roles_outside_the_scheme_is_refused(demo_project):
    before = demo_project.load()
    with pytest.raises(errors.ValidationError) as info:
        demo_project.set_roles({(1, 2): "A", (1, 3): "X"})
    assert "‘X’ is geen rol in RACI" in str(info.value)
    with pytest.raises(errors.ValidationError):
        demo_project.set_roles({(1, 2): "S"})  # Support only exists in RASCI
    assert demo_project.load() == before


def test_support_role_is_allowed_in_rasci(demo_project):
    demo_project.update_collaboration(raci_scheme="RASCI")
    demo_project.set_roles({(1, 2): "s"})
    assert demo_project.roles(1, 2) == "S"


def test_set_roles_on_missing_row_is_refused(demo_project):
    before = demo_project.load()
    with pytest.raises(errors.NotFoundError):
        demo_project.set_roles({(1, 2): "A", (999, 2): "R"})
    assert demo_project.load() == before


def test_reorder_and_revert(demo_project):
    before = state(demo_project)
    ids = [p.id for p in before.parties][::-1]
    change = demo_project.reorder("party", ids)
    assert [p.id for p in demo_project.load().parties] == ids
    demo_project.revert(change)
    assert state(demo_project) == before


def test_every_operation_refreshes_the_last_changed_stamp(demo_project):
    demo_project.update_collaboration(updated="2000-01-01T00:00:00+00:00")
    demo_project.update("party", 1, stance=1)
    assert demo_project.collaboration().updated > "2026"


# -- hostile text, copies, files -----------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "emoji", "arabic", "quotes-sql", "newlines", "10000"])
def test_hostile_text_survives_save_and_reopen(tmp_path, text):
    project = storage.Project.create(tmp_path / "vijandig.samenwerk")
    name = text[:500]
    pid = project.add(Party(name=name, position=text, private_note=text, interests=[text, text[:3]])).ids[0]
    project.update_collaboration(challenge=text)
    project = reopen(project)
    try:
        party = project.get("party", pid)
        assert (party.name, party.position, party.private_note, party.interests) == (name, text, text, [text, text[:3]])
        assert project.collaboration().challenge == text
    finally:
        project.close()


def test_save_copy_makes_an_identical_usable_copy(demo_project, tmp_path):
    demo_project.update("party", 2, stance=2)
    target = tmp_path / "kopie" / "Kopie van demo.samenwerk"
    target.parent.mkdir()
    assert demo_project.save_copy(target) == target
    with storage.Project.open(target) as copy:
        assert copy.load() == demo_project.load()
        copy.update("party", 2, stance=-2)  # the copy is a real, writable project
    assert demo_project.get("party", 2).stance == 2
    assert not list(target.parent.glob(".*tmp"))


def test_save_copy_into_a_missing_folder_is_a_clear_error(demo_project, tmp_path):
    with pytest.raises(errors.OutputRefused) as info:
        demo_project.save_copy(tmp_path / "bestaat-niet" / "kopie.samenwerk")
    assert str(info.value) == "De map van ‘kopie.samenwerk’ bestaat niet; kies een bestaande map."


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.samenwerk"
    storage.Project.create(path).close()
    with pytest.raises(errors.SamenwerkError) as info:
        storage.Project.create(path)
    assert "bestaat al" in str(info.value)


def test_project_file_is_marked_as_samenwerk(demo_path):
    conn = sqlite3.connect(demo_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == storage.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
    finally:
        conn.close()


def test_close_releases_the_lock(demo_path):
    storage.Project.open(demo_path).close()
    assert not demo_path.with_name(demo_path.name + ".lock").exists()
    with storage.Project.open(demo_path) as again:
        assert not again.read_only


@pytest.mark.parametrize("values", [{"overload_share": 2.0}, {"title": ""}, {"raci_scheme": "RAPID"}, {"bestaat": 1}])
def test_invalid_collaboration_change_is_refused(demo_project, values):
    before = demo_project.load()
    with pytest.raises(errors.ValidationError):
        demo_project.update_collaboration(**values)
    assert demo_project.load() == before


@pytest.mark.parametrize("name", ["Café 🌍 #1 ?x=1 %20 &.samenwerk", "met spaties.samenwerk", "100%.samenwerk",
                                  "مشروع.samenwerk"])
def test_file_names_with_odd_characters_open(tmp_path, name):
    storage.Project.create(tmp_path / name).close()
    with storage.Project.open(tmp_path / name) as project:
        project.add(Party(name="Gemeente Maasoever"))
    with storage.Project.open(tmp_path / name, read_only=True) as project:
        assert project.count("party") == 1


def test_overwriting_a_project_that_is_open_is_refused(demo_project):
    before = demo_project.load()
    with pytest.raises(errors.OutputRefused) as info:
        storage.Project.create(demo_project.path, force=True)
    assert str(info.value) == ("‘demo.samenwerk’ is geopend in een ander Samenwerk-venster; "
                               "sluit het daar of kies een andere naam.")
    assert demo_project.load() == before


@pytest.mark.parametrize("kind, id_, field, rewritten", [
    ("agreement", 4, "party_ids", []),
    ("meeting", 1, "attendee_ids", [4, 3]),
    ("decision", 1, "ratifications", {3: "pending"}),
])
def test_undo_of_a_delete_restores_list_order_after_the_list_was_rewritten(demo_project, kind, id_, field, rewritten):
    before = state(demo_project)
    original = getattr(before.entities[kind][id_], field)
    victim = list(original)[1]  # a party in the middle of the list
    deleted = demo_project.delete("party", victim)
    edited = demo_project.update(kind, id_, **{field: rewritten})
    demo_project.revert(edited)  # rewrites the list: its entries are renumbered
    demo_project.revert(deleted)
    restored = getattr(demo_project.get(kind, id_), field)
    assert list(restored) == list(original) and restored == original
    assert state(demo_project) == before


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_loading_the_whole_file_reads_each_entity_as_reading_it_alone_does(demo_project, kind):
    loaded = demo_project.load().entities[kind]
    alone = {id_: demo_project.get(kind, id_) for id_ in loaded}
    assert loaded == alone and repr(loaded) == repr(alone)  # repr: a flag read as 0 equals False, but shows 0
