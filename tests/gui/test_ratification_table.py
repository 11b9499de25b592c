"""Tests of the decision's ratification table: a model and a combo-box delegate, a box only where one is opened."""

from __future__ import annotations

import pytest
from panel_data import ids_by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
from samenwerk_desktop.gui.ratification_table import open_state

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, wijk_doc):
    widget = AgreementsPanel(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.tabs.setCurrentIndex(1)
    section = widget.sections["decision"]
    section.select(section.model.id_at(0))
    return widget


def state_cell(panel, name: str):
    model = panel.ratifications
    return model.index(model.row_of(ids_by_name(panel._doc, "party")[name]), 1)


def choose(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def decision(panel):
    return panel._doc.data.get("decision", panel.sections["decision"].current())


@pytest.mark.parametrize(("name", "shown"), [
    ("Gemeente Waterland", "Bekrachtigd"),
    ("Provincie Noord-Holland", "Nog voorleggen"),
    ("Woonstichting De Polder", "Afgewezen"),
    ("Liander", "— niet betrokken —"),
])
def test_each_party_shows_its_boards_state(panel, name, shown):
    assert state_cell(panel, name).data() == shown


def test_the_table_holds_no_combo_box_until_one_is_opened(panel):
    assert panel.ratifications.rowCount() == len(panel._doc.data.parties)
    assert panel.ratification_table.findChildren(QComboBox) == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and the box's list
def test_a_click_on_a_state_opens_its_box_named_for_the_party(qtbot, panel):
    table = panel.ratification_table
    index = state_cell(panel, "Provincie Noord-Holland")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert (combo.accessibleName(), combo.currentText()) == ("Bekrachtiging door Provincie Noord-Holland", "Nog voorleggen")
    combo.hidePopup()


def test_a_name_cell_opens_no_box(panel):
    table = panel.ratification_table
    assert open_state(table, state_cell(panel, "Provincie Noord-Holland").siblingAtColumn(0)) is None
    assert table.findChildren(QComboBox) == []


def test_choosing_a_state_ratifies_in_one_undo_step(panel):
    prov = ids_by_name(panel._doc, "party")["Provincie Noord-Holland"]
    choose(open_state(panel.ratification_table, state_cell(panel, "Provincie Noord-Holland"), popup=False), "ratified")
    assert decision(panel).ratifications[prov] == "ratified"
    assert state_cell(panel, "Provincie Noord-Holland").data() == "Bekrachtigd"
    assert panel._doc.undo_stack.undoText() == "Bekrachtiging wijzigen"
    panel._doc.undo_stack.undo()
    assert state_cell(panel, "Provincie Noord-Holland").data() == "Nog voorleggen"


def test_not_involved_takes_the_party_off_the_decision(panel):
    prov = ids_by_name(panel._doc, "party")["Provincie Noord-Holland"]
    choose(open_state(panel.ratification_table, state_cell(panel, "Provincie Noord-Holland"), popup=False), None)
    assert prov not in decision(panel).ratifications
    assert state_cell(panel, "Provincie Noord-Holland").data() == "— niet betrokken —"


def test_the_same_state_again_changes_nothing(panel):
    choose(open_state(panel.ratification_table, state_cell(panel, "Provincie Noord-Holland"), popup=False), "pending")
    assert not panel._doc.undo_stack.canUndo()

