"""Every position on the party map, for the screen and the PDF alike (Qt-free).

All three layouts work in one coordinate system, the scene's: units of the screen at a 1:1
zoom, y growing downwards. The screen shows these positions as they are; the PDF scales
them uniformly into its box with :func:`fit` (and flips y itself).

- network: the stored ``x``/``y`` of each placed party; parties without a position yet (and
  parties piled on one spot, as an import without positions leaves them) wait on a compact
  spiral beside the others until the map is arranged (see ``core/autolayout.py``).
- grid: the power/interest grid, involvement across and influence up. Parties with the same
  scores fan out on a small sunflower spiral inside their cell; the cells grow with the
  biggest group, so no two parties cover each other.
- onion: rings around the challenge by influence band (most influence in the middle). Each
  party keeps one angle, keyed by its id, so it does not jump when another party is added;
  crowded rings get extra tracks outwards, each score its own stretch of radius.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.i18n import Msg

#: Scores run from 0 to 10 (influence, involvement).
SCORE_MAX = 10
LAYOUTS = ("network", "grid", "onion", "actors")

#: The four quadrants of the power/interest grid, keyed by (high influence, high involvement).
QUADRANTS: dict[tuple[bool, bool], Msg] = {
    (True, True): Msg("Nauw betrekken", "Manage closely"),
    (True, False): Msg("Tevreden houden", "Keep satisfied"),
    (False, True): Msg("Informeren", "Keep informed"),
    (False, False): Msg("Monitoren", "Monitor"),
}

#: Onion bands from the centre outwards: (lowest influence in the band, label).
ONION_RINGS: tuple[tuple[int, Msg], ...] = (
    (8, Msg("Sleutelspelers", "Key players")),
    (5, Msg("Veel invloed", "Much influence")),
    (2, Msg("Enige invloed", "Some influence")),
    (0, Msg("Weinig invloed", "Little influence")),
)

GRID_MARGIN = 40.0
#: Units per score step on the grid, at least (a 800 x 800 grid).
GRID_STEP = 72.0
#: Radius of the challenge disc in the middle of the onion, and the least radius per score.
ONION_CORE = 50.0
ONION_STEP = 50.0
#: Room between two party symbols that may not touch.
GAP = 6.0
#: Spacing of parties that wait for a position on the network.
WAITING_SPACING = 2 * mapstyle.RADIUS_MAX + 30.0
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def quadrant(influence: float, involvement: float) -> Msg:
    """The quadrant label of a party with these scores (5 counts as high)."""
    return QUADRANTS[(influence >= SCORE_MAX / 2, involvement >= SCORE_MAX / 2)]


def ring_of(influence: float) -> int:
    """The onion band (0 is the centre) a party with this influence belongs in."""
    for i, (lowest, _) in enumerate(ONION_RINGS):
        if influence >= lowest:
            return i
    return len(ONION_RINGS) - 1


def _score(value: float) -> int:
    return int(min(SCORE_MAX, max(0, round(value))))


@dataclass
class Frame:
    """The decoration a layout's positions belong to (scene units).

    grid: ``step`` units per score, the plotting area from (GRID_MARGIN, GRID_MARGIN) to
    ``GRID_MARGIN + 10 * step``. onion: ``score_bounds[s]`` is the (inner, outer) radius of
    influence score ``s``; ``ring_radii`` the outer radius of each band, centre first.
    """

    layout: str
    step: float = GRID_STEP
    score_bounds: dict[int, tuple[float, float]] = field(default_factory=dict)
    ring_radii: list[float] = field(default_factory=list)

    # -- grid ---------------------------------------------------------------------------
    def grid_rect(self) -> tuple[float, float, float, float]:
        """The plotting area (left, top, right, bottom) of the grid."""
        side = SCORE_MAX * self.step
        return (GRID_MARGIN, GRID_MARGIN, GRID_MARGIN + side, GRID_MARGIN + side)

    def grid_point(self, influence: float, involvement: float) -> tuple[float, float]:
        """Where a pair of scores sits: involvement across, influence up."""
        left, _, _, bottom = self.grid_rect()
        return (left + self.step * involvement, bottom - self.step * influence)

    def grid_scores(self, x: float, y: float) -> tuple[int, int]:
        """(influence, involvement) for a grid position, rounded to whole scores and clamped to 0..10."""
        left, _, _, bottom = self.grid_rect()
        return _score((bottom - y) / self.step), _score((x - left) / self.step)

    # -- onion --------------------------------------------------------------------------
    def onion_score(self, x: float, y: float) -> int:
        """The influence a position on the onion stands for."""
        r = math.hypot(x, y)
        for s in range(SCORE_MAX, -1, -1):
            if r < self.score_bounds[s][1]:
                return s
        return 0

    def outer_radius(self) -> float:
        return self.ring_radii[-1] if self.ring_radii else ONION_CORE

    # -- actor types: agreement (stance) across, trust up -------------------------------
    def actors_rect(self) -> tuple[float, float, float, float]:
        side = 5 * self.step
        return (GRID_MARGIN, GRID_MARGIN, GRID_MARGIN + side, GRID_MARGIN + side)

    def actors_point(self, agreement: int, trust: int) -> tuple[float, float]:
        """The middle of the cell of an agreement and a trust score (-2..+2 each)."""
        return (GRID_MARGIN + (agreement + 2.5) * self.step, GRID_MARGIN + (2.5 - trust) * self.step)

    def actors_scores(self, x: float, y: float) -> tuple[int, int]:
        """(agreement, trust) of a position on the actor view, clamped to -2..+2."""
        def clamp(v: float) -> int:
            return int(max(-2, min(2, v)))
        return (clamp(math.floor((x - GRID_MARGIN) / self.step) - 2),
                clamp(2 - math.floor((y - GRID_MARGIN) / self.step)))

    def fields_for(self, party, x: float, y: float) -> dict[str, object]:
        """The party fields a drop at (x, y) means in this layout; only the fields that differ."""
        if self.layout == "actors":
            agreement, trust = self.actors_scores(x, y)
            wanted: dict[str, object] = {"stance": agreement, "trust": trust}
            return {k: v for k, v in wanted.items() if getattr(party, k, None) != v}
        if self.layout == "grid":
            influence, involvement = self.grid_scores(x, y)
            wanted: dict[str, object] = {"influence": influence, "involvement": involvement}
        elif self.layout == "onion":
            wanted = {"influence": self.onion_score(x, y)}
        else:  # a party put somewhere by hand keeps its place when the map is arranged again
            wanted = {"x": round(float(x), 1), "y": round(float(y), 1), "placement": "manual"}
        return {k: v for k, v in wanted.items() if getattr(party, k, v) != v}

    def bounds(self) -> tuple[float, float, float, float] | None:
        """The decoration's own extent (left, top, right, bottom), None for the network."""
        if self.layout == "grid":
            left, top, right, bottom = self.grid_rect()
            return (left - 30, top, right, bottom + 30)
        if self.layout == "onion":
            r = self.outer_radius()
            return (-r, -r, r, r)
        if self.layout == "actors":
            left, top, right, bottom = self.actors_rect()
            return (left - 30, top, right, bottom + 30)
        return None


