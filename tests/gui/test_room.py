"""The room's screen: every view read-only and private-free, live with the facilitator's edits, paged, black-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from samenwerk_desktop import cli
from samenwerk_desktop.core.model import Party, WorkItem
from samenwerk_desktop.gui.room import views
from samenwerk_desktop.gui.room.projected import ProjectedDocument
from samenwerk_desktop.gui.room.views import RoomFonts
from samenwerk_desktop.gui.room.window import AudienceWindow

SECRET = "GEHEIM-notitie"
VIEWS = list(views.REGISTRY)


@pytest.fixture
def secret_doc(wijk_doc):
    """The realistic document with every party's private note filled."""
    for party in wijk_doc.data.parties:
        wijk_doc.apply("notitie", lambda p, i=party.id: p.update("party", i, private_note=f"{SECRET} {i}"))
    return wijk_doc


@pytest.fixture
def room(secret_doc, qtbot):
    window = AudienceWindow(ProjectedDocument(secret_doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def all_text(window: QWidget) -> list[str]:
    """Every text the window holds: labels, tooltips, accessible names, and the map's items."""
    texts = [window.windowTitle(), window.toolTip(), window.accessibleName()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        elif widget is window.text:
            texts += [widget.text(), widget.plain_text()]
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.whatsThis(),
                  widget.statusTip()]
    for item in window.map_view.map_scene.items():
        texts += [item.toolTip(), getattr(item, "label", "")]
        if isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
        elif isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
    return [t for t in texts if t]


def test_the_facilitator_has_the_secret_that_the_room_must_not_see(secret_doc):
    assert all(p.private_note.startswith(SECRET) for p in secret_doc.data.parties)


@pytest.mark.parametrize("key", VIEWS)
def test_no_private_note_in_any_page_of_a_view(room, key):
    room.set_view(key)
    for page in range(len(room.page_list)):
        room.set_page(page)
        texts = all_text(room)
        assert texts, "the walk found text"
        assert not [t for t in texts if SECRET in t]


def test_the_rooms_data_has_no_private_note(room):
    assert {p.private_note for p in room.document.data.parties} == {""}


@pytest.mark.parametrize("key", VIEWS)
def test_nothing_in_a_view_is_editable(room, key):
    room.set_view(key)
    editors = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
    usable = [w for w in room.findChildren(QWidget) if isinstance(w, editors) and (w.isVisible() or w.isEnabled())]
    assert not usable
    assert room.text.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not room.map_view.isInteractive()


def test_a_party_renamed_on_the_laptop_is_renamed_on_the_rooms_map(secret_doc, room):
    pid = secret_doc.data.parties[0].id
    secret_doc.apply("naam", lambda p: p.update("party", pid, short_name="Nieuwnaam"))
    assert room.map_view.map_scene.parties[pid].label == "Nieuwnaam"


def test_a_party_moved_on_the_laptop_moves_on_the_rooms_map(secret_doc, room):
    pid = secret_doc.data.parties[0].id
    secret_doc.apply("verplaatsen", lambda p: p.update("party", pid, x=-777.0, y=333.0, placement="manual"))
    item = room.map_view.map_scene.parties[pid]
    assert secret_doc.data.collaboration.map_layout == "network"
    assert (item.pos().x(), item.pos().y()) == (-777.0, 333.0)


def test_a_partys_influence_changed_on_the_laptop_resizes_it_on_the_rooms_map(secret_doc, room):
    party = secret_doc.data.parties[0]
    before = room.map_view.map_scene.parties[party.id].radius
    influence = 10 if party.influence < 5 else 0
    secret_doc.apply("invloed", lambda p: p.update("party", party.id, influence=influence))
    assert room.map_view.map_scene.parties[party.id].radius != before


def test_an_agreement_edited_on_the_laptop_shows_at_once(secret_doc, room):
    room.set_view("agreements")
    aid = secret_doc.data.agreements[0].id
    secret_doc.apply("tekst", lambda p: p.update("agreement", aid, text="Elke dinsdag een inloopspreekuur"))
    assert "Elke dinsdag een inloopspreekuur" in room.text.text()


def test_a_note_typed_on_the_laptop_never_reaches_the_room(secret_doc, room):
    pid = secret_doc.data.parties[0].id
    secret_doc.apply("notitie", lambda p: p.update("party", pid, private_note="NIEUW-GEHEIM"))
    assert not [t for t in all_text(room) if "NIEUW-GEHEIM" in t]
    assert room.document.data.entities["party"][pid].private_note == ""


def test_number_keys_choose_the_view(room, qtbot):
    qtbot.keyClick(room, Qt.Key.Key_4)
    assert room.view_key == "decisions"
    assert room.header.text().startswith("Besluiten")
    qtbot.keyClick(room, Qt.Key.Key_1)
    assert room.view_key == "map"


def test_a_large_matrix_pages_by_rows_and_by_columns(wijk_doc, qtbot):
    parties = [wijk_doc.apply("partij", lambda p, i=i: p.add(Party(name=f"Partij nummer {i}"))).ids[0]
               for i in range(30)]
    items = [wijk_doc.apply("onderdeel", lambda p, i=i: p.add(WorkItem(title=f"Onderdeel {i}"))).ids[0]
             for i in range(40)]
    cells = {(w, parties[i % len(parties)]): "C" for i, w in enumerate(items)}
    wijk_doc.apply("rollen", lambda p: p.set_roles(cells))
    window = AudienceWindow(ProjectedDocument(wijk_doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.set_view("raci")
    tables = [p.text() for p in window.page_list if p.text().startswith("<table")]
    first_rows = tables[0].count("<tr>") - 1
    first_cols = tables[0].split("</tr>")[0].count("<th") - 1
    assert first_rows < len(wijk_doc.data.work_items) and first_cols < 30
    assert len(tables) >= 4
    assert window.footer.text() == f"pagina 1 van {len(window.page_list)}"


def test_page_down_shows_the_next_page(wijk_doc, qtbot):
    for i in range(40):
        wijk_doc.apply("onderdeel", lambda p, i=i: p.add(WorkItem(title=f"Onderdeel {i}")))
    window = AudienceWindow(ProjectedDocument(wijk_doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.set_view("raci")
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.footer.text() == f"pagina 2 van {len(window.page_list)}"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.footer.text().startswith("pagina 1 van")


def test_b_blacks_the_room_out(room, qtbot):
    qtbot.keyClick(room, Qt.Key.Key_B)
    image = room.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("#000000")
    qtbot.keyClick(room, Qt.Key.Key_B)
    assert not room.curtain.isVisible()


def test_f_freezes_what_the_room_sees_while_the_laptop_edits(secret_doc, room, qtbot):
    room.set_view("agreements")
    qtbot.keyClick(room, Qt.Key.Key_F)
    before = room.grab().toImage()
    aid = secret_doc.data.agreements[0].id
    secret_doc.apply("tekst", lambda p: p.update("agreement", aid, text="Een heel andere afspraak " * 3))
    assert room.grab().toImage() == before
    qtbot.keyClick(room, Qt.Key.Key_F)
    assert room.grab().toImage() != before


def test_escape_asks_to_close_on_the_only_screen(room, qtbot):
    with qtbot.waitSignal(room.closeRequested, timeout=1000):
        qtbot.keyClick(room, Qt.Key.Key_Escape)


@pytest.mark.parametrize(("height", "floor_px"), [(1080, 20 * 96 / 72), (720, 20 * 96 / 72 * 720 / 1080)])
def test_the_type_is_never_below_20_points_at_1080_lines(height, floor_px):
    assert RoomFonts.for_height(height).body_px >= floor_px


def test_the_type_is_twice_the_normal_size(qapp):
    normal_px = qapp.font().pointSizeF() * 96 / 72
    assert RoomFonts.for_height(1080).body_px >= 2 * normal_px


def test_every_view_has_a_number_key_and_a_title():
    assert sorted(v.number for v in views.REGISTRY.values()) == list(range(1, len(views.REGISTRY) + 1))
    assert [v.key for v in views.REGISTRY.values()] == ["map", "raci", "agreements", "decisions", "dilemmas",
                                                          "challenge", "agenda", "meeting", "round", "movement",
                                                          "scan", "give_take", "disputes"]


def test_the_catalog_names_every_view_as_the_views_do():
    """The window's menu is made from gui/room/catalog.py before the views' code loads: the two must agree."""
    from samenwerk_desktop.gui.room import catalog, registry

    assert list(catalog.NUMBERS) == list(registry.REGISTRY) == list(cli.ROOM_VIEWS)
    assert {key: view.number for key, view in registry.REGISTRY.items()} == catalog.NUMBERS
    assert [view.title() for view in registry.REGISTRY.values()] == [catalog.title(key) for key in catalog.NUMBERS]
    assert catalog.loaded() is registry.REGISTRY is views.REGISTRY
