"""Tests of the shared party list that the agreements panel's party combo boxes show (gui/party_list.py)."""

from __future__ import annotations

import pytest
from panel_data import w
from PySide6.QtWidgets import QComboBox

from samenwerk_desktop.core.model import Party
from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
from samenwerk_desktop.gui.party_list import party_list

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, wijk_doc):
    widget = AgreementsPanel(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def entries(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_model_passes_the_model_tester_filled_and_empty(qtmodeltester, wijk_doc, leeg_doc):
    for doc in (wijk_doc, leeg_doc):
        qtmodeltester.check(party_list(doc, (("— geen —", None),)))


def test_the_model_passes_the_model_tester_through_a_rename_an_add_and_a_delete(qtmodeltester, wijk_doc):
    model = party_list(wijk_doc, (("— geen —", None),))
    first = wijk_doc.data.parties[0].id
    wijk_doc.apply("naam", lambda p: p.update("party", first, name="Hernoemd"))
    wijk_doc.apply("nieuw", lambda p: p.add(Party(name="Aaa nieuw")))
    wijk_doc.apply("weg", lambda p: p.delete("party", [first]))
    qtmodeltester.check(model)
    assert model.values() == [None] + [p.id for p in wijk_doc.data.parties]


def test_every_box_with_the_same_leading_rows_shares_one_model(panel):
    owner = w(panel, QComboBox, "agreementOwner")
    lead = w(panel, QComboBox, "groupLead")
    filters = {s.party_filter.model() for s in panel.sections.values()}
    assert owner.model() is lead.model()
    assert len(filters) == 1 and owner.model() not in filters


def test_the_boxes_show_what_they_showed_before(panel):
    names = [p.name for p in panel._doc.data.parties]
    assert entries(w(panel, QComboBox, "agreementOwner")) == ["— geen —", *names]
    assert entries(w(panel, QComboBox, "dilemmaParty")) == names
    assert entries(panel.sections["agreement"].party_filter) == ["Alle partijen", "Gekozen partij(en)", *names]


def test_a_rename_reaches_every_box_and_the_filter_keeps_its_party(panel):
    doc = panel._doc
    section = panel.sections["agreement"]
    pid = doc.data.parties[1].id
    section.party_filter.setCurrentIndex(section.party_filter.findData(pid))
    doc.apply("naam", lambda p: p.update("party", pid, name="Nieuwe naam"))
    assert section.party_filter.currentData() == pid
    assert section.party_filter.currentText() == "Nieuwe naam"
    assert "Nieuwe naam" in entries(w(panel, QComboBox, "agreementOwner"))


def test_a_party_added_keeps_the_filter_on_its_party(panel):
    doc = panel._doc
    section = panel.sections["dilemma"]
    pid = doc.data.parties[-1].id
    section.party_filter.setCurrentIndex(section.party_filter.findData(pid))
    doc.apply("nieuw", lambda p: p.add(Party(name="Aaa eerste", sort_order=-1)))
    assert section.party_filter.currentData() == pid
    assert "Aaa eerste" in entries(section.party_filter)


def test_a_filter_whose_party_is_deleted_shows_every_party_again(panel):
    doc = panel._doc
    section = panel.sections["agreement"]
    pid = doc.data.parties[0].id
    section.party_filter.setCurrentIndex(section.party_filter.findData(pid))
    doc.apply("weg", lambda p: p.delete("party", [pid]))
    assert section.party_filter.currentText() == "Alle partijen"
    assert section.model.rowCount() == len(doc.data.agreements)


def test_the_owner_box_shows_the_chosen_agreements_owner(panel):
    doc = panel._doc
    section = panel.sections["agreement"]
    owned = next(a for a in doc.data.agreements if a.owner_party_id is not None)
    section.select(owned.id)
    owner = w(panel, QComboBox, "agreementOwner")
    assert owner.currentData() == owned.owner_party_id
    assert owner.currentText() == doc.data.get("party", owned.owner_party_id).name
