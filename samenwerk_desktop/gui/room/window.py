"""The audience window: what the room sees on the projector, read-only, paged, live, with black-out and freeze."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from samenwerk_desktop.gui.map.ghosts import GhostLayer
from samenwerk_desktop.gui.map.items import MapStyle
from samenwerk_desktop.gui.map.scene import MapScene
from samenwerk_desktop.gui.map.view import MapView
from samenwerk_desktop.gui.room import registry, views  # noqa: F401 - registry: every view registered
from samenwerk_desktop.gui.room.legend import RoomLegend
from samenwerk_desktop.gui.room.meeting_views import RoomContext
from samenwerk_desktop.gui.room.views import Page, RoomFonts
from samenwerk_desktop.gui.view_state import ViewState

INK, PAPER = "#000000", "#ffffff"
#: the room's map labels (scene units: the fitted map scales them with the screen)
ROOM_LABEL_POINTS = 16.0
#: a party's fields that move it, or its neighbours, in some layout (core/layout.py), or change its size
PLACING_FIELDS = frozenset({"x", "y", "placement", "influence", "involvement", "stance", "trust"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


class RoomMapScene(MapScene):
    """The room's map scene: an edit of a party that moves nothing redraws that party alone."""

    def _on_changed(self, change) -> None:
        """Override MapScene._on_changed: a name, kind or text of a party changed - no placement of every
        party, no new scene rect (its position is the same); anything else goes the full way."""
        if (change.kind != "party" or change.action != "update" or not set(change.kinds) <= {"party"}
                or PLACING_FIELDS & set(change.fields)):
            super()._on_changed(change)
            return
        stored = self.document.data.entities["party"]
        for pid in change.ids:
            item = self.parties.get(pid)
            if item is not None and pid in stored and item.set_party(stored[pid]):
                for edge in item.edges:
                    edge.adjust()


class RoomMapView(MapView):
    """The map for the room: fitted, nothing to click or type, no overlays of its own (the legend is beside it)."""

    def __init__(self, document, view_state, style):
        super().__init__(document, scene=RoomMapScene(document, view_state, style))
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.legend_visible = False
        for bar in (self.reading_bar, self.unplaced_bar):  # the facilitator's tools: never shown, never usable
            bar.setEnabled(False)
            bar.hide()
        for action in self.actions():
            self.removeAction(action)  # Ctrl+F and friends belong to the facilitator's map

    def _place_overlays(self) -> None:
        """Override MapView._place_overlays: no banner, legend, search bar or hint on the room's map."""
        for overlay in (self.banner, self.legend, self.reading_bar, self.unplaced_bar, self.empty_hint):
            overlay.setVisible(False)
        if self.viewportMargins().top():
            self.setViewportMargins(0, 0, 0, 0)

    def _place_empty_hint(self) -> None:
        """Override MapView._place_empty_hint: the room's map has no hints (nor the unplaced parties' bar)."""

    def fit(self, rect=None) -> None:
        """Override MapView.fit: room at the sides for the labels under the parties at the edge."""
        if rect is None and not self.map_scene.content_rect().isEmpty():
            rect = self.map_scene.content_rect().adjusted(-110, -20, 110, 40)
        super().fit(rect)

    def keyPressEvent(self, event) -> None:
        """Override QGraphicsView.keyPressEvent: keys go to the audience window."""
        event.ignore()

    def resizeEvent(self, event) -> None:
        """Override MapView.resizeEvent: the room's map is always fitted."""
        super().resizeEvent(event)
        self.fit()


class PageWidget(QWidget):
    """One page of text for the room: a rich text drawn as it is, nothing to select, copy or edit.

    (A QLabel lays a large table out several times when shown; this lays it out once.)"""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("roomPage")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doc = QTextDocument(self)
        self.doc.setDocumentMargin(0)
        self._html = ""

    def setText(self, html: str) -> None:  # noqa: N802 - reads like QLabel.setText
        self._html = html
        self.doc.setDefaultFont(self.font())
        self.doc.setTextWidth(self.width())
        self.doc.setHtml(html)
        self.update()

    def text(self) -> str:
        return self._html

    def plain_text(self) -> str:
        return self.doc.toPlainText()

    def resizeEvent(self, event) -> None:
        """Override QWidget.resizeEvent: the text wraps at the page's width."""
        super().resizeEvent(event)
        self.doc.setTextWidth(self.width())

    def paintEvent(self, event) -> None:
        """Override QWidget.paintEvent: draw the page's text."""
        painter = QPainter(self)
        self.doc.drawContents(painter, QRectF(event.rect()))


