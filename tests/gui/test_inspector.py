"""Tests of the party inspector: editing a profile, validation, representatives."""

from __future__ import annotations

import pytest
from panel_data import PRIVATE, all_widget_text, ids_by_name, reopen, w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from samenwerk_desktop.gui import inspector as inspector_module
from samenwerk_desktop.gui.inspector import PartyInspector

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def insp(qtbot, wijk_doc):
    widget = PartyInspector(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    return widget


def gem(insp) -> int:
    return ids_by_name(insp._doc, "party")["Gemeente Waterland"]


def test_object_name_and_empty_state(insp):
    assert insp.objectName() == "partyInspector"
    assert insp.pages.currentIndex() == 0
    assert "Kies een partij" in insp.empty_label.text()
    assert w(insp, QLineEdit, "nameEdit").text() == ""


def test_every_control_has_a_dutch_accessible_name(insp):
    insp.view_state.set_selection({gem(insp)})
    for cls in (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QCheckBox):
        for control in insp.findChildren(cls):
            if control.objectName().startswith("qt_"):
                continue
            assert control.accessibleName(), control.objectName()


def test_selecting_a_party_shows_its_whole_profile(insp):
    doc = insp._doc
    insp.view_state.set_selection({gem(insp)})
    assert insp.pages.currentIndex() == 1
    assert insp.header.text() == "Gemeente Waterland"
    assert w(insp, QLineEdit, "shortNameEdit").text() == "Gem"
    assert w(insp, QComboBox, "kindCombo").currentText() == "Gemeente"
    assert w(insp, QComboBox, "stanceCombo").currentData() == 2
    assert w(insp, QSpinBox, "influenceSpin").value() == 9
    assert w(insp, QPlainTextEdit, "mandateEdit").toPlainText() == "Wethouder besluit tot € 50.000"
    assert [insp.interests.item(i).text() for i in range(insp.interests.count())] == ["Betaalbaarheid", "Draagvlak"]
    assert insp.private_edit.toPlainText() == PRIVATE
    assert insp.reps_model.rowCount() == 2
    insp.view_state.set_selection(set(ids_by_name(doc, "party").values()))
    assert insp.pages.currentIndex() == 0
    assert "7 partijen gekozen" in insp.empty_label.text()
    assert PRIVATE not in all_widget_text(insp)


def test_text_edits_commit_on_focus_out_as_one_undo_step_and_reach_the_file(qtbot, insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    culture = w(insp, QPlainTextEdit, "cultureEdit")
    culture.setFocus()
    steps = doc.undo_stack.count()
    qtbot.keyClicks(culture, "Bestuurlijk & <formeel>")
    assert doc.data.get("party", pid).culture == ""  # not per keystroke
    w(insp, QLineEdit, "nameEdit").setFocus()
    qtbot.waitUntil(lambda: doc.data.get("party", pid).culture == "Bestuurlijk & <formeel>")
    assert doc.undo_stack.count() == steps + 1

    name = w(insp, QLineEdit, "nameEdit")
    name.selectAll()
    qtbot.keyClicks(name, "Gemeente Waterland-Noord")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert doc.data.get("party", pid).name == "Gemeente Waterland-Noord"
    assert insp.header.text() == "Gemeente Waterland-Noord"

    spin = w(insp, QSpinBox, "involvementSpin")
    spin.setValue(4)
    kind = w(insp, QComboBox, "kindCombo")
    kind.setCurrentIndex(kind.findData("province"))
    kind.activated.emit(kind.currentIndex())
    w(insp, QCheckBox, "mustConsultCheck").setChecked(True)
    data = reopen(doc)
    party = data.get("party", pid)
    assert (party.culture, party.name, party.involvement, party.kind, party.must_consult_board) == (
        "Bestuurlijk & <formeel>", "Gemeente Waterland-Noord", 4, "province", True)


def test_a_refused_value_shows_a_message_and_the_field_goes_back(qtbot, insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    colour = w(insp, QLineEdit, "colourEdit")
    colour.setText("rood")
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        colour.editingFinished.emit()
    assert "kleur" in blocker.args[0]
    assert colour.text() == "#1f77b4"
    name = w(insp, QLineEdit, "nameEdit")
    name.setText("   ")
    with qtbot.waitSignal(doc.errorOccurred):
        name.editingFinished.emit()
    assert name.text() == "Gemeente Waterland"
    assert doc.data.get("party", pid).name == "Gemeente Waterland"


def test_long_and_foreign_text_is_kept(qtbot, insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    text = ("مرحبا " + "🌍 <b>&amp;</b> ") * 800
    beliefs = w(insp, QPlainTextEdit, "beliefsEdit")
    beliefs.setPlainText(text)
    beliefs.setFocus()
    w(insp, QLineEdit, "nameEdit").setFocus()
    qtbot.waitUntil(lambda: doc.data.get("party", pid).beliefs == text)
    assert len(text) > 10_000


def test_colour_picker(monkeypatch, insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    monkeypatch.setattr(inspector_module, "ask_colour", lambda parent, current: "#00aa55")
    insp.colour_button.click()
    assert doc.data.get("party", pid).colour == "#00aa55"
    assert w(insp, QLineEdit, "colourEdit").text() == "#00aa55"


def test_interests_list_editor(insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    insp._add_interest()
    item = insp.interests.item(2)
    item.setText("Werkgelegenheid")  # what the in-place editor does
    assert doc.data.get("party", pid).interests == ["Betaalbaarheid", "Draagvlak", "Werkgelegenheid"]
    insp.interests.setCurrentRow(0)
    insp._remove_interest()
    assert doc.data.get("party", pid).interests == ["Draagvlak", "Werkgelegenheid"]
    doc.undo_stack.undo()
    assert [insp.interests.item(i).text() for i in range(insp.interests.count())] == [
        "Betaalbaarheid", "Draagvlak", "Werkgelegenheid"]


def test_representatives_add_edit_remove(qtmodeltester, insp):
    doc = insp._doc
    pid = gem(insp)
    qtmodeltester.check(insp.reps_model)
    insp.view_state.set_selection({pid})
    qtmodeltester.check(insp.reps_model)
    insp._add_representative()
    assert insp.reps_model.rowCount() == 3
    m = insp.reps_model
    assert m.setData(m.index(2, 0), "Fatima Yılmaz")
    assert m.setData(m.index(2, 1), "Beleidsadviseur")
    assert m.setData(m.index(2, 2), "Geen: koppelt terug")
    reps = doc.data.representatives_of(pid)
    assert [(r.name, r.role, r.mandate) for r in reps][-1] == ("Fatima Yılmaz", "Beleidsadviseur", "Geen: koppelt terug")
    insp.reps_view.selectRow(0)
    insp._remove_representatives()
    assert [r.name for r in doc.data.representatives_of(pid)] == ["Karim El Amrani", "Fatima Yılmaz"]
    data = reopen(doc)
    assert [r.name for r in data.representatives_of(pid)] == ["Karim El Amrani", "Fatima Yılmaz"]


def test_a_deleted_party_empties_the_inspector(insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    doc.apply("weg", lambda p: p.delete("party", pid))
    assert insp.pages.currentIndex() == 0
    profile = insp.findChild(QWidget, "profilePage")  # the collaboration's form keeps its own texts
    assert all(not e.toPlainText() for e in profile.findChildren(QPlainTextEdit))
    assert isinstance(insp.form_widget(), QWidget)


def test_text_being_typed_is_kept_when_another_party_gets_selected(qtbot, insp):
    doc = insp._doc
    gem_id = gem(insp)
    liander = ids_by_name(doc, "party")["Liander"]
    insp.view_state.set_selection({gem_id})
    culture = w(insp, QPlainTextEdit, "cultureEdit")
    culture.setFocus()
    qtbot.waitUntil(culture.hasFocus)
    qtbot.keyClicks(culture, "Politiek gedreven")
    insp.view_state.set_selection({liander})  # e.g. a click on a header that takes no focus
    assert doc.data.get("party", gem_id).culture == "Politiek gedreven"
    assert doc.data.get("party", liander).culture == ""
    assert culture.toPlainText() == ""


def test_a_read_only_file_can_be_looked_at_but_not_changed(qtbot, tmp_path):
    from panel_data import build_realistic

    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.raci_editor import RaciEditor

    path = tmp_path / "alleen-lezen.samenwerk"
    build_realistic(path).close()
    document = Document(Project.open(path, read_only=True))
    try:
        insp = PartyInspector(document)
        raci = RaciEditor(document)
        panel = AgreementsPanel(document)
        for widget in (insp, raci, panel):
            qtbot.addWidget(widget)
        insp.view_state.set_selection({ids_by_name(document, "party")["Gemeente Waterland"]})
        name = w(insp, QLineEdit, "nameEdit")
        assert name.text() == "Gemeente Waterland" and name.isReadOnly()
        assert not w(insp, QComboBox, "kindCombo").isEnabled()
        assert not raci.add_item_action.isEnabled()
        raci.view.setCurrentIndex(raci.model.index(1, 0))
        qtbot.keyClicks(raci.view, "R")
        assert document.data.raci == document.project.load().raci
        assert not panel.findChild(QPushButton, "doneButton").isEnabled()
        assert panel.sections["agreement"].model.rowCount() == 3
    finally:
        document.close()


def test_focusing_a_panel_puts_the_keyboard_in_it(qtbot, wijk_doc):
    from PySide6.QtWidgets import QHBoxLayout

    from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
    from samenwerk_desktop.gui.raci_editor import RaciEditor

    window = QWidget()  # one window, as in the application
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    raci, panel, insp = RaciEditor(wijk_doc), AgreementsPanel(wijk_doc), PartyInspector(wijk_doc)
    for widget in (raci, panel, insp):
        layout.addWidget(widget)
    window.resize(1800, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    insp.view_state.set_selection({ids_by_name(wijk_doc, "party")["Liander"]})
    insp.setFocus()
    qtbot.waitUntil(w(insp, QLineEdit, "nameEdit").hasFocus)
    raci.setFocus()
    qtbot.waitUntil(raci.view.hasFocus)
    panel.setFocus()
    qtbot.waitUntil(panel.sections["agreement"].view.hasFocus)
    panel.tabs.setCurrentIndex(2)
    panel.setFocus()
    qtbot.waitUntil(panel.sections["dilemma"].view.hasFocus)


def test_a_party_moved_on_the_map_does_not_reload_the_inspector(insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    loads = []
    original = insp._load
    insp._load = lambda **how: (loads.append(1), original(**how))[1]
    party = doc.data.get("party", pid)
    doc.apply("verplaatsen", lambda p: p.update_many("party", {pid: {"x": party.x + 40, "y": party.y - 8}}))
    assert loads == []
    doc.apply("naam", lambda p: p.update("party", pid, position="Anders <nu>"))
    assert loads == [1]
    assert w(insp, QPlainTextEdit, "positionEdit").toPlainText() == "Anders <nu>"


def test_an_emptied_name_is_refused_by_its_label(qtbot, insp):
    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    name = w(insp, QLineEdit, "nameEdit")
    name.setText("")
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        name.editingFinished.emit()
    assert blocker.args[0] == "Naam: mag niet leeg zijn."
    assert name.text() == "Gemeente Waterland"


def test_a_10000_character_paste_in_a_name_stops_at_the_limit_and_is_kept(qtbot, insp):
    from samenwerk_desktop.core.model import NAME_MAX

    doc = insp._doc
    pid = gem(insp)
    insp.view_state.set_selection({pid})
    errors = []
    doc.errorOccurred.connect(errors.append)
    name = w(insp, QLineEdit, "nameEdit")
    name.selectAll()
    name.insert("Gemeente " + "ش🌳<b>&" * 2000)
    name.editingFinished.emit()
    assert errors == []
    stored = doc.data.get("party", pid).name
    # Qt counts UTF-16 units (an emoji is two), the core counts characters: within the limit either way
    assert NAME_MAX - 100 < len(stored) <= NAME_MAX and stored.startswith("Gemeente ش🌳<b>&")
    assert name.text() == stored
