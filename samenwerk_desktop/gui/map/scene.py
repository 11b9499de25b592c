"""The map scene: a projection of the collaboration's parties and relations, kept in step with the document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QMenu,
)

from samenwerk_desktop.core import layout as shared
from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import Party, Relation
from samenwerk_desktop.gui.map import decor
from samenwerk_desktop.gui.map.bundle import RelationBundle, place_lines
from samenwerk_desktop.gui.map.dispute_marks import DisputeMarks
from samenwerk_desktop.gui.map.items import RELATION_Z, MapStyle, PartyItem, RelationItem
from samenwerk_desktop.gui.map.operations import SceneOperations
from samenwerk_desktop.gui.view_state import ViewState

#: With more parties and relations than this in sight, lines are drawn as the overview (thin, bundled).
LARGE_MAP = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


class MapScene(SceneOperations, QGraphicsScene):
    """Parties and relations of a document; gestures become core operations, changes move the items."""

    #: the user asked to edit a party (double-click); carries its id
    partyActivated = Signal(int)
    #: the user named a new party (the keyboard should go to its profile); carries its id
    partyAdded = Signal(int)
    #: the user asked to focus the map on a party (its relations and neighbours); carries its id
    focusRequested = Signal(int)
    #: the user asked to record a dispute of a tension relation; carries its id
    disputeRequested = Signal(int)

    def __init__(self, document, view_state: ViewState | None = None, style: MapStyle | None = None, parent=None):
        """``view_state``: the window's selection (its own when None); ``style``: the style of this
        scene (None: the view state's label size)."""
        super().__init__(parent)
        self.document = document
        self.view_state = view_state or ViewState(document, self)
        self.style = style or MapStyle(self.view_state.label_points)
        self.parties: dict[int, PartyItem] = {}
        self.relations: dict[int, RelationItem] = {}
        self.layout = document.data.collaboration.map_layout
        #: every party's position in the current layout and the frame they belong to (core/layout.py)
        self.placement = shared.placement(self.layout, document.data.parties)
        self.connect_mode = False
        #: the parties the last refresh moved (the view keeps a drag's snapshot when only the dropped ones did)
        self.last_moved: set[int] = set()
        self._decor: list[QGraphicsItem] = []
        self._syncing_selection = False
        self._press_positions: dict[int, tuple[float, float]] = {}
        self._link_source: PartyItem | None = None
        self._link_line: QGraphicsLineItem | None = None
        self.setBackgroundBrush(QColor("#fbfbf8"))
        #: parent of every relation and decoration item: fading it out hides the still lines at once
        #: (a large map's drag paints a snapshot of them instead, see MapView.freeze)
        self.layer = self._add_layer(0.0)
        #: the relations moving in such a drag: over the still lines, under the parties
        self.live_lines = self._add_layer(0.1)
        #: parent of every party: over every relation, under a dispute's own line (z 0.5) and the marks
        self.party_layer = self._add_layer(0.2)
        self.drag_node: PartyItem | None = None
        #: counts the changes that can change which labels come first (see label_order)
        self._label_generation = 0
        #: thin one-pixel relations drawn by one item (set by the view when thousands of lines are in sight);
        #: a large map starts so, as its first fit shows it whole (no full paths made only to be replaced)
        data = document.data
        self.overview = len(data.entities["party"]) + len(data.entities["relation"]) > LARGE_MAP
        #: draws every relation's line at overview zoom (gui/map/bundle.py)
        self.bundle = RelationBundle(self.relations)
        self.bundle.setZValue(RELATION_Z)
        self.bundle.setParentItem(self.layer)
        self.rebuild()
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self.rebuild)
        self.view_state.selectionChanged.connect(self._on_document_selection)
        self.selectionChanged.connect(self._on_scene_selection)
        self.dispute_marks = DisputeMarks(self)  # open disputes, after the items: it reads where they stand

    def _add_layer(self, z: float) -> QGraphicsRectItem:
        layer = QGraphicsRectItem()
        layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        layer.setPen(Qt.PenStyle.NoPen)
        layer.setZValue(z)
        self.addItem(layer)
        return layer

    # -- model -> scene ----------------------------------------------------------------

    def rebuild(self) -> None:
        """Create every item from scratch (opening a file, a reload)."""
        self._syncing_selection = True
        try:
            for item in list(self.parties.values()) + list(self.relations.values()):
                self.removeItem(item)
            self.parties.clear()
            self.relations.clear()
            data = self.document.data
            self._label_generation += 1
            self.layout = data.collaboration.map_layout
            self.placement = shared.placement(self.layout, data.parties)
            self._build_decor()
            for party in data.entities["party"].values():
                self._add_party_item(party)
            edges = [item for item in (self._add_relation_item(relation, place=False)
                                       for relation in data.entities["relation"].values()) if item is not None]
            at = self.placement.positions  # the ends stand where the layout puts them
            if self.overview:  # the bundle's lines in one pass
                edges = place_lines(self.bundle, edges, at)
            for edge in edges:
                edge.adjust((at.get(edge.source.party_id, (0.0, 0.0)), at.get(edge.target.party_id, (0.0, 0.0))))
            self._apply_selection(self.view_state.selected_parties)
        finally:
            self._syncing_selection = False
        self.update_scene_rect()

    def _add_party_item(self, party: Party) -> PartyItem:
        item = PartyItem(party.id, self.style)
        item.set_party(party)
        item.setPos(*self.placement.positions.get(party.id, (0.0, 0.0)))
        item.setParentItem(self.party_layer)
        self.parties[party.id] = item
        return item

    def _add_relation_item(self, relation: Relation, ends: tuple | None = None,
                           place: bool = True) -> RelationItem | None:
        source = self.parties.get(relation.source_id)
        target = self.parties.get(relation.target_id)
        if source is None or target is None:
            return None
        item = RelationItem(relation.id, source, target, self.bundle if self.overview else None)
        item.set_relation(relation, source, target, self.overview, ends, place)
        item.setParentItem(self.layer)
        self.relations[relation.id] = item
        return item

    def _remove_relation_item(self, rid: int) -> None:
        item = self.relations.pop(rid)
        item.detach()
        if item.bundle is not None:
            self.bundle.line_changed(item._line, ())  # only its region is painted again
        self.removeItem(item)

    def _on_changed(self, change) -> None:
        kinds = set(change.kinds) | {change.kind}
        data = self.document.data
        if kinds & {"party", "relation"}:
            self._label_generation += 1  # influence or relations may have changed: label order again
        if "collaboration" in kinds and data.collaboration.map_layout != self.layout:
            self.layout = data.collaboration.map_layout
            self.placement = shared.placement(self.layout, data.parties)
            self._build_decor()
            self._place_all()
        elif "collaboration" in kinds:
            self._update_centre_text()
        self._syncing_selection = True
        try:
            if "party" in kinds:
                self._sync_parties(change)
            if "relation" in kinds or "party" in kinds:
                self._sync_relations(change)
        finally:
            self._syncing_selection = False
        if "party" in kinds and change.action == "delete":
            self._on_scene_selection()
        if kinds & {"party", "relation", "collaboration"}:
            self.update_scene_rect()

    def _sync_parties(self, change) -> None:
        stored = self.document.data.entities["party"]
        before = self.placement
        self.placement = shared.placement(self.layout, self.document.data.parties)
        if self.placement.frame != before.frame:  # a crowded cell or ring grew or shrank the grid or the onion
            self._build_decor()
        for pid in [pid for pid in self.parties if pid not in stored]:
            for edge in list(self.parties[pid].edges):
                self._remove_relation_item(edge.relation_id)
            self.removeItem(self.parties.pop(pid))
        refresh = [pid for pid in change.ids if pid in self.parties] if change.kind == "party" else []
        for pid, party in stored.items():
            if pid not in self.parties:
                self._add_party_item(party)
        for pid in refresh:
            item = self.parties[pid]
            radius = item.radius
            if item.set_party(stored[pid]) and item.radius != radius:  # lines end at the outline: only a new size
                for edge in item.edges:  # moves them (another stance or name repaints the party alone)
                    edge.adjust()
        if self.placement.frame != before.frame or change.kind != "party":
            self._place_all(stored)
        else:  # only the parties whose position in the layout changed, and those the change names
            old, new = before.positions, self.placement.positions
            self._place_all(stored, {pid for pid, at in new.items() if old.get(pid) != at} | set(refresh))
        if change.kind == "party" and change.action in ("add", "restore"):
            for pid in change.ids:
                if pid in stored and pid in self.parties:
                    self.parties[pid].setSelected(pid in self.view_state.selected_parties)

    def _sync_relations(self, change) -> None:
        if change.action == "update" and "relation" not in set(change.kinds) | {change.kind}:
            return  # a party's new values add or remove no relation (their lines follow in _place_all)
        stored = self.document.data.entities["relation"]
        for rid in [rid for rid in self.relations if rid not in stored]:
            self._remove_relation_item(rid)
        for rid, relation in stored.items():
            if rid not in self.relations:
                self._add_relation_item(relation)
        if change.kind == "relation" and change.action == "update":
            for rid in change.ids:
                if rid in self.relations and rid in stored:
                    r = stored[rid]
                    self.relations[rid].set_relation(r, self.parties[r.source_id], self.parties[r.target_id],
                                                     self.overview)

    def label_order(self) -> list[int]:
        """Party ids in the order their labels get room (most influence, then most relations, first)."""
        key = (len(self.parties), len(self.relations), self._label_generation)  # a layout switch keeps it
        if getattr(self, "_label_key", None) != key:
            data = self.document.data
            self._label_key = key
            self._label_order = mapstyle.label_order(data.parties, mapstyle.degrees(data.relations))
        return self._label_order

    def set_overview(self, on: bool) -> None:
        """Switch every relation between its full style and a thin overview line."""
        if on == self.overview:
            return
        self.overview = on
        bundle = self.bundle if on else None
        for edge in self.relations.values():
            edge.setPen(edge.pen_for(on))
            edge.straight = on
            if edge.bundle is not bundle:
                edge.set_bundle(bundle)  # its path (full, or none) made once
            elif not on:
                edge.adjust()
        self.bundle.invalidate()

    def set_style(self, style: MapStyle) -> None:
        """Draw every party with ``style`` from now on."""
        self.style = style
        stored = self.document.data.entities["party"]
        for pid, item in self.parties.items():
            item.set_style(style)
            item.set_party(stored[pid])
            for edge in item.edges:
                edge.adjust()
        self.update_scene_rect()

    def _place(self, item: PartyItem, party: Party) -> bool:
        x, y = self.placement.positions.get(party.id, (0.0, 0.0))
        if item.pos().x() != x or item.pos().y() != y:
            item.setPos(x, y)
            return True
        return False

    def _place_all(self, stored=None, only: set[int] | None = None) -> None:
        """Move the parties whose position changed: each of their relations is recomputed once, not once per end.

        ``only``: the parties that may have moved (all when None); a large map's one moved party
        then costs one look, not a thousand."""
        stored = self.document.data.entities["party"] if stored is None else stored
        moved = []
        items = self.parties.items() if only is None else (
            (pid, self.parties[pid]) for pid in only if pid in self.parties and pid in stored)
        for pid, item in items:
            if self._place(item, stored[pid]):
                moved.append(item)
        self.last_moved.update(item.party_id for item in moved)
        edges = self.relations.values() if len(moved) > len(self.parties) / 4 else {
            id(e): e for item in moved for e in item.edges}.values()
        bulk = len(edges) > 2500
        if bulk:  # thousands of new paths: one fresh index afterwards instead of thousands of index updates
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        at = self.placement.positions
        if self.overview:  # the bundle's lines in one pass, the others below
            edges = place_lines(self.bundle, edges, at)
        for edge in edges:  # every node stands where the layout puts it: its centre without asking Qt
            source, target = at.get(edge.source.party_id), at.get(edge.target.party_id)
            edge.adjust((source, target) if source is not None and target is not None else None)
        if bulk:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # -- decoration per layout -------------------------------------------------------------

    def _build_decor(self) -> None:
        for item in self._decor:
            self.removeItem(item)
        self._decor = []
        self._centre_text = None
        if self.layout == "grid":
            decor.build_grid(self)
        elif self.layout == "onion":
            decor.build_onion(self)
        elif self.layout == "actors":
            decor.build_actors(self)

    def _update_centre_text(self) -> None:
        if self._centre_text is None:
            return
        self._centre_text.setText(_tr("Opgave"))  # the banner above the map carries the full text
        rect = self._centre_text.boundingRect()
        self._centre_text.setPos(-rect.width() / 2, -rect.height() / 2)

    # -- selection ---------------------------------------------------------------------------

    def selected_party_ids(self) -> frozenset[int]:
        return frozenset(item.party_id for item in self.selectedItems() if isinstance(item, PartyItem))

    def _on_scene_selection(self) -> None:
        if self.overview:
            self.bundle.invalidate()  # a selected relation's line is drawn over a halo
        if self._syncing_selection:
            return
        self.view_state.set_selection(self.selected_party_ids())

    def _on_document_selection(self, ids) -> None:
        if ids == self.selected_party_ids():
            return
        self._syncing_selection = True
        try:
            self._apply_selection(ids)
        finally:
            self._syncing_selection = False

    def _apply_selection(self, ids) -> None:
        for item in self.selectedItems():
            if not (isinstance(item, PartyItem) and item.party_id in ids):
                item.setSelected(False)
        for pid in ids:
            item = self.parties.get(pid)
            if item is not None and not item.isSelected():
                item.setSelected(True)

    def select_all(self) -> None:
        """Select every party (one selection change)."""
        self.view_state.set_selection(self.parties.keys())

    # -- gestures -> core operations -----------------------------------------------------------

    def _view_widget(self):
        views = self.views()
        return views[0] if views else None

    def party_item_at(self, pos: QPointF) -> PartyItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder,
                               QTransform()):
            if isinstance(item, PartyItem):
                return item
        return None

    # -- QGraphicsScene events -------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        """Override QGraphicsScene.mousePressEvent: Shift (or connect mode) on a party starts a link."""
        if event.button() == Qt.MouseButton.LeftButton:
            node = self.party_item_at(event.scenePos())
            wants_link = self.connect_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if node is not None and wants_link:
                self._link_source = node
                self._link_line = QGraphicsLineItem(QLineF(node.pos(), event.scenePos()))
                self._link_line.setPen(QPen(QColor("#000000"), 2.0, Qt.PenStyle.DashLine))
                self._link_line.setZValue(100)
                self.addItem(self._link_line)
                event.accept()
                return
        super().mousePressEvent(event)
        self.drag_node = None
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag_node = self.party_item_at(event.scenePos())
            self._press_positions = {
                item.party_id: (item.pos().x(), item.pos().y())
                for item in self.selectedItems() if isinstance(item, PartyItem)
            }

    def mouseMoveEvent(self, event) -> None:
        """Override QGraphicsScene.mouseMoveEvent."""
        if self._link_line is not None and self._link_source is not None:
            self._link_line.setLine(QLineF(self._link_source.pos(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self.drag_node is not None and self._press_positions:
            self.follow(self._press_positions)

    def follow(self, party_ids) -> None:
        """The relations of the parties ``party_ids`` (just moved by Qt's drag or a key) follow them, each once."""
        parties = self.parties
        edges = {id(e): e for pid in party_ids if pid in parties for e in parties[pid].edges}
        for edge in edges.values():
            edge.adjust()

    def mouseReleaseEvent(self, event) -> None:
        """Override QGraphicsScene.mouseReleaseEvent: a finished drag is written once."""
        if self._link_line is not None:
            source = self._link_source
            self.removeItem(self._link_line)
            self._link_line = None
            self._link_source = None
            target = self.party_item_at(event.scenePos())
            event.accept()
            if source is not None and target is not None and target is not source:
                self.ask_connect(source.party_id, target.party_id)
            return
        super().mouseReleaseEvent(event)
        self.drag_node = None
        if event.button() == Qt.MouseButton.LeftButton and self._press_positions:
            self.commit_moves()

    def mouseDoubleClickEvent(self, event) -> None:
        """Override QGraphicsScene.mouseDoubleClickEvent: edit a party, or add one on empty canvas."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        node = self.party_item_at(event.scenePos())
        event.accept()
        if node is not None:
            self.view_state.set_selection({node.party_id})
            self.partyActivated.emit(node.party_id)
        elif not any(isinstance(i, RelationItem) for i in self.items(event.scenePos())):
            pos = event.scenePos()
            self.ask_add_party((pos.x(), pos.y()))

    def contextMenuEvent(self, event) -> None:
        """Override QGraphicsScene.contextMenuEvent."""
        node = self.party_item_at(event.scenePos())
        if node is not None:
            if node.party_id not in self.view_state.selected_parties:
                self.view_state.set_selection({node.party_id})
            self.party_menu(node.party_id).exec(event.screenPos())
            event.accept()
            return
        edge = next((i for i in self.items(event.scenePos()) if isinstance(i, RelationItem)), None)
        menu = self.relation_menu(edge.relation_id) if edge is not None else QMenu(self._view_widget())
        pos = event.scenePos()
        menu.addAction(_tr("Partij toevoegen…"), lambda: self.ask_add_party((pos.x(), pos.y())))
        menu.exec(event.screenPos())
        event.accept()

    def content_rect(self) -> QRectF:
        """The parties, relations and layout decoration together (quicker than itemsBoundingRect)."""
        rect = QRectF()
        for item in self._decor:
            rect = rect.united(item.sceneBoundingRect())
        if self.parties:  # where the layout puts them (as the items stand, but without a Qt call per party)
            at = self.placement.positions
            xs = [at[pid][0] if pid in at else item.pos().x() for pid, item in self.parties.items()]
            ys = [at[pid][1] if pid in at else item.pos().y() for pid, item in self.parties.items()]
            pad = 60.0  # the largest node with its label
            rect = rect.united(QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                                      max(ys) - min(ys) + 2 * pad + 20))
        return rect

    def moving_items(self) -> list[QGraphicsItem]:
        """What moves in the drag that is starting: the selected parties and their relations."""
        nodes = [item for item in self.selectedItems() if isinstance(item, PartyItem)]
        edges = {id(e): e for node in nodes for e in node.edges}
        return [*nodes, *edges.values()]

    def update_scene_rect(self) -> None:
        """Leave room around the content so the view can pan and centre freely."""
        rect = self.content_rect()
        margin = max(rect.width(), rect.height(), 1000.0)
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))

    def party_path(self) -> QPainterPath:
        """A path around every party (for select-all by area)."""
        path = QPainterPath()
        path.addRect(self.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        return path
