"""Every position on the map (core/layout.py): grid, onion and network, without pile-ups."""

import itertools
import math
import random
from dataclasses import dataclass

import pytest

from samenwerk_desktop.core import layout, mapstyle


@dataclass
class P:
    id: int
    influence: int = 5
    involvement: int = 5
    x: float = 0.0
    y: float = 0.0
    kind: str = "other"
    placement: str = "manual"


def closest_gap(parties, positions) -> float:
    """The least room between two party symbols (negative: they overlap)."""
    return min((math.dist(positions[a.id], positions[b.id]) - mapstyle.radius(a.influence)
                - mapstyle.radius(b.influence) for a, b in itertools.combinations(parties, 2)), default=math.inf)


def crowd(n=400, seed=3):
    rng = random.Random(seed)
    return [P(i, rng.randint(0, 10), rng.randint(0, 10)) for i in range(1, n + 1)]


@pytest.mark.parametrize("influence, involvement, label", [
    (9, 9, "Nauw betrekken"), (9, 1, "Tevreden houden"), (1, 9, "Informeren"), (1, 1, "Monitoren"),
    (5, 5, "Nauw betrekken"), (4, 4, "Monitoren"),
])
def test_quadrants(influence, involvement, label):
    assert layout.quadrant(influence, involvement).nl == label


def test_grid_has_involvement_across_and_influence_up():
    frame = layout.grid_placement([P(1)]).frame
    x0, y0 = frame.grid_point(0, 0)
    x1, y1 = frame.grid_point(10, 10)
    assert x0 < x1 and y0 > y1
    assert frame.grid_point(0, 10) == (x1, y0)


@pytest.mark.parametrize("n", [1, 2, 3, 8, 30])
def test_parties_with_equal_grid_scores_stay_apart_and_read_back_as_their_scores(n):
    parties = [P(i, 10, 10) for i in range(1, n + 1)]
    place = layout.grid_placement(parties)
    assert closest_gap(parties, place.positions) > 0
    assert all(place.frame.grid_scores(*place.positions[p.id]) == (10, 10) for p in parties)
    assert all(place.frame.fields_for(p, *place.positions[p.id]) == {} for p in parties)


def test_a_crowded_grid_has_no_pile_ups_and_every_party_reads_back():
    parties = crowd()
    place = layout.grid_placement(parties)
    assert closest_gap(parties, place.positions) > 0
    for p in parties:
        assert place.frame.grid_scores(*place.positions[p.id]) == (p.influence, p.involvement)


def test_grid_scores_are_clamped_to_0_10():
    frame = layout.grid_placement([]).frame
    assert frame.grid_scores(-5000, -5000) == (10, 0)
    assert frame.grid_scores(5000, 5000) == (0, 10)


@pytest.mark.parametrize("influence, ring", [(10, 0), (8, 0), (7, 1), (5, 1), (4, 2), (2, 2), (1, 3), (0, 3)])
def test_onion_bands_by_influence(influence, ring):
    assert layout.ring_of(influence) == ring


def test_onion_puts_more_influence_closer_to_the_challenge_and_reads_it_back():
    parties = crowd()
    place = layout.onion_placement(parties)
    radius = {p.id: math.hypot(*place.positions[p.id]) for p in parties}
    for a, b in itertools.combinations(parties, 2):
        if a.influence > b.influence:
            assert radius[a.id] < radius[b.id]
    for p in parties:
        assert place.frame.onion_score(*place.positions[p.id]) == p.influence
        ring = layout.ring_of(p.influence)
        inner = place.frame.ring_radii[ring - 1] if ring else layout.ONION_CORE
        assert inner <= radius[p.id] <= place.frame.ring_radii[ring]


def test_a_crowded_onion_has_no_pile_ups():
    parties = crowd()
    assert closest_gap(parties, layout.onion_placement(parties).positions) > 0


def test_an_onion_angle_stays_when_another_party_is_added():
    parties = crowd(60)
    before = layout.onion_placement(parties).positions
    after = layout.onion_placement([*parties, P(61, 7, 7)]).positions
    for p in parties:
        assert math.isclose(math.atan2(*before[p.id][::-1]), math.atan2(*after[p.id][::-1]), abs_tol=1e-9)


def test_network_keeps_stored_positions():
    parties = [P(1, x=-100, y=50), P(2, x=300, y=-20)]
    assert layout.network_placement(parties).positions == {1: (-100.0, 50.0), 2: (300.0, -20.0)}


def test_parties_piled_on_one_spot_wait_beside_the_placed_ones_without_overlap():
    parties = [P(1, x=0, y=0), P(2, x=500, y=0), *[P(i, x=40, y=40) for i in range(3, 15)]]
    assert layout.unplaced_ids(parties) == set(range(3, 15))
    pos = layout.network_placement(parties).positions
    assert pos[1] == (0.0, 0.0) and pos[2] == (500.0, 0.0)
    assert closest_gap(parties, pos) > 0
    assert all(pos[i][0] > 500 for i in range(3, 15))


def test_a_party_marked_without_position_waits_too():
    parties = [P(1, x=10, y=10, placement="none"), P(2, x=-10, y=0)]
    assert layout.unplaced_ids(parties) == {1}


def test_fit_scales_uniformly_and_centres():
    f = layout.fit((-100, -50, 100, 50), 420, 220, margin=10)
    assert f.scale == 2.0
    assert f((-100, -50)) == (10.0, 10.0) and f((100, 50)) == (410.0, 210.0)


def test_free_spot_keeps_distance():
    taken = [(0.0, 0.0), (60.0, 0.0), (0.0, 60.0)]
    x, y = layout.free_spot(taken)
    assert all(math.dist((x, y), t) >= 90 for t in taken)


@dataclass
class A:
    id: int
    stance: int = 0
    trust: int = 0
    influence: int = 5


def test_the_actor_view_puts_agreement_across_and_trust_up_and_reads_both_back():
    parties = [A(i, stance=(i % 5) - 2, trust=(i // 5 % 5) - 2, influence=i % 11) for i in range(1, 80)]
    place = layout.actors_placement(parties)
    assert closest_gap(parties, place.positions) > 0
    for p in parties:
        assert place.frame.actors_scores(*place.positions[p.id]) == (p.stance, p.trust)
        assert place.frame.fields_for(p, *place.positions[p.id]) == {}
    ally, adversary = place.frame.actors_point(2, 2), place.frame.actors_point(-2, -2)
    assert ally[0] > adversary[0] and ally[1] < adversary[1]


def test_the_actor_view_has_four_corners_and_the_fence_sitters_cross():
    regions = layout.actors_regions(layout.actors_placement([A(1)]).frame)
    assert [actor for _, actor in regions] == ["fence_sitter", "opponent", "ally", "adversary", "bedfellow"]
