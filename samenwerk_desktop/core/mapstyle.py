"""The map's one visual language, for the screen and the PDF alike (Qt-free).

Stance colours and signs, a shape per party kind, a colour, stroke and arrowheads per
relation type and direction, a size from influence and the label rules. The screen
(``gui/map``) and the PDF (``reports/mapdraw.py``) only render what this module says.

Checked for the room as well as the screen:

- Colour-blind safe: the stance scale is ColorBrewer PuOr (orange for against, purple for
  for), a diverging palette that stays apart for deuteranopia, protanopia and tritanopia;
  tests/core/test_mapstyle_colour_blindness.py runs the stance fills and relation colours
  through Machado et al.'s (2009) simulations and asks a CIEDE2000 of 10 between every two.
- Black and white and a washed-out projector: the fill is never the only cue. Every node
  carries its sign (−−, −, 0, +, ++) in black or white text, whichever contrasts with the
  fill, and a dark outline; relation types differ by form as well as colour (a thick
  solid coalition, a zigzag tension, a thin solid dependency, a dotted informal contact).

Lengths are in scene units (a 1:1 zoom on screen is one pixel per unit); the PDF scales
them with the same factor as the positions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# -- stance ---------------------------------------------------------------------------------

#: Stance -2..+2: fill colour (ColorBrewer PuOr), sign, and the text colour that reads on the fill.
STANCE_COLOURS: dict[int, str] = {-2: "#e66101", -1: "#fdb863", 0: "#f7f7f7", 1: "#b2abd2", 2: "#5e3c99"}
STANCE_SIGNS: dict[int, str] = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}
STANCE_TEXT: dict[int, str] = {-2: "#000000", -1: "#000000", 0: "#000000", 1: "#000000", 2: "#ffffff"}
#: The outline of every node, and of a selected one.
OUTLINE = "#333333"
OUTLINE_WIDTH = 1.4


def stance_key(stance: int) -> int:
    """A stance clamped to the palette (-2..+2)."""
    return stance if stance in STANCE_COLOURS else 0


def stance_colour(stance: int) -> str:
    return STANCE_COLOURS[stance_key(stance)]


def stance_sign(stance: int) -> str:
    return STANCE_SIGNS[stance_key(stance)]


def stance_text_colour(stance: int) -> str:
    return STANCE_TEXT[stance_key(stance)]


# -- size -----------------------------------------------------------------------------------

RADIUS_MIN = 16.0
RADIUS_PER_INFLUENCE = 2.4
RADIUS_MAX = RADIUS_MIN + 10 * RADIUS_PER_INFLUENCE


def radius(influence: float) -> float:
    """Node radius by influence 0..10."""
    return RADIUS_MIN + RADIUS_PER_INFLUENCE * max(0.0, min(10.0, float(influence)))


# -- shape per kind -------------------------------------------------------------------------

#: Shape per party kind: (form, corners, rotation in degrees). Forms: circle, ellipse, rounded
#: (a rounded square), house, star (corners = points), polygon (corners, rotation).
KIND_SHAPES: dict[str, tuple[str, int, float]] = {
    "municipality": ("circle", 0, 0),
    "province": ("polygon", 6, 0),  # hexagon
    "water_board": ("polygon", 4, 0),  # diamond
    "state": ("star", 5, -90),
    "grid_operator": ("polygon", 3, -90),  # triangle, point up
    "housing_corporation": ("house", 0, 0),
    "residents": ("rounded", 0, 0),
    "nature": ("polygon", 8, 22.5),  # octagon
    "company": ("polygon", 4, 45),  # square
    "knowledge": ("polygon", 3, 90),  # triangle, point down
    "other": ("ellipse", 0, 0),
}


@dataclass(frozen=True)
class Outline:
    """A node's outline around (0, 0), y growing downwards.

    ``form`` is "ellipse" (``rx``, ``ry``), "rounded" (half width ``rx``, half height ``ry``,
    corner ``corner``) or "polygon" (``points``, closed implicitly).
    """

    form: str
    rx: float = 0.0
    ry: float = 0.0
    corner: float = 0.0
    points: tuple[tuple[float, float], ...] = ()


def shape_name(kind: str) -> str:
    """A short name of a kind's shape ("polygon6", "star5", "circle"...): what the agreement test compares."""
    form, corners, _ = KIND_SHAPES.get(kind, KIND_SHAPES["other"])
    return f"{form}{corners}" if corners else form


def outline(kind: str, r: float) -> Outline:
    """The outline of a node of a party kind with radius ``r``."""
    form, corners, rotation = KIND_SHAPES.get(kind, KIND_SHAPES["other"])
    if form == "circle":
        return Outline("ellipse", r, r)
    if form == "ellipse":
        return Outline("ellipse", r * 1.25, r * 0.8)
    if form == "rounded":
        return Outline("rounded", r * 0.9, r * 0.9, r * 0.35)
    if form == "house":
        w = r * 0.9
        return Outline("polygon", points=((-w, r * 0.85), (-w, -r * 0.15), (0.0, -r), (w, -r * 0.15), (w, r * 0.85)))
    if form == "star":
        pts = []
        for i in range(corners * 2):
            rr = r if i % 2 == 0 else r * 0.55
            a = math.radians(rotation + i * 180.0 / corners)
            pts.append((rr * math.cos(a), rr * math.sin(a)))
        return Outline("polygon", points=tuple(pts))
    pts = []
    for i in range(corners):
        a = math.radians(rotation + i * 360.0 / corners)
        pts.append((r * math.cos(a), r * math.sin(a)))
    return Outline("polygon", points=tuple(pts))


