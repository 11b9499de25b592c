"""The window's start: the frame with the file's title first, the panels after it, and the benchmark's two hooks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Warmtenet Rivierenbuurt — klein.samenwerk — Samenwerk"
ALL_PANELS = "agreements inspector map raci"

#: A child process that says, as the window closes its document, which panels it had and what was imported.
CHILD = """
import sys
from samenwerk_desktop.gui import app, main_window

close_document = main_window.MainWindow.close_document

def telling(self):
    if self.document is not None:
        print("titel", self.windowTitle(), flush=True)
        print("panelen", " ".join(sorted(self.panels)), flush=True)
        print("sqlite-utils", "sqlite_utils" in sys.modules, flush=True)
        docks = ("samenwerk_desktop.gui.movement_panel", "samenwerk_desktop.gui.scan_panel")
        print("dokken", " ".join(m.rsplit(".", 1)[1] for m in docks if m in sys.modules) or "-", flush=True)
        later = ("samenwerk_desktop.gui.round_editor", "samenwerk_desktop.core.rounds", "samenwerk_desktop.core.movement",
                 "_strptime")
        print("later", " ".join(m.rsplit(".", 1)[1] for m in later if m in sys.modules) or "-", flush=True)
    close_document(self)

main_window.MainWindow.close_document = telling
sys.exit(app.run(sys.argv[1], quit_when_shown=sys.argv[2] == "ready"))
"""


def run_child(project: Path, mode: str, **env: str) -> subprocess.CompletedProcess:
    """In a process of its own: a real event loop must not run inside the test process."""
    env = {**{k: v for k, v in os.environ.items() if k != "SAMENWERK_QUIT_AT_FIRST_PAINT"},
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(project.parent / "config"),
           **env}
    if mode == "paint":
        env["SAMENWERK_QUIT_AT_FIRST_PAINT"] = "1"
    return subprocess.run([sys.executable, "-c", CHILD, str(project), mode], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_quit_when_shown_waits_until_every_panel_is_filled(small_project):
    done = run_child(small_project, "ready")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == [f"titel {TITLE}", f"panelen {ALL_PANELS}"]
    Project.open(small_project).close()  # the lock was released


def test_quit_at_first_paint_quits_with_the_title_before_the_panels(small_project):
    done = run_child(small_project, "paint")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == [f"titel {TITLE}", "panelen "]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("mode", ["paint", "ready"])
def test_the_window_starts_without_sqlite_utils(small_project, mode):
    done = run_child(small_project, mode)
    assert done.returncode == 0, done.stderr
    assert "sqlite-utils False" in done.stdout.splitlines()


def test_every_panel_is_filled_before_the_closed_docks_panels_are_built(small_project):
    done = run_child(small_project, "ready")
    assert done.returncode == 0, done.stderr
    assert "dokken -" in done.stdout.splitlines()


def test_the_filled_window_has_not_loaded_the_round_editor_or_the_field_s_movement(small_project):
    """Meeting mode's dialogs and a meeting's close load them when first used."""
    done = run_child(small_project, "ready")
    assert done.returncode == 0, done.stderr
    assert "later -" in done.stdout.splitlines()


def test_the_filled_demo_window_has_not_loaded_strptime_for_its_agenda_s_clock_times(tmp_path):
    """The meeting dock shows the demo's agenda with clock times, read without strptime (core/meeting.clock_time)."""
    from samenwerk_desktop import cli

    done = run_child(cli.write_demo(tmp_path / "demo.samenwerk"), "ready")
    assert done.returncode == 0, done.stderr
    assert "later -" in done.stdout.splitlines()


@pytest.fixture
def deferred(qtbot, small_project):
    """A shown window that opens the small project as at start: frame first, panels after the first paint."""
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.defer_panels = True
    assert win.open_file(small_project)
    yield win
    win.close()


def test_a_deferred_open_shows_the_title_before_any_panel(deferred):
    assert (deferred.windowTitle(), deferred.panels, deferred.panels_ready) == (TITLE, {}, False)


