"""The comparison on the map (ghosts and arrows), its change list with the why-note, the check's grid and trend."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from samenwerk_desktop.core import movement, scan
from samenwerk_desktop.gui.map.view import MapView
from samenwerk_desktop.gui.movement_panel import MovementPanel
from samenwerk_desktop.gui.room.projected import ProjectedDocument
from samenwerk_desktop.gui.room.window import AudienceWindow
from samenwerk_desktop.gui.scan_panel import ScanPanel

NOW = datetime(2026, 3, 31, 21, 0)


@pytest.fixture
def moved(wijk_doc):
    """The realistic document with a state taken, then the first party moved and its stance changed."""
    panel = MovementPanel(wijk_doc, clock=lambda: NOW)
    assert panel.take_state("Begin")
    first = wijk_doc.data.parties[0]
    wijk_doc.apply("verplaatsen", lambda p: p.update("party", first.id, x=first.x + 300, y=first.y + 120,
                                                     stance=2 if first.stance != 2 else -2))
    return wijk_doc, first


def test_a_moved_party_gets_a_ghost_at_its_old_place_and_an_arrow(moved, qtbot):
    doc, first = moved
    doc.apply("netwerk", lambda p: p.update_collaboration(map_layout="network"))
    view = MapView(doc)
    qtbot.addWidget(view)
    panel = MovementPanel(doc, map_scene=view.map_scene, clock=lambda: NOW)
    qtbot.addWidget(panel)
    [ghost] = panel.ghosts.ghost_items()
    [arrow] = panel.ghosts.arrow_items()
    assert (ghost.pos().x(), ghost.pos().y()) == (first.x, first.y) and ghost.toolTip() == first.name
    assert arrow.path().elementCount() > 0


def test_hiding_the_comparison_takes_the_ghosts_off_the_map(moved, qtbot):
    doc, _ = moved
    view = MapView(doc)
    qtbot.addWidget(view)
    panel = MovementPanel(doc, map_scene=view.map_scene)
    panel.on_map.setChecked(False)
    assert panel.ghosts.items == [] and not any(type(i).__name__ == "GhostItem" for i in view.map_scene.items())


def test_the_change_list_names_what_changed_for_the_party(moved, qtbot):
    doc, first = moved
    panel = MovementPanel(doc)
    qtbot.addWidget(panel)
    [(name, what, why)] = [row for row in panel.change_lines() if row[0] == first.name]
    assert "Standpunt" in what and "Andere plek op de kaart" in what and why == ""


def test_a_reason_is_refused_until_the_state_is_taken(moved, qtbot):
    doc, first = moved
    panel = MovementPanel(doc)
    qtbot.addWidget(panel)
    panel.select_party(first.name)
    assert not panel.save_button.isEnabled()


def test_the_why_note_and_its_agreement_are_kept_with_the_new_state(moved, qtbot):
    doc, first = moved
    panel = MovementPanel(doc, clock=lambda: NOW.replace(day=28, month=4))
    qtbot.addWidget(panel)
    assert panel.take_state("Na overleg 2")
    panel.select_party(first.name)
    panel.reason_edit.setText("Wethouder overtuigd door de warmtevisie")
    panel.agreement_box.setCurrentIndex(1)
    assert panel.save_reason()
    [(_, _, why)] = [row for row in panel.change_lines() if row[0] == first.name]
    mark = movement.state_of(doc.data, movement.states(doc.data)[-1].id).parties[first.id]
    assert why.startswith("Wethouder overtuigd door de warmtevisie — werkafspraak: ")
    assert mark.agreement_id == panel.agreement_box.itemData(1)


def test_taking_a_state_is_one_undo_step(wijk_doc, qtbot):
    panel = MovementPanel(wijk_doc, clock=lambda: NOW)
    qtbot.addWidget(panel)
    assert panel.take_state("Begin")
    wijk_doc.undo_stack.undo()
    assert movement.states(wijk_doc.data) == [] and panel.old_box.count() == 0


def test_the_room_shows_the_ghosts_on_its_map_and_the_changes_without_private_notes(moved, qtbot):
    doc, first = moved
    doc.apply("geheim", lambda p: p.update("party", first.id, private_note="GEHEIM-notitie"))
    MovementPanel(doc, clock=lambda: NOW.replace(day=28, month=4)).take_state("Na overleg 2")
    window = AudienceWindow(ProjectedDocument(doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.set_view("movement")
    assert [a.name for a in window.ghosts.arrows] == [first.name]
    window.set_page(1)
    assert "Begin → Na overleg 2" in window.text.plain_text() and first.name in window.text.plain_text()
    assert "GEHEIM" not in window.text.plain_text()
    window.set_view("map")
    assert window.ghosts.items == []


def test_the_check_grid_shows_mean_and_spread_and_flags_a_wide_spread(wijk_doc, qtbot):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    qtbot.addWidget(panel)
    assert panel.new_scan()
    for row, value in enumerate(("1", "5", "3")):
        panel.grid.item(row, 0).setText(value)
    n = len(panel.party_ids)
    assert panel.grid.item(n, 0).text() == "3,0" and panel.grid.item(n + 1, 0).text() == "1–5"
    assert panel.grid.item(n + 1, 0).background().color().name() == "#fde0c5"


def test_a_score_of_seven_is_refused_with_a_sentence(wijk_doc, qtbot):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    qtbot.addWidget(panel)
    panel.new_scan()
    with qtbot.waitSignal(wijk_doc.errorOccurred) as shown:
        panel.grid.item(0, 0).setText("7")
    assert shown.args == ["Een score is een getal van 1 tot en met 5."] and panel.grid.item(0, 0).text() == ""


def test_a_statement_becomes_a_working_agreement_in_one_step(wijk_doc, qtbot):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    qtbot.addWidget(panel)
    panel.new_scan()
    panel.grid.setCurrentCell(0, 2)
    agreement_id = panel.make_agreement()
    assert wijk_doc.data.get("agreement", agreement_id).text.endswith(scan.statements(wijk_doc.data)[2].text)
    wijk_doc.undo_stack.undo()
    assert wijk_doc.data.get("agreement", agreement_id) is None


def test_the_trend_chart_gets_one_point_per_check_per_lens(wijk_doc, qtbot):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    qtbot.addWidget(panel)
    panel.new_scan()
    panel.grid.item(0, 0).setText("2")
    panel.today = lambda: date(2026, 4, 28)
    panel.new_scan()
    panel.grid.item(0, 0).setText("4")
    assert panel.chart.points["ambition"] == [2.0, 4.0] and panel.chart.points["process"] == [None, None]


def test_the_room_sees_the_check_without_who_gave_which_score(wijk_doc, qtbot):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    panel.new_scan()
    for row, value in enumerate(("1", "5", "3")):
        panel.grid.item(row, 0).setText(value)
    window = AudienceWindow(ProjectedDocument(wijk_doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.set_view("scan")
    text = window.text.plain_text()
    assert "We weten waar we het samen voor doen. — 3,0 (1–5)" in text
    assert not any(p.name in text or p.label in text for p in wijk_doc.data.parties)


def test_a_statement_is_edited_from_its_column_header(wijk_doc, qtbot, monkeypatch):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    qtbot.addWidget(panel)
    panel.new_scan()
    monkeypatch.setattr(ScanPanel, "ask_text", classmethod(lambda cls, parent, title, text="": "Onze eigen stelling."))
    assert panel.ask_edit_statement(0)
    assert panel.grid.horizontalHeaderItem(0).toolTip() == "Onze eigen stelling."


def test_a_statement_is_added_under_its_lens(wijk_doc, qtbot, monkeypatch):
    panel = ScanPanel(wijk_doc, today=lambda: date(2026, 3, 31))
    qtbot.addWidget(panel)
    panel.new_scan()
    monkeypatch.setattr(ScanPanel, "ask_lens", classmethod(lambda cls, parent: "process"))
    monkeypatch.setattr(ScanPanel, "ask_text", classmethod(lambda cls, parent, title, text="": "We evalueren elk kwartaal."))
    assert panel.ask_add_statement()
    heads = [panel.grid.horizontalHeaderItem(c).text() for c in range(panel.grid.columnCount())]
    assert heads[-1] == "Proces 4" and panel.grid.horizontalHeaderItem(len(heads) - 1).toolTip() == (
        "We evalueren elk kwartaal.")


def test_the_room_follows_the_comparison_chosen_in_the_window(qtbot, tmp_path, monkeypatch):
    from samenwerk_desktop.core import interchange
    from samenwerk_desktop.gui import main_window
    from samenwerk_desktop.gui.main_window import MainWindow
    from samenwerk_desktop.gui.room import views
    from samenwerk_desktop.paths import resource

    DEMO_JSON = resource("demo", "demo.json")

    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    interchange.import_file(DEMO_JSON, tmp_path / "demo.samenwerk")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(tmp_path / "demo.samenwerk")
    room = win.room.ensure_window()
    room.set_view("movement")
    assert len(room.ghosts.arrows) == 4  # the last two states
    panel = win.movement.movement
    panel.choose(movement.states(panel.document.data)[-1].id, None)  # the last state with now: nothing moved
    assert room.ghosts.arrows == [] and "Er is niets veranderd." in room.page_list[-1].text()
    win.close_document()
    assert views.REGISTRY["movement"].choice is None


def test_closed_docks_cost_an_edit_nothing_and_catch_up_when_opened(qtbot, tmp_path, monkeypatch):
    from samenwerk_desktop.core import interchange
    from samenwerk_desktop.gui import main_window
    from samenwerk_desktop.gui.main_window import MainWindow
    from samenwerk_desktop.paths import resource

    DEMO_JSON = resource("demo", "demo.json")
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    interchange.import_file(DEMO_JSON, tmp_path / "demo.samenwerk")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(tmp_path / "demo.samenwerk")
    win.show()
    panel = win.movement.movement
    filled = []
    monkeypatch.setattr(panel, "refresh", lambda: filled.append("refresh"))
    monkeypatch.setattr(panel, "fill", lambda: filled.append("fill"))
    party = panel.document.data.parties[0]
    panel.document.apply("standpunt", lambda p: p.update("party", party.id, stance=-party.stance or 1))
    assert filled == []  # the dock is closed
    win.movement.movement_dock.show()
    qtbot.waitUntil(lambda: filled == ["fill"])


def _demo_window(qtbot, tmp_path, monkeypatch):
    from samenwerk_desktop.core import interchange
    from samenwerk_desktop.gui import main_window
    from samenwerk_desktop.gui.main_window import MainWindow
    from samenwerk_desktop.paths import resource

    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    interchange.import_file(resource("demo", "demo.json"), tmp_path / "demo.samenwerk")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(tmp_path / "demo.samenwerk")
    win.show()
    return win


@pytest.mark.parametrize(("dock", "title"), [("movement_dock", "Partij of relatie"), ("scan_dock", None)])
def test_a_closed_dock_gets_its_panel_when_first_opened(qtbot, tmp_path, monkeypatch, dock, title):
    win = _demo_window(qtbot, tmp_path, monkeypatch)
    dock = getattr(win.movement, dock)
    assert dock.widget() is None
    dock.show()
    qtbot.waitUntil(lambda: dock.widget() is not None)
    if title is not None:
        assert dock.widget().tree.headerItem().text(0) == title


def test_the_room_compares_the_last_two_states_before_and_after_the_comparison_dock_is_built(qtbot, tmp_path,
                                                                                             monkeypatch):
    win = _demo_window(qtbot, tmp_path, monkeypatch)
    room = win.room.ensure_window()
    room.set_view("movement")
    before = [page.text() for page in room.page_list]
    win.movement.movement_dock.show()
    qtbot.waitUntil(lambda: win.movement.movement_dock.widget() is not None)
    room.set_view("movement")
    assert len(room.ghosts.arrows) == 4 and [page.text() for page in room.page_list] == before
