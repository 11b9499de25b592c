"""The change record: each operation says what it changed before and after, refusals name their field, listeners hear it."""

import pytest

from samenwerk_desktop.core import errors
from samenwerk_desktop.core.events import Publisher
from samenwerk_desktop.core.model import Party, Relation
from samenwerk_desktop.core.session import Session
from samenwerk_desktop.core.storage import apply_change, inverse


def test_an_update_carries_each_touched_field_before_and_after(empty_project):
    empty_project.add(Party(name="Gemeente"))
    change = empty_project.update("party", 1, stance=2, name="Gemeente Lindeloo")
    assert change.before == {1: {"stance": 0, "name": "Gemeente"}}
    assert change.after == {1: {"stance": 2, "name": "Gemeente Lindeloo"}}
    assert change.stamp[1] == empty_project.collaboration().updated


def test_an_add_carries_the_new_entity_as_the_file_holds_it(empty_project):
    change = empty_project.add(Party(name="Waterschap"))
    assert change.entities_before == {("party", 1): None}
    assert change.entities_after == {("party", 1): empty_project.get("party", 1)}


def test_a_delete_carries_the_removed_entities_and_what_lost_a_reference(empty_project):
    empty_project.add(Party(name="Gemeente"))
    empty_project.add(Party(name="Provincie"))
    empty_project.add(Relation(source_id=1, target_id=2))
    change = empty_project.delete("party", 1)
    assert change.entities_after[("party", 1)] is None
    assert change.entities_after[("relation", 1)] is None
    assert change.entities_before[("relation", 1)].source_id == 1


def test_roles_carry_each_cell_before_and_after(demo_project):
    change = demo_project.set_roles({(1, 1): "", (2, 3): "r/a"})
    assert change.after == {(1, 1): "", (2, 3): "AR"}
    assert set(change.before) == {(1, 1), (2, 3)}


def test_the_inverse_of_a_change_applied_after_it_gives_the_state_before(demo_project):
    data = demo_project.load()
    before = demo_project.load()
    change = demo_project.update("party", 2, stance=-2, interests=["vooraan"])
    apply_change(data, change)
    assert data == demo_project.load()
    apply_change(data, inverse(change))
    assert data == before


def test_a_refused_value_names_kind_id_field_and_its_label(empty_project):
    empty_project.add(Party(name="Gemeente"))
    with pytest.raises(errors.ValidationError) as refused:
        empty_project.update("party", 1, name="")
    problem = refused.value.problems[0]
    assert (problem.kind, problem.id, problem.field) == ("party", 1, "name")
    assert problem.label.nl == "Naam"


def test_a_refused_collaboration_field_names_its_label(empty_project):
    with pytest.raises(errors.ValidationError) as refused:
        empty_project.update_collaboration(title="")
    problem = refused.value.problems[0]
    assert (problem.kind, problem.id, problem.field) == ("collaboration", 1, "title")
    assert problem.label is not None


def test_a_refused_new_entity_names_the_field(empty_project):
    with pytest.raises(errors.ValidationError) as refused:
        empty_project.add(Party(name="x" * 100_000))
    assert (refused.value.problems[0].kind, refused.value.problems[0].field) == ("party", "name")


def test_every_listener_hears_each_change_with_its_initiator():
    publisher = Publisher()
    heard_a, heard_b = [], []
    publisher.subscribe(lambda change, who: heard_a.append((change, who)))
    stop_b = publisher.subscribe(lambda change, who: heard_b.append((change, who)))
    publisher.publish("eerste", "kaart")
    stop_b()
    stop_b()  # twice is harmless
    publisher.publish("tweede", None)
    assert heard_a == [("eerste", "kaart"), ("tweede", None)]
    assert heard_b == [("eerste", "kaart")]


def test_a_session_keeps_its_data_by_applying_changes_and_publishes_undo_too(empty_project):
    session = Session(empty_project)
    heard = []
    session.subscribe(lambda change, who: heard.append((change.action, who)))
    change = session.run(lambda p: p.add(Party(name="Netbeheerder")), initiator="lijst")
    assert session.data.parties[0].name == "Netbeheerder"
    session.revert(change)
    assert session.data.parties == []
    assert session.data == empty_project.load()
    assert heard == [("add", "lijst"), ("delete", None)]


def test_a_refused_operation_publishes_nothing(empty_project):
    session = Session(empty_project)
    heard = []
    session.subscribe(lambda change, who: heard.append(change))
    with pytest.raises(errors.ValidationError):
        session.run(lambda p: p.add(Party(name="")))
    assert heard == []