def test_the_deferred_panels_come_after_the_first_paint(deferred, qtbot):
    with qtbot.waitSignal(deferred.panelsReady, timeout=10000):
        pass
    assert " ".join(sorted(deferred.panels)) == ALL_PANELS
    assert len(deferred.map_view.map_scene.parties) == 4


def test_the_panes_keep_their_sizes_while_the_panels_arrive(deferred, qtbot):
    """No layout jump: the splitters the first frame shows are the ones the filled window has."""
    before = (deferred.main_splitter.sizes(), deferred.side_splitter.sizes())
    with qtbot.waitSignal(deferred.panelsReady, timeout=10000):
        pass
    qtbot.wait(20)
    assert (deferred.main_splitter.sizes(), deferred.side_splitter.sizes()) == before


def test_closing_before_the_panels_are_built_builds_none(deferred, qtbot):
    deferred.close_document()
    qtbot.wait(50)
    assert (deferred.panels, deferred.panels_ready, deferred.windowTitle()) == ({}, True, "Samenwerk")


def menu_titles(win) -> list[str]:
    return [act.text() for act in win.menuBar().actions()]


def test_the_frame_s_menu_bar_is_the_filled_window_s(deferred, qtbot):
    """No jump in the menu bar: Overleg is there, before Help, from the first frame on."""
    before = menu_titles(deferred)
    with qtbot.waitSignal(deferred.panelsReady, timeout=10000):
        pass
    assert before == menu_titles(deferred) == ["&Bestand", "Be&werken", "Bee&ld", "&Overleg", "&Help"]


def test_the_meeting_menu_of_the_frame_gets_the_meeting_actions(deferred, qtbot):
    menu = deferred.meeting_menu
    assert menu.actions() == []
    with qtbot.waitSignal(deferred.panelsReady, timeout=10000):
        pass
    assert deferred.meeting_mode.menu is menu
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:2] == [
        "Overleg starten of afsluiten", "Volgend agendapunt"]


def test_opening_the_meeting_menu_before_the_panels_builds_them_first(deferred):
    deferred.meeting_menu.aboutToShow.emit()
    assert deferred.panels_ready
    assert "Volgend agendapunt" in [a.text() for a in deferred.meeting_menu.actions()]


def test_closing_before_the_panels_are_built_takes_the_meeting_menu_away(deferred, qtbot):
    deferred.close_document()
    assert menu_titles(deferred) == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]


def test_closing_a_filled_window_s_file_takes_the_meeting_menu_away(deferred, qtbot):
    with qtbot.waitSignal(deferred.panelsReady, timeout=10000):
        pass
    deferred.close_document()
    assert menu_titles(deferred) == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]


def test_finish_panels_builds_the_rest_at_once(deferred):
    deferred.finish_panels()
    assert (" ".join(sorted(deferred.panels)), deferred.panels_ready) == (ALL_PANELS, True)


def test_an_edit_after_the_deferred_build_reaches_the_window(deferred, qtbot):
    with qtbot.waitSignal(deferred.panelsReady, timeout=10000):
        pass
    deferred.document.apply("Naam wijzigen", lambda p: p.update("party", 1, name="Gemeente Anders"))
    assert deferred.action_undo.text() == "&Ongedaan maken: Naam wijzigen"


def test_a_window_that_is_never_painted_still_gets_its_panels(qtbot, small_project):
    """Minimised or not exposed: no first paint comes, the panels are built after a moment anyway."""
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.defer_panels = True
    with qtbot.waitSignal(win.panelsReady, timeout=10000):
        assert win.open_file(small_project) and win.panels == {}
    assert " ".join(sorted(win.panels)) == ALL_PANELS


