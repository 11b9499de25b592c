"""A drag with many items reaching into the view paints a snapshot of the still map, zoomed in as well as out."""

from __future__ import annotations

import pytest
from map_events import send_mouse, shown_map_view  # tests/gui is on sys.path
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap


@pytest.fixture
def view(document, qtbot):
    widget = shown_map_view(document, qtbot)
    assert not widget.map_scene.overview  # a small map: smooth lines, the view antialiased
    return widget


def press_and_move(view) -> None:
    scene = view.map_scene
    pid = next(iter(scene.parties))
    view.view_state.set_selection({pid})
    start = view.mapFromScene(scene.parties[pid].pos())
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    send_mouse(view, QEvent.Type.MouseMove, start + QPoint(12, 8))


@pytest.mark.parametrize(("painted_max", "frozen"), [(0, True), (10_000, False)])
def test_a_drag_freezes_when_more_items_than_the_limit_reach_into_the_view(view, painted_max, frozen):
    view.freeze_painted = painted_max  # the small map counts as many (the large one zoomed in 1:1 does)
    assert view.items_in_sight() < view.freeze_threshold  # not by the overview's area estimate
    press_and_move(view)
    assert view.frozen is frozen
    send_mouse(view, QEvent.Type.MouseButtonRelease, view.mapFromScene(QPointF(0, 0)))


def test_the_items_in_the_view_are_counted_once_per_drag(view):
    view.freeze_painted = 0
    counted = []
    view.items_painted = lambda: counted.append(1) or 0  # a plain function, never a mock on a Qt object
    press_and_move(view)
    for i in range(3):
        send_mouse(view, QEvent.Type.MouseMove, view.mapFromScene(QPointF(i * 5.0, 0.0)))
    assert counted == [1]


def test_a_frozen_smooth_map_looks_as_the_live_view(view):
    view.view_state.set_selection(set())  # nothing moves: the snapshot and the live parties are the whole view
    live = view.viewport().grab().toImage()
    view.freeze()
    assert view.frozen
    snapshot = view.viewport().grab().toImage().convertToFormat(live.format())
    view.unfreeze()
    width, height = live.width(), live.height()
    inked = sum(1 for y in range(0, height, 2) for x in range(0, width, 2) if live.pixel(x, y) != 0xFFFBFBF8)
    assert inked > 500
    differ = sum(1 for y in range(0, height, 2) for x in range(0, width, 2) if live.pixel(x, y) != snapshot.pixel(x, y))
    assert differ <= inked * 0.01


def test_a_zoomed_in_snapshot_is_the_still_lines_as_qt_renders_them_without_the_parties(view):
    view.view_state.set_selection(set())
    scene = view.map_scene
    port = view.viewport()
    scene.party_layer.setOpacity(0.0)
    lines = QPixmap(port.size())
    painter = QPainter(lines)
    painter.setRenderHints(view.renderHints())
    view.render(painter, QRectF(lines.rect()), port.rect())  # Qt's own render of the lines alone
    painter.end()
    scene.party_layer.setOpacity(1.0)
    with_parties = port.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    view.freeze()
    snapshot = view._frozen[0].toImage().convertToFormat(QImage.Format.Format_RGB32)
    view.unfreeze()
    assert snapshot == lines.toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert snapshot != with_parties


def test_a_frozen_drags_moving_relations_run_under_every_party_as_before_the_drag(view):
    view.freeze_painted = 0
    press_and_move(view)
    assert view.frozen
    scene = view.map_scene
    moving = [item for item in view._live if item in set(scene.relations.values())]
    assert moving
    stacked = scene.items(Qt.SortOrder.DescendingOrder)  # the topmost first
    lowest_party = max(stacked.index(item) for item in scene.parties.values())
    assert all(stacked.index(edge) > lowest_party for edge in moving)
    send_mouse(view, QEvent.Type.MouseButtonRelease, view.mapFromScene(QPointF(0, 0)))


def test_at_overview_zoom_the_still_parties_are_in_the_snapshot_and_the_moving_one_live(view):
    scene = view.map_scene
    scene.set_overview(True)  # a thousand tiny parties over one-pixel lines: painting them live would cost
    view.freeze_threshold = 0
    press_and_move(view)
    assert view.frozen
    node = next(item for item in view._live if item in set(scene.parties.values()))
    assert scene.party_layer.opacity() == 0.0 and scene.layer.opacity() == 0.0
    assert node.parentItem() is scene.live_lines and node.effectiveOpacity() == 1.0
    view.unfreeze()
    assert node.parentItem() is scene.party_layer and scene.party_layer.opacity() == 1.0
    send_mouse(view, QEvent.Type.MouseButtonRelease, view.mapFromScene(QPointF(0, 0)))
