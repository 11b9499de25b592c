"""The accessibility walk over the docks, the meeting's dialogs, the round and attendance editors and the dispute form."""

from __future__ import annotations

import pytest
from a11y import nameless, unclear
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton, QWidget

from samenwerk_desktop import cli
from samenwerk_desktop.core import meeting
from samenwerk_desktop.gui import main_window
from samenwerk_desktop.gui.find import FindDialog
from samenwerk_desktop.gui.main_window import MainWindow


@pytest.fixture
def demo(qtbot, tmp_path, monkeypatch):
    """The demo collaboration in the window, its planned third meeting running."""
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    assert window.open_file(cli.write_demo(tmp_path / "demo.samenwerk"))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "inspector" in window.panels)
    window.panels["agreements"].sections["meeting"].select(3)
    window.meeting_mode.toggle_meeting()
    assert meeting.current_meeting(window.document.data).id == 3
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    window.close()


def shown(widget: QWidget, qtbot) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("dock", ["movementDock", "scanDock", "giveTakeDock", "meetingDock", "roomPreview"])
def test_every_dock_names_its_controls_and_explains_the_unlabelled_ones(demo, qtbot, dock):
    widget = demo.findChild(QWidget, dock)
    widget.show()
    qtbot.waitUntil(lambda: widget.widget() is not None and widget.widget().isVisible())
    assert unclear(widget) == []


@pytest.mark.parametrize("kind", ["agreement", "decision", "action_item", "parking_item"])
def test_each_capture_dialog_of_the_running_meeting_names_its_controls(demo, qtbot, kind):
    dialog = shown(demo.meeting_mode.capture(kind), qtbot)
    assert unclear(dialog) == [], kind
    dialog.reject()


def test_the_round_editor_names_every_answer_and_explains_it(demo, qtbot):
    demo.meeting_mode.capture("decision").first.setText("Tracé langs de dijk")
    demo.meeting_mode.last_capture.save()
    editor = shown(demo.meeting_mode.open_round(), qtbot)
    assert unclear(editor) == []


def test_the_attendance_editor_names_every_row(demo, qtbot):
    editor = shown(demo.meeting_mode.edit_attendance(), qtbot)
    assert unclear(editor) == []


def test_the_dispute_form_names_its_controls(demo, qtbot):
    dispute = demo.document.data.all("dispute")[0].id
    form = shown(demo.give_take.open_form(dispute), qtbot)
    assert unclear(form) == []


def test_the_collaboration_form_names_its_controls(demo, qtbot):
    demo.view_state.set_selection(set())
    inspector = demo.panels["inspector"]
    qtbot.waitUntil(lambda: inspector.collaboration_form.isVisible())
    assert unclear(inspector.collaboration_form) == []


def test_the_walk_fails_on_a_control_left_unnamed(demo, qtbot):
    """The walk itself: take one name away and it is found; a "+" button without a tooltip is found too."""
    dialog = shown(FindDialog(demo), qtbot)
    assert unclear(dialog) == []
    dialog.edit.setAccessibleName("")
    assert nameless(dialog) == ["QLineEdit 'findEdit'"]
    plus = QPushButton("+", dialog)
    plus.setObjectName("plusButton")
    plus.setAccessibleName("Toevoegen")
    combo = QComboBox(dialog)
    combo.setObjectName("looseCombo")
    combo.setAccessibleName("Soort")
    done = QCheckBox("Uitgevoerd", dialog)
    done.setObjectName("doneCheck")
    for widget in (plus, combo, done):
        dialog.layout().addWidget(widget)
    qtbot.waitUntil(plus.isVisible)
    assert unclear(dialog) == ["QLineEdit 'findEdit'", "QComboBox 'looseCombo'", "QPushButton 'plusButton'",
                               "QCheckBox 'doneCheck'"]
    plus.setToolTip("Een rij toevoegen")
    assert "QPushButton 'plusButton'" not in unclear(dialog)


def test_the_follow_ups_and_the_profiles_disputes_name_their_controls(demo):
    follow_ups = demo.panels["agreements"].follow_ups
    assert follow_ups.model.rowCount() > 0  # the demo has follow-ups of every kind
    assert unclear(follow_ups) == []
    parties = [p.id for p in demo.document.data.parties if any(p.id in d.party_ids for d in demo.document.data.all("dispute"))]
    demo.view_state.set_selection({parties[0]})
    assert unclear(demo.panels["inspector"]) == []
