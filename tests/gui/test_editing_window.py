"""The editing window as a facilitator uses it: the keyboard never loses a word, undo you can follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QUndoView
from window_data import make_small_project

from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import file_actions, main_window
from samenwerk_desktop.gui.main_window import MainWindow
from samenwerk_desktop.gui.map.dialogs import AddPartyDialog


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(file_actions, "inform", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def win(qtbot, tmp_path, messages):
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


def add_party_by_keyboard(window, qtbot, monkeypatch, name: str) -> int:
    monkeypatch.setattr(AddPartyDialog, "ask", classmethod(lambda cls, parent=None: name))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return pid(window, name)


# -- the keyboard never loses a word --------------------------------------------------------------------------


def test_a_new_party_is_selected_with_the_cursor_in_its_first_empty_field(win, qtbot, monkeypatch):
    new = add_party_by_keyboard(win, qtbot, monkeypatch, "Provincie Zuid")
    inspector = win.panels["inspector"]
    assert win.view_state.selected_parties == {new}
    assert inspector.party_id == new
    assert QApplication.focusWidget().objectName() == "shortNameEdit"
    qtbot.keyClicks(QApplication.focusWidget(), "Provincie")
    QApplication.focusWidget().editingFinished.emit()
    assert win.document.data.get("party", new).short_name == "Provincie"


def test_a_new_party_shows_its_profile_from_the_top(win, qtbot, monkeypatch):
    win.view_state.set_selection({pid(win, "Gemeente Rivierstad")})
    inspector = win.panels["inspector"]
    bar = inspector.profile_scroll.verticalScrollBar()
    win.resize(1400, 500)
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    add_party_by_keyboard(win, qtbot, monkeypatch, "Waterschap")
    assert bar.value() == 0


def test_selecting_another_party_scrolls_the_profile_to_the_top(win, qtbot):
    win.view_state.set_selection({pid(win, "Gemeente Rivierstad")})
    bar = win.panels["inspector"].profile_scroll.verticalScrollBar()
    win.resize(1400, 500)
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    win.view_state.set_selection({pid(win, "Netbeheerder Stroomnet")})
    assert bar.value() == 0


def test_the_private_note_is_last_in_the_tab_order(win):
    inspector = win.panels["inspector"]
    assert inspector.tab_chain[-1] is inspector.private_edit
    assert inspector.tab_chain[0].objectName() == "nameEdit"
    names = [w.objectName() for w in inspector.tab_chain]
    assert names.index("trustCombo") < names.index("positionEdit") < names.index("mandateEdit")
    win.view_state.set_selection({pid(win, "Gemeente Rivierstad")})
    before = inspector.tab_chain[-2]
    before.setFocus()
    QApplication.focusWidget().focusNextChild()
    assert QApplication.focusWidget() is inspector.private_edit
    assert inspector.private_edit.styleSheet() == "" and "background" in inspector.private_box.styleSheet()


def test_adding_an_interest_opens_a_visible_editor_in_the_new_row(win, qtbot):
    win.view_state.set_selection({pid(win, "Gemeente Rivierstad")})
    inspector = win.panels["inspector"]
    inspector.findChild(QPushButton, "addInterestButton").click()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and inspector.interests.isAncestorOf(editor)
    assert editor.isVisible() and editor.height() > 10
    qtbot.keyClicks(editor, "Betaalbare warmte")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the list commits its editor just after the key
    party = pid(win, "Gemeente Rivierstad")
    qtbot.waitUntil(lambda: win.document.data.get("party", party).interests == ["Betaalbare warmte"])


def test_removing_an_interest_is_undoable_and_says_so(win, qtbot):
    party = pid(win, "Gemeente Rivierstad")
    win.document.apply("x", lambda p: p.update("party", party, interests=["Warmte", "Geld"]))
    win.view_state.set_selection({party})
    inspector = win.panels["inspector"]
    inspector.interests.setCurrentRow(0)
    inspector.findChild(QPushButton, "removeInterestButton").click()
    assert win.document.data.get("party", party).interests == ["Geld"]
    assert win.statusBar().currentMessage() == (
        "Belang verwijderd: \u201cWarmte\u201d. Ongedaan maken (Ctrl+Z) zet het terug.")
    win.action_undo.trigger()
    assert win.document.data.get("party", party).interests == ["Warmte", "Geld"]


@pytest.mark.parametrize(("kind", "button", "field"), [
    ("agreement", "agreementAddButton", "agreementText"),
    ("decision", "decisionAddButton", "decisionTitle"),
    ("dilemma", "dilemmaAddButton", "dilemmaTitle"),
    ("working_group", "groupAddButton", "groupName"),
    ("meeting", "meetingAddButton", "meetingTitle"),
])
def test_a_new_item_opens_with_the_cursor_in_its_first_field(win, kind, button, field):
    panel = win.panels["agreements"]
    panel.tabs.setCurrentIndex(list(panel.sections).index(kind))
    panel._w(QPushButton, button).click()
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == field
    assert isinstance(focus, (QLineEdit, QPlainTextEdit))


@pytest.mark.parametrize(("kind", "button", "field"), [
    ("agreement", "agreementAddButton", "owner_party_id"),
    ("meeting", "meetingAddButton", "attendee_ids"),
])
def test_a_new_item_takes_no_party_from_the_maps_selection(win, kind, button, field):
    win.view_state.set_selection({pid(win, "Netbeheerder Stroomnet")})
    panel = win.panels["agreements"]
    panel.tabs.setCurrentIndex(list(panel.sections).index(kind))  # its tab, as the facilitator opens it
    panel._w(QPushButton, button).click()
    new = max(win.document.data.entities[kind])
    assert getattr(win.document.data.get(kind, new), field) in (None, [])


def test_a_new_dilemma_takes_the_party_of_its_tabs_filter_not_the_map(win):
    chosen, on_map = pid(win, "Woningcorporatie Thuis & Co"), pid(win, "Netbeheerder Stroomnet")
    win.view_state.set_selection({on_map})
    panel = win.panels["agreements"]
    section = panel.sections["dilemma"]
    section.party_filter.setCurrentIndex(section.party_filter.findData(chosen))
    panel._w(QPushButton, "dilemmaAddButton").click()
    new = max(win.document.data.entities["dilemma"])
    assert win.document.data.get("dilemma", new).party_id == chosen


# -- undo you can follow ---------------------------------------------------------------------------------------


def test_undo_names_what_it_took_back_in_the_status_bar(win):
    party = pid(win, "Netbeheerder Stroomnet")
    win.document.apply("Standpunt wijzigen", lambda p: p.update("party", party, stance=2))
    win.action_undo.trigger()
    assert win.statusBar().currentMessage() == "Ongedaan gemaakt: standpunt t.o.v. opgave van Netbeheerder Stroomnet"
    win.action_redo.trigger()
    assert win.statusBar().currentMessage() == "Opnieuw gedaan: standpunt t.o.v. opgave van Netbeheerder Stroomnet"


def test_undo_brings_the_agreements_tab_forward_and_selects_the_item(win):
    from samenwerk_desktop.core.model import Decision

    panel = win.panels["agreements"]
    change = win.document.apply("Besluit", lambda p: p.add(Decision(title="Tracé vastgesteld")))
    decision = change.ids[0]
    win.document.apply("Titel", lambda p: p.update("decision", decision, title="Tracé definitief"))
    panel.tabs.setCurrentIndex(0)
    win.toggle_maximise("map")
    win.action_undo.trigger()
    assert win.maximised is None
    assert panel.tabs.currentIndex() == list(panel.sections).index("decision")
    assert panel.sections["decision"].current() == decision
    assert win.statusBar().currentMessage() == "Ongedaan gemaakt: besluit van Tracé vastgesteld"


def test_undo_of_a_party_edit_selects_the_party(win):
    party = pid(win, "Gemeente Rivierstad")
    win.document.apply("x", lambda p: p.update("party", party, influence=4))
    win.view_state.set_selection(set())
    win.action_undo.trigger()
    assert win.view_state.selected_parties == {party}
    assert win.panels["inspector"].party_id == party


def test_switching_the_layout_is_stored_without_an_undo_step(win):
    path = win.document.project.path
    steps = win.document.undo_stack.count()
    win.layout_actions["grid"].trigger()
    assert win.map_view.map_scene.layout == "grid"
    assert win.document.undo_stack.count() == steps
    with Project.open(path, read_only=True) as project:
        assert project.collaboration().map_layout == "grid"


def test_zooming_leaves_no_undo_step(win):
    steps = win.document.undo_stack.count()
    win.action_zoom_in.trigger()
    win.action_fit.trigger()
    assert win.document.undo_stack.count() == steps
    assert not win.action_undo.isEnabled()


def test_history_shows_the_undo_steps_in_dutch(win, qtbot):
    party = pid(win, "Gemeente Rivierstad")
    win.document.apply("Invloed wijzigen", lambda p: p.update("party", party, influence=4))
    win.action_history.trigger()
    view = win.findChild(QUndoView, "historyView")
    assert view is not None and view.isVisible()
    model = view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "<begin: zoals geopend>", "Invloed wijzigen"]
    view.setCurrentIndex(model.index(0, 0))  # a click on the start goes back
    assert win.document.data.get("party", party).influence == 9


# -- files you can find ------------------------------------------------------------------------------------------


def test_a_new_collaboration_is_proposed_in_documents_samenwerk_even_after_a_demo(win, tmp_path, monkeypatch):
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(file_actions, "documents_location", lambda: str(documents))
    asked = []
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: asked.append(k) or None)
    monkeypatch.setattr(file_actions, "ask_title", lambda parent: "Wijk Zuid")
    win.new_file()  # the open file lives elsewhere (like a demo copy in the hidden data folder)
    assert asked == [{"suggested": "Wijk Zuid.samenwerk", "folder": str(documents / "Samenwerk")}]
    assert (documents / "Samenwerk").is_dir()
    win.close_document()
    win.new_file()
    assert asked[-1]["folder"] == str(documents / "Samenwerk")


def test_without_a_documents_folder_a_new_collaboration_is_proposed_at_home(monkeypatch, tmp_path):
    monkeypatch.setattr(file_actions, "documents_location", lambda: "")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert file_actions.new_file_folder() == tmp_path / "Samenwerk"


# -- forms that fit ------------------------------------------------------------------------------------------------


def test_a_10000_character_paste_into_a_name_is_cut_with_a_message(win, qtbot):
    from samenwerk_desktop.core.model import NAME_MAX

    party = pid(win, "Gemeente Rivierstad")
    win.view_state.set_selection({party})
    name = win.panels["inspector"].findChild(QLineEdit, "nameEdit")
    name.setFocus()
    name.selectAll()
    QApplication.clipboard().setText("Gemeente " + "x" * 10_000)
    name.paste()
    assert len(name.text()) == NAME_MAX
    assert win.statusBar().currentMessage() == (
        f"Naam: ten hoogste {NAME_MAX} tekens; wat daarna kwam is weggelaten.")
    name.editingFinished.emit()
    assert win.document.data.get("party", party).name == "Gemeente " + "x" * (NAME_MAX - 9)
