"""RACI roles normalisation and the findings about a responsibility matrix."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samenwerk_desktop.core import generate, model, raci
from samenwerk_desktop.core.i18n import set_language

# -- roles -------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("r/a", "AR"), ("R/A", "AR"), ("A R", "AR"), ("ra", "AR"), ("a,r", "AR"), ("i c", "CI"), ("C+I", "CI"),
    ("", ""), ("  ", ""), ("/", ""), ("aa", "A"), ("s", "S"), ("IRASC", "ARSCI"), ("r; a", "AR"), ("A-R", "AR"),
])
def test_normalise_roles(text, expected):
    assert model.normalise_roles(text) == expected


@pytest.mark.parametrize("text", ["x", "A/X", "ARQ", "1", "é"])
def test_normalise_roles_refuses_unknown_letters(text):
    with pytest.raises(ValueError):
        model.normalise_roles(text)


def test_support_is_not_in_the_raci_scheme():
    with pytest.raises(ValueError):
        model.normalise_roles("S", "RACI")
    assert model.normalise_roles("S", "RASCI") == "S"


@pytest.mark.parametrize("roles, shown", [("AR", "A/R"), ("A", "A"), ("", ""), ("ARSCI", "A/R/S/C/I")])
def test_format_roles(roles, shown):
    assert model.format_roles(roles) == shown


# -- findings ----------------------------------------------------------------


def find(rows, cells, board=(), n_parties=4, share=0.5):
    """Findings for parties 1..n_parties (party 'board' must consult its board) and rows 1..len(rows)."""
    items = [(i, title) for i, title in enumerate(rows, start=1)]
    parties = [(p, f"Partij {p}", p in board) for p in range(1, n_parties + 1)]
    return raci.find(items, parties, cells, share)


def codes(findings):
    return [(f.code, f.work_item_id, f.party_id) for f in findings]


def test_sound_matrix_has_no_findings():
    cells = {(1, 1): "AR", (1, 2): "C", (2, 2): "A", (2, 3): "R", (3, 4): "AR", (3, 1): "I"}
    assert find(["x", "y", "z"], cells) == []


def test_empty_row():
    cells = {(1, 1): "AR", (1, 2): "C", (2, 2): "AR", (3, 3): "AR", (3, 4): "R"}
    found = find(["x", "y", "leeg", "z"][:3] + ["leeg"], cells)
    assert ("empty_row", 4, None) in codes(found)
    assert [f for f in found if f.code == "empty_row"][0].severity == "error"


def test_empty_row_has_no_other_row_findings():
    found = find(["leeg"], {(1, 1): ""}, n_parties=1)
    assert codes(found) == [("empty_row", 1, None), ("idle_party", None, 1)]


def test_no_accountable():
    found = find(["x"], {(1, 1): "R", (1, 2): "C", (1, 3): "I", (1, 4): "I"}, share=1.0)
    assert codes(found) == [("no_accountable", 1, None)]
    assert found[0].severity == "error"


def test_several_accountable_names_them():
    found = find(["Tracé"], {(1, 1): "A", (1, 2): "A/R"[0], (1, 3): "R", (1, 4): "I"}, share=1.0)
    assert codes(found) == [("several_accountable", 1, None)]
    assert "Partij 1, Partij 2" in found[0].message.nl
    assert "2 eindverantwoordelijken" in found[0].message.nl


def test_several_accountable_are_named_in_column_order_whatever_order_the_cells_come_in():
    cells = {(1, 4): "A", (1, 3): "R", (1, 1): "AR", (1, 2): "I"}
    found = find(["Tracé"], cells, board={1, 4}, share=1.0)
    assert [f.message.nl for f in found] == [
        "‘Tracé’ heeft 2 eindverantwoordelijken (A): Partij 1, Partij 4. Kies er één.",
        "Partij 1 is eindverantwoordelijk voor ‘Tracé’, maar moet eerst terug naar het eigen bestuur.",
        "Partij 4 is eindverantwoordelijk voor ‘Tracé’, maar moet eerst terug naar het eigen bestuur.",
    ]


def test_counts_in_the_sentences_count_only_known_rows_and_parties():
    cells = {(1, 1): "C", (1, 2): "C", (1, 3): "AC", (1, 4): "RC", (1, 9): "C", (1, 5): "", (7, 4): "AR"}
    found = find(["x", "y"], cells, n_parties=5, share=0.4)
    assert [f.message.en for f in found] == [
        "‘x’ has 4 consulted parties (C); more than 3 slows it down.",
        "‘y’ has no roles yet.",
        "Partij 3 is A or R on 1 of 2 work items (more than 40%).",
        "Partij 4 is A or R on 1 of 2 work items (more than 40%).",
        "Partij 5 has no role at all.",
    ]


def test_no_responsible():
    found = find(["x"], {(1, 1): "A", (1, 2): "C", (1, 3): "I", (1, 4): "I"}, share=1.0)
    assert codes(found) == [("no_responsible", 1, None)]
    assert found[0].severity == "warning"


def test_board_accountable_names_the_party_and_the_row():
    found = find(["Stresstest"], {(1, 2): "AR", (1, 1): "C", (1, 3): "I", (1, 4): "I"}, board={2}, share=1.0)
    assert codes(found) == [("board_accountable", 1, 2)]
    assert "Partij 2" in found[0].message.nl and "Stresstest" in found[0].message.nl


def test_board_party_that_is_only_responsible_is_fine():
    assert find(["x"], {(1, 1): "A", (1, 2): "R", (1, 3): "I", (1, 4): "I"}, board={2}, share=1.0) == []


@pytest.mark.parametrize("n_consulted, found", [(3, False), (4, True)])
def test_too_many_consulted(n_consulted, found):
    cells = {(1, 1): "AR"} | {(1, p): "C" for p in range(2, 2 + n_consulted)}
    result = codes(find(["x"], cells, n_parties=1 + n_consulted, share=1.0))
    assert (("too_many_consulted", 1, None) in result) is found


def test_idle_party():
    found = find(["x"], {(1, 1): "AR", (1, 2): "I"}, n_parties=3, share=1.0)
    assert codes(found) == [("idle_party", None, 3)]


@pytest.mark.parametrize("share, heavy_rows, n_rows, overloaded", [
    (0.5, 2, 4, False),   # exactly half is allowed
    (0.5, 3, 4, True),
    (0.25, 2, 4, True),
    (0.25, 1, 4, False),
    (1.0, 4, 4, False),
    (0.05, 1, 10, True),
])
def test_overloaded_party_with_configurable_share(share, heavy_rows, n_rows, overloaded):
    cells = {}
    for w in range(1, n_rows + 1):
        if w <= heavy_rows:
            cells[(w, 1)] = "A" if w % 2 else "R"
            cells[(w, 2)] = "R" if w % 2 else "A"
        else:
            cells[(w, 2)] = "AR"
        cells[(w, 3)] = "I"
    found = [f for f in find(["r"] * n_rows, cells, n_parties=3, share=share) if f.code == "overloaded_party"]
    assert any(f.party_id == 1 for f in found) is overloaded
    if overloaded:
        msg = next(f for f in found if f.party_id == 1).message
        assert f"{heavy_rows} van {n_rows}" in msg.nl and f"{round(share * 100)}%" in msg.nl


def test_cells_of_unknown_rows_or_parties_are_ignored():
    found = find(["x"], {(1, 1): "AR", (9, 1): "A", (1, 9): "A"}, n_parties=1, share=1.0)
    assert found == []


def test_findings_come_rows_first_in_code_order():
    cells = {(1, 1): "A", (1, 2): "A"}
    found = find(["x", "leeg"], cells, n_parties=3, share=1.0)
    assert codes(found) == [("several_accountable", 1, None), ("no_responsible", 1, None),
                            ("empty_row", 2, None), ("idle_party", None, 3)]
    assert all(f.code in raci.CODES for f in found)


def test_messages_are_in_both_languages():
    found = find(["Tracé"], {}, n_parties=1)
    assert str(found[0]) == "‘Tracé’ heeft nog geen rollen."
    set_language("en")
    assert str(found[0]) == "‘Tracé’ has no roles yet."


def test_demo_project_shows_every_finding_code(demo_data):
    found = {f.code for f in raci.findings_for(demo_data)}
    assert found == set(raci.CODES)


def test_load_per_party_counts_letters(demo_data):
    load = raci.load_per_party(demo_data)
    maasoever = load[1]
    expected_a = sum(1 for (w, p), r in demo_data.raci.items() if p == 1 and "A" in r)
    assert maasoever["A"] == expected_a > 0
    assert load[10] == {c: 0 for c in "ARSCI"}


# -- order does not matter ------------------------------------------------------


def _keys(findings):
    return sorted((f.code, f.work_item_id or 0, f.party_id or 0) for f in findings)


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), shuffle_seed=st.integers(0, 2**32 - 1), share=st.sampled_from([0.05, 0.3, 0.5, 1.0]))
def test_findings_do_not_depend_on_row_and_column_order(seed, shuffle_seed, share):
    data = generate.random_collaboration(random.Random(seed), size=6)
    items = [(w.id, w.title) for w in data.work_items]
    parties = [(p.id, p.name, p.must_consult_board) for p in data.parties]
    before = raci.find(items, parties, data.raci, share)
    rng = random.Random(shuffle_seed)
    rng.shuffle(items)
    rng.shuffle(parties)
    cells = list(data.raci.items())
    rng.shuffle(cells)
    after = raci.find(items, parties, dict(cells), share)
    assert _keys(after) == _keys(before)


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), shuffle_seed=st.integers(0, 2**32 - 1))
def test_findings_do_not_depend_on_the_order_cells_are_stored_in(seed, shuffle_seed):
    """Same rows and columns, cells read in another order: the very same list, messages included."""
    data = generate.random_collaboration(random.Random(seed), size=6)
    items = [(w.id, w.title) for w in data.work_items]
    parties = [(p.id, p.name, p.must_consult_board) for p in data.parties]
    cells = list(data.raci.items())
    random.Random(shuffle_seed).shuffle(cells)
    assert raci.find(items, parties, dict(cells)) == raci.find(items, parties, data.raci)
