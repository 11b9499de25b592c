"""Shared pieces of the PDF reports: fonts, safe text, styles, headings, page template, progress."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from samenwerk_desktop import paths
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg

# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class ReportCancelled(SamenwerkError):
    """The user cancelled an export; no file was written."""

    def __init__(self):
        super().__init__(Msg("Het exporteren is afgebroken; er is geen bestand geschreven.",
                             "The export was cancelled; no file was written."))


class ReportError(SamenwerkError):
    """The report could not be made (a bug or an unexpected layout problem); no file was written."""


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
    """
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = _CONTROL.sub("", s)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFC", s)
    covered = coverage()
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
    return Paragraph(markup(s), styles()[style])


@cache
def _shaped(style: str) -> ParagraphStyle:
    return ParagraphStyle(f"{styles()[style].name}Shaped", parent=styles()[style], shaping=1)


def PM(safe_markup: str, style: str = "body") -> Paragraph:
    """A Paragraph of markup built by the report itself (user parts already escaped with ``markup``)."""
    return Paragraph(safe_markup, styles()[style])


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
            for k, line in enumerate(wrap_lines(text, style.fontName, style.fontSize, width)):
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
                    canv.drawString(0, y + (leading - size) * 0.45 + size * 0.2, line)


def _tall(cell) -> bool:
    """A cell that may be taller than a page (several paragraphs or a long one)."""
    if isinstance(cell, list):
        return len(cell) > 1 or any(_tall(c) for c in cell)
    if isinstance(cell, TextBlock):
        return sum(len(t) + 40 * t.count("\n") for _, t in cell.items) > 300
    return isinstance(cell, Paragraph) and len(getattr(cell, "text", "")) > 300


def table(rows: list[list], widths: list[float], *, header: bool = True, zebra: bool = True,
          extra: Iterable[tuple] = ()) -> Table:
    """A report table: header row repeated, thin rules; rows with long text may split over pages.

    Rows are only split inside when some cell could be taller than a page:
    splitting inside rows is slower and moves short rows apart needlessly.
    """
    split_rows = any(_tall(c) for row in rows for c in row)
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1 if split_rows else 0,
              hAlign="LEFT")
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
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


# ---------------------------------------------------------------------------
# Bilingual words of the reports
# ---------------------------------------------------------------------------

