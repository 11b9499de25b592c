"""The party map as vector graphics for the PDF: the screen's map, scaled onto the page.

Positions come from ``core/layout.py`` and every colour, shape, stroke and arrowhead from
``core/mapstyle.py``, exactly as on screen; this module only scales them into its box
(one uniform factor) and flips y for ReportLab.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.validators import isAnything
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from samenwerk_desktop.core import disputes, layout, mapstyle
from samenwerk_desktop.core.model import PARTY_KINDS, RELATION_TYPES, STANCES
from samenwerk_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    clean,
    coverage,
    display_order,
    fit,
    has_rtl,
    shaping_available,
    word,
)

#: The stance signs, for tables elsewhere in the report.
STANCE_SYMBOLS = mapstyle.STANCE_SIGNS
#: With more parties than this, only the most influential LABEL_LIMIT get a name on the page.
LABEL_ALL = 60
LABEL_LIMIT = 40
LEGEND_H = 128
#: The widest a party's label may be on the page (points); longer names are cut with an ellipsis.
LABEL_WIDTH = 90


@dataclass(frozen=True)
class PartyMark:
    """A party as drawn on the page: centre (PDF points, y up), radius, fill and shape name."""

    x: float
    y: float
    r: float
    fill: str
    shape: str


@dataclass(frozen=True)
class RelationMark:
    """A relation as drawn on the page: ends (outline to outline), colour, dashes, zigzag, arrowheads."""

    a: tuple[float, float]
    b: tuple[float, float]
    colour: str
    width: float
    dashes: tuple[float, ...]
    zigzag: bool
    arrows: tuple[bool, bool]


def hex_colour(value: str):
    return colors.HexColor(value)


def shape(kind: str, x: float, y: float, r: float, fill, stroke, width: float = 0.8):
    """The node shape of a party kind centred on (x, y) (PDF coordinates: y up, so the outline is flipped)."""
    form = mapstyle.outline(kind, r)
    if form.form == "ellipse":
        if form.rx == form.ry:
            return Circle(x, y, form.rx, fillColor=fill, strokeColor=stroke, strokeWidth=width)
        return Ellipse(x, y, form.rx, form.ry, fillColor=fill, strokeColor=stroke, strokeWidth=width)
    if form.form == "rounded":
        return Rect(x - form.rx, y - form.ry, 2 * form.rx, 2 * form.ry, rx=form.corner, ry=form.corner,
                    fillColor=fill, strokeColor=stroke, strokeWidth=width)
    points: list[float] = []
    for px, py in form.points:
        points += [x + px, y - py]
    return Polygon(points, fillColor=fill, strokeColor=stroke, strokeWidth=width)


class MapPage:
    """The marks of one map on a page: scene positions fitted into a width x height box, y up from ``bottom``."""

    def __init__(self, data, width: float, height: float, bottom: float = 0.0, party_ids=None):
        self.data = data
        parties = data.parties
        if party_ids is not None:
            parties = [p for p in parties if p.id in party_ids]
        self.parties = parties
        self.layout = data.collaboration.map_layout
        self.placement = layout.placement(self.layout, data.parties)
        self.fit = layout.fit(layout.extent(self.placement, parties), width, height)
        self.width, self.height, self.bottom = width, height, bottom

    def point(self, scene_point: tuple[float, float]) -> tuple[float, float]:
        x, y = self.fit(scene_point)
        return (x, self.bottom + self.height - y)

    def length(self, scene_length: float) -> float:
        return scene_length * self.fit.scale

    def party_marks(self) -> dict[int, PartyMark]:
        out = {}
        for p in self.parties:
            x, y = self.point(self.placement.positions[p.id])
            r = max(2.0, self.length(mapstyle.radius(p.influence)))
            out[p.id] = PartyMark(x, y, r, mapstyle.stance_colour(p.stance), mapstyle.shape_name(p.kind))
        return out

    def relation_marks(self, marks: dict[int, PartyMark]) -> dict[int, RelationMark]:
        out = {}
        for rel in self.data.relations:
            a, b = marks.get(rel.source_id), marks.get(rel.target_id)
            if a is None or b is None:
                continue
            dx, dy = b.x - a.x, b.y - a.y
            length = math.hypot(dx, dy)
            gap = self.length(mapstyle.LINE_GAP)
            if length <= a.r + b.r + 2 * gap:
                continue
            ux, uy = dx / length, dy / length
            style = mapstyle.relation_style(rel.type)
            out[rel.id] = RelationMark(
                (a.x + ux * (a.r + gap), a.y + uy * (a.r + gap)), (b.x - ux * (b.r + gap), b.y - uy * (b.r + gap)),
                style.colour, max(0.35, self.length(mapstyle.relation_width(rel.type, rel.strength))),
                style.dashes, style.zigzag, mapstyle.arrowheads(rel.direction))
        return out


def _relation_shapes(mark: RelationMark, scale: float) -> list:
    colour = hex_colour(mark.colour)
    (ax, ay), (bx, by) = mark.a, mark.b
    out: list = []
    dash = [d * mark.width for d in mark.dashes] or None
    if mark.zigzag:
        length = math.hypot(bx - ax, by - ay)
        tooth = max(3.0, mapstyle.ZIGZAG_TOOTH * scale)
        amp = max(1.2, mapstyle.ZIGZAG_AMPLITUDE * scale)
        steps = max(2, int(length / tooth))
        nx, ny = -(by - ay) / length, (bx - ax) / length
        pts = [ax, ay]
        for i in range(1, steps):
            t = i / steps
            side = amp if i % 2 else -amp
            pts += [ax + (bx - ax) * t + nx * side, ay + (by - ay) * t + ny * side]
        pts += [bx, by]
        out.append(PolyLine(pts, strokeColor=colour, strokeWidth=mark.width, strokeLineJoin=1))
    else:
        line = Line(ax, ay, bx, by, strokeColor=colour, strokeWidth=mark.width)
        if dash:
            line.strokeDashArray = dash
        out.append(line)
    size = max(3.5, mapstyle.ARROW_SIZE * scale)
    at_target, at_source = mark.arrows
    for (sx, sy), (tx, ty), wanted in ((mark.a, mark.b, at_target), (mark.b, mark.a, at_source)):
        if wanted:
            angle = math.atan2(sy - ty, sx - tx)
            half = mapstyle.ARROW_ANGLE
            out.append(PolyLine([tx + math.cos(angle + half) * size, ty + math.sin(angle + half) * size, tx, ty,
                                 tx + math.cos(angle - half) * size, ty + math.sin(angle - half) * size],
                                strokeColor=colour, strokeWidth=mark.width, strokeLineJoin=1))
    return out


def dispute_shapes(page: MapPage, marks: dict[int, PartyMark]) -> tuple[list, list]:
    """The open disputes the page's data holds (its audience's): dashed lines where the two parties have no
    relation (drawn with the relations) and the diamonds with their "!" (drawn over them), as on screen."""
    lines, diamonds = [], []
    colour, white = hex_colour(mapstyle.DISPUTE_COLOUR), colors.white
    for m in disputes.pair_marks(page.data):
        a, b = marks.get(m.parties[0]), marks.get(m.parties[1])
        if a is None or b is None:
            continue
        if m.relation_id is None:
            width = max(0.35, page.length(mapstyle.DISPUTE_LINE_WIDTH))
            lines.append(Line(a.x, a.y, b.x, b.y, strokeColor=colour, strokeWidth=width,
                              strokeDashArray=[d * width for d in mapstyle.DISPUTE_DASHES]))
        x, y = mapstyle.dispute_point((a.x, a.y), (b.x, b.y))
        s = max(3.5, page.length(mapstyle.DISPUTE_SIZE))
        diamonds.append(Polygon([x, y + s, x + s, y, x, y - s, x - s, y], fillColor=colour, strokeColor=white,
                                strokeWidth=max(0.3, page.length(1.4))))
        w = s * 0.2  # the "!" of gui/map/dispute_marks.bang_path, y flipped
        diamonds.append(Rect(x - w / 2, y - s * 0.15, w, s * 0.7, fillColor=white, strokeColor=None))
        diamonds.append(Rect(x - w / 2, y - s * 0.3 - w, w, w, fillColor=white, strokeColor=None))
    return lines, diamonds


class MapDrawing(Drawing):
    """A map's drawing whose right-to-left labels the canvas draws itself, shaped and in reading order.

    ReportLab's renderer draws a ``String`` unshaped and letter by letter left to right, so an
    Arabic name on the map would read back to front and be extracted so; the report's
    paragraphs go through ``display_order`` and ReportLab's ``shaping`` (reports/text.py), and
    so do these labels, drawn after (above) everything else of the drawing.
    """

    _attrMap = AttrMap(BASE=Drawing, shaped_labels=AttrMapValue(isAnything, desc="labels the canvas shapes"),
                       edges=AttrMapValue(isAnything, desc="lines the canvas strokes itself, and where"))

    def __init__(self, width: float, height: float):
        super().__init__(width, height)
        #: (x, y, text in logical order, font, size, colour) of each label drawn by ``draw``, centred on x
        self.shaped_labels: list[tuple[float, float, str, str, float, object]] = []
        #: the group of lines and polylines (in the contents, for whoever reads them) the canvas strokes itself
        self.edges: Group | None = None

    def add_edges(self, shapes: list) -> None:
        """Add the relations' lines at this point of the drawing: stroked in this order, a pen set only when it changes.

        ReportLab's renderer wraps every shape in its own save and restore of the graphics state and
        sets its whole pen again (5,000 relations on the large map); the same lines in the same order
        with the same pens look the same.
        """
        group = Group(*shapes)
        self.add(group)
        if self.edges is None and all(type(s) in (Line, PolyLine) for s in shapes):
            self.edges = group

    def draw(self, *args, **kw):  # noqa: D102 - Flowable API
        if self.edges is None:
            super().draw(*args, **kw)
        else:
            whole = self.contents
            at = next(i for i, node in enumerate(whole) if node is self.edges)
            try:
                self.__dict__["contents"] = whole[:at]
                super().draw(*args, **kw)
                _stroke(self.canv, self.edges.contents)
                self.__dict__["contents"] = whole[at + 1:]
                super().draw(*args, **kw)
            finally:
                self.__dict__["contents"] = whole
        canv = self.canv
        for x, y, text, font, size, colour in self.shaped_labels:
            # a one-line Paragraph, as the report's own: the canvas's drawString(shaping=True) shapes the
            # letters but writes them so that pypdf extracts each word back to front
            para = Paragraph(escape(display_order(text)), _label_style(font, size, colour))
            _, height = para.wrapOn(canv, 4 * LABEL_WIDTH, 4 * size)
            para.drawOn(canv, x - 2 * LABEL_WIDTH, y - height + size * 1.05)


def _stroke(canv, shapes: list) -> None:
    """Stroke ``shapes`` (lines and polylines) as ReportLab's renderer would, each pen set when it changes."""
    canv.saveState()
    canv.setLineCap(0)
    canv.setMiterLimit(10)
    code = canv._code
    pen = None
    for s in shapes:
        dash = s.strokeDashArray
        colour = s.strokeColor
        key = (colour.rgb(), s.strokeWidth, tuple(dash) if dash else (), s.strokeLineJoin)
        if key != pen:
            if pen is None or key[0] != pen[0]:
                canv.setStrokeColor(colour)
            if pen is None or key[1] != pen[1]:
                canv.setLineWidth(s.strokeWidth)
            if pen is None or key[2] != pen[2]:
                canv.setDash(list(key[2]) if key[2] else [])
            if pen is None or key[3] != pen[3]:
                canv.setLineJoin(s.strokeLineJoin)
            pen = key
        if type(s) is Line:
            code.append(f"n {fp_str(s.x1, s.y1)} m {fp_str(s.x2, s.y2)} l S")
        else:
            pts = s.points
            path = [f"n {fp_str(pts[0], pts[1])} m"]
            path += [f"{fp_str(pts[i], pts[i + 1])} l" for i in range(2, len(pts), 2)]
            path.append("S")
            code.append(" ".join(path))
    canv.restoreState()


