"""Open disputes marked on the map: in the editing window all of them, on the room's screen what the room may see."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from reportlab.graphics.shapes import Group, Line, Polygon

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import Dispute, Party, Relation
from samenwerk_desktop.gui.map import MapView
from samenwerk_desktop.gui.map.overlays import MapLegend
from samenwerk_desktop.gui.room.projected import ProjectedDocument
from samenwerk_desktop.gui.room.window import AudienceWindow
from samenwerk_desktop.reports import mapdraw


@pytest.fixture
def doc(leeg_doc):
    p = leeg_doc.project
    a, b, c = (p.add(Party(name=n, x=x, y=0.0)).ids[0]
               for n, x in (("Woonstichting Thuis", -200.0), ("Stroomnet Zuid", 0.0), ("Gemeente Maasdal", 200.0)))
    p.add(Relation(source_id=a, target_id=b, type="tension"))
    leeg_doc.reload()
    return leeg_doc


def parties(doc):
    return [p.id for p in doc.data.parties]


@pytest.fixture
def view(doc, qtbot):
    view = MapView(doc)
    qtbot.addWidget(view)
    return view


def add_dispute(doc, ids, visibility="all", subject="Huurverhoging na renovatie"):
    return doc.apply("geschil", lambda p: p.add(Dispute(subject=subject, party_ids=ids, visibility=visibility))).ids[0]


def marks(scene):
    return sorted(item.mark.parties for item in scene.dispute_marks.mark_items())


def test_an_open_dispute_is_marked_halfway_along_the_relation_between_its_parties(doc, view):
    a, b, _ = parties(doc)
    add_dispute(doc, [a, b])
    [item] = view.map_scene.dispute_marks.mark_items()
    assert (item.pos().x(), item.pos().y()) == (-100.0, 0.0)
    assert item.brush().color().name() == mapstyle.DISPUTE_COLOUR
    assert view.map_scene.dispute_marks.line_items() == []  # the relation carries it
    assert "Huurverhoging na renovatie" in item.toolTip()


def test_parties_without_a_relation_get_a_dashed_line_of_the_dispute(doc, view):
    _, b, c = parties(doc)
    add_dispute(doc, [b, c])
    [line] = view.map_scene.dispute_marks.line_items()
    assert (line.line().x1(), line.line().x2()) == (0.0, 200.0)
    assert line.pen().color().name() == mapstyle.DISPUTE_COLOUR
    assert line.pen().dashPattern() == list(mapstyle.DISPUTE_DASHES)


def test_a_resolved_dispute_loses_its_mark_and_undo_brings_it_back(doc, view):
    a, b, _ = parties(doc)
    did = add_dispute(doc, [a, b])
    doc.apply("opgelost", lambda p: p.update("dispute", did, status="resolved"))
    assert marks(view.map_scene) == []
    doc.undo_stack.undo()
    assert marks(view.map_scene) == [(a, b)]


def test_the_mark_follows_a_party_that_moves(doc, view):
    a, b, _ = parties(doc)
    add_dispute(doc, [a, b])
    doc.apply("verplaatsen", lambda p: p.update("party", a, x=-400.0))
    [item] = view.map_scene.dispute_marks.mark_items()
    assert item.pos().x() == -200.0


def test_a_dispute_of_three_parties_marks_each_pair(doc, view):
    add_dispute(doc, parties(doc))
    a, b, c = parties(doc)
    assert marks(view.map_scene) == [(a, b), (a, c), (b, c)]


def test_the_editing_window_marks_a_facilitator_only_dispute_and_says_so(doc, view):
    a, b, _ = parties(doc)
    add_dispute(doc, [a, b], visibility="facilitator")
    [item] = view.map_scene.dispute_marks.mark_items()
    assert "Alleen voor de procesbegeleider (niet op het zaalscherm)." in item.toolTip()


@pytest.mark.parametrize(("visibility", "marked"), [("all", True), ("involved", False), ("facilitator", False)])
def test_the_rooms_map_marks_only_the_disputes_the_room_may_see(doc, qtbot, visibility, marked):
    a, b, _ = parties(doc)
    add_dispute(doc, [a, b], visibility=visibility, subject="GEHEIM" if not marked else "Open voor iedereen")
    room = AudienceWindow(ProjectedDocument(doc))
    qtbot.addWidget(room)
    room.set_view("map")
    items = room.map_view.map_scene.dispute_marks.mark_items()
    assert [i.mark.parties for i in items] == ([(a, b)] if marked else [])
    assert all("GEHEIM" not in i.toolTip() for i in items)


def test_a_dispute_made_visible_to_all_appears_on_the_rooms_map(doc, qtbot):
    a, b, _ = parties(doc)
    did = add_dispute(doc, [a, b], visibility="facilitator")
    room = AudienceWindow(ProjectedDocument(doc))
    qtbot.addWidget(room)
    assert marks(room.map_view.map_scene) == []
    doc.apply("zichtbaar", lambda p: p.update("dispute", did, visibility="all"))
    assert marks(room.map_view.map_scene) == [(a, b)]


def test_the_legend_names_the_open_dispute(qtbot):
    legend = MapLegend()
    qtbot.addWidget(legend)
    assert "open geschil" in [label.text() for label in legend.findChildren(QLabel)]


def flat(shapes):
    for s in shapes:
        yield from flat(s.contents) if isinstance(s, Group) else (s,)


def in_colour(shape, colour: str) -> bool:
    paint = getattr(shape, "fillColor", None) if isinstance(shape, Polygon) else getattr(shape, "strokeColor", None)
    return paint is not None and paint.hexval()[2:].lower() == colour[1:]


def diamonds(drawing, above: float = mapdraw.LEGEND_H):
    """The dispute diamonds on the map (the legend's, under ``above``, left out)."""
    return [s for s in flat(drawing.contents) if isinstance(s, Polygon) and in_colour(s, mapstyle.DISPUTE_COLOUR)
            and s.points[1] > above]


def test_the_pdf_map_marks_an_open_dispute_in_its_data_with_the_same_colour(doc):
    a, b, c = parties(doc)
    add_dispute(doc, [a, b])
    add_dispute(doc, [b, c])
    drawing = mapdraw.map_drawing(doc.data, "nl", 500, 420)
    page = mapdraw.MapPage(doc.data, 500, 420, mapdraw.LEGEND_H)
    m = page.party_marks()
    centres = sorted((s.points[0], s.points[3]) for s in diamonds(drawing))
    assert centres == sorted([((m[a].x + m[b].x) / 2, (m[a].y + m[b].y) / 2),
                              ((m[b].x + m[c].x) / 2, (m[b].y + m[c].y) / 2)])
    dashed = [s for s in flat(drawing.contents) if isinstance(s, Line) and in_colour(s, mapstyle.DISPUTE_COLOUR)]
    assert [(s.x1, s.x2) for s in dashed] == [(m[b].x, m[c].x)]


def test_the_pdf_map_of_a_collaboration_without_open_disputes_has_no_mark_nor_legend_entry(doc):
    drawing = mapdraw.map_drawing(doc.data, "nl", 500, 420)
    assert diamonds(drawing, above=0) == []
    assert "Open geschil" not in [s.text for s in flat(drawing.contents) if hasattr(s, "text")]
