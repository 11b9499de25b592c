"""Plain strings drawn into the page's code directly: the bytes of ReportLab's drawString, made once per string.

ReportLab's ``Canvas.drawString`` builds a text object for every string and formats its text
(font subsets, escaping) each time, also for the thousands of repeats in a large table (role
letters, party names, "—"). For an embedded TrueType font, left to right and unshaped, what it
writes depends only on the font, size, leading and the string (once the string has its codes in
the document's subsets): ``BT 1 0 0 1 x y Tm <text> T* ET``. So the text part is formatted the
first time as ReportLab's text object formats it (``_format``, without making a text object) and
remembered per canvas; the PDF's bytes stay the same. Anything else (a shaped or right-to-left string, a built-in font, a top-down canvas) goes
to ReportLab as before.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table
from reportlab.platypus.tables import _calc_pc

_CACHE_LIMIT = 200_000
#: (red, green, blue) -> the fill colour's operator, as Canvas.setFillColor formats it
_FILL_OPS: dict[tuple, str] = {}


class ReportCanvas(Canvas):
    """The reports' canvas: a plain RGB fill colour's operator formatted once per colour.

    A large report sets a fill colour some 50,000 times (every zebra row's background, every
    text block, every cell in a colour); ReportLab's ``setFillColor`` formats the colour and
    sets its opacity through the graphics state each time, about 4 us, for one of a dozen
    operators. The bytes written are the same.
    """

    _swk_transparency = False

    def setFillColor(self, aColor, alpha=None):  # noqa: N802, N803 - ReportLab API
        """Override Canvas.setFillColor: a Color whose opacity is the current one, from remembered operators."""
        if alpha is not None or type(aColor) is not Color or self._enforceColorSpace:
            return super().setFillColor(aColor, alpha)
        opacity = aColor.alpha
        if type(opacity) not in (int, float) or opacity != self._extgstate._d.get("ca", 1):
            return super().setFillColor(aColor, alpha)  # a change of opacity: ReportLab writes its state
        rgb = (aColor.red, aColor.green, aColor.blue)
        code = _FILL_OPS.get(rgb)
        if code is None:
            code = "%s rg" % fp_str(rgb)  # noqa: UP031 - exactly ReportLab's formatting
            if len(_FILL_OPS) < 10_000:
                _FILL_OPS[rgb] = code
        self._fillColorObj = aColor
        self._code.append(code)
        if not self._swk_transparency:  # what setFillAlpha does besides the state it leaves unchanged
            self._doc.ensureMinPdfVersion("transparency")
            self._swk_transparency = True
        return None


def _codes_for_font(canv) -> dict[str, str] | None:
    """The remembered text operators per string for the canvas's current font, size and leading; None if not plain.

    One dict per font state (a cell's strings share it): a lookup per string instead of a key built
    from four values.
    """
    fonts = canv.__dict__.get("_swk_text")
    if fonts is None:
        fonts = canv._swk_text = {}
    key = (canv._fontname, canv._fontsize, canv._leading)
    codes = fonts.get(key)
    if codes is None:
        codes = {} if pdfmetrics.getFont(canv._fontname)._dynamicFont else None
        fonts[key] = codes
    return codes


def _format(canv, text: str) -> str:
    """What ReportLab's fresh text object formats for plain ``text`` in the canvas's embedded TrueType font.

    ``PDFTextObject._formatText`` on its path for a dynamic font and an unshaped string: a font
    operator before each run of one subset (a fresh text object has no subset yet), then the run.
    """
    font = pdfmetrics.getFont(canv._fontname)
    doc = canv._doc
    escape = canv._escape
    out = []
    current = -1
    size_leading = None
    for subset, t in font.splitString(text, doc):
        if subset != current:
            if size_leading is None:
                size_leading = f"{fp_str(canv._fontsize)} Tf {fp_str(canv._leading)} TL"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {size_leading}")
            current = subset
        out.append(f"({escape(t)}) Tj")
    return " ".join(out)


def _remember(canv, codes: dict[str, str], text: str) -> str:
    """Format ``text`` as ReportLab's own text object does (font subsets, escaping) and remember it."""
    code = _format(canv, text)
    if len(codes) < _CACHE_LIMIT:
        codes[text] = code
    return code


def _formatted(canv, text: str) -> str | None:
    """The text operators ReportLab writes for ``text`` in the canvas's current font; None if not plain."""
    codes = _codes_for_font(canv)
    if codes is None:
        return None
    code = codes.get(text)
    return code if code is not None else _remember(canv, codes, text)


def draw_string(canv, x: float, y: float, text: str) -> None:
    """What ``canv.drawString(x, y, text)`` does, for plain text, without a text object per string."""
    code = _formatted(canv, text) if canv.bottomup and type(text) is str else None
    if code is None:
        canv.drawString(x, y, text)
        return
    canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {code} T* ET")


def draw_centred_string(canv, x: float, y: float, text: str) -> None:
    """What ``canv.drawCentredString(x, y, text)`` does, for plain text."""
    width = pdfmetrics.stringWidth(text, canv._fontname, canv._fontsize)
    draw_string(canv, x - 0.5 * width, y, text)


class LeanTable(Table):
    """A Table whose plain string cells are drawn with ``draw_string``; everything else as ReportLab does."""

    def _calc_height(self, availHeight, availWidth, H=None, W=None):  # noqa: N802, N803 - ReportLab API
        """Override Table._calc_height: the same row heights and positions, in one pass over each row.

        For a table without spans ReportLab's loop finds each missing height with ``H.index(None)``,
        sums all heights so far after every row and tests every cell for spans: quadratic in the
        rows and a fifth of laying out the large report's tables. The heights and the float sums
        of the row positions here are exactly ReportLab's; a table with spans, a cell without a
        width or one too wide for its column goes to ReportLab.
        """
        if self._spanCmds:
            return super()._calc_height(availHeight, availWidth, H, W)
        H = self._argH  # noqa: N806 - as ReportLab
        if not W:
            W = _calc_pc(self._argW, availWidth)  # noqa: N806
        if None in H:
            if None in W:
                return super()._calc_height(availHeight, availWidth, H, W)
            min_heights = self._minRowHeights
            canv = getattr(self, "canv", None)
            saved = (canv._fontname, canv._fontsize, canv._leading) if canv else None
            H = H[:]  # noqa: N806
            self._rowHeights = H
            values, styles = self._cellvalues, self._cellStyles
            for i, known in enumerate(H):
                if known is not None:
                    continue
                V, S = values[i], styles[i]  # noqa: N806
                h = 0
                for j, (v, s, w) in enumerate(zip(V, S, W, strict=False)):
                    if type(v) is str:
                        t = (s.leading or 1.2 * s.fontsize) * (v.count("\n") + 1)
                    elif isinstance(v, (tuple, list, Flowable)):
                        v = V[j] = self._cellListProcess(v, w, None)
                        if canv:
                            canv._fontname, canv._fontsize, canv._leading = (s.fontname, s.fontsize,
                                                                             s.leading or 1.2 * s.fontsize)
                        dw, t = self._listCellGeom(v, w, s)
                        if canv:
                            canv._fontname, canv._fontsize, canv._leading = saved
                        if dw + s.leftPadding + s.rightPadding > w:  # ReportLab's error or warning
                            return super()._calc_height(availHeight, availWidth, self._argH, W)
                    else:
                        t = (s.leading or 1.2 * s.fontsize) * len((v is not None and str(v) or "").split("\n"))
                    t += s.bottomPadding + s.topPadding
                    if t > h:
                        h = t
                H[i] = max(min_heights[i], h) if min_heights else h
        # the row positions from the bottom, summed as ReportLab sums them
        self._rowpositions = j = []
        height = c = 0
        for i in range(len(H) - 1, -1, -1):
            j.append(height)
            y = H[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        j.append(height)
        self._height = height
        j.reverse()
        self._hmax = len(H)
        return None

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - ReportLab API
        """Override Table._drawCell: plain, left or centred, unlinked string cells drawn without text objects."""
        just = cellstyle.alignment
        if (isinstance(cellval, (tuple, list, Flowable)) or type(cellval) is not str or cellstyle.direction
                or cellstyle.shaping or cellstyle.href or cellstyle.destination
                or just not in ("LEFT", "CENTRE", "CENTER")):
            return super()._drawCell(cellval, cellstyle, pos, size)
        canv = self.canv
        if self._curcellstyle is not cellstyle:  # as Table._drawCell
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname
                    or cellstyle.fontsize != cur.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        vals = cellval.split("\n") if "\n" in cellval else (cellval,)
        n = len(vals)
        leading, fontsize, valign = cellstyle.leading, cellstyle.fontsize, cellstyle.valign
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + n * leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        elif valign == "MIDDLE":
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + n * leading) / 2.0 - fontsize
        else:
            return super()._drawCell(cellval, cellstyle, pos, size)
        codes = _codes_for_font(canv)
        if codes is None or not canv.bottomup:
            draw = draw_string if just == "LEFT" else draw_centred_string
            x = (colpos + cellstyle.leftPadding if just == "LEFT"
                 else colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5)
            for v in vals:
                draw(canv, x, y, v)
                y -= leading
            return None
        # the bytes of draw_string / draw_centred_string per line, looked up in one dict for the cell's font
        out = canv._code
        left = just == "LEFT"
        x = colpos + cellstyle.leftPadding if left else colpos + (colwidth + cellstyle.leftPadding
                                                                  - cellstyle.rightPadding) * 0.5
        fontname = canv._fontname
        for v in vals:
            code = codes.get(v)
            if code is None:
                code = _remember(canv, codes, v)
            tx = x if left else x - 0.5 * pdfmetrics.stringWidth(v, fontname, canv._fontsize)
            out.append(f"BT 1 0 0 1 {fp_str(tx, y)} Tm {code} T* ET")
            y -= leading
        return None
