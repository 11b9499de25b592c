"""The room's views of a meeting being run: the current item with its timer, and a round's answers as they are entered."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from samenwerk_desktop import cli
from samenwerk_desktop.core import meeting as run
from samenwerk_desktop.core import rounds
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.meeting_mode import CaptureDialog
from samenwerk_desktop.gui.room.projected import ProjectedDocument
from samenwerk_desktop.gui.room.window import AudienceWindow
from samenwerk_desktop.gui.round_editor import RoundEditor

START = datetime(2027, 1, 21, 14, 0)
SECRET = "GEHEIM-notitie"


class Clock:
    """An injected clock that a test moves on."""

    def __init__(self):
        self.now = START

    def __call__(self):
        return self.now


@pytest.fixture
def demo(qtbot, tmp_path):
    """The demo with every party's private note filled and its planned third meeting started at 14:00."""
    doc = Document(Project.open(cli.write_demo(tmp_path / "demo.samenwerk")))
    for party in doc.data.parties:
        doc.apply("notitie", lambda p, i=party.id: p.update("party", i, private_note=f"{SECRET} {i}"))
    for step in run.start_steps(doc.data, 3, START):
        doc.apply("start", step)
    yield doc
    doc.close()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def room(demo, qtbot, clock):
    window = AudienceWindow(ProjectedDocument(demo))
    window.context.clock = clock
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def editor(demo, qtbot, room):
    """A round editor on a decision captured in the running meeting, the room following it."""
    decision = run.capture_entity(demo.data, "decision")
    decision.title = "Trace langs de dijk"
    decision.rule = "consent"
    decision_id = demo.apply("besluit", lambda p: p.add(decision)).ids[0]
    dialog = RoundEditor(demo, decision_id, meeting_id=3)
    qtbot.addWidget(dialog)
    room.set_view("meeting")
    room.follow_round(dialog.round_id, switch=True)
    return dialog


def shown(room) -> str:
    return room.text.plain_text()


def test_the_meeting_view_shows_the_current_item_large_with_its_timer(room):
    room.set_view("meeting")
    assert shown(room).splitlines()[:4] == [
        "Derde stuurgroep: quickscan, netimpact en kostenverdeling · 2027-01-21 · Gemeentehuis Maasoever, raadzaal",
        "Opening en terugblik op de actiepunten",
        "14:00–14:10 · inbreng: Gemeente Maasoever",
        "nog 10:00"]


def test_the_timer_advances_with_the_clock(room, clock):
    room.set_view("meeting")
    clock.now = START + timedelta(minutes=3, seconds=30)
    room.tick()
    assert "nog 6:30" in shown(room).splitlines()


def test_time_up_shows_in_a_gentle_warning_colour(room, clock):
    room.set_view("meeting")
    clock.now = START + timedelta(minutes=11, seconds=5)
    room.tick()
    assert "De tijd is om: +1:05" in shown(room).splitlines()
    assert "color:#a35a00" in room.text.text()


def test_the_next_item_shows_at_once(demo, room, clock):
    room.set_view("meeting")
    clock.now = START + timedelta(minutes=12)
    for step in run.next_item_steps(demo.data, 3, clock.now):
        demo.apply("F8", step)
    lines = shown(room).splitlines()
    assert lines[1] == "✓ 14:00–14:10 Opening en terugblik op de actiepunten (Gemeente Maasoever)"
    assert lines[2] == run.running_item(demo.data, 3).title
    assert "nog 40:00" in lines  # its 40 minutes begin when it is taken up


def test_the_items_after_come_with_their_clock_times(demo, room):
    room.set_view("meeting")
    after = [line for line in run.clock_times(demo.data, 3)][1:4]
    lines = shown(room).splitlines()
    heading = lines.index("Hierna")
    assert [line.split(" ")[0] for line in lines[heading + 1:heading + 4]] == [f"{a.start}–{a.end}" for a in after]


def test_without_a_running_meeting_the_meeting_view_is_the_planned_agenda(demo, room):
    for step in run.close_steps(demo.data, 3, START):
        demo.apply("sluiten", step)
    room.set_view("meeting")
    meeting_text = room.text.text()
    room.set_view("agenda")
    assert meeting_text == room.text.text()


def test_the_room_shows_a_rounds_answers_as_they_are_entered(demo, room, editor):
    assert room.view_key == "round"
    pid = run.voting_parties(demo.data, 3)[0]
    name = demo.data.get("party", pid).name
    assert f"{name} — nog geen antwoord" in shown(room)
    assert editor.set_answer(pid, answer="objection", reason="Eerst de kosten per gemeente.")
    text = shown(room)
    assert f"{name} — Bezwaar" in text
    assert "Reden: Eerst de kosten per gemeente." in text
    assert "Voorgestelde uitkomst: Nog te besluiten" in text


def test_the_room_shows_the_confirmed_outcome_once_confirmed(demo, room, editor, qtbot):
    for pid in run.voting_parties(demo.data, 3):
        editor.set_answer(pid, answer="consent")
    assert "Voorgestelde uitkomst: Aangenomen" in shown(room)
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "Uitkomst: Aangenomen" in shown(room)
    assert "Voorgestelde uitkomst" not in shown(room)


