"""Arabic party names in the PDF: shaped, in reading order, and extracted by pypdf as the name."""

import re
import unicodedata
from datetime import date

import pypdf
import pytest

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import Collaboration, Party, Relation
from samenwerk_desktop.reports import pdf
from samenwerk_desktop.reports.common import display_order, shaping_available

NAMES = ["جمعية سكان الحي", "بلدية روتردام الشرقية"]


def extracted(path) -> str:
    """The PDF's text as pypdf gives it, compared as search tools compare: presentation forms and
    ligatures folded to their letters (NFKC)."""
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("line, expected", [
    ("جمعية سكان الحي", "الحي سكان جمعية"),
    ("Partij: جمعية سكان الحي (Oost)", "Partij: الحي سكان جمعية (Oost)"),
    ("Oost en West", "Oost en West"),
    ("een بلدية en مرحبا بالعالم", "een بلدية en بالعالم مرحبا"),
])
def test_runs_of_right_to_left_words_are_laid_out_last_word_first(line, expected):
    assert display_order(line) == expected


@pytest.mark.skipif(not shaping_available(), reason="uharfbuzz is not installed")
def test_pypdf_extracts_an_arabic_party_name_as_the_name(tmp_path):
    data = CollaborationData(collaboration=Collaboration(title="Wijk"))
    for i, name in enumerate(NAMES, 1):
        data.entities["party"][i] = Party(id=i, name=name, x=i * 200.0)
    data.entities["relation"][1] = Relation(id=1, source_id=1, target_id=2, type="coalition")
    out = tmp_path / "rtl.pdf"
    pdf.collaboration_report(data, out, today=date(2026, 6, 1))
    text = extracted(out)
    for name in NAMES:
        assert name in text
    assert " ".join(reversed(NAMES[0].split())) not in text  # not read back to front


def _map_pdf(tmp_path, names) -> str:
    """Only the map's drawing on a page (no table repeats the names), as pypdf extracts it."""
    from reportlab.platypus import SimpleDocTemplate

    from samenwerk_desktop.reports import mapdraw

    data = CollaborationData(collaboration=Collaboration(title="Wijk"))
    for i, name in enumerate(names, 1):
        data.entities["party"][i] = Party(id=i, name=name, x=i * 300.0, y=0.0)
    out = tmp_path / "map.pdf"
    SimpleDocTemplate(str(out), invariant=1).build([mapdraw.map_drawing(data, "nl", 450, 300, legend=False)])
    return extracted(out)


@pytest.mark.skipif(not shaping_available(), reason="uharfbuzz is not installed")
def test_an_arabic_party_name_drawn_on_the_pdf_map_is_extracted_as_the_name(tmp_path):
    names = [NAMES[0], "بلدية روتردام"]  # short enough to keep their whole name on the map
    text = _map_pdf(tmp_path, names)
    for name in names:
        assert name in text
        assert " ".join(reversed(name.split())) not in text  # not read back to front


def test_a_latin_party_name_on_the_pdf_map_is_drawn_as_before(tmp_path):
    assert "Gemeente Oost" in _map_pdf(tmp_path, ["Gemeente Oost", "Waterschap"])
