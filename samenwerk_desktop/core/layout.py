"""Qt-free geometry of the party map: network fit, power/interest grid and onion rings.

Every function works in a box of ``width`` x ``height`` with the origin at the
top left and y growing downwards (the screen convention of a Qt scene). A PDF
drawing flips y itself. Positions are plain ``(x, y)`` tuples so the map
canvas on screen and the PDF report share one geometry.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from samenwerk_desktop.core.i18n import Msg

#: Scores run from 0 to 10 (influence, involvement).
SCORE_MAX = 10

#: The four quadrants of the power/interest grid, keyed by (high influence, high involvement).
QUADRANTS: dict[tuple[bool, bool], Msg] = {
    (True, True): Msg("Nauw betrekken", "Manage closely"),
    (True, False): Msg("Tevreden houden", "Keep satisfied"),
    (False, True): Msg("Informeren", "Keep informed"),
    (False, False): Msg("Monitoren", "Monitor"),
}

#: Onion rings from the centre outwards: (lowest involvement in the ring, label).
ONION_RINGS: tuple[tuple[int, Msg], ...] = (
    (8, Msg("Kern", "Core")),
    (5, Msg("Betrokken", "Involved")),
    (2, Msg("Op afstand", "At a distance")),
    (0, Msg("Buitenring", "Outer ring")),
)


def quadrant(influence: float, involvement: float) -> Msg:
    """The quadrant label of a party with these scores (5 counts as high)."""
    return QUADRANTS[(influence >= SCORE_MAX / 2, involvement >= SCORE_MAX / 2)]


def grid_rect(width: float, height: float, margin: float = 30.0) -> tuple[float, float, float, float]:
    """The plotting area (left, top, right, bottom) of the grid inside the box."""
    return (margin, margin, width - margin, height - margin)


def grid_point(influence: float, involvement: float, width: float, height: float,
               margin: float = 30.0) -> tuple[float, float]:
    """Where a pair of scores sits on the grid: involvement across, influence up."""
    left, top, right, bottom = grid_rect(width, height, margin)
    x = left + (right - left) * (involvement / SCORE_MAX)
    y = bottom - (bottom - top) * (influence / SCORE_MAX)
    return (x, y)


def grid_positions(parties: Iterable, width: float, height: float, margin: float = 30.0,
                   spread: float = 14.0) -> dict[int, tuple[float, float]]:
    """Grid positions by party id; parties with the same scores fan out on a small circle.

    ``parties`` are objects with ``id``, ``influence`` and ``involvement``.
    """
    groups: dict[tuple[float, float], list[int]] = {}
    for p in parties:
        groups.setdefault((p.influence, p.involvement), []).append(p.id)
    out: dict[int, tuple[float, float]] = {}
    for (influence, involvement), ids in groups.items():
        cx, cy = grid_point(influence, involvement, width, height, margin)
        if len(ids) == 1:
            out[ids[0]] = (cx, cy)
            continue
        radius = spread * (1 + len(ids) / 12)
        for i, pid in enumerate(ids):
            angle = 2 * math.pi * i / len(ids) - math.pi / 2
            x = min(max(cx + radius * math.cos(angle), margin / 2), width - margin / 2)
            y = min(max(cy + radius * math.sin(angle), margin / 2), height - margin / 2)
            out[pid] = (x, y)
    return out


def ring_of(involvement: float) -> int:
    """The onion ring (0 is the centre) a party with this involvement belongs in."""
    for i, (lowest, _) in enumerate(ONION_RINGS):
        if involvement >= lowest:
            return i
    return len(ONION_RINGS) - 1


def onion_radii(width: float, height: float, margin: float = 20.0) -> list[float]:
    """The outer radius of each ring, centre first."""
    outer = max(min(width, height) / 2 - margin, 1.0)
    n = len(ONION_RINGS)
    return [outer * (i + 1) / n for i in range(n)]


def onion_positions(parties: Iterable, width: float, height: float,
                    margin: float = 20.0) -> dict[int, tuple[float, float]]:
    """Onion positions by party id: rings by involvement, evenly spread on each ring's middle.

    Within a ring the parties with more influence come first (from the top,
    clockwise), so the order is stable for the same data.
    """
    rings: dict[int, list] = {}
    for p in parties:
        rings.setdefault(ring_of(p.involvement), []).append(p)
    radii = onion_radii(width, height, margin)
    cx, cy = width / 2, height / 2
    out: dict[int, tuple[float, float]] = {}
    for ring, members in rings.items():
        inner = radii[ring - 1] if ring else 0.0
        r = (inner + radii[ring]) / 2 if ring else radii[0] * 0.45
        members.sort(key=lambda p: (-p.influence, p.id))
        n = len(members)
        if ring == 0 and n == 1:
            out[members[0].id] = (cx, cy)
            continue
        offset = -math.pi / 2 + (math.pi / max(n, 1) if ring % 2 else 0.0)
        for i, p in enumerate(members):
            angle = offset + 2 * math.pi * i / n
            out[p.id] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
    return out


def network_positions(parties: Sequence, width: float, height: float,
                      margin: float = 30.0) -> dict[int, tuple[float, float]]:
    """The stored ``x``/``y`` of each party scaled (uniformly) and centred to fit the box.

    When every party sits on one spot (a new file), they are spread on a circle instead.
    """
    parties = list(parties)
    if not parties:
        return {}
    xs = [p.x for p in parties]
    ys = [p.y for p in parties]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    if span_x < 1e-9 and span_y < 1e-9:
        if len(parties) == 1:
            return {parties[0].id: (width / 2, height / 2)}
        r = max(min(width, height) / 2 - margin, 1.0)
        return {p.id: (width / 2 + r * math.cos(2 * math.pi * i / len(parties) - math.pi / 2),
                       height / 2 + r * math.sin(2 * math.pi * i / len(parties) - math.pi / 2))
                for i, p in enumerate(parties)}
    avail_w, avail_h = max(width - 2 * margin, 1.0), max(height - 2 * margin, 1.0)
    scale = min(avail_w / span_x if span_x > 1e-9 else math.inf, avail_h / span_y if span_y > 1e-9 else math.inf)
    off_x = margin + (avail_w - span_x * scale) / 2
    off_y = margin + (avail_h - span_y * scale) / 2
    return {p.id: (off_x + (p.x - min(xs)) * scale, off_y + (p.y - min(ys)) * scale) for p in parties}


def positions(layout: str, parties: Sequence, width: float, height: float,
              margin: float = 30.0) -> dict[int, tuple[float, float]]:
    """Positions for a collaboration's ``map_layout`` ("network", "grid" or "onion")."""
    if layout == "grid":
        return grid_positions(parties, width, height, margin)
    if layout == "onion":
        return onion_positions(parties, width, height, margin)
    return network_positions(parties, width, height, margin)
