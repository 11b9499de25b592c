"""Tests of the needs-and-offers editor in the inspector: add, edit in place, aim, remove, undo."""

from __future__ import annotations

import pytest
from panel_data import ids_by_name
from PySide6.QtCore import Qt

from samenwerk_desktop.core import give_take
from samenwerk_desktop.gui.give_take_editor import KIND, OTHER, TEXT, TEXT_LIMIT, WORK_ITEM, GiveTakeEditor
from samenwerk_desktop.gui.inspector import PartyInspector

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def insp(qtbot, wijk_doc):
    widget = PartyInspector(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    widget.view_state.set_selection({gem(wijk_doc)})
    return widget


def gem(doc) -> int:
    return ids_by_name(doc, "party")["Gemeente Waterland"]


def editor(insp) -> GiveTakeEditor:
    return insp.findChild(GiveTakeEditor, "giveTakeEditor")


def texts(doc, kind):
    return [g.text for g in give_take.items_of(doc.data, gem(doc), kind)]


def set_cell(ed, item_id, column, value):
    return ed.model.setData(ed.model.index(ed.model.row_of(item_id), column), value, Qt.ItemDataRole.EditRole)


def test_the_model_passes_the_model_tester(qtmodeltester, insp):
    editor(insp).add("need", "Grond aan de dijk")
    qtmodeltester.check(editor(insp).model)


def test_the_editor_shows_the_partys_needs_and_offers(insp):
    doc, ed = insp._doc, editor(insp)
    shown = [ed.model.index(r, TEXT).data() for r in range(ed.model.rowCount())]
    assert shown == texts(doc, "need") + texts(doc, "offer")


def test_add_a_need_is_one_undo_step(insp):
    doc, ed = insp._doc, editor(insp)
    before = texts(doc, "need")
    ed.add("need", "Een locatie voor de opslag")
    assert texts(doc, "need") == before + ["Een locatie voor de opslag"]
    doc.undo_stack.undo()
    assert texts(doc, "need") == before


def test_the_add_button_adds_a_need_and_opens_its_text(insp, qtbot):
    doc, ed = insp._doc, editor(insp)
    count = len(texts(doc, "need"))
    qtbot.mouseClick(ed.add_need_button, Qt.MouseButton.LeftButton)
    assert texts(doc, "need")[-1] == "Nieuwe behoefte"
    assert len(texts(doc, "need")) == count + 1
    assert ed.table.currentIndex().column() == TEXT


def test_edit_the_text_in_place(insp):
    doc, ed = insp._doc, editor(insp)
    new_id = ed.add("need", "Geld")
    assert set_cell(ed, new_id, TEXT, "Cofinanciering voor het warmtenet")
    assert doc.data.get("give_take", new_id).text == "Cofinanciering voor het warmtenet"
    doc.undo_stack.undo()
    assert doc.data.get("give_take", new_id).text == "Geld"


def test_aim_a_need_at_a_party_and_tie_it_to_a_work_item(insp):
    doc, ed = insp._doc, editor(insp)
    other = next(pid for name, pid in ids_by_name(doc, "party").items() if name != "Gemeente Waterland")
    work = doc.data.all("work_item")[0]
    new_id = ed.add("need", "Netcapaciteit")
    set_cell(ed, new_id, OTHER, other)
    set_cell(ed, new_id, WORK_ITEM, work.id)
    item = doc.data.get("give_take", new_id)
    assert (item.other_party_id, item.work_item_id) == (other, work.id)
    row = ed.model.row_of(new_id)
    assert ed.model.index(row, OTHER).data() == doc.data.party_name(other)
    assert ed.model.index(row, WORK_ITEM).data() == work.title


def test_a_need_becomes_an_offer(insp):
    doc, ed = insp._doc, editor(insp)
    new_id = ed.add("need", "Kennis van de bodem")
    set_cell(ed, new_id, KIND, "offer")
    assert "Kennis van de bodem" in texts(doc, "offer")
    assert "Kennis van de bodem" not in texts(doc, "need")


def test_remove_an_item_and_undo_restores_it(insp):
    doc, ed = insp._doc, editor(insp)
    new_id = ed.add("need", "Een wethouder aan tafel")
    ed.table.selectRow(ed.model.row_of(new_id))
    assert ed.remove_selected()
    assert doc.data.get("give_take", new_id) is None
    assert "Een wethouder aan tafel" not in texts(doc, "need")
    doc.undo_stack.undo()
    assert "Een wethouder aan tafel" in texts(doc, "need")


def test_an_emptied_text_is_not_saved(insp):
    doc, ed = insp._doc, editor(insp)
    new_id = ed.add("need", "Tijd")
    assert not set_cell(ed, new_id, TEXT, "   ")
    assert doc.data.get("give_take", new_id).text == "Tijd"


def test_a_text_longer_than_the_limit_is_cut_at_it(insp):
    doc, ed = insp._doc, editor(insp)
    new_id = ed.add("need", "kort")
    set_cell(ed, new_id, TEXT, "x" * (TEXT_LIMIT + 10_000))
    assert doc.data.get("give_take", new_id).text == "x" * TEXT_LIMIT


@pytest.mark.parametrize("text", ["<b>vet</b> & co", "Zon ☀️ en wind 🌬️", "مساحة للتخزين"])
def test_markup_emoji_and_arabic_are_kept(insp, text):
    doc, ed = insp._doc, editor(insp)
    new_id = ed.add("need", "eerst")
    set_cell(ed, new_id, TEXT, text)
    assert doc.data.get("give_take", new_id).text == text
    assert ed.model.index(ed.model.row_of(new_id), TEXT).data() == text


def test_an_edit_reaches_the_inspectors_summary(insp):
    doc, ed = insp._doc, editor(insp)
    ed.add("offer", "Een zaal voor de bijeenkomst")
    assert "Een zaal voor de bijeenkomst" in give_take.summary(doc.data, gem(doc), "offer")


def test_no_party_no_buttons(insp):
    insp.view_state.set_selection(set())
    ed = editor(insp)
    assert ed.model.rowCount() == 0
    assert not ed.add_need_button.isEnabled()


def test_a_renamed_party_shows_its_new_name_in_the_cell(insp):
    doc, ed = insp._doc, editor(insp)
    other = next(pid for name, pid in ids_by_name(doc, "party").items() if name != "Gemeente Waterland")
    new_id = ed.add("need", "Netcapaciteit")
    set_cell(ed, new_id, OTHER, other)
    doc.apply("hernoemen", lambda p: p.update("party", other, name="Netbeheerder Noord"))
    assert ed.model.index(ed.model.row_of(new_id), OTHER).data() == "Netbeheerder Noord"


def test_a_deleted_party_empties_the_editor(insp):
    doc = insp._doc
    doc.apply("weg", lambda p: p.delete("party", gem(doc)))
    assert editor(insp).model.rowCount() == 0
