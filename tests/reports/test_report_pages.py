"""Where things land in the collaboration report: the contents' page numbers, and the map pages."""

import re
from datetime import date

import pypdf
import pytest

from samenwerk_desktop.core import interchange
from samenwerk_desktop.paths import resource
from samenwerk_desktop.reports import pdf

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-report")
    out = folder / "demo.pdf"
    pdf.collaboration_report(interchange.read_file(resource("demo", "demo.json")), out, today=TODAY)
    reader = pypdf.PdfReader(str(out))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def contents_entries(pages) -> list[tuple[str, int]]:
    """(section title, page number) as the contents page prints them."""
    toc = next(p for p in pages if " Inhoud " in f" {p} ")
    body = toc.split("Inhoud", 1)[1]
    return [(title.strip(), int(page)) for title, page in re.findall(r"([A-Za-zÀ-ÿ() ]+?)\s*(?:\. )+\.?\s*(\d+)", body)]


def test_every_contents_entry_names_the_page_its_section_starts_on(demo_report):
    entries = contents_entries(demo_report)
    toc_page = next(i for i, p in enumerate(demo_report, 1) if " Inhoud " in f" {p} ")
    assert entries and entries[0][0] == "De collectieve opgave"
    for title, page in entries:
        assert page != toc_page and title in demo_report[page - 1], (title, page)


def test_the_first_section_is_on_the_page_after_the_contents(demo_report):
    entries = dict(contents_entries(demo_report))
    toc_page = next(i for i, p in enumerate(demo_report, 1) if " Inhoud " in f" {p} ")
    assert entries["De collectieve opgave"] == toc_page + 1


def test_a_large_map_gets_an_overview_and_close_ups_of_its_busiest_parties(tmp_path):
    from samenwerk_desktop.core.data import CollaborationData
    from samenwerk_desktop.core.model import Collaboration, Party, Relation

    data = CollaborationData(collaboration=Collaboration(title="Groot"))
    for i in range(1, 81):
        data.entities["party"][i] = Party(id=i, name=f"Partij nummer {i}", x=(i % 9) * 150.0, y=(i // 9) * 150.0)
    rid = 0
    for i in range(2, 81):
        for hub in (1, 2) if i > 2 else (1,):
            rid += 1
            data.entities["relation"][rid] = Relation(id=rid, source_id=hub, target_id=i)
    out = tmp_path / "groot.pdf"
    pdf.collaboration_report(data, out, today=TODAY)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pypdf.PdfReader(str(out)).pages))
    assert "Uitsnede: Partij nummer 1 en zijn relaties" in text
    assert "Uitsnede: Partij nummer 2 en zijn relaties" in text
    assert text.count("Uitsnede:") == pdf.FOCUS_COUNT