# -- relations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RelationStyle:
    """How a relation type is drawn: colour, width (at strength 2), dashes in widths, zigzag."""

    colour: str
    width: float
    dashes: tuple[float, ...] = ()  # empty: solid; else on/off lengths in multiples of the width
    zigzag: bool = False


RELATION_STYLES: dict[str, RelationStyle] = {
    "coalition": RelationStyle("#0072b2", 4.0),
    "tension": RelationStyle("#d55e00", 2.0, zigzag=True),
    "dependency": RelationStyle("#444444", 1.6),
    "informal": RelationStyle("#777777", 1.6, dashes=(1.0, 2.0)),
}
#: Zigzag of a tension: one tooth every TOOTH units, AMPLITUDE units to either side.
ZIGZAG_TOOTH = 12.0
ZIGZAG_AMPLITUDE = 5.0
#: Arrowheads: an open V of this length and half-angle (radians), stroked with the line's pen.
ARROW_SIZE = 12.0
ARROW_ANGLE = 0.45
#: Lines stop this far outside the node's radius.
LINE_GAP = 2.0
#: An open dispute: a diamond with a white "!" at the middle of the relation between the two parties
#: (or of a dashed line of this colour when they have none); half its diagonal in scene units.
DISPUTE_COLOUR = "#a3156a"
DISPUTE_SIZE = 13.0
DISPUTE_LINE_WIDTH = 1.6
DISPUTE_DASHES = (5.0, 3.0)


def dispute_point(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Where a dispute's mark sits between the centres of its two parties."""
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def relation_style(type_: str) -> RelationStyle:
    return RELATION_STYLES.get(type_, RELATION_STYLES["informal"])


def relation_width(type_: str, strength: int) -> float:
    """Stroke width by type and strength (1..3)."""
    return relation_style(type_).width * (0.6 + 0.25 * strength)


def arrowheads(direction: str) -> tuple[bool, bool]:
    """(an arrow at the target, an arrow at the source): from the direction alone, whatever the type."""
    return direction in ("forward", "both"), direction == "both"


# -- labels ---------------------------------------------------------------------------------

LABEL_MAX = 40
#: Label type size in points on screen (and in the PDF, scaled with the map).
LABEL_POINTS = 9.0
#: Where a label sits: its top edge this far below the node's outline.
LABEL_GAP = 3.0
LABEL_HALO = "#ffffff"


def label_text(party) -> str:
    """The label of a party: its short name, else its name, cut at LABEL_MAX characters with an ellipsis."""
    text = " ".join((party.short_name or party.name).split())
    return text if len(text) <= LABEL_MAX else text[:LABEL_MAX - 1] + "…"


def label_order(parties, degree: dict[int, int] | None = None) -> list[int]:
    """Party ids in the order their labels are given room: most influence first, then most relations, then id."""
    degree = degree or {}
    return [p.id for p in sorted(parties, key=lambda p: (-p.influence, -degree.get(p.id, 0), p.id))]


def labels_for_zoom(order: list[int], scale: float, visible: int | None = None) -> set[int]:
    """Which labels to draw at a zoom ``scale`` (screen pixels per unit) with ``visible`` parties in sight.

    At 1:1 and closer every label shows. Zoomed out, a label needs room: the budget is the
    number of labels of about 120 x 16 pixels that fit in a 1600 x 1000 window, so 1,000
    parties zoomed out show the most influential few dozen instead of 1,000 overlapping labels.
    """
    visible = len(order) if visible is None else visible
    if scale >= 0.8 or visible <= 40:
        return set(order)
    budget = max(12, int(40 + 360 * (scale / 0.8) ** 2))
    if visible <= budget:
        return set(order)
    share = budget / max(1, visible)
    return set(order[:max(1, int(len(order) * share))])


def degrees(relations) -> dict[int, int]:
    """How many relations each party has."""
    out: dict[int, int] = {}
    for r in relations:
        out[r.source_id] = out.get(r.source_id, 0) + 1
        out[r.target_id] = out.get(r.target_id, 0) + 1
    return out


# -- decoration -----------------------------------------------------------------------------

#: Grid quadrant fills by (high influence, high involvement); onion band shades, centre first.
GRID_FILLS: dict[tuple[bool, bool], str] = {
    (True, True): "#e8eef7", (True, False): "#f1f1f1", (False, True): "#f7f3ea", (False, False): "#fafafa",
}
GRID_LINE = "#b8b8b8"
ONION_SHADES = ("#dfe8f3", "#e9eff6", "#f2f5f9", "#f9fafc")
ONION_LINE = "#b0b8c4"
CHALLENGE_FILL = "#fff7d6"
CHALLENGE_LINE = "#8a7a3a"
DECOR_TEXT = "#5a6270"
#: Actor-type view: a fill per actor type (the fence-sitters' middle cross is the plain background).
ACTOR_FILLS: dict[str, str] = {
    "ally": "#e8eef7", "opponent": "#f7f3ea", "bedfellow": "#eef6f1", "adversary": "#f6e9e6", "fence_sitter": "#fafafa",
}
