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
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle

#: Stance -2..+2 on a colour-blind-safe diverging palette (ColorBrewer PuOr), with a glyph as second cue.
STANCE_COLOURS = {-2: "#e66101", -1: "#fdb863", 0: "#f7f7f7", 1: "#b2abd2", 2: "#5e3c99"}
STANCE_GLYPHS = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}
STANCE_TEXT = {-2: "#000000", -1: "#000000", 0: "#000000", 1: "#000000", 2: "#ffffff"}

#: Shape per party kind: (number of corners, rotation in degrees); 0 corners is a circle.
KIND_SHAPES: dict[str, tuple[str, int, float]] = {
    "municipality": ("circle", 0, 0),
    "province": ("polygon", 6, 0),
    "water_board": ("polygon", 4, 0),  # diamond
    "state": ("star", 5, -90),
    "grid_operator": ("polygon", 3, -90),
    "housing_corporation": ("house", 0, 0),
    "residents": ("rounded", 0, 0),
    "nature": ("polygon", 8, 22.5),
    "company": ("polygon", 4, 45),  # square
    "knowledge": ("polygon", 3, 90),
    "other": ("ellipse", 0, 0),
}

#: Relation styles: colour, width, pen style; tension is drawn as a zigzag, dependency with an arrow.
RELATION_STYLES = {
    "coalition": ("#0072b2", 4.0, Qt.PenStyle.SolidLine),
    "tension": ("#d55e00", 2.0, Qt.PenStyle.SolidLine),
    "dependency": ("#444444", 1.6, Qt.PenStyle.SolidLine),
    "informal": ("#777777", 1.6, Qt.PenStyle.DotLine),
}

PARTY_Z = 10.0
#: relation pens by (type, strength, overview): QPen is a value, setPen copies it
_PENS: dict[tuple, QPen] = {}
#: zigzag teeth along the unit line, by tooth count (see RelationItem._zigzag)
_ZIGZAGS: dict[int, QPolygonF] = {}
RELATION_Z = 1.0
SELECTION_COLOUR = QColor("#000000")
HALO_COLOUR = QColor(255, 210, 0, 170)


def radius_for(influence: int) -> float:
    """Node radius by influence 0..10."""
    return 16.0 + 2.4 * max(0, min(10, influence))


def shape_path(kind: str, r: float) -> QPainterPath:
    """The outline of a node of a party kind with radius ``r`` around (0, 0)."""
    form, corners, rotation = KIND_SHAPES.get(kind, KIND_SHAPES["other"])
    path = QPainterPath()
    if form == "circle":
        path.addEllipse(QPointF(0, 0), r, r)
    elif form == "ellipse":
        path.addEllipse(QPointF(0, 0), r * 1.25, r * 0.8)
    elif form == "rounded":
        path.addRoundedRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8), r * 0.35, r * 0.35)
    elif form == "house":
        w = r * 0.9
        path.addPolygon(QPolygonF([QPointF(-w, r * 0.85), QPointF(-w, -r * 0.15), QPointF(0, -r),
                                   QPointF(w, -r * 0.15), QPointF(w, r * 0.85), QPointF(-w, r * 0.85)]))
    elif form == "star":
        pts = []
        for i in range(corners * 2):
            rr = r if i % 2 == 0 else r * 0.55
            a = math.radians(rotation + i * 180.0 / corners)
            pts.append(QPointF(rr * math.cos(a), rr * math.sin(a)))
        pts.append(pts[0])
        path.addPolygon(QPolygonF(pts))
    else:
        pts = []
        for i in range(corners):
            a = math.radians(rotation + i * 360.0 / corners)
            pts.append(QPointF(r * math.cos(a), r * math.sin(a)))
        pts.append(pts[0])
        path.addPolygon(QPolygonF(pts))
    path.closeSubpath()
    return path


