"""The map canvas: gestures become core operations, changes move the items, undo brings things back."""

from __future__ import annotations

import pytest
from map_events import send_mouse, shown_map_view  # tests/gui is on sys.path
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtWidgets import QGraphicsPathItem

from samenwerk_desktop.core.model import Party
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.map import MapView
from samenwerk_desktop.gui.map.dialogs import AddPartyDialog, RelationDialog
from samenwerk_desktop.gui.map.items import PartyItem, RelationItem

# -- helpers ------------------------------------------------------------------------------------


def stored(path, kind="party"):
    """What the file says, read by a second, read-only connection."""
    with Project.open(path, read_only=True) as project:
        return project.load().entities[kind]


def party_id(document, name):
    return next(p.id for p in document.data.parties if p.name == name)


@pytest.fixture
def view(document, qtbot):
    widget = shown_map_view(document, qtbot)
    return widget


def viewport_pos(view, scene_point) -> QPoint:
    return view.mapFromScene(scene_point)


def drag(view, start: QPoint, end: QPoint, steps=6, modifiers=Qt.KeyboardModifier.NoModifier):
    send_mouse(view, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        send_mouse(view, QEvent.Type.MouseMove, QPoint(int(p.x()), int(p.y())), modifiers=modifiers)
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, modifiers=modifiers)


def set_layout(document, layout):
    document.apply("indeling", lambda p: p.update_collaboration(map_layout=layout))


def test_scene_shows_every_party_and_relation(view, document):
    scene = view.map_scene
    assert set(scene.parties) == set(document.data.entities["party"])
    assert set(scene.relations) == set(document.data.entities["relation"])
    types = {item.relation_type for item in scene.relations.values()}
    assert types == {"coalition", "tension", "dependency"}
    assert view.objectName() == "mapView"
    for pid, item in scene.parties.items():
        party = document.data.entities["party"][pid]
        assert (item.pos().x(), item.pos().y()) == (party.x, party.y)


def test_a_field_change_updates_that_item_without_rebuilding(view, document):
    scene = view.map_scene
    pid = party_id(document, "Gemeente Rivierstad")
    item = scene.parties[pid]
    others = {k: v for k, v in scene.parties.items() if k != pid}
    document.apply("standpunt", lambda p: p.update("party", pid, stance=-2, influence=2, short_name="Gem"))
    assert scene.parties[pid] is item
    assert (item.stance, item.influence, item.label) == (-2, 2, "Gem")
    assert all(scene.parties[k] is v for k, v in others.items())


def test_challenge_is_always_on_the_canvas(view, document):
    assert "Betaalbare, duurzame warmte" in view.banner.text.text()
    assert view.banner.isVisible()
    document.apply("why", lambda p: p.update_collaboration(why="Droge voeten & <koele> straten 🌳"))
    assert "Droge voeten & <koele> straten 🌳" in view.banner.text.text()
    set_layout(document, "grid")
    assert view.banner.isVisible()


def test_layouts_move_parties_and_draw_their_decoration(view, document):
    scene = view.map_scene
    pid = party_id(document, "Netbeheerder Stroomnet")  # influence 8, involvement 3
    set_layout(document, "grid")
    x, y = scene.parties[pid].pos().x(), scene.parties[pid].pos().y()
    assert scene.placement.frame.grid_scores(x, y) == (8, 3)
    texts = {i.text() for i in scene.items() if hasattr(i, "text") and callable(i.text)}
    assert {"Nauw betrekken", "Tevreden houden", "Informeren", "Monitoren"} <= texts
    set_layout(document, "onion")
    pos = scene.parties[pid].pos()
    assert scene.placement.frame.onion_score(pos.x(), pos.y()) == 8
    texts = {i.text() for i in scene.items() if hasattr(i, "text") and callable(i.text)}
    assert "Sleutelspelers" in texts
    set_layout(document, "network")
    assert (scene.parties[pid].pos().x(), scene.parties[pid].pos().y()) == (260.0, 120.0)
    texts = {i.text() for i in scene.items() if hasattr(i, "text") and callable(i.text)}
    assert "Nauw betrekken" not in texts


# -- gestures -------------------------------------------------------------------------------------


