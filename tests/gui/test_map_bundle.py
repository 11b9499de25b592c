"""The overview's relation lines drawn by one item per pen: the same lines, selection and fading as the items'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from samenwerk_desktop.core import interchange, mapstyle
from samenwerk_desktop.core.generate import large_collaboration
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.map import MapView
from samenwerk_desktop.gui.map.scene import MapScene
from samenwerk_desktop.paths import resource

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


@pytest.fixture
def demo(tmp_path, qapp):
    """A Document over the demo (its relations of every type); closed afterwards."""
    path = tmp_path / "demo.samenwerk"
    interchange.import_file(resource("demo", "demo.json"), path)
    doc = Document(Project.open(path))
    yield doc
    doc.close()


@pytest.fixture
def view(demo, qtbot):
    widget = MapView(demo)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit()
    assert len(widget.map_scene.relations) > 5
    return widget


def bundled_lines(scene) -> dict[tuple, list[tuple]]:
    """(type, strength, opacity) -> the lines the bundle draws, as rounded end points."""
    return {key: sorted(ends(line) for line in lines) for key, (_pen, lines) in scene.bundle.groups().items()}


def ends(line) -> tuple:
    return tuple(round(v, 3) for v in (line.x1(), line.y1(), line.x2(), line.y2()))


def render(scene, rect: QRectF) -> QImage:
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 600, 400), rect)
    painter.end()
    return image


def test_at_overview_zoom_one_item_draws_every_relation_in_the_pen_of_its_type(view):
    scene = view.map_scene
    scene.set_overview(True)
    groups = scene.bundle.groups()
    drawn = sorted(ends(line) for _pen, lines in groups.values() for line in lines)
    assert drawn == sorted(ends(edge.line()) for edge in scene.relations.values() if edge._line)
    for (type_, _strength, _opacity), (pen, _lines) in groups.items():
        style = mapstyle.relation_style(type_)
        assert pen.color().name() == style.colour
        assert tuple(pen.dashPattern()) == style.dashes
        assert pen.isCosmetic()
    assert all(edge.flags() & NO_CONTENTS for edge in scene.relations.values())


def test_the_bundles_bounds_are_its_lines_extremes_with_four_pixels_around(view):
    scene = view.map_scene
    scene.set_overview(True)
    lines = [edge._line for edge in scene.relations.values() if edge._line]
    xs = [v for line in lines for v in (line[0], line[2])]
    ys = [v for line in lines for v in (line[1], line[3])]
    bounds = scene.bundle.boundingRect()
    assert (bounds.left(), bounds.top()) == (min(xs) - 4, min(ys) - 4)
    assert (bounds.right(), bounds.bottom()) == pytest.approx((max(xs) + 4, max(ys) + 4), abs=1e-9)


def test_zoomed_in_every_relation_draws_itself_again(view):
    scene = view.map_scene
    scene.set_overview(True)
    scene.set_overview(False)
    assert scene.bundle.groups() == {}
    assert all(not edge.flags() & NO_CONTENTS and edge.path().elementCount() > 0
               for edge in scene.relations.values() if edge._line)


def test_the_bundle_paints_the_overview_as_the_relation_items_did(view):
    scene = view.map_scene
    scene.set_overview(True)
    for item in scene.parties.values():
        item.setVisible(False)  # the lines alone
    rect = scene.content_rect()
    bundled = render(scene, rect)
    for edge in scene.relations.values():
        edge.set_bundle(None)  # each its own one-pixel line, as before the bundle
    separate = render(scene, rect)
    assert bundled.size() == separate.size()
    inked = sum(1 for y in range(0, 400, 2) for x in range(0, 600, 2) if separate.pixel(x, y) != 0xFFFFFFFF)
    assert inked > 200
    differ = sum(1 for y in range(0, 400, 2) for x in range(0, 600, 2) if bundled.pixel(x, y) != separate.pixel(x, y))
    assert differ <= inked * 0.02  # only where two colours cross is another one on top


def test_a_selected_relation_is_drawn_over_a_dark_halo_at_overview_zoom(view):
    scene = view.map_scene
    scene.set_overview(True)
    edge = next(e for e in scene.relations.values() if e._line)
    edge.setSelected(True)
    assert [ends(line) for line in scene.bundle.selected_lines()] == [ends(edge.line())]
    edge.setSelected(False)
    assert scene.bundle.selected_lines() == []


def test_the_focus_fades_the_other_bundled_lines(view, demo):
    scene = view.map_scene
    scene.set_overview(True)
    party = max(demo.data.parties, key=lambda p: sum(p.id in (r.source_id, r.target_id)
                                                         for r in demo.data.relations))
    view.focus_on(party.id)
    view.map_scene.set_overview(True)  # the focus zooms in; the overview is asked for again
    full = {rid for rid, r in demo.data.entities["relation"].items() if party.id in (r.source_id, r.target_id)}
    by_opacity = bundled_lines(scene)
    shown = sorted(line for (_t, _s, opacity), lines in by_opacity.items() if opacity == 1.0 for line in lines)
    assert shown == sorted(ends(scene.relations[rid].line()) for rid in full if scene.relations[rid]._line)
    assert any(opacity < 1.0 for (_t, _s, opacity) in by_opacity)


def test_a_moved_party_moves_its_bundled_lines(view, demo):
    scene = view.map_scene
    scene.set_overview(True)
    relation = demo.data.relations[0]
    party = demo.data.get("party", relation.source_id)
    demo.apply("verplaatsen", lambda p: p.update("party", party.id, x=party.x + 300, y=party.y - 200))
    drawn = {line for lines in bundled_lines(scene).values() for line in lines}
    assert ends(scene.relations[relation.id].line()) in drawn


def test_a_dragged_partys_lines_draw_themselves_while_the_rest_is_a_snapshot(view, demo):
    scene = view.map_scene
    scene.set_overview(True)
    relation = demo.data.relations[0]
    view.view_state.set_selection({relation.source_id})
    view.freeze()
    edge = scene.relations[relation.id]
    assert edge.bundle is None and not edge.flags() & NO_CONTENTS and edge.path().elementCount() > 0
    drawn = {line for lines in bundled_lines(scene).values() for line in lines}
    assert ends(edge.line()) not in drawn
    view.unfreeze()
    assert edge.bundle is scene.bundle


def test_a_large_map_opens_with_its_lines_bundled(tmp_path, qapp):
    path = tmp_path / "groot.samenwerk"
    large_collaboration(path, parties=300, relations=1300, work_items=5, raci_parties=5, agreements=5)
    doc = Document(Project.open(path))
    try:
        scene = MapScene(doc)
        assert scene.overview
        assert sum(len(lines) for _pen, lines in scene.bundle.groups().values()) == sum(
            1 for edge in scene.relations.values() if edge._line) > 1000
        doc.apply("indeling", lambda p: p.update_collaboration(map_layout="grid"))  # all lines at once
        drawn = sorted(ends(line) for _pen, lines in scene.bundle.groups().values() for line in lines)
        assert drawn == sorted(ends(edge.line()) for edge in scene.relations.values() if edge._line)
    finally:
        doc.close()


def test_a_layout_switch_puts_the_bundled_lines_where_each_relation_would_put_itself(view, demo):
    scene = view.map_scene
    scene.set_overview(True)
    demo.apply("indeling", lambda p: p.update_collaboration(map_layout="onion"))
    bundled = {rid: ends(edge.line()) for rid, edge in scene.relations.items()}
    scene.set_overview(False)  # every relation adjusts itself again
    assert bundled == {rid: ends(edge.line()) for rid, edge in scene.relations.items()}
    assert len(set(bundled.values())) > 5


def paint_bundle(scene, clip: QRectF | None) -> tuple[QImage, bool]:
    """The bundle painted alone on a painter with or without a clip; and whether the painter clips afterwards."""
    bounds = scene.bundle.boundingRect()
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scale = min(600 / bounds.width(), 400 / bounds.height())
    painter.scale(scale, scale)
    painter.translate(-bounds.left(), -bounds.top())
    if clip is not None:
        painter.setClipRect(clip)
    scene.bundle.paint(painter, QStyleOptionGraphicsItem(), None)
    clipping = painter.hasClipping()
    painter.end()
    return image, clipping


def test_the_bundle_paints_the_same_pixels_when_the_view_gives_it_no_clip(view):
    scene = view.map_scene
    scene.set_overview(True)
    clipped, _ = paint_bundle(scene, scene.bundle.boundingRect().adjusted(-500, -500, 500, 500))
    unclipped, clipping_after = paint_bundle(scene, None)
    inked = sum(1 for y in range(400) for x in range(600) if unclipped.pixel(x, y) != 0xFFFFFFFF)
    assert inked > 200
    assert unclipped == clipped
    assert not clipping_after  # the view saves no painter state between items: the next item is not clipped
