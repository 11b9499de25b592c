"""The Qt-free map geometry shared by the screen and the PDF: grid, onion and network."""

import math
from dataclasses import dataclass

import pytest

from samenwerk_desktop.core import layout


@dataclass
class P:
    id: int
    influence: int = 5
    involvement: int = 5
    x: float = 0.0
    y: float = 0.0


@pytest.mark.parametrize("influence, involvement, label", [
    (9, 9, "Nauw betrekken"), (9, 1, "Tevreden houden"), (1, 9, "Informeren"), (1, 1, "Monitoren"),
    (5, 5, "Nauw betrekken"), (4, 4, "Monitoren"),
])
def test_quadrants(influence, involvement, label):
    assert layout.quadrant(influence, involvement).nl == label


def test_grid_has_involvement_across_and_influence_up():
    x0, y0 = layout.grid_point(0, 0, 400, 300, 30)
    x1, y1 = layout.grid_point(10, 10, 400, 300, 30)
    assert (x0, y0) == (30, 270) and (x1, y1) == (370, 30)
    assert layout.grid_point(0, 10, 400, 300, 30) == (370, 270)


def test_grid_fans_out_parties_with_equal_scores_inside_the_box():
    parties = [P(i, 10, 10) for i in range(1, 9)]
    pos = layout.grid_positions(parties, 400, 300)
    assert len(set(pos.values())) == 8
    assert all(0 <= x <= 400 and 0 <= y <= 300 for x, y in pos.values())


@pytest.mark.parametrize("involvement, ring", [(10, 0), (8, 0), (7, 1), (5, 1), (4, 2), (2, 2), (1, 3), (0, 3)])
def test_onion_rings_by_involvement(involvement, ring):
    assert layout.ring_of(involvement) == ring


def test_onion_positions_lie_in_their_ring():
    parties = [P(i, involvement=i % 11, influence=i % 7) for i in range(1, 40)]
    w, h = 500, 400
    radii = layout.onion_radii(w, h, 20)
    pos = layout.onion_positions(parties, w, h, 20)
    for p in parties:
        x, y = pos[p.id]
        r = math.hypot(x - w / 2, y - h / 2)
        ring = layout.ring_of(p.involvement)
        inner = radii[ring - 1] if ring else 0
        assert inner - 1e-6 <= r <= radii[ring] + 1e-6


def test_network_scales_stored_positions_into_the_box_keeping_shape():
    parties = [P(1, x=-1000, y=-500), P(2, x=1000, y=500), P(3, x=0, y=0)]
    pos = layout.network_positions(parties, 400, 300, 20)
    assert all(20 - 1e-6 <= x <= 380 + 1e-6 and 20 - 1e-6 <= y <= 280 + 1e-6 for x, y in pos.values())
    (ax, ay), (bx, by), (cx, cy) = pos[1], pos[2], pos[3]
    assert ax < cx < bx and ay < cy < by
    assert math.isclose(cx, (ax + bx) / 2) and math.isclose(cy, (ay + by) / 2)


def test_network_spreads_a_new_file_where_everyone_sits_on_one_spot():
    parties = [P(i) for i in range(1, 6)]
    assert len(set(layout.network_positions(parties, 400, 300).values())) == 5
    assert layout.network_positions([], 400, 300) == {}
    assert layout.network_positions([P(1)], 400, 300) == {1: (200, 150)}


def test_positions_dispatches_by_layout():
    parties = [P(1, 9, 9), P(2, 1, 1)]
    assert layout.positions("grid", parties, 400, 300) == layout.grid_positions(parties, 400, 300)
    assert layout.positions("onion", parties, 400, 300) == layout.onion_positions(parties, 400, 300, 30)
