"""The graphics items of the map: party nodes and relation edges (views of the model, never its truth)."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from samenwerk_desktop.core import mapstyle

PARTY_Z = 10.0
#: relation pens by (type, strength, overview): QPen is a value, setPen copies it
_PENS: dict[tuple, QPen] = {}
#: zigzag teeth along the unit line, by tooth count (see RelationItem._zigzag)
_ZIGZAGS: dict[int, QPolygonF] = {}
RELATION_Z = 1.0
_NO_PATH = QPainterPath()
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_BUNDLED_FLAGS = _SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
SELECTION_COLOUR = QColor("#000000")
OUTLINE_PEN = QPen(QColor(mapstyle.OUTLINE), mapstyle.OUTLINE_WIDTH)
SELECTED_PEN = QPen(SELECTION_COLOUR, 3.0)
HALO_COLOUR = QColor(255, 210, 0, 170)
_ANTIALIASING = QPainter.RenderHint.Antialiasing


def radius_for(influence: int) -> float:
    """Node radius by influence 0..10 (the map's visual language, core/mapstyle.py)."""
    return mapstyle.radius(influence)


#: node outlines by (kind, radius): a path is a value (a copy shares its data), a large map has few distinct ones
_SHAPES: dict[tuple[str, float], QPainterPath] = {}
#: fills by stance: (colour, brush)
_FILLS: dict[int, tuple[QColor, QBrush]] = {}
_PARTY_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


def shape_path(kind: str, r: float) -> QPainterPath:
    """The outline of a node of a party kind with radius ``r`` around (0, 0)."""
    path = _SHAPES.get((kind, r))
    if path is None:
        path = _SHAPES[(kind, r)] = _make_shape(kind, r)
    return QPainterPath(path)


def _fill(stance: int) -> tuple[QColor, QBrush]:
    fill = _FILLS.get(stance)
    if fill is None:
        colour = QColor(mapstyle.stance_colour(stance))
        fill = _FILLS[stance] = (colour, QBrush(colour))
    return fill


def _make_shape(kind: str, r: float) -> QPainterPath:
    form = mapstyle.outline(kind, r)
    path = QPainterPath()
    if form.form == "ellipse":
        path.addEllipse(QPointF(0, 0), form.rx, form.ry)
    elif form.form == "rounded":
        path.addRoundedRect(QRectF(-form.rx, -form.ry, 2 * form.rx, 2 * form.ry), form.corner, form.corner)
    else:
        pts = [QPointF(x, y) for x, y in form.points]
        pts.append(pts[0])
        path.addPolygon(QPolygonF(pts))
    path.closeSubpath()
    return path


class MapStyle:
    """How one scene draws its parties: the label and glyph fonts (two scenes may differ)."""

    def __init__(self, label_points: float = mapstyle.LABEL_POINTS):
        self.label_points = label_points
        self.font = QFont()
        self.font.setPointSizeF(label_points)
        self.glyph_font = QFont()
        self.glyph_font.setPointSizeF(label_points + 1)
        self.glyph_font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.bold_font = QFont(self.font)
        self.bold_font.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold_font)


