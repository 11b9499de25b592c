"""Where a party sits on the map in each layout, and which scores a position means (Qt-free)."""

from __future__ import annotations

import math

from samenwerk_desktop.core import layout as shared

#: Side of the power/interest grid in scene units; the grid runs from (0, 0) to (GRID_SIZE, GRID_SIZE).
GRID_SIZE = 800.0
GRID_MARGIN = 40.0
#: Onion: radius of the whole onion around the challenge at (0, 0), and of the challenge disc.
ONION_RADIUS = 600.0
ONION_CORE = 50.0
#: Parties with the same scores fan out by up to this many scene units (less than half a score step).
JITTER = 14.0
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))

LAYOUTS = ("network", "grid", "onion")


def _clamp_score(value: float) -> int:
    return int(min(shared.SCORE_MAX, max(0, round(value))))


def jitter(party_id: int) -> tuple[float, float]:
    """A small offset, fixed per party, so parties with equal scores do not hide each other."""
    if not party_id:
        return (0.0, 0.0)
    angle = party_id * GOLDEN_ANGLE
    radius = JITTER * (0.35 + 0.65 * ((party_id * 7919) % 13) / 12)
    return (radius * math.cos(angle), radius * math.sin(angle))


def grid_point(influence: float, involvement: float) -> tuple[float, float]:
    """Involvement across, influence up (the shared geometry of map and report)."""
    return shared.grid_point(influence, involvement, GRID_SIZE, GRID_SIZE, GRID_MARGIN)


def grid_scores(x: float, y: float) -> tuple[int, int]:
    """(influence, involvement) for a grid position, rounded to whole scores and clamped to 0..10."""
    left, top, right, bottom = shared.grid_rect(GRID_SIZE, GRID_SIZE, GRID_MARGIN)
    involvement = (x - left) / (right - left) * shared.SCORE_MAX
    influence = (bottom - y) / (bottom - top) * shared.SCORE_MAX
    return _clamp_score(influence), _clamp_score(involvement)


def onion_radius(involvement: float) -> float:
    """Distance from the challenge: 10 sits right by it, 0 on the outside."""
    step = (ONION_RADIUS - ONION_CORE) / (shared.SCORE_MAX + 1)
    return ONION_CORE + step * (shared.SCORE_MAX - involvement + 1.0)


def onion_angle(party_id: int) -> float:
    """A fixed angle per party (golden-angle spiral), so adding parties never moves the others."""
    return ((party_id or 0) * GOLDEN_ANGLE) % (2 * math.pi) - math.pi / 2


def onion_point(party_id: int, involvement: float) -> tuple[float, float]:
    r = onion_radius(involvement)
    a = onion_angle(party_id)
    return (r * math.cos(a), r * math.sin(a))


def onion_involvement(x: float, y: float) -> int:
    """The involvement a position on the onion stands for."""
    step = (ONION_RADIUS - ONION_CORE) / (shared.SCORE_MAX + 1)
    r = math.hypot(x, y)
    return _clamp_score(shared.SCORE_MAX + 1.0 - (r - ONION_CORE) / step)


def ring_boundaries() -> list[tuple[float, str, str]]:
    """Outer radius and (Dutch, English) label of each onion ring, centre first."""
    out = []
    for lowest, msg in shared.ONION_RINGS:
        out.append((onion_radius(lowest - 0.5), msg.nl, msg.en))
    return out


def position(layout: str, party) -> tuple[float, float]:
    """The scene position of a party's centre in a layout."""
    if layout == "grid":
        x, y = grid_point(party.influence, party.involvement)
        dx, dy = jitter(party.id)
        return (x + dx, y + dy)
    if layout == "onion":
        return onion_point(party.id, party.involvement)
    return (float(party.x), float(party.y))


def fields_for(layout: str, party, x: float, y: float) -> dict[str, object]:
    """The party fields a drop at (x, y) means in a layout; only the fields that differ."""
    if layout == "grid":
        influence, involvement = grid_scores(x, y)
        wanted = {"influence": influence, "involvement": involvement}
    elif layout == "onion":
        wanted = {"involvement": onion_involvement(x, y)}
    else:
        wanted = {"x": round(float(x), 1), "y": round(float(y), 1)}
    return {k: v for k, v in wanted.items() if getattr(party, k) != v}


def free_spot(taken: list[tuple[float, float]], near: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    """A spot near ``near`` at least 90 units from every taken spot (for a new party on the network)."""
    for i in range(2000):
        r = 0.0 if i == 0 else 60.0 * math.sqrt(i)
        a = i * GOLDEN_ANGLE
        x, y = near[0] + r * math.cos(a), near[1] + r * math.sin(a)
        if all((x - tx) ** 2 + (y - ty) ** 2 >= 90.0**2 for tx, ty in taken):
            return (round(x, 1), round(y, 1))
    return near
