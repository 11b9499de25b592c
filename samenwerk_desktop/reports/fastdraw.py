"""Plain strings drawn into the page's code directly: the bytes of ReportLab's drawString, made once per string.

ReportLab's ``Canvas.drawString`` builds a text object for every string and formats its text
(font subsets, escaping) each time, also for the thousands of repeats in a large table (role
letters, party names, "—"). For an embedded TrueType font, left to right and unshaped, what it
writes depends only on the font, size, leading and the string (once the string has its codes in
the document's subsets): ``BT 1 0 0 1 x y Tm <text> T* ET``. So the text part is made by
ReportLab's own text object the first time and remembered per canvas; the PDF's bytes stay the
same. Anything else (a shaped or right-to-left string, a built-in font, a top-down canvas) goes
to ReportLab as before.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table

_CACHE_LIMIT = 200_000


def _formatted(canv, text: str) -> str | None:
    """The text operators ReportLab writes for ``text`` in the canvas's current font; None if not plain."""
    cache = getattr(canv, "_swk_text", None)
    if cache is None:
        cache = canv._swk_text = {}
    key = (canv._fontname, canv._fontsize, canv._leading, text)
    code = cache.get(key)
    if code is None:
        font = pdfmetrics.getFont(canv._fontname)
        if not font._dynamicFont:
            return None
        code = canv.beginText()._formatText(text)
        if len(cache) < _CACHE_LIMIT:
            cache[key] = code
    return code


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
        if just == "LEFT":
            draw, x = draw_string, colpos + cellstyle.leftPadding
        else:
            draw, x = draw_centred_string, colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
        vals = cellval.split("\n")
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
        for v in vals:
            draw(canv, x, y, v)
            y -= leading
        return None
