"""The follow-ups at the top of the agreements panel: what they say, where a click goes, how they follow edits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from samenwerk_desktop import cli
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
from samenwerk_desktop.gui.followups_panel import FollowUpsModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: the day of the demo's third meeting: a follow-up of every kind is due
DAY = date(2027, 1, 21)


@pytest.fixture
def demo_doc(qtbot, tmp_path):
    from samenwerk_desktop.gui.document import Document

    document = Document(Project.open(cli.write_demo(tmp_path / "demo.samenwerk")))
    yield document
    if not document.project.closed:
        document.close()


@pytest.fixture
def panel(qtbot, demo_doc):
    widget = AgreementsPanel(demo_doc)
    qtbot.addWidget(widget)
    widget.follow_ups.today = lambda: DAY
    widget.resize(1200, 760)
    widget.show()
    return widget


def lines(panel) -> list[str]:
    model = panel.follow_ups.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_of(panel, start: str) -> int:
    return next(i for i, line in enumerate(lines(panel)) if line.startswith(start))


def test_the_model_passes_the_model_tester_filled_and_empty(qtmodeltester, panel, leeg_doc):
    qtmodeltester.check(panel.follow_ups.model)
    empty = FollowUpsModel(leeg_doc, lambda: DAY)
    assert empty.rowCount() == 0
    qtmodeltester.check(empty)


def test_every_kind_of_follow_up_says_what_and_since_when_then_the_agreements_to_sharpen(panel):
    shown = lines(panel)
    assert shown[0] == ("Werkafspraak ‘Elke partij legt besluiten van de stuurgroep binnen vier weken voor aan het eigen "
                        "bestuur en meldt de uitkomst in de volgende stuurgroep.’ had op 1 september 2026 geëvalueerd moeten "
                        "worden.")
    assert shown[3] == ("Actiepunt ‘Nieuw voorstel kostenverdeling aansluitkosten uitwerken’ (Provincie Rijnmaasland) "
                        "moest uiterlijk 1 december 2026 klaar zijn.")
    assert shown[4] == ("Besluit ‘Gezamenlijke opgave Warm en Droog 2035 vastgesteld’ van 18 juni 2026 wacht nog op "
                        "bekrachtiging door Bewonersvereniging Oeverwijk.")
    assert shown[6:9] == ["Scherp maken: Werkafspraak ‘We delen onze planningen met elkaar.’ heeft geen eigenaar.",
                         "Scherp maken: Werkafspraak ‘We delen onze planningen met elkaar.’ heeft geen evaluatiedatum.",
                         "Scherp maken: Werkafspraak ‘We delen onze planningen met elkaar.’ noemt geen betrokken "
                         "partijen en geen onderdeel."]
    assert panel.follow_ups.header.text() == "Vervolgpunten (6) · scherp maken (3) · niet toegezegd (2)"


def test_needs_not_yet_offered_or_promised_come_last_as_findings(panel):
    assert lines(panel)[9:] == [
        "Bewonersvereniging Oeverwijk heeft van Gemeente Maasoever nodig: Een onafhankelijk aanspreekpunt voor vragen "
        "over het tarief — nog niet toegezegd.",
        "Woonstichting Thuis aan de Maas heeft van Netbeheerder Stroomnet Zuid nodig: Een aansluitdatum per straat "
        "voor de renovatie 2027 — nog niet toegezegd."]


def test_an_open_need_jumps_to_the_party_that_has_it(panel):
    panel.follow_ups.go(panel.follow_ups.model.index(row_of(panel, "Woonstichting Thuis"), 0))
    assert panel.view_state.selected_parties == {6}


def test_an_offer_made_takes_the_need_off_the_list_and_undo_brings_it_back(panel, demo_doc):
    from samenwerk_desktop.core.model import GiveTake

    grid = next(p.id for p in demo_doc.data.parties if p.name == "Netbeheerder Stroomnet Zuid")
    demo_doc.apply("Aanbod", lambda p: p.add(GiveTake(party_id=grid, kind="offer", other_party_id=6,
                                                      text="Aansluitdata per straat in het voorjaar")))
    assert not any(line.startswith("Woonstichting Thuis") for line in lines(panel))
    assert panel.follow_ups.header.text().endswith("niet toegezegd (1)")
    demo_doc.undo_stack.undo()
    assert any(line.startswith("Woonstichting Thuis") for line in lines(panel))


def test_the_list_sits_above_the_tabs(panel):
    assert panel.layout().itemAt(0).widget() is panel.follow_ups
    assert panel.follow_ups.geometry().bottom() < panel.tabs.mapTo(panel, panel.tabs.rect().topLeft()).y()


def test_a_click_on_an_agreement_selects_it_on_its_tab(panel, qtbot):
    view = panel.follow_ups.view
    index = panel.follow_ups.model.index(0, 0)
    with qtbot.waitSignal(panel.follow_ups.jumped) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert signal.args == ["agreement", 2]
    assert panel.tabs.tabText(panel.tabs.currentIndex()) == "Werkafspraken"
    assert panel.sections["agreement"].current() == 2


@pytest.mark.parametrize(("start", "tab", "kind", "id_"), [
    ("Besluit ‘Haalbaarheidsstudie", "Besluiten", "decision", 2),
    ("Scherp maken:", "Werkafspraken", "agreement", 10),
])
def test_enter_on_an_entry_jumps_to_its_item(panel, qtbot, start, tab, kind, id_):
    view = panel.follow_ups.view
    view.setFocus()
    view.setCurrentIndex(panel.follow_ups.model.index(row_of(panel, start), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert panel.tabs.tabText(panel.tabs.currentIndex()) == tab
    assert panel.sections[kind].current() == id_
    assert panel.sections[kind].view.hasFocus()


def test_an_action_item_opens_its_meeting_with_the_action_selected(panel):
    panel.follow_ups.go(panel.follow_ups.model.index(row_of(panel, "Actiepunt ‘Eerste bewonersavond"), 0))
    assert panel.tabs.tabText(panel.tabs.currentIndex()) == "Overleggen"
    assert panel.sections["meeting"].current() == 3
    actions = panel._sub_view["action_item"]
    assert actions.currentIndex().data() == "Eerste bewonersavond over het warmtetarief organiseren"
    assert actions.hasFocus()


def test_a_review_date_moved_into_the_future_removes_the_entry_and_undo_brings_it_back(panel, demo_doc):
    demo_doc.apply("Evaluatiedatum", lambda p: p.update("agreement", 2, review_date="2027-06-01"))
    assert not any(line.startswith("Werkafspraak ‘Elke partij") for line in lines(panel))
    assert panel.follow_ups.header.text() == "Vervolgpunten (5) · scherp maken (3) · niet toegezegd (2)"
    demo_doc.undo_stack.undo()
    assert lines(panel)[0].startswith("Werkafspraak ‘Elke partij")


def test_a_ratification_given_removes_the_decision_entry(panel, demo_doc):
    demo_doc.apply("Bekrachtigen", lambda p: p.update("decision", 1, ratifications={
        pid: "ratified" for pid in demo_doc.data.get("decision", 1).ratifications}))
    assert not any(line.startswith("Besluit ‘Gezamenlijke opgave") for line in lines(panel))


def test_the_day_decides_what_is_due(panel):
    panel.follow_ups.today = lambda: date(2026, 12, 1)
    assert not any("1 december 2026 klaar" in line for line in lines(panel))
    assert panel.follow_ups.header.text() == "Vervolgpunten (5) · scherp maken (3) · niet toegezegd (2)"


def test_without_follow_ups_the_list_hides_and_says_so(qtbot, leeg_doc):
    widget = AgreementsPanel(leeg_doc)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.follow_ups.header.text() == "Geen vervolgpunten"
    assert not widget.follow_ups.view.isVisible()


def test_a_click_on_the_heading_folds_the_list_away_and_back(panel, qtbot):
    qtbot.mouseClick(panel.follow_ups.header, Qt.MouseButton.LeftButton)
    assert not panel.follow_ups.view.isVisible()
    assert panel.follow_ups.header.text() == "Vervolgpunten (6) · scherp maken (3) · niet toegezegd (2)"
    qtbot.mouseClick(panel.follow_ups.header, Qt.MouseButton.LeftButton)
    assert panel.follow_ups.view.isVisible()


def test_a_party_renamed_is_renamed_in_its_entries(panel, demo_doc):
    pid = next(p.id for p in demo_doc.data.parties if p.name == "Provincie Rijnmaasland")
    demo_doc.apply("Naam", lambda p: p.update("party", pid, name="Provincie Zuid"))
    assert lines(panel)[3] == ("Actiepunt ‘Nieuw voorstel kostenverdeling aansluitkosten uitwerken’ (Provincie Zuid) "
                               "moest uiterlijk 1 december 2026 klaar zijn.")


def shown_rows(panel) -> int:
    view = panel.follow_ups.view
    return round((view.height() - 2 * view.frameWidth() - 2) / view.sizeHintForRow(0))


def test_a_low_panel_gives_the_list_one_row_and_the_tabs_the_rest(panel, qtbot):
    assert shown_rows(panel) == 4
    panel.resize(1200, 330)
    qtbot.waitUntil(lambda: shown_rows(panel) == 1)
    assert panel.follow_ups.view.isVisible()
    panel.resize(1200, 760)
    qtbot.waitUntil(lambda: shown_rows(panel) == 4)