@cache
def _label_style(font: str, size: float, colour) -> ParagraphStyle:
    return ParagraphStyle(f"mapLabel{size:.2f}", fontName=font, fontSize=size, leading=size * 1.2, textColor=colour,
                          alignment=TA_CENTER, shaping=1)


def _label(d: Drawing, labels: Group, x: float, y: float, text: str, size: float) -> None:
    """A party's name below its symbol on a white halo; a right-to-left name is left to the canvas (shaped)."""
    w = stringWidth(text, FONT, size) + 3
    labels.add(Rect(x - w / 2, y - 1.5, w, size + 1.5, rx=1.5, ry=1.5, fillColor=colors.white, fillOpacity=0.85,
                    strokeColor=None))
    if has_rtl(text) and shaping_available() and isinstance(d, MapDrawing):
        d.shaped_labels.append((x, y, text, FONT, size, INK))
    else:
        labels.add(String(x, y, text, fontName=FONT, fontSize=size, fillColor=INK, textAnchor="middle"))


def draw_map(d: Drawing, page: MapPage, lang: str, label_ids: set[int] | None = None) -> dict[int, PartyMark]:
    """Draw the background, relations (beneath), parties and labels (with a halo) of ``page`` onto ``d``."""
    if page.layout == "grid":
        _grid_background(d, lang, page)
    elif page.layout == "onion":
        _onion_background(d, lang, page)
    elif page.layout == "actors":
        _actors_background(d, lang, page)
    marks = page.party_marks()
    edges = Group()
    dispute_lines, diamonds = dispute_shapes(page, marks)
    for s in dispute_lines:
        edges.add(s)
    for rel_mark in page.relation_marks(marks).values():
        for s in _relation_shapes(rel_mark, page.fit.scale):
            edges.add(s)
    if isinstance(d, MapDrawing):
        d.add_edges(edges.contents)
    else:
        d.add(edges)
    d.add(Group(*diamonds))
    by_id = {p.id: p for p in page.parties}
    nodes, labels = Group(), Group()
    outline = hex_colour(mapstyle.OUTLINE)
    font_size = max(5.5, min(8.0, mapstyle.LABEL_POINTS * page.fit.scale * 1.3))
    for pid, mark in marks.items():
        p = by_id[pid]
        nodes.add(shape(p.kind, mark.x, mark.y, mark.r, hex_colour(mark.fill), outline,
                        max(0.4, page.length(mapstyle.OUTLINE_WIDTH))))
        size = max(4.0, min(9.0, mark.r * 0.85))
        if mark.r >= 3.5:
            nodes.add(String(mark.x, mark.y - size * 0.35, mapstyle.stance_sign(p.stance), fontName=FONT_BOLD,
                             fontSize=size, fillColor=hex_colour(mapstyle.stance_text_colour(p.stance)),
                             textAnchor="middle"))
        if label_ids is None or pid in label_ids:
            text = fit(clean(mapstyle.label_text(p)), FONT, font_size, LABEL_WIDTH)
            _label(d, labels, mark.x, mark.y - mark.r - 2 - font_size, text, font_size)
    d.add(nodes)
    d.add(labels)
    return marks