def test_double_click_on_empty_canvas_adds_a_party_there(view, document, small_project, monkeypatch, qtbot):
    monkeypatch.setattr(AddPartyDialog, "ask", classmethod(lambda cls, parent=None: "Waterschap Aa & Maas"))
    target = QPointF(-40.0, -260.0)
    pos = viewport_pos(view, target)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    parties = stored(small_project)
    added = [p for p in parties.values() if p.name == "Waterschap Aa & Maas"]
    assert len(added) == 1
    assert abs(added[0].x - target.x()) < 3 and abs(added[0].y - target.y()) < 3
    assert added[0].id in view.map_scene.parties
    assert view.view_state.selected_parties == {added[0].id}


def test_cancelled_add_changes_nothing(view, document, small_project, monkeypatch):
    monkeypatch.setattr(AddPartyDialog, "ask", classmethod(lambda cls, parent=None: None))
    assert view.map_scene.ask_add_party() is None
    assert len(stored(small_project)) == 4
    assert document.undo_stack.count() == 0


def test_drag_on_the_grid_changes_scores_in_the_file_in_one_undo_step(view, document, small_project):
    set_layout(document, "grid")
    view.fit()
    pid = party_id(document, "Netbeheerder Stroomnet")  # influence 8, involvement 3
    item = view.map_scene.parties[pid]
    start = viewport_pos(view, item.pos())
    frame = view.map_scene.placement.frame
    goal = viewport_pos(view, QPointF(*frame.grid_point(2, 9)))
    steps_before = document.undo_stack.count()
    drag(view, start, goal)
    party = stored(small_project)[pid]
    assert (party.influence, party.involvement) == (2, 9)
    assert document.undo_stack.count() == steps_before + 1
    # the item snapped to where the rounded scores put it
    assert view.map_scene.placement.frame.grid_scores(item.pos().x(), item.pos().y()) == (2, 9)
    document.undo_stack.undo()
    party = stored(small_project)[pid]
    assert (party.influence, party.involvement) == (8, 3)
    assert view.map_scene.placement.frame.grid_scores(item.pos().x(), item.pos().y()) == (8, 3)


def test_a_tiny_drag_on_the_grid_writes_nothing_and_snaps_back(view, document, small_project):
    set_layout(document, "grid")
    view.fit()
    pid = party_id(document, "Netbeheerder Stroomnet")
    item = view.map_scene.parties[pid]
    before = item.pos()
    start = viewport_pos(view, item.pos())
    steps = document.undo_stack.count()
    drag(view, start, start + QPoint(3, 2))
    assert document.undo_stack.count() == steps
    assert item.pos() == before


def test_dragging_a_selection_is_one_update_and_one_undo_step(view, document, small_project):
    scene = view.map_scene
    a, b = party_id(document, "Gemeente Rivierstad"), party_id(document, "Netbeheerder Stroomnet")
    view.view_state.set_selection({a, b})
    assert scene.selected_party_ids() == {a, b}
    start = viewport_pos(view, scene.parties[a].pos())
    shift = QPoint(40, 30)
    steps = document.undo_stack.count()
    changes = []
    document.changed.connect(changes.append)
    drag(view, start, start + shift)
    assert document.undo_stack.count() == steps + 1
    assert len(changes) == 1 and changes[0].action == "update" and set(changes[0].ids) == {a, b}
    parties = stored(small_project)
    scale = view.transform().m11()
    assert parties[a].x == pytest.approx(-200 + shift.x() / scale, abs=1.0)
    assert parties[b].y == pytest.approx(120 + shift.y() / scale, abs=1.0)
    document.undo_stack.undo()
    parties = stored(small_project)
    assert (parties[a].x, parties[a].y, parties[b].x, parties[b].y) == (-200.0, -50.0, 260.0, 120.0)


