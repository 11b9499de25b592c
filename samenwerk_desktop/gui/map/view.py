"""The map canvas widget: zoom, pan, fit, and the challenge and legend always in sight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGraphicsView,
    QLabel,
)

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.gui.map import reading, snapshot_patch
from samenwerk_desktop.gui.map.arrange import UnplacedBar, arrange
from samenwerk_desktop.gui.map.items import MapStyle, PartyItem, RelationItem
from samenwerk_desktop.gui.map.overlays import ChallengeBanner, MapLegend
from samenwerk_desktop.gui.map.scene import LARGE_MAP, MapScene
from samenwerk_desktop.gui.view_state import ViewState

MIN_SCALE, MAX_SCALE = 0.03, 8.0

#: with more items than this actually reaching into the viewport, a drag paints a snapshot of the still
#: parts; zoomed in on a large map the long relations crossing the view cost what the area does not show
#: (1:1 on the large collaboration: 240-650 items, 90-200 ms a frame; a long tension's zigzag alone ~1 ms).
#: The snapshot costs one live frame at the drag's start (MapView.freeze); the demo (a few dozen items) never needs it
FREEZE_PAINTED = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


class MapView(QGraphicsView):
    """The map of a document (object name ``mapView``)."""

    #: the user asked to edit a party; carries its id
    partyActivated = Signal(int)
    #: the user named a new party on this map; carries its id
    partyAdded = Signal(int)

    def __init__(self, document, parent=None, *, view_state: ViewState | None = None,
                 scene: MapScene | None = None, style: MapStyle | None = None):
        """``view_state``: the window's (its own when None); ``scene``: a scene to show (else one is made,
        with ``style`` if given), so two windows can show one document in two stylings."""
        self.document = document
        self.view_state = view_state or (scene.view_state if scene is not None else ViewState(document))
        self.map_scene = scene or MapScene(document, self.view_state, style)
        super().__init__(self.map_scene, parent)
        if self.map_scene.parent() is None:
            self.map_scene.setParent(self)
        if self.view_state.parent() is None:
            self.view_state.setParent(self)
        self.setObjectName("mapView")
        self.setAccessibleName(_tr("Krachtenveldkaart"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # pan: space+drag, middle button
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._space_down = False
        self._middle_pan: QPointF | None = None
        self.banner = ChallengeBanner(self)
        self.legend = MapLegend(self)
        self.legend_visible = True
        self.empty_hint = QLabel(_tr("Nog geen partijen op de kaart. Dubbelklik op een lege plek, of druk op "
                                     "Ctrl+Shift+N, om een partij toe te voegen."), self)
        self.empty_hint.setObjectName("mapEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #555555;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a double click goes through
        self.reading_bar = reading.ReadingBar(self)
        self.addAction(self.reading_bar.find_action)  # Ctrl+Alt+F anywhere in the window
        self.reading_bar.changed.connect(self.apply_reading)
        self.reading_bar.goToMatch.connect(self.go_to_match)
        self.unplaced_bar = UnplacedBar(self)
        self.unplaced_bar.arrangeRequested.connect(lambda: self.arrange(only_unplaced=True))
        self.banner.set_collaboration(document.data.collaboration)
        self.map_scene.partyActivated.connect(self.partyActivated)
        self.map_scene.partyAdded.connect(self.partyAdded)
        self.map_scene.focusRequested.connect(self.focus_on)
        document.reloaded.connect(self.apply_reading)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self._refresh_banner)
        self._fitted_once = False
        #: zoom and scroll position right after the last fit (None: never fitted)
        self._fitted_view: tuple | None = None
        #: with more items in sight than this, the still parts are frozen into a snapshot during a drag
        self.freeze_threshold = LARGE_MAP
        #: with more items than this reaching into the viewport (counted once per drag), the same
        self.freeze_painted = FREEZE_PAINTED
        #: this drag has counted its items in sight (every press starts again)
        self._painted_checked = False
        self._frozen: tuple | None = None
        self._live: list = []
        #: the parties the snapshot shows, where they stood (snapshot_patch.still_places)
        self._still: dict = {}
        self._dropping = False
        #: the frozen drag paints every party live (zoomed in), not only the moving ones
        self._live_parties = False
        document.changed.connect(self._changed_while_frozen)
        self.view_state.selectionChanged.connect(self._thaw)
        document.reloaded.connect(self._thaw)

    # -- commands -------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self.scale(factor, factor)
        self._update_quality()

    def items_in_sight(self) -> float:
        """About how many parties and relations the viewport shows (their share of the map's area)."""
        scene = self.map_scene
        total = len(scene.relations) + len(scene.parties)
        if total <= LARGE_MAP:
            return float(total)  # small maps: no need to look closer
        content = scene.content_rect()
        seen = self.mapToScene(self.viewport().rect()).boundingRect().intersected(content)
        share = (seen.width() * seen.height()) / max(1.0, content.width() * content.height())
        return total * min(1.0, share)

    def _update_quality(self) -> None:
        """Smooth lines unless thousands of them are in sight at once (a large map zoomed out: speed).

        Labels follow the zoom (core/mapstyle.py): zoomed out on a large map only the most
        influential parties keep their names, so 1,000 labels do not cover each other; with a party in
        focus or a search, the parties it picks out keep theirs instead (at most reading.NAMED_LIMIT).
        """
        in_sight = self.items_in_sight()
        smooth = in_sight < LARGE_MAP
        scene = self.map_scene
        parties_in_sight = int(len(scene.parties) * in_sight / max(1, len(scene.parties) + len(scene.relations)))
        shown = self.reading_bar.reading.named or mapstyle.labels_for_zoom(
            scene.label_order(), self.transform().m11(), parties_in_sight)  # a focus or a search names its own
        for pid, item in scene.parties.items():
            item.set_label_visible(pid in shown)
        self.map_scene.set_overview(not smooth)
        if bool(self.renderHints() & QPainter.RenderHint.Antialiasing) != smooth:
            self.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def fit(self, rect: QRectF | None = None) -> None:
        """Show every party (and the grid or onion), or ``rect``, beside the legend rather than under it."""
        rect = self.map_scene.content_rect() if rect is None else rect
        if rect.isEmpty():
            rect = QRectF(-300, -200, 600, 400)
        rect = rect.adjusted(-30, -30, 30, 30)
        port = QRectF(self.viewport().rect())
        avail = QRectF(port)
        if self.legend.isVisibleTo(self):  # isVisible() is still False while the view itself is being shown
            beside = QRectF(port.left(), port.top(), self.legend.x() - port.left() - 8, port.height())
            above = QRectF(port.left(), port.top(), port.width(), self.legend.y() - self.viewport().y() - 8)
            beside.setWidth(beside.width() - self.viewport().x())
            best = max((beside, above), key=lambda r: min(r.width() / rect.width(), r.height() / rect.height())
                       if r.width() > 50 and r.height() > 50 else 0)
            if best.width() > 50 and best.height() > 50:
                avail = best
        scale = min(avail.width() / rect.width(), avail.height() / rect.height())
        scale = max(MIN_SCALE, min(2.0, scale))
        self.resetTransform()
        self.scale(scale, scale)
        shift = port.center() - avail.center()
        self.centerOn(rect.center() + QPointF(shift.x() / scale, shift.y() / scale))
        self._update_quality()
        self._fitted_view = self._view_state()

    def _view_state(self) -> tuple:
        """Zoom and scroll position: when they are still those of the last fit, a resize fits again."""
        return self.transform(), self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def set_legend_visible(self, on: bool) -> None:
        self.legend_visible = on
        self.legend.setVisible(on)

    def _refresh_banner(self) -> None:
        self.banner.set_collaboration(self.document.data.collaboration)
        self._place_overlays()

    def _place_empty_hint(self) -> None:
        """On an empty map, a line in the middle says how to add the first party."""
        empty = not self.document.data.entities.get("party")
        self.empty_hint.setVisible(empty)
        if self.unplaced_bar.update_for(self.document.data, self.map_scene.placement):
            area = self.viewport().geometry()
            hint = self.unplaced_bar.sizeHint()
            top = area.top() + 8 + self.reading_bar.height() + 6  # below the search and filter bar
            self.unplaced_bar.setGeometry(area.left() + 8, top, min(area.width() - 16, max(hint.width(), 360)),
                                          hint.height())
            self.unplaced_bar.raise_()
        if empty:
            area = self.viewport().geometry()
            width = max(120, min(420, area.width() - 40))
            height = self.empty_hint.heightForWidth(width)
            self.empty_hint.setGeometry(area.center().x() - width // 2, area.center().y() - height // 2,
                                        width, max(height, 1))

    def arrange(self, only_unplaced: bool = False) -> int:
        """Kaart schikken: the automatic layout, one undo step; the map is fitted to the result."""
        moved = arrange(self.document, self, only_unplaced=only_unplaced)
        if moved:
            self.fit()
        return moved

    def apply_reading(self) -> None:
        """Fade what the focus, filters and search leave out (see reading.py)."""
        r = self.reading_bar.reading
        if r.focus is not None and r.focus not in self.map_scene.parties:
            self.reading_bar.set_focus(None)  # the focused party is gone; set_focus applies again
            return
        named = r.named
        reading.apply(self.map_scene, r)
        if r.named != named:
            self._update_quality()  # the names the reading picks out show at any zoom

    def focus_on(self, party_id: int) -> None:
        """Focus on a party: the rest fades, and the view shows the party with its neighbours."""
        self.reading_bar.set_focus(party_id)
        shown = [item for item in self.map_scene.parties.values() if item.opacity() == 1.0]
        if shown:
            xs = [i.pos().x() for i in shown]
            ys = [i.pos().y() for i in shown]
            self.fit(QRectF(min(xs) - 60, min(ys) - 60, max(xs) - min(xs) + 120, max(ys) - min(ys) + 140))

    def go_to_match(self) -> None:
        """Select the first party the search found and bring it into view."""
        matches = self.reading_bar.reading.matches
        if matches:
            self.view_state.set_selection({matches[0]})
            self.centerOn(self.map_scene.parties[matches[0]])

    def _on_changed(self, change) -> None:
        if self.reading_bar.reading.active and ({"party", "relation"} & (set(change.kinds) | {change.kind})):
            self.apply_reading()
        if "party" in change.kinds or change.kind == "party" or "collaboration" in change.kinds:
            self._place_empty_hint()
        if "collaboration" in change.kinds or change.kind == "collaboration":
            self._refresh_banner()
            if "map_layout" in change.fields or change.action != "update":
                self.fit()

    # -- overlay placement -------------------------------------------------------------

    def _place_overlays(self) -> None:
        """The challenge is a strip above the canvas (never hiding a party); the legend sits bottom right."""
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        self.banner.setFixedWidth(max(100, width))
        height = self.banner.heightForWidth(width) if self.banner.hasHeightForWidth() else -1
        if height <= 0:
            height = self.banner.sizeHint().height()
        self.banner.setFixedHeight(height)
        self.banner.move(frame, frame)
        if self.viewportMargins().top() != height:
            self.setViewportMargins(0, height, 0, 0)
        area = self.viewport().geometry()
        hint = self.legend.sizeHint()
        self.legend.resize(hint)
        scroll = self.verticalScrollBar().width() if self.verticalScrollBar().isVisible() else 0
        self.legend.move(max(area.left(), area.right() - hint.width() - 8 - scroll * 0),
                         area.bottom() - hint.height() - 8)
        fits = area.height() > hint.height() + 60 and area.width() > hint.width() + 60
        self.legend.setVisible(self.legend_visible and fits)
        bar = self.reading_bar.sizeHint()
        width = min(max(bar.width(), 320), max(160, area.width() - 16))
        self.reading_bar.setGeometry(area.right() - width - 8, area.top() + 8, width, bar.height())
        self._place_empty_hint()

    # -- QWidget / QGraphicsView events -----------------------------------------------------

    def resizeEvent(self, event) -> None:
        """Override QGraphicsView.resizeEvent: a map the user has not zoomed or panned stays fitted."""
        follow = self._fitted_view is not None and self._fitted_view == self._view_state()
        self._thaw()
        super().resizeEvent(event)
        self._place_overlays()
        if self._fitted_once:  # before the first fit the view shows a corner: no switch out of the overview
            self._update_quality()
        if not self._fitted_once and self.isVisible():
            self._fitted_once = True
            self.fit()
        elif follow and self.isVisible():
            self.fit()

    def showEvent(self, event) -> None:
        """Override QWidget.showEvent."""
        super().showEvent(event)
        self._place_overlays()
        if not self._fitted_once:
            self._fitted_once = True
            self.fit()

    def changeEvent(self, event) -> None:
        """Override QWidget.changeEvent: a new font or style resizes the overlays."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._place_overlays()

    def wheelEvent(self, event) -> None:
        """Override QGraphicsView.wheelEvent: the wheel zooms around the mouse."""
        self._thaw()
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(1.15 ** (delta / 120))
        event.accept()

    def keyPressEvent(self, event) -> None:
        """Override QGraphicsView.keyPressEvent: space held pans."""
        self._thaw()
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            self.setInteractive(False)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete or event.key() == Qt.Key.Key_Backspace:
            self.map_scene.delete_selected()
            event.accept()
            return
        chosen = sorted(self.map_scene.selected_party_ids())
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(chosen) == 1:
            self.partyActivated.emit(chosen[0])  # edit it in the inspector, as a double click does
            event.accept()
            return
        step = 2.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 20.0
        moves = {Qt.Key.Key_Left: (-step, 0.0), Qt.Key.Key_Right: (step, 0.0),
                 Qt.Key.Key_Up: (0.0, -step), Qt.Key.Key_Down: (0.0, step)}
        if event.key() in moves and chosen:
            self.map_scene.move_selected_by(*moves[event.key()])  # the keyboard's drag: one undo step
            event.accept()
            return
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if menu_key and len(chosen) == 1:
            self.show_party_menu(chosen[0])
            event.accept()
            return
        super().keyPressEvent(event)

    def show_party_menu(self, pid: int) -> None:
        """The party's menu (connect, edit, delete) beside it: the keyboard's right click."""
        item = self.map_scene.parties.get(pid)
        if item is None:
            return
        at = self.viewport().mapToGlobal(self.mapFromScene(item.pos()))
        self.map_scene.party_menu(pid).exec(at)

    def contextMenuEvent(self, event) -> None:
        """Override QGraphicsView.contextMenuEvent: the menu key opens the chosen party's menu."""
        chosen = sorted(self.map_scene.selected_party_ids())
        if event.reason() == QContextMenuEvent.Reason.Keyboard and len(chosen) == 1:
            self.show_party_menu(chosen[0])
            event.accept()
            return
        super().contextMenuEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Override QWidget.focusNextPrevChild: Tab walks through the parties, then on to the next control."""
        order = [p.id for p in self.document.data.parties if p.id in self.map_scene.parties]
        if not order or not self.hasFocus():
            return super().focusNextPrevChild(forward)
        chosen = self.map_scene.selected_party_ids()
        now = None
        if len(chosen) == 1 and (only := min(chosen)) in order:
            now = order.index(only)
        if now is None:
            next_index = 0 if forward else len(order) - 1
        else:
            next_index = now + (1 if forward else -1)
        if not 0 <= next_index < len(order):
            self.view_state.set_selection(set())
            return super().focusNextPrevChild(forward)  # past the last party: on to the next control
        pid = order[next_index]
        self.view_state.set_selection({pid})
        item = self.map_scene.parties.get(pid)
        if item is not None:
            self.ensureVisible(item)
        return True

    def keyReleaseEvent(self, event) -> None:
        """Override QGraphicsView.keyReleaseEvent."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        """Override QGraphicsView.mousePressEvent: the middle button pans."""
        self._thaw()
        self._painted_checked = False
        if event.button() == Qt.MouseButton.MiddleButton:
            self._middle_pan = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    # -- dragging a large map: paint a snapshot of what stands still -----------------------------

    def _should_freeze(self, event) -> bool:
        scene = self.map_scene
        if not (self._frozen is None and scene.drag_node is not None and not scene.connect_mode
                and bool(event.buttons() & Qt.MouseButton.LeftButton)):
            return False
        if self.items_in_sight() > self.freeze_threshold:
            return True
        if self._painted_checked:
            return False
        self._painted_checked = True
        return self.items_painted() > self.freeze_painted

    def items_painted(self) -> int:
        """How many items reach into the viewport (a long relation crossing it counts, wherever its ends are)."""
        if len(self.map_scene.parties) + len(self.map_scene.relations) <= self.freeze_painted:
            return 0  # fewer on the whole map: no need to ask the index
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        return len(self.map_scene.items(seen, Qt.ItemSelectionMode.IntersectsItemBoundingRect))

    def freeze(self) -> None:
        """Snapshot what stands still, fade it out, and paint only what moves over the snapshot.

        Zoomed in (smooth lines, a few wide ones), every party stays live, drawn from its cache, so
        the moving lines run under the parties as before the drag. At overview zoom (one-pixel
        lines under a thousand parties) the still parties are in the snapshot too: a step then
        paints only the moving parties and their lines, over the others."""
        scene = self.map_scene
        self._live = scene.moving_items()
        self._live_parties = not scene.overview
        lines = [item for item in self._live if isinstance(item, RelationItem)]
        moving = lines if self._live_parties else self._live
        for item in moving:  # not setVisible(False): a hidden item loses the mouse grab
            if isinstance(item, RelationItem):
                item.set_bundle(None)  # a moving line draws itself, not the overview's bundle (it is in the snapshot)
            item.setOpacity(0.0)
        if self._live_parties:
            scene.party_layer.setOpacity(0.0)
        snapshot = self._snapshot()
        for item in moving:
            item.setParentItem(scene.live_lines)  # a moving party over its lines (z 10 over 1)
            item.setOpacity(1.0)
        # not setVisible(False): hiding throws away the cached pixmaps
        scene.party_layer.setOpacity(1.0 if self._live_parties else 0.0)
        scene.layer.setOpacity(0.0)
        self._still = snapshot_patch.still_places(scene, self._live)
        self._frozen = (snapshot, self.transform(), self.horizontalScrollBar().value(),
                        self.verticalScrollBar().value())
        self.viewport().update()

    def _snapshot(self) -> QPixmap:
        """The viewport as it paints now (what is to move already faded out).

        Zoomed in, the viewport's own paintEvent, exactly one live frame: QGraphicsView.render() of
        the same view cost 2.5-3 times that (1:1 on the large map ~1.2 s against ~0.45 s, with or
        without antialiasing, the parties shown or not; the pixels are the same). At overview zoom
        the two cost the same and render() stays, as snapshot_patch paints into it."""
        port = self.viewport()
        if self._live_parties:
            return port.grab()
        snapshot = QPixmap(port.size() * port.devicePixelRatioF())
        snapshot.setDevicePixelRatio(port.devicePixelRatioF())
        painter = QPainter(snapshot)
        painter.setRenderHints(self.renderHints())  # as the live view (render() leaves them)
        self.render(painter, QRectF(0, 0, port.width(), port.height()), port.rect())
        painter.end()
        return snapshot

    def unfreeze(self) -> None:
        """Put everything back on its layer and paint normally again."""
        if self._frozen is None:
            return
        scene = self.map_scene
        for item in self._live:
            if item.scene() is not scene:
                continue
            if isinstance(item, RelationItem):
                item.setParentItem(scene.layer)
                if scene.overview:
                    item.set_bundle(scene.bundle)
            else:
                item.setParentItem(scene.party_layer)
        self._live = []
        self._still = {}
        self._frozen = None
        scene.layer.setOpacity(1.0)
        scene.party_layer.setOpacity(1.0)
        self.viewport().update()

    @property
    def frozen(self) -> bool:
        return self._frozen is not None

    def drawBackground(self, painter, rect) -> None:
        """Override QGraphicsView.drawBackground: during a large drag, the snapshot of the still parts."""
        frozen = self._frozen
        if frozen is not None:
            snapshot, transform, h, v = frozen
            if (transform == self.transform() and h == self.horizontalScrollBar().value()
                    and v == self.verticalScrollBar().value()):
                painter.save()
                painter.resetTransform()
                painter.drawPixmap(0, 0, snapshot)
                painter.restore()
                return
            QTimer.singleShot(0, self.unfreeze)  # the view moved: the snapshot no longer fits
        super().drawBackground(painter, rect)

    def mouseMoveEvent(self, event) -> None:
        """Override QGraphicsView.mouseMoveEvent."""
        if self._should_freeze(event):
            self.freeze()
        if self._middle_pan is not None:
            delta = event.position() - self._middle_pan
            self._middle_pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        """Override QGraphicsView.mouseReleaseEvent.

        After a large drag the snapshot stays while only the dropped parties moved: it still
        shows every other party and relation exactly, so the drop does not repaint the whole
        map. The next change, selection, click, key, zoom or pan thaws it.
        """
        if event.button() == Qt.MouseButton.MiddleButton and self._middle_pan is not None:
            self._middle_pan = None
            self.viewport().unsetCursor()
            event.accept()
            return
        keep = False
        self._dropping = True
        try:
            live = {item.party_id for item in self._live if isinstance(item, PartyItem)}
            self.map_scene.last_moved = set()
            super().mouseReleaseEvent(event)
            keep = self.frozen and self.map_scene.last_moved <= live
        finally:
            self._dropping = False
            if not keep:
                self.unfreeze()

    def _changed_while_frozen(self, change) -> None:
        """A change while the snapshot stands: a few parties edited in place are painted into it, else it thaws."""
        if self._frozen is not None and not self._dropping and not snapshot_patch.patch(self, change, self._still):
            self.unfreeze()

    def _thaw(self, *args) -> None:
        """Something changed besides the drop itself: paint normally again."""
        if self._frozen is not None and not self._dropping:
            self.unfreeze()
