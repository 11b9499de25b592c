"""The Dutch method on the canvas and in the inspector: the actor-type view, trust, the ladder, placement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QComboBox
from test_map import drag, send_mouse, stored, viewport_pos  # noqa: F401 - tests/gui is on sys.path

from samenwerk_desktop.core import actors
from samenwerk_desktop.gui.inspector import PartyInspector
from samenwerk_desktop.gui.map import MapView


@pytest.fixture
def view(document, qtbot):
    widget = MapView(document)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pid(document, name):
    return next(p.id for p in document.data.parties if p.name == name)


def test_the_actor_view_places_parties_by_stance_and_trust_and_a_drop_sets_both(view, document, small_project):
    document.apply("indeling", lambda p: p.update_collaboration(map_layout="actors"))
    view.fit()
    scene = view.map_scene
    gem = pid(document, "Gemeente Rivierstad")  # stance +2, trust 0: a fence-sitter
    frame = scene.placement.frame
    item = scene.parties[gem]
    assert frame.actors_scores(item.pos().x(), item.pos().y()) == (2, 0)
    texts = {i.text() for i in scene.items() if hasattr(i, "text") and callable(i.text)}
    assert {"Bondgenoot", "Opponent", "Bedgenoot", "Tegenstander", "Twijfelaar"} <= texts
    drag(view, viewport_pos(view, item.pos()), viewport_pos(view, QPointF(*frame.actors_point(-1, 2))))
    party = stored(small_project)[gem]
    assert (party.stance, party.trust) == (-1, 2) and actors.actor_type(party) == "opponent"
    assert document.undo_stack.count() == 2


def test_arrow_keys_on_the_actor_view_change_stance_and_trust(view, document, small_project, qtbot):
    document.apply("indeling", lambda p: p.update_collaboration(map_layout="actors"))
    gem = pid(document, "Gemeente Rivierstad")
    view.view_state.set_selection({gem})
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    party = stored(small_project)[gem]
    assert (party.stance, party.trust) == (1, 1)


def test_a_party_dropped_on_the_network_is_placed_by_hand(view, document, small_project):
    gem = pid(document, "Gemeente Rivierstad")
    document.apply("schikken", lambda p: p.update("party", gem, placement="auto"))
    view.view_state.set_selection({gem})
    start = viewport_pos(view, view.map_scene.parties[gem].pos())
    drag(view, start, start + QPoint(40, 30))
    assert stored(small_project)[gem].placement == "manual"


def test_the_inspector_edits_trust_the_actor_type_and_the_ladder(document, small_project, qtbot):
    inspector = PartyInspector(document)
    qtbot.addWidget(inspector)
    gem = pid(document, "Gemeente Rivierstad")
    inspector.view_state.set_selection({gem})
    trust = inspector.findChild(QComboBox, "trustCombo")
    actor = inspector.findChild(QComboBox, "actorTypeCombo")
    assert "Twijfelaar" in actor.itemText(0)  # stance +2, trust 0: by the table a fence-sitter
    trust.setCurrentIndex(trust.findData(1))
    trust.activated.emit(trust.currentIndex())
    assert stored(small_project)[gem].trust == 1
    assert "Bondgenoot" in actor.itemText(0)
    actor.setCurrentIndex(actor.findData("bedfellow"))
    actor.activated.emit(actor.currentIndex())
    ladder = inspector.findChild(QComboBox, "ladderIntendedCombo")
    ladder.setCurrentIndex(ladder.findData("codecide"))
    ladder.activated.emit(ladder.currentIndex())
    party = stored(small_project)[gem]
    assert (party.actor_type, party.ladder_intended) == ("bedfellow", "codecide")
    assert actors.actor_type(party) == "bedfellow"
