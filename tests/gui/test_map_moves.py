"""The map after one party's change: every party the change moved in the layout moves, not only the named one."""

from __future__ import annotations

import pytest

from samenwerk_desktop.core import layout
from samenwerk_desktop.gui.map import MapView


@pytest.fixture
def view(document, qtbot):
    widget = MapView(document)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def positions(view) -> dict[int, tuple[float, float]]:
    return {pid: (item.pos().x(), item.pos().y()) for pid, item in view.map_scene.parties.items()}


def two_parties(document) -> tuple[int, int]:
    first, second = sorted(p.id for p in document.data.parties)[:2]
    return first, second


def test_a_party_moved_onto_another_sends_both_to_the_waiting_spiral(view, document):
    first, second = two_parties(document)
    other = document.data.get("party", second)
    document.apply("verplaatsen", lambda p: p.update_many("party", {first: {"x": other.x, "y": other.y}}))
    shown = positions(view)
    assert shown == layout.placement("network", document.data.parties).positions
    assert shown[first] != shown[second]
    assert shown[second] != (other.x, other.y)  # moved although the change named only the first


def test_a_party_moved_into_a_crowded_grid_cell_spreads_the_cell(view, document):
    document.apply("indeling", lambda p: p.update_collaboration(map_layout="grid"))
    first, second = two_parties(document)
    other = document.data.get("party", second)
    before = positions(view)[second]
    document.apply("scores", lambda p: p.update_many("party", {first: {"influence": other.influence,
                                                                       "involvement": other.involvement}}))
    shown = positions(view)
    assert shown == layout.placement("grid", document.data.parties).positions
    assert shown[first] != shown[second]
    assert shown[second] != before
