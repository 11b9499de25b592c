"""The decoration of each map layout: the power/interest grid, the actor-type view and the onion rings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from samenwerk_desktop.core import layout as shared
from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.i18n import language

DECOR_Z = -10.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


def decor_text(scene, text: str, size: float, colour: str = "#555555", bold: bool = False) -> QGraphicsSimpleTextItem:
    """A text of the decoration (axis, quadrant or ring label) on the scene's layer."""
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QColor(colour))
    item.setZValue(DECOR_Z + 1)
    item.setParentItem(scene.layer)
    scene._decor.append(item)
    return item


def build_grid(scene) -> None:
    """The power/interest grid: four quadrants, axes and score ticks."""
    frame = scene.placement.frame
    left, top, right, bottom = frame.grid_rect()
    mid_x, mid_y = (left + right) / 2, (top + bottom) / 2
    fills = mapstyle.GRID_FILLS
    for (high_inf, high_inv), msg in shared.QUADRANTS.items():
        x0 = mid_x if high_inv else left
        y0 = top if high_inf else mid_y
        rect = QGraphicsRectItem(QRectF(x0, y0, mid_x - left, mid_y - top))
        rect.setBrush(QBrush(QColor(fills[(high_inf, high_inv)])))
        rect.setPen(QPen(QColor(mapstyle.GRID_LINE), 1.0))
        rect.setZValue(DECOR_Z)
        rect.setParentItem(scene.layer)
        scene._decor.append(rect)
        label = decor_text(scene, str(msg), 14, "#6b6b6b", bold=True)
        label.setPos(x0 + 10, y0 + 8)
    axis_x = decor_text(scene, _tr("Betrokkenheid →"), 11)
    axis_x.setPos(right - axis_x.boundingRect().width(), bottom + 22)
    axis_y = decor_text(scene, _tr("Invloed →"), 11)
    axis_y.setRotation(-90)
    axis_y.setPos(left - 26 - axis_y.boundingRect().height(), top + axis_y.boundingRect().width())
    for score in range(0, 11):
        x, _ = frame.grid_point(0, score)
        tick = decor_text(scene, str(score), 8, "#888888")
        tick.setPos(x - tick.boundingRect().width() / 2, bottom + 6)
        _, y = frame.grid_point(score, 0)
        tick = decor_text(scene, str(score), 8, "#888888")
        tick.setPos(left - 6 - tick.boundingRect().width(), y - tick.boundingRect().height() / 2)


def build_actors(scene) -> None:
    """The actor-type view: agreement across, trust up; the four corners and the fence-sitters' cross."""
    from samenwerk_desktop.core.actors import ACTOR_TYPES

    frame = scene.placement.frame
    for (x0, y0, x1, y1), actor in shared.actors_regions(frame):
        rect = QGraphicsRectItem(QRectF(x0, y0, x1 - x0, y1 - y0))
        rect.setBrush(QBrush(QColor(mapstyle.ACTOR_FILLS[actor])))
        rect.setPen(QPen(QColor(mapstyle.GRID_LINE), 1.0))
        rect.setZValue(DECOR_Z)
        rect.setParentItem(scene.layer)
        scene._decor.append(rect)
        label = decor_text(scene, ACTOR_TYPES[actor].text(language()), 14, "#6b6b6b", bold=True)
        if actor == "fence_sitter":
            cx, cy = frame.actors_point(0, 0)
            label.setPos(cx - label.boundingRect().width() / 2, y0 + 8)
        else:
            label.setPos(x0 + 10, y0 + 8)
    left, top, right, bottom = frame.actors_rect()
    across, up = shared.ACTORS_AXES
    axis_x = decor_text(scene, across.text(language()), 11)
    axis_x.setPos(right - axis_x.boundingRect().width(), bottom + 22)
    axis_y = decor_text(scene, up.text(language()), 11)
    axis_y.setRotation(-90)
    axis_y.setPos(left - 26 - axis_y.boundingRect().height(), top + axis_y.boundingRect().width())
    for score in range(-2, 3):
        x, y = frame.actors_point(score, score)
        tick = decor_text(scene, f"{score:+d}" if score else "0", 8, "#888888")
        tick.setPos(x - tick.boundingRect().width() / 2, bottom + 6)
        tick = decor_text(scene, f"{score:+d}" if score else "0", 8, "#888888")
        tick.setPos(left - 6 - tick.boundingRect().width(), y - tick.boundingRect().height() / 2)


def build_onion(scene) -> None:
    """The onion: bands by influence around the challenge disc."""
    shades = mapstyle.ONION_SHADES
    rings = scene.placement.frame.ring_radii
    for i, radius in reversed(list(enumerate(rings))):
        ring = QGraphicsEllipseItem(QRectF(-radius, -radius, 2 * radius, 2 * radius))
        ring.setBrush(QBrush(QColor(shades[i % len(shades)])))
        ring.setPen(QPen(QColor(mapstyle.ONION_LINE), 1.2))
        ring.setZValue(DECOR_Z)
        ring.setParentItem(scene.layer)
        scene._decor.append(ring)
        label = decor_text(scene, shared.ONION_RINGS[i][1].text(language()), 11, mapstyle.DECOR_TEXT, bold=True)
        label.setPos(-label.boundingRect().width() / 2, -radius + 4)
    c = shared.ONION_CORE
    core = QGraphicsEllipseItem(QRectF(-c, -c, 2 * c, 2 * c))
    core.setBrush(QBrush(QColor(mapstyle.CHALLENGE_FILL)))
    core.setPen(QPen(QColor(mapstyle.CHALLENGE_LINE), 2.0))
    core.setZValue(DECOR_Z + 0.5)
    core.setParentItem(scene.layer)
    scene._decor.append(core)
    scene._centre_text = decor_text(scene, "", 10, "#3a3520", bold=True)
    scene._update_centre_text()
