"""Automatic layout of the network map ("Kaart schikken"): networkx's force-directed core plus our own pass.

The force-directed core is networkx's ``spring_layout`` (Fruchterman–Reingold, BSD, with
numpy): coalition partners pull hard, tensions barely. networkx and numpy are imported only
here, when a layout is made, never at start-up. networkx solves graphs of 500 nodes and more
only with scipy, which the bundle does not carry; such a graph is first coarsened by
heavy-edge matching (partners merge into one node) until it is small enough, laid out, and
expanded again.

What no library does is our own post-processing pass:

- tensions pushed apart: two parties in tension end at least TENSION_DISTANCE apart;
- no overlaps: every party's symbol with its label below it is a box, and boxes that overlap
  are pushed apart along the shorter way out;
- the legend's corner (bottom right of the map) is kept clear.

Pinned parties stay where they are; the same map gives the same result (a fixed seed).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from samenwerk_desktop.core import layout, mapstyle

#: Pull of a relation by type (networkx edge weight); a tension hardly pulls and is pushed apart afterwards.
PULL = {"coalition": 3.0, "dependency": 1.5, "informal": 1.0, "tension": 0.15}
#: Room per party in scene units: about the side of the square each party gets.
SPACING = layout.WAITING_SPACING
#: networkx solves at most this many nodes without scipy (see the module docstring).
DENSE_LIMIT = 480
TENSION_DISTANCE = 2.2 * SPACING
#: Above this many parties lines are not steered around parties (parties x relations is too many pairs).
LINE_CLEAR_LIMIT = 300
#: The legend's corner: this share of the map's width and height, bottom right.
LEGEND_SHARE = (0.34, 0.30)
SEED = 1
#: Pull of every party to the middle (keeps unconnected parts of the map together).
GRAVITY = 0.15
#: The map's area is this many times the area of all parties' boxes together (room to move apart).
AREA = 3.0
#: Width of a label per character, and its height, in scene units (9 pt type at 1:1).
CHAR_WIDTH = 6.8
LABEL_HEIGHT = 16.0

Progress = Callable[[float], None]


def _weights(relations, ids: set[int]) -> dict[tuple[int, int], float]:
    out: dict[tuple[int, int], float] = {}
    for r in relations:
        if r.source_id in ids and r.target_id in ids and r.source_id != r.target_id:
            key = (min(r.source_id, r.target_id), max(r.source_id, r.target_id))
            out[key] = out.get(key, 0.0) + PULL.get(r.type, 1.0) * (0.5 + 0.25 * r.strength)
    mean = sum(out.values()) / len(out) if out else 1.0
    return {k: w / mean for k, w in out.items()}  # a mean pull of 1: dense maps do not collapse


def _coarsen(nodes: list[int], weights: dict[tuple[int, int], float], keep: set[int]):
    """One round of heavy-edge matching: each node merges with its heaviest unmatched neighbour."""
    neighbours: dict[int, list[tuple[float, int]]] = {n: [] for n in nodes}
    for (a, b), w in weights.items():
        neighbours[a].append((w, b))
        neighbours[b].append((w, a))
    parent: dict[int, int] = {}
    for n in nodes:
        if n in parent:
            continue
        parent[n] = n
        if n in keep:
            continue
        for _, m in sorted(neighbours[n], key=lambda wm: (-wm[0], wm[1])):
            if m not in parent and m not in keep:
                parent[m] = n
                break
    coarse: dict[tuple[int, int], float] = {}
    for (a, b), w in weights.items():
        pa, pb = parent[a], parent[b]
        if pa != pb:
            key = (min(pa, pb), max(pa, pb))
            coarse[key] = coarse.get(key, 0.0) + w
    return sorted(set(parent.values())), coarse, parent


def _spring(nodes: list[int], weights, start: dict[int, tuple[float, float]], fixed: set[int], k: float,
            iterations: int) -> dict[int, tuple[float, float]]:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    # a weak pull of every party to a hub in the middle keeps parts without relations between them together
    hub = min(nodes) - 1
    graph.add_weighted_edges_from((hub, n, GRAVITY) for n in nodes)
    start = {**start, hub: (0.0, 0.0)}
    pos = nx.spring_layout(graph, pos=start, fixed=sorted(fixed) or None, k=k, iterations=iterations,
                           seed=SEED, weight="weight", scale=None, method="force")
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items() if n != hub}


def _force_layout(nodes: list[int], weights, start, fixed: set[int], progress: Progress | None):
    """Positions in networkx's unit square (about -1..1), coarsening big graphs first."""
    levels = []
    cur_nodes, cur_weights = nodes, weights
    while len(cur_nodes) > DENSE_LIMIT:
        coarse_nodes, coarse_weights, parent = _coarsen(cur_nodes, cur_weights, fixed)
        if len(coarse_nodes) > 0.95 * len(cur_nodes):  # nothing left to merge (few relations)
            break
        levels.append((cur_nodes, parent))
        cur_nodes, cur_weights = coarse_nodes, coarse_weights
    if len(cur_nodes) > DENSE_LIMIT:  # no relations to coarsen by: a sunflower is as good as any
        offsets = layout.sunflower(len(cur_nodes), 2.0 / math.sqrt(len(cur_nodes)))
        pos = {n: (start[n] if n in fixed else o) for n, o in zip(cur_nodes, offsets, strict=True)}
    else:
        k = 2.0 / math.sqrt(max(len(nodes), 1))
        coarse_start = {n: start[n] for n in cur_nodes}
        pos = _spring(cur_nodes, cur_weights, coarse_start, fixed & set(cur_nodes), k * math.sqrt(
            len(nodes) / max(len(cur_nodes), 1)), 60 if levels else 100)
    if progress:
        progress(0.5)
    for fine_nodes, parent in reversed(levels):  # a merged node's parties spread around where it was
        members: dict[int, list[int]] = {}
        for n in fine_nodes:
            members.setdefault(parent[n], []).append(n)
        spread = 1.2 / math.sqrt(len(fine_nodes))
        fine = {}
        for head, group in members.items():
            offsets = layout.sunflower(len(group), spread)
            for n, (ox, oy) in zip(group, offsets, strict=True):
                fine[n] = start[n] if n in fixed else (pos[head][0] + ox, pos[head][1] + oy)
        pos = fine
    return pos


