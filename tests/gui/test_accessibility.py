"""Every control of every panel, tab, form and dialog has an accessible name; icon-only buttons say what they do."""

from __future__ import annotations

import pytest
from a11y import unclear
from PySide6.QtWidgets import (
    QApplication,
    QToolBar,
    QToolButton,
    QWidget,
)
from window_data import make_small_project

from samenwerk_desktop.core.model import Agreement, Decision, Dilemma, Meeting, WorkingGroup, WorkItem
from samenwerk_desktop.gui import file_actions, main_window
from samenwerk_desktop.gui.date_field import DateButton
from samenwerk_desktop.gui.find import FindDialog
from samenwerk_desktop.gui.history import HistoryDialog
from samenwerk_desktop.gui.main_window import MainWindow
from samenwerk_desktop.gui.map.dialogs import AddPartyDialog, RelationDialog
from samenwerk_desktop.gui.party_report_dialog import PartyReportDialog
from samenwerk_desktop.gui.report_dialog import ReportDialog
from samenwerk_desktop.gui.shortcuts_help import ShortcutsDialog


def silent_icon_buttons(root: QWidget) -> list[str]:
    """Tool buttons that show only an icon and have no tooltip to say what they do."""
    return [b.objectName() or b.defaultAction().text() for b in root.findChildren(QToolButton)
            if b.isVisibleTo(root) and not b.text().strip() and not b.toolTip()
            and not b.objectName().startswith("qt_")]


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    monkeypatch.setattr(file_actions, "inform", lambda parent, text, title=None: None)
    path = tmp_path / "klein.samenwerk"
    make_small_project(path)
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_file(path)
    doc = window.document
    party = doc.data.parties[0].id
    meeting = doc.apply("m", lambda p: p.add(Meeting(title="Startoverleg", date="2026-03-01"))).ids[0]
    for entity in (Agreement(text="Afspraak", owner_party_id=party), Decision(title="Besluit", meeting_id=meeting),
                   Dilemma(party_id=party, title="Dilemma"), WorkingGroup(name="Werkgroep"), WorkItem(title="Tracé")):
        doc.apply("x", lambda p, e=entity: p.add(e))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_every_tab_of_the_agreements_panel_names_its_controls(win):
    panel = win.panels["agreements"]
    for i, section in enumerate(panel.sections.values()):
        panel.tabs.setCurrentIndex(i)
        section.select(section.model.id_at(0))
        assert unclear(win) == [], panel.tabs.tabText(i)
        assert silent_icon_buttons(win) == [], panel.tabs.tabText(i)


def test_the_party_profile_and_the_raci_filters_name_their_controls(win):
    win.view_state.set_selection({win.document.data.parties[0].id})
    assert unclear(win) == []
    assert win.panels["raci"].party_columns.find_edit.accessibleName() == "Partij zoeken in de matrix"


def dialogs(win):
    doc = win.document
    parties = [(p.id, p.name) for p in doc.data.parties]
    return [AddPartyDialog(win), RelationDialog(parties, parties[0][0], None, win), FindDialog(win),
            HistoryDialog(doc.undo_stack, win), ShortcutsDialog(win), ReportDialog(doc, win),
            PartyReportDialog(doc, win, party_id=parties[0][0])]


def test_every_dialog_names_its_controls(win, qtbot):
    for dialog in dialogs(win):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unclear(dialog) == [], dialog.objectName()
        assert dialog.windowTitle(), dialog.objectName()
        dialog.close()


def test_the_calendar_of_a_date_field_names_its_controls(win, qtbot):
    panel = win.panels["agreements"]
    panel.tabs.setCurrentIndex(0)
    panel.sections["agreement"].select(panel.sections["agreement"].model.id_at(0))
    button = panel.findChild(DateButton, "agreementReviewDateCalendar")
    button.menu_.aboutToShow.emit()
    assert button.calendar.accessibleName() == "Kalender"
    assert button.clear_button.text() == "Geen datum"
    assert button.toolTip().startswith("Kies de datum in een kalender")


def test_the_whole_window_can_be_walked_with_tab_in_each_panel(win, qtbot):
    """Tab from a panel's first control reaches its other controls without leaving the window."""
    agreements = win.panels["agreements"].sections["agreement"]
    agreements.select(agreements.model.id_at(0))
    win.view_state.set_selection({win.document.data.parties[0].id})
    for name in ("raci", "agreements", "inspector"):
        panel = win.panels[name]
        if name == "raci":  # its first control is the toolbar's first button (focusing the panel: the matrix)
            panel.findChild(QToolBar, "raciToolBar").widgetForAction(panel.add_item_action).setFocus()
        else:
            panel.setFocus()
        reached = set()
        for _ in range(25):
            focus = QApplication.focusWidget()
            assert focus is not None and win.isAncestorOf(focus)
            if panel.isAncestorOf(focus) or panel is focus:
                reached.add(focus.objectName())
            focus.focusNextChild()
        assert len(reached) >= 3, (name, reached)
