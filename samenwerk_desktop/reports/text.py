"""The text of the PDF reports: embedded fonts, safe text and markup, colours, styles, paragraphs, tables."""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Iterable
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from samenwerk_desktop import paths
from samenwerk_desktop.reports.fastdraw import LeanTable, draw_string
from samenwerk_desktop.reports.paragraphs import ReportParagraph

# ---------------------------------------------------------------------------
# Fonts and safe text
# ---------------------------------------------------------------------------

FONT = "SamenwerkSans"
FONT_BOLD = "SamenwerkSans-Bold"
FONT_ITALIC = "SamenwerkSans-Oblique"
FONT_BOLD_ITALIC = "SamenwerkSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

#: Shown instead of a character the embedded font cannot draw (emoji, rare scripts).
PLACEHOLDER = "\u25a1"  # □


class _MeasuredTTFont(TTFont):
    """A TTFont that remembers the width of every string it measured.

    Reports measure the same words thousands of times (names, labels, role
    letters); ReportLab's pure-Python width sum is a large share of the time.
    """

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._widths: dict[str, float] = {}
        #: per document (weakly: a finished document's strings go with it): string -> its subsets
        self._splits: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._char_widths = self.face.charWidths
        self._default_width = self.face.defaultWidth

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 - ReportLab API
        """Override TTFont.stringWidth: the same sum as ReportLab's, cached per string."""
        w = self._widths.get(text)
        if w is None:
            if isinstance(text, bytes):
                text = text.decode(encoding or "utf8")
            g, dw = self._char_widths.get, self._default_width
            w = sum(g(ord(u), dw) for u in text)
            if len(self._widths) < 500_000 and len(text) < 200:
                self._widths[text] = w
        return 0.001 * size * w

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - ReportLab API
        """Override TTFont.splitString: ReportLab's result, remembered per document and string.

        The first split of a string gives each of its characters its code in the document's
        subsets; from then on the same string always splits the same way, so the remembered
        result is exactly what ReportLab would compute again (the PDF's bytes do not change).
        """
        if not isinstance(text, str):
            return super().splitString(text, doc, encoding)
        cache = self._splits.get(doc)
        if cache is None:
            cache = self._splits[doc] = {}
        result = cache.get(text)
        if result is None:
            result = self._split_assigned(text, doc)
            if result is None:
                result = super().splitString(text, doc, encoding)
            if len(cache) < 200_000 and len(text) < 200:
                cache[text] = result
        return result

    def _split_assigned(self, text: str, doc) -> list[tuple[int, bytes]] | None:
        """ReportLab's split of a non-empty string whose characters all have codes in the first subset already.

        Then ReportLab's loop assigns nothing and yields one run: (0, the codes). Once a report's
        first pages have given the font's common letters their codes, that is nearly every string;
        None for anything else (an empty string, a new or unmapped character, a no-break space,
        a later subset), which ReportLab splits itself.
        """
        state = self.state.get(doc)
        if state is None or not text:
            return None
        assignments = state.assignments
        try:
            codes = bytes([assignments[c] for c in map(ord, text)])  # a code of 256 or more raises ValueError
        except (KeyError, ValueError):
            return None
        return [(0, codes)]


#: Fonts that draw user text; the oblique ones lack Arabic and only draw the app's own notes.
_USER_TEXT_FONTS = (FONT, FONT_BOLD)


@cache
def coverage() -> frozenset[int]:
    """Register the embedded fonts once; the code points the fonts of user text can all draw."""
    covered: set[int] | None = None
    for name, filename in _FONT_FILES.items():
        font = _MeasuredTTFont(name, str(paths.resource("fonts", filename)))
        pdfmetrics.registerFont(font)
        if name not in _USER_TEXT_FONTS:
            continue
        chars = set(font.face.charToGlyph)
        covered = chars if covered is None else covered & chars
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    return frozenset(covered or ())


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_ZERO_WIDTH = set(range(0xFE00, 0xFE10)) | {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF} | set(range(0xE0020, 0xE0080))