#: What the first paint never needs: the panels and what they draw with, the room's window, the reports.
NOT_BEFORE_PAINT = ("samenwerk_desktop.gui.map", "samenwerk_desktop.gui.room.window", "samenwerk_desktop.gui.raci_editor",
                    "samenwerk_desktop.gui.agreements_panel", "samenwerk_desktop.gui.movement_panel",
                    "samenwerk_desktop.gui.scan_panel",
                    "samenwerk_desktop.gui.meeting_mode", "reportlab", "networkx", "numpy")


#: What the frame with the file's title does not need either: the room's views (its menu names them from
#: gui/room/catalog.py), Ctrl+F, the undo history, the name eliding and the dispute entry of the panels, the commands.
NOT_BEFORE_FRAME = (*NOT_BEFORE_PAINT, "samenwerk_desktop.gui.room.views", "samenwerk_desktop.gui.room.meeting_views",
                    "samenwerk_desktop.gui.find", "samenwerk_desktop.gui.history", "samenwerk_desktop.gui.elide",
                    "samenwerk_desktop.gui.dispute_entry", "samenwerk_desktop.cli", "samenwerk_desktop.core.meeting")
#: A child that opens a file as the start does (frame first, panels deferred), before any event loop turns.
FRAME_CHILD = """
import sys
from samenwerk_desktop import launcher
from samenwerk_desktop.gui import app, main_window
app.ensure_application()
window = main_window.MainWindow(restore=False)
window.show()
window.defer_panels = True
assert window.open_file(sys.argv[1])
print(window.windowTitle(), len(window.room.view_actions), window.room.view_actions["meeting"].text(), sep="|")
print(sorted(m for m in sys.argv[2].split() if m in sys.modules))
window.close_document()
"""


