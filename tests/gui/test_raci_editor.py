"""Tests of the RACI editor: typing roles, live findings, load, work items and working groups."""

from __future__ import annotations

import pytest
from panel_data import build_large, ids_by_name, reopen
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from samenwerk_desktop.core.model import Party
from samenwerk_desktop.gui import raci_editor
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.raci_editor import RaciEditor

#: the offscreen platform plugin warns when a top-level widget is shown; harmless
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, wijk_doc):
    widget = RaciEditor(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def cell(editor, title: str, party_name: str):
    doc = editor._doc
    wid = ids_by_name(doc, "work_item", "title")[title]
    pid = ids_by_name(doc, "party")[party_name]
    return editor.model.index(editor.model.row_of_item(wid), editor.model.column_of_party(pid)), (wid, pid)


def choose(editor, index) -> None:
    editor.view.setFocus()
    editor.view.setCurrentIndex(index)


def codes(doc, work_item_id=None, party_id=None) -> set[str]:
    return {f.code for f in doc.findings
            if (work_item_id is None or f.work_item_id == work_item_id)
            and (party_id is None or f.party_id == party_id)}


def finding_texts(editor) -> list[str]:
    m = editor.findings_model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


# -- the models ----------------------------------------------------------------------


def test_models_pass_the_model_tester_filled(qtmodeltester, editor):
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.load_model)
    qtmodeltester.check(editor.findings_model)


def test_models_pass_the_model_tester_empty(qtbot, qtmodeltester, leeg_doc):
    widget = RaciEditor(leeg_doc)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.load_model)
    qtmodeltester.check(widget.findings_model)
    assert widget.model.rowCount() == 0 and widget.model.columnCount() == 0


def test_the_table_is_named_and_shows_groups_then_items(editor):
    assert editor.findChild(raci_editor.RaciView, "raciTable") is editor.view
    m = editor.model
    headers = [m.headerData(r, Qt.Orientation.Vertical) for r in range(m.rowCount())]
    assert headers == ["Werkgroep Techniek", "Warmtebronnen in kaart brengen", "Netcapaciteit en verzwaring",
                       "Isolatie van huurwoningen", "Stuurgroep", "Financiering en subsidies",
                       "Communicatie met bewoners", "Zonder werkgroep", "Planning en fasering"]
    assert [m.row_kind(r)[0] for r in (0, 4, 7)] == ["group"] * 3
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "Gem", "Prov", "HHNK", "Liander", "WDP", "BV", "NM"]
    index, _ = cell(editor, "Netcapaciteit en verzwaring", "Liander")
    assert index.data() == "A/R"


def test_a_new_party_is_a_new_column_at_once(qtmodeltester, editor):
    before = editor.model.columnCount()
    editor._doc.apply("Partij", lambda p: p.add(Party(name="Energiecoöperatie", short_name="EC")))
    assert editor.model.columnCount() == before + 1
    assert editor.model.headerData(before, Qt.Orientation.Horizontal) == "EC"
    assert editor.load_model.columnCount() == before + 1
    qtmodeltester.check(editor.model)


# -- typing roles -----------------------------------------------------------------------