class PartyItem(QGraphicsItem):
    """A party on the map: shape by kind, fill by stance (with a glyph), size by influence, its label below.

    Its fonts come from the scene's ``MapStyle`` (``style``), never from the class."""

    def __init__(self, party_id: int, style: MapStyle | None = None):
        super().__init__()
        self.party_id = party_id
        self.style = style or MapStyle()
        self.edges: list[RelationItem] = []
        self.label = ""
        #: False when the zoom leaves no room for this label (it still shows when selected)
        self.label_visible = True
        self.kind = "other"
        self.stance = 0
        self.influence = 5
        self.radius = radius_for(5)
        self._visual: tuple | None = None
        self._path = _NO_PATH
        self._fill, self._brush = _fill(0)
        self._bounds = QRectF()
        self._label_rect = QRectF()
        # no itemChange of its own: a Python override is called for every property set (a dozen per party while
        # a large map is built); the scene moves the edges of what it moves (MapScene.follow)
        self.setFlags(_PARTY_FLAGS)
        self.setZValue(PARTY_Z)
        self.setCacheMode(_DEVICE_CACHE)

    def set_style(self, style: MapStyle) -> None:
        """Draw with another style (the room's map); call ``set_party`` again afterwards."""
        self.style = style

    def set_party(self, party) -> bool:
        """Show a party's current values; returns True when anything visible changed."""
        visual = (party.label, party.kind, party.stance, party.influence, self.style.font.pointSizeF())
        if visual == self._visual:
            return False
        self.prepareGeometryChange()
        self._visual = visual
        self.label, self.kind, self.stance, self.influence, _ = visual
        self.radius = radius_for(party.influence)
        self._path = shape_path(self.kind, self.radius)
        self._fill, self._brush = _fill(self.stance)
        style = self.style
        text = mapstyle.label_text(party)
        self._label_text = text
        # a selected label is drawn bold: room for that, or its ends are cut off
        width = max(style.metrics.horizontalAdvance(text), style.bold_metrics.horizontalAdvance(text)) + 8
        height = style.metrics.height() + 2
        node = self._path.boundingRect()
        self._label_rect = QRectF(-width / 2, node.bottom() + 3, width, height)
        self._bounds = node.united(self._label_rect).adjusted(-6, -6, 6, 6)
        self.setToolTip("<p>" + html.escape(party.name) + "</p>")  # a name is text, never markup
        self.update()
        return True

    def center(self) -> QPointF:
        return self.pos()

    def set_label_visible(self, on: bool) -> None:
        """Show or hide the label (labels by zoom level); a selected party always shows its label."""
        if on != self.label_visible:
            self.label_visible = on
            self.update()

    def brush_colour(self) -> str:
        """The node's fill as "#rrggbb"."""
        return self._fill.name()

    def outline_path(self) -> QPainterPath:
        """The node's outline around its centre."""
        return QPainterPath(self._path)

    # -- QGraphicsItem -----------------------------------------------------------

    def boundingRect(self) -> QRectF:
        """Override QGraphicsItem.boundingRect."""
        return self._bounds

    def shape(self) -> QPainterPath:
        """Override QGraphicsItem.shape: the node and its label can be grabbed."""
        path = QPainterPath(self._path)
        path.addRect(self._label_rect)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Override QGraphicsItem.paint."""
        # Qt sets State_Selected from isSelected(); a Python enum test costs more (1,000 parties after a refit)
        selected = self.isSelected()
        painter.setRenderHint(_ANTIALIASING, True)
        if selected:
            painter.setPen(QPen(HALO_COLOUR, 10.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setPen(SELECTED_PEN if selected else OUTLINE_PEN)
        painter.setBrush(self._brush)
        painter.drawPath(self._path)
        if not selected and self.radius * option.levelOfDetailFromTransform(painter.worldTransform()) < 6:
            return  # a few pixels wide (a large map zoomed out): no room for a sign or a label
        painter.setFont(self.style.glyph_font)
        painter.setPen(QColor(mapstyle.stance_text_colour(self.stance)))
        painter.drawText(QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius),
                         Qt.AlignmentFlag.AlignCenter, mapstyle.stance_sign(self.stance))
        if not self.label_visible and not selected:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))  # the label's halo: lines beneath stay out of its way
        painter.drawRoundedRect(self._label_rect, 3, 3)
        painter.setFont(self.style.bold_font if selected else self.style.font)
        painter.setPen(QColor("#000000"))
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label_text)

    def move_to(self, x: float, y: float) -> None:
        """Stand at (x, y), the relations following."""
        self.setPos(x, y)
        for edge in self.edges:
            edge.adjust()


class RelationItem(QGraphicsPathItem):
    """A relation between two party nodes, styled by its type.

    Painted by Qt itself (no Python ``paint``): with thousands of relations on the map a
    Python paint call per edge per frame would make dragging slow. Arrowheads are part of
    the path (an open "V" stroked with the same pen); a selected relation gets Qt's own
    dashed selection frame.
    """

    # Defaults on the class until set_relation and adjust set them (an attribute set on a PySide object costs
    # more than a plain one's: a large map makes 5,000 of these items).
    #: the relation's type (coalition, tension, ...); not ``type``, which is QGraphicsItem.type(): Qt calls it
    #: when it draws a selected item into a pixmap (a grab, the drag's snapshot) and a str there crashed
    relation_type = "informal"
    direction = "none"
    strength = 2
    _zig = False
    #: drawn as a bare line (overview: thousands of lines in sight, teeth and arrowheads of a pixel or two)
    straight = False
    _heads = (False, False)
    #: the visible part as (x1, y1, x2, y2), empty when the nodes overlap
    _line: tuple = ()

    def __init__(self, relation_id: int, source: PartyItem, target: PartyItem, bundle=None):
        """``bundle``: the RelationBundle that draws it from the start (a large map opens in overview)."""
        super().__init__()
        self.relation_id = relation_id
        self.source = source
        self.target = target
        #: the RelationBundle that draws this line at overview zoom (None: the item draws itself)
        self.bundle = bundle
        self.setFlags(_BUNDLED_FLAGS if bundle is not None else _SELECTABLE)  # no brush: Qt's default
        self.setZValue(RELATION_Z)
        source.edges.append(self)
        target.edges.append(self)

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def set_relation(self, relation, source: PartyItem, target: PartyItem, overview: bool = False,
                     ends: tuple | None = None, place: bool = True) -> None:
        """Show a relation's current values; ``ends``: the two centres if the caller knows them (see adjust);
        ``place``: False when the caller places the line itself afterwards (a whole map at once)."""
        if source is not self.source or target is not self.target:
            self.detach()
            self.source, self.target = source, target
            source.edges.append(self)
            target.edges.append(self)
        self.relation_type, self.direction, self.strength = relation.type, relation.direction, relation.strength
        self._zig = mapstyle.relation_style(self.relation_type).zigzag
        self._heads = mapstyle.arrowheads(self.direction)
        self.straight = overview
        self.setPen(self.pen_for(overview))
        if not place:
            return
        self.adjust(ends)
        if self.bundle is not None:
            self.bundle.line_changed(self._line, self._line)  # perhaps another pen: group it again

    def set_bundle(self, bundle) -> None:
        """Let ``bundle`` draw this relation (overview: the item draws nothing, gui/map/bundle.py), or draw it
        again itself (None)."""
        if bundle is self.bundle:
            return
        before, self.bundle = self.bundle, bundle
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, bundle is not None)
        if bundle is not None:
            self.setPath(_NO_PATH)  # nothing drawn, nothing to find: the bundle holds the line
            bundle.invalidate()
        else:
            before.invalidate()
            self.adjust()

    @property
    def arrows(self) -> tuple[bool, bool]:
        """(arrow at target, arrow at source): from the direction alone (core/mapstyle.py)."""
        return mapstyle.arrowheads(self.direction)

    def line(self) -> QLineF:
        """The visible part of the relation, from outline to outline."""
        return QLineF(*self._line) if self._line else QLineF()

    def pen_for(self, overview: bool = False) -> QPen:
        """The pen of this relation type; in overview (thousands of lines in sight) a thin one-pixel pen."""
        key = (self.relation_type, self.strength, overview)
        pen = _PENS.get(key)
        if pen is None:
            pen = _PENS[key] = self._make_pen(overview)
        return pen

    def _make_pen(self, overview: bool) -> QPen:
        style = mapstyle.relation_style(self.relation_type)
        width = 0 if overview else mapstyle.relation_width(self.relation_type, self.strength)
        pen = QPen(QColor(style.colour), width)
        if style.dashes:
            pen.setDashPattern(list(style.dashes))
        if overview:
            pen.setCosmetic(True)
            return pen
        pen.setCapStyle(Qt.PenCapStyle.FlatCap if style.dashes else Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def adjust(self, ends: tuple[tuple[float, float], tuple[float, float]] | None = None) -> None:
        """Follow the nodes: recompute the path between their outlines.

        ``ends``: the two centres when the caller knows them already (placing a whole layout:
        no two Qt calls per relation to ask the nodes); a straight line is built from plain
        numbers, without a point object per end."""
        if ends is None:
            p1, p2 = self.source.pos(), self.target.pos()
            x1, y1, x2, y2 = p1.x(), p1.y(), p2.x(), p2.y()
        else:
            (x1, y1), (x2, y2) = ends
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        path = QPainterPath()
        r1, r2 = self.source.radius + mapstyle.LINE_GAP, self.target.radius + mapstyle.LINE_GAP
        if length > r1 + r2:
            ux, uy = dx / length, dy / length
            ax, ay, bx, by = x1 + ux * r1, y1 + uy * r1, x2 - ux * r2, y2 - uy * r2
            old, self._line = self._line, (ax, ay, bx, by)
            if self.bundle is not None:  # the overview's one item draws it: no path of its own
                if old != self._line:
                    self.bundle.line_changed(old, self._line)
                return
            if self.straight:
                path.moveTo(ax, ay)
                path.lineTo(bx, by)
                self.setPath(path)
                return
            a, b = QPointF(ax, ay), QPointF(bx, by)
            if self._zig:
                self._zigzag(path, a, b)
            else:
                path.moveTo(a)
                path.lineTo(b)
            at_target, at_source = self._heads
            if at_target:
                self._arrow(path, a, b)
            if at_source:
                self._arrow(path, b, a)
        else:
            old, self._line = self._line, ()
            if self.bundle is not None:
                if old:
                    self.bundle.line_changed(old, ())
                return
        self.setPath(path)

    @staticmethod
    def _zigzag(path: QPainterPath, a: QPointF, b: QPointF) -> None:
        """A zigzag from a to b, one tooth every ZIGZAG_TOOTH units, ZIGZAG_AMPLITUDE to either side.

        The teeth of a given count are made once along the unit line and mapped onto a–b by a
        transform (Qt maps the points in C++): a large map has thousands of long tension lines.
        """
        ax, ay = a.x(), a.y()
        dx, dy = b.x() - ax, b.y() - ay
        length = math.hypot(dx, dy)
        steps = max(2, int(length / mapstyle.ZIGZAG_TOOTH))
        teeth = _ZIGZAGS.get(steps)
        if teeth is None:
            teeth = QPolygonF([QPointF(0.0, 0.0)] + [QPointF(i / steps, 1.0 if i % 2 else -1.0)
                                                      for i in range(1, steps)] + [QPointF(1.0, 0.0)])
            if len(_ZIGZAGS) < 4096:
                _ZIGZAGS[steps] = teeth
        amp = mapstyle.ZIGZAG_AMPLITUDE
        transform = QTransform(dx, dy, -dy / length * amp, dx / length * amp, ax, ay)
        path.addPolygon(transform.map(teeth))

    @staticmethod
    def _arrow(path: QPainterPath, start: QPointF, tip: QPointF) -> None:
        angle = math.atan2(start.y() - tip.y(), start.x() - tip.x())
        size, half = mapstyle.ARROW_SIZE, mapstyle.ARROW_ANGLE
        path.moveTo(tip.x() + math.cos(angle + half) * size, tip.y() + math.sin(angle + half) * size)
        path.lineTo(tip)
        path.lineTo(tip.x() + math.cos(angle - half) * size, tip.y() + math.sin(angle - half) * size)
