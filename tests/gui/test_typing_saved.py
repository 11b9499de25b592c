"""Typed text reaches the file: after a short pause, at once on focus out, selection change, deactivation and close."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from panel_data import build_realistic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView, QWidget

from samenwerk_desktop.core.model import Meeting
from samenwerk_desktop.gui import file_actions, main_window, panel_common
from samenwerk_desktop.gui.main_window import MainWindow

SENTENCE = "Wil eerst de business case zien & <rekent> op 2030."  # keyClicks types ASCII only

#: (label, panel, widget name, table, column)
FIELDS = [
    ("position", "inspector", "positionEdit", "party", "position"),
    ("private note", "inspector", "privateNoteEdit", "party", "private_note"),
    ("meeting notes", "agreements", "meetingNotes", "meeting", "notes"),
]


@pytest.fixture(autouse=True)
def short_pause(monkeypatch):
    """A shorter pause keeps these tests fast; the kill test waits for the real one."""
    monkeypatch.setattr(panel_common, "PAUSE_MS", 150)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The realistic project with a second meeting, built once; each test works on a copy."""
    path = tmp_path_factory.mktemp("template") / "wijk.samenwerk"
    project = build_realistic(path)
    project.add(Meeting(date="2026-02-12", title="Stuurgroep", notes="Tweede overleg."))
    project.close()
    return path