def test_shift_drag_from_party_to_party_connects_them(view, document, small_project, monkeypatch):
    asked = []

    def answer(cls, parent, parties, source_id, target_id=None):
        asked.append((source_id, target_id))
        return (target_id, "coalition", "forward")

    monkeypatch.setattr(RelationDialog, "ask", classmethod(answer))
    scene = view.map_scene
    a, b = party_id(document, "Netbeheerder Stroomnet"), party_id(document, "Bewonersvereniging <De Rivier>")
    drag(view, viewport_pos(view, scene.parties[a].pos()), viewport_pos(view, scene.parties[b].pos()),
         modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert asked == [(a, b)]
    relations = [r for r in stored(small_project, "relation").values() if {r.source_id, r.target_id} == {a, b}]
    assert len(relations) == 1 and relations[0].type == "coalition" and relations[0].direction == "forward"
    assert relations[0].id in scene.relations
    # no party moved
    assert (scene.parties[a].pos().x(), scene.parties[a].pos().y()) == (260.0, 120.0)


def test_connect_mode_links_without_shift(view, document, small_project, monkeypatch):
    monkeypatch.setattr(RelationDialog, "ask", classmethod(
        lambda cls, parent, parties, source_id, target_id=None: (target_id, "informal", "none")))
    scene = view.map_scene
    scene.connect_mode = True
    a, b = party_id(document, "Netbeheerder Stroomnet"), party_id(document, "Woningcorporatie Thuis & Co")
    drag(view, viewport_pos(view, scene.parties[a].pos()), viewport_pos(view, scene.parties[b].pos()))
    assert any({r.source_id, r.target_id} == {a, b} and r.type == "informal"
               for r in stored(small_project, "relation").values())


def test_cancelled_connect_adds_nothing(view, document, small_project, monkeypatch):
    monkeypatch.setattr(RelationDialog, "ask", classmethod(lambda cls, *args, **kwargs: None))
    a = party_id(document, "Netbeheerder Stroomnet")
    assert view.map_scene.ask_connect(a) is None
    assert len(stored(small_project, "relation")) == 3


def test_delete_key_removes_party_with_its_relations_and_undo_brings_all_back(view, document, small_project, qtbot):
    scene = view.map_scene
    pid = party_id(document, "Woningcorporatie Thuis & Co")  # in a coalition and a tension
    before = stored(small_project, "relation")
    view.view_state.set_selection({pid})
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert pid not in stored(small_project)
    assert len(stored(small_project, "relation")) == 1
    assert pid not in scene.parties and len(scene.relations) == 1
    assert view.view_state.selected_parties == frozenset()
    document.undo_stack.undo()
    assert stored(small_project, "relation") == before
    assert pid in scene.parties and set(scene.relations) == set(before)
    edge_types = sorted(edge.relation_type for edge in scene.parties[pid].edges)
    assert edge_types == ["coalition", "tension"]
    document.undo_stack.redo()
    assert pid not in scene.parties and len(scene.relations) == 1


def test_deleting_a_selected_relation_keeps_the_parties(view, document, small_project):
    scene = view.map_scene
    rid, edge = next((rid, e) for rid, e in scene.relations.items() if e.relation_type == "dependency")
    edge.setSelected(True)
    assert scene.delete_selected()
    assert rid not in stored(small_project, "relation")
    assert len(stored(small_project)) == 4


def test_selection_follows_the_document_and_the_other_way(view, document):
    scene = view.map_scene
    a = party_id(document, "Gemeente Rivierstad")
    view.view_state.set_selection({a})
    assert scene.parties[a].isSelected()
    seen = []
    view.view_state.selectionChanged.connect(seen.append)
    scene.clearSelection()
    b = party_id(document, "Netbeheerder Stroomnet")
    scene.parties[b].setSelected(True)
    assert view.view_state.selected_parties == {b}
    assert seen[-1] == {b}
    scene.select_all()
    assert view.view_state.selected_parties == set(document.data.entities["party"])
    assert all(item.isSelected() for item in scene.parties.values())


def test_double_click_on_a_party_asks_for_the_inspector(view, document, qtbot):
    scene = view.map_scene
    pid = party_id(document, "Gemeente Rivierstad")
    with qtbot.waitSignal(view.partyActivated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(view, scene.parties[pid].pos()))
    assert blocker.args == [pid]
    assert view.view_state.selected_parties == {pid}


def test_zoom_and_fit(view):
    start = view.transform().m11()
    view.zoom_in()
    assert view.transform().m11() == pytest.approx(start * 1.25)
    view.zoom_out()
    assert view.transform().m11() == pytest.approx(start)
    for _ in range(60):
        view.zoom_in()
    assert view.transform().m11() <= 8.0 + 1e-9
    view.fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in view.map_scene.parties.values():
        assert visible.contains(item.pos())


@pytest.mark.parametrize("name", [
    "<b>Gemeente</b> & Co", "Bewoners 🌳🏠 Oost", "بلدية روتردام", "x" * 500,
])
def test_hostile_and_long_names_are_shown_as_plain_text(view, document, name):
    new_id = view.map_scene.add_party(name, (30.0, 40.0))
    item = view.map_scene.parties[new_id]
    assert item.label == name
    assert len(item._label_text) <= 40
    assert "<b>" not in item.toolTip()  # shown as text, not as markup
    assert item.boundingRect().width() < 2000


def test_relation_items_follow_a_moving_node(view, document):
    scene = view.map_scene
    pid = party_id(document, "Gemeente Rivierstad")
    node = scene.parties[pid]
    edge = node.edges[0]
    before = edge.boundingRect()
    node.move_to(node.pos().x() + 300, node.pos().y() + 300)
    assert edge.boundingRect() != before
    assert isinstance(edge, RelationItem) and isinstance(node, PartyItem)


def test_a_large_map_drag_paints_a_snapshot_and_still_writes_once(view, document, small_project):
    """The frozen path of large maps, forced on the small one: same result, the layer back afterwards."""
    scene = view.map_scene
    view.freeze_threshold = 0
    a = party_id(document, "Gemeente Rivierstad")
    view.view_state.set_selection({a})
    start = viewport_pos(view, scene.parties[a].pos())
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    send_mouse(view, QEvent.Type.MouseMove, start + QPoint(10, 10))
    assert view.frozen and scene.layer.opacity() == 0.0
    assert scene.parties[a].parentItem() is scene.party_layer and scene.parties[a].isVisible()
    for i in range(2, 6):
        send_mouse(view, QEvent.Type.MouseMove, start + QPoint(10 * i, 10 * i))
    send_mouse(view, QEvent.Type.MouseButtonRelease, start + QPoint(50, 50))
    assert view.frozen  # only the dropped party moved: the snapshot still shows the rest exactly
    view.view_state.set_selection(set())  # anything else thaws it
    assert not view.frozen and scene.layer.opacity() == 1.0
    assert all(item.parentItem() is scene.party_layer for item in scene.parties.values())
    assert all(edge.parentItem() is scene.layer for edge in scene.relations.values())
    scale = view.transform().m11()
    assert stored(small_project)[a].x == pytest.approx(-200 + 50 / scale, abs=1.0)
    assert document.undo_stack.count() == 1


def test_a_drop_that_moves_other_parties_too_paints_normally_at_once(view, document, small_project):
    set_layout(document, "grid")  # a drop on the grid can move the parties of the cell it leaves or joins
    scene = view.map_scene
    view.freeze_threshold = 0
    a = party_id(document, "Gemeente Rivierstad")
    other = party_id(document, "Woningcorporatie Thuis & Co")
    document.apply("zelfde scores", lambda p: p.update("party", other, influence=9, involvement=9))
    view.view_state.set_selection({a})
    start = viewport_pos(view, scene.parties[a].pos())
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    send_mouse(view, QEvent.Type.MouseMove, start + QPoint(-60, 60))
    assert view.frozen
    send_mouse(view, QEvent.Type.MouseButtonRelease, start + QPoint(-60, 60))
    assert not view.frozen and scene.layer.opacity() == 1.0


def test_overview_lines_when_thousands_are_in_sight(view, document):
    scene = view.map_scene
    scene.set_overview(True)
    assert all(edge.pen().isCosmetic() and edge.pen().widthF() == 0 for edge in scene.relations.values())
    scene.set_overview(False)
    coalition = next(e for e in scene.relations.values() if e.relation_type == "coalition")
    informal_like = next(e for e in scene.relations.values() if e.relation_type == "dependency")
    assert coalition.pen().widthF() > informal_like.pen().widthF()
    assert not coalition.pen().isCosmetic()


def test_middle_button_and_space_drag_pan_without_moving_parties(view, document, qtbot):
    view.zoom_in()
    view.zoom_in()
    scene = view.map_scene
    positions = {pid: item.pos() for pid, item in scene.parties.items()}
    before = view.mapToScene(view.viewport().rect().center())
    centre = view.viewport().rect().center()
    drag_buttons = Qt.MouseButton.MiddleButton
    send_mouse(view, QEvent.Type.MouseButtonPress, centre, button=drag_buttons)
    for i in range(1, 5):
        send_mouse(view, QEvent.Type.MouseMove, centre + QPoint(20 * i, 10 * i), button=drag_buttons,
                   buttons=drag_buttons)
    send_mouse(view, QEvent.Type.MouseButtonRelease, centre + QPoint(80, 40), button=drag_buttons)
    after = view.mapToScene(view.viewport().rect().center())
    assert after != before
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    assert view.dragMode() == view.DragMode.ScrollHandDrag and not view.isInteractive()
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.dragMode() == view.DragMode.RubberBandDrag and view.isInteractive()
    assert {pid: item.pos() for pid, item in scene.parties.items()} == positions
    assert document.undo_stack.count() == 0


def test_tension_zigzag_runs_from_outline_to_outline_with_teeth_on_both_sides():
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath

    from samenwerk_desktop.gui.map.items import RelationItem

    for a, b in ((QPointF(0, 0), QPointF(120, 0)), (QPointF(-300, 40), QPointF(2500, -1800))):
        path = QPainterPath()
        RelationItem._zigzag(path, a, b)
        first, last = path.elementAt(0), path.elementAt(path.elementCount() - 1)
        assert (first.x, first.y) == pytest.approx((a.x(), a.y()))
        assert (last.x, last.y) == pytest.approx((b.x(), b.y()))
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = (dx * dx + dy * dy) ** 0.5
        assert path.elementCount() == max(2, int(length / 12)) + 1
        sides = []
        for i in range(1, path.elementCount() - 1):
            e = path.elementAt(i)
            sides.append(((e.x - a.x()) * -dy + (e.y - a.y()) * dx) / length)  # signed distance from a–b
        assert sides == pytest.approx([5.0 if i % 2 == 0 else -5.0 for i in range(len(sides))])


def test_a_fitted_map_stays_fitted_when_its_pane_changes_size_but_a_zoomed_one_stays_put(view, qtbot):
    def every_party_in_sight() -> bool:
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        return all(seen.contains(item.sceneBoundingRect()) for item in view.map_scene.parties.values())

    assert every_party_in_sight()
    fitted_scale = view.transform().m11()
    view.resize(420, 340)
    qtbot.waitUntil(lambda: view.viewport().width() < 430)
    assert view.transform().m11() < fitted_scale
    assert every_party_in_sight()
    view.zoom_by(2.0)
    zoomed = view.transform().m11()
    view.resize(900, 700)
    qtbot.waitUntil(lambda: view.viewport().width() > 800)
    assert view.transform().m11() == zoomed  # the user's zoom is kept


def test_a_selected_party_label_drawn_bold_fits_its_box(view, document):
    from PySide6.QtGui import QFont, QFontMetricsF

    new_id = view.map_scene.add_party("NetbeheerderGemeente Zuid en Omstreken", (30.0, 40.0))
    item = view.map_scene.parties[new_id]
    bold = QFont(item.style.font)
    bold.setBold(True)
    needed = QFontMetricsF(bold).horizontalAdvance(item._label_text)
    assert item._label_rect.width() >= needed


# -- the keyboard path --------------------------------------------------------------------------


def test_tab_walks_through_the_parties_then_on_to_the_next_control(document, qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = MapView(document)
    after = QLineEdit(window)
    layout.addWidget(view)
    layout.addWidget(after)
    window.resize(700, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    order = [p.id for p in document.data.parties]
    walked = []
    for _ in order:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        walked.append(set(view.view_state.selected_parties))
        assert view.hasFocus()
    assert walked == [{pid} for pid in order]
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.view_state.selected_parties == {order[-2]}
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # past the last party: the keyboard is not trapped in the map
    assert after.hasFocus()
    assert view.view_state.selected_parties == frozenset()


def test_return_edits_and_arrows_move_the_chosen_party_one_undo_step_each(view, document, small_project, qtbot):
    pid = party_id(document, "Gemeente Rivierstad")
    view.view_state.set_selection({pid})
    with qtbot.waitSignal(view.partyActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [pid]
    start = (document.data.get("party", pid).x, document.data.get("party", pid).y)
    steps = document.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert document.undo_stack.count() == steps + 2
    moved = stored(small_project)[pid]
    assert (moved.x, moved.y) == pytest.approx((start[0] + 20.0, start[1] + 2.0))
    assert view.map_scene.parties[pid].pos() == QPointF(start[0] + 20.0, start[1] + 2.0)
    document.undo_stack.undo()
    document.undo_stack.undo()
    back = stored(small_project)[pid]
    assert (back.x, back.y) == pytest.approx(start)


def test_the_party_menu_connects_without_a_mouse(view, document, small_project, monkeypatch):
    source, target = party_id(document, "Gemeente Rivierstad"), party_id(document, "Netbeheerder Stroomnet")
    monkeypatch.setattr(RelationDialog, "ask", classmethod(
        lambda cls, parent, parties, source_id, target_id=None: (target, "informal", "both")))
    before = len(stored(small_project, "relation"))
    menu = view.map_scene.party_menu(source)
    connect = next(a for a in menu.actions() if a.text() == "Verbinden met…")
    connect.trigger()
    relations = stored(small_project, "relation")
    assert len(relations) == before + 1
    assert any((r.source_id, r.target_id, r.type) == (source, target, "informal") for r in relations.values())


def test_an_empty_map_says_how_to_add_the_first_party(tmp_path, qtbot, monkeypatch):
    from samenwerk_desktop.core.model import Collaboration
    from samenwerk_desktop.gui.document import Document

    path = tmp_path / "leeg.samenwerk"
    Project.create(path, Collaboration(title="Leeg")).close()
    doc = Document(Project.open(path))
    try:
        view = MapView(doc)
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
        qtbot.waitExposed(view)
        hint = view.empty_hint
        assert hint.isVisible() and "Dubbelklik" in hint.text()
        assert view.viewport().geometry().contains(hint.geometry().center())
        center = hint.geometry().center()
        assert view.childAt(center) is not hint  # a double click on the hint reaches the canvas
        monkeypatch.setattr(AddPartyDialog, "ask", classmethod(lambda cls, parent=None: "Gemeente"))
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().mapFrom(view, center))
        assert len(doc.data.parties) == 1
        assert not hint.isVisible()
        doc.undo_stack.undo()
        assert hint.isVisible()
    finally:
        doc.close()


@pytest.mark.parametrize("layout, key, field, step", [
    ("grid", Qt.Key.Key_Right, "involvement", 1),
    ("grid", Qt.Key.Key_Up, "influence", 1),
    ("grid", Qt.Key.Key_Down, "influence", -1),
    ("onion", Qt.Key.Key_Up, "influence", 1),
    ("onion", Qt.Key.Key_Left, "influence", -1),
])
def test_on_the_grid_and_the_onion_an_arrow_is_one_score(view, document, small_project, qtbot, layout, key, field, step):
    document.apply("layout", lambda p: p.update_collaboration(map_layout=layout))
    pid = party_id(document, "Netbeheerder Stroomnet")  # influence 8, involvement 3
    view.view_state.set_selection({pid})
    before = getattr(document.data.get("party", pid), field)
    for n in (1, 2):
        qtbot.keyClick(view, key)
        assert getattr(stored(small_project)[pid], field) == before + n * step
    document.undo_stack.undo()
    assert getattr(stored(small_project)[pid], field) == before + step


def test_on_the_onion_a_party_keeps_its_angle_when_another_is_added(view, document):
    import math

    set_layout(document, "onion")
    scene = view.map_scene
    before = {pid: math.atan2(item.pos().y(), item.pos().x()) for pid, item in scene.parties.items()}
    document.apply("toevoegen", lambda p: p.add(Party(name="Provincie Gelderland", influence=5)))
    for pid, angle in before.items():
        item = scene.parties[pid]
        assert math.isclose(math.atan2(item.pos().y(), item.pos().x()), angle, abs_tol=1e-9)
    new = scene.parties[party_id(document, "Provincie Gelderland")].pos()
    assert scene.placement.frame.onion_score(new.x(), new.y()) == 5


def test_a_selected_relation_can_be_drawn_into_a_picture(view, document):
    """A grab, the room's still image and the drag's snapshot draw a selected relation (Qt asks its type())."""
    scene = view.map_scene
    edge = next(iter(scene.relations.values()))
    edge.setSelected(True)
    assert edge.type() == QGraphicsPathItem().type()
    assert not view.grab().isNull()
