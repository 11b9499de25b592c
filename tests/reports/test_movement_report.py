"""The collaboration report's development of the field of forces and its collaboration check, read back with pypdf."""

import re
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from samenwerk_desktop.core import interchange, movement, storage
from samenwerk_desktop.core.model import Collaboration, Party
from samenwerk_desktop.core.session import Session
from samenwerk_desktop.reports import pdf

DEMO_JSON = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"
TODAY = date(2026, 11, 26)


def text_of(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


@pytest.fixture(scope="module")
def demo():
    return interchange.read_file(DEMO_JSON)


@pytest.fixture(scope="module", params=["nl", "en"])
def report(demo, tmp_path_factory, request):
    out = tmp_path_factory.mktemp("rapport") / "rapport.pdf"
    pdf.collaboration_report(demo, out, lang=request.param, today=TODAY, invariant=True)
    return request.param, text_of(out)


def test_the_section_compares_the_last_two_states(report):
    lang, text = report
    expected = {"nl": "Ontwikkeling van het krachtenveld Na Startbijeenkomst stuurgroep (18 juni 2026) vergeleken met "
                      "Na Tweede stuurgroep (8 oktober 2026).",
                "en": "Development of the field of forces Na Startbijeenkomst stuurgroep (18 June 2026) compared with "
                      "Na Tweede stuurgroep (8 October 2026)."}[lang]
    assert expected in text


def test_the_section_lists_each_move_with_its_reason_and_link(report):
    lang, text = report
    stance = {"nl": "Standpunt −2 → −1", "en": "Stance −2 → −1"}[lang]
    assert f"Gemeente Heuvelland-Oost {stance}" in text
    assert "De verdeling van de aansluitkosten nam de grootste zorg van de raad weg." in text
    assert {"nl": "besluit: Aansluitkosten particulieren", "en": "decision: Aansluitkosten particulieren"}[lang] in text


def test_a_tension_that_became_a_coalition_is_in_the_report(report):
    lang, text = report
    assert {"nl": "Woonstichting Thuis aan de Maas – Papierfabriek Maasdal B.V.: spanning werd coalitie, sterkte 1 → 2",
            "en": "Woonstichting Thuis aan de Maas – Papierfabriek Maasdal B.V.: tension became coalition, strength 1 → 2",
            }[lang] in text


def test_the_latest_check_shows_mean_and_spread_and_names_nobody(report, demo):
    lang, text = report
    check = text[text.rindex({"nl": "Samenwerkingsscan Scan van", "en": "Collaboration check Check of"}[lang]):]
    mean = {"nl": "4,2", "en": "4.2"}[lang]
    assert f"Wat we halen en brengen is in balans. {mean} ⚑ 1–5 10" in check
    assert {"nl": "Verloop per lens over de scans", "en": "Trend per lens over the checks"}[lang] in check
    assert not any(p.name in check for p in demo.parties)


def test_with_one_state_the_report_says_there_is_nothing_to_compare_yet(tmp_path):
    project = storage.Project.create(tmp_path / "een.samenwerk", Collaboration(title="Een stand"))
    project.add(Party(name="Gemeente"))
    session = Session(project)
    for step in movement.capture_steps(session.data, "Begin", datetime(2026, 3, 31, 21)):
        session.run(step)
    pdf.collaboration_report(session.data, tmp_path / "r.pdf", today=TODAY, invariant=True)
    project.close()
    text = text_of(tmp_path / "r.pdf")
    assert ("Ontwikkeling van het krachtenveld Er zijn nog geen twee standen van het krachtenveld vastgelegd om te "
            "vergelijken.") in text
    assert "Samenwerkingsscan Er is nog geen samenwerkingsscan gedaan." in text