@pytest.fixture
def path(tmp_path, template):
    copy = tmp_path / "wijk.samenwerk"
    shutil.copyfile(template, copy)
    return copy


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(file_actions, "inform", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, path, messages):
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    assert win.open_file(path)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def stored(path, table: str, column: str, id_: int):
    """The value in the file itself, read by a connection of its own."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT {column} FROM {table} WHERE id = ?", (id_,)).fetchone()[0]  # noqa: S608
    finally:
        con.close()


def focus_field(qtbot, window, panel: str, name: str, table: str) -> tuple[QWidget, int]:
    """Show the first party or meeting, put the keyboard at the end of one of its fields; (field, id)."""
    doc = window.document
    if table == "party":
        id_ = doc.data.parties[0].id
        window.view_state.set_selection({id_})
    else:
        id_ = doc.data.meetings[0].id
        agreements = window.panels["agreements"]
        agreements.sections["meeting"].select(id_)
    field = window.panels[panel].findChild(QPlainTextEdit, name) or window.panels[panel].findChild(QLineEdit, name)
    assert field is not None, name
    if panel == "agreements":
        tabs = window.panels["agreements"].tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(field)))
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    if isinstance(field, QPlainTextEdit):
        field.moveCursor(field.textCursor().MoveOperation.End)
    else:
        field.end(False)
    return field, id_


def field_text(field) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


@pytest.mark.parametrize(("label", "panel", "name", "table", "column"), FIELDS, ids=[f[0] for f in FIELDS])
def test_typed_text_is_in_the_file_after_the_pause(qtbot, window, path, label, panel, name, table, column):
    field, id_ = focus_field(qtbot, window, panel, name, table)
    before = stored(path, table, column, id_)
    qtbot.keyClicks(field, " " + SENTENCE)
    assert stored(path, table, column, id_) == before  # not per keystroke
    qtbot.waitUntil(lambda: stored(path, table, column, id_) == before + " " + SENTENCE, timeout=3000)
    assert field.hasFocus()


def test_saving_during_typing_moves_neither_cursor_nor_text(qtbot, window, path):
    field, id_ = focus_field(qtbot, window, "inspector", "positionEdit", "party")
    field.clear()
    qtbot.keyClicks(field, "Eerste zin.")
    qtbot.waitUntil(lambda: stored(path, "party", "position", id_) == "Eerste zin.", timeout=3000)
    qtbot.keyClicks(field, " Tweede zin.")
    assert field.toPlainText() == "Eerste zin. Tweede zin."
    qtbot.waitUntil(lambda: stored(path, "party", "position", id_) == "Eerste zin. Tweede zin.", timeout=3000)
    qtbot.keyClicks(field, " Derde.")
    assert field.toPlainText() == "Eerste zin. Tweede zin. Derde."


def test_a_name_being_typed_keeps_its_trailing_space(qtbot, window, path):
    field, id_ = focus_field(qtbot, window, "inspector", "nameEdit", "party")
    field.selectAll()
    qtbot.keyClicks(field, "Gemeente ")
    qtbot.waitUntil(lambda: stored(path, "party", "name", id_) == "Gemeente", timeout=3000)
    qtbot.keyClicks(field, "Waterland-Noord")
    assert field.text() == "Gemeente Waterland-Noord"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(path, "party", "name", id_) == "Gemeente Waterland-Noord"


def test_one_burst_of_typing_is_one_undo_step_and_undo_restores_the_text(qtbot, window, path):
    doc = window.document
    field, id_ = focus_field(qtbot, window, "agreements", "meetingNotes", "meeting")
    before = stored(path, "meeting", "notes", id_)
    steps = doc.undo_stack.count()
    for part in (" Eerste.", " Tweede.", " Derde."):  # three pauses, three saves
        qtbot.keyClicks(field, part)
        qtbot.waitUntil(lambda part=part: stored(path, "meeting", "notes", id_).endswith(part), timeout=3000)
    window.panels["agreements"].sections["meeting"].view.setFocus()
    assert doc.undo_stack.count() == steps + 1
    window.action_undo.trigger()
    assert stored(path, "meeting", "notes", id_) == before
    assert field.toPlainText() == before
    window.action_redo.trigger()
    assert stored(path, "meeting", "notes", id_) == before + " Eerste. Tweede. Derde."


def test_typing_again_after_leaving_the_field_is_a_second_undo_step(qtbot, window, path):
    doc = window.document
    field, id_ = focus_field(qtbot, window, "inspector", "positionEdit", "party")
    before = stored(path, "party", "position", id_)
    steps = doc.undo_stack.count()
    qtbot.keyClicks(field, " Een.")
    window.panels["inspector"].findChild(QLineEdit, "nameEdit").setFocus()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, " Twee.")
    qtbot.waitUntil(lambda: stored(path, "party", "position", id_).endswith("Twee."), timeout=3000)
    assert doc.undo_stack.count() == steps + 2
    window.action_undo.trigger()
    assert stored(path, "party", "position", id_) == before + " Een."


def test_typing_and_typing_back_saves_nothing(qtbot, window, path):
    doc = window.document
    field, id_ = focus_field(qtbot, window, "inspector", "positionEdit", "party")
    binder = window.panels["inspector"].binder
    before, steps = stored(path, "party", "position", id_), doc.undo_stack.count()
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not binder.typing, timeout=3000)
    assert doc.undo_stack.count() == steps and stored(path, "party", "position", id_) == before


def test_half_a_date_waits_quietly_until_the_field_is_left(qtbot, window, path, messages):
    field, id_ = focus_field(qtbot, window, "agreements", "meetingDate", "meeting")
    binder = window.panels["agreements"].sections["meeting"].binder
    field.selectAll()
    qtbot.keyClicks(field, "31-")
    qtbot.waitUntil(lambda: not binder.typing, timeout=3000)
    assert messages == [] and stored(path, "meeting", "date", id_) == "2026-01-15" and field.text() == "31-"
    qtbot.keyClicks(field, "3-2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(path, "meeting", "date", id_) == "2026-03-31" and messages == []


def _leave_field(window, qtbot):
    window.panels["map"].setFocus()


def _choose_another(window, qtbot):
    doc = window.document
    window.view_state.set_selection({doc.data.parties[1].id})


def _deactivate(window, qtbot):
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())


def _close_window(window, qtbot):
    window.close()


def _close_file(window, qtbot):
    window.close_document()


def _open_another_file(window, qtbot):
    other = window.document.project.path.with_name("ander.samenwerk")
    shutil.copyfile(window.document.project.path, other)
    assert window.open_file(other)


WAYS = [_leave_field, _choose_another, _deactivate, _close_window, _close_file, _open_another_file]


@pytest.mark.parametrize("way", WAYS, ids=[w.__name__.strip("_") for w in WAYS])
def test_typed_text_is_saved_at_once_when(qtbot, window, path, way):
    field, id_ = focus_field(qtbot, window, "inspector", "positionEdit", "party")
    other_id = window.document.data.parties[1].id
    before = stored(path, "party", "position", id_)
    other_before = stored(path, "party", "position", other_id)
    qtbot.keyClicks(field, " " + SENTENCE)
    way(window, qtbot)
    assert stored(path, "party", "position", id_) == before + " " + SENTENCE
    assert stored(path, "party", "position", other_id) == other_before


def test_meeting_notes_go_to_their_own_meeting_when_another_is_chosen(qtbot, window, path):
    field, id_ = focus_field(qtbot, window, "agreements", "meetingNotes", "meeting")
    second = window.document.data.meetings[1].id
    qtbot.keyClicks(field, " Besluit genomen.")
    window.panels["agreements"].sections["meeting"].select(second)  # by the program: the field keeps the focus
    assert stored(path, "meeting", "notes", id_) == "Kennismaking en opgave benoemd. Besluit genomen."
    assert stored(path, "meeting", "notes", second) == "Tweede overleg."
    assert field.toPlainText() == "Tweede overleg."


def test_an_open_cell_editor_is_saved_when_the_window_closes(qtbot, window, path):
    doc = window.document
    window.view_state.set_selection({doc.data.parties[0].id})
    view = window.panels["inspector"].findChild(QTableView, "representativesTable")
    model = view.model()
    rep_id = model.id_at(0)
    view.setFocus()
    view.edit(model.index(0, 1))  # the representative's role
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and view.isAncestorOf(QApplication.focusWidget()))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Wethouder wonen")
    window.close()
    assert stored(path, "representative", "role", rep_id) == "Wethouder wonen"


def test_a_cell_being_typed_in_is_saved_after_the_pause_as_one_undo_step(qtbot, window, path):
    doc = window.document
    agreements = window.panels["agreements"]
    focus_field(qtbot, window, "agreements", "meetingNotes", "meeting")
    view = agreements.findChild(QTableView, "agendaTable")
    model = view.model()
    item_id, before = model.id_at(0), model.entity(0).title
    steps = doc.undo_stack.count()
    view.setFocus()
    view.edit(model.index(0, 0))
    qtbot.waitUntil(lambda: view.isAncestorOf(QApplication.focusWidget()))
    editor = QApplication.focusWidget()
    editor.end(False)
    qtbot.keyClicks(editor, " en ")
    qtbot.waitUntil(lambda: stored(path, "agenda_item", "title", item_id) == before + " en", timeout=3000)
    qtbot.keyClicks(editor, "rondvraag")
    assert editor.text() == before + " en rondvraag"  # the save kept the space and the cursor
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it from the event loop
    qtbot.waitUntil(lambda: stored(path, "agenda_item", "title", item_id) == before + " en rondvraag", timeout=3000)
    assert doc.undo_stack.count() == steps + 1
    window.action_undo.trigger()
    assert stored(path, "agenda_item", "title", item_id) == before


def test_undo_while_typing_takes_back_the_text_being_typed(qtbot, window, path):
    field, id_ = focus_field(qtbot, window, "inspector", "positionEdit", "party")
    window.document.apply("invloed", lambda p: p.update("party", id_, influence=4))  # an earlier step
    before = stored(path, "party", "position", id_)
    qtbot.keyClicks(field, " Nog niet bewaard.")
    window.action_undo.trigger()  # from the menu: the field keeps the focus
    assert stored(path, "party", "position", id_) == before and field.toPlainText() == before
    assert stored(path, "party", "influence", id_) == 4
    qtbot.waitUntil(lambda: not window.panels["inspector"].binder.typing, timeout=3000)
    assert stored(path, "party", "position", id_) == before


def test_half_a_date_left_behind_by_choosing_another_meeting_is_reported(qtbot, window, path, messages):
    field, id_ = focus_field(qtbot, window, "agreements", "meetingDate", "meeting")
    section = window.panels["agreements"].sections["meeting"]
    field.selectAll()
    qtbot.keyClicks(field, "31-")
    qtbot.waitUntil(lambda: not section.binder.typing, timeout=3000)
    section.select(window.document.data.meetings[1].id)
    assert messages == ["Datum: moet een datum zijn als 31-3-2026. Niet opgeslagen: “31-”."]
    assert stored(path, "meeting", "date", id_) == "2026-01-15" and field.text() == "12-2-2026"


def test_a_refused_date_is_explained_in_the_form_the_window_reads(qtbot):
    from samenwerk_desktop.core.errors import SamenwerkError
    from samenwerk_desktop.core.i18n import Msg
    from samenwerk_desktop.core.validation import DATE_EXPECTED, Problem
    from samenwerk_desktop.gui.panel_common import refusal

    exc = SamenwerkError(Msg("geweigerd", "refused"))
    exc.problems = [Problem("agreements[1].review_date", DATE_EXPECTED, "agreement", 1, "review_date")]
    assert refusal(exc, "gisteren", "review_date") == (
        "Evaluatiedatum: moet een datum zijn als 31-3-2026. Niet opgeslagen: “gisteren”.")