@dataclass
class Placement:
    """Positions by party id and the frame they belong to."""

    positions: dict[int, tuple[float, float]]
    frame: Frame
    #: on the network: the parties without a position of their own (``unplaced_ids``), waiting beside the map
    waiting: frozenset[int] = frozenset()


# -- sunflower spirals -------------------------------------------------------------------------


def sunflower(n: int, spacing: float) -> list[tuple[float, float]]:
    """n offsets around (0, 0) on a sunflower (Vogel) spiral, no two closer than about ``spacing``."""
    if n <= 1:
        return [(0.0, 0.0)] * n
    if n == 2:
        return [(-spacing / 2, 0.0), (spacing / 2, 0.0)]
    c = spacing / 1.55
    out = []
    for i in range(n):
        r = c * math.sqrt(i + 0.5)
        a = i * GOLDEN_ANGLE - math.pi / 2
        out.append((r * math.cos(a), r * math.sin(a)))
    return out


def sunflower_extent(n: int, spacing: float) -> float:
    """The largest offset of :func:`sunflower`."""
    if n <= 1:
        return 0.0
    if n == 2:
        return spacing / 2
    return spacing / 1.55 * math.sqrt(n - 0.5)


# -- the three layouts ---------------------------------------------------------------------------


def grid_placement(parties: Iterable) -> Placement:
    """Grid positions by party id; parties with the same scores fan out inside their cell."""
    groups: dict[tuple[int, int], list] = {}
    for p in parties:
        groups.setdefault((_score(p.influence), _score(p.involvement)), []).append(p)
    need = GRID_STEP
    for (influence, _), members in groups.items():
        r = mapstyle.radius(influence)
        need = max(need, 2 * (sunflower_extent(len(members), 2 * r + GAP) + r) + GAP)
    frame = Frame("grid", step=math.ceil(need))
    out: dict[int, tuple[float, float]] = {}
    for (influence, involvement), members in groups.items():
        cx, cy = frame.grid_point(influence, involvement)
        members.sort(key=lambda p: p.id or 0)
        offsets = sunflower(len(members), 2 * mapstyle.radius(influence) + GAP)
        for p, (dx, dy) in zip(members, offsets, strict=True):
            out[p.id] = (cx + dx, cy + dy)
    return Placement(out, frame)


