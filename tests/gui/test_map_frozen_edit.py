"""An edit while a large map's drag snapshot stands: the edited party painted into it, or a thaw when more changed."""

from __future__ import annotations

import pytest
from map_events import send_mouse, shown_map_view  # tests/gui is on sys.path
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import Relation

DRAGGED = "Gemeente Rivierstad"
EDITED = "Netbeheerder Stroomnet"  # stance 0 in the small project, drawn near white as the labels' ground


@pytest.fixture
def view(document, qtbot):
    widget = shown_map_view(document, qtbot)
    return widget


def party_id(document, name):
    return next(p.id for p in document.data.parties if p.name == name)


def drop_with_snapshot(view, document, qapp):
    """A large-map drag forced on the small map: after the drop the snapshot still stands (EDITED strongly for)."""
    set_stance(document, EDITED, 2)
    qapp.processEvents()
    view.freeze_threshold = 0
    dragged = party_id(document, DRAGGED)
    view.view_state.set_selection({dragged})
    start = view.mapFromScene(view.map_scene.parties[dragged].pos())
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    for i in range(1, 5):
        send_mouse(view, QEvent.Type.MouseMove, start + QPoint(-8 * i, 8 * i))
    send_mouse(view, QEvent.Type.MouseButtonRelease, start + QPoint(-32, 32))
    qapp.processEvents()
    assert view.frozen


def colours_of(view, name, qapp) -> set[str]:
    """The colours the viewport shows where a party stands."""
    qapp.processEvents()
    item = view.map_scene.parties[party_id(view.map_scene.document, name)]
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    image = view.viewport().grab().toImage().copy(rect)
    return {QColor(image.pixel(x, y)).name() for y in range(image.height()) for x in range(image.width())}


def set_stance(document, name, stance):
    pid = party_id(document, name)
    document.apply("standpunt", lambda p: p.update("party", pid, stance=stance))


def test_a_stance_edit_after_a_large_drag_shows_the_new_colour_and_keeps_the_snapshot(view, document, qapp):
    drop_with_snapshot(view, document, qapp)
    set_stance(document, EDITED, -2)
    colours = colours_of(view, EDITED, qapp)
    assert view.frozen
    assert mapstyle.stance_colour(-2) in colours and mapstyle.stance_colour(2) not in colours


def test_undo_of_that_edit_brings_the_old_colour_back(view, document, qapp):
    drop_with_snapshot(view, document, qapp)
    set_stance(document, EDITED, -2)
    document.undo_stack.undo()
    colours = colours_of(view, EDITED, qapp)
    assert view.frozen
    assert mapstyle.stance_colour(2) in colours and mapstyle.stance_colour(-2) not in colours


def test_the_edited_party_keeps_its_new_colour_once_the_snapshot_thaws(view, document, qapp):
    drop_with_snapshot(view, document, qapp)
    set_stance(document, EDITED, -2)
    qapp.processEvents()
    view.view_state.set_selection(set())  # anything else thaws it
    colours = colours_of(view, EDITED, qapp)
    assert not view.frozen
    assert mapstyle.stance_colour(-2) in colours and mapstyle.stance_colour(2) not in colours


def test_an_edit_of_the_dragged_party_itself_keeps_the_snapshot(view, document, qapp):
    drop_with_snapshot(view, document, qapp)
    set_stance(document, DRAGGED, -2)
    colours = colours_of(view, DRAGGED, qapp)
    assert view.frozen
    assert mapstyle.stance_colour(-2) in colours and mapstyle.stance_colour(2) not in colours


def _grow(document, pid):
    document.apply("invloed", lambda p: p.update("party", pid, influence=1))


def _relate(document, pid):
    other = party_id(document, "Woningcorporatie Thuis & Co")
    document.apply("relatie", lambda p: p.add(Relation(source_id=pid, target_id=other, type="tension")))


def _delete(document, pid):
    document.apply("verwijderen", lambda p: p.delete("party", pid))


def _relabel(document, pid):
    document.apply("korte naam", lambda p: p.update("party", pid, short_name="Stroomnet en Gasnet Rivierenland"))


@pytest.mark.parametrize("edit", [_grow, _relate, _delete, _relabel], ids=["outline", "relation", "delete", "label"])
def test_an_edit_that_changes_more_than_the_party_inside_its_outline_thaws_the_snapshot(view, document, qapp, edit):
    drop_with_snapshot(view, document, qapp)
    edit(document, party_id(document, EDITED))
    assert not view.frozen and view.map_scene.layer.opacity() == 1.0


def test_an_edit_while_the_map_is_searched_thaws_the_snapshot(view, document, qapp):
    drop_with_snapshot(view, document, qapp)
    view.reading_bar.reading.search = "Stroomnet"
    set_stance(document, EDITED, -2)
    assert not view.frozen


def test_at_overview_zoom_the_edit_is_painted_into_the_snapshot_with_the_still_parties(view, document, qapp):
    view.map_scene.set_overview(True)  # a large map zoomed out: the still parties are in the snapshot
    drop_with_snapshot(view, document, qapp)
    assert not view._live_parties
    set_stance(document, EDITED, -2)
    colours = colours_of(view, EDITED, qapp)
    assert view.frozen
    assert mapstyle.stance_colour(-2) in colours and mapstyle.stance_colour(2) not in colours
