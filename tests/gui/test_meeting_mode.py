"""Meeting mode in the window: start, the timer, one-key capture, a consent round, attendance and closing."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from samenwerk_desktop import cli
from samenwerk_desktop.core import meeting, rounds
from samenwerk_desktop.gui import main_window, meeting_mode
from samenwerk_desktop.gui.main_window import MainWindow

START = datetime(2027, 1, 21, 14, 0)
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class Clock:
    """An injected clock that a test moves on."""

    def __init__(self):
        self.now = START

    def __call__(self):
        return self.now


def capture(window, qtbot, key, text):
    """One capture shortcut, the text typed where the cursor is, Enter."""
    qtbot.keyClick(window, key, CTRL_ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.meeting_mode.last_capture.first)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, clock):
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    monkeypatch.setattr(meeting_mode, "ask_follow_ups", lambda parent, found: False)  # tests/gui/test_meeting_follow_ups.py
    path = cli.write_demo(tmp_path / "demo.samenwerk")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1500, 950)
    assert win.open_file(path)
    win.meeting_mode.clock = clock
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


@pytest.fixture
def running(window, qtbot):
    """The demo's planned third meeting, started from the meetings tab with its shortcut."""
    window.panels["agreements"].sections["meeting"].select(3)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_ALT)
    assert meeting.current_meeting(window.document.data).id == 3
    return window


def test_starting_from_the_meetings_tab_makes_it_the_current_meeting(running):
    mode = running.meeting_mode
    assert mode.panel.title.text().startswith("Derde stuurgroep")
    assert mode.panel.agenda.item(0).text() == "▶ 14:00  Opening en terugblik op de actiepunten"
    assert mode.panel.timer_label.text() == "10:00"


def test_time_up_is_a_gentle_warning_and_f8_moves_to_the_next_item(running, qtbot, clock):
    mode = running.meeting_mode
    clock.now = START + timedelta(minutes=11)
    with qtbot.waitSignal(mode.timeUp, timeout=3000):
        mode.refresh()
    assert mode.panel.warning.text() == ("De tijd voor ‘Opening en terugblik op de actiepunten’ is om. "
                                         "Afronden of door naar het volgende punt (F8)?")
    assert mode.panel.timer_label.text() == "+1:00"
    qtbot.keyClick(running, Qt.Key.Key_F8)
    assert meeting.running_item(running.document.data, 3).title == "Uitkomst ecologische quickscan tracé"
    assert mode.panel.timer_label.text() == "40:00"


@pytest.mark.parametrize(("key", "kind"), [(Qt.Key.Key_A, "agreement"), (Qt.Key.Key_B, "decision"),
                                           (Qt.Key.Key_C, "action_item"), (Qt.Key.Key_P, "parking_item")])
def test_each_capture_shortcut_links_to_the_current_meeting_and_item_with_the_cursor_in_the_first_field(
        running, qtbot, key, kind):
    qtbot.keyClick(running, Qt.Key.Key_F8)  # the second agenda item runs
    qtbot.keyClick(running, key, CTRL_ALT)
    dialog = running.meeting_mode.last_capture
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first)
    before = set(running.document.data.entities[kind])
    qtbot.keyClicks(QApplication.focusWidget(), "Quickscan besproken")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (new,) = set(running.document.data.entities[kind]) - before
    entity = running.document.data.get(kind, new)
    assert (entity.meeting_id, entity.agenda_item_id) == (3, meeting.running_item(running.document.data, 3).id)
    assert getattr(entity, "text", None) == "Quickscan besproken" or entity.title == "Quickscan besproken"


