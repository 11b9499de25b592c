"""The room's screen driven from the main window: F5, views, pages, black-out, follow selection, the preview."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from samenwerk_desktop.gui.main_window import MainWindow


@pytest.fixture
def win(qtbot, small_project):
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    window.remember = False
    assert window.open_file(small_project)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.room.close()


def test_f5_opens_the_audience_window_full_screen_and_the_main_window_stays(win, qtbot):
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert win.room.is_open
    assert win.room.audience.isFullScreen()
    assert not win.isFullScreen() and win.menuBar().isVisible()
    assert win.room.action_open.isChecked()


def test_with_one_screen_escape_returns_to_editing(win, qtbot):
    win.room.open()
    assert win.room.audience.escape_closes
    qtbot.keyClick(win.room.audience, Qt.Key.Key_Escape)
    assert not win.room.is_open
    assert not win.room.action_open.isChecked()


@pytest.mark.parametrize(("number", "key"), [(2, "raci"), (3, "agreements"), (7, "agenda")])
def test_ctrl_shift_number_chooses_what_the_room_sees(win, number, key):
    win.room.open()
    win.findChild(type(win.room.action_open), f"actionRoomView_{key}").trigger()
    assert win.room.audience.view_key == key
    assert win.room.action_open.shortcut().toString() == "F5"
    assert win.room.view_actions[key].shortcut().toString() == f"Ctrl+Shift+{number}"


def test_the_menu_black_out_reaches_the_room(win):
    win.room.open()
    win.room.action_blackout.trigger()
    image = win.room.audience.grab().toImage()
    assert image.pixelColor(10, 10) == QColor("#000000")
    assert win.room.action_blackout.isChecked()


def test_b_in_the_room_checks_the_menu_item(win, qtbot):
    win.room.open()
    qtbot.keyClick(win.room.audience, Qt.Key.Key_B)
    assert win.room.action_blackout.isChecked()


def test_the_preview_shows_what_the_room_sees(win, qtbot):
    win.room.preview.show()
    win.room.open()
    win.room.action_blackout.trigger()
    qtbot.waitUntil(lambda: not win.room.preview.image.pixmap().isNull())
    image = win.room.preview.image.pixmap().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("#000000")


def test_follow_selection_highlights_the_laptops_selection_for_the_room(win):
    pid = win.document.data.parties[0].id
    win.view_state.set_selection({pid})
    win.room.ensure_window()
    assert win.room.audience.view_state.selected_parties == frozenset()
    win.room.action_follow.trigger()
    assert win.room.audience.view_state.selected_parties == {pid}
    assert win.room.audience.map_view.map_scene.parties[pid].isSelected()


def test_opening_a_document_makes_no_second_map_until_the_room_is_wanted(win):
    assert win.room.audience is None
    win.room.open()
    assert win.room.audience is not None


def test_closing_the_document_closes_the_room(win):
    win.room.open()
    win.close_document()
    assert win.room.audience is None
    assert not win.room.action_open.isEnabled()


# -- the command line ---------------------------------------------------------------------------------------


def _room_shot(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "samenwerk_desktop", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**__import__("os").environ, "SAMENWERK_LANG": "nl"})


def test_room_screenshot_writes_the_view_at_its_size(small_project, tmp_path):
    out = tmp_path / "zaal.png"
    result = _room_shot(str(small_project), "--room-screenshot", str(out), "--room-view", "agreements",
                        "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    assert QImage(str(out)).size().width() == 1280


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_room_screenshot_refuses_to_write_over_the_project_itself(small_project):
    before = _digest(small_project)
    result = _room_shot(str(small_project), "--room-screenshot", str(small_project), "--force")
    assert result.returncode == 2
    assert "extensie" in result.stderr and "Traceback" not in result.stderr
    assert _digest(small_project) == before


def test_room_screenshot_refuses_a_project_file_named_png(small_project, tmp_path):
    other = tmp_path / "ander.png"
    other.write_bytes(small_project.read_bytes())
    before = _digest(other)
    result = _room_shot(str(small_project), "--room-screenshot", str(other), "--force")
    assert result.returncode == 2
    assert result.stderr.strip() == ("samenwerk: ‘ander.png’ is een Samenwerk-project; daar wordt nooit een "
                                     "afbeelding (PNG) overheen geschreven. Kies een andere naam.")
    assert _digest(other) == before


def test_room_screenshot_refuses_a_missing_folder(small_project, tmp_path):
    result = _room_shot(str(small_project), "--room-screenshot", str(tmp_path / "nergens" / "zaal.png"))
    assert result.returncode == 2
    assert result.stderr.strip() == "samenwerk: De map van ‘zaal.png’ bestaat niet; kies een bestaande map."


def test_room_screenshot_asks_before_replacing(small_project, tmp_path):
    out = tmp_path / "zaal.png"
    out.write_bytes(b"oud")
    result = _room_shot(str(small_project), "--room-screenshot", str(out))
    assert result.returncode == 2
    assert result.stderr.strip() == ("samenwerk: ‘zaal.png’ bestaat al; kies een andere naam of overschrijf het "
                                     "bewust (--force).")
    assert out.read_bytes() == b"oud"


@pytest.mark.parametrize(("include_private", "expected"), [(False, False), (True, True)])
def test_the_report_dialog_makes_a_report_from_the_rooms_projection_unless_asked(document, monkeypatch,
                                                                                  include_private, expected):
    from samenwerk_desktop.gui import report_dialog
    from samenwerk_desktop.reports import worker

    pid = document.data.parties[0].id
    document.apply("notitie", lambda p: p.update("party", pid, private_note="GEHEIM"))
    seen = []

    def collaboration_report(data, path, **kw):
        seen.append("GEHEIM" in {p.private_note for p in data.parties})
        return 1

    monkeypatch.setattr(worker.pdf, "collaboration_report", collaboration_report)
    options = {"lang": "nl", "include_private": include_private, "force": False, "open_project": None,
               "kind": "collaboration", "path": "x.pdf"}
    report_dialog.run_report(document.data, options, None, lambda: False)
    assert seen == [expected]
