"""A party's relations follow it while it is dragged or moved by a key, before anything is written."""

from __future__ import annotations

import math

import pytest
from map_events import send_mouse, shown_map_view  # tests/gui is on sys.path
from PySide6.QtCore import QEvent, QPoint, Qt

from samenwerk_desktop.core import mapstyle


@pytest.fixture
def view(document, qtbot):
    widget = shown_map_view(document, qtbot)
    return widget


def line_starts_at(edge, node) -> bool:
    """The relation's visible line begins (or ends) at the node's outline, where the node stands now."""
    line = edge.line()
    gap = node.radius + mapstyle.LINE_GAP
    x, y = node.pos().x(), node.pos().y()
    return any(math.isclose(math.hypot(px - x, py - y), gap, abs_tol=0.01)
               for px, py in ((line.x1(), line.y1()), (line.x2(), line.y2())))


def busiest(view):
    return max(view.map_scene.parties.values(), key=lambda item: len(item.edges))


def test_a_dragged_partys_relations_follow_it_before_the_drop(view, document):
    node = busiest(view)
    view.view_state.set_selection({node.party_id})
    start = view.mapFromScene(node.pos())
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    send_mouse(view, QEvent.Type.MouseMove, start + QPoint(40, 30))
    assert node.pos() != view.mapToScene(start)  # Qt moved the item; nothing written yet
    assert document.undo_stack.count() == 0
    assert node.edges and all(line_starts_at(edge, node) for edge in node.edges)
    send_mouse(view, QEvent.Type.MouseButtonRelease, start + QPoint(40, 30))
    assert all(line_starts_at(edge, node) for edge in node.edges)


def test_a_party_moved_by_the_arrow_keys_takes_its_relations_along(view, document, qtbot):
    node = busiest(view)
    view.view_state.set_selection({node.party_id})
    before = node.pos()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert node.pos().x() == pytest.approx(before.x() + 20.0)
    assert all(line_starts_at(edge, node) for edge in node.edges)
