"""Property test of undo: random core operations, undone and redone in any pattern, bring back exact states."""

import copy
import dataclasses
import tempfile
from pathlib import Path

from hypothesis import event, given, settings
from hypothesis import strategies as st

from samenwerk_desktop.core import errors, interchange, model, storage
from samenwerk_desktop.core.model import Agreement, Decision, Party, Relation

DEMO_JSON = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"
DELETABLE = ["party", "relation", "working_group", "work_item", "meeting", "agreement", "decision", "dilemma",
             "representative", "agenda_item"]


def state(project):
    data = project.load()
    data.collaboration = dataclasses.replace(data.collaboration, updated="")
    return data


def random_operation(draw, project, n):
    """One core operation chosen and filled in by hypothesis; returns its Change (or None if refused)."""
    data = project.load()
    parties = sorted(data.entities["party"])
    items = sorted(data.entities["work_item"])
    kind = draw(st.sampled_from(["delete", "add_party", "delete", "add_relation", "update_party", "delete", "roles", "reorder",
                                 "collaboration", "agreement_parties", "ratify", "add_agreement"]))
    try:
        if kind == "add_party":
            return project.add(Party(name=f"Stichting {n}", stance=draw(st.integers(-2, 2))))
        if kind == "add_relation" and len(parties) >= 2:
            a, b = draw(st.lists(st.sampled_from(parties), min_size=2, max_size=2, unique=True))
            return project.add(Relation(source_id=a, target_id=b, type=draw(st.sampled_from(list(model.RELATION_TYPES)))))
        if kind == "update_party" and parties:
            return project.update("party", draw(st.sampled_from(parties)), stance=draw(st.integers(-2, 2)),
                                  x=draw(st.floats(-400, 400)), private_note=f"notitie {n}")
        if kind == "roles" and parties and items:
            cells = draw(st.dictionaries(st.tuples(st.sampled_from(items), st.sampled_from(parties)),
                                         st.sampled_from(["A", "r", "A/R", "c", "I", ""]), min_size=1, max_size=4))
            return project.set_roles(cells)
        if kind == "delete":
            which = draw(st.sampled_from(DELETABLE))
            ids = sorted(data.entities[which])
            if ids:
                return project.delete(which, draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True)))
        if kind == "reorder" and parties:
            return project.reorder("party", draw(st.permutations(parties)))
        if kind == "collaboration":
            return project.update_collaboration(title=f"Ronde {n}", overload_share=draw(st.sampled_from([0.3, 0.5, 0.8])))
        if kind == "agreement_parties" and data.entities["agreement"] and parties:
            aid = draw(st.sampled_from(sorted(data.entities["agreement"])))
            return project.update("agreement", aid, party_ids=draw(st.lists(st.sampled_from(parties), unique=True,
                                                                             max_size=5)))
        if kind == "ratify" and data.entities["decision"] and parties:
            did = draw(st.sampled_from(sorted(data.entities["decision"])))
            rats = draw(st.dictionaries(st.sampled_from(parties), st.sampled_from(list(model.RATIFICATION_STATES)),
                                        max_size=4))
            return project.update("decision", did, ratifications=rats)
        if kind == "add_agreement" and parties:
            return project.add(Agreement(text=f"Afspraak {n}", owner_party_id=draw(st.sampled_from(parties)),
                                         party_ids=draw(st.lists(st.sampled_from(parties), unique=True, max_size=3))))
        if kind == "add_agreement":
            return project.add(Decision(title=f"Besluit {n}"))
    except errors.ValidationError:
        return None
    return None


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_undo_and_redo_in_any_pattern_restore_exact_states(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "undo.samenwerk"
        interchange.import_file(DEMO_JSON, path)
        with storage.Project.open(path) as project:
            history = [state(project)]  # history[i] = state after i changes on the stack
            stack = []
            for n in range(data.draw(st.integers(4, 15), label="operations")):
                change = random_operation(data.draw, project, n)
                if change is None:
                    continue
                event(f"{change.kind} {change.action}")
                stack.append(change)
                history.append(state(project))
                # sometimes undo a few steps and redo them again, as a facilitator does
                k = data.draw(st.integers(0, min(3, len(stack))), label="undo-redo")
                redo = []
                for _ in range(k):
                    redo.append(project.revert(stack.pop()))
                    assert state(project) == history[len(stack)]
                for _ in range(k):
                    stack.append(project.revert(redo.pop()))
                    assert state(project) == history[len(stack)]
            while stack:  # undo everything: back to the very start
                project.revert(stack.pop())
                assert state(project) == history[len(stack)]
            assert state(project) == history[0]


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_each_change_applied_in_memory_gives_what_the_file_holds_and_its_inverse_the_state_before(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "record.samenwerk"
        interchange.import_file(DEMO_JSON, path)
        with storage.Project.open(path) as project:
            memory = project.load()
            for n in range(data.draw(st.integers(4, 15), label="operations")):
                before = copy.deepcopy(memory)
                change = random_operation(data.draw, project, n)
                if change is None:
                    continue
                event(f"{change.kind} {change.action}")
                storage.apply_change(memory, change)
                assert memory == project.load()
                back = copy.deepcopy(memory)
                storage.apply_change(back, storage.inverse(change))
                assert back == before
                if data.draw(st.booleans(), label="undo"):
                    storage.apply_change(memory, project.revert(change))
                    assert memory == project.load()