def _boxes(parties) -> dict[int, tuple[float, float, float]]:
    """Half width, height above and height below the centre of each party's symbol with its label."""
    out = {}
    for p in parties:
        r = mapstyle.radius(p.influence) * 1.25
        label = min(len(mapstyle.label_text(p)), mapstyle.LABEL_MAX) * CHAR_WIDTH / 2 + 4
        out[p.id] = (max(r, label), r, r + mapstyle.LABEL_GAP + LABEL_HEIGHT)
    return out


def _separate(pos: dict[int, list[float]], boxes, movable: set[int], obstacles, rounds: int = 300) -> None:
    """Push overlapping boxes apart, all pairs at once (numpy); a movable box moves all the way from a pinned one."""
    import numpy as np

    ids = sorted(pos)
    xy = np.array([pos[i] for i in ids], dtype=float)
    hw = np.array([boxes[i][0] for i in ids])
    up = np.array([boxes[i][1] for i in ids])
    down = np.array([boxes[i][2] for i in ids])
    mov = np.array([i in movable for i in ids])
    reach = np.maximum(up, down)
    a = b = np.zeros(0, dtype=int)
    for step in range(rounds):
        if step % 20 == 0:  # candidate pairs: near enough to overlap within the next rounds
            dx = np.abs(xy[:, None, 0] - xy[None, :, 0]) < hw[:, None] + hw[None, :] + 2 * SPACING
            dy = np.abs(xy[:, None, 1] - xy[None, :, 1]) < reach[:, None] + reach[None, :] + 2 * SPACING
            a, b = np.nonzero(np.triu(dx & dy, 1))
            keep = mov[a] | mov[b]
            a, b = a[keep], b[keep]
        shift = np.zeros_like(xy)
        dx = xy[a, 0] - xy[b, 0]
        dy = xy[a, 1] - xy[b, 1]
        over_x = hw[a] + hw[b] - np.abs(dx)
        over_y = np.where(dy >= 0, up[a] + down[b] - dy, down[a] + up[b] + dy)
        hit = (over_x > 0) & (over_y > 0)
        moved = bool(hit.any())
        if moved:
            ha, hb, ox, oy = a[hit], b[hit], over_x[hit], over_y[hit]
            sx = np.where(dx[hit] != 0, np.sign(dx[hit]), np.where(ha > hb, 1.0, -1.0))
            sy = np.where(dy[hit] != 0, np.sign(dy[hit]), np.where(ha > hb, 1.0, -1.0))
            along_x = ox < oy
            push = np.where(along_x, ox, oy) + 1.0
            share_a = np.where(mov[ha] & mov[hb], 0.5, np.where(mov[ha], 1.0, 0.0))
            vec = np.stack([np.where(along_x, sx * push, 0.0), np.where(along_x, 0.0, sy * push)], axis=1)
            np.add.at(shift, ha, vec * share_a[:, None])
            np.add.at(shift, hb, -vec * (1.0 - share_a)[:, None])
        for left, top, right, bottom in obstacles:
            inside = mov & (xy[:, 0] + hw > left) & (xy[:, 0] - hw < right) & (xy[:, 1] + down > top) & (
                xy[:, 1] - up < bottom)
            if inside.any():
                moved = True
                out_left = xy[:, 0] + hw - left
                out_up = xy[:, 1] + down - top
                shift[inside & (out_left < out_up), 0] -= (out_left + 1)[inside & (out_left < out_up)]
                shift[inside & (out_left >= out_up), 1] -= (out_up + 1)[inside & (out_left >= out_up)]
        if not moved:
            break
        xy += shift * 0.6
    for i, n in enumerate(ids):
        pos[n] = [float(xy[i, 0]), float(xy[i, 1])]


