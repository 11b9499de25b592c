"""Open disputes marked on a map scene: a diamond on the relation between the parties, or on a line of its own."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem

from samenwerk_desktop.core import disputes, mapstyle

MARK_Z = 6.0  # over the relations (and the movement's arrows), under the parties
LINE_Z = 0.5  # a dispute's own line lies under the relations


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


def diamond_path(size: float) -> QPainterPath:
    """The dispute's diamond around (0, 0), ``size`` half its diagonal (the legend draws it too)."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(0, -size), QPointF(size, 0), QPointF(0, size), QPointF(-size, 0),
                               QPointF(0, -size)]))
    return path


def bang_path(size: float) -> QPainterPath:
    """The white "!" inside the diamond, drawn as two shapes (no font: the PDF draws the same)."""
    path = QPainterPath()
    w = size * 0.2
    path.addRect(QRectF(-w / 2, -size * 0.55, w, size * 0.7))
    path.addRect(QRectF(-w / 2, size * 0.3, w, w))
    return path


class DisputeMarkItem(QGraphicsPathItem):
    """The mark of the open disputes between two parties; its tooltip names their subjects."""

    def __init__(self, mark: disputes.PairMark, at: QPointF, names: tuple[str, str]):
        super().__init__(diamond_path(mapstyle.DISPUTE_SIZE))
        self.mark = mark
        self.setPos(at)
        self.setBrush(QBrush(QColor(mapstyle.DISPUTE_COLOUR)))
        pen = QPen(QColor("#ffffff"), 1.4)
        if mark.facilitator_only:  # the facilitator's own: never on the room's screen
            pen = QPen(QColor(mapstyle.OUTLINE), 1.4, Qt.PenStyle.DotLine)
        self.setPen(pen)
        self.setZValue(MARK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        bang = QGraphicsPathItem(bang_path(mapstyle.DISPUTE_SIZE), self)
        bang.setBrush(QBrush(QColor("#ffffff")))
        bang.setPen(QPen(Qt.PenStyle.NoPen))
        lines = [f"<b>{html.escape(_tr('Open geschil'))}: {html.escape(names[0])} – {html.escape(names[1])}</b>",
                 *(html.escape(s) for s in mark.subjects)]
        if mark.facilitator_only:
            lines.append(html.escape(_tr("Alleen voor de procesbegeleider (niet op het zaalscherm).")))
        self.setToolTip("<br>".join(lines))


class DisputeMarks(QObject):
    """The dispute marks of one scene, kept in step with its document (the room's: only what the room may see).

    A child of the scene: its connections to the document end with the scene."""

    def __init__(self, scene):
        super().__init__(scene)
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        # connected after the scene's own slots: the parties stand where the change put them
        scene.document.changed.connect(self._on_changed)
        scene.document.reloaded.connect(self.refresh)
        self.refresh()

    def _on_changed(self, change) -> None:
        if {"dispute", "party", "relation", "collaboration"} & (set(change.kinds) | {change.kind}):
            self.refresh()

    def refresh(self) -> None:
        """Draw the open disputes of the scene's document as they are now."""
        self.clear()
        data, parties = self.scene.document.data, self.scene.parties
        for mark in disputes.pair_marks(data):
            a, b = (parties.get(pid) for pid in mark.parties)
            if a is None or b is None:
                continue
            pa, pb = a.pos(), b.pos()
            if mark.relation_id is None or mark.relation_id not in self.scene.relations:
                line = QGraphicsLineItem(pa.x(), pa.y(), pb.x(), pb.y())
                pen = QPen(QColor(mapstyle.DISPUTE_COLOUR), mapstyle.DISPUTE_LINE_WIDTH)
                pen.setDashPattern(list(mapstyle.DISPUTE_DASHES))
                line.setPen(pen)
                line.setZValue(LINE_Z)
                line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self._add(line)
            at = QPointF(*mapstyle.dispute_point((pa.x(), pa.y()), (pb.x(), pb.y())))
            self._add(DisputeMarkItem(mark, at, tuple(data.party_name(pid) for pid in mark.parties)))

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items = []

    def mark_items(self) -> list[DisputeMarkItem]:
        return [i for i in self.items if isinstance(i, DisputeMarkItem)]

    def line_items(self) -> list[QGraphicsLineItem]:
        return [i for i in self.items if isinstance(i, QGraphicsLineItem)]
