"""Tests of the agreements panel: agreements, decisions, dilemmas, work structure and meetings."""

from __future__ import annotations

import pytest
from panel_data import ids_by_name, reopen, w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from samenwerk_desktop.core.model import Agreement, Party
from samenwerk_desktop.gui.agreements_panel import AgreementsPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, wijk_doc):
    widget = AgreementsPanel(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def texts(section, column: int = 0) -> list[str]:
    m = section.model
    return [m.index(r, column).data() for r in range(m.rowCount())]


def choose_filter(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def open_ratification(table, party_id: int) -> QComboBox:
    """The combo box of ``party_id``'s ratification, opened as a click on its cell opens it (its list not shown)."""
    index = table.model().index(table.model().row_of(party_id), 1)
    table.setCurrentIndex(index)
    table.edit(index)
    return table.indexWidget(index)


def all_models(panel):
    return [s.model for s in panel.sections.values()] + list(panel.sub.values()) + [panel.ratifications]


def test_every_model_passes_the_model_tester_filled_and_empty(qtbot, qtmodeltester, panel, leeg_doc):
    panel.sections["meeting"].select(panel.sections["meeting"].model.id_at(0))
    panel.sections["decision"].select(panel.sections["decision"].model.id_at(0))
    for model in all_models(panel):
        qtmodeltester.check(model)
    empty = AgreementsPanel(leeg_doc)
    qtbot.addWidget(empty)
    for model in all_models(empty):
        assert model.rowCount() == 0
        qtmodeltester.check(model)


def test_names_tabs_and_accessible_names(panel):
    assert panel.objectName() == "agreementsPanel"
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "Werkafspraken", "Besluiten", "Dilemma's", "Werkstructuur", "Overleggen"]
    for cls in (QLineEdit, QPlainTextEdit, QComboBox, QListWidget, QPushButton):
        for control in panel.findChildren(cls):
            if not control.objectName().startswith("qt_"):
                assert control.accessibleName() or control.text(), control.objectName()


def test_status_changes_in_one_click_and_is_in_the_file(panel):
    doc = panel._doc
    s = panel.sections["agreement"]
    aid = ids_by_name(doc, "agreement", "text")["Bewoners krijgen elke maand een nieuwsbrief"]
    s.select(aid)
    steps = doc.undo_stack.count()
    w(panel, QPushButton, "doneButton").click()
    assert doc.data.get("agreement", aid).status == "done"
    assert doc.undo_stack.count() == steps + 1
    assert s.model.index(s.model.row_of(aid), 2).data() == "Uitgevoerd"
    assert w(panel, QComboBox, "agreementStatus").currentData() == "done"
    w(panel, QPushButton, "droppedButton").click()
    data = reopen(doc)
    assert data.get("agreement", aid).status == "dropped"


def test_an_overdue_agreement_is_marked_with_colour_icon_and_text(panel):
    doc = panel._doc
    s = panel.sections["agreement"]
    doc.apply("nieuw", lambda p: p.add(Agreement(text="Oude afspraak", status="agreed", review_date="2000-01-01")))
    doc.apply("nieuw", lambda p: p.add(Agreement(text="Verre afspraak", status="agreed", review_date="2999-01-01")))
    doc.apply("nieuw", lambda p: p.add(Agreement(text="Klaar", status="done", review_date="2000-01-01")))
    ids = ids_by_name(doc, "agreement", "text")
    m = s.model
    old, far, done = m.row_of(ids["Oude afspraak"]), m.row_of(ids["Verre afspraak"]), m.row_of(ids["Klaar"])
    assert m.index(old, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert m.index(old, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "evaluatie te laat" in m.index(old, 3).data()
    for row in (far, done):
        assert m.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is None
        assert "te laat" not in m.index(row, 3).data()
    s.select(ids["Oude afspraak"])
    assert "evaluatiedatum (2000-01-01) is voorbij" in panel.overdue_label.text()
    s.select(ids["Verre afspraak"])
    assert panel.overdue_label.text() == ""


def test_agreement_filters_by_status_and_party(panel):
    doc = panel._doc
    s = panel.sections["agreement"]
    assert len(texts(s)) == 3
    choose_filter(s.status_filter, "agreed")
    assert texts(s) == ["We delen data over netcapaciteit binnen twee weken"]
    choose_filter(s.status_filter, None)
    bv = ids_by_name(doc, "party")["Bewonersvereniging Noorderpolder"]
    choose_filter(s.party_filter, bv)
    assert texts(s) == ["Bewoners krijgen elke maand een nieuwsbrief"]
    choose_filter(s.party_filter, "selected")
    assert texts(s) == []
    panel.view_state.set_selection({ids_by_name(doc, "party")["Liander"]})
    assert texts(s) == ["We delen data over netcapaciteit binnen twee weken"]


def test_selecting_a_party_highlights_its_agreements_and_dilemmas(panel):
    doc = panel._doc
    wdp = ids_by_name(doc, "party")["Woonstichting De Polder"]
    panel.view_state.set_selection({wdp})
    a = panel.sections["agreement"].model
    bold = [bool(a.index(r, 0).data(Qt.ItemDataRole.FontRole)) for r in range(a.rowCount())]
    assert bold == [False, False, True]
    d = panel.sections["dilemma"].model
    assert [bool(d.index(r, 0).data(Qt.ItemDataRole.FontRole)) for r in range(d.rowCount())] == [True, False]
    assert d.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_new_agreement_detail_edits_and_parties_are_picked(qtbot, panel):
    doc = panel._doc
    s = panel.sections["agreement"]
    w(panel, QPushButton, "agreementAddButton").click()
    aid = s.current()
    assert doc.data.get("agreement", aid).text == "Nieuwe afspraak"
    text = w(panel, QPlainTextEdit, "agreementText")
    text.setPlainText("Elke partij levert één contactpersoon & <vervanger> 🌱")
    text.setFocus()
    w(panel, QLineEdit, "agreementCategory").setFocus()
    qtbot.waitUntil(lambda: doc.data.get("agreement", aid).text.startswith("Elke partij"))
    review = w(panel, QLineEdit, "agreementReviewDate")
    review.setText("31-02-2026")
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        review.editingFinished.emit()
    assert "datum" in blocker.args[0]
    assert review.text() == ""
    review.setText("31-3-2026")  # as people write dates in the Netherlands
    review.editingFinished.emit()
    assert review.text() == "31-3-2026"  # shown as typed; the file holds 2026-03-31
    owner = w(panel, QComboBox, "agreementOwner")
    liander = ids_by_name(doc, "party")["Liander"]
    owner.setCurrentIndex(owner.findData(liander))
    owner.activated.emit(owner.currentIndex())
    parties = w(panel, QListWidget, "agreementParties")
    for i in range(parties.count()):
        if parties.item(i).data(Qt.ItemDataRole.UserRole + 1) in (liander,):
            parties.item(i).setCheckState(Qt.CheckState.Checked)
    work = w(panel, QComboBox, "agreementWorkItem")
    work.setCurrentIndex(2)
    work.activated.emit(2)
    data = reopen(doc)
    a = data.get("agreement", aid)
    assert (a.text, a.review_date, a.owner_party_id, a.party_ids) == (
        "Elke partij levert één contactpersoon & <vervanger> 🌱", "2026-03-31", liander, [liander])
    assert a.work_item_id == data.work_items[1].id


def test_delete_and_undo_an_agreement(panel):
    doc = panel._doc
    s = panel.sections["agreement"]
    s.select(s.model.id_at(0))
    w(panel, QPushButton, "agreementDeleteButton").click()
    assert s.model.rowCount() == 2
    doc.undo_stack.undo()
    assert s.model.rowCount() == 3


def test_decision_rule_outcome_and_ratification_per_party(panel):
    doc = panel._doc
    s = panel.sections["decision"]
    did = s.model.id_at(0)
    s.select(did)
    assert s.model.index(0, 4).data() == "1 van 3, 1 afgewezen · wacht op: Prov"  # whose board it awaits
    table = panel.ratification_table
    assert table.model().rowCount() == 7
    prov = ids_by_name(doc, "party")["Provincie Noord-Holland"]
    combo = open_ratification(table, prov)
    assert combo.accessibleName() == "Bekrachtiging door Provincie Noord-Holland"
    combo.setCurrentIndex(combo.findData("ratified"))
    combo.activated.emit(combo.currentIndex())
    assert doc.data.get("decision", did).ratifications[prov] == "ratified"
    outcome = w(panel, QComboBox, "decisionOutcome")
    outcome.setCurrentIndex(outcome.findData("postponed"))
    outcome.activated.emit(outcome.currentIndex())
    rule = w(panel, QComboBox, "decisionRule")
    rule.setCurrentIndex(rule.findData("majority"))
    rule.activated.emit(rule.currentIndex())
    choose_filter(s.status_filter, "adopted")
    assert s.model.rowCount() == 0
    choose_filter(s.status_filter, "postponed")
    assert s.model.rowCount() == 1
    data = reopen(doc)
    d = data.get("decision", did)
    assert (d.outcome, d.rule, d.ratifications[prov]) == ("postponed", "majority", "ratified")


def test_new_decision_uses_the_default_rule(panel):
    doc = panel._doc
    combo = w(panel, QComboBox, "defaultRuleCombo")
    combo.setCurrentIndex(combo.findData("lead_after_consultation"))
    combo.activated.emit(combo.currentIndex())
    assert doc.data.collaboration.default_decision_rule == "lead_after_consultation"
    w(panel, QPushButton, "decisionAddButton").click()
    d = doc.data.get("decision", panel.sections["decision"].current())
    assert d.rule == "lead_after_consultation"


def test_dilemma_fields_and_filters(qtbot, panel):
    doc = panel._doc
    s = panel.sections["dilemma"]
    assert texts(s, 1) == ["WDP", "Prov"]
    choose_filter(s.status_filter, "resolved")
    assert texts(s) == ["Provinciaal budget"]
    choose_filter(s.status_filter, None)
    s.select(ids_by_name(doc, "dilemma", "title")["Huurverhoging na isolatie"])
    strategy = w(panel, QComboBox, "dilemmaStrategy")
    strategy.setCurrentIndex(strategy.findData("form_coalition"))
    strategy.activated.emit(strategy.currentIndex())
    resolution = w(panel, QPlainTextEdit, "dilemmaResolution")
    resolution.setPlainText("Samen met de gemeente subsidie aanvragen")
    resolution.setFocus()
    w(panel, QLineEdit, "dilemmaTitle").setFocus()
    did = s.current()
    qtbot.waitUntil(lambda: doc.data.get("dilemma", did).resolution.startswith("Samen"))
    assert doc.data.get("dilemma", did).strategy == "form_coalition"
    assert s.model.index(s.model.row_of(did), 2).data() == "Coalitie vormen"


def test_dilemma_needs_a_party(qtbot, leeg_doc):
    panel = AgreementsPanel(leeg_doc)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(leeg_doc.errorOccurred):
        w(panel, QPushButton, "dilemmaAddButton").click()
    leeg_doc.apply("p", lambda p: p.add(Party(name="Provincie")))
    w(panel, QPushButton, "dilemmaAddButton").click()
    assert len(leeg_doc.data.dilemmas) == 1


def test_work_structure_groups(panel):
    doc = panel._doc
    s = panel.sections["working_group"]
    assert texts(s) == ["Werkgroep Techniek", "Stuurgroep"]
    assert texts(s, 5) == ["3", "2"]
    w(panel, QPushButton, "groupAddButton").click()
    gid = s.current()
    name = w(panel, QLineEdit, "groupName")
    name.setText("Scrumteam warmte")
    name.editingFinished.emit()
    form = w(panel, QComboBox, "groupForm")
    form.setCurrentIndex(form.findData("scrum"))
    form.activated.emit(form.currentIndex())
    lead = w(panel, QComboBox, "groupLead")
    lead.setCurrentIndex(lead.findData(ids_by_name(doc, "party")["Liander"]))
    lead.activated.emit(lead.currentIndex())
    cadence = w(panel, QLineEdit, "groupCadence")
    cadence.setText("dagelijks 15 minuten")
    cadence.editingFinished.emit()
    data = reopen(doc)
    g = data.get("working_group", gid)
    assert (g.name, g.form, g.cadence) == ("Scrumteam warmte", "scrum", "dagelijks 15 minuten")
    assert g.lead_party_id == [p.id for p in data.parties if p.name == "Liander"][0]


def test_meetings_with_attendees_agenda_actions_and_parking(qtbot, qtmodeltester, panel):
    doc = panel._doc
    s = panel.sections["meeting"]
    s.select(s.model.id_at(0))
    mid = s.current()
    assert texts(s, 1) == ["Startbijeenkomst"]
    assert panel.sub["agenda_item"].rowCount() == 2
    assert panel.agenda_total.text() == "Totaal: 65 minuten"
    for kind in ("agenda_item", "action_item", "parking_item"):
        before = panel.sub[kind].rowCount()
        panel._add_child(kind)
        assert panel.sub[kind].rowCount() == before + 1
        qtmodeltester.check(panel.sub[kind])
    agenda = panel.sub["agenda_item"]
    assert agenda.setData(agenda.index(2, 1), 30)
    assert panel.agenda_total.text() == "Totaal: 95 minuten"
    nm = ids_by_name(doc, "party")["Natuurmonumenten"]
    assert agenda.setData(agenda.index(2, 2), nm)
    assert agenda.index(2, 2).data() == "Natuurmonumenten"
    actions = panel.sub["action_item"]
    assert actions.setData(actions.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert actions.setData(actions.index(1, 2), "1/4/2026")
    parking = panel.sub["parking_item"]
    assert parking.setData(parking.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    attendees = w(panel, QListWidget, "meetingAttendees")
    attendees.item(6).setCheckState(Qt.CheckState.Checked)
    assert nm in doc.data.get("meeting", mid).attendee_ids
    choose_filter(s.party_filter, nm)
    assert s.model.rowCount() == 1
    panel._sub_view["parking_item"].selectRow(1)
    panel._remove_children("parking_item")
    data = reopen(doc)
    assert [a.minutes for a in data.agenda_of(mid)] == [20, 45, 30]
    assert data.agenda_of(mid)[2].owner_party_id == nm
    assert [a.status for a in data.actions_of(mid)] == ["done", "open"]
    assert data.actions_of(mid)[1].due_date == "2026-04-01"
    assert [p.resolved for p in data.parking_of(mid)] == [True]


def test_a_new_meeting_gets_today_and_no_attendees_from_the_maps_selection(panel):
    doc = panel._doc
    gem = ids_by_name(doc, "party")["Gemeente Waterland"]
    panel.view_state.set_selection({gem})
    w(panel, QPushButton, "meetingAddButton").click()
    m = doc.data.get("meeting", panel.sections["meeting"].current())
    assert m.date == panel.today().isoformat() and m.attendee_ids == []
    assert panel.sub["agenda_item"].rowCount() == 0


def test_party_changes_refresh_names_and_filters(panel):
    doc = panel._doc
    liander = ids_by_name(doc, "party")["Liander"]
    doc.apply("naam", lambda p: p.update("party", liander, short_name="Alliander"))
    assert "Alliander" in texts(panel.sections["agreement"], 1)
    doc.apply("nieuw", lambda p: p.add(Party(name="Energiecoöperatie Zon")))
    combo = panel.sections["agreement"].party_filter
    assert "Energiecoöperatie Zon" in [combo.itemText(i) for i in range(combo.count())]


def test_the_panels_speak_english_with_the_english_translation(qtbot, qapp, wijk_doc):
    from samenwerk_desktop.core import i18n
    from samenwerk_desktop.gui import translator as translators
    from samenwerk_desktop.gui.inspector import PartyInspector
    from samenwerk_desktop.gui.raci_editor import RaciEditor

    translator = translators.ours("en")
    qapp.installTranslator(translator)
    i18n.set_language("en")
    try:
        panel = AgreementsPanel(wijk_doc)
        raci = RaciEditor(wijk_doc)
        inspector = PartyInspector(wijk_doc)
        for widget in (panel, raci, inspector):
            qtbot.addWidget(widget)
        assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
            "Agreements", "Decisions", "Dilemmas", "Work structure", "Meetings"]
        assert w(panel, QPushButton, "doneButton").text() == "Done"
        assert panel.sections["agreement"].model.headerData(1, Qt.Orientation.Horizontal) == "Owner"
        assert w(panel, QComboBox, "agreementStatus").itemText(1) == "Agreed"
        assert raci.add_item_action.text() == "Add work item"
        assert raci.legend.text().startswith("A = accountable, R = responsible")
        assert raci.model.headerData(7, Qt.Orientation.Vertical) == "No working group"
        assert "Choose a party" in inspector.empty_label.text()
    finally:
        qapp.removeTranslator(translator)


def test_the_panels_fit_in_a_narrow_window(qtbot, wijk_doc):
    from samenwerk_desktop.gui.inspector import PartyInspector
    from samenwerk_desktop.gui.raci_editor import RaciEditor

    panel = AgreementsPanel(wijk_doc)
    raci = RaciEditor(wijk_doc)
    inspector = PartyInspector(wijk_doc)
    for widget in (panel, raci, inspector):
        qtbot.addWidget(widget)
        assert widget.minimumSizeHint().width() <= 620, type(widget).__name__
    panel.resize(600, 700)
    panel.show()
    assert panel.sections["agreement"].splitter.orientation() == Qt.Orientation.Vertical
    panel.resize(1300, 700)
    assert panel.sections["agreement"].splitter.orientation() == Qt.Orientation.Horizontal


def test_a_meeting_lists_the_agreements_and_decisions_made_there(panel):
    doc = panel._doc
    s = panel.sections["meeting"]
    s.select(s.model.id_at(0))
    text = panel.meeting_outcomes.text()
    assert "Afspraak: We delen data over netcapaciteit binnen twee weken" in text
    assert "Besluit: Wijkaanpak vastgesteld (Aangenomen)" in text
    aid = ids_by_name(doc, "agreement", "text")["We delen data over netcapaciteit binnen twee weken"]
    doc.apply("los", lambda p: p.update("agreement", aid, meeting_id=None))
    assert "netcapaciteit" not in panel.meeting_outcomes.text()


def test_the_delete_key_on_a_list_deletes_the_chosen_rows(qtbot, panel):
    doc = panel._doc
    s = panel.sections["dilemma"]
    panel.tabs.setCurrentIndex(2)
    s.select(s.model.id_at(0))
    s.view.setFocus()
    qtbot.waitUntil(s.view.hasFocus)
    qtbot.keyClick(s.view, Qt.Key.Key_Delete)
    assert len(doc.data.dilemmas) == 1
    doc.undo_stack.undo()
    assert len(doc.data.dilemmas) == 2


def test_cell_editors_of_the_meeting_tables_are_named_and_commit(qtbot, panel):
    from PySide6.QtWidgets import QAbstractItemDelegate, QSpinBox

    s = panel.sections["meeting"]
    s.select(s.model.id_at(0))
    view = panel._sub_view["agenda_item"]
    model = panel.sub["agenda_item"]
    for column, cls, name in ((1, QSpinBox, "Minuten"), (2, QComboBox, "Inbreng door")):
        index = model.index(1, column)
        view.setCurrentIndex(index)
        view.edit(index)
        qtbot.waitUntil(lambda cls=cls: view.findChild(cls) is not None)
        editor = view.findChild(cls)
        assert editor.accessibleName() == name
        if cls is QSpinBox:
            editor.setValue(50)
        else:
            editor.setCurrentIndex(editor.findData(ids_by_name(panel._doc, "party")["Liander"]))
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    item = panel._doc.data.agenda_of(s.current())[1]
    assert (item.minutes, panel._doc.data.party_name(item.owner_party_id)) == (50, "Liander")


@pytest.mark.parametrize(("typed", "stored"), [
    ("2026-03-31", "2026-03-31"), ("31-3-2026", "2026-03-31"), ("31/03/2026", "2026-03-31"),
    ("1.4.2026", "2026-04-01"), ("2026-4-1", "2026-04-01"), (" 29-02-2028 ", "2028-02-29"),
    ("29-02-2026", "29-02-2026"), ("morgen", "morgen"), ("", ""), ("03-31-2026", "03-31-2026"),
])
def test_dates_typed_the_dutch_way_become_iso(typed, stored):
    from samenwerk_desktop.gui.panel_common import normalise_date

    assert normalise_date(typed) == stored


@pytest.mark.parametrize(("kind", "column", "value", "label"), [
    ("agreement", 2, "lapsed", "Verlopen"), ("decision", 3, "rejected", "Verworpen"),
    ("dilemma", 3, "in_progress", "In behandeling"),
])
def test_status_can_be_chosen_in_the_row_itself(panel, kind, column, value, label):
    s = panel.sections[kind]
    m = s.model
    assert m.flags(m.index(0, column)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    choices = m.index(0, column).data(Qt.ItemDataRole.UserRole + 2)
    assert (label, value) in choices
    assert m.setData(m.index(0, column), value)
    assert m.index(0, column).data() == label
    assert getattr(panel._doc.data.get(kind, m.id_at(0)), "outcome" if kind == "decision" else "status") == value


def test_an_impossible_date_is_refused_by_its_label_and_the_typed_text_is_quoted(qtbot, panel):
    doc = panel._doc
    w(panel, QPushButton, "agreementAddButton").click()
    aid = panel.sections["agreement"].current()
    review = w(panel, QLineEdit, "agreementReviewDate")
    review.setText("2025-02-30")
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        review.editingFinished.emit()
    sentence = blocker.args[0]
    assert sentence.startswith("Evaluatiedatum: ")  # the label on the screen, not a path in the file
    assert "agreements[" not in sentence and "review_date" not in sentence
    assert "2025-02-30" in sentence  # what was typed is not lost
    assert doc.data.get("agreement", aid).review_date == ""
    assert review.text() == ""


def test_columns_grow_with_a_larger_type_from_a_style_sheet(qtbot, panel):
    view = panel.sections["agreement"].view
    header = view.horizontalHeader()
    panel.resize(2600, 800)  # a wide screen: room enough for every column at the larger type
    panel.show()
    qtbot.waitExposed(panel)
    review = next(c for c in range(header.count())
                  if view.model().headerData(c, Qt.Orientation.Horizontal) == "Evaluatie")
    before = header.sectionSize(review)
    assert view.fontMetrics().horizontalAdvance("2026-09-01") < before
    panel.setStyleSheet("QWidget { font-size: 26pt; }")
    qtbot.waitUntil(lambda: header.sectionSize(review) > before)
    assert view.fontMetrics().horizontalAdvance("2026-09-01") < header.sectionSize(review)  # a date stays whole
    panel.setStyleSheet("")
    qtbot.waitUntil(lambda: abs(header.sectionSize(review) - before) <= 2)  # and back


def test_too_many_minutes_in_the_agenda_are_refused_by_the_column_label(qtbot, panel):
    doc = panel._doc
    s = panel.sections["meeting"]
    s.select(s.model.id_at(0))
    agenda = panel.sub["agenda_item"]
    before = agenda.index(0, 1).data()
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        assert not agenda.setData(agenda.index(0, 1), 999)
    assert blocker.args[0].startswith("Minuten: ")
    assert "agenda_items[" not in blocker.args[0] and "999" in blocker.args[0]
    assert agenda.index(0, 1).data() == before


def test_larger_type_leaves_the_agreement_column_room_to_be_read(qtbot, panel):
    view = panel.sections["agreement"].view
    header = view.horizontalHeader()
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    others = [header.sectionSize(c) for c in range(1, header.count())]
    panel.setStyleSheet("QWidget { font-size: 30pt; }")
    qtbot.waitUntil(lambda: header.sectionSize(1) > others[0])  # the columns followed the type
    assert header.sectionSize(0) >= 0.35 * view.viewport().width()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= view.viewport().width() + 2  # no scrolling
    for column, normal in zip(range(1, header.count()), others, strict=True):
        assert header.sectionSize(column) >= normal  # the others never shrink below their normal width