def test_typing_roles_makes_findings_appear_and_disappear(qtbot, editor):
    doc = editor._doc
    index, (wid, pid) = cell(editor, "Planning en fasering", "Gemeente Waterland")
    assert codes(doc, wid) == {"empty_row"}
    assert any("Planning en fasering’ heeft nog geen rollen" in t for t in finding_texts(editor))
    choose(editor, index)

    qtbot.keyClicks(editor.view, "a")
    assert doc.data.raci[(wid, pid)] == "A"
    assert index.data() == "A"
    assert codes(doc, wid) == {"no_responsible"}
    assert any("heeft niemand die het werk doet (R)" in t for t in finding_texts(editor))

    qtbot.keyClicks(editor.view, "R")
    assert index.data() == "A/R"
    assert codes(doc, wid) == set()
    assert not any("Planning en fasering" in t for t in finding_texts(editor))
    assert editor.model.headerData(index.row(), Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None

    qtbot.keyClick(editor.view, Qt.Key.Key_Backspace)
    assert (wid, pid) not in doc.data.raci
    assert codes(doc, wid) == {"empty_row"}
    # a row finding shows a colour and a second cue: an icon in the row header
    assert editor.model.headerData(index.row(), Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_a_second_letter_toggles_and_order_is_canonical(qtbot, editor):
    doc = editor._doc
    index, key = cell(editor, "Warmtebronnen in kaart brengen", "Liander")  # holds R
    choose(editor, index)
    qtbot.keyClicks(editor.view, "A")
    assert doc.data.raci[key] == "AR" and index.data() == "A/R"
    qtbot.keyClicks(editor.view, "r")
    assert doc.data.raci[key] == "A"


def test_the_file_holds_typed_roles_after_reopening(qtbot, editor):
    index, key = cell(editor, "Planning en fasering", "Liander")
    choose(editor, index)
    qtbot.keyClicks(editor.view, "ri")
    data = reopen(editor._doc)
    assert data.raci[key] == "RI"


def test_undo_and_redo_of_a_typed_role(qtbot, editor):
    doc = editor._doc
    index, key = cell(editor, "Planning en fasering", "WDP" and "Woonstichting De Polder")
    choose(editor, index)
    qtbot.keyClicks(editor.view, "C")
    assert index.data() == "C"
    doc.undo_stack.undo()
    assert index.data() == "" and key not in doc.data.raci
    assert "empty_row" in codes(doc, key[0])
    doc.undo_stack.redo()
    assert index.data() == "C"
    assert "empty_row" not in codes(doc, key[0])


def test_clearing_several_cells_is_one_undo_step(qtbot, editor):
    doc = editor._doc
    m = editor.model
    row = m.row_of_item(ids_by_name(doc, "work_item", "title")["Warmtebronnen in kaart brengen"])
    editor.view.setFocus()
    editor.view.setCurrentIndex(m.index(row, 0))
    editor.view.selectRow(row)
    assert len(editor.selected_cells()) == m.columnCount()
    steps = doc.undo_stack.count()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert all(m.index(row, c).data() == "" for c in range(m.columnCount()))
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert [m.index(row, c).data() for c in range(4)] == ["A", "", "C", "R"]


def test_typing_a_letter_on_several_cells_sets_it_everywhere_in_one_step(qtbot, editor):
    doc = editor._doc
    m = editor.model
    row = m.row_of_item(ids_by_name(doc, "work_item", "title")["Planning en fasering"])
    editor.view.setFocus()
    editor.view.setCurrentIndex(m.index(row, 0))
    sel = editor.view.selectionModel()
    for c in (0, 1, 2):
        sel.select(m.index(row, c), QItemSelectionModel.SelectionFlag.Select)
    steps = doc.undo_stack.count()
    qtbot.keyClicks(editor.view, "I")
    assert [m.index(row, c).data() for c in (0, 1, 2, 3)] == ["I", "I", "I", ""]
    assert doc.undo_stack.count() == steps + 1


def test_support_role_only_in_rasci(qtbot, editor):
    doc = editor._doc
    index, key = cell(editor, "Planning en fasering", "Liander")
    choose(editor, index)
    qtbot.keyClicks(editor.view, "S")
    assert key not in doc.data.raci
    doc.apply("schema", lambda p: p.update_collaboration(raci_scheme="RASCI"))
    assert editor.load_model.rowCount() == 5
    choose(editor, index)
    qtbot.keyClicks(editor.view, "S")
    assert doc.data.raci[key] == "S"
    assert "S = ondersteunend" in editor.legend.text()


def test_the_line_edit_delegate_accepts_lower_case_combinations(qtbot, editor):
    doc = editor._doc
    index, key = cell(editor, "Planning en fasering", "Gemeente Waterland")
    choose(editor, index)
    editor.view.edit(index)
    qtbot.waitUntil(lambda: editor.view.findChild(QLineEdit) is not None)
    line = editor.view.findChild(QLineEdit)
    assert line.accessibleName() == "Rollen in deze cel"
    assert line.text() == ""
    line.setText("a/r")
    editor.view.commitData(line)  # what Return or leaving the cell does
    editor.view.closeEditor(line, QAbstractItemDelegate.EndEditHint.NoHint)
    assert doc.data.raci[key] == "AR"
    assert index.data() == "A/R"


def test_a_wrong_role_is_refused_with_a_message_and_nothing_changes(qtbot, editor):
    doc = editor._doc
    index, key = cell(editor, "Warmtebronnen in kaart brengen", "Gemeente Waterland")
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        assert not editor.model.setData(index, "x/<b>")
    assert "geen rol in RACI" in blocker.args[0]
    assert doc.data.raci[key] == "A" and index.data() == "A"


# -- findings list and selection ----------------------------------------------------------------


def test_choosing_a_finding_selects_its_row_cell_or_column(editor):
    doc = editor._doc
    m = editor.findings_model
    by_code = {m.finding(r).code: r for r in range(m.rowCount())}
    editor._go_to_finding(m.index(by_code["empty_row"], 0))
    item = ids_by_name(doc, "work_item", "title")["Planning en fasering"]
    assert editor.current_item() == item
    assert editor.view.selectionModel().isRowSelected(editor.model.row_of_item(item))

    editor._go_to_finding(m.index(by_code["board_accountable"], 0))
    f = m.finding(by_code["board_accountable"])
    assert editor.model.cell_key(editor.view.currentIndex()) == (f.work_item_id, f.party_id)
    assert editor.view_state.selected_parties == {f.party_id}

    editor._go_to_finding(m.index(by_code["idle_party"], 0))
    nm = ids_by_name(doc, "party")["Natuurmonumenten"]
    assert editor.view_state.selected_parties == {nm}
    col = editor.model.column_of_party(nm)
    assert editor.view.selectionModel().isSelected(editor.model.index(1, col))


def test_selecting_a_party_highlights_its_column(editor):
    doc = editor._doc
    bv = ids_by_name(doc, "party")["Bewonersvereniging Noorderpolder"]
    col = editor.model.column_of_party(bv)
    font = editor.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert font is None
    editor.view_state.set_selection({bv})
    assert editor.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    row = editor.model.row_of_item(ids_by_name(doc, "work_item", "title")["Communicatie met bewoners"])
    assert editor.model.index(row, col).data(Qt.ItemDataRole.BackgroundRole) is not None
    editor._header_clicked(0)
    assert editor.view_state.selected_parties == {editor.model.party_at(0)}


def test_the_load_footer_counts_roles_per_party(qtbot, editor):
    doc = editor._doc
    lm = editor.load_model
    gem = editor.model.column_of_party(ids_by_name(doc, "party")["Gemeente Waterland"])
    letters = [lm.headerData(r, Qt.Orientation.Vertical)[0] for r in range(lm.rowCount())]
    assert letters == ["A", "R", "C", "I"]
    counts = {letters[r]: lm.index(r, gem).data() for r in range(4)}
    assert counts == {"A": "2", "R": "1", "C": "0", "I": "2"}
    index, _ = cell(editor, "Planning en fasering", "Gemeente Waterland")
    choose(editor, index)
    qtbot.keyClicks(editor.view, "A")
    assert lm.index(0, gem).data() == "3"


# -- work items and working groups --------------------------------------------------------


def answers(monkeypatch, *values):
    queue = list(values)
    monkeypatch.setattr(raci_editor, "ask_text", lambda *args, **kw: queue.pop(0))


def test_add_rename_move_and_delete_work_items(monkeypatch, editor):
    doc = editor._doc
    m = editor.model
    first = ids_by_name(doc, "work_item", "title")["Warmtebronnen in kaart brengen"]
    editor.select_item(first)
    answers(monkeypatch, "Warmteopslag <ondergronds> & 🔥")
    editor.add_item_action.trigger()
    new = ids_by_name(doc, "work_item", "title")["Warmteopslag <ondergronds> & 🔥"]
    techniek = ids_by_name(doc, "working_group")["Werkgroep Techniek"]
    assert doc.data.get("work_item", new).working_group_id == techniek
    assert editor.current_item() == new
    assert m.headerData(4, Qt.Orientation.Vertical) == "Warmteopslag <ondergronds> & 🔥"

    editor.move_up_action.trigger()
    editor.move_up_action.trigger()
    assert m.headerData(2, Qt.Orientation.Vertical) == "Warmteopslag <ondergronds> & 🔥"
    assert editor.current_item() == new

    answers(monkeypatch, "Seizoensopslag")
    editor.rename_item_action.trigger()
    assert m.headerData(2, Qt.Orientation.Vertical) == "Seizoensopslag"

    data = reopen(doc)
    titles = [w.title for w in data.work_items]
    assert titles[:4] == ["Warmtebronnen in kaart brengen", "Seizoensopslag", "Netcapaciteit en verzwaring",
                          "Isolatie van huurwoningen"]


def test_an_empty_name_is_refused_with_a_message(qtbot, monkeypatch, editor):
    answers(monkeypatch, "   ")
    count = len(editor._doc.data.entities["work_item"])
    with qtbot.waitSignal(editor._doc.errorOccurred):
        editor.add_item_action.trigger()
    assert len(editor._doc.data.entities["work_item"]) == count


def test_delete_work_items_and_undo_brings_roles_back(editor):
    doc = editor._doc
    wid = ids_by_name(doc, "work_item", "title")["Netcapaciteit en verzwaring"]
    editor.select_item(wid)
    rows = editor.model.rowCount()
    editor.delete_item_action.trigger()
    assert editor.model.rowCount() == rows - 1
    assert wid not in doc.data.entities["work_item"]
    doc.undo_stack.undo()
    assert editor.model.rowCount() == rows
    liander = ids_by_name(doc, "party")["Liander"]
    assert doc.data.raci[(wid, liander)] == "AR"


def test_working_groups_add_rename_assign_and_delete(monkeypatch, editor):
    doc = editor._doc
    m = editor.model
    answers(monkeypatch, "Werkgroep Communicatie")
    editor.add_group_action.trigger()
    group = ids_by_name(doc, "working_group")["Werkgroep Communicatie"]
    headers = [m.headerData(r, Qt.Orientation.Vertical) for r in range(m.rowCount())]
    assert "Werkgroep Communicatie" in headers

    item = ids_by_name(doc, "work_item", "title")["Communicatie met bewoners"]
    editor.select_item(item)
    editor.group_combo.setCurrentIndex(editor.group_combo.findData(group))
    editor.group_combo.activated.emit(editor.group_combo.currentIndex())
    assert doc.data.get("work_item", item).working_group_id == group
    assert m.group_at(m.row_of_item(item)) == group

    editor.select_item(item)
    answers(monkeypatch, "Werkgroep Bewoners")
    editor.rename_group_action.trigger()
    assert doc.data.get("working_group", group).name == "Werkgroep Bewoners"

    editor.select_item(item)
    editor.delete_group_action.trigger()
    assert group not in doc.data.entities["working_group"]
    assert doc.data.get("work_item", item).working_group_id is None
    doc.undo_stack.undo()
    assert doc.data.get("work_item", item).working_group_id == group


def test_the_context_menu_offers_the_actions(qtbot, editor):
    index, _ = cell(editor, "Planning en fasering", "Liander")
    menu = editor.context_menu(editor.view.visualRect(index).center())
    texts = [a.text() for a in menu.actions()]
    assert "Rollen wissen" in texts and "Onderdeel toevoegen" in texts and "Werkgroep verwijderen" in texts
    assert editor.model.cell_key(editor.view.currentIndex()) is not None
    assert editor.rename_item_action.isEnabled()


# -- a large matrix ------------------------------------------------------------------------


def test_a_role_edit_in_a_large_matrix_does_not_reset_the_model(qtbot, tmp_path):
    document = Document(build_large(tmp_path / "groot.samenwerk"))
    try:
        editor = RaciEditor(document)
        qtbot.addWidget(editor)
        assert editor.model.rowCount() == 310 and editor.model.columnCount() == 60
        assert editor.view.horizontalHeader().sectionResizeMode(0) != editor.view.horizontalHeader().ResizeMode.ResizeToContents
        resets, changed = [], []
        editor.model.modelReset.connect(lambda: resets.append(1))
        editor.model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
        row = editor.model.row_of_item(5)
        editor.view.setFocus()
        editor.view.setCurrentIndex(editor.model.index(row, 30))
        qtbot.keyClicks(editor.view, "I")
        assert not resets
        assert (row, 30, row, 30) in changed
        # only the edited cell, whole rows or whole columns whose findings changed
        assert all(r1 == r2 or c1 == c2 for r1, c1, r2, c2 in changed)
        assert len(changed) < 20
    finally:
        document.close()


def test_a_party_finding_marks_its_column_with_colour_and_an_icon(qtbot, editor):
    doc = editor._doc
    nm = ids_by_name(doc, "party")["Natuurmonumenten"]
    col = editor.model.column_of_party(nm)
    row = editor.model.row_of_item(ids_by_name(doc, "work_item", "title")["Communicatie met bewoners"])
    index = editor.model.index(row, col)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is not None
    assert "Natuurmonumenten heeft nog geen enkele rol." in editor.model.headerData(
        col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    choose(editor, index)
    qtbot.keyClicks(editor.view, "I")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert editor.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None


def test_changes_outside_the_matrix_leave_it_alone(editor):
    doc = editor._doc
    signals = []
    for signal in (editor.model.modelReset, editor.model.dataChanged, editor.model.headerDataChanged,
                   editor.load_model.modelReset, editor.findings_model.modelReset):
        signal.connect(lambda *args: signals.append(args))
    gem = ids_by_name(doc, "party")["Gemeente Waterland"]
    doc.apply("notitie", lambda p: p.update("party", gem, culture="Bestuurlijk", influence=3))
    aid = doc.data.agreements[0].id
    doc.apply("status", lambda p: p.update("agreement", aid, status="done"))
    assert signals == []
    doc.apply("naam", lambda p: p.update("party", gem, short_name="Gemeente"))
    assert editor.model.headerData(0, Qt.Orientation.Horizontal) == "Gemeente"
    assert signals


def test_tooltips_show_user_text_as_typed_not_as_html(editor):
    doc = editor._doc
    wid = ids_by_name(doc, "work_item", "title")["Planning en fasering"]
    doc.apply("titel", lambda p: p.update("work_item", wid, title='<b>Vet</b> <img src="/etc/passwd"> & co'))
    row = editor.model.row_of_item(wid)
    tip = editor.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "<img" not in tip
    assert "&lt;b&gt;Vet&lt;/b&gt; &lt;img src=&quot;/etc/passwd&quot;&gt; &amp; co" in tip
    assert editor.model.headerData(row, Qt.Orientation.Vertical) == '<b>Vet</b> <img src="/etc/passwd"> & co'


def test_a_screen_reader_hears_party_work_item_and_role_names(editor):
    index, _ = cell(editor, "Netcapaciteit en verzwaring", "Liander")
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Liander — Netcapaciteit en verzwaring: Eindverantwoordelijk, Verantwoordelijk")


@pytest.mark.parametrize("action, kind, typed", [
    ("add_item_action", "work_item", "x" * 10_000),
    ("add_group_action", "working_group", "   "),
])
def test_a_refused_name_says_which_field_by_its_label(qtbot, monkeypatch, editor, action, kind, typed):
    from samenwerk_desktop.core.model import WorkingGroup, WorkItem, field_spec

    cls, field = (WorkItem, "title") if kind == "work_item" else (WorkingGroup, "name")
    label = str(field_spec(cls, field).meta["label"])
    answers(monkeypatch, typed)
    count = len(editor._doc.data.entities[kind])
    with qtbot.waitSignal(editor._doc.errorOccurred) as blocker:
        getattr(editor, action).trigger()
    assert blocker.args[0].startswith(label + ": ")
    assert not blocker.args[0].startswith(field + ":")
    assert len(editor._doc.data.entities[kind]) == count
