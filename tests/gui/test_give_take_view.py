"""The give-and-take matrix in the window: its model, the states of a cell, an open need made an agreement."""

import pytest
from PySide6.QtCore import Qt

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import GiveTake, Party
from samenwerk_desktop.gui.give_take_view import GiveTakeModel, GiveTakeView


@pytest.fixture
def matrix_doc(leeg_doc):
    p = leeg_doc.project
    ids = [p.add(Party(name=n, short_name=s)).ids[0] for n, s in
           (("Woonstichting Thuis", "Thuis"), ("Stroomnet Zuid", "Stroomnet"), ("Zonder iets", "Niets"))]
    p.add(GiveTake(party_id=ids[0], kind="need", text="Netcapaciteit", other_party_id=ids[1]))
    p.add(GiveTake(party_id=ids[1], kind="offer", text="Planning", other_party_id=ids[0]))
    p.add(GiveTake(party_id=ids[1], kind="need", text="Aantallen", other_party_id=ids[0]))
    leeg_doc.reload()
    return leeg_doc


def test_the_model_passes_the_model_tester_filled_and_empty(qtbot, qtmodeltester, matrix_doc):
    qtmodeltester.check(GiveTakeModel(lambda: matrix_doc.data))
    qtmodeltester.check(GiveTakeModel(CollaborationData))


def test_only_parties_with_needs_or_offers_are_rows_and_columns(matrix_doc):
    model = GiveTakeModel(lambda: matrix_doc.data)
    names = [model.headerData(i, Qt.Orientation.Vertical) for i in range(model.rowCount())]
    shorts = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert names == ["Woonstichting Thuis", "Stroomnet Zuid"] and shorts == ["Thuis", "Stroomnet"]


def test_a_cell_shows_each_need_with_its_mark(matrix_doc):
    model = GiveTakeModel(lambda: matrix_doc.data)
    assert model.data(model.index(0, 1)) == "○ Netcapaciteit"  # Stroomnet offers Thuis something
    assert model.data(model.index(1, 0)) == "! Aantallen"
    assert model.data(model.index(0, 0)) == "—"


def test_an_open_need_becomes_an_agreement_in_one_undo_step(qtbot, matrix_doc):
    view = GiveTakeView(matrix_doc)
    qtbot.addWidget(view)
    view.table.setCurrentIndex(view.model.index(1, 0))
    agreement_id = view.make_agreement()
    a = matrix_doc.data.get("agreement", agreement_id)
    thuis, stroomnet = view.model.party_ids
    assert (a.text, a.owner_party_id, a.party_ids) == ("Woonstichting Thuis zorgt voor Stroomnet Zuid: Aantallen",
                                                       thuis, [stroomnet, thuis])
    assert view.model.data(view.model.index(1, 0)) == "✓ Aantallen"
    matrix_doc.undo_stack.undo()
    assert matrix_doc.data.entities["agreement"] == {}
    assert view.model.data(view.model.index(1, 0)) == "! Aantallen"


def test_a_cell_without_an_open_need_is_refused_with_a_sentence(qtbot, matrix_doc):
    view = GiveTakeView(matrix_doc)
    qtbot.addWidget(view)
    view.table.setCurrentIndex(view.model.index(0, 1))
    with qtbot.waitSignal(matrix_doc.errorOccurred) as said:
        assert view.make_agreement() is None
    assert said.args == ["Kies eerst een cel met een open behoefte."]
