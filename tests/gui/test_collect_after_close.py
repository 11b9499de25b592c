"""A closed collaboration's panels are freed at the next turn of the event loop, not at some later edit."""

from __future__ import annotations

import gc
import weakref

from samenwerk_desktop.gui.main_window import MainWindow


def test_the_panels_of_a_closed_collaboration_are_freed_once_the_event_loop_turns(qtbot, small_project, qapp):
    window = MainWindow()
    qtbot.addWidget(window)
    window.remember = False
    assert window.open_file(small_project)
    window.finish_panels()
    scene = weakref.ref(window.map_view.map_scene)
    gc.disable()  # only the window's own collection may free it
    try:
        window.close_document()
        assert scene() is not None  # still held by its cycles until the loop turns
        qtbot.waitUntil(lambda: scene() is None, timeout=2000)
    finally:
        gc.enable()


def test_what_the_start_froze_is_freed_too_when_its_collaboration_closes(qtbot, small_project, qapp):
    window = MainWindow()
    qtbot.addWidget(window)
    window.remember = False
    assert window.open_file(small_project)
    window.finish_panels()
    scene = weakref.ref(window.map_view.map_scene)
    gc.disable()
    gc.freeze()  # as startup.resume_gc does once the panels are filled
    try:
        window.close_document()
        qtbot.waitUntil(lambda: scene() is None, timeout=2000)
    finally:
        gc.unfreeze()
        gc.enable()
