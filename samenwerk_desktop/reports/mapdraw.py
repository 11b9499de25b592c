"""The party map as vector graphics for the PDF: nodes by kind, stance colour and symbol, edges by relation type."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors

from samenwerk_desktop.core import layout
from samenwerk_desktop.core.model import PARTY_KINDS, RELATION_TYPES, STANCES
from samenwerk_desktop.reports.common import FONT, FONT_BOLD, INK, MUTED, RULE, clean, fit, word

#: Okabe–Ito colours (safe for colour-blind readers), strongly against → strongly for.
STANCE_COLOURS: dict[int, str] = {-2: "#D55E00", -1: "#E69F00", 0: "#BBBBBB", 1: "#56B4E9", 2: "#0072B2"}
#: The non-colour cue: a symbol inside every node.
STANCE_SYMBOLS: dict[int, str] = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}
#: Dark text on light fills, white text on dark fills.
STANCE_TEXT: dict[int, str] = {-2: "#ffffff", -1: "#1d2b3a", 0: "#1d2b3a", 1: "#1d2b3a", 2: "#ffffff"}

#: Relation styles: colour, dash pattern (None = solid).
RELATION_STYLES: dict[str, tuple[str, list[float] | None]] = {
    "coalition": ("#009E73", None),
    "tension": ("#D55E00", [5, 3]),
    "dependency": ("#0072B2", [1.5, 2.5, 6, 2.5]),
    "informal": ("#888888", [1, 2.5]),
}

#: Node shapes by party kind: (number of corners or 0 for a circle, rotation in degrees, star?).
KIND_SHAPES: dict[str, tuple[int, float, bool]] = {
    "municipality": (0, 0, False),
    "province": (4, 45, False),
    "water_board": (4, 0, False),
    "state": (6, 0, False),
    "grid_operator": (3, 90, False),
    "housing_corporation": (5, 90, False),
    "residents": (3, -90, False),
    "nature": (5, 90, True),
    "company": (8, 22.5, False),
    "knowledge": (4, 0, True),
    "other": (0, 0, False),
}

LABEL_LIMIT = 40


def node_radius(influence: float) -> float:
    """Node size grows with influence (0–10)."""
    return 5.5 + 0.95 * max(0.0, min(10.0, influence))


def shape(kind: str, x: float, y: float, r: float, fill, stroke, width: float = 0.8):
    """The node shape of a party kind centred on (x, y)."""
    corners, rotation, star = KIND_SHAPES.get(kind, (0, 0, False))
    if corners == 0:
        c = Circle(x, y, r, fillColor=fill, strokeColor=stroke, strokeWidth=width)
        if kind == "other":
            c.strokeDashArray = [2, 1.5]
        return c
    points: list[float] = []
    steps = corners * 2 if star else corners
    # polygons of the same area look the same size as the circle: scale them up a little
    outer = r * (1.25 if star else 1.12)
    for i in range(steps):
        radius = outer if not star or i % 2 == 0 else outer * 0.5
        a = math.radians(rotation) + 2 * math.pi * i / steps
        points += [x + radius * math.cos(a), y + radius * math.sin(a)]
    return Polygon(points, fillColor=fill, strokeColor=stroke, strokeWidth=width)


def _arrow(x1, y1, x2, y2, r, colour) -> Polygon:
    angle = math.atan2(y2 - y1, x2 - x1)
    tip_x, tip_y = x2 - (r + 1) * math.cos(angle), y2 - (r + 1) * math.sin(angle)
    size = 6
    left = (tip_x - size * math.cos(angle - 0.4), tip_y - size * math.sin(angle - 0.4))
    right = (tip_x - size * math.cos(angle + 0.4), tip_y - size * math.sin(angle + 0.4))
    return Polygon([tip_x, tip_y, *left, *right], fillColor=colour, strokeColor=colour, strokeWidth=0.5)


def map_drawing(data, lang: str, width: float, map_height: float = 400) -> Drawing:
    """The map of a collaboration in its stored layout, with a legend underneath."""
    parties = data.parties
    legend_h = 118
    d = Drawing(width, map_height + legend_h)
    top = legend_h  # the map occupies y in [legend_h, legend_h + map_height]
    lay = data.collaboration.map_layout
    border = Rect(0, top, width, map_height, fillColor=None, strokeColor=RULE, strokeWidth=0.6)
    d.add(border)

    def flip(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0], top + map_height - p[1])

    if lay == "grid":
        _grid_background(d, lang, width, map_height, top)
    elif lay == "onion":
        _onion_background(d, lang, width, map_height, top)
    margin = 34 if lay == "grid" else 30
    pos = {pid: flip(p) for pid, p in layout.positions(lay, parties, width, map_height, margin).items()}
    by_id = {p.id: p for p in parties}

    edges = Group()
    arrows = Group()
    for rel in data.relations:
        a, b = pos.get(rel.source_id), pos.get(rel.target_id)
        if a is None or b is None:
            continue
        colour_hex, dash = RELATION_STYLES.get(rel.type, ("#888888", None))
        colour = colors.HexColor(colour_hex)
        line = Line(a[0], a[1], b[0], b[1], strokeColor=colour, strokeWidth=0.6 + 0.5 * rel.strength)
        if dash:
            line.strokeDashArray = dash
        edges.add(line)
        if rel.direction in ("forward", "both"):
            arrows.add(_arrow(a[0], a[1], b[0], b[1], node_radius(by_id[rel.target_id].influence), colour))
        if rel.direction == "both":
            arrows.add(_arrow(b[0], b[1], a[0], a[1], node_radius(by_id[rel.source_id].influence), colour))
    d.add(edges)
    d.add(arrows)

    labelled = {p.id for p in parties}
    if len(parties) > 60:
        labelled = {p.id for p in sorted(parties, key=lambda p: (-p.influence, p.id))[:LABEL_LIMIT]}
    nodes = Group()
    labels = Group()
    for p in parties:
        x, y = pos[p.id]
        r = node_radius(p.influence)
        stance = p.stance if p.stance in STANCE_COLOURS else 0
        nodes.add(shape(p.kind, x, y, r, colors.HexColor(STANCE_COLOURS[stance]), colors.HexColor("#33404d")))
        sym = STANCE_SYMBOLS[stance]
        size = max(5.5, min(9.0, r * 0.85))
        nodes.add(String(x, y - size * 0.35, sym, fontName=FONT_BOLD, fontSize=size,
                         fillColor=colors.HexColor(STANCE_TEXT[stance]), textAnchor="middle"))
        if p.id in labelled:
            text = fit(clean(p.label), FONT, 7, 90)
            labels.add(String(x, y - r - 8.5, text, fontName=FONT, fontSize=7, fillColor=INK, textAnchor="middle"))
    d.add(nodes)
    d.add(labels)
    if len(parties) > 60:
        d.add(String(width - 4, top + 4, word("map_note_many", lang, n=LABEL_LIMIT), fontName=FONT, fontSize=6.5,
                     fillColor=MUTED, textAnchor="end"))
    _legend(d, lang, width, legend_h, data)
    return d


def _grid_background(d: Drawing, lang: str, width: float, height: float, top: float) -> None:
    left, gtop, right, bottom = layout.grid_rect(width, height, 34)
    mid_x = (left + right) / 2
    mid_y = (gtop + bottom) / 2
    tints = {(True, True): "#eef4fa", (True, False): "#f6f1e8", (False, True): "#eef6f1", (False, False): "#f5f5f5"}
    for (hi_inf, hi_inv), msg in layout.QUADRANTS.items():
        x0 = mid_x if hi_inv else left
        y0 = gtop if hi_inf else mid_y  # screen coordinates
        w, h = (right - left) / 2, (bottom - gtop) / 2
        d.add(Rect(x0, top + height - (y0 + h), w, h, fillColor=colors.HexColor(tints[(hi_inf, hi_inv)]),
                   strokeColor=None))
        lx = x0 + (w - 5 if hi_inv else 5)
        d.add(String(lx, top + height - y0 - 11, msg.text(lang), fontName=FONT_BOLD, fontSize=8,
                     fillColor=MUTED, textAnchor="end" if hi_inv else "start"))
    d.add(Line(left, top + height - bottom, right, top + height - bottom, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Line(left, top + height - bottom, left, top + height - gtop, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Line(mid_x, top + height - bottom, mid_x, top + height - gtop, strokeColor=RULE, strokeWidth=0.5))
    d.add(Line(left, top + height - mid_y, right, top + height - mid_y, strokeColor=RULE, strokeWidth=0.5))
    d.add(String(right, top + height - bottom - 12, word("involvement", lang) + " →", fontName=FONT, fontSize=7.5,
                 fillColor=MUTED, textAnchor="end"))
    g = Group(String(0, 0, word("influence", lang) + " →", fontName=FONT, fontSize=7.5, fillColor=MUTED,
                     textAnchor="end"))
    g.transform = (0, 1, -1, 0, left - 6, top + height - gtop)
    d.add(g)


def _onion_background(d: Drawing, lang: str, width: float, height: float, top: float) -> None:
    radii = layout.onion_radii(width, height, 30)
    cx, cy = width / 2, top + height / 2
    shades = ["#e3ecf5", "#edf2f8", "#f4f7fb", "#fafbfd"]
    for i in reversed(range(len(radii))):
        d.add(Circle(cx, cy, radii[i], fillColor=colors.HexColor(shades[i]), strokeColor=RULE, strokeWidth=0.6))
    for i, (_, msg) in enumerate(layout.ONION_RINGS):
        d.add(String(cx, cy + radii[i] - 10, msg.text(lang), fontName=FONT, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))


def _legend(d: Drawing, lang: str, width: float, height: float, data) -> None:
    y0 = height - 14
    d.add(String(0, y0, word("legend", lang), fontName=FONT_BOLD, fontSize=8, fillColor=INK))
    # column 1: stance
    x = 0
    y = y0 - 14
    d.add(String(x, y, word("stance", lang), fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
    for stance in (2, 1, 0, -1, -2):
        y -= 15
        d.add(Circle(x + 6, y + 3, 6, fillColor=colors.HexColor(STANCE_COLOURS[stance]),
                     strokeColor=colors.HexColor("#33404d"), strokeWidth=0.6))
        d.add(String(x + 6, y + 0.8, STANCE_SYMBOLS[stance], fontName=FONT_BOLD, fontSize=6,
                     fillColor=colors.HexColor(STANCE_TEXT[stance]), textAnchor="middle"))
        d.add(String(x + 16, y, STANCES[stance].text(lang), fontName=FONT, fontSize=7, fillColor=INK))
    # columns 2-3: kinds present in the data (all when there are none)
    kinds = [k for k in PARTY_KINDS if any(p.kind == k for p in data.parties)] or list(PARTY_KINDS)
    x = width * 0.25
    y = y0 - 14
    d.add(String(x, y, word("kind", lang), fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
    for i, kind in enumerate(kinds):
        col, row = divmod(i, 5)
        cx = x + col * width * 0.21
        cy = y - 15 * (row + 1)
        d.add(shape(kind, cx + 6, cy + 3, 5, colors.white, colors.HexColor("#33404d"), 0.7))
        d.add(String(cx + 16, cy, PARTY_KINDS[kind].text(lang), fontName=FONT, fontSize=7, fillColor=INK))
    # last column: relations and size
    x = width * 0.72
    y = y0 - 14
    d.add(String(x, y, word("type", lang), fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
    for rel_type, (colour_hex, dash) in RELATION_STYLES.items():
        y -= 15
        line = Line(x, y + 3, x + 26, y + 3, strokeColor=colors.HexColor(colour_hex), strokeWidth=1.6)
        if dash:
            line.strokeDashArray = dash
        d.add(line)
        d.add(String(x + 32, y, RELATION_TYPES[rel_type].text(lang), fontName=FONT, fontSize=7, fillColor=INK))
    y -= 15
    d.add(Circle(x + 4, y + 3, 3, fillColor=None, strokeColor=MUTED, strokeWidth=0.6))
    d.add(Circle(x + 18, y + 3, 7, fillColor=None, strokeColor=MUTED, strokeWidth=0.6))
    d.add(String(x + 32, y, word("size_influence", lang), fontName=FONT, fontSize=7, fillColor=INK))
