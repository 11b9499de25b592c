"""The document template of the PDF reports: pages, header and footer, contents, headings, progress, cancel."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.reports.fastdraw import ReportCanvas, draw_string
from samenwerk_desktop.reports.text import FONT, INK, LANDSCAPE, MARGIN, MUTED, PAGE, RULE, P, clean, styles

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


#: zlib's level for the PDF's streams (pages, forms, fonts). ReportLab uses zlib's default, 6, and
#: writes every page stream in ASCII85 as well, a quarter larger, for 7-bit channels that PDFs no
#: longer travel. On the large collaboration's 15 MB of page streams level 1 compresses in 0.16 s
#: instead of 0.44 s; without ASCII85 the file is still smaller than before (see fast_streams).
FLATE_LEVEL = 1
_STREAMS_LOCK = threading.Lock()


def _flate(text) -> bytes:
    """What ReportLab's FlateDecode filter encodes, at ``FLATE_LEVEL``."""
    if isinstance(text, str):
        text = text.encode("utf8")
    return zlib.compress(text, FLATE_LEVEL)


@contextmanager
def fast_streams():
    """While a document is saved: binary FlateDecode streams at ``FLATE_LEVEL``, no ASCII85; afterwards as before.

    ReportLab reads both settings when it writes a stream: the one FlateDecode filter object
    that every stream shares, and ``rl_config.useA85``.
    """
    with _STREAMS_LOCK:
        was_a85 = rl_config.useA85
        pdfdoc.PDFZCompress.encode = _flate  # the instance's attribute hides the class's method
        rl_config.useA85 = 0
        try:
            yield
        finally:
            del pdfdoc.PDFZCompress.encode
            rl_config.useA85 = was_a85


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
        #: page size -> the operators of its rules and header, and the footer's place and text
        self._fixed_furniture: dict[tuple[float, float], tuple[list[str], float, float, str]] = {}

    # -- page furniture --------------------------------------------------------

    def _furniture(self, canv, doc) -> None:
        number = canv.getPageNumber()
        self._pages = max(self._pages, number)
        if self._cover and number == 1:
            return
        width, height = canv._pagesize
        canv.saveState()
        fixed = self._fixed_furniture.get((width, height))
        if fixed is None:
            fixed = self._fixed_furniture[(width, height)] = self._draw_fixed_furniture(canv, width, height)
        else:
            canv._code.extend(fixed[0])  # the rules and the header: the same operators on every page of this size
            canv.setFont(FONT, 8)  # as the header left it (a TrueType font writes no operator for it)
        _, x0, y0, footer = fixed
        # "pagina X van " then the total, which is a form defined when the build ends
        prefix = self._texts[3].split("{y}")[0].format(x=number)
        draw_string(canv, x0, y0, prefix)
        canv.saveState()
        canv.translate(x0 + pdfmetrics.stringWidth(prefix, FONT, 8), y0)
        canv.doForm("swkTotal")
        canv.restoreState()
        draw_string(canv, MARGIN, y0, footer)
        canv.restoreState()

    def _draw_fixed_furniture(self, canv, width: float, height: float) -> tuple[list[str], float, float, str]:
        """Draw the rules and the header of a page of this size; their operators and where the footer goes."""
        header_left, header_right, footer_left, page_of = self._texts
        start = len(canv._code)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, height - MARGIN + 5 * mm, width - MARGIN, height - MARGIN + 5 * mm)
        canv.line(MARGIN, MARGIN - 5 * mm, width - MARGIN, MARGIN - 5 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 8)
        right_w = pdfmetrics.stringWidth(header_right, FONT, 8)
        canv.drawString(MARGIN, height - MARGIN + 7 * mm, fit(header_left, FONT, 8, width - 2 * MARGIN - right_w - 12))
        canv.drawRightString(width - MARGIN, height - MARGIN + 7 * mm, header_right)
        reserve = pdfmetrics.stringWidth(page_of.format(x=8888, y=8888), FONT, 8)
        x0 = width - MARGIN - reserve
        return canv._code[start:], x0, MARGIN - 9 * mm, fit(footer_left, FONT, 8, x0 - MARGIN - 12)

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
        self.build(story, canvasmaker=ReportCanvas)
        self._number_form("swkTotal", self._pages, 8, MUTED)
        for key, page in self._heading_pages.items():
            self._number_form(f"swkToc{key}", page, styles()["toc0"].fontSize, INK)
        for key in self._toc_keys - set(self._heading_pages):
            self._number_form(f"swkToc{key}", 0, styles()["toc0"].fontSize, INK)
        with fast_streams():
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
