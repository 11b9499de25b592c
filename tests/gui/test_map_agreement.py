"""One map on screen and on paper: the demo drawn by the scene and by the PDF agrees party by party."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QPainterPath
from reportlab.graphics.shapes import Circle, Ellipse, Group, Line, Polygon, PolyLine, Rect

from samenwerk_desktop.core import interchange, mapstyle
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.map import MapView
from samenwerk_desktop.paths import resource
from samenwerk_desktop.reports import mapdraw


@pytest.fixture
def demo_view(tmp_path, qtbot):
    path = tmp_path / "demo.samenwerk"
    interchange.import_file(resource("demo", "demo.json"), path)
    doc = Document(Project.open(path))
    view = MapView(doc)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    yield view
    doc.close()


def flat(shapes):
    for s in shapes:
        if isinstance(s, Group):
            yield from flat(s.contents)
        else:
            yield s


def centre(shape) -> tuple[float, float]:
    if isinstance(shape, (Circle, Ellipse)):
        return (shape.cx, shape.cy)
    if isinstance(shape, Rect):
        return (shape.x + shape.width / 2, shape.y + shape.height / 2)
    raise AssertionError(shape)


def path_points(path: QPainterPath) -> list[tuple[float, float]]:
    return [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]


def similarity(scene_pts: dict, pdf_pts: dict):
    """The scale and shift that map scene points onto PDF points (y flipped), from the two farthest apart."""
    ids = list(scene_pts)
    a, b = max(((i, j) for i in ids for j in ids), key=lambda ij: math.dist(scene_pts[ij[0]], scene_pts[ij[1]]))
    s = math.dist(pdf_pts[a], pdf_pts[b]) / math.dist(scene_pts[a], scene_pts[b])
    dx = pdf_pts[a][0] - scene_pts[a][0] * s
    dy = pdf_pts[a][1] + scene_pts[a][1] * s
    return lambda p: (dx + p[0] * s, dy - p[1] * s), s


@pytest.mark.parametrize("layout", ["network", "grid", "onion"])
def test_the_demo_on_screen_and_in_the_pdf_has_the_same_positions_colours_and_shapes(demo_view, layout):
    doc = demo_view.document
    doc.apply("indeling", lambda p: p.update_collaboration(map_layout=layout))
    scene = demo_view.map_scene
    drawing = mapdraw.map_drawing(doc.data, "nl", 500, 420)
    page = mapdraw.MapPage(doc.data, 500, 420, mapdraw.LEGEND_H)
    marks = page.party_marks()
    screen = {pid: (item.pos().x(), item.pos().y()) for pid, item in scene.parties.items()}
    to_pdf, scale = similarity(screen, {pid: (m.x, m.y) for pid, m in marks.items()})
    shapes = [s for s in flat(drawing.contents) if getattr(s, "fillColor", None) is not None]
    parties = doc.data.entities["party"]
    for pid, item in scene.parties.items():
        party = parties[pid]
        x, y = to_pdf(screen[pid])
        # the same place, fill and shape: a node of the stance's colour is drawn there in the PDF
        fill = mapstyle.stance_colour(party.stance)
        assert item.brush_colour() == fill
        outline = mapstyle.outline(party.kind, mapstyle.radius(party.influence))
        if outline.form == "polygon":  # the outline's first corner, where the screen has it
            sx, sy = outline.points[0]
            x0, y0 = to_pdf((screen[pid][0] + sx, screen[pid][1] + sy))
            node = [s for s in shapes if isinstance(s, Polygon) and s.fillColor.hexval()[2:].lower() == fill[1:]
                    and math.dist(s.points[:2], (x0, y0)) < 0.6]
        else:
            node = [s for s in shapes if isinstance(s, (Circle, Ellipse, Rect))
                    and s.fillColor.hexval()[2:].lower() == fill[1:] and math.dist(centre(s), (x, y)) < 0.6]
        assert node, party.name
        assert marks[pid].shape == mapstyle.shape_name(party.kind)
        if outline.form == "polygon":
            on_screen = path_points(item.outline_path())[:len(outline.points)]
            on_paper = list(zip(node[0].points[0::2], node[0].points[1::2], strict=True))
            assert len(on_paper) == len(outline.points)
            for (sx, sy), (px, py) in zip(on_screen, on_paper, strict=True):
                assert math.dist(to_pdf((screen[pid][0] + sx, screen[pid][1] + sy)), (px, py)) < 0.6
        else:
            assert isinstance(node[0], {"ellipse": (Circle, Ellipse), "rounded": Rect}[outline.form])
        assert math.isclose(marks[pid].r, mapstyle.radius(party.influence) * scale, rel_tol=0.02)


def test_every_relation_has_the_same_colour_stroke_and_arrowheads_on_screen_and_in_the_pdf(demo_view):
    doc = demo_view.document
    page = mapdraw.MapPage(doc.data, 500, 420, mapdraw.LEGEND_H)
    rel_marks = page.relation_marks(page.party_marks())
    drawing = mapdraw.map_drawing(doc.data, "nl", 500, 420)
    lines = [s for s in flat(drawing.contents) if isinstance(s, (Line, PolyLine))]
    assert rel_marks.keys() == demo_view.map_scene.relations.keys()
    for rid, edge in demo_view.map_scene.relations.items():
        mark = rel_marks[rid]
        style = mapstyle.relation_style(edge.relation_type)
        assert edge.pen().color().name() == mark.colour == style.colour
        assert tuple(edge.pen().dashPattern()) == mark.dashes == style.dashes
        assert edge.arrows == mark.arrows == mapstyle.arrowheads(edge.direction)
        drawn = [s for s in lines if s.strokeColor.hexval()[2:].lower() == mark.colour[1:]]
        ends = [((s.x1, s.y1), (s.x2, s.y2)) if isinstance(s, Line) else
                ((s.points[0], s.points[1]), (s.points[-2], s.points[-1])) for s in drawn]
        assert (mark.a, mark.b) in ends
        heads = sum(1 for s in drawn if isinstance(s, PolyLine) and len(s.points) == 6
                    and (math.dist((s.points[2], s.points[3]), mark.b) < 1e-6
                         or math.dist((s.points[2], s.points[3]), mark.a) < 1e-6))
        assert heads == sum(mark.arrows)


def test_a_dependency_without_direction_has_no_arrowhead_anywhere(demo_view):
    doc = demo_view.document
    rel = next(r for r in doc.data.relations if r.type == "dependency")
    doc.apply("richting", lambda p: p.update("relation", rel.id, direction="none"))
    assert demo_view.map_scene.relations[rel.id].arrows == (False, False)
    page = mapdraw.MapPage(doc.data, 500, 420)
    assert page.relation_marks(page.party_marks())[rel.id].arrows == (False, False)


def test_every_open_dispute_is_marked_at_the_same_place_on_screen_and_in_the_pdf(demo_view):
    doc = demo_view.document
    scene = demo_view.map_scene
    page = mapdraw.MapPage(doc.data, 500, 420, mapdraw.LEGEND_H)
    marks = page.party_marks()
    to_pdf, scale = similarity({pid: (i.pos().x(), i.pos().y()) for pid, i in scene.parties.items()},
                               {pid: (m.x, m.y) for pid, m in marks.items()})
    drawing = mapdraw.map_drawing(doc.data, "nl", 500, 420)
    on_paper = sorted((s.points[0], s.points[3]) for s in flat(drawing.contents)
                      if isinstance(s, Polygon) and s.fillColor is not None and s.points[1] > mapdraw.LEGEND_H
                      and s.fillColor.hexval()[2:].lower() == mapstyle.DISPUTE_COLOUR[1:])
    on_screen = sorted(to_pdf((i.pos().x(), i.pos().y())) for i in scene.dispute_marks.mark_items())
    assert len(on_screen) == len(on_paper) == 2  # the demo's open disputes (the facilitator's own among them)
    assert all(math.dist(p, q) < 1e-6 for p, q in zip(on_paper, on_screen, strict=True))
    item = scene.dispute_marks.mark_items()[0]
    assert item.path().boundingRect().width() * scale / 2 == pytest.approx(page.length(mapstyle.DISPUTE_SIZE))


def test_a_polygon_outline_is_the_same_on_both_media():
    assert isinstance(mapdraw.shape("province", 0, 0, 10, None, None), Polygon)