WORDS: dict[str, tuple[str, str]] = {
    "collab_report": ("Samenwerkingsrapport", "Collaboration report"),
    "meeting_report": ("Afspraken- en besluitenlijst", "Agreements and decisions list"),
    "contents": ("Inhoud", "Contents"),
    "challenge": ("De collectieve opgave", "The collective challenge"),
    "parties": ("Partijen", "Parties"),
    "map": ("Krachtenveld", "Stakeholder map"),
    "relations": ("Relaties", "Relations"),
    "raci": ("Verantwoordelijkheden (RACI)", "Responsibilities (RACI)"),
    "findings": ("Aandachtspunten in de matrix", "Points of attention in the matrix"),
    "structure": ("Werkstructuur en besluitvorming", "Working structure and decision-making"),
    "agreements": ("Werkafspraken", "Working agreements"),
    "decisions": ("Besluiten", "Decisions"),
    "dilemmas": ("Dilemma's", "Dilemmas"),
    "meetings": ("Overleggen", "Meetings"),
    "date": ("Datum", "Date"),
    "exported": ("Geëxporteerd op", "Exported on"),
    "facilitator": ("Procesbegeleider", "Facilitator"),
    "why": ("Waar doen wij het voor?", "What are we doing it for?"),
    "scope": ("Afbakening", "Scope"),
    "page_of": ("pagina {x} van {y}", "page {x} of {y}"),
    "none": ("Geen.", "None."),
    "none_yet": ("Nog niets vastgelegd.", "Nothing recorded yet."),
    "kind": ("Soort", "Kind"),
    "stance": ("Standpunt t.o.v. opgave", "Stance on the challenge"),
    "influence": ("Invloed", "Influence"),
    "involvement": ("Betrokkenheid", "Involvement"),
    "position": ("Standpunt", "Position"),
    "interests": ("Belangen", "Interests"),
    "culture": ("Cultuur", "Culture"),
    "experience": ("Ervaring", "Experience"),
    "beliefs": ("Overtuigingen", "Beliefs"),
    "mandate": ("Mandaat", "Mandate"),
    "board": ("Terugkoppeling naar bestuur", "Must consult board"),
    "board_yes": ("Ja: eerst terug naar het eigen bestuur", "Yes: must consult its own board first"),
    "board_no": ("Nee", "No"),
    "contributes": ("Wat wij bijdragen", "What we contribute"),
    "needs": ("Wat wij nodig hebben", "What we need"),
    "representatives": ("Vertegenwoordigers", "Representatives"),
    "private_note": ("Notitie van de procesbegeleider (vertrouwelijk)", "Facilitator's private note (confidential)"),
    "source": ("Van", "From"),
    "target": ("Naar", "To"),
    "type": ("Soort relatie", "Relation type"),
    "direction": ("Richting", "Direction"),
    "strength": ("Sterkte", "Strength"),
    "note": ("Toelichting", "Note"),
    "work_item": ("Onderdeel", "Work item"),
    "working_group": ("Werkgroep", "Working group"),
    "no_group": ("Zonder werkgroep", "Without working group"),
    "key": ("Afkortingen", "Abbreviations"),
    "legend": ("Legenda", "Legend"),
    "roles_legend": ("Rollen", "Roles"),
    "columns_part": ("partijen {a}–{b} van {n}", "parties {a}–{b} of {n}"),
    "no_findings": ("De matrix heeft geen aandachtspunten.", "The matrix has no points of attention."),
    "error": ("Fout", "Error"),
    "warning": ("Let op", "Warning"),
    "form": ("Vorm", "Form"),
    "lead": ("Trekker", "Lead party"),
    "cadence": ("Ritme", "Cadence"),
    "rule": ("Besluitvormingsregel", "Decision rule"),
    "default_rule": ("Standaard besluitvormingsregel", "Default decision rule"),
    "agreement": ("Afspraak", "Agreement"),
    "owner": ("Eigenaar", "Owner"),
    "involved": ("Betrokken", "Involved"),
    "review": ("Evaluatie", "Review"),
    "overdue": ("verlopen", "overdue"),
    "overdue_note": ("Achterstallig: de evaluatiedatum is verstreken.", "Overdue: the review date has passed."),
    "decision": ("Besluit", "Decision"),
    "outcome": ("Uitkomst", "Outcome"),
    "ratification": ("Bekrachtiging", "Ratification"),
    "meeting": ("Overleg", "Meeting"),
    "party": ("Partij", "Party"),
    "dilemma": ("Dilemma", "Dilemma"),
    "own_interest": ("Eigen belang", "Own interest"),
    "collective_interest": ("Collectief belang", "Collective interest"),
    "strategy": ("Strategie", "Strategy"),
    "status": ("Status", "Status"),
    "resolution": ("Uitkomst", "Resolution"),
    "location": ("Locatie", "Location"),
    "attendees": ("Aanwezig", "Attendees"),
    "agenda": ("Agenda", "Agenda"),
    "minutes": ("min", "min"),
    "total": ("Totaal", "Total"),
    "introduced_by": ("Inbreng door", "Introduced by"),
    "actions": ("Actiepunten", "Action items"),
    "action": ("Actie", "Action"),
    "due": ("Uiterlijk", "Due"),
    "open_dilemmas": ("Openstaande dilemma's", "Open dilemmas"),
    "parking": ("Parkeerplaats", "Parking lot"),
    "resolved": ("afgehandeld", "resolved"),
    "notes": ("Verslag", "Notes"),
    "nr": ("Nr.", "No."),
    "time": ("Tijd", "Time"),
    "meeting_decisions": ("Besluiten in dit overleg", "Decisions in this meeting"),
    "meeting_agreements": ("Werkafspraken uit dit overleg", "Agreements made in this meeting"),
    "parties_count": ("{n} partijen", "{n} parties"),
    "map_layout_network": ("Netwerk", "Network"),
    "map_layout_grid": ("Invloed/betrokkenheid-matrix", "Power/interest grid"),
    "map_layout_onion": ("Ui-model", "Onion model"),
    "map_note_many": ("Namen staan bij de {n} partijen met de meeste invloed.",
                      "Names are shown for the {n} most influential parties."),
    "direction_arrow": ("Richting (pijl)", "Direction (arrow)"),
    "map_focus": ("Uitsnede: {name} en zijn relaties", "Close-up: {name} and its relations"),
    "map_focus_intro": ("Het overzicht hierboven is te vol om te lezen; hieronder de {n} partijen met de meeste "
                        "relaties, elk met de partijen waarmee zij een relatie hebben.",
                        "The overview above is too full to read; below, the {n} parties with the most relations, "
                        "each with the parties it is related to."),
    "no_meeting": ("Dit overleg bestaat niet (meer).", "This meeting does not exist (any more)."),
    "of": ("van", "of"),
    "raci_left_out": ("{n} partijen zonder enige rol staan niet als kolom in de matrix; zie de aandachtspunten.",
                      "{n} parties without any role are not shown as columns; see the points of attention."),
    "rule_short": ("Regel", "Rule"),
    "size_influence": ("Grootte = invloed", "Size = influence"),
    "quadrant": ("Kwadrant", "Quadrant"),
    "overview": ("Overzicht", "Overview"),
    "profiles": ("Profielen", "Profiles"),
    "scores": ("Invloed {i}/10 · betrokkenheid {v}/10", "Influence {i}/10 · involvement {v}/10"),
    "layout": ("Weergave", "Layout"),
    "work_items": ("Onderdelen", "Work items"),
    "count": ("{n}", "{n}"),
    "category": ("Categorie", "Category"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "no_meetings": ("Er zijn nog geen overleggen.", "There are no meetings yet."),
    "challenge_missing": ("De opgave is nog niet beschreven.", "The challenge has not been described yet."),
}


def word(key: str, lang: str, **fmt) -> str:
    """A fixed word of the reports in the report's language."""
    nl, en = WORDS[key]
    text = en if lang == "en" else nl
    return text.format(**fmt) if fmt else text


def label(msg: Msg | None, lang: str, default: str = "") -> str:
    """The label of a vocabulary entry in the report's language."""
    return msg.text(lang) if msg is not None else default


MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def long_date(value: str | date | None, lang: str) -> str:
    """2026-03-31 as "31 maart 2026" / "31 March 2026"; other text unchanged."""
    if not value:
        return ""
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{d.day} {months[d.month - 1]} {d.year}"


def short_date(value: str | None, lang: str) -> str:
    """2026-03-31 as "31-03-2026" (Dutch) or "2026-03-31" (English)."""
    if not value:
        return ""
    try:
        d = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return d.isoformat() if lang == "en" else d.strftime("%d-%m-%Y")


# ---------------------------------------------------------------------------
# Page furniture and the document template
# ---------------------------------------------------------------------------


def fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


class ReportDoc(BaseDocTemplate):
    """Portrait and landscape A4 pages with header and footer, progress and cancel, in one pass.

    Numbers that are only known at the end (the Y of "pagina X van Y" and the
    page numbers in the table of contents) are PDF form XObjects that are
    referenced while the pages are drawn and defined just before saving, so
    the document is laid out once instead of twice.
    """

    def __init__(self, filename: str, *, header_left: str, header_right: str, footer_left: str, page_of: str,
                 cover: bool = False, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, flowables: int = 1, **kw):
        super().__init__(filename, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN, **kw)
        portrait = Frame(MARGIN, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN, id="portrait",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide = Frame(MARGIN, MARGIN, LANDSCAPE[0] - 2 * MARGIN, LANDSCAPE[1] - 2 * MARGIN, id="landscape",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="portrait", frames=[portrait], pagesize=PAGE, onPage=self._furniture),
            PageTemplate(id="landscape", frames=[wide], pagesize=LANDSCAPE, onPage=self._furniture),
        ])
        self._texts = (clean(header_left), clean(header_right), clean(footer_left), page_of)
        self._cover = cover
        self._progress = progress
        self._cancelled = cancelled
        self._total = max(flowables, 1)
        self._done = 0
        self._pages = 0
        self._heading_pages: dict[str, int] = {}

    # -- page furniture --------------------------------------------------------

    def _furniture(self, canv, doc) -> None:
        number = canv.getPageNumber()
        self._pages = max(self._pages, number)
        if self._cover and number == 1:
            return
        header_left, header_right, footer_left, page_of = self._texts
        width, height = canv._pagesize
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, height - MARGIN + 5 * mm, width - MARGIN, height - MARGIN + 5 * mm)
        canv.line(MARGIN, MARGIN - 5 * mm, width - MARGIN, MARGIN - 5 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 8)
        right_w = pdfmetrics.stringWidth(header_right, FONT, 8)
        canv.drawString(MARGIN, height - MARGIN + 7 * mm, fit(header_left, FONT, 8, width - 2 * MARGIN - right_w - 12))
        canv.drawRightString(width - MARGIN, height - MARGIN + 7 * mm, header_right)
        # "pagina X van " then the total, which is a form defined when the build ends
        prefix = page_of.split("{y}")[0].format(x=number)
        reserve = pdfmetrics.stringWidth(page_of.format(x=8888, y=8888), FONT, 8)
        x0 = width - MARGIN - reserve
        y0 = MARGIN - 9 * mm
        canv.drawString(x0, y0, prefix)
        canv.saveState()
        canv.translate(x0 + pdfmetrics.stringWidth(prefix, FONT, 8), y0)
        canv.doForm("swkTotal")
        canv.restoreState()
        canv.drawString(MARGIN, y0, fit(footer_left, FONT, 8, x0 - MARGIN - 12))
        canv.restoreState()

    def _number_form(self, name: str, value: int, size: float, colour) -> None:
        canv = self.canv
        canv.beginForm(name)
        canv.setFont(FONT, size)
        canv.setFillColor(colour)
        canv.drawString(0, 0, str(value))
        canv.endForm()

    def build_once(self, story: list) -> int:
        """Lay the story out once, define the late numbers, save; the page count."""
        self._doSave = 0
        self.build(story)
        self._number_form("swkTotal", self._pages, 8, MUTED)
        for key, page in self._heading_pages.items():
            self._number_form(f"swkToc{key}", page, styles()["toc0"].fontSize, INK)
        for key in self._toc_keys - set(self._heading_pages):
            self._number_form(f"swkToc{key}", 0, styles()["toc0"].fontSize, INK)
        self.canv.save()
        return self._pages

    _toc_keys: set[str] = set()

    @property
    def page_count(self) -> int:
        return self._pages

    def check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()

    def afterFlowable(self, flowable):  # noqa: N802 - ReportLab API
        """Override BaseDocTemplate.afterFlowable: bookmarks, outline, page of headings, progress, cancel."""
        key = getattr(flowable, "_key", None)
        if key is not None:
            self.canv.bookmarkPage(key)
            outline = getattr(flowable, "_outline", None)
            if outline:
                self.canv.addOutlineEntry(outline, key, level=0, closed=True)
            self._heading_pages.setdefault(key, self.page)
        self._done += 1
        if self._progress is not None and self._done % 20 == 0:
            self._progress(min(self._done, self._total - 1), self._total)
        self.check_cancel()


