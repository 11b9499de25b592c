"""Two views of one document: each with its own styling and selection, both following every edit."""

from __future__ import annotations

import pytest

from samenwerk_desktop.gui.map import MapScene, MapView
from samenwerk_desktop.gui.map.items import MapStyle
from samenwerk_desktop.gui.room.window import ROOM_LABEL_POINTS
from samenwerk_desktop.gui.view_state import LABEL_POINTS, ViewState


def party_id(document, name):
    return next(p.id for p in document.data.parties if p.name == name)


@pytest.fixture
def views(document, qtbot):
    """The facilitator's view (normal) and the room's view (the room's style) of one document."""
    normal = MapView(document, view_state=ViewState(document))
    room = MapView(document, view_state=ViewState(document), style=MapStyle(ROOM_LABEL_POINTS))
    for widget in (normal, room):
        qtbot.addWidget(widget)
        widget.resize(800, 600)
        widget.show()
    return normal, room


def label_points(view, pid) -> float:
    return view.map_scene.parties[pid].style.font.pointSizeF()


def test_each_view_draws_with_its_own_fonts(views, document):
    normal, room = views
    gem = party_id(document, "Gemeente Rivierstad")
    assert label_points(normal, gem) == LABEL_POINTS
    assert label_points(room, gem) == ROOM_LABEL_POINTS
    assert normal.map_scene.parties[gem].style is not room.map_scene.parties[gem].style


def test_a_rename_through_the_document_reaches_both_views(views, document):
    normal, room = views
    gem = party_id(document, "Gemeente Rivierstad")
    document.apply("Naam wijzigen", lambda p: p.update("party", gem, short_name="Waterstad"))
    assert normal.map_scene.parties[gem].label == "Waterstad"
    assert room.map_scene.parties[gem].label == "Waterstad"
    assert label_points(room, gem) == ROOM_LABEL_POINTS  # still the room's styling


def test_a_move_through_the_document_moves_the_party_in_both_views(views, document):
    normal, room = views
    document.apply("indeling", lambda p: p.update_collaboration(map_layout="network"))
    gem = party_id(document, "Gemeente Rivierstad")
    document.apply("Verplaatsen", lambda p: p.update("party", gem, x=123.0, y=-45.0))
    for view in (normal, room):
        pos = view.map_scene.parties[gem].pos()
        assert (pos.x(), pos.y()) == (123.0, -45.0)


def test_selecting_in_one_view_does_not_select_in_the_other(views, document):
    normal, room = views
    gem = party_id(document, "Gemeente Rivierstad")
    normal.map_scene.parties[gem].setSelected(True)  # a click on the facilitator's map
    assert normal.view_state.selected_parties == {gem}
    assert room.view_state.selected_parties == frozenset()
    assert not room.map_scene.parties[gem].isSelected()


def test_a_view_given_a_scene_shows_that_scene(document, qtbot):
    state = ViewState(document)
    scene = MapScene(document, state, MapStyle(14.0))
    view = MapView(document, scene=scene)
    qtbot.addWidget(view)
    assert view.map_scene is scene and view.view_state is state
    gem = party_id(document, "Gemeente Rivierstad")
    state.set_selection({gem})
    assert scene.parties[gem].isSelected()
