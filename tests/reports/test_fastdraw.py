"""The lean table and the fast string drawing write exactly the bytes ReportLab's Table and drawString write."""

import hashlib

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from samenwerk_desktop.reports.fastdraw import LeanTable, draw_centred_string, draw_string
from samenwerk_desktop.reports.text import FONT, FONT_BOLD, TextBlock, coverage

STRINGS = ["Gemeente Oost", "", "R/A", "—", "Bewoners Ŏost-Łódź", "(haakjes) \\ en ) alleen", "Łódź Ŏost ⚠"]


def _canvas_bytes(path, draw) -> str:
    coverage()
    canv = Canvas(str(path), invariant=1)
    for i, text in enumerate(STRINGS * 3):
        canv.setFont(FONT_BOLD if i % 2 else FONT, 8.5, 11)
        draw(canv, 20 + i, 800 - 20 * i, text)
    canv.save()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("ours", "theirs"), [
    (draw_string, lambda c, x, y, t: c.drawString(x, y, t)),
    (draw_centred_string, lambda c, x, y, t: c.drawCentredString(x, y, t)),
])
def test_a_drawn_string_is_byte_for_byte_what_reportlab_writes(tmp_path, ours, theirs):
    assert _canvas_bytes(tmp_path / "ours.pdf", ours) == _canvas_bytes(tmp_path / "theirs.pdf", theirs)


def _table_bytes(path, kind) -> str:
    coverage()
    rows = [["Partij", "Rol", "Nr"]] + [[f"Partij {i} Łódź", "R/A" if i % 3 else "", f"{i}\nregel twee"]
                                         for i in range(60)]
    rows[5][1] = TextBlock([("cell", "Een lange tekst die in een cel staat.")])
    t = kind(rows, colWidths=[200, 60, 80], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5, 11), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                           ("VALIGN", (1, 0), (1, -1), "MIDDLE"), ("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5),
                           ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (2, 0), (2, -1), "BOTTOM")]))
    SimpleDocTemplate(str(path), invariant=1).build([t])
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_lean_table_over_pages_is_byte_for_byte_reportlabs_table(tmp_path):
    assert _table_bytes(tmp_path / "lean.pdf", LeanTable) == _table_bytes(tmp_path / "plain.pdf", Table)