class AudienceWindow(QWidget):
    """The room's screen over a projected document (object name ``audienceWindow``)."""

    #: what the room sees changed (another view or page, an edit, black-out or freeze)
    shownChanged = Signal()
    #: the view was switched; carries its key
    viewChanged = Signal(str)
    #: Esc was pressed where it may close the window
    closeRequested = Signal()

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.document = document
        self.setWindowTitle(_tr("Zaalscherm"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        #: Esc closes the window (it shares the facilitator's screen)
        self.escape_closes = True
        self.view_key = "map"
        self.page = 0
        self.page_list: list[Page] = [Page(map=True)]
        self.blacked_out = False
        self.frozen = False
        #: the pages of each view already laid out for this state of the data, by (view, width, height)
        self._pages: dict[tuple, list[Page]] = {}
        #: the clock of the live views (injected in tests) and the round the room follows
        self.context = RoomContext()
        self.view_state = ViewState(document, self)
        self.header = QLabel(self)
        self.header.setObjectName("roomHeader")
        self.footer = QLabel(self)
        self.footer.setObjectName("roomFooter")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stack = QStackedWidget(self)
        self.text = PageWidget(self.stack)
        self.map_box = QWidget(self.stack)
        self.map_view = RoomMapView(document, self.view_state, MapStyle(ROOM_LABEL_POINTS))
        self.ghosts = GhostLayer(self.map_view.map_scene)  # a movement view's ghosts and arrows
        self.map_view.setParent(self.map_box)
        self.legend = RoomLegend(self.map_box)
        row = QHBoxLayout(self.map_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.map_view, 1)
        row.addWidget(self.legend, 0)
        self.stack.addWidget(self.text)
        self.stack.addWidget(self.map_box)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.stack, 1)
        self.layout_.addWidget(self.footer)
        self.curtain = QLabel(self)  # black-out and freeze: over everything
        self.curtain.setObjectName("roomCurtain")
        self.curtain.setStyleSheet("background: #000000;")
        self.curtain.hide()
        self._apply_fonts()
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self._on_reloaded)
        self.view_state.selectionChanged.connect(self._on_selection)
        self._clock_timer = QTimer(self)  # a live view (the running meeting's timer) is drawn again each second
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.tick)
        self._clock_timer.start()
        self.render()

    # -- commands -----------------------------------------------------------------------------

    def set_view(self, key: str) -> None:
        if key not in views.REGISTRY:
            return
        if key != self.view_key:
            self.view_key = key
            self.page = 0
            self.render()
            self.viewChanged.emit(key)

    def follow_round(self, round_id: int | None, *, switch: bool = False) -> None:
        """Show this round on the round view; ``switch`` goes there from the meeting view (not from others)."""
        if round_id != self.context.round_id:
            self.context.round_id = round_id
            self._pages = {k: v for k, v in self._pages.items() if k[0] != "round"}
            if self.view_key == "round":
                self.render()
        if switch and self.view_key == "meeting":
            self.set_view("round")

    def tick(self) -> None:
        """Draw a live view again at the clock's time (nothing to do for the others)."""
        if getattr(views.REGISTRY[self.view_key], "live", False) and not self.frozen:
            self._show_page()

    def next_page(self) -> None:
        self.set_page(self.page + 1)

    def previous_page(self) -> None:
        self.set_page(self.page - 1)

    def set_page(self, page: int) -> None:
        page = max(0, min(len(self.page_list) - 1, page))
        if page != self.page:
            self.page = page
            self._show_page()

    def set_blackout(self, on: bool) -> None:
        self.blacked_out = on
        if on:
            self.frozen = False
        self._update_curtain()

    def set_frozen(self, on: bool) -> None:
        if on and not self.frozen:
            self.curtain.setPixmap(self._grab_live())
        self.frozen = on
        if on:
            self.blacked_out = False
        self._update_curtain()

    # -- drawing ------------------------------------------------------------------------------------

    @property
    def fonts(self) -> RoomFonts:
        return RoomFonts.for_height(max(1, self.height()))

    def page_size(self) -> QSize:
        margins = self.layout_.contentsMargins()
        spare = self.header.sizeHint().height() + self.footer.sizeHint().height() + 2 * self.layout_.spacing()
        return QSize(max(100, self.width() - margins.left() - margins.right()),
                     max(100, self.height() - margins.top() - margins.bottom() - spare))

    def render(self) -> None:
        """Lay the current view out in pages for this size and show the current page."""
        view = views.REGISTRY[self.view_key]
        size = self.page_size()
        selected = frozenset(self.view_state.selected_parties)
        key = (self.view_key, size.width(), size.height(), selected)
        pages = self._pages.get(key)
        if pages is None:  # laid out once per view, size, selection and state of the data
            extra = {"context": self.context} if getattr(view, "uses_context", False) else {}
            pages = self._pages[key] = view.pages(self.document.data, size, self.fonts, self.document.findings,
                                                  selected, **extra) or [Page()]
        self.page_list = pages
        self.page = min(self.page, len(self.page_list) - 1)
        self._show_page()

    def _show_page(self) -> None:
        view = views.REGISTRY[self.view_key]
        title = self.document.data.collaboration.title
        self.header.setText(f"{view.title()}  ·  {title}" if title else view.title())
        page = self.page_list[self.page]
        self._show_ghosts(page)
        if page.map:
            self.stack.setCurrentWidget(self.map_box)
        else:
            self.text.setText(page.text())
            self.stack.setCurrentWidget(self.text)
        count = len(self.page_list)
        self.footer.setText(_tr("pagina %1 van %2").replace("%1", str(self.page + 1)).replace("%2", str(count))
                            if count > 1 else "")
        self.shownChanged.emit()

    def _apply_fonts(self) -> None:
        fonts = self.fonts
        px = fonts.body_px
        self.layout_.setContentsMargins(px, px // 2, px, px // 2)
        self.header.setFont(fonts.font(1.3, bold=True))
        self.footer.setFont(fonts.font(0.7))
        self.text.setFont(fonts.font())
        self.legend.setFont(fonts.font(0.7))
        self.legend.setStyleSheet(f"QLabel {{ font-size: {round(px * 0.7)}px; color: {INK}; }}"
                                  f"QLabel#legendHeading {{ font-weight: 600; }}")

    def _update_curtain(self) -> None:
        if not self.frozen:
            self.curtain.setPixmap(QPixmap())
        self.curtain.setGeometry(self.rect())
        self.curtain.setVisible(self.blacked_out or self.frozen)
        self.curtain.raise_()
        self.shownChanged.emit()

    def _grab_live(self) -> QPixmap:
        hidden = self.curtain.isVisible()
        self.curtain.hide()
        pixmap = self.grab()
        self.curtain.setVisible(hidden)
        return pixmap

    def refresh(self) -> None:
        """Lay the current view out again (what it shows was chosen elsewhere)."""
        self._pages.clear()
        self.render()

    def _show_ghosts(self, page: Page) -> None:
        self.ghosts.show(self.document.data, page.ghosts(self.document.data) if page.ghosts else None)

    def _on_changed(self, change) -> None:
        """An edit of the facilitator: text views are laid out again, the map follows by itself."""
        self._pages.clear()
        if self.view_key == "map":
            self.shownChanged.emit()
        else:
            self.render()

    def _on_selection(self, _ids) -> None:
        """Volg selectie: the text views mark what concerns the selected parties (the map marks them itself)."""
        if self.view_key == "map":
            self.shownChanged.emit()
        else:
            self.render()

    def _on_reloaded(self) -> None:
        self._pages.clear()
        self.render()

    # -- QWidget events -------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        """Override QWidget.resizeEvent: type and pages follow the screen's size."""
        super().resizeEvent(event)
        self._apply_fonts()
        self.render()
        self.curtain.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: number keys choose the view, pages, B black-out, F freeze, Esc."""
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and (view := views.by_number(key - Qt.Key.Key_0)) is not None:
            self.set_view(view.key)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.next_page()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.previous_page()
        elif key == Qt.Key.Key_B:
            self.set_blackout(not self.blacked_out)
        elif key == Qt.Key.Key_F:
            self.set_frozen(not self.frozen)
        elif key == Qt.Key.Key_Escape and self.escape_closes:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)

    def shown_pixmap(self) -> QPixmap:
        """Exactly what the room sees now (for the preview)."""
        return self.grab()
