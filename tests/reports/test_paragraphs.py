"""Shared paragraphs and the lean table's row heights write exactly the bytes ReportLab's own classes write."""

import hashlib

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from samenwerk_desktop.core import interchange
from samenwerk_desktop.paths import resource
from samenwerk_desktop.reports import pdf, text
from samenwerk_desktop.reports.fastdraw import LeanTable, ReportCanvas
from samenwerk_desktop.reports.paragraphs import ReportParagraph
from samenwerk_desktop.reports.text import TextBlock, coverage, styles


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _paragraph_tables(path, kind) -> str:
    coverage()
    st = styles()
    story = []
    for k in range(3):
        rows = [[kind("Partij", st["head"]), kind("Status &amp; stand", st["head"]), kind("Notitie", st["head"])]]
        for i in range(70):
            rows.append([kind(f"Partij {i % 7}", st["cell"]), kind("Open" if i % 2 else "Aangenomen", st["cell"]),
                         kind("<b>vet</b> en niet" if i % 5 == 0 else "een tekst die over twee regels loopt in "
                              "een smalle kolom van de tabel", st["cell"])])
        rows[3][2] = TextBlock([("cell", "Een lange tekst\nop twee regels.")])
        t = LeanTable(rows, colWidths=[140 + k, 90, 120], repeatRows=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    SimpleDocTemplate(str(path), invariant=1).build(story)
    return _sha(path)


def test_shared_paragraphs_in_tables_over_pages_are_byte_for_byte_reportlabs(tmp_path):
    assert _paragraph_tables(tmp_path / "ours.pdf", ReportParagraph) == _paragraph_tables(tmp_path / "rl.pdf",
                                                                                          Paragraph)


@pytest.mark.parametrize("text", ["Open", "Vertrouwen 0 (Neutraal) · Twijfelaar", "Een zin die de kolom vult."])
def test_a_plain_one_line_paragraph_is_shared(text):
    coverage()
    first, second = ReportParagraph(text, styles()["cell"]), ReportParagraph(text, styles()["cell"])
    first.wrap(300, 100), second.wrap(300, 100)
    assert second.blPara is first.blPara and second.frags is first.frags


@pytest.mark.parametrize("text", ["<b>vet</b> en niet", "<a href='https://example.org'>link</a>"])
def test_a_paragraph_with_inner_markup_is_left_to_reportlab(text):
    coverage()
    first, second = ReportParagraph(text, styles()["cell"]), ReportParagraph(text, styles()["cell"])
    assert second.frags is not first.frags


@pytest.mark.parametrize("which", ["demo", "hostile and foreign text"])
def test_the_report_is_byte_for_byte_the_report_reportlab_alone_makes(tmp_path, monkeypatch, data, which):
    if which == "demo":
        data = interchange.read_file(resource("demo", "demo.json"))

    def report(name):
        pdf.collaboration_report(data, tmp_path / name, invariant=True, today="2026-12-01", include_private=True)
        return _sha(tmp_path / name)

    ours = report("ours.pdf")
    monkeypatch.setattr(ReportParagraph, "wrap", Paragraph.wrap)
    monkeypatch.setattr(ReportParagraph, "draw", Paragraph.draw)
    monkeypatch.setattr(LeanTable, "_calc_height", Table._calc_height)
    monkeypatch.setattr(ReportCanvas, "setFillColor", Canvas.setFillColor)
    monkeypatch.setattr(text, "_wrapped", lambda *a: tuple(text.wrap_lines(*a)))  # wrapped anew every time
    monkeypatch.setattr(text._MeasuredTTFont, "_split_assigned", lambda *a: None)  # ReportLab splits every string
    assert report("reportlab.pdf") == ours


@pytest.mark.parametrize(("words", "width", "lines"), [
    ("Gemeente Oost", 200, ("Gemeente Oost",)),
    ("Gemeente Oost en het Waterschap", 60, ("Gemeente", "Oost en het", "Waterschap")),
])
def test_a_text_block_wrapped_again_at_the_same_width_has_the_same_lines(words, width, lines):
    coverage()
    for _ in range(2):
        block = TextBlock([("cell", words)])
        block.wrap(width, 1000)
        assert tuple(line[-1] for line in block._lines) == lines
