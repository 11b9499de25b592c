"""A large map's drag snapshot kept through a small edit: the edited parties painted into it, not the whole map again.

After a large drag the view paints a snapshot of what stood still (MapView.freeze). A change used to
thaw it, and thawing paints every party and all 5,000 overview lines again (about 250 ms on the large
collaboration). An edit of a few parties that moves no party and changes no party's outline (its
stance, kind with the same outline, a profile field the map does not show) changes only the pixels
inside those parties' own bounds; those rectangles of the snapshot are painted again from the scene,
exactly as a thawed view would paint them. Anything else still thaws the snapshot.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter

#: more edited parties than this in one change: thaw instead of patching
PATCH_MAX = 8


def still_places(scene, live) -> dict[int, tuple]:
    """Where each party the snapshot shows stands and how far it reaches: party id -> (pos, bounds)."""
    moving = {id(item) for item in live}
    return {pid: (item.pos(), item.boundingRect()) for pid, item in scene.parties.items() if id(item) not in moving}


def patch(view, change, still: dict[int, tuple]) -> bool:
    """Paint the parties ``change`` edited into ``view``'s snapshot; False when the change needs a thaw.

    ``still``: what still_places gave when the snapshot was taken (updated here)."""
    if (change.action != "update" or change.kind != "party" or set(change.kinds) != {"party"}
            or len(change.ids) > PATCH_MAX or view.reading_bar.reading.active):
        return False  # relations, deletions or a search: more than the edited parties' own pixels
    scene = view.map_scene
    for pid, (pos, _bounds) in still.items():
        item = scene.parties.get(pid)
        if item is None or item.pos() != pos:
            return False  # a party the snapshot shows moved (a layout cell grew, say): its lines moved too
    port = view.viewport().rect()
    items, rects = [], []
    for pid in change.ids:
        if pid not in still:
            continue  # a dragged party draws itself over the snapshot
        item = scene.parties[pid]
        if item.boundingRect() != still[pid][1]:
            return False  # another outline or label: its lines end elsewhere
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-2, -2, 2, 2) & port
        items.append(item)
        if not rect.isEmpty():
            rects.append(rect)
    _repaint(view, items, rects)
    return True


def _repaint(view, items: list, rects: list[QRect]) -> None:
    """Paint the scene as a thawed view shows it into the snapshot's ``rects`` (viewport coordinates).

    The edited ``items`` are updated again afterwards: their cached pixmaps for the viewport still
    hold their old look (render refreshes another copy and marks the cache clean), and the thawed
    view would show it."""
    scene = view.map_scene
    if view._live_parties:  # zoomed in the snapshot holds the still lines only: the parties draw themselves
        for item in items:
            item.update()
        return
    frozen, view._frozen = view._frozen, None  # drawBackground paints the scene's own background meanwhile
    live = view._live
    try:
        for item in live:
            item.setOpacity(0.0)  # drawn over the snapshot, never into it
        scene.layer.setOpacity(1.0)
        scene.party_layer.setOpacity(1.0)
        painter = QPainter(frozen[0])
        painter.setRenderHints(view.renderHints())  # as the snapshot itself was painted (MapView.freeze)
        for rect in rects:
            view.render(painter, QRectF(rect), rect)
        painter.end()
        for item in items:
            item.update()  # after render, which refreshed only its own copy of the item's cached pixmap
    finally:
        scene.layer.setOpacity(0.0)
        scene.party_layer.setOpacity(0.0)
        for item in live:
            item.setOpacity(1.0)
        view._frozen = frozen
    for rect in rects:
        view.viewport().update(rect)