def _clear_lines(pos, relations, movable: set[int], parties, rounds: int = 6) -> None:
    """Move parties off relation lines they are not part of (a line through the province is misread)."""
    import numpy as np

    ids = sorted(pos)
    index = {n: i for i, n in enumerate(ids)}
    segs = [(index[r.source_id], index[r.target_id]) for r in relations
            if r.source_id in index and r.target_id in index and r.source_id != r.target_id]
    if not segs or len(ids) > LINE_CLEAR_LIMIT:
        return
    a = np.array([s[0] for s in segs])
    b = np.array([s[1] for s in segs])
    radius = np.array([mapstyle.radius(p.influence) + 8 for p in sorted(parties, key=lambda p: p.id)])
    mov = np.array([n in movable for n in ids])
    xy = np.array([pos[n] for n in ids], dtype=float)
    for _ in range(rounds):
        p0, p1 = xy[a], xy[b]  # segments
        d = p1 - p0
        length2 = np.maximum((d ** 2).sum(axis=1), 1e-9)
        rel = xy[:, None, :] - p0[None, :, :]  # parties x segments
        t = np.clip((rel * d[None]).sum(axis=2) / length2[None], 0.0, 1.0)
        nearest = p0[None] + t[..., None] * d[None]
        away = xy[:, None, :] - nearest
        dist = np.sqrt((away ** 2).sum(axis=2))
        own = (np.arange(len(ids))[:, None] == a[None]) | (np.arange(len(ids))[:, None] == b[None])
        hit = (dist < radius[:, None]) & ~own & mov[:, None] & (t > 0.0) & (t < 1.0)
        if not hit.any():
            return
        push = np.where(hit, radius[:, None] - dist + 1.0, 0.0)
        unit = away / np.maximum(dist, 1e-9)[..., None]
        unit = np.where((dist < 1e-9)[..., None], np.stack([-d[None, :, 1], d[None, :, 0]], axis=2)
                        / np.sqrt(length2)[None, :, None], unit)
        xy += (unit * push[..., None]).sum(axis=1)
    for i, n in enumerate(ids):
        pos[n] = [float(xy[i, 0]), float(xy[i, 1])]