def test_the_frame_with_the_title_is_made_without_the_room_views_find_or_the_commands(small_project):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(small_project.parent / "config")}
    done = subprocess.run([sys.executable, "-c", FRAME_CHILD, str(small_project), " ".join(NOT_BEFORE_FRAME)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{TITLE}|13|Lopend overleg", "[]"]


def test_the_window_module_loads_nothing_the_first_paint_does_not_need():
    code = ("import sys; from samenwerk_desktop.gui import app, main_window; "
            f"print(sorted(m for m in {NOT_BEFORE_PAINT!r} if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_party_added_before_the_inspector_is_built_gets_its_profile_and_the_cursor(deferred, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from samenwerk_desktop.gui.map.dialogs import AddPartyDialog

    qtbot.waitUntil(lambda: deferred.map_view is not None, timeout=10000)
    assert "inspector" not in deferred.panels  # the map came first, the inspector is still to come
    monkeypatch.setattr(AddPartyDialog, "ask", classmethod(lambda cls, parent=None: "Provincie Zuid"))
    deferred.action_add_party.trigger()
    new = next(p.id for p in deferred.document.data.parties if p.name == "Provincie Zuid")
    assert deferred.panels["inspector"].party_id == new
    assert QApplication.focusWidget().objectName() == "shortNameEdit"


def test_ctrl_f_jumps_to_an_agreement_before_its_panel_is_built(deferred):
    from samenwerk_desktop.core.model import Agreement
    from samenwerk_desktop.gui import history

    assert "agreements" not in deferred.panels
    change = deferred.document.apply("a", lambda p: p.add(Agreement(text="Elke partij meldt afwezigheid vooraf")))
    history.reveal_entity(deferred, "agreement", change.ids[0], focus=True)
    assert deferred.panels["agreements"].sections["agreement"].current() == change.ids[0]


def test_warm_imports_imports_the_modules_in_a_thread_of_their_own(tmp_path, monkeypatch):
    from samenwerk_desktop.gui import startup

    (tmp_path / "swk_warm_probe.py").write_text("import threading\nBY = threading.current_thread().name\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "swk_warm_probe", raising=False)
    startup.warm_imports(["swk_warm_probe"]).join()
    assert sys.modules.pop("swk_warm_probe").BY == "samenwerk-warm-imports"


def test_warm_imports_of_a_missing_module_stops_quietly(capsys):
    from samenwerk_desktop.gui import startup

    startup.warm_imports(["swk_no_such_module", "json"]).join()
    assert "swk_no_such_module" not in sys.modules and capsys.readouterr().err == ""


def test_the_window_warms_sqlite_utils_once_it_is_idle(deferred, qtbot, monkeypatch):
    from samenwerk_desktop.gui import startup

    warmed = []
    monkeypatch.setattr(startup, "warm_imports", lambda modules: warmed.append(tuple(modules)))
    monkeypatch.setattr(startup, "WARM_AFTER_MS", 0)
    qtbot.waitUntil(lambda: deferred.panels_ready)
    qtbot.waitUntil(lambda: warmed == [("sqlite_utils",)])


def test_a_closing_window_deletes_its_panels_and_releases_the_file(small_window, small_project, qtbot):
    import shiboken6

    panels = list(small_window.panels.values())
    small_window.close()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in panels))
    with Project.open(small_project) as again:  # not locked by the closed window any more
        assert again.load().collaboration.title == "Warmtenet Rivierenbuurt"


@pytest.fixture
def gc_off():
    import gc

    gc.disable()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_garbage_collector_is_on_again_once_the_deferred_panels_are_filled(gc_off, deferred, qtbot):
    import gc

    from samenwerk_desktop.gui import startup

    assert not deferred.panels_ready  # right after a deferred open
    startup.resume_gc(deferred)
    assert not gc.isenabled()
    deferred.panelsReady.emit()
    assert gc.isenabled()


def test_what_the_start_made_is_frozen_until_its_document_closes(gc_off, small_window, qtbot):
    import gc

    from samenwerk_desktop.gui import startup

    startup.resume_gc(small_window)
    frozen = gc.get_freeze_count()
    assert gc.isenabled() and frozen > 0
    small_window.close_document()
    # not "== 0": on Python 3.12 a collection itself leaves a few hundred objects in the permanent generation
    qtbot.waitUntil(lambda: gc.get_freeze_count() < frozen / 10)


def test_the_garbage_collector_is_on_at_once_without_panels_to_wait_for(gc_off, qtbot):
    import gc

    from samenwerk_desktop.gui import startup

    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    startup.resume_gc(window)
    assert gc.isenabled()


def test_the_launcher_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    from samenwerk_desktop import launcher

    assert launcher.main([str(tmp_path / "missing.samenwerk")]) == 2
    assert gc.isenabled()


def test_the_program_quits_cleanly_with_the_file_untouched_and_the_window_remembered(small_project):
    import hashlib

    before = hashlib.sha256(small_project.read_bytes()).hexdigest()
    config = small_project.parent / "config"
    env = {**{k: v for k, v in os.environ.items() if k != "SAMENWERK_QUIT_AT_FIRST_PAINT"},
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(config)}
    done = subprocess.run([sys.executable, "-m", "samenwerk_desktop", str(small_project), "--quit-when-shown"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr.replace("This plugin does not support propagateSizeHints()\n", "")) == (0, "")
    assert hashlib.sha256(small_project.read_bytes()).hexdigest() == before
    Project.open(small_project).close()  # the lock was released
    assert any(str(small_project) in p.read_text(errors="replace") for p in config.rglob("*.conf"))  # recent files


def test_the_first_paint_is_the_windows_own_not_that_of_another_window(qtbot):
    from PySide6.QtWidgets import QWidget

    from samenwerk_desktop.gui.startup import FirstPaint

    win, other = MainWindow(restore=False), QWidget()
    qtbot.addWidget(win)
    qtbot.addWidget(other)
    fired = []
    FirstPaint(win, lambda: fired.append(win.isVisible()))
    other.show()
    qtbot.waitExposed(other)
    qtbot.wait(50)
    assert fired == []
    win.show()
    qtbot.waitUntil(lambda: fired == [True], timeout=5000)
    win.update()
    qtbot.wait(50)
    assert fired == [True]  # once
