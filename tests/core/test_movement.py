"""How the field of forces moves: states taken and compared, why a party moved, the ghosts' places."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samenwerk_desktop.core import errors, meeting, movement, storage
from samenwerk_desktop.core.model import Agreement, Collaboration, Meeting, Party, Relation
from samenwerk_desktop.core.movement import FieldState, PartyMark, compare
from samenwerk_desktop.core.session import Session

NOW = datetime(2026, 3, 31, 21, 0)


def run(session, steps):
    for step in steps:
        session.run(step)


@pytest.fixture
def session(tmp_path):
    project = storage.Project.create(tmp_path / "beweging.samenwerk", Collaboration(title="Warm en Droog"))
    project.add(Party(name="Gemeente", stance=-1, influence=4, x=0, y=0))
    project.add(Party(name="Provincie", stance=0, influence=8, x=200, y=0))
    project.add(Party(name="Bewoners", stance=1, influence=2, x=0, y=200))
    project.add(Relation(source_id=1, target_id=2, type="tension", strength=2))
    project.add(Meeting(date="2026-03-31", title="Stuurgroep", status="running"))
    s = Session(project)
    yield s
    project.close()


def test_a_state_keeps_every_party_and_relation_as_they_were(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    run(session, [lambda p: p.update("party", 1, stance=1, influence=7)])
    state = movement.state_of(session.data, 1)
    assert [(m.name, m.stance, m.influence) for m in state.parties.values()] == [
        ("Gemeente", -1, 4), ("Provincie", 0, 8), ("Bewoners", 1, 2)]
    assert [(r.type, r.strength) for r in state.relations.values()] == [("tension", 2)]


def test_the_comparison_with_now_lists_the_party_that_moved(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    run(session, [lambda p: p.update("party", 1, stance=1, influence=7)])
    found = compare(movement.state_of(session.data, 1), movement.now_state(session.data))
    assert [(m.name, [str(line) for line in movement.describe_party(m)]) for m in found.parties] == [
        ("Gemeente", ["Standpunt −1 → +1", "Invloed 4 → 7"])]


def test_a_tension_that_became_a_coalition_is_named(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    run(session, [lambda p: p.update("relation", 1, type="coalition", strength=3)])
    found = compare(movement.state_of(session.data, 1), movement.now_state(session.data))
    assert [str(movement.describe_relation(m, movement.names_of(found))) for m in found.relations] == [
        "Gemeente – Provincie: spanning werd coalitie, sterkte 2 → 3"]


def test_joined_and_left_parties_are_named(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    run(session, [lambda p: p.delete("party", 3), lambda p: p.add(Party(name="Netbeheerder"))])
    found = compare(movement.state_of(session.data, 1), movement.now_state(session.data))
    assert [(m.name, m.status, str(movement.describe_party(m)[0])) for m in found.parties] == [
        ("Netbeheerder", "joined", "Nieuw aan tafel"), ("Bewoners", "left", "Niet meer aan tafel")]


def test_closing_a_meeting_takes_a_state(session):
    run(session, meeting.close_steps(session.data, 1, NOW))
    [state] = movement.states(session.data)
    assert (state.title, state.meeting_id, state.taken) == ("Na Stuurgroep", 1, "2026-03-31T21:00:00")
    assert len(movement.state_of(session.data, state.id).parties) == 3


def test_a_state_of_an_empty_map_is_refused_with_a_sentence(tmp_path):
    with storage.Project.create(tmp_path / "leeg.samenwerk", Collaboration(title="Leeg")) as project:
        with pytest.raises(errors.SamenwerkError) as refused:
            movement.capture_steps(project.load(), "Begin", NOW)
    assert str(refused.value) == "Er staan nog geen partijen op de kaart; een stand vastleggen kan pas met partijen."


def test_why_a_party_moved_is_kept_with_its_agreement(session):
    run(session, [lambda p: p.add(Agreement(text="Warmtenet samen verkennen"))])
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    row = movement.state_of(session.data, 1).parties[1].row_id
    run(session, movement.reason_steps(session.data, row, reason="Subsidie toegezegd", agreement_id=1))
    mark = movement.state_of(session.data, 1).parties[1]
    assert (mark.reason, mark.agreement_id) == ("Subsidie toegezegd", 1)


def test_a_reason_without_a_stored_state_is_refused(session):
    with pytest.raises(errors.SamenwerkError) as refused:
        movement.reason_steps(session.data, None, reason="x")
    assert str(refused.value).startswith("Een reden hoort bij een vastgelegde stand;")


def test_undoing_a_taken_state_removes_it(session):
    changes = [session.run(step) for step in movement.capture_steps(session.data, "Begin", NOW)]
    for change in reversed(changes):
        session.revert(change)
    assert movement.states(session.data) == [] and session.data.entities["state_party"] == {}


def test_a_party_that_moved_gets_a_ghost_and_an_arrow_on_the_network(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    run(session, [lambda p: p.update("party", 2, x=300.0, y=100.0)])
    found = compare(movement.state_of(session.data, 1), movement.now_state(session.data))
    assert [(a.name, a.old, a.new) for a in movement.arrows(session.data, found, "network")] == [
        ("Provincie", (200.0, 0.0), (300.0, 100.0))]


def test_on_the_grid_a_change_of_influence_moves_the_ghost(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    run(session, [lambda p: p.update("party", 3, influence=9)])
    found = compare(movement.state_of(session.data, 1), movement.now_state(session.data))
    [arrow] = movement.arrows(session.data, found, "grid")
    assert arrow.name == "Bewoners" and arrow.new[1] < arrow.old[1]  # more influence: higher up


def test_the_latest_comparison_needs_two_states(session):
    run(session, movement.capture_steps(session.data, "Begin", NOW))
    assert movement.latest_comparison(session.data) is None
    run(session, [lambda p: p.update("party", 1, stance=2)])
    run(session, movement.capture_steps(session.data, "Later", NOW.replace(day=30, month=4)))
    assert [m.name for m in movement.latest_comparison(session.data).parties] == ["Gemeente"]


# -- properties ---------------------------------------------------------------------------------------

marks = st.builds(
    lambda key, stance, influence, involvement, position, x, y: PartyMark(
        key, f"P{key}", stance, influence, involvement, position, x, y),
    st.integers(1, 8), st.integers(-2, 2), st.integers(0, 10), st.integers(0, 10),
    st.sampled_from(["", "voor", "tegen"]), st.sampled_from([0.0, 10.0]), st.sampled_from([0.0, 5.0]))
relations = st.lists(st.tuples(st.integers(1, 8), st.integers(1, 8), st.sampled_from(["tension", "coalition"]),
                               st.integers(1, 3)).filter(lambda t: t[0] != t[1]), max_size=6)


def sides():
    return st.builds(lambda ps, rs: FieldState(None, "x", {m.key: m for m in ps}, movement._relation_marks(rs)),
                     st.lists(marks, max_size=8, unique_by=lambda m: m.key), relations)


@settings(max_examples=60, deadline=None)
@given(sides())
def test_a_state_compared_with_itself_shows_nothing(side):
    assert compare(side, side).empty


@settings(max_examples=100, deadline=None)
@given(sides(), sides())
def test_applying_the_listed_changes_to_the_old_state_gives_the_new_one(old, new):
    found = apply_moves = movement.apply_moves(old, compare(old, new))
    assert apply_moves.parties == new.parties and found.relations == new.relations


def test_a_file_with_a_state_relation_from_a_party_to_itself_is_refused_by_name(session, tmp_path):
    import sqlite3

    run(session, movement.capture_steps(session.data, "Begin", NOW))
    path = session.project.path
    session.project.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE state_relation SET target_id = source_id")
    conn.commit()
    conn.close()
    with pytest.raises(errors.FileRefused) as refused:
        storage.Project.open(path)
    assert "Relatie in een stand 1 verbindt een partij met zichzelf." in [str(p) for p in refused.value.problems]
