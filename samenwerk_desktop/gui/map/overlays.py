"""What sits over the map canvas: the legend (the map's visual language) and the challenge banner."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import PARTY_KINDS, RELATION_TYPES
from samenwerk_desktop.gui import look
from samenwerk_desktop.gui.map.dispute_marks import bang_path, diamond_path
from samenwerk_desktop.gui.map.items import shape_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


class _Swatch(QWidget):
    """A small drawing in the legend: a node shape, a stance fill or a relation line; sized by the font."""

    def __init__(self, draw, parent=None):
        super().__init__(parent)
        self._draw = draw

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        h = self.fontMetrics().height()
        return QSize(int(h * 1.8), h)

    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint."""
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        """Override QWidget.paintEvent."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(self.width() / 2, self.height() / 2)
        self._draw(painter, self.width(), self.height())


def _shape_drawer(kind):
    def draw(painter, w, h):
        painter.setPen(QPen(QColor(mapstyle.OUTLINE), 1.2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(shape_path(kind, h / 2 - 2))
    return draw


def _stance_drawer(stance):
    def draw(painter, w, h):
        painter.setPen(QPen(QColor(mapstyle.OUTLINE), 1.0))
        painter.setBrush(QColor(mapstyle.stance_colour(stance)))
        painter.drawEllipse(QPointF(0, 0), h / 2 - 1, h / 2 - 1)
        font = painter.font()
        font.setPixelSize(max(6, int(h * 0.55)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(mapstyle.stance_text_colour(stance)))
        painter.drawText(QRectF(-w / 2, -h / 2, w, h), Qt.AlignmentFlag.AlignCenter, mapstyle.stance_sign(stance))
    return draw


def _relation_drawer(type_):
    def draw(painter, w, h):
        style = mapstyle.relation_style(type_)
        pen = QPen(QColor(style.colour), mapstyle.relation_width(type_, 2))
        if style.dashes:
            pen.setDashPattern(list(style.dashes))
        painter.setPen(pen)
        x0, x1 = -w / 2 + 2, w / 2 - 2
        if style.zigzag:
            pts = [QPointF(x0 + i * (x1 - x0) / 6, (-3 if i % 2 else 3) if 0 < i < 6 else 0) for i in range(7)]
            for a, b in zip(pts, pts[1:], strict=False):
                painter.drawLine(a, b)
        else:
            painter.drawLine(QPointF(x0, 0), QPointF(x1, 0))
    return draw


def _direction_drawer(painter, w, h):
    """A relation with a direction: the open arrowhead at its target."""
    painter.setPen(QPen(QColor(mapstyle.OUTLINE), 1.4))
    x0, x1 = -w / 2 + 2, w / 2 - 2
    painter.drawLine(QPointF(x0, 0), QPointF(x1, 0))
    size, half = min(mapstyle.ARROW_SIZE, h * 0.6), mapstyle.ARROW_ANGLE
    for sign in (1, -1):
        painter.drawLine(QPointF(x1, 0), QPointF(x1 - size * math.cos(half), sign * size * math.sin(half)))


def _dispute_drawer(painter, w, h):
    """An open dispute: the diamond on the relation between the parties."""
    size = h / 2 - 1
    painter.setPen(QPen(QColor("#ffffff"), 1.0))
    painter.setBrush(QColor(mapstyle.DISPUTE_COLOUR))
    painter.drawPath(diamond_path(size))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(bang_path(size))


class MapLegend(QFrame):
    """What the shapes, fills and lines on the map mean (compact, bottom right of the canvas)."""

    #: entries per line for the stances, the relations and the kinds of party
    PER_ROW = (3, 2, 3)
    STRETCH = False

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.set_up(grid)
        row = 0

        def heading(text):
            nonlocal row
            label = QLabel(text, self)
            label.setObjectName("legendHeading")
            grid.addWidget(label, row, 0, 1, 2 * max(self.PER_ROW))
            row += 1

        def entries(pairs, per_row):
            nonlocal row
            for i, (drawer, text) in enumerate(pairs):
                r, c = divmod(i, per_row)
                grid.addWidget(_Swatch(drawer, self), row + r, 2 * c)
                grid.addWidget(QLabel(text, self), row + r, 2 * c + 1)
            row += (len(pairs) + per_row - 1) // per_row

        heading(_tr("Standpunt (kleur en teken)"))
        entries([(_stance_drawer(s), label) for s, label in
                 ((-2, _tr("sterk tegen")), (-1, _tr("tegen")), (0, _tr("neutraal")), (1, _tr("voor")),
                  (2, _tr("sterk voor")))], self.PER_ROW[0])
        heading(_tr("Relatie"))
        entries([*((_relation_drawer(t), str(RELATION_TYPES[t])) for t in mapstyle.RELATION_STYLES),
                 (_direction_drawer, _tr("richting (pijl)")), (_dispute_drawer, _tr("open geschil"))],
                self.PER_ROW[1])
        heading(_tr("Soort partij (grootte = invloed)"))
        entries([(_shape_drawer(k), str(PARTY_KINDS[k])) for k in mapstyle.KIND_SHAPES], self.PER_ROW[2])
        if self.STRETCH:  # the room's column keeps its entries at the top
            grid.setRowStretch(row, 1)

    def set_up(self, grid: QGridLayout) -> None:
        """The frame and spacing of the editing window's legend (over a corner of the map)."""
        self.setObjectName("mapLegend")
        look.style(self)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)


class ChallengeBanner(QFrame):
    """The collective challenge, always visible on the canvas: "Waar doen wij het voor?"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("challengeBanner")
        look.style(self)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(2)
        self.heading = QLabel(_tr("Waar doen wij het voor?"), self)
        self.heading.setObjectName("challengeHeading")
        self.text = QLabel(self)
        self.text.setObjectName("challengeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.heading)
        box.addWidget(self.text)

    def set_collaboration(self, collaboration) -> None:
        """Show the collaboration's why and challenge."""
        why = collaboration.why.strip()
        challenge = collaboration.challenge.strip()
        parts = [p for p in (why, challenge) if p]
        text = "\n".join(parts) if parts else _tr("(nog geen opgave beschreven)")
        if len(text) > 400:
            text = text[:399] + "…"
        self.text.setText(text)
