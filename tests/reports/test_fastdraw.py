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


# more than 256 distinct characters (a second font subset), PDF string escapes, a missing glyph, nothing
_MANY = ["".join(chr(c) for c in range(0x400, 0x4ff)), "Gemeente \u04fe (Oost) \\ West", "Łódź ⚠ \U0001f600",
         "", "R/A", "Gemeente \u04fe (Oost) \\ West"]


def _formatted_by(fmt) -> list[str]:
    coverage()
    canv = Canvas("unused.pdf")
    out = []
    for i, text in enumerate(_MANY * 2):
        canv.setFont(FONT_BOLD if i % 2 else FONT, 8.5 + i % 3, 11)
        out.append(fmt(canv, text))
    return out


def test_a_strings_text_operators_are_those_of_reportlabs_text_object():
    from samenwerk_desktop.reports.fastdraw import _format

    ours = _formatted_by(_format)
    assert ours == _formatted_by(lambda canv, text: canv.beginText()._formatText(text))
    assert any(op.count(" Tf ") > 1 for op in ours)  # a string that switches subsets


_BASE_COMMANDS = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11),
                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]


def test_a_report_tables_cells_start_as_its_base_commands_made_them():
    from samenwerk_desktop.reports.text import table

    coverage()
    rows = [["Partij", "Nr"], ["Gemeente Oost", "1"], ["Waterschap", "2"]]
    ours = table(rows, [200, 60], extra=[("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5)])
    theirs = Table(rows, colWidths=[200, 60])
    theirs.setStyle(TableStyle([*_BASE_COMMANDS, ("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5)]))
    attrs = ("fontname", "fontsize", "leading", "topPadding", "bottomPadding", "leftPadding", "rightPadding",
             "valign", "alignment", "color")
    for ours_row, theirs_row in zip(ours._cellStyles, theirs._cellStyles, strict=True):
        for a, b in zip(ours_row, theirs_row, strict=True):
            assert [getattr(a, n) for n in attrs] == [getattr(b, n) for n in attrs]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gemeente Súdwest-Fryslân", "Gemeente Súdwest-Fryslân"),
    ("regel één\nregel twee", "regel één\nregel twee"),
    ("zon\u200bder", "zonder"),
    ("emoji 🦄 hier", "emoji \u25a1 hier"),
    ("vlag 🇳🇱 hier", "vlag \u25a1 hier"),
])
def test_clean_keeps_drawable_text_and_drops_what_the_font_lacks(text, expected):
    from samenwerk_desktop.reports.text import _clean

    assert _clean(text) == expected


def test_drawing_a_map_leaves_reportlabs_shape_checking_as_it_was():
    from reportlab import rl_config

    from samenwerk_desktop.core import interchange
    from samenwerk_desktop.paths import resource
    from samenwerk_desktop.reports import mapdraw

    demo = interchange.read_file(resource("demo", "demo.json"))
    before = rl_config.shapeChecking
    drawing = mapdraw.map_drawing(demo, "nl", 480, 300)
    assert drawing.contents and rl_config.shapeChecking == before


def _strokes(path) -> list[tuple]:
    """Each stroked path of the page's content as (colour, width, dash, join, points), the graphics state followed."""
    import pypdf

    content = pypdf.generic.ContentStream(pypdf.PdfReader(str(path)).pages[0].get_contents(), None)
    state, stack, points, out = {"RG": (0, 0, 0), "w": 1, "d": (), "j": 0}, [], [], []
    for operands, op in content.operations:
        op = op.decode()
        if op == "q":
            stack.append(dict(state))
        elif op == "Q":
            state = stack.pop()
        elif op in ("RG", "w", "j"):
            state[op] = tuple(float(v) for v in operands) if op == "RG" else float(operands[0])
        elif op == "d":
            state["d"] = tuple(float(v) for v in operands[0])
        elif op in ("m", "l"):
            points.append((round(float(operands[0]), 2), round(float(operands[1]), 2)))
        elif op == "S":
            out.append((state["RG"], state["w"], state["d"], state["j"], tuple(points)))
            points = []
        elif op == "n":
            points = []
    return out


def test_a_maps_lines_are_stroked_in_order_with_the_pens_the_renderer_sets(tmp_path):
    from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine
    from reportlab.lib import colors

    from samenwerk_desktop.reports.mapdraw import MapDrawing

    def lines():
        blue, orange = colors.HexColor("#0072b2"), colors.HexColor("#d55e00")
        return [Line(10, 10, 200, 150, strokeColor=blue, strokeWidth=2),
                Line(20, 150, 180, 20, strokeColor=orange, strokeWidth=0.5, strokeDashArray=[1, 2]),
                PolyLine([30, 30, 60, 50, 90, 30], strokeColor=orange, strokeWidth=0.5, strokeLineJoin=1),
                Line(40, 100, 190, 100, strokeColor=blue, strokeWidth=2),
                Line(50, 120, 150, 60, strokeColor=blue, strokeWidth=1.2)]

    ours, theirs = MapDrawing(220, 180), Drawing(220, 180)
    ours.add_edges(lines())
    theirs.add(Group(*lines()))
    for d, name in ((ours, "ours.pdf"), (theirs, "theirs.pdf")):
        SimpleDocTemplate(str(tmp_path / name), invariant=1).build([d])
    assert ours.edges is not None  # the canvas stroked them, not the renderer
    assert _strokes(tmp_path / "ours.pdf") == _strokes(tmp_path / "theirs.pdf")
    assert len(_strokes(tmp_path / "ours.pdf")) == 5


def _fills(path, canvas_class, opaque: bool) -> bytes:
    from reportlab.lib import colors

    canv = canvas_class(str(path), invariant=1)
    fills = [colors.white, colors.HexColor("#dbe7f3")] if opaque else [colors.white, colors.HexColor("#dbe7f3"), colors.white, colors.Color(0.2, 0.4, 0.6, alpha=0.5),
             colors.HexColor("#dbe7f3"), colors.CMYKColor(0.1, 0.2, 0.3, 0.4), (0.5, 0.5, 0.5), "red",
             colors.Color(1, 0, 0, alpha=1)]
    for i, fill in enumerate(fills):
        canv.setFillColor(fill)
        canv.rect(10 * i, 10, 8, 8, stroke=0, fill=1)
    if not opaque:
        canv.setFillColor(colors.black, alpha=0.3)
        canv.rect(100, 10, 8, 8, stroke=0, fill=1)
    canv.save()
    return path.read_bytes()


@pytest.mark.parametrize("opaque", [True, False])
def test_the_report_canvas_fills_byte_for_byte_as_reportlabs_canvas(tmp_path, opaque):
    from samenwerk_desktop.reports.fastdraw import ReportCanvas

    ours = _fills(tmp_path / "ours.pdf", ReportCanvas, opaque)
    assert ours == _fills(tmp_path / "theirs.pdf", Canvas, opaque)
    assert ours.startswith(b"%PDF-1.4")  # any fill's opacity asks for transparency, as ReportLab's does


def test_a_fonts_split_of_strings_is_reportlabs_own_split():
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import TTFont

    from samenwerk_desktop.paths import resource

    coverage()
    ours, theirs = getFont(FONT), TTFont("plain", str(resource("fonts", "DejaVuSans.ttf")))
    doc_a, doc_b = Canvas("a.pdf")._doc, Canvas("b.pdf")._doc
    strings = ["Gemeente Oost", "no-break\u00a0space", *_MANY, "Gemeente Oost", "R/A", "Łódź", "\u04fe\u04ff Oost"]
    assert [ours.splitString(t, doc_a) for t in strings * 2] == [theirs.splitString(t, doc_b) for t in strings * 2]