class Contents(Flowable):
    """The table of contents: fixed section titles, dot leaders and late-bound page numbers with links."""

    def __init__(self, entries: list[tuple[str, str]]):
        super().__init__()
        self.entries = entries  # (fixed heading text, key)
        self.line = 18

    def wrap(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        self.width = avail_width
        return avail_width, self.line * len(self.entries)

    def draw(self):  # noqa: D102 - Flowable API
        canv = self.canv
        st = styles()["toc0"]
        size = st.fontSize
        num_x = self.width - pdfmetrics.stringWidth("8888", FONT, size)
        dot_w = pdfmetrics.stringWidth(". ", FONT, size)
        for i, (text, key) in enumerate(self.entries):
            y = self.line * (len(self.entries) - i - 1) + 4
            text = fit(clean(text), FONT, size, num_x - 40)
            canv.setFont(FONT, size)
            canv.setFillColor(INK)
            canv.drawString(0, y, text)
            start = pdfmetrics.stringWidth(text, FONT, size) + 6
            dots = int((num_x - 8 - start) // dot_w)
            if dots > 0:
                canv.setFillColor(RULE)
                canv.drawString(start, y, ". " * dots)
            canv.saveState()
            canv.translate(num_x, y)
            canv.doForm(f"swkToc{key}")
            canv.restoreState()
            canv.linkRect("", key, (0, y - 4, self.width, y + size + 2), relative=1, thickness=0)


def prepare_contents(story: list, doc: ReportDoc) -> None:
    """Give every H1 heading a key and fill the Contents flowables of the story with them."""
    entries: list[tuple[str, str]] = []
    contents = []
    n = 0
    flat = []
    for f in story:
        flat.extend(f.flowables if isinstance(f, Together) else [f])
    for f in flat:
        if isinstance(f, Contents):
            contents.append(f)
        elif isinstance(f, Paragraph) and getattr(f, "style", None) is not None and f.style.name == "H1":
            n += 1
            key = f"h{n}"  # every heading its own key: one left out of the contents shares none with the next
            f._key = key  # type: ignore[attr-defined]
            if getattr(f, "_toc", True):
                entries.append((f.getPlainText(), key))
    for c in contents:
        c.entries = entries
    doc._toc_keys = {k for _, k in entries}


class SideBySide(Flowable):
    """Two short lists of flowables next to each other; stacked instead when they do not fit on a page.

    Far cheaper than a one-row Table with nested paragraphs.
    """

    def __init__(self, left: list, right: list, gap: float):
        super().__init__()
        self.left, self.right, self.gap = left, right, gap

    def _column(self, flowables: list, width: float, avail_height: float) -> tuple[float, list[float]]:
        height, heights = 0.0, []
        for i, f in enumerate(flowables):
            _, h = f.wrap(width, avail_height)
            heights.append(h)
            height += h + (f.getSpaceBefore() if i else 0) + (f.getSpaceAfter() if i < len(flowables) - 1 else 0)
        return height, heights

    def wrap(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        col = (avail_width - self.gap) / 2
        if getattr(self, "_wrapped", None) != (avail_width,):
            (hl, self._hl), (hr, self._hr) = (self._column(self.left, col, avail_height),
                                              self._column(self.right, col, avail_height))
            self.height = max(hl, hr)
            self._wrapped = (avail_width,)
        self.width = avail_width
        return avail_width, self.height

    def split(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        if self.height < 480:
            return []  # short enough: move the whole block to the next page
        stacked = [*self.left, *self.right]
        _, h = stacked[0].wrap(avail_width, avail_height)
        if h <= avail_height:
            return stacked
        parts = stacked[0].split(avail_width, avail_height)
        return [*parts, *stacked[1:]] if parts else []

    def getSpaceAfter(self):  # noqa: N802 - Flowable API
        return 4

    def draw(self):  # noqa: D102 - Flowable API
        col = (self.width - self.gap) / 2
        for x, flowables, heights in ((0, self.left, self._hl), (col + self.gap, self.right, self._hr)):
            y = self.height
            for i, f in enumerate(flowables):
                h = heights[i]  # wrapped once in wrap(); the paragraphs keep their lines
                if i:
                    y -= f.getSpaceBefore()
                y -= h
                f.drawOn(self.canv, x, y)
                y -= f.getSpaceAfter()


class Together(Flowable):
    """A heading with its table (or any short run of flowables) kept on one page where that makes sense.

    Moved whole to the next page only when it fits on a page there and the space it leaves
    here is at most ``waste`` of a page; otherwise it flows where it is and its table splits.
    So no page ends with a heading and two rows of a table that would have fitted on the next
    page, and no page is left 80% empty before a table that would have to split anyway.
    """

    def __init__(self, flowables: list, waste: float = 0.35):
        super().__init__()
        self.flowables, self.waste = flowables, waste

    def _height(self, avail_width, avail_height) -> float:
        total = 0.0
        for i, f in enumerate(self.flowables):
            total += f.wrap(avail_width, 10 * avail_height + PAGE[1])[1]
            total += (f.getSpaceBefore() if i else 0) + (f.getSpaceAfter() if i < len(self.flowables) - 1 else 0)
        return total

    def wrap(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        self.width, self.height = avail_width, self._height(avail_width, avail_height)
        return avail_width, self.height

    def split(self, avail_width, avail_height):  # noqa: D102 - Flowable API
        page = PAGE[1] - 2 * MARGIN
        if self.height <= page and avail_height <= self.waste * page:
            return []  # the next page takes it whole
        return list(self.flowables)

    def getSpaceBefore(self):  # noqa: N802 - Flowable API
        return self.flowables[0].getSpaceBefore() if self.flowables else 0

    def draw(self):  # noqa: D102 - Flowable API
        y = self.height
        for i, f in enumerate(self.flowables):
            _, h = f.wrap(self.width, 10 * self.height + PAGE[1])
            if i:
                y -= f.getSpaceBefore()
            y -= h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()
            key = getattr(f, "_key", None)  # a heading inside: its bookmark, outline and page as if on its own
            if key is not None and self._doctemplate is not None:
                self._doctemplate.afterFlowable(f)


def heading(text: str, *, outline: bool = True, in_toc: bool = True) -> Paragraph:
    """An H1 section heading of fixed report text; it goes into the bookmarks and the table of contents.

    Only fixed report words go into the PDF outline and the contents (outline
    strings are not compressed), so user text never appears in the file as it is.
    """
    p = P(text, "h1")
    p._outline = text if outline else None  # type: ignore[attr-defined]
    p._toc = in_toc  # type: ignore[attr-defined]
    return p