def onion_angle(party_id: int) -> float:
    """A fixed angle per party (golden-angle spiral of its id), from the top, clockwise."""
    return ((party_id or 0) * GOLDEN_ANGLE) % (2 * math.pi) - math.pi / 2


def _tracks(angles: list[float], min_angle: float) -> list[int]:
    """First-fit: a track for each angle (sorted) so no two on one track are closer than ``min_angle``."""
    firsts: list[float] = []
    lasts: list[float] = []
    out = []
    for a in angles:
        for t, (first, last) in enumerate(zip(firsts, lasts, strict=True)):
            if a - last >= min_angle and first + 2 * math.pi - a >= min_angle:
                lasts[t] = a
                out.append(t)
                break
        else:
            firsts.append(a)
            lasts.append(a)
            out.append(len(firsts) - 1)
    return out


def onion_placement(parties: Iterable) -> Placement:
    """Onion positions by party id: bands by influence, a fixed angle per party, extra tracks where crowded."""
    by_score: dict[int, list] = {s: [] for s in range(SCORE_MAX + 1)}
    for p in parties:
        by_score[_score(p.influence)].append(p)
    out: dict[int, tuple[float, float]] = {}
    bounds: dict[int, tuple[float, float]] = {}
    inner = ONION_CORE
    for s in range(SCORE_MAX, -1, -1):
        members = sorted(by_score[s], key=lambda p: (onion_angle(p.id) % (2 * math.pi), p.id or 0))
        spacing = 2 * mapstyle.radius(s) + GAP
        if not members:
            bounds[s] = (inner, inner + ONION_STEP)
            inner += ONION_STEP
            continue
        angles = [onion_angle(p.id) % (2 * math.pi) for p in members]
        first_r = inner + spacing / 2
        min_angle = 2 * math.asin(min(1.0, spacing / (2 * first_r)))
        tracks = _tracks(angles, min_angle)
        n_tracks = max(tracks) + 1
        width = max(ONION_STEP, n_tracks * spacing)
        start = inner + (width - n_tracks * spacing) / 2 + spacing / 2
        for p, a, t in zip(members, angles, tracks, strict=True):
            r = start + t * spacing
            out[p.id] = (r * math.cos(a), r * math.sin(a))
        bounds[s] = (inner, inner + width)
        inner += width
    rings = [bounds[lowest][1] for lowest, _ in ONION_RINGS]
    return Placement(out, Frame("onion", score_bounds=bounds, ring_radii=rings))


def _clamp2(value) -> int:
    return int(max(-2, min(2, round(value or 0))))


def actors_placement(parties: Iterable) -> Placement:
    """The actor-type view: agreement (stance) across, trust up, one cell per pair of scores (-2..+2)."""
    groups: dict[tuple[int, int], list] = {}
    for p in parties:
        groups.setdefault((_clamp2(p.stance), _clamp2(getattr(p, "trust", 0))), []).append(p)
    need = 2 * GRID_STEP
    for members in groups.values():
        r = max(mapstyle.radius(p.influence) for p in members)
        need = max(need, 2 * (sunflower_extent(len(members), 2 * r + GAP) + r) + GAP)
    frame = Frame("actors", step=math.ceil(need))
    out: dict[int, tuple[float, float]] = {}
    for (agreement, trust), members in groups.items():
        cx, cy = frame.actors_point(agreement, trust)
        members.sort(key=lambda p: p.id or 0)
        r = max(mapstyle.radius(p.influence) for p in members)
        for p, (dx, dy) in zip(members, sunflower(len(members), 2 * r + GAP), strict=True):
            out[p.id] = (cx + dx, cy + dy)
    return Placement(out, frame)


#: Axis titles of the actor-type view.
ACTORS_AXES = (Msg("Overeenstemming over de inhoud →", "Agreement on the content →"),
               Msg("Vertrouwen →", "Trust →"))


def actors_regions(frame: Frame) -> list[tuple[tuple[float, float, float, float], str]]:
    """The regions of the actor-type view as ((left, top, right, bottom), actor type): the whole area
    (fence-sitters, the middle cross) first, then the four corners of 2 x 2 cells."""
    left, top, right, bottom = frame.actors_rect()
    step = frame.step
    out = [((left, top, right, bottom), "fence_sitter")]
    for actor, (col, row) in (("opponent", (0, 0)), ("ally", (3, 0)), ("adversary", (0, 3)), ("bedfellow", (3, 3))):
        x0, y0 = left + col * step, top + row * step
        out.append(((x0, y0, x0 + 2 * step, y0 + 2 * step), actor))
    return out


