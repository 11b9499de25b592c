"""The overview's relation lines: every bundled relation of one pen drawn by one item, in one call.

At overview zoom (thousands of lines in sight, see MapView._update_quality) a relation is a bare
one-pixel line in its type's colour and dashes (RelationItem.pen_for(True)); painting 5,000 of them
as 5,000 items cost more than the lines themselves. The relation items stay in the scene (the
scene's ``relations`` and their ``line()``, ``type``, ``pen()`` are unchanged) but draw nothing
(ItemHasNoContents); this item draws their lines, grouped by pen and by opacity (focus, filters
and search fade a relation by its item's opacity), a selected relation over a dark halo.
"""

from __future__ import annotations

import math
from itertools import starmap

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from samenwerk_desktop.core import mapstyle

#: under a selected relation's overview line, so the selection still shows when zoomed out
SELECTED_OVERVIEW_PEN = QPen(QColor("#000000"), 4.0)
SELECTED_OVERVIEW_PEN.setCosmetic(True)
SELECTED_OVERVIEW_PEN.setCapStyle(Qt.PenCapStyle.RoundCap)


def place_lines(bundle: RelationBundle, edges, at: dict) -> list:
    """Put the bundled ``edges`` between their ends' positions ``at`` (party id -> centre) in one pass.

    What RelationItem.adjust does for a bundled line, without a call per relation: a layout switch
    places 5,000. Returns the edges that draw themselves (or whose ends ``at`` lacks), for adjust."""
    rest, moved = [], []
    gap = mapstyle.LINE_GAP
    hypot = math.hypot
    for edge in edges:
        source, target = at.get(edge.source.party_id), at.get(edge.target.party_id)
        if edge.bundle is not bundle or source is None or target is None:
            rest.append(edge)
            continue
        (x1, y1), (x2, y2) = source, target
        dx, dy = x2 - x1, y2 - y1
        length = hypot(dx, dy)
        r1, r2 = edge.source.radius + gap, edge.target.radius + gap
        old = edge._line
        if length > r1 + r2:
            ux, uy = dx / length, dy / length
            edge._line = (x1 + ux * r1, y1 + uy * r1, x2 - ux * r2, y2 - uy * r2)
        else:
            edge._line = ()
        if old != edge._line:
            moved.append((old, edge._line))
    if len(moved) > PARTIAL_MAX:
        bundle.invalidate()
    else:
        for old, new in moved:  # a party or two moved: their lines' region is painted again, not the map
            bundle.line_changed(old, new)
    return rest


#: each pen draws this many lines in its turn (one drawLines per pen would lay one colour over all others)
INTERLEAVE = 48

#: lines repainted one by one between two groupings before the whole bundle is painted again instead
PARTIAL_MAX = 64


class RelationBundle(QGraphicsItem):
    """The lines of the bundled relations (``RelationItem.bundle is self``), one drawLines per pen and opacity."""

    def __init__(self, edges: dict):
        """``edges``: the scene's relation items by id (read when drawn; the dict may change)."""
        super().__init__()
        self.edges = edges
        self._dirty = True
        #: a repaint of every line is on its way (prepareGeometryChange made since the last grouping)
        self._full = True
        #: lines repainted one by one since the last grouping (past PARTIAL_MAX the whole bundle is cheaper)
        self._partial = 0
        self._bounds = QRectF()
        #: (pen key, opacity) -> (pen, lines); the selected relations' lines apart
        self._groups: dict[tuple, tuple[QPen, list[QLineF]]] = {}
        self._selected: list[QLineF] = []
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def invalidate(self) -> None:
        """Lines appeared, went, or changed their pen, opacity or selection: group again, paint every line again."""
        self._dirty = True
        if not self._full:
            self._full = True
            self.prepareGeometryChange()  # the groups and bounds are made again on the next look
            self.update()

    def line_changed(self, old: tuple, new: tuple) -> None:
        """One line moved from ``old`` to ``new`` (x1, y1, x2, y2; empty: none): only their region is painted again.

        A party moved, resized or edited on a large map zoomed out repaints its lines, not 5,000."""
        self._dirty = True
        if self._full:
            return
        self._partial += 1
        rect = QRectF()
        for line in (old, new):
            if line:
                x0, x1 = sorted((line[0], line[2]))
                y0, y1 = sorted((line[1], line[3]))
                rect = rect.united(QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-4, -4, 4, 4))
        if self._partial > PARTIAL_MAX or not self._bounds.contains(rect):
            self.invalidate()
        elif not rect.isEmpty():
            self.update(rect)

    def groups(self) -> dict[tuple, tuple[QPen, list[QLineF]]]:
        """The lines as drawn: (type, strength, opacity) -> (pen, lines)."""
        self._regroup()
        return self._groups

    def selected_lines(self) -> list[QLineF]:
        """The bundled lines drawn over the selection halo."""
        self._regroup()
        return self._selected

    def _regroup(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        full, self._full, self._partial = self._full, False, 0
        scene = self.scene()
        chosen = {id(item) for item in scene.selectedItems()} if scene is not None else set()
        groups: dict[tuple, tuple[QPen, list]] = {}
        selected = []
        ends = []
        for edge in self.edges.values():
            line = edge._line
            if not line or edge.bundle is not self:
                continue
            ends.append(line)
            key = (edge.relation_type, edge.strength, edge.opacity())
            group = groups.get(key)
            if group is None:
                group = groups[key] = (edge.pen_for(True), [])
            group[1].append(line)
            if chosen and id(edge) in chosen:
                selected.append(line)
        # the lines as plain tuples first, made QLineF in one C loop per group (a QLineF(*line) per edge cost twice that)
        for _pen, lines in groups.values():
            lines[:] = starmap(QLineF, lines)
        self._groups = groups
        self._selected = list(starmap(QLineF, selected))
        bounds = QRectF()
        if ends:
            x1, y1, x2, y2 = zip(*ends, strict=True)
            x0, y0 = min(min(x1), min(x2)), min(min(y1), min(y2))
            bounds = QRectF(x0, y0, max(max(x1), max(x2)) - x0, max(max(y1), max(y2)) - y0).adjusted(-4, -4, 4, 4)
        # the bounds shrink only after prepareGeometryChange (a line repainted alone never leaves them)
        self._bounds = bounds if full else self._bounds.united(bounds)

    # -- QGraphicsItem -----------------------------------------------------------

    def boundingRect(self) -> QRectF:
        """Override QGraphicsItem.boundingRect: every bundled line."""
        self._regroup()
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Override QGraphicsItem.paint: the selection halo, then one drawLines per pen and opacity."""
        self._regroup()
        clipped = painter.hasClipping()
        if not clipped:  # Qt strokes thousands of cosmetic lines about four times faster inside a clip (a full repaint)
            painter.setClipRect(self._bounds)
        if self._selected:
            painter.setPen(SELECTED_OVERVIEW_PEN)
            painter.drawLines(self._selected)
        base = painter.opacity()
        groups = list(self._groups.items())
        longest = max((len(lines) for _key, (_pen, lines) in groups), default=0)
        for start in range(0, longest, INTERLEAVE):  # pens take turns, as the items did: no colour always on top
            for (_type, _strength, opacity), (pen, lines) in groups:
                if start < len(lines):
                    painter.setOpacity(base * opacity)
                    painter.setPen(pen)
                    painter.drawLines(lines[start:start + INTERLEAVE])
        painter.setOpacity(base)
        if not clipped:  # the view does not save the painter's state between items (DontSavePainterState)
            painter.setClipping(False)
