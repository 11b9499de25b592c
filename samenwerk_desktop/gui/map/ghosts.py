"""Ghost marks at the old places and arrows to the new ones: a comparison of two states drawn on a map scene."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from samenwerk_desktop.core import mapstyle, movement

GHOST_Z = -5.0  # under the parties and their relations
ARROW_Z = 5.0  # over the relations, under the labels' halo
ARROW_COLOUR = "#1a1a1a"
HEAD = 14.0


class GhostItem(QGraphicsEllipseItem):
    """A faint, dashed mark where a party stood in the older state."""

    def __init__(self, arrow: movement.Arrow):
        r = mapstyle.radius(arrow.influence)
        super().__init__(QRectF(-r, -r, 2 * r, 2 * r))
        self.key = arrow.key
        self.setPos(QPointF(*arrow.old))
        fill = QColor(mapstyle.stance_colour(arrow.stance))
        fill.setAlpha(90)
        self.setBrush(QBrush(fill))
        pen = QPen(QColor(mapstyle.OUTLINE), 1.6, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(GHOST_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(arrow.name)


class MoveArrowItem(QGraphicsPathItem):
    """An arrow from a party's old place to its new one, ending at the edge of its mark."""

    def __init__(self, arrow: movement.Arrow):
        super().__init__()
        self.key = arrow.key
        a, b = QPointF(*arrow.old), QPointF(*arrow.new)
        line = QLineF(a, b)
        r = mapstyle.radius(arrow.influence)
        path = QPainterPath()
        if line.length() > 2 * r + HEAD:
            start = line.pointAt(r / line.length())
            end = line.pointAt(1 - (r + 2) / line.length())
            path.moveTo(start)
            path.lineTo(end)
            angle = math.atan2(end.y() - start.y(), end.x() - start.x())
            for side in (-1, 1):
                tip = QPointF(end.x() - HEAD * math.cos(angle + side * 0.45), end.y() - HEAD * math.sin(angle + side * 0.45))
                path.moveTo(end)
                path.lineTo(tip)
        self.setPath(path)
        pen = QPen(QColor(ARROW_COLOUR), 2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(ARROW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class GhostLayer:
    """The ghosts and arrows of one comparison on one scene; ``show(None)`` takes them away."""

    def __init__(self, scene: QGraphicsScene):
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.arrows: list[movement.Arrow] = []

    def show(self, data, comparison: movement.Comparison | None) -> None:
        """Draw ``comparison`` (in the collaboration's layout) over the scene, replacing what was there."""
        self.clear()
        if comparison is None:
            return
        self.arrows = movement.arrows(data, comparison)
        for arrow in self.arrows:
            ghost = GhostItem(arrow)
            self.scene.addItem(ghost)
            self.items.append(ghost)
            if arrow.new is not None:
                line = MoveArrowItem(arrow)
                self.scene.addItem(line)
                self.items.append(line)

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items = []
        self.arrows = []

    def ghost_items(self) -> list[GhostItem]:
        return [i for i in self.items if isinstance(i, GhostItem)]

    def arrow_items(self) -> list[MoveArrowItem]:
        return [i for i in self.items if isinstance(i, MoveArrowItem)]