def _push_tensions(pos, relations, movable: set[int], rounds: int = 12) -> None:
    pairs = [(r.source_id, r.target_id) for r in relations if r.type == "tension"
             and r.source_id in pos and r.target_id in pos and r.source_id != r.target_id]
    for _ in range(rounds):
        moved = False
        for a, b in pairs:
            if a not in movable and b not in movable:
                continue
            dx, dy = pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]
            d = math.hypot(dx, dy)
            if d >= TENSION_DISTANCE:
                continue
            if d < 1e-6:
                dx, dy, d = 1.0, 0.0, 1.0
            gap = (TENSION_DISTANCE - d) / 2
            share_a = 1.0 if b not in movable else (0.0 if a not in movable else 0.5)
            share_b = 1.0 - share_a
            ux, uy = dx / d, dy / d
            pos[a][0] -= ux * gap * 2 * share_a
            pos[a][1] -= uy * gap * 2 * share_a
            pos[b][0] += ux * gap * 2 * share_b
            pos[b][1] += uy * gap * 2 * share_b
            moved = True
        if not moved:
            return


def arrange(parties: Sequence, relations: Sequence, movable: set[int] | None = None,
            progress: Progress | None = None) -> dict[int, tuple[float, float]]:
    """New network positions (scene units) for the ``movable`` parties (default: all); the rest stay put."""
    parties = sorted(parties, key=lambda p: p.id)
    ids = [p.id for p in parties]
    movable = set(ids) if movable is None else set(movable) & set(ids)
    if not movable:
        return {}
    pinned = set(ids) - movable
    current = layout.network_placement(parties).positions
    weights = _weights(relations, set(ids))
    n = len(ids)
    # networkx works in a unit square: the map's scale maps it onto scene units, with room for every box
    boxes = _boxes(parties)
    half_side = max(SPACING * math.sqrt(n), math.sqrt(AREA * sum(2 * w * (up + down) for w, up, down
                                                                 in boxes.values()))) / 2
    if pinned:
        xs = [current[i][0] for i in pinned]
        ys = [current[i][1] for i in pinned]
        centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        half_side = max(half_side, (max(max(xs) - min(xs), max(ys) - min(ys)) / 2) * 1.1)
    else:
        centre = (0.0, 0.0)
    start = _start(parties, current, movable, weights, centre, half_side, rescale=not pinned)
    unit = _force_layout(ids, weights, start, pinned, progress)
    if pinned:
        pos = {i: [centre[0] + unit[i][0] * half_side, centre[1] + unit[i][1] * half_side] for i in ids}
        for i in pinned:
            pos[i] = [current[i][0], current[i][1]]
    else:
        pos = _normalise(unit, boxes)
    corner = _legend_corner(pos)
    for i in range(3):  # each pass can undo a little of the other: a few turns of all three
        _separate(pos, boxes, movable, [corner])
        _clear_lines(pos, relations, movable, parties)
        _push_tensions(pos, relations, movable)
        if progress:
            progress(0.6 + 0.1 * i)
    _separate(pos, boxes, movable, [])  # what the legend pass pushed together
    if progress:
        progress(1.0)
    return {i: (round(pos[i][0], 1), round(pos[i][1], 1)) for i in ids if i in movable}