class PartyItem(QGraphicsItem):
    """A party on the map: shape by kind, fill by stance (with a glyph), size by influence, its label below."""

    FONT = QFont()
    FONT.setPointSizeF(9.0)
    GLYPH_FONT = QFont()
    GLYPH_FONT.setPointSizeF(10.0)
    GLYPH_FONT.setBold(True)

    def __init__(self, party_id: int):
        super().__init__()
        self.party_id = party_id
        self.edges: list[RelationItem] = []
        self.label = ""
        self.kind = "other"
        self.stance = 0
        self.influence = 5
        self.radius = radius_for(5)
        self._visual: tuple | None = None
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._label_rect = QRectF()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(PARTY_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)

    @classmethod
    def set_label_points(cls, points: float) -> None:
        """Label size of every node (larger in presentation mode); call ``set_party`` again afterwards."""
        cls.FONT = QFont(cls.FONT)
        cls.FONT.setPointSizeF(points)
        cls.GLYPH_FONT = QFont(cls.GLYPH_FONT)
        cls.GLYPH_FONT.setPointSizeF(points + 1)

    def set_party(self, party) -> bool:
        """Show a party's current values; returns True when anything visible changed."""
        visual = (party.label, party.kind, party.stance, party.influence, self.FONT.pointSizeF())
        if visual == self._visual:
            return False
        self.prepareGeometryChange()
        self._visual = visual
        self.label, self.kind, self.stance, self.influence, _ = visual
        self.radius = radius_for(party.influence)
        self._path = shape_path(self.kind, self.radius)
        fm = QFontMetricsF(self.FONT)
        text = self.label if len(self.label) <= 40 else self.label[:39] + "…"
        self._label_text = text
        bold = QFont(self.FONT)
        bold.setBold(True)  # a selected label is drawn bold: room for that, or its ends are cut off
        width = max(fm.horizontalAdvance(text), QFontMetricsF(bold).horizontalAdvance(text)) + 8
        height = fm.height() + 2
        node = self._path.boundingRect()
        self._label_rect = QRectF(-width / 2, node.bottom() + 3, width, height)
        self._bounds = node.united(self._label_rect).adjusted(-6, -6, 6, 6)
        self.setToolTip("<p>" + html.escape(party.name) + "</p>")  # a name is text, never markup
        self.update()
        return True

    def center(self) -> QPointF:
        return self.pos()

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
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected:
            painter.setPen(QPen(HALO_COLOUR, 10.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setPen(QPen(SELECTION_COLOUR if selected else QColor("#333333"), 3.0 if selected else 1.4,
                            Qt.PenStyle.SolidLine if selected else Qt.PenStyle.SolidLine))
        painter.setBrush(QBrush(QColor(STANCE_COLOURS.get(self.stance, "#f7f7f7"))))
        painter.drawPath(self._path)
        painter.setFont(self.GLYPH_FONT)
        painter.setPen(QColor(STANCE_TEXT.get(self.stance, "#000000")))
        painter.drawText(QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius),
                         Qt.AlignmentFlag.AlignCenter, STANCE_GLYPHS.get(self.stance, "0"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(self._label_rect, 3, 3)
        painter.setFont(self.FONT)
        painter.setPen(QColor("#000000"))
        if selected:
            f = QFont(self.FONT)
            f.setBold(True)
            painter.setFont(f)
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label_text)

    #: False while the scene places many parties at once (it adjusts each edge once afterwards)
    follow_edges = True

    def itemChange(self, change, value):
        """Override QGraphicsItem.itemChange: edges follow the node while it moves."""
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and PartyItem.follow_edges:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)


class RelationItem(QGraphicsPathItem):
    """A relation between two party nodes, styled by its type.

    Painted by Qt itself (no Python ``paint``): with thousands of relations on the map a
    Python paint call per edge per frame would make dragging slow. Arrowheads are part of
    the path (an open "V" stroked with the same pen); a selected relation gets Qt's own
    dashed selection frame.
    """

    def __init__(self, relation_id: int, source: PartyItem, target: PartyItem):
        super().__init__()
        self.relation_id = relation_id
        self.source = source
        self.target = target
        self.type = "informal"
        self.direction = "none"
        self.strength = 2
        self._line = QLineF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(RELATION_Z)
        self.setBrush(Qt.BrushStyle.NoBrush)
        source.edges.append(self)
        target.edges.append(self)

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def set_relation(self, relation, source: PartyItem, target: PartyItem, overview: bool = False) -> None:
        if source is not self.source or target is not self.target:
            self.detach()
            self.source, self.target = source, target
            source.edges.append(self)
            target.edges.append(self)
        self.type, self.direction, self.strength = relation.type, relation.direction, relation.strength
        self.setPen(self.pen_for(overview))
        self.adjust()

    @property
    def arrows(self) -> tuple[bool, bool]:
        """(arrow at target, arrow at source)."""
        forward = self.direction in ("forward", "both") or self.type == "dependency"
        return forward, self.direction == "both"

    def line(self) -> QLineF:
        """The visible part of the relation, from outline to outline."""
        return QLineF(self._line)

    def pen_for(self, overview: bool = False) -> QPen:
        """The pen of this relation type; in overview (thousands of lines in sight) a thin one-pixel pen."""
        key = (self.type, self.strength, overview)
        pen = _PENS.get(key)
        if pen is None:
            pen = _PENS[key] = self._make_pen(overview)
        return pen

    def _make_pen(self, overview: bool) -> QPen:
        colour, width, style = RELATION_STYLES.get(self.type, RELATION_STYLES["informal"])
        if overview:
            pen = QPen(QColor(colour), 0, style)
            pen.setCosmetic(True)
            return pen
        pen = QPen(QColor(colour), width * (0.6 + 0.25 * self.strength), style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def adjust(self) -> None:
        """Follow the nodes: recompute the path between their outlines."""
        p1, p2 = self.source.pos(), self.target.pos()
        dx, dy = p2.x() - p1.x(), p2.y() - p1.y()
        length = math.hypot(dx, dy)
        path = QPainterPath()
        r1, r2 = self.source.radius + 2, self.target.radius + 2
        if length > r1 + r2:
            ux, uy = dx / length, dy / length
            a = QPointF(p1.x() + ux * r1, p1.y() + uy * r1)
            b = QPointF(p2.x() - ux * r2, p2.y() - uy * r2)
            self._line = QLineF(a, b)
            if self.type == "tension":
                self._zigzag(path, a, b)
            else:
                path.moveTo(a)
                path.lineTo(b)
            at_target, at_source = self.arrows
            if at_target:
                self._arrow(path, a, b)
            if at_source:
                self._arrow(path, b, a)
        else:
            self._line = QLineF()
        self.setPath(path)

    @staticmethod
    def _zigzag(path: QPainterPath, a: QPointF, b: QPointF) -> None:
        """A zigzag from a to b, one tooth every ~12 units, 5 units to either side.

        The teeth of a given count are made once along the unit line and mapped onto a–b by a
        transform (Qt maps the points in C++): a large map has thousands of long tension lines.
        """
        ax, ay = a.x(), a.y()
        dx, dy = b.x() - ax, b.y() - ay
        length = math.hypot(dx, dy)
        steps = max(2, int(length / 12))
        teeth = _ZIGZAGS.get(steps)
        if teeth is None:
            teeth = QPolygonF([QPointF(0.0, 0.0)] + [QPointF(i / steps, 1.0 if i % 2 else -1.0)
                                                      for i in range(1, steps)] + [QPointF(1.0, 0.0)])
            if len(_ZIGZAGS) < 4096:
                _ZIGZAGS[steps] = teeth
        transform = QTransform(dx, dy, -dy / length * 5.0, dx / length * 5.0, ax, ay)
        path.addPolygon(transform.map(teeth))

    @staticmethod
    def _arrow(path: QPainterPath, start: QPointF, tip: QPointF) -> None:
        angle = math.atan2(start.y() - tip.y(), start.x() - tip.x())
        size = 12.0
        path.moveTo(tip.x() + math.cos(angle + 0.45) * size, tip.y() + math.sin(angle + 0.45) * size)
        path.lineTo(tip)
        path.lineTo(tip.x() + math.cos(angle - 0.45) * size, tip.y() + math.sin(angle - 0.45) * size)
