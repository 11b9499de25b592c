"""The editing window as a facilitator uses it: forms that fit, find anything, every shortcut listed, panels by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QSplitter, QTextBrowser, QToolBar
from window_data import SECRET, make_small_project

from samenwerk_desktop.core.model import Agreement, Party, WorkItem
from samenwerk_desktop.gui import file_actions, find, main_window, raci_tools
from samenwerk_desktop.gui.main_window import MainWindow
from samenwerk_desktop.gui.raci_editor import RaciEditor


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
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def pid(window, name: str) -> int:
    return next(p.id for p in window.document.data.parties if p.name == name)


# -- Ctrl+F finds anything ------------------------------------------------------------------------------------


def test_search_finds_parties_agreements_and_work_items_by_name_or_text(win):
    doc = win.document
    doc.apply("a", lambda p: p.add(Agreement(text="De stroomkabel ligt in 2027")))
    doc.apply("w", lambda p: p.add(WorkItem(title="Stroomvoorziening tijdelijk")))
    hits = [h.text for h in find.search(doc.data, "STROOM")]
    assert hits == ["Partij: Netbeheerder Stroomnet", "Afspraak: De stroomkabel ligt in 2027",
                    "Onderdeel: Stroomvoorziening tijdelijk"]


def test_search_never_shows_a_private_note(win):
    assert find.search(win.document.data, SECRET) == []


def test_ctrl_f_finds_an_agreement_and_jumps_to_it(win, qtbot):
    doc = win.document
    change = doc.apply("a", lambda p: p.add(Agreement(text="Elke partij meldt afwezigheid vooraf")))
    win.map_view.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = win.findChild(find.FindDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.edit, "afwezig")
    assert dialog.results.item(0).text() == "Afspraak: Elke partij meldt afwezigheid vooraf"
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    panel = win.panels["agreements"]
    assert panel.tabs.currentIndex() == 0 and panel.sections["agreement"].current() == change.ids[0]
    assert panel.sections["agreement"].view.hasFocus()


def test_ctrl_f_jumps_to_a_party_in_the_inspector(win, qtbot):
    win.show_find()
    dialog = win.findChild(find.FindDialog)
    qtbot.keyClicks(dialog.edit, "rivierstad")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert win.view_state.selected_parties == {pid(win, "Gemeente Rivierstad")}
    assert QApplication.focusWidget().objectName() == "nameEdit"


def test_the_maps_own_search_stays_reachable_with_ctrl_alt_f(win, qtbot):
    win.map_view.setFocus()
    qtbot.keyClick(win.map_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert win.map_view.reading_bar.search.hasFocus()
    assert win.findChild(find.FindDialog) is None


# -- Help › Sneltoetsen ----------------------------------------------------------------------------------------


def test_every_shortcut_is_listed_once_with_what_it_does(win):
    lines = win.shortcut_lines()
    keys = [k for _name, ks in lines for k in ks.split(", ")]
    assert len(keys) == len(set(keys))
    listed = dict(lines)
    assert listed["Zoeken…"] == "Ctrl+F"
    assert listed["Zoeken op de kaart (Kaart)"] == "Ctrl+Alt+F"
    assert listed["Onderdeel toevoegen (Verantwoordelijkheden (RACI))"] == "Ins"
    assert listed["Volgend paneel"] == "F6"
    assert listed["Geschiedenis…"] == "Ctrl+Shift+H"


def test_no_key_belongs_to_two_commands_once_every_panel_and_meeting_mode_are_in(win):
    win.finish_panels()  # the panels, the room's and the meeting's actions are all there
    owners: dict[str, set[str]] = {}
    for act in win.findChildren(QAction):
        for seq in act.shortcuts():
            owners.setdefault(seq.toString(), set()).add(act.objectName() or act.text())
    assert "meetingAction_start" in owners["Ctrl+Alt+M"] and "actionRoomFreeze" in owners["Ctrl+Shift+F"]
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    listed = dict(win.shortcut_lines())
    assert listed["Bevriezen"] == "Ctrl+Shift+F" and listed["Ontwikkeling van het krachtenveld"] == "Ctrl+Shift+K"
    from samenwerk_desktop.gui.room.registry import REGISTRY

    assert listed[f"{REGISTRY['meeting'].title()} (Zaalscherm)"] == "Ctrl+Shift+8"  # the room's view 8
    assert "Ontwikkeling van het krachtenveld (Zaalscherm)" not in listed  # view 10: the menu, no number key


def test_the_shortcuts_page_shows_the_keys_of_the_actions(win, qtbot):
    win.action_shortcuts.trigger()
    text = win.findChild(QTextBrowser, "shortcutsText").toPlainText()
    assert "Kolom met onderdelen breder (Verantwoordelijkheden (RACI))" in text and "Ctrl+Alt+Pijl rechts" in text


# -- a key to move between panels ---------------------------------------------------------------------------


def test_f6_moves_the_keyboard_from_panel_to_panel(win, qtbot):
    win.map_view.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        seen.append(next(n for n, p in win.panels.items() if p is focus or p.isAncestorOf(focus)))
    assert seen == ["raci", "agreements", "inspector", "map"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert win.panels["inspector"].isAncestorOf(QApplication.focusWidget())
    assert win.statusBar().currentMessage() == "Paneel: Partij"


# -- forms that fit -------------------------------------------------------------------------------------------------


def test_werkgroep_toevoegen_is_on_the_raci_toolbar_without_the_overflow(win):
    bar = win.panels["raci"].findChild(QToolBar, "raciToolBar")
    button = bar.widgetForAction(win.panels["raci"].add_group_action)
    assert button is not None and button.isVisible()
    assert bar.rect().contains(button.geometry())


@pytest.mark.parametrize("name", ["agreementSplitter", "raciSplitter"])
def test_splitter_sizes_are_remembered(qtbot, tmp_path, name, monkeypatch):
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    path = tmp_path / "klein.samenwerk"
    make_small_project(path)
    sizes = []
    for _ in range(2):
        window = MainWindow(restore=False)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.open_file(path)
        window.show()
        qtbot.waitExposed(window)
        splitter = window.findChild(QSplitter, name)
        if not sizes:
            total = sum(splitter.sizes())
            splitter.moveSplitter(total // 4, 1)
            splitter.splitterMoved.emit(total // 4, 1)
        sizes.append(splitter.sizes())
        window.close()
    assert sizes[0] == sizes[1]
    assert QSettings().value(f"splitters/{name}/{'vertical' if splitter.orientation() == Qt.Orientation.Vertical else 'horizontal'}")


def test_the_agreement_form_is_usable_in_the_default_window(win):
    panel = win.panels["agreements"]
    detail = panel.sections["agreement"].detail
    win.document.apply("a", lambda p: p.add(Agreement(text="Iets")))
    assert detail.height() >= 180
    assert panel.agreement_text.visibleRegion().boundingRect().height() > 20


# -- the RACI editor's party filters ------------------------------------------------------------------------------


@pytest.fixture
def raci(qtbot, document):
    change = document.apply("w", lambda p: p.add(WorkItem(title="Tracé")))
    gem = next(p.id for p in document.data.parties if p.name == "Gemeente Rivierstad")
    document.apply("r", lambda p: p.set_roles({(change.ids[0], gem): "A"}))
    editor = RaciEditor(document)
    qtbot.addWidget(editor)
    editor.resize(1000, 500)
    editor.show()
    return editor


def shown_parties(editor) -> list[str]:
    header = editor.view.horizontalHeader()
    names = {p.id: p.name for p in editor._doc.data.parties}
    return [names[editor.model.party_at(c)] for c in range(editor.model.columnCount()) if not header.isSectionHidden(c)]


def test_only_parties_with_a_role(raci):
    raci.party_columns.only_roles.setChecked(True)
    assert shown_parties(raci) == ["Gemeente Rivierstad"]
    assert raci.party_columns.status.text() == "1 van 4 partijen"
    raci.party_columns.only_roles.setChecked(False)
    assert len(shown_parties(raci)) == 4 and raci.party_columns.status.text() == ""


def test_find_a_party_by_name_in_the_matrix(raci, qtbot):
    qtbot.keyClicks(raci.party_columns.find_edit, "stroom")
    assert shown_parties(raci) == ["Netbeheerder Stroomnet"]


def test_the_filter_follows_new_roles_and_parties(raci):
    doc = raci._doc
    raci.party_columns.only_roles.setChecked(True)
    work_item = doc.data.work_items[0].id
    doc.apply("p", lambda p: p.add(Party(name="Waterschap Aa")))
    new = pid_of(doc, "Waterschap Aa")
    doc.apply("r", lambda p: p.set_roles({(work_item, new): "C"}))
    assert shown_parties(raci) == ["Gemeente Rivierstad", "Waterschap Aa"]


def pid_of(doc, name):
    return next(p.id for p in doc.data.parties if p.name == name)


@pytest.mark.parametrize(("only", "text", "expected"), [
    (False, "", [True, True, True]),
    (True, "", [True, False, True]),
    (False, "RIVIER", [True, False, False]),
    (True, "net", [False, False, True]),
])
def test_visible_columns(only, text, expected):
    names = {1: "Gemeente Rivierstad", 2: "Bewoners", 3: "Stroomnet"}
    assert raci_tools.visible_columns([1, 2, 3], names, {1, 3}, only, text) == expected


def test_the_titles_column_widens_by_dragging_its_edge_and_is_remembered(raci, qtbot, document):
    header = raci.view.verticalHeader()
    start = header.width()
    edge = QPoint(header.width() - 2, 5)
    qtbot.mousePress(header, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header, QPoint(start + 150, 5))
    qtbot.mouseRelease(header, Qt.MouseButton.LeftButton, pos=QPoint(start + 150, 5))
    assert header.width() == start + 150
    assert raci.load_view.verticalHeader().width() == start + 150
    again = RaciEditor(document)
    qtbot.addWidget(again)
    again.resize(1000, 500)
    again.show()
    assert again.view.verticalHeader().width() == start + 150


def test_the_titles_column_widens_with_the_keyboard(raci, qtbot):
    start = raci.view.verticalHeader().width()
    raci.view.setFocus()
    qtbot.keyClick(raci.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert raci.view.verticalHeader().width() == start + raci_tools.STEP



# -- dates and long names --------------------------------------------------------------------------------------


@pytest.fixture
def agreement(win):
    panel = win.panels["agreements"]
    change = win.document.apply("a", lambda p: p.add(Agreement(text="Evalueren", review_date="2026-09-01")))
    panel.sections["agreement"].select(change.ids[0])
    return change.ids[0]


def test_a_date_is_chosen_in_the_calendar_beside_its_field(win, agreement):
    from PySide6.QtCore import QDate

    from samenwerk_desktop.gui.date_field import DateButton

    button = win.panels["agreements"].findChild(DateButton, "agreementReviewDateCalendar")
    assert button is not None and button.isVisible()
    assert button.accessibleName() == "Kies een datum voor evaluatiedatum"
    button.choose(QDate(2027, 3, 15))
    assert win.document.data.get("agreement", agreement).review_date == "2027-03-15"
    assert button.edit.text() == "15-3-2027"  # the field shows it as it is typed


def test_the_calendar_can_empty_a_date(win, agreement):
    from samenwerk_desktop.gui.date_field import DateButton

    button = win.panels["agreements"].findChild(DateButton, "agreementReviewDateCalendar")
    button.menu_.aboutToShow.emit()  # what opening the button's menu does
    button.clear_button.click()
    assert win.document.data.get("agreement", agreement).review_date == ""


def test_a_typed_dutch_date_is_still_accepted(win, agreement, qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = win.panels["agreements"].findChild(QLineEdit, "agreementReviewDate")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "31-3-2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert win.document.data.get("agreement", agreement).review_date == "2027-03-31"


def test_a_long_name_is_elided_in_the_profile_heading_with_the_whole_name_in_its_tooltip(win):
    party = pid(win, "Gemeente Rivierstad")
    long_name = "Gemeenschappelijke Regeling Omgevingsdienst " * 4
    win.document.apply("n", lambda p: p.update("party", party, name=long_name.strip()))
    win.view_state.set_selection({party})
    header = win.panels["inspector"].header
    assert header.text().endswith("…") and header.text().count("\n") == 1
    assert header.toolTip() == long_name.strip()
    assert header.width() <= win.panels["inspector"].width()


def test_closing_a_collaboration_leaves_the_window_whole(qtbot, small_project):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(small_project)
    window.close_document()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the panels are really gone
    assert len(window.main_splitter.sizes()) == 3  # no "Internal C++ object already deleted"
    assert window.open_file(small_project)
    window.close()