def _start(parties, current, movable, weights, centre, half_side, rescale: bool) -> dict[int, tuple[float, float]]:
    """Initial positions in the unit square: placed parties where they are, new ones by their placed neighbours."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    waiting = layout.unplaced_ids(parties)
    out: dict[int, tuple[float, float]] = {}
    for p in parties:
        if p.id not in waiting or p.id not in movable:
            x, y = current[p.id]
            out[p.id] = ((x - centre[0]) / half_side, (y - centre[1]) / half_side)
    neighbours: dict[int, list[int]] = {}
    for a, b in weights:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    for p in parties:
        if p.id in out:
            continue
        placed = [out[m] for m in neighbours.get(p.id, ()) if m in out]
        jx, jy = rng.uniform(-0.2, 0.2, size=2)
        if placed:
            out[p.id] = (sum(x for x, _ in placed) / len(placed) + jx, sum(y for _, y in placed) / len(placed) + jy)
        else:
            out[p.id] = tuple(rng.uniform(-1.0, 1.0, size=2))
    if not rescale:  # pinned parties fix the scale
        return out
    xs = [v[0] for v in out.values()]
    ys = [v[1] for v in out.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    return {k: ((v[0] - min(xs)) / span * 2 - 1, (v[1] - min(ys)) / span * 2 - 1) for k, v in out.items()}


def _normalise(unit, boxes) -> dict[int, list[float]]:
    """Scene positions from unit ones: the middle 90% of the parties spread over AREA times their boxes' area.

    Percentiles, not the extremes: a force layout leaves a few parties far out, and scaling
    the extremes to the map would crowd everyone else in the middle.
    """
    import numpy as np

    ids = list(unit)
    xy = np.array([unit[i] for i in ids], dtype=float)
    lo, hi = np.percentile(xy, 5, axis=0), np.percentile(xy, 95, axis=0)
    xy -= (lo + hi) / 2
    span = float(max(hi[0] - lo[0], hi[1] - lo[1], 1e-9))
    side = math.sqrt(AREA * sum(2 * w * (up + down) for w, up, down in boxes.values())) * 0.9
    scale = side / span
    if len(ids) > 100:  # a big map: at least room for a typical box to its nearest neighbour
        nearest = np.full(len(ids), np.inf)
        for start in range(0, len(ids), 256):  # a 1,000 x 1,000 matrix 256 rows at a time
            block = np.hypot(xy[start:start + 256, None, 0] - xy[None, :, 0],
                             xy[start:start + 256, None, 1] - xy[None, :, 1])
            block[np.arange(block.shape[0]), np.arange(start, start + block.shape[0])] = np.inf
            nearest[start:start + 256] = block.min(axis=1)
        typical = float(np.median([2 * max(w, (up + down) / 2) for w, up, down in boxes.values()]))
        scale = max(scale, min(typical / max(float(np.median(nearest)), 1e-9), 3 * scale))
    return {i: [float(xy[k, 0] * scale), float(xy[k, 1] * scale)] for k, i in enumerate(ids)}


def _legend_corner(pos) -> tuple[float, float, float, float]:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    return (max(xs) - w * LEGEND_SHARE[0], max(ys) - h * LEGEND_SHARE[1], math.inf, math.inf)


def movable_ids(parties: Sequence, only_unplaced: bool) -> set[int]:
    """Which parties an arrangement moves: those without a position yet, or every party that is not pinned."""
    if only_unplaced:
        return layout.unplaced_ids(parties)
    return {p.id for p in parties if getattr(p, "placement", "auto") != "manual"} or {p.id for p in parties}


def crossings(positions: dict[int, tuple[float, float]], relations: Sequence) -> int:
    """How many pairs of relation lines cross (lines that share a party do not count)."""
    segs = [(r.source_id, r.target_id, positions[r.source_id], positions[r.target_id]) for r in relations
            if r.source_id in positions and r.target_id in positions and r.source_id != r.target_id]

    def orient(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    count = 0
    for i in range(len(segs)):
        a1, a2, p1, p2 = segs[i]
        for j in range(i + 1, len(segs)):
            b1, b2, q1, q2 = segs[j]
            if {a1, a2} & {b1, b2}:
                continue
            if (orient(p1, p2, q1) * orient(p1, p2, q2) < 0) and (orient(q1, q2, p1) * orient(q1, q2, p2) < 0):
                count += 1
    return count


def circle_positions(parties: Sequence) -> dict[int, tuple[float, float]]:
    """Every party on one circle in id order: the placement an automatic layout must beat."""
    parties = sorted(parties, key=lambda p: p.id)
    r = SPACING * max(len(parties), 1) / (2 * math.pi)
    return {p.id: (r * math.cos(2 * math.pi * i / len(parties)), r * math.sin(2 * math.pi * i / len(parties)))
            for i, p in enumerate(parties)}


def layout_changes(data, only_unplaced: bool = False, progress: Progress | None = None) -> dict[int, dict]:
    """The party fields an arrangement of a collaboration writes (for one ``update_many``: one undo step)."""
    parties = data.parties
    new = arrange(parties, data.relations, movable_ids(parties, only_unplaced), progress)
    by_id = {p.id: p for p in parties}
    changes: dict[int, dict] = {}
    for pid, (x, y) in new.items():
        fields: dict[str, object] = {}
        if (by_id[pid].x, by_id[pid].y) != (x, y):
            fields.update(x=x, y=y)
        if hasattr(by_id[pid], "placement") and by_id[pid].placement != "auto":
            fields["placement"] = "auto"
        if fields:
            changes[pid] = fields
    return changes