def test_an_agreement_is_one_shortcut_typing_and_enter(running, qtbot):
    keys = 0
    qtbot.keyClick(running, Qt.Key.Key_A, CTRL_ALT)
    keys += 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is running.meeting_mode.last_capture.first)
    text = "Elke partij deelt haar planning"
    qtbot.keyClicks(QApplication.focusWidget(), text)
    keys += len(text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    keys += 1
    agreement = running.document.data.agreements[-1]
    assert (agreement.text, agreement.meeting_id, agreement.status) == (text, 3, "agreed")
    assert agreement.party_ids == meeting.voting_parties(running.document.data, 3)
    assert keys == len(text) + 2


def test_capture_without_a_running_meeting_says_how_to_start_one(window, qtbot):
    assert window.meeting_mode.capture("agreement") is None
    assert window.statusBar().currentMessage() == "Er loopt geen overleg; start eerst een overleg (Ctrl+Alt+M)."


def test_a_consent_round_shows_the_proposed_outcome_live_and_confirms_with_one_click(running, qtbot):
    mode = running.meeting_mode
    capture(running, qtbot, Qt.Key.Key_B, "Trace langs de dijk")
    decision = running.document.data.decisions[-1]
    editor = mode.open_round()
    seen = []
    editor.roundChanged.connect(lambda rid: seen.append(rounds.round_view(running.document.data, rid)))
    for pid in meeting.voting_parties(running.document.data, 3):
        assert editor.set_answer(pid, answer="consent")
    assert editor.proposal.text() == "Voorgestelde uitkomst: Aangenomen"
    assert running.document.data.get("decision", decision.id).outcome == "pending"  # never by itself
    assert [sum(1 for line in v.lines if line.answer) for v in seen][-1] == len(seen[-1].lines)
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert running.document.data.get("decision", decision.id).outcome == "adopted"


def test_an_objection_is_resolved_by_an_amendment_and_the_round_held_again(running, qtbot, monkeypatch):
    mode = running.meeting_mode
    capture(running, qtbot, Qt.Key.Key_B, "Kostenverdeling")
    editor = mode.open_round()
    assert editor.set_answer(4, answer="objection", reason="Geen bijdrage van alle gemeenten.")
    assert editor.proposal.text() == "Voorgestelde uitkomst: Nog te besluiten"
    assert editor.amend("Alle gemeenten dragen bij naar inwonertal.")
    assert editor.proposal.text() == "Voorgestelde uitkomst: Aangenomen"
    editor.new_round()
    assert editor.view().number == 2 and editor.view().text == "Alle gemeenten dragen bij naar inwonertal."


def test_attendance_by_proxy_takes_part_in_the_round(running):
    dialog = running.meeting_mode.edit_attendance()
    assert dialog.set(10, status="proxy", proxy_party_id=3)
    line = meeting.attendance_of(running.document.data, 3)[9]
    assert (line.status, line.proxy) == ("proxy", "Provincie Rijnmaasland")
    assert dialog.set(8, status="absent")
    assert 8 not in meeting.voting_parties(running.document.data, 3)


def test_closing_the_meeting_is_one_undo_step(running, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    offered = []
    running.offer_meeting_report = offered.append
    assert running.meeting_mode.close_meeting(carry_to=None)
    data = running.document.data
    assert data.get("meeting", 3).status == "closed" and offered == [3]
    running.document.undo_stack.undo()
    assert meeting.current_meeting(running.document.data).id == 3


def test_the_agenda_pdf_is_written_through_the_output_rule(window, tmp_path, monkeypatch):
    from samenwerk_desktop.gui import agenda_export

    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(agenda_export, "ask_save_path", lambda *a, **k: str(target))
    shown = []
    monkeypatch.setattr(agenda_export, "inform", lambda parent, text: shown.append(text))
    window.panels["agreements"].sections["meeting"].select(3)
    assert window.meeting_mode.export_agenda() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    project = window.document.project.path
    before = project.read_bytes()
    monkeypatch.setattr(agenda_export, "ask_save_path", lambda *a, **k: str(project))
    assert window.meeting_mode.export_agenda() is None
    assert project.read_bytes() == before and shown and shown[0].endswith(".")


def test_closing_offers_the_meeting_report_at_once(running, monkeypatch, qtbot):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert running.meeting_mode.close_meeting(carry_to=None)
    dialog = running.meeting_mode.report_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and "Derde stuurgroep" in dialog.windowTitle() + dialog.proposed_path().name
