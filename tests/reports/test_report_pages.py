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


def test_a_section_that_fits_on_one_page_is_not_split_off_two_rows_at_the_bottom(demo_report):
    data = interchange.read_file(resource("demo", "demo.json"))
    last_note = re.sub(r"\s+", " ", data.relations[-1].note)[:30]
    heading_page = next(i for i, p in enumerate(demo_report) if "Relaties Van Soort relatie" in p)
    last_page = next(i for i, p in enumerate(demo_report) if last_note in p)
    assert heading_page == last_page  # the map page does not end with the heading and two rows


def test_a_section_too_long_for_one_page_starts_where_there_is_room(tmp_path):
    from samenwerk_desktop.core.data import CollaborationData
    from samenwerk_desktop.core.model import Collaboration, Party, Relation

    data = CollaborationData(collaboration=Collaboration(title="Lang"))
    for i in range(1, 31):
        data.entities["party"][i] = Party(id=i, name=f"Partij {i}", x=i * 100.0)
    for i in range(1, 80):
        data.entities["relation"][i] = Relation(id=i, source_id=1 + i % 30, target_id=1 + (i * 7 + 3) % 30,
                                                note=f"Toelichting {i}")
    out = tmp_path / "lang.pdf"
    pdf.collaboration_report(data, out, today=TODAY)
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in pypdf.PdfReader(str(out)).pages]
    map_page = next(i for i, p in enumerate(pages) if "Krachtenveld Weergave" in p)
    assert "Relaties Van Soort relatie" in pages[map_page]  # 79 rows need two pages anyway: no empty page