def clean(text: object) -> str:
    """Text the embedded font can draw: control characters dropped, missing glyphs shown as □.

    A run of undrawable characters (an emoji with its joiners and variation
    selectors) becomes one placeholder, so the rest of the text is kept whole.
    The same string is cleaned many times in one report (names in every table): remembered.
    """
    if isinstance(text, str) and len(text) < 400:
        return _clean_short(text)
    return _clean(text)


@functools.lru_cache(maxsize=65_536)
def _clean_short(text: str) -> str:
    return _clean(text)


def _clean(text: object) -> str:
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = _CONTROL.sub("", s)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFC", s)
    covered = coverage()
    codes = set(map(ord, s))
    codes.discard(10)  # a newline is kept as it is
    if codes <= covered and codes.isdisjoint(_ZERO_WIDTH):
        return s  # every character drawable (most accented text): no walk character by character
    out: list[str] = []
    missing = False
    for ch in s:
        cp = ord(ch)
        if cp in _ZERO_WIDTH:
            continue  # joiners and variation selectors draw nothing on their own
        if cp in covered or ch == "\n":
            out.append(ch)
            missing = False
        elif not missing:
            out.append(PLACEHOLDER)
            missing = True
    return "".join(out)


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@cache
def shaping_available() -> bool:
    """Whether ReportLab can shape Arabic (uharfbuzz installed); without it the text is drawn unshaped."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def has_rtl(text: str) -> bool:
    """Whether the text has right-to-left letters (Arabic, Hebrew)."""
    return _RTL.search(text) is not None


def display_order(line: str) -> str:
    """One line with each run of right-to-left words in the order ReportLab must lay them out.

    WORKAROUND: ReportLab 5 shapes every right-to-left word with uharfbuzz (``shaping``) but,
    without rlbidi (not on the registry), lays the words of a line out left to right, so the
    room reads them back to front and a PDF reader extracts them reversed. Reversing the
    words of each right-to-left run (not their letters: shaping needs those in reading order)
    gives the right picture and lets pypdf extract the text in reading order. Call it per
    line, after wrapping.
    """
    if not has_rtl(line):
        return line
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        trailing = run.pop() if run and run[-1].isspace() else None
        words, gaps = run[0::2], run[1::2]
        words.reverse()
        for i, w in enumerate(words):
            out.append(w)
            if i < len(gaps):
                out.append(gaps[i])
        run.clear()
        if trailing is not None:
            out.append(trailing)

    for token in re.split(r"(\s+)", line):
        if not token:
            continue
        if token.isspace():
            (run if run else out).append(token)
        elif has_rtl(token):
            if run and not run[-1].isspace():
                run[-1] += token
            else:
                run.append(token)
        else:
            flush()
            out.append(token)
    flush()
    return "".join(out)


def markup(text: object) -> str:
    """User text made safe for a Paragraph: cleaned, every ``<``, ``>`` and ``&`` escaped, newlines kept."""
    return escape(clean(text)).replace("\n", "<br/>")


CHUNK = 2500


def chunks(text: object, size: int = CHUNK) -> list[str]:
    """Split long text at blank lines, then at spaces, into pieces of at most ``size`` characters."""
    s = clean(text).strip()
    if not s:
        return []
    out: list[str] = []
    for block in re.split(r"\n\s*\n", s):
        block = block.strip("\n")
        while len(block) > size:
            cut = block.rfind(" ", size // 2, size)
            if cut <= 0:
                cut = size
            out.append(block[:cut])
            block = block[cut:].lstrip(" ")
        if block:
            out.append(block)
    return out


# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------

INK = colors.HexColor("#1d2b3a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6b7b")
RULE = colors.HexColor("#c5d0db")
HEAD_BG = colors.HexColor("#e6edf4")
ZEBRA = colors.HexColor("#f6f8fa")
WARN = colors.HexColor("#a33a00")
ERROR = colors.HexColor("#b00020")

PAGE = A4
LANDSCAPE = landscape(A4)
MARGIN = 18 * mm


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of both reports."""
    coverage()
    base = ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT,
                          spaceAfter=4)
    s = {
        "body": base,
        "small": ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, spaceAfter=0),
        "cell": ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle("CellB", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "bodyb": ParagraphStyle("BodyB", parent=base, fontName=FONT_BOLD),
        "cellsmall": ParagraphStyle("CellSmall", parent=base, fontSize=8, leading=10.5, spaceAfter=0),
        "cellmuted": ParagraphStyle("CellMuted", parent=base, fontSize=7.5, leading=10, spaceAfter=0, textColor=MUTED),
        "celllabel": ParagraphStyle("CellLabel", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10.5,
                                    spaceAfter=0, textColor=MUTED),
        "head": ParagraphStyle("Head", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0,
                               textColor=ACCENT),
        "label": ParagraphStyle("Label", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=1,
                                textColor=MUTED, spaceBefore=4, keepWithNext=1),
        "h1": ParagraphStyle("H1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceBefore=6,
                             spaceAfter=10, textColor=ACCENT),
        "h2": ParagraphStyle("H2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=5, textColor=ACCENT),
        "h3": ParagraphStyle("H3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6,
                             spaceAfter=3, textColor=INK),
        "title": ParagraphStyle("Title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=32, spaceAfter=14,
                                textColor=ACCENT),
        "subtitle": ParagraphStyle("Subtitle", parent=base, fontSize=13, leading=18, textColor=MUTED, spaceAfter=6),
        "note": ParagraphStyle("Note", parent=base, fontName=FONT_ITALIC, textColor=MUTED),
        # user text: upright, so every script the regular font covers is drawn
        "private": ParagraphStyle("Private", parent=base, fontName=FONT, textColor=WARN),
        "cellc": ParagraphStyle("CellC", parent=base, fontSize=8.5, leading=11, spaceAfter=0, alignment=1),
        "headc": ParagraphStyle("HeadC", parent=base, fontName=FONT_BOLD, fontSize=7, leading=8.5, spaceAfter=0,
                                textColor=ACCENT, alignment=1),
        "headc7": ParagraphStyle("HeadC7", parent=base, fontName=FONT_BOLD, fontSize=7, leading=11, spaceAfter=0,
                                 textColor=ACCENT, alignment=1),
        "role": ParagraphStyle("Role", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0,
                               alignment=1),
        "meta": ParagraphStyle("Meta", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4),
        "cover_label": ParagraphStyle("CoverLabel", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                      textColor=MUTED, spaceAfter=8),
        "toc0": ParagraphStyle("TOC0", parent=base, fontSize=10.5, leading=16, leftIndent=0),
        "toc1": ParagraphStyle("TOC1", parent=base, fontSize=9.5, leading=13, leftIndent=14),
    }
    return s


def P(text: object, style: str = "body") -> Paragraph:
    """A Paragraph of user text (escaped); right-to-left text is shaped and laid out in reading order."""
    s = clean(text)
    if has_rtl(s) and shaping_available():
        s = "\n".join(display_order(line) for line in s.split("\n"))
        return Paragraph(escape(s).replace("\n", "<br/>"), _shaped(style))
    return ReportParagraph(markup(s), styles()[style])


@cache
def _shaped(style: str) -> ParagraphStyle:
    return ParagraphStyle(f"{styles()[style].name}Shaped", parent=styles()[style], shaping=1)


def PM(safe_markup: str, style: str = "body") -> Paragraph:
    """A Paragraph of markup built by the report itself (user parts already escaped with ``markup``)."""
    return ReportParagraph(safe_markup, styles()[style])


def paras(text: object, style: str = "body") -> list:
    """User text as a TextBlock (empty list for empty text); it wraps and splits over pages by line."""
    s = clean(text).strip()
    return [TextBlock([(style, s)])] if s else []


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of plain text; blank lines kept, words wider than ``width`` cut by character."""
    measure = pdfmetrics.getFont(font).stringWidth
    space = measure(" ", size)
    out: list[str] = []
    for raw in text.split("\n"):
        words = raw.split()
        if not words:
            out.append("")
            continue
        line: list[str] = []
        used = -space
        for w in words:
            ww = measure(w, size)
            if ww > width:  # a very long word (a URL, a code): cut it into pieces that fit
                if line:
                    out.append(" ".join(line))
                    line, used = [], -space
                piece = ""
                for ch in w:
                    if piece and measure(piece + ch, size) > width:
                        out.append(piece)
                        piece = ""
                    piece += ch
                line, used = [piece], measure(piece, size)
                continue
            if line and used + space + ww > width:
                out.append(" ".join(line))
                line, used = [w], ww
            else:
                line.append(w)
                used += space + ww
        if line:
            out.append(" ".join(line))
    return out


#: (text, font, size, width) -> its lines; a large report wraps the same labels and short texts thousands
#: of times (20,336 wraps of 4,702 different ones in the large collaboration's report)
_WRAPPED: dict[tuple[str, str, float, float], tuple[str, ...]] = {}
_WRAPPED_LIMIT = 50_000
_WRAPPED_LONGEST = 300


def _wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """``wrap_lines``, remembered for short texts (the lines depend on nothing else)."""
    key = (text, font, size, width)
    lines = _WRAPPED.get(key)
    if lines is None:
        lines = tuple(wrap_lines(text, font, size, width))
        if len(text) <= _WRAPPED_LONGEST and len(_WRAPPED) < _WRAPPED_LIMIT:
            _WRAPPED[key] = lines
    return lines


class TextBlock(Flowable):
    """Plain user text drawn line by line in report styles.

    No markup is parsed at all, so nothing in user text can act as markup;
    it is also several times faster than a Paragraph. It splits between
    lines, so text of any length flows over pages (also inside table rows).
    ``items`` are (style name, text) pairs; "label" items get a little space above.
    """

    def __init__(self, items: list[tuple[str, str]], *, lines: list | None = None, space_after: float | None = None):
        super().__init__()
        self.items = items
        self._lines = lines
        self._for_width: float | None = None if lines is None else -1
        last = styles()[items[-1][0]] if items else styles()["body"]
        self._space_after = last.spaceAfter if space_after is None else space_after

    def _layout(self, width: float) -> list:
        out = []
        st = styles()
        for i, (name, text) in enumerate(self.items):
            style = st[name]
            gap = 3.0 if name == "label" and i else 0.0
            for k, line in enumerate(_wrapped(text, style.fontName, style.fontSize, width)):
                out.append((style.fontName, style.fontSize, style.leading + (gap if k == 0 else 0.0),
                            style.textColor, line))
        return out

    def wrap(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        if self._for_width != avail_width and self._for_width != -1:
            self._lines = self._layout(avail_width)
            self._for_width = avail_width
        self.width = avail_width
        self.height = sum(line[2] for line in self._lines)
        return avail_width, self.height

    def split(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        # A Table asks its cells to split at the column width while it laid them out at the
        # width inside the padding: keep the lines already made, they fit both.
        if self._lines is None:
            self.wrap(avail_width, avail_height)
        used, n = 0.0, 0
        for line in self._lines:
            if used + line[2] > avail_height:
                break
            used += line[2]
            n += 1
        if n == 0 or n == len(self._lines):
            return []
        first = TextBlock(self.items, lines=self._lines[:n], space_after=0)
        rest = TextBlock(self.items, lines=self._lines[n:], space_after=self._space_after)
        return [first, rest]

    def getSpaceAfter(self):  # noqa: N802 - Flowable API
        return self._space_after

    def draw(self):  # noqa: D102 - Flowable API
        canv = self.canv
        y = self.height
        current = None
        for font, size, leading, colour, line in self._lines:
            y -= leading
            if line:
                if current != (font, size, colour):
                    canv.setFont(font, size)
                    canv.setFillColor(colour)
                    current = (font, size, colour)
                if has_rtl(line) and shaping_available():
                    canv.drawString(0, y + (leading - size) * 0.45 + size * 0.2, display_order(line), shaping=True)
                else:
                    draw_string(canv, 0, y + (leading - size) * 0.45 + size * 0.2, line)


def _tall(cell) -> bool:
    """A cell that may be taller than a page (several paragraphs or a long one)."""
    if isinstance(cell, list):
        return len(cell) > 1 or any(_tall(c) for c in cell)
    if isinstance(cell, TextBlock):
        return sum(len(t) + 40 * t.count("\n") for _, t in cell.items) > 300
    return isinstance(cell, Paragraph) and len(getattr(cell, "text", "")) > 300


class _ReportCell(CellStyle):
    """A report table's cell before its own commands: top aligned, the body font at 8.5/11, padding 3 and 4.

    The same as the commands VALIGN, FONT and the four paddings over the whole table, which
    ReportLab applies cell by cell (and names every cell with ``repr((row, column))``):
    on the large collaboration those were a seventh of making the report's story.
    """

    fontname = FONT
    fontsize = 8.5
    leading = 11
    topPadding = bottomPadding = 3
    leftPadding = rightPadding = 4
    valign = "TOP"

    def __init__(self):
        self.name = "cell"


def table(rows: list[list], widths: list[float], *, header: bool = True, zebra: bool = True,
          extra: Iterable[tuple] = ()) -> Table:
    """A report table: header row repeated, thin rules; rows with long text may split over pages.

    Rows are only split inside when some cell could be taller than a page:
    splitting inside rows is slower and moves short rows apart needlessly.
    """
    split_rows = any(_tall(c) for row in rows for c in row)
    ncols = max(map(len, rows), default=0)
    t = LeanTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1 if split_rows else 0,
                  hAlign="LEFT", cellStyles=[[_ReportCell() for _ in range(ncols)] for _ in rows])
    cmds = [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra and len(rows) > 2:
        start = 1 if header else 0
        cmds.append(("ROWBACKGROUNDS", (0, start), (-1, -1), [colors.white, ZEBRA]))
    cmds += list(extra)
    t.setStyle(TableStyle(cmds))
    return t


#: Tables longer than this are cut into several (one long Table splits in O(n²)).
MAX_ROWS = 150


def tables(header: list, rows: list[list], widths: list[float], *, extra_for=None,
           extra: Iterable[tuple] = ()) -> list[Table]:
    """Many tables of at most ``MAX_ROWS`` rows, each with the header repeated.

    ``extra_for(row_index_in_table, row_index_overall)`` may return extra
    TableStyle commands for a row.
    """
    out = []
    for start in range(0, max(len(rows), 1), MAX_ROWS):
        part = rows[start:start + MAX_ROWS]
        if not part:
            break
        cmds = list(extra)
        if extra_for is not None:
            for i in range(len(part)):
                cmds += extra_for(i + 1, start + i)
        out.append(table([header, *part], widths, extra=cmds))
    if out:
        out[0]._lead_height = _rows_height([header, rows[0]] if rows else [header], widths)  # type: ignore[attr-defined]
    return out


def _rows_height(rows: list[list], widths: list[float]) -> float:
    """About how tall these table rows are (to keep a heading with the first row of its table)."""
    total = 0.0
    for row in rows:
        tallest = 11.0
        for cell, w in zip(row, widths, strict=False):
            cells = cell if isinstance(cell, list) else [cell]
            h = 0.0
            for c in cells:
                if isinstance(c, str):
                    h += 11.0 * (c.count("\n") + 1)
                elif hasattr(c, "wrap"):
                    h += c.wrap(w - 8, 10_000)[1]
            tallest = max(tallest, h)
        total += tallest + 6
    return total