@contextmanager
def _unchecked_shapes():
    """Shapes made without ReportLab's check of every attribute against its type (``rl_config.shapeChecking``).

    The map's shapes are made here from numbers and colours this module computed; on the large
    collaboration (5,000 relations, seven drawings) the checks were a tenth of making the report's story.
    """
    before = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = before


def map_drawing(data, lang: str, width: float, map_height: float = 400, party_ids=None,
                legend: bool = True) -> Drawing:
    """The map of a collaboration in its stored layout (or the part with ``party_ids``), with a legend underneath."""
    with _unchecked_shapes():
        return _map_drawing(data, lang, width, map_height, party_ids, legend)


def _map_drawing(data, lang: str, width: float, map_height: float, party_ids, legend: bool) -> Drawing:
    coverage()  # the embedded fonts are registered
    legend_h = LEGEND_H if legend else 0
    d = MapDrawing(width, map_height + legend_h)
    d.add(Rect(0, legend_h, width, map_height, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
    page = MapPage(data, width, map_height, legend_h, party_ids)
    label_ids = None
    if len(page.parties) > LABEL_ALL:
        order = mapstyle.label_order(page.parties, mapstyle.degrees(data.relations))
        label_ids = set(order[:LABEL_LIMIT])
    draw_map(d, page, lang, label_ids)
    if label_ids is not None:
        d.add(String(width - 4, legend_h + 4, word("map_note_many", lang, n=LABEL_LIMIT), fontName=FONT,
                     fontSize=6.5, fillColor=MUTED, textAnchor="end"))
    if legend:
        _legend(d, lang, width, legend_h, data)
    return d


def _grid_background(d: Drawing, lang: str, page: MapPage) -> None:
    frame = page.placement.frame
    left, top, right, bottom = frame.grid_rect()
    mid_x, mid_y = (left + right) / 2, (top + bottom) / 2
    for (hi_inf, hi_inv), msg in layout.QUADRANTS.items():
        x0, y0 = (mid_x if hi_inv else left), (top if hi_inf else mid_y)
        (ax, ay), (bx, by) = page.point((x0, y0)), page.point((x0 + mid_x - left, y0 + mid_y - top))
        d.add(Rect(ax, by, bx - ax, ay - by, fillColor=hex_colour(mapstyle.GRID_FILLS[(hi_inf, hi_inv)]),
                   strokeColor=hex_colour(mapstyle.GRID_LINE), strokeWidth=0.5))
        d.add(String(ax + 4, ay - 10, msg.text(lang), fontName=FONT_BOLD, fontSize=8, fillColor=MUTED))
    (lx, by), (rx, ty) = page.point((left, bottom)), page.point((right, top))
    d.add(Line(lx, by, rx, by, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Line(lx, by, lx, ty, strokeColor=MUTED, strokeWidth=0.8))
    d.add(String(rx, by - 10, word("involvement", lang) + " →", fontName=FONT, fontSize=7.5, fillColor=MUTED,
                 textAnchor="end"))
    g = Group(String(0, 0, word("influence", lang) + " →", fontName=FONT, fontSize=7.5, fillColor=MUTED,
                     textAnchor="end"))
    g.transform = (0, 1, -1, 0, lx - 4, ty)
    d.add(g)


def _actors_background(d: Drawing, lang: str, page: MapPage) -> None:
    from samenwerk_desktop.core.actors import ACTOR_TYPES

    frame = page.placement.frame
    for (x0, y0, x1, y1), actor in layout.actors_regions(frame):
        (ax, ay), (bx, by) = page.point((x0, y0)), page.point((x1, y1))
        d.add(Rect(ax, by, bx - ax, ay - by, fillColor=hex_colour(mapstyle.ACTOR_FILLS[actor]),
                   strokeColor=hex_colour(mapstyle.GRID_LINE), strokeWidth=0.5))
        lx = page.point(frame.actors_point(0, 0))[0] if actor == "fence_sitter" else ax + 4
        d.add(String(lx, ay - 10, ACTOR_TYPES[actor].text(lang), fontName=FONT_BOLD, fontSize=8, fillColor=MUTED,
                     textAnchor="middle" if actor == "fence_sitter" else "start"))
    left, top, right, bottom = frame.actors_rect()
    (lx, by), (rx, ty) = page.point((left, bottom)), page.point((right, top))
    across, up = layout.ACTORS_AXES
    d.add(String(rx, by - 10, across.text(lang), fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="end"))
    g = Group(String(0, 0, up.text(lang), fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="end"))
    g.transform = (0, 1, -1, 0, lx - 4, ty)
    d.add(g)


def _onion_background(d: Drawing, lang: str, page: MapPage) -> None:
    frame = page.placement.frame
    cx, cy = page.point((0.0, 0.0))
    for i in reversed(range(len(frame.ring_radii))):
        r = page.length(frame.ring_radii[i])
        d.add(Circle(cx, cy, r, fillColor=hex_colour(mapstyle.ONION_SHADES[i]),
                     strokeColor=hex_colour(mapstyle.ONION_LINE), strokeWidth=0.6))
        d.add(String(cx, cy + r - 9, layout.ONION_RINGS[i][1].text(lang), fontName=FONT_BOLD, fontSize=7,
                     fillColor=hex_colour(mapstyle.DECOR_TEXT), textAnchor="middle"))
    d.add(Circle(cx, cy, page.length(layout.ONION_CORE), fillColor=hex_colour(mapstyle.CHALLENGE_FILL),
                 strokeColor=hex_colour(mapstyle.CHALLENGE_LINE), strokeWidth=0.8))


def _legend(d: Drawing, lang: str, width: float, height: float, data) -> None:
    y0 = height - 14
    d.add(String(0, y0, word("legend", lang), fontName=FONT_BOLD, fontSize=8, fillColor=INK))
    outline = hex_colour(mapstyle.OUTLINE)
    x, y = 0, y0 - 14
    d.add(String(x, y, word("stance", lang), fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
    for stance in (2, 1, 0, -1, -2):
        y -= 15
        d.add(Circle(x + 6, y + 3, 6, fillColor=hex_colour(mapstyle.stance_colour(stance)), strokeColor=outline,
                     strokeWidth=0.6))
        d.add(String(x + 6, y + 0.8, mapstyle.stance_sign(stance), fontName=FONT_BOLD, fontSize=6,
                     fillColor=hex_colour(mapstyle.stance_text_colour(stance)), textAnchor="middle"))
        d.add(String(x + 16, y, STANCES[stance].text(lang), fontName=FONT, fontSize=7, fillColor=INK))
    kinds = [k for k in PARTY_KINDS if any(p.kind == k for p in data.parties)] or list(PARTY_KINDS)
    x, y = width * 0.22, y0 - 14
    d.add(String(x, y, word("kind", lang), fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
    for i, kind in enumerate(kinds):
        col, row = divmod(i, 6)  # two columns of six: all eleven kinds stay clear of the relation column
        cx, cy = x + col * width * 0.23, y - 15 * (row + 1)
        d.add(shape(kind, cx + 6, cy + 3, 5, colors.white, outline, 0.7))
        d.add(String(cx + 16, cy, PARTY_KINDS[kind].text(lang), fontName=FONT, fontSize=7, fillColor=INK))
    x, y = width * 0.72, y0 - 14
    d.add(String(x, y, word("type", lang), fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
    marked = bool(disputes.pair_marks(data))
    step = 13 if marked else 15  # room for the open dispute's line in the column
    for rel_type, style in mapstyle.RELATION_STYLES.items():
        y -= step
        mark = RelationMark((x, y + 3), (x + 26, y + 3), style.colour, 1.4, style.dashes, style.zigzag,
                            (False, False))
        for s in _relation_shapes(mark, 0.5):
            d.add(s)
        d.add(String(x + 32, y, RELATION_TYPES[rel_type].text(lang), fontName=FONT, fontSize=7, fillColor=INK))
    y -= step
    mark = RelationMark((x, y + 3), (x + 26, y + 3), mapstyle.OUTLINE, 1.0, (), False, (True, False))
    for s in _relation_shapes(mark, 0.5):
        d.add(s)
    d.add(String(x + 32, y, word("direction_arrow", lang), fontName=FONT, fontSize=7, fillColor=INK))
    y -= step
    d.add(Circle(x + 4, y + 3, 3, fillColor=None, strokeColor=MUTED, strokeWidth=0.6))
    d.add(Circle(x + 18, y + 3, 7, fillColor=None, strokeColor=MUTED, strokeWidth=0.6))
    d.add(String(x + 32, y, word("size_influence", lang), fontName=FONT, fontSize=7, fillColor=INK))
    if marked:
        y -= step
        cx, cy, s = x + 13, y + 3, 5.0
        d.add(Polygon([cx, cy + s, cx + s, cy, cx, cy - s, cx - s, cy], fillColor=hex_colour(mapstyle.DISPUTE_COLOUR),
                      strokeColor=colors.white, strokeWidth=0.5))
        d.add(Rect(cx - 0.5, cy - 0.75, 1.0, 3.5, fillColor=colors.white, strokeColor=None))
        d.add(Rect(cx - 0.5, cy - 2.5, 1.0, 1.0, fillColor=colors.white, strokeColor=None))
        d.add(String(x + 32, y, word("open_dispute", lang), fontName=FONT, fontSize=7, fillColor=INK))
