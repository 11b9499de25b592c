"""A meeting that was run, on paper: the meeting report of the demo's last meeting and the one-page agenda PDF."""

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from samenwerk_desktop.core import interchange
from samenwerk_desktop.core.model import Party
from samenwerk_desktop.reports import pdf
from samenwerk_desktop.reports.agenda_pdf import agenda_pdf, one_line

DEMO_JSON = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"
TODAY = date(2026, 11, 26)


def text_of(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


@pytest.fixture(scope="module")
def demo():
    return interchange.read_file(DEMO_JSON)


@pytest.fixture(scope="module")
def last_closed(demo):
    return [m for m in demo.meetings if m.status == "closed"][-1]


@pytest.fixture(scope="module")
def report_text(demo, last_closed, tmp_path_factory):
    out = tmp_path_factory.mktemp("verslag") / "verslag.pdf"
    pdf.meeting_report(demo, last_closed.id, out, today=TODAY, invariant=True)
    return text_of(out)[1]


def test_the_meeting_report_holds_exactly_that_meetings_decisions_and_agreements(demo, last_closed, report_text):
    own = report_text.split("Opvolging: terug aan tafel")[0]  # the follow-ups at the end name any meeting's
    for d in demo.decisions:
        assert (d.title in own) == (d.meeting_id == last_closed.id), d.title
    for a in demo.agreements:
        assert (a.text[:60] in own) == (a.meeting_id == last_closed.id), a.text


def test_the_meeting_report_ends_with_the_follow_ups_of_its_day(report_text):
    follow_ups = " ".join(report_text.split("Opvolging: terug aan tafel")[1].split())
    assert "Actiepunt ‘Eerste bewonersavond over het warmtetarief organiseren’ (Bewonersvereniging Oeverwijk) " \
           "moest uiterlijk 20 november 2026 klaar zijn." in follow_ups
    assert "wacht nog op bekrachtiging door Waterschap" not in follow_ups  # a postponed decision awaits no board


def test_the_meeting_report_lists_attendance_with_the_proxy(report_text):
    assert "Aanwezigheid" in report_text
    assert "Vertegenwoordigd (1): Hogeschool Maasdelta, Kenniscentrum Energie door Provincie Rijnmaasland" in report_text
    assert "Gemeente Maasoever (Ilse van Dongen)" in report_text  # who spoke for a party present


def test_the_meeting_report_has_the_agenda_with_clock_times(report_text):
    assert "14:00–14:10 Terugblik op de actiepunten" in report_text


def test_the_meeting_report_shows_each_round_with_the_objection_and_its_amendment(report_text):
    assert "Ronde 1 · Consent" in report_text and "Ronde 2 · Consent" in report_text
    assert "Bezwaar: Waterschap De Stroomlanden (Meike Hoogland): De studie zegt niets over de effecten" in report_text
    assert "Opgelost door amendement:" in report_text
    assert "Voorgestelde uitkomst: Aangenomen · Bevestigd: Aangenomen" in report_text
    assert "Voor (3): Gemeente Maasoever (Ilse van Dongen, gewicht 2)" in report_text  # a vote shows the weights
    assert "Oneens (1): Natuurvereniging Groene Uiterwaarden (Lotte Veenstra) — Het tracé doorsnijdt" in report_text


def test_the_meeting_report_shows_carried_over_actions_and_parking_items(report_text):
    assert "doorgeschoven naar 21-01-2027" in report_text
    assert "Aquathermie uit de Maas als tweede warmtebron" in report_text


@pytest.fixture(scope="module")
def agenda(demo, tmp_path_factory):
    planned = next(m for m in demo.meetings if m.status == "planned")
    out = tmp_path_factory.mktemp("agenda") / "agenda.pdf"
    pages = agenda_pdf(demo, planned.id, out, today=TODAY, invariant=True)
    return pages, text_of(out)


def test_the_agenda_is_one_page_with_title_date_place_and_clock_times(agenda):
    pages, (read_pages, text) = agenda
    assert pages == read_pages == 1
    assert "Derde stuurgroep" in text and "21 januari 2027 · Aanvang 14:00 · Gemeentehuis Maasoever" in text
    assert "14:10–14:50 Uitkomst ecologische quickscan tracé Waterschap De Stroomlanden" in text


def test_the_agenda_lists_open_follow_ups_from_earlier_meetings(agenda):
    text = agenda[1][1]
    assert "Open punten uit eerdere overleggen" in text
    assert "Actie: Ecologische quickscan" in text and "Parkeerplaats: Aquathermie uit de Maas" in text
    assert "Wacht op bekrachtiging door Bewonersvereniging Oeverwijk" in text


def test_the_agenda_never_shows_a_private_note(tmp_path):
    demo = interchange.read_file(DEMO_JSON)
    demo.entities["party"][1] = Party(id=1, name="Gemeente Maasoever", private_note="GEHEIM-AGENDA")
    out = tmp_path / "agenda.pdf"
    agenda_pdf(demo, 3, out, today=TODAY)
    assert "GEHEIM" not in text_of(out)[1]


@pytest.mark.parametrize(("text", "line"), [
    ("Samen de wijk. Daarna meer.", "Samen de wijk."),
    ("Eén zin zonder punt", "Eén zin zonder punt"),
    ("x" * 200, "x" * 159 + "…"),
])
def test_the_challenge_goes_on_one_line(text, line):
    assert one_line(text) == line
