"""Starting a meeting offers the follow-ups as its first agenda item: asked once, one undo step, in the report."""

from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from samenwerk_desktop import cli
from samenwerk_desktop.core import meeting
from samenwerk_desktop.gui import main_window, meeting_mode
from samenwerk_desktop.gui.main_window import MainWindow
from samenwerk_desktop.reports import pdf

#: the demo's third meeting, planned on a day with a follow-up of every kind
START = datetime(2027, 1, 21, 14, 0)
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class Asked:
    """Stands in for the start's question: records what it was shown and gives one answer."""

    def __init__(self, answer):
        self.answer, self.shown = answer, None

    def __call__(self, parent, found):
        self.shown = [str(f) for f in found]
        return self.answer


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(cli.write_demo(tmp_path / "demo.samenwerk"))
    qtbot.waitUntil(lambda: getattr(win, "meeting_mode", None) is not None)
    win.meeting_mode.clock = lambda: START
    win.panels["agreements"].sections["meeting"].select(3)
    yield win
    win.close()


def start(window, monkeypatch, answer) -> Asked:
    asked = Asked(answer)
    monkeypatch.setattr(meeting_mode, "ask_follow_ups", asked)
    window.meeting_mode.toggle_meeting()
    return asked


def titles(window) -> list[str]:
    return [a.title for a in window.document.data.agenda_of(3)]


def test_yes_puts_vervolgpunten_first_and_starts_it_in_one_undo_step(window, monkeypatch):
    asked = start(window, monkeypatch, True)
    assert len(asked.shown) == 6
    assert asked.shown[3] == ("Actiepunt ‘Nieuw voorstel kostenverdeling aansluitkosten uitwerken’ (Provincie "
                              "Rijnmaasland) moest uiterlijk 1 december 2026 klaar zijn.")
    assert titles(window)[:2] == ["Vervolgpunten", "Opening en terugblik op de actiepunten"]
    assert window.meeting_mode.panel.agenda.item(0).text() == "▶ 14:00  Vervolgpunten"
    assert window.meeting_mode.panel.timer_label.text() == "12:00"
    window.document.undo_stack.undo()
    assert meeting.current_meeting(window.document.data) is None
    assert "Vervolgpunten" not in titles(window)


@pytest.mark.parametrize(("answer", "running", "first"), [
    (False, True, "Opening en terugblik op de actiepunten"),
    (None, False, "Opening en terugblik op de actiepunten"),
])
def test_no_starts_as_before_and_cancel_does_not_start(window, monkeypatch, answer, running, first):
    start(window, monkeypatch, answer)
    assert (meeting.current_meeting(window.document.data) is not None) == running
    assert titles(window)[0] == first


def test_a_day_without_follow_ups_asks_nothing(window, monkeypatch):
    window.meeting_mode.clock = lambda: datetime(2026, 6, 1, 14, 0)
    asked = start(window, monkeypatch, True)
    assert asked.shown is None
    assert meeting.running_item(window.document.data, 3).title == "Opening en terugblik op de actiepunten"


def test_the_meeting_report_has_the_item_and_still_lists_the_days_follow_ups(window, monkeypatch, tmp_path):
    start(window, monkeypatch, True)
    out = tmp_path / "verslag.pdf"
    pdf.meeting_report(window.document.data, 3, out, today=START.date())
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Vervolgpunten" in text
    assert "Opvolging: terug aan tafel" in text
    assert "moest uiterlijk 1 december 2026 klaar zijn." in text
