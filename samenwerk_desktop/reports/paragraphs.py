"""Report paragraphs that share their parse, line break and drawn operators with identical ones.

A large report makes and draws the same short paragraphs thousands of times: the header cells on
every page of a table, a status in every row ("Open", "Aangenomen"), the same line under every
party. ReportLab parses, breaks and draws each one anew. ``ReportParagraph`` does that work once
for a paragraph of one line in one run of text (what a parse of escaped user text or a label
gives: one fragment, no link, no background, not shaped):

- the parse once per text and style; the fragment is shared (wrap and draw only read it);
- the line break once per text, style and width, with the attributes ``wrap`` leaves;
- the operators ``draw`` writes once per canvas, text, style and width: a paragraph is drawn
  between the saveState and restoreState of ``drawOn`` and only appends to the page's code,
  so the same paragraph at the same width always writes the same operators.

Everything else (several fragments or lines, splits, right-to-left text) is ReportLab's own
Paragraph. The PDF's bytes stay the same.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

_LIMIT = 50_000
#: (text, id of the style) -> the parse's style, fragments and text, and the style itself
_PARSED: dict[tuple[str, int], tuple] = {}
#: (text, style, width) -> what ``wrap`` leaves on a one-line paragraph
_BROKEN: dict[tuple[str, int, float], dict] = {}
_WRAP_ATTRS = ("width", "_wrapWidths", "blPara", "height", "_width_max", "_splitLongWordCount", "_hyphenations")


def _plain(frags, style) -> bool:
    """One fragment that ReportLab breaks and draws on its simple path, with nothing outside the text object."""
    if len(frags) != 1 or style.shaping or style.endDots or style.backColor or style.borderWidth:
        return False
    if style.wordWrap or getattr(style, "bulletText", None) or getattr(style, "hyphenationLang", None):
        return False
    f = frags[0]
    return not any(getattr(f, a, None) for a in ("cbDefn", "backColor", "link", "us_lines", "lineBreak",
                                                 "_selfClosingTag"))


class ReportParagraph(Paragraph):
    """A Paragraph whose parse, line break and drawing are shared with identical plain one-line paragraphs."""

    _swk_key: tuple | None = None

    def __init__(self, text, style=None, bulletText=None, frags=None, **kw):  # noqa: N803 - ReportLab API
        if frags is not None or bulletText is not None or kw or style is None or not isinstance(text, str):
            super().__init__(text, style, bulletText, frags, **kw)  # a piece of a split, or unusual
            return
        key = (text, id(style))
        parsed = _PARSED.get(key, False)
        if parsed is False:
            super().__init__(text, style)
            # the given style is kept in the entry: it lives as long as the key that names its id
            parsed = (self.style, self.frags, self.text, style) if _plain(self.frags, self.style) else None
            if len(_PARSED) < _LIMIT and parsed is not None:
                _PARSED[key] = parsed
            if parsed is not None:
                self._swk_key = key
            return
        self.caseSensitive, self.encoding = 1, "utf8"
        self.style, self.frags, self.text, _ = parsed
        self.bulletText, self.debug = None, 0
        self._swk_key = key

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        """Override Paragraph.wrap: a one-line plain paragraph's line break remembered per width."""
        key = self._swk_key
        if key is None:
            return super().wrap(availWidth, availHeight)
        wkey = (*key, availWidth)
        done = _BROKEN.get(wkey)
        if done is None:
            result = super().wrap(availWidth, availHeight)
            blpara = getattr(self, "blPara", None)
            if (blpara is not None and blpara.kind == 0 and len(blpara.lines) == 1 and len(_BROKEN) < _LIMIT
                    and all(a in self.__dict__ for a in _WRAP_ATTRS) and self.width == availWidth):
                _BROKEN[wkey] = {a: self.__dict__[a] for a in _WRAP_ATTRS}
            return result
        self.__dict__.update(done)
        return self.width, self.height

    def draw(self):
        """Override Paragraph.draw: a shared one-line paragraph's operators written once per canvas and width."""
        key = self._swk_key
        canv = self.canv
        if key is None or (wkey := (*key, self.width)) not in _BROKEN or _BROKEN[wkey]["blPara"] is not self.blPara:
            return super().draw()
        drawn = canv.__dict__.get("_swk_paras")
        if drawn is None:
            drawn = canv._swk_paras = {}
        code = drawn.get(wkey)
        if code is not None:
            canv._code.extend(code)
            return None
        start = len(canv._code)
        super().draw()
        if len(drawn) < _LIMIT:
            drawn[wkey] = canv._code[start:]
        return None
