"""The collaboration's own form in the inspector pane: every field edits the file, one undo step each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from samenwerk_desktop.core.model import WorkItem
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.inspector import PartyInspector
from samenwerk_desktop.gui.map import MapView


@pytest.fixture
def insp(qtbot, wijk_doc):
    widget = PartyInspector(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(320, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, widget, text: str) -> None:
    """Type a text and leave the field (line edits commit on editingFinished, text boxes on focus-out)."""
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
        QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))
    else:
        widget.setText(text)
        widget.editingFinished.emit()


def test_form_shows_the_collaboration_when_no_party_is_chosen(insp):
    form = insp.collaboration_form
    c = insp._doc.data.collaboration
    assert insp.pages.currentIndex() == 0
    assert form.isVisible()
    assert form.title_edit.text() == c.title
    assert form.challenge_edit.toPlainText() == c.challenge
    assert form.why_edit.toPlainText() == c.why
    assert form.facilitator_edit.text() == "Anouk de Vries"
    assert form.scheme_combo.currentData() == c.raci_scheme
    assert form.overload_spin.value() == round(c.overload_share * 100)
    assert form.overload_spin.suffix() == " %"
    for widget in form.binder.widgets():
        assert widget.accessibleName(), widget.objectName()


@pytest.mark.parametrize("field, edit_name, value", [
    ("title", "title_edit", "Warmte <b>&amp;</b> water 🌊 " + "ش" * 20),
    ("challenge", "challenge_edit", "Regel 1\nRegel 2 <img src='/etc/passwd'>\n" + "x" * 10_000),
    ("why", "why_edit", "Voor de buurt & de kinderen"),
    ("scope", "scope_edit", "Alleen de wijk, niet de polder"),
    ("facilitator", "facilitator_edit", "Fatima El Idrissi"),
])
def test_text_fields_are_saved_in_the_file_and_undone_in_one_step(insp, qtbot, field, edit_name, value):
    doc = insp._doc
    old = getattr(doc.data.collaboration, field)
    type_into(qtbot, getattr(insp.collaboration_form, edit_name), value)
    assert getattr(doc.data.collaboration, field) == value.strip() if field in ("title", "facilitator") else value
    with Project.open(doc.project.path, read_only=True) as other:
        assert getattr(other.collaboration(), field) == getattr(doc.data.collaboration, field)
    doc.undo_stack.undo()
    assert getattr(doc.data.collaboration, field) == old
    edit = getattr(insp.collaboration_form, edit_name)
    assert (edit.toPlainText() if hasattr(edit, "toPlainText") else edit.text()) == old


def test_empty_title_is_refused_with_a_sentence_and_the_field_comes_back(insp, qtbot):
    doc = insp._doc
    errors = []
    doc.errorOccurred.connect(errors.append)
    type_into(qtbot, insp.collaboration_form.title_edit, "   ")
    assert doc.data.collaboration.title == "Wijkaanpak warmte Noorderpolder"
    assert len(errors) == 1 and "Traceback" not in errors[0]
    assert insp.collaboration_form.title_edit.text() == "Wijkaanpak warmte Noorderpolder"


def test_overload_share_is_a_percentage(insp):
    doc = insp._doc
    spin = insp.collaboration_form.overload_spin
    spin.setValue(35)
    assert doc.data.collaboration.overload_share == pytest.approx(0.35)
    assert doc.undo_stack.undoText()
    spin.setValue(100)
    assert doc.data.collaboration.overload_share == 1.0
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.data.collaboration.overload_share == 0.5
    assert spin.value() == 50


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_rasci_back_to_raci_is_refused_while_s_cells_exist(insp, qtbot):
    doc = insp._doc
    combo = insp.collaboration_form.scheme_combo
    errors = []
    doc.errorOccurred.connect(errors.append)
    choose(combo, "RASCI")
    assert doc.data.collaboration.raci_scheme == "RASCI"
    item = doc.apply("onderdeel", lambda p: p.add(WorkItem(title="Ondersteuning"))).ids[0]
    party = doc.data.parties[0].id
    doc.apply("rol", lambda p: p.set_roles({(item, party): "S"}))
    choose(combo, "RACI")
    assert doc.data.collaboration.raci_scheme == "RASCI"
    assert combo.currentData() == "RASCI"
    assert len(errors) == 1 and "S" in errors[0] and "RACI" in errors[0]
    doc.apply("rol", lambda p: p.set_roles({(item, party): ""}))
    choose(combo, "RACI")
    assert doc.data.collaboration.raci_scheme == "RACI"


def test_undo_elsewhere_updates_the_form(insp):
    doc = insp._doc
    doc.apply("titel", lambda p: p.update_collaboration(title="Andere titel"))
    assert insp.collaboration_form.title_edit.text() == "Andere titel"
    doc.undo_stack.undo()
    assert insp.collaboration_form.title_edit.text() == "Wijkaanpak warmte Noorderpolder"


def test_choosing_a_party_swaps_the_form_for_its_profile_and_back(insp):
    doc = insp._doc
    insp.view_state.set_selection({doc.data.parties[0].id})
    assert insp.pages.currentIndex() == 1
    assert not insp.collaboration_form.isVisible()
    insp.view_state.set_selection(set())
    assert insp.pages.currentIndex() == 0
    assert insp.collaboration_form.isVisible()


def test_read_only_file_shows_but_does_not_edit(qtbot, wijk_doc):
    path = wijk_doc.project.path
    wijk_doc.close()
    doc = Document(Project.open(path, read_only=True))
    widget = PartyInspector(doc)
    qtbot.addWidget(widget)
    form = widget.collaboration_form
    assert form.title_edit.isReadOnly() and form.challenge_edit.isReadOnly()
    assert not form.scheme_combo.isEnabled() and not form.overload_spin.isEnabled()
    doc.close()


def test_map_banner_follows_the_challenge_at_once(qtbot, wijk_doc):
    view = MapView(wijk_doc)
    qtbot.addWidget(view)
    insp = PartyInspector(wijk_doc)
    qtbot.addWidget(insp)
    insp.show()
    view.show()
    type_into(qtbot, insp.collaboration_form.why_edit, "Omdat het kan — <nu>")
    assert view.banner.text.text().startswith("Omdat het kan — <nu>\n")
    doc = wijk_doc
    doc.undo_stack.undo()
    assert view.banner.text.text().startswith("Betaalbare, schone warmte")


def test_focus_goes_to_the_title_with_no_party(insp, qtbot):
    insp.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: insp.collaboration_form.title_edit.hasFocus())
