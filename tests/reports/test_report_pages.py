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