def test_the_room_shows_an_amendment_and_the_objection_it_resolved(demo, room, editor):
    pid = run.voting_parties(demo.data, 3)[1]
    editor.set_answer(pid, answer="objection", reason="Te duur.")
    editor.amend("De provincie draagt de helft.")
    text = shown(room)
    assert "Amendement: De provincie draagt de helft." in text
    assert "Opgelost door het amendement: De provincie draagt de helft." in text


def test_a_room_on_another_view_stays_there_when_a_round_opens(demo, room):
    room.set_view("map")
    room.follow_round(1, switch=True)
    assert room.view_key == "map"
    room.set_view("round")
    assert shown(room).startswith(f"Ronde 1 · {rounds.round_view(demo.data, 1).rule_text}")


def test_the_round_view_shows_the_latest_round_unless_it_follows_one(tmp_path, qtbot):
    doc = Document(Project.open(cli.write_demo(tmp_path / "demo.samenwerk")))
    window = AudienceWindow(ProjectedDocument(doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.set_view("round")
    latest = max(doc.data.entities["round"])
    assert rounds.round_view(doc.data, latest).decision in shown(window)
    doc.close()


@pytest.mark.parametrize("key", ["meeting", "round"])
def test_no_private_note_on_the_meeting_views(room, editor, key):
    editor.set_answer(run.voting_parties(editor.document.data, 3)[0], answer="consent")
    room.set_view(key)
    for page in range(len(room.page_list)):
        room.set_page(page)
        assert shown(room)
        assert SECRET not in room.text.text()
        assert SECRET not in room.header.text()


@pytest.mark.parametrize("key", ["meeting", "round"])
def test_nothing_on_the_meeting_views_is_editable(room, key):
    room.set_view(key)
    assert not [w for w in room.findChildren(QLineEdit) if w.isVisible() or w.isEnabled()]
    assert room.text.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize(("key", "view"), [(Qt.Key.Key_8, "meeting"), (Qt.Key.Key_9, "round")])
def test_number_keys_8_and_9_choose_the_meeting_views(room, qtbot, key, view):
    qtbot.keyClick(room, key)
    assert room.view_key == view


def test_the_capture_forms_buttons_are_dutch(demo, qtbot):
    class Mode:
        document = demo

        @staticmethod
        def where_text():
            return ""

    dialog = CaptureDialog(Mode(), "agreement")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert [b.text() for b in box.buttons()] == ["Opslaan", "Annuleren"]


def test_a_long_reason_in_the_round_editor_shows_whole_on_hover(demo, editor):
    pid = run.voting_parties(demo.data, 3)[0]
    reason = "Eerst moet duidelijk zijn wat elke gemeente bijdraagt, en hoe de kosten over de jaren verdeeld worden."
    editor.set_answer(pid, answer="block", reason=reason)
    cell = editor.findChild(QLineEdit, f"reason_{pid}")
    assert cell.toolTip() == reason
    assert cell.cursorPosition() == 0


def test_opening_a_round_editor_switches_the_rooms_meeting_view_to_the_round(tmp_path, qtbot, monkeypatch):
    from samenwerk_desktop.gui import main_window, meeting_mode

    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(cli.write_demo(tmp_path / "demo.samenwerk"))
    qtbot.waitUntil(lambda: getattr(win, "meeting_mode", None) is not None)
    win.meeting_mode.clock = Clock()
    win.panels["agreements"].sections["meeting"].select(3)
    monkeypatch.setattr(meeting_mode, "ask_follow_ups", lambda parent, found: False)
    win.meeting_mode.toggle_meeting()
    room = win.room.ensure_window()
    room.set_view("meeting")
    decision = run.capture_entity(win.document.data, "decision")
    decision.title = "Trace langs de dijk"
    win.document.apply("besluit", lambda p: p.add(decision))
    editor = win.meeting_mode.open_round()
    qtbot.addWidget(editor)
    assert room.view_key == "round"
    assert win.room.view_actions["round"].isChecked()
    assert "Trace langs de dijk" in shown(room)
    room.set_view("meeting")
    editor.set_answer(run.voting_parties(win.document.data, 3)[0], answer="consent")
    assert room.view_key == "meeting"  # an answer entered does not take the room away from where the facilitator put it
    win.close()


def test_the_round_editor_shows_every_objections_reason_in_full(demo, editor):
    pid = run.voting_parties(demo.data, 3)[2]
    reason = "Eerst moet duidelijk zijn wat elke gemeente bijdraagt, en hoe de kosten over de jaren verdeeld worden."
    editor.set_answer(pid, answer="objection", reason=reason)
    assert editor.reasons.text() == f"<b>{demo.data.get('party', pid).name}</b> (Bezwaar): {reason}"


def test_every_room_view_is_a_room_view_choice_on_the_command_line():
    from samenwerk_desktop.gui.room import views

    assert cli.ROOM_VIEWS == tuple(views.REGISTRY)


def test_room_screenshot_of_the_demos_latest_round(tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "ronde.png"
    result = subprocess.run([sys.executable, "-m", "samenwerk_desktop", "--demo", "--room-screenshot", str(out),
                             "--room-view", "round", "--size", "1280x720"], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "SAMENWERK_LANG": "nl"})
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().width() == 1280
