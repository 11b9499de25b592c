"""Automatic layout of the network map ("Kaart schikken"): no overlaps, fewer crossings, pinned parties stay."""

import itertools
import math
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from samenwerk_desktop.core import autolayout, mapstyle
from samenwerk_desktop.core.model import RELATION_TYPES, Party, Relation

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Rel:
    id: int
    source_id: int
    target_id: int
    type: str = "informal"
    strength: int = 2
    direction: str = "none"


def closest_gap(parties, positions) -> float:
    """The least room between two party symbols (negative: they overlap)."""
    return min(math.dist(positions[a.id], positions[b.id]) - mapstyle.radius(a.influence)
               - mapstyle.radius(b.influence) for a, b in itertools.combinations(parties, 2))


def generated(n: int, m: int, seed: int = 1):
    rng = random.Random(seed)
    parties = [Party(id=i, name=f"Partij {i}", short_name=f"P{i}", influence=rng.randint(0, 10),
                     x=rng.uniform(-2000, 2000), y=rng.uniform(-1500, 1500)) for i in range(1, n + 1)]
    pairs = set()
    while len(pairs) < m:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            pairs.add((a, b))
    relations = [Rel(i, a, b, rng.choice(list(RELATION_TYPES)), rng.randint(1, 3))
                 for i, (a, b) in enumerate(sorted(pairs), 1)]
    return parties, relations


def test_the_demo_has_no_overlaps_and_fewer_crossings_than_a_circle(demo_data):
    parties, relations = demo_data.parties, demo_data.relations
    pos = autolayout.arrange(parties, relations)
    assert set(pos) == {p.id for p in parties}
    assert closest_gap(parties, pos) > 0
    assert autolayout.crossings(pos, relations) < autolayout.crossings(autolayout.circle_positions(parties), relations)


def test_an_imported_list_without_positions_is_spread_out():
    parties = [Party(id=i, name=f"Organisatie {i}", influence=i % 11) for i in range(1, 13)]  # all at (0, 0)
    pos = autolayout.arrange(parties, [Rel(1, 1, 2, "coalition"), Rel(2, 3, 4, "tension")])
    assert closest_gap(parties, pos) > 0


def test_a_generated_map_of_1000_parties_has_no_overlaps():
    parties, relations = generated(1000, 5000)
    pos = autolayout.arrange(parties, relations)
    assert closest_gap(parties, pos) > 0


def test_a_generated_map_of_100_parties_has_fewer_crossings_than_a_circle():
    parties, relations = generated(100, 200)
    pos = autolayout.arrange(parties, relations)
    assert autolayout.crossings(pos, relations) < autolayout.crossings(autolayout.circle_positions(parties), relations)


def test_pinned_parties_stay_where_they_are_and_the_others_keep_clear_of_them(demo_data):
    parties = demo_data.parties
    pinned = {parties[0].id, parties[1].id}
    movable = {p.id for p in parties} - pinned
    pos = autolayout.arrange(parties, demo_data.relations, movable)
    assert set(pos) == movable
    full = {**{p.id: (p.x, p.y) for p in parties if p.id in pinned}, **pos}
    assert closest_gap(parties, full) > 0


def test_the_same_map_gives_the_same_layout(demo_data):
    assert autolayout.arrange(demo_data.parties, demo_data.relations) == autolayout.arrange(
        demo_data.parties, demo_data.relations)


def test_parties_in_tension_end_apart():
    parties = [Party(id=i, name=str(i)) for i in range(1, 5)]
    relations = [Rel(1, 1, 2, "tension"), Rel(2, 1, 3, "coalition"), Rel(3, 2, 3, "coalition"), Rel(4, 3, 4)]
    pos = autolayout.arrange(parties, relations)
    assert math.dist(pos[1], pos[2]) >= autolayout.TENSION_DISTANCE - 1
    assert math.dist(pos[1], pos[3]) < math.dist(pos[1], pos[2])


def test_the_legend_corner_is_kept_clear(demo_data):
    pos = autolayout.arrange(demo_data.parties, demo_data.relations)
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    corner_x = max(xs) - (max(xs) - min(xs)) * autolayout.LEGEND_SHARE[0] / 2
    corner_y = max(ys) - (max(ys) - min(ys)) * autolayout.LEGEND_SHARE[1] / 2
    assert not [p for p in pos.values() if p[0] > corner_x and p[1] > corner_y]


def test_only_parties_without_a_position_move_when_asked():
    parties = [Party(id=1, name="a", x=10, y=10), Party(id=2, name="b", x=300, y=0),
               Party(id=3, name="c"), Party(id=4, name="d")]  # 3 and 4 share (0, 0)
    assert autolayout.movable_ids(parties, only_unplaced=True) == {3, 4}
    assert set(autolayout.arrange(parties, [], autolayout.movable_ids(parties, True))) == {3, 4}


def test_crossings_are_counted_between_lines_that_share_no_party():
    pos = {1: (0, 0), 2: (10, 10), 3: (0, 10), 4: (10, 0), 5: (5, 20)}
    rels = [Relation(id=1, source_id=1, target_id=2), Relation(id=2, source_id=3, target_id=4),
            Relation(id=3, source_id=2, target_id=5)]
    assert autolayout.crossings(pos, rels) == 1


@pytest.mark.parametrize("module", ["samenwerk_desktop.gui.main_window", "samenwerk_desktop.cli"])
def test_the_layout_library_is_not_imported_at_start_up(module):
    code = f"import sys, {module}; print(sorted(m for m in ('networkx', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def lines_through_parties(parties, relations, pos) -> int:
    """How many times a relation line runs through the symbol of a party it does not connect."""
    count = 0
    for r in relations:
        (ax, ay), (bx, by) = pos[r.source_id], pos[r.target_id]
        for p in parties:
            if p.id in (r.source_id, r.target_id):
                continue
            px, py = pos[p.id]
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / max(dx * dx + dy * dy, 1e-9)))
            if math.dist((px, py), (ax + t * dx, ay + t * dy)) < mapstyle.radius(p.influence):
                count += 1
    return count


def test_on_the_demo_no_relation_line_runs_through_a_party_it_does_not_connect(demo_data):
    pos = autolayout.arrange(demo_data.parties, demo_data.relations)
    assert lines_through_parties(demo_data.parties, demo_data.relations, pos) == 0


def test_a_generated_map_of_100_parties_has_fewer_lines_through_parties_than_before():
    parties, relations = generated(100, 200)
    pos = autolayout.arrange(parties, relations)
    stored = {p.id: (p.x, p.y) for p in parties}
    assert lines_through_parties(parties, relations, pos) < lines_through_parties(parties, relations, stored) / 2