def unplaced_ids(parties: Sequence) -> set[int]:
    """Parties without a position of their own: marked so, or piled on one spot with another party."""
    spots: dict[tuple[float, float], list[int]] = {}
    out: set[int] = set()
    for p in parties:
        if getattr(p, "placement", "manual") == "none":
            out.add(p.id)
        else:
            spots.setdefault((float(p.x), float(p.y)), []).append(p.id)
    for ids in spots.values():
        if len(ids) > 1:
            out.update(ids)
    return out


def network_placement(parties: Sequence) -> Placement:
    """Stored positions; parties without one wait on a spiral beside the others (or in the middle)."""
    parties = list(parties)
    waiting = unplaced_ids(parties)
    out = {p.id: (float(p.x), float(p.y)) for p in parties if p.id not in waiting}
    if waiting:
        ids = [p.id for p in parties if p.id in waiting]
        offsets = sunflower(len(ids), WAITING_SPACING)
        extent = sunflower_extent(len(ids), WAITING_SPACING)
        if out:
            xs = [x for x, _ in out.values()]
            ys = [y for _, y in out.values()]
            cx, cy = max(xs) + WAITING_SPACING + extent, (min(ys) + max(ys)) / 2
        else:
            cx, cy = 0.0, 0.0
        for pid, (dx, dy) in zip(ids, offsets, strict=True):
            out[pid] = (round(cx + dx, 1), round(cy + dy, 1))
    return Placement(out, Frame("network"), frozenset(waiting))


def placement(layout: str, parties: Sequence) -> Placement:
    """The positions of a collaboration's ``map_layout`` ("network", "grid" or "onion")."""
    if layout == "grid":
        return grid_placement(parties)
    if layout == "onion":
        return onion_placement(parties)
    if layout == "actors":
        return actors_placement(parties)
    return network_placement(parties)


def extent(place: Placement, parties: Sequence) -> tuple[float, float, float, float]:
    """What a drawing must show: every node with its size, and the frame's decoration."""
    box = place.frame.bounds()
    left, top, right, bottom = box if box else (math.inf, math.inf, -math.inf, -math.inf)
    for p in parties:
        pos = place.positions.get(p.id)
        if pos is None:
            continue
        r = mapstyle.radius(p.influence) * 1.3
        half_label = max(r, 3.6 * min(len(mapstyle.label_text(p)), mapstyle.LABEL_MAX))  # the label below is wider
        left, top = min(left, pos[0] - half_label), min(top, pos[1] - r)
        right, bottom = max(right, pos[0] + half_label), max(bottom, pos[1] + r + 14)
    if left > right:
        return (-100.0, -100.0, 100.0, 100.0)
    return (left, top, right, bottom)


@dataclass(frozen=True)
class Fit:
    """A uniform scale and shift from scene units into a drawing's box."""

    scale: float
    dx: float
    dy: float

    def __call__(self, point: tuple[float, float]) -> tuple[float, float]:
        return (self.dx + point[0] * self.scale, self.dy + point[1] * self.scale)


def fit(box: tuple[float, float, float, float], width: float, height: float, margin: float = 12.0) -> Fit:
    """Scale and centre ``box`` (left, top, right, bottom) into a width x height drawing."""
    left, top, right, bottom = box
    span_x, span_y = max(right - left, 1e-6), max(bottom - top, 1e-6)
    avail_w, avail_h = max(width - 2 * margin, 1.0), max(height - 2 * margin, 1.0)
    scale = min(avail_w / span_x, avail_h / span_y)
    dx = margin + (avail_w - span_x * scale) / 2 - left * scale
    dy = margin + (avail_h - span_y * scale) / 2 - top * scale
    return Fit(scale, dx, dy)


def free_spot(taken: list[tuple[float, float]], near: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    """A spot near ``near`` at least 90 units from every taken spot (for a new party on the network)."""
    for i in range(2000):
        r = 0.0 if i == 0 else 60.0 * math.sqrt(i)
        a = i * GOLDEN_ANGLE
        x, y = near[0] + r * math.cos(a), near[1] + r * math.sin(a)
        if all((x - tx) ** 2 + (y - ty) ** 2 >= 90.0**2 for tx, ty in taken):
            return (round(x, 1), round(y, 1))
    return near
