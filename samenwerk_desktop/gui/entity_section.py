"""One tab of a panel: a filtered table of one kind of entity beside the detail form of the current one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from samenwerk_desktop.gui import settings
from samenwerk_desktop.gui.entity_table import (
    Column,
    EntityTableModel,
    current_id,
    select_id,
    selected_ids,
    setup_list_view,
)
from samenwerk_desktop.gui.field_binder import FieldBinder
from samenwerk_desktop.gui.panel_common import SELECTED_TINT, child, fill_choices, vocabulary
from samenwerk_desktop.gui.party_list import party_list, show_list

#: value of the party filter that means "the parties selected elsewhere"
SELECTED = "selected"


class DeleteKey(QObject):
    """Turns Delete on a list (not while a cell is being edited) into a click on its delete button."""

    def __init__(self, view: QTableView, button: QPushButton):
        super().__init__(view)
        self._view = view
        self._button = button

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter."""
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self._view.state() != QTableView.State.EditingState and self._button.isEnabled()):
            self._button.click()
            return True
        return False


def size_filters(form: QWidget, prefix: str) -> None:
    """The tab's filters (``prefix`` + PartyFilter, StatusFilter) as narrow as six characters.

    Before the panel is first measured: a combo box keeps the minimum size it was measured at
    once (QComboBox.setMinimumContentsLength resets only its size hint), so a tab built later
    calls it at the panel's start too.
    """
    for combo in (form.findChild(QComboBox, prefix + "PartyFilter"), form.findChild(QComboBox, prefix + "StatusFilter")):
        if combo is not None:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)


class EntitySection(QObject):
    """One tab: a filtered table of entities of one kind and the detail form of the current one.

    ``panel`` is the panel that holds the tab (its ``_doc`` and its loaded ``_form``).
    """

    def __init__(self, panel: QWidget, kind: str, prefix: str, table: str, columns: list[Column],
                 *, involves: Callable[[object, int], bool], status: tuple[str, dict] | None = None,
                 rows: Callable[[], list] | None = None, detail: str):
        super().__init__(panel)
        self.panel = panel
        self.doc = panel._doc
        self.kind = kind
        self.involves = involves
        self.status = status
        self._all = rows or (lambda: self.doc.data.all(kind))
        f = panel._form
        self.party_filter: QComboBox = child(f, QComboBox, prefix + "PartyFilter")
        self.status_filter: QComboBox | None = (
            f.findChild(QComboBox, prefix + "StatusFilter") if status is not None else None)
        size_filters(f, prefix)
        self.fill_filters()
        self.view: QTableView = child(f, QTableView, table)
        splitter = self.view.parentWidget()
        self.splitter = splitter if isinstance(splitter, QSplitter) else None
        if isinstance(splitter, QSplitter):
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([640, 460])
            settings.remember_splitter(splitter)  # the sizes the facilitator gave it, per orientation
        self.model = EntityTableModel(self.doc, kind, columns, self._rows, self)
        self.model.background = self._background
        self.model.bold = self._involves_selected
        setup_list_view(self.view, self.model)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(max(80, self.view.fontMetrics().horizontalAdvance("2026-09-01 —") + 12))
        if columns:  # the first column (the text) takes the room that is left
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumWidth(240)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.load())
        self.detail: QWidget = child(f, QWidget, detail)
        self.binder = FieldBinder(self.doc, kind, self.current, self)
        self.party_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        if self.status_filter is not None:
            self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.on_load: Callable[[object], None] | None = None
        self.load()  # the model has just read its rows: nothing to refresh yet

    # -- filters ----------------------------------------------------------------

    def fill_filters(self) -> None:
        """The party filter shows the document's shared party list (it follows the parties itself); a filter
        whose party was removed shows every party again."""
        blocked = self.party_filter.blockSignals(True)
        model = party_list(self.doc, ((self.tr("Alle partijen"), None), (self.tr("Gekozen partij(en)"), SELECTED)))
        if self.party_filter.model() is not model:
            show_list(self.party_filter, model)
            self.party_filter.setCurrentIndex(0)
        elif self.party_filter.currentIndex() < 0:
            self.party_filter.setCurrentIndex(0)
        self.party_filter.blockSignals(blocked)
        if self.status_filter is not None and self.status is not None and self.status_filter.count() == 0:
            blocked = self.status_filter.blockSignals(True)
            fill_choices(self.status_filter, vocabulary(self.status[1], none=self.tr("Alle")))
            self.status_filter.blockSignals(blocked)

    def _rows(self) -> list:
        rows = self._all()
        if self.status_filter is not None and self.status is not None:
            wanted = self.status_filter.currentData()
            if wanted is not None:
                rows = [e for e in rows if getattr(e, self.status[0]) == wanted]
        party = self.party_filter.currentData()
        if party == SELECTED:
            chosen = self.panel.view_state.selected_parties
            rows = [e for e in rows if any(self.involves(e, p) for p in chosen)]
        elif party is not None:
            rows = [e for e in rows if self.involves(e, party)]
        return rows

    # -- looks ---------------------------------------------------------------------

    def _involves_selected(self, e) -> bool:
        return any(self.involves(e, p) for p in self.panel.view_state.selected_parties)

    def _background(self, e):
        return SELECTED_TINT if self._involves_selected(e) else None

    # -- current entity ---------------------------------------------------------------

    def current(self) -> int | None:
        return current_id(self.view) if self.view.selectionModel() is not None else None

    def refresh(self) -> None:
        keep = self.current()
        self.model.refresh()
        select_id(self.view, keep)
        self.load()

    def load(self) -> None:
        e = self.doc.data.get(self.kind, self.current())
        self.detail.setEnabled(e is not None)
        self.binder.load()
        if self.on_load is not None:
            self.on_load(e)

    def select(self, id_: int) -> None:
        if self.model.row_of(id_) < 0:  # hidden by a filter: show everything
            self.party_filter.setCurrentIndex(0)
            if self.status_filter is not None:
                self.status_filter.setCurrentIndex(0)
        before = self.current()
        select_id(self.view, id_)
        if self.current() == before:  # no row change, so no reload by the view: do it here
            self.load()

    # -- add / delete ---------------------------------------------------------------

    def add(self, entity, text: str, focus: QWidget | None = None) -> None:
        change = self.doc.apply(text, lambda p: p.add(entity))
        if change is not None:
            self.select(change.ids[0])
            if focus is not None:
                focus.setFocus()
                if isinstance(focus, (QLineEdit, QPlainTextEdit)):
                    focus.selectAll()

    def delete(self, text: str) -> None:
        ids = selected_ids(self.view)
        kind = self.kind
        if ids:
            self.doc.apply(text, lambda p: p.delete(kind, ids))
