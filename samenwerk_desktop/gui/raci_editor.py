"""The RACI editor: work items by working group against parties, with live findings and load."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

from samenwerk_desktop.core.errors import ValidationError
from samenwerk_desktop.core.model import ROLE_NAMES, ROLE_ORDER, WorkingGroup, WorkItem
from samenwerk_desktop.gui import raci_toolbar, settings
from samenwerk_desktop.gui.panel_common import (
    child,
    fill_choices,
    load_form,
    party_names_changed,
    refusal,
)
from samenwerk_desktop.gui.raci_models import FindingsModel, LoadModel, RaciModel
from samenwerk_desktop.gui.raci_tools import PartyColumns, TitleColumn
from samenwerk_desktop.gui.raci_view import RaciView, RoleDelegate
from samenwerk_desktop.gui.view_state import ViewState

COLUMN_WIDTH = 62
MAX_COLUMN_WIDTH = 150
#: more columns to resize than this: their most common width becomes the headers' default size first
BULK_RESIZE = 40
HEADER_WIDTH = 220


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when cancelled (tests replace this function)."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


class RaciEditor(QWidget):
    """The responsibility matrix with its toolbar, findings list and load footer."""

    def __init__(self, document, parent: QWidget | None = None, *, view_state: ViewState | None = None):
        super().__init__(parent)
        self.setObjectName("raciEditor")
        self._doc = document
        #: the window's selection (its own when none is given)
        self.view_state = view_state or ViewState(document, self)
        self._form = load_form("raci_editor.ui", self)

        # the matrix: swap the designer's plain QTableView for our RaciView in the same place
        placeholder = child(self._form, QTableView, "raciTable")
        self.view = RaciView(placeholder.parentWidget())
        self.view.setAccessibleName(placeholder.accessibleName())
        placeholder.parentWidget().layout().replaceWidget(placeholder, self.view)
        placeholder.setObjectName("raciTablePlaceholder")
        placeholder.deleteLater()
        self.view.setObjectName("raciTable")
        self.setFocusProxy(self.view)  # focusing the editor puts the keyboard in the matrix

        self.model = RaciModel(document, self)
        self.model.set_selected(self.view_state.selected_parties)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoleDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # the arrows move between cells; Tab goes on to the next control
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh, vh = self.view.horizontalHeader(), self.view.verticalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setDefaultSectionSize(COLUMN_WIDTH)
        hh.setSectionsClickable(True)
        hh.setHighlightSections(False)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name ends in "…", not cut at both ends
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vh.setFixedWidth(HEADER_WIDTH)
        vh.setTextElideMode(Qt.TextElideMode.ElideRight)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.load_model = LoadModel(document, self)
        self.load_view: QTableView = child(self._form, QTableView, "loadTable")
        self.load_view.setModel(self.load_model)
        self.load_view.horizontalHeader().hide()
        self.load_view.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.load_view.verticalHeader().setFixedWidth(HEADER_WIDTH)
        self.load_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.load_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.load_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # both tables always keep a vertical scroll bar, so their columns line up to the last one
        self.load_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.load_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.load_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fit_load_view()
        self.view.horizontalScrollBar().valueChanged.connect(self.load_view.horizontalScrollBar().setValue)
        hh.sectionResized.connect(lambda i, _old, new: self.load_view.horizontalHeader().resizeSection(i, new))

        self.findings_model = FindingsModel(document, self)
        self.findings_view: QListView = child(self._form, QListView, "findingsList")
        self.findings_view.setModel(self.findings_model)
        # one finding per line, full width below the matrix (the whole text in its tooltip);
        # uniform rows keep thousands of findings (a map of 1,000 parties) cheap to lay out
        self.findings_view.setUniformItemSizes(True)
        self.findings_view.setWordWrap(False)
        self.findings_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.findings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_view.clicked.connect(self._go_to_finding)
        self.findings_view.activated.connect(self._go_to_finding)
        self.findings_label: QLabel = child(self._form, QLabel, "findingsLabel")
        self.legend: QLabel = child(self._form, QLabel, "legendLabel")
        splitter = child(self._form, QSplitter, "raciSplitter")
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 5 * self.fontMetrics().height() + 12])
        settings.remember_splitter(splitter)  # the findings list as high as the facilitator left it

        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.setAccessibleName(self.tr("Werkgroep van het gekozen onderdeel"))
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(14)
        self.group_combo.activated.connect(self._assign_group)
        raci_toolbar.make_actions(self)  # gui/raci_toolbar.py: the toolbar, its keys and its tab order

        self.view.roleTyped.connect(self.toggle_role)
        self.view.clearRequested.connect(self.clear_selected)
        self.view.customContextMenuRequested.connect(self._context_menu)
        hh.sectionClicked.connect(self._header_clicked)
        self._column_widths: list[int] = []
        self.model.modelReset.connect(self._fit_columns)
        self.model.modelReset.connect(self._fit_row_header)
        self._fit_row_header()
        self.load_model.modelReset.connect(self._sync_load_columns)
        self._fit_columns()
        self.view.selectionModel().currentChanged.connect(lambda *_: self._sync_toolbar())
        self._font_timer = QTimer(self)
        self._font_timer.setSingleShot(True)
        self._font_timer.setInterval(0)
        self._font_timer.timeout.connect(self._fit_to_font)
        for watched in (self.view, self.view.horizontalHeader(), self.view.verticalHeader(),
                        self.load_view, self.load_view.verticalHeader()):
            watched.installEventFilter(self)

        document.changed.connect(self._on_changed)
        document.reloaded.connect(self._on_reloaded)
        self.view_state.selectionChanged.connect(self._on_selection)
        self.titles, self.party_columns = TitleColumn(self), PartyColumns(self)  # gui/raci_tools.py
        raci_toolbar.tab_order(self)
        self._refresh_labels()
        self._sync_toolbar()

    # -- set-up ----------------------------------------------------------------

    def _fit_row_header(self) -> None:
        """The work items' column: wide enough for the longest title, up to a third of the editor."""
        titles = self.model.row_labels()
        metrics = self._bold_metrics()
        longest = max((metrics.horizontalAdvance(t) for t in titles[:2000]), default=0)
        room = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 16
        self._row_header_want = longest + room
        self._apply_row_header_width()

    def _apply_row_header_width(self) -> None:
        least = round(HEADER_WIDTH * self._font_scale())
        chosen = getattr(getattr(self, "titles", None), "chosen", None)  # dragged wider: the facilitator's width
        width = chosen or max(least, min(getattr(self, "_row_header_want", least), self.width() // 3))
        if self.view.verticalHeader().width() != width:
            for view in (self.view, self.load_view):
                view.verticalHeader().setFixedWidth(width)
                view.updateGeometries()  # the column header and the cells move together at once

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Override QWidget.resizeEvent: a wider editor shows more of the work items' titles."""
        super().resizeEvent(event)
        self._apply_row_header_width()

    def _fit_columns(self) -> None:
        """Each party column as wide as its header (short name, finding icon, bold when chosen).

        Computed from font metrics, not with ResizeToContents, which is slow on a large matrix.
        """
        hh = self.view.horizontalHeader()
        metrics = self._bold_metrics()
        scale = self._font_scale()
        least, most = round(COLUMN_WIDTH * scale), round(MAX_COLUMN_WIDTH * scale)
        room = hh.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 14  # finding icon and margins
        widths = [max(least, min(most, metrics.horizontalAdvance(label) + room))
                  for label in self.model.party_labels()]
        if widths == self._column_widths and hh.count() == len(widths):
            return
        self._column_widths = widths
        self._resize_sections(hh, widths)
        self._sync_load_columns()

    def _resize_sections(self, hh: QHeaderView, widths: list[int]) -> None:
        """Give the matrix's columns (and the load footer's) these widths.

        Each resizeSection lays out every section after it, so resizing a thousand columns one by one
        took 60-70 ms (twice, with the footer following each); most columns share one width, which
        becomes both headers' default size at once, so only the others are resized one by one.
        """
        if sum(1 for column, width in enumerate(widths) if hh.sectionSize(column) != width) > BULK_RESIZE:
            common = Counter(widths).most_common(1)[0][0]
            self.load_view.horizontalHeader().setDefaultSectionSize(common)  # first: the footer then follows for free
            hh.setDefaultSectionSize(common)  # every column, also those that had their width already
        for column, width in enumerate(widths):
            if hh.sectionSize(column) != width:
                hh.resizeSection(column, width)

    def _sync_load_columns(self) -> None:
        """The load footer's columns line up with the matrix's (after either was rebuilt)."""
        hh, lh = self.view.horizontalHeader(), self.load_view.horizontalHeader()
        for column in range(min(hh.count(), lh.count())):
            size = hh.sectionSize(column)
            if lh.sectionSize(column) != size:
                lh.resizeSection(column, size)

    def _bold_metrics(self) -> QFontMetrics:
        """Metrics of the headers' bold type at the size shown now."""
        font = QFont(self.view.horizontalHeader().font())
        font.setBold(True)
        return QFontMetrics(font)

    def _font_scale(self) -> float:
        """How much larger the matrix's type is than the application's (a style sheet can make it larger)."""
        base = QFontMetrics(QFont()).height()
        return max(1.0, self.view.fontMetrics().height() / base) if base > 0 else 1.0

    def _fit_to_font(self) -> None:
        """Row heights, column widths and the work items' column follow the type size.

        A style sheet can change the type; sizes computed for the old type would cut titles, names
        and letters in half.
        """
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.load_view.verticalHeader().setDefaultSectionSize(self.load_view.fontMetrics().height() + 6)
        size = round(COLUMN_WIDTH * self._font_scale())
        self.view.horizontalHeader().setDefaultSectionSize(size)
        self.load_view.horizontalHeader().setDefaultSectionSize(size)
        self._column_widths = []  # measure again with the new type
        self._fit_columns()
        self._fit_row_header()
        self._fit_load_view()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: refit once after the matrix's type size changed."""
        if event.type() == QEvent.Type.FontChange:
            self._font_timer.start()  # once, after the style sheet reached every part
        return super().eventFilter(obj, event)

    def _fit_load_view(self) -> None:
        rows = self.load_model.rowCount()
        height = sum(self.load_view.verticalHeader().sectionSize(r) for r in range(rows))
        self.load_view.setFixedHeight(height + 2 * self.load_view.frameWidth())

    def _refresh_labels(self) -> None:
        scheme = self._doc.data.collaboration.raci_scheme
        writable = not getattr(self._doc.project, "read_only", False)
        self.view.letters = scheme if writable else ""  # a read-only file: look, do not type
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed if writable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
        letters = ", ".join(f"{c} = {str(ROLE_NAMES[c]).lower()}" for c in ROLE_ORDER if c in scheme)
        hint = self.tr("Typ een letter in een gekozen cel om die rol aan of uit te zetten (A/R kan samen); "
                       "Backspace of Delete wist; F2 of dubbelklik om de rollen te typen.")
        # the load table's row headers name every letter already: the legend stays out of sight
        # (room for the matrix), its text is the tooltip of the load table and the matrix's status tip
        self.legend.setText(letters + ".")
        self.legend.setVisible(False)
        self.load_view.setToolTip(f"{letters}.")
        self.view.setStatusTip(hint)
        self.view.setAccessibleDescription(f"{letters}. {hint}")
        n = len(self._doc.findings)
        self.findings_label.setText(self.tr("Bevindingen ({0})").format(n) if n else self.tr("Geen bevindingen"))
        groups = [(self.tr("— geen werkgroep —"), None)] + [(g.name, g.id) for g in self._doc.data.working_groups]
        fill_choices(self.group_combo, groups)

    # -- the current rows ------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        if index.isValid():
            return index.row()
        rows = self.view.verticalHeader().selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].row() if rows else -1

    def current_item(self) -> int | None:
        return self.model.item_at(self._current_row())

    def selected_items(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        ids = [self.model.item_at(r) for r in rows]
        ids = [i for i in ids if i is not None]
        if not ids and self.current_item() is not None:
            ids = [self.current_item()]
        return ids

    def selected_cells(self) -> list[tuple[int, int]]:
        keys = [self.model.cell_key(i) for i in self.view.selectionModel().selectedIndexes()]
        keys = [k for k in keys if k is not None]
        if not keys:
            key = self.model.cell_key(self.view.currentIndex())
            keys = [key] if key is not None else []
        return keys

    def select_item(self, work_item_id: int) -> None:
        row = self.model.row_of_item(work_item_id)
        if row >= 0:
            column = max(self.view.currentIndex().column(), 0) if self.model.columnCount() else 0
            self.view.setCurrentIndex(self.model.index(row, column))
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, column))

    def _sync_toolbar(self) -> None:
        row = self._current_row()
        writable = not getattr(self._doc.project, "read_only", False)
        item = self.model.item_at(row) if writable else None
        group = self.model.group_at(row) if writable else None
        for act in (self.rename_item_action, self.move_up_action, self.move_down_action,
                    self.delete_item_action):
            act.setEnabled(item is not None)
        for act in (self.add_item_action, self.add_group_action, self.clear_action):
            act.setEnabled(writable)
        self.group_combo.setEnabled(item is not None)
        self.rename_group_action.setEnabled(group is not None)
        self.delete_group_action.setEnabled(group is not None)
        if item is not None:
            blocked = self.group_combo.blockSignals(True)
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(group), 0))
            self.group_combo.blockSignals(blocked)

    # -- roles --------------------------------------------------------------------

    def toggle_role(self, letter: str) -> None:
        """Turn a role on in every selected cell, or off when all of them have it (one undo step)."""
        cells = self.selected_cells()
        if not cells:
            return
        raci_cells = self._doc.data.raci
        everywhere = all(letter in raci_cells.get(k, "") for k in cells)
        new = {}
        for key in cells:
            roles = raci_cells.get(key, "")
            new[key] = roles.replace(letter, "") if everywhere else (roles if letter in roles else roles + letter)
        name = str(ROLE_NAMES.get(letter, letter)).lower()
        text = self.tr("Rol {0} ({1}) weghalen") if everywhere else self.tr("Rol {0} ({1}) geven")
        self.model.set_cells(new, text.format(letter, name))

    def clear_selected(self) -> None:
        """Clear every selected cell in one undo step."""
        if not self.view.letters:
            return
        cells = [k for k in self.selected_cells() if self._doc.data.raci.get(k)]
        if cells:
            self.model.set_cells({k: "" for k in cells}, self.tr("Rollen wissen"))

    # -- work items and groups --------------------------------------------------------

    def _refused(self, field: str, value: str):
        """What to do when the core refuses a typed name: show its sentence, naming the field as the screen does."""

        def show(exc) -> bool:
            if not isinstance(exc, ValidationError):
                return False  # not about the name (a read-only file): the document says it
            self._doc.errorOccurred.emit(refusal(exc, value, field))
            return True

        return show

    def add_item(self) -> None:
        title = ask_text(self, self.tr("Onderdeel toevoegen"), self.tr("Naam van het nieuwe onderdeel:"))
        if title is None:
            return
        group = self.model.group_at(self._current_row())
        change = self._doc.apply(self.tr("Onderdeel toevoegen"),
                                 lambda p: p.add(WorkItem(title=title.strip(), working_group_id=group)),
                                 on_refusal=self._refused("title", title.strip()))
        if change is not None:
            self.select_item(change.ids[0])
            row = self.model.row_of_item(change.ids[0])
            if row >= 0 and self.model.columnCount():  # a role typed next lands in one cell, not in the whole row
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def rename_item(self) -> None:
        item = self._doc.data.get("work_item", self.current_item())
        if item is None:
            return
        title = ask_text(self, self.tr("Onderdeel hernoemen"), self.tr("Nieuwe naam van het onderdeel:"), item.title)
        if title is None or title.strip() == item.title:
            return
        self._doc.apply(self.tr("Onderdeel hernoemen"), lambda p: p.update("work_item", item.id, title=title.strip()),
                        on_refusal=self._refused("title", title.strip()))

    def move_item(self, step: int) -> None:
        item = self._doc.data.get("work_item", self.current_item())
        if item is None:
            return
        siblings = [w.id for w in self._doc.data.work_items if w.working_group_id == item.working_group_id]
        i = siblings.index(item.id)
        j = i + step
        if not 0 <= j < len(siblings):
            return
        siblings[i], siblings[j] = siblings[j], siblings[i]
        text = self.tr("Onderdeel omhoog") if step < 0 else self.tr("Onderdeel omlaag")
        if self._doc.apply(text, lambda p: p.reorder("work_item", siblings)) is not None:
            self.select_item(item.id)

    def delete_items(self) -> None:
        ids = self.selected_items()
        if ids:
            self._doc.apply(self.tr("Onderdelen verwijderen") if len(ids) > 1 else self.tr("Onderdeel verwijderen"),
                            lambda p: p.delete("work_item", ids))

    def _assign_group(self, _index: int) -> None:
        ids = self.selected_items()
        group = self.group_combo.currentData()
        changes = {i: {"working_group_id": group} for i in ids
                   if self._doc.data.get("work_item", i).working_group_id != group}
        if changes and self._doc.apply(self.tr("Naar andere werkgroep"),
                                       lambda p: p.update_many("work_item", changes)) is not None:
            self.select_item(ids[0])

    def add_group(self) -> None:
        name = ask_text(self, self.tr("Werkgroep toevoegen"), self.tr("Naam van de nieuwe werkgroep:"))
        if name is None:
            return
        rule = self._doc.data.collaboration.default_decision_rule
        self._doc.apply(self.tr("Werkgroep toevoegen"),
                        lambda p: p.add(WorkingGroup(name=name.strip(), decision_rule=rule)),
                        on_refusal=self._refused("name", name.strip()))

    def rename_group(self) -> None:
        group = self._doc.data.get("working_group", self.model.group_at(self._current_row()))
        if group is None:
            return
        name = ask_text(self, self.tr("Werkgroep hernoemen"), self.tr("Nieuwe naam van de werkgroep:"), group.name)
        if name is None or name.strip() == group.name:
            return
        self._doc.apply(self.tr("Werkgroep hernoemen"),
                        lambda p: p.update("working_group", group.id, name=name.strip()),
                        on_refusal=self._refused("name", name.strip()))

    def delete_group(self) -> None:
        gid = self.model.group_at(self._current_row())
        if gid is not None:
            self._doc.apply(self.tr("Werkgroep verwijderen"), lambda p: p.delete("working_group", gid))

    def _context_menu(self, pos) -> None:
        self.context_menu(pos).popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, pos) -> QMenu:
        """The context menu for a point in the matrix (the cell there becomes current)."""
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        self._sync_toolbar()
        menu = QMenu(self)
        for act in (self.clear_action, None, self.add_item_action, self.rename_item_action, self.move_up_action,
                    self.move_down_action, self.delete_item_action, None, self.add_group_action,
                    self.rename_group_action, self.delete_group_action):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    # -- findings and selection ----------------------------------------------------------

    def _go_to_finding(self, index: QModelIndex) -> None:
        f = self.findings_model.finding(index.row())
        if f is None:
            return
        row = self.model.row_of_item(f.work_item_id) if f.work_item_id is not None else -1
        col = self.model.column_of_party(f.party_id) if f.party_id is not None else -1
        if row >= 0 and col >= 0:
            target = self.model.index(row, col)
            self.view.setCurrentIndex(target)
            self.view.scrollTo(target)
        elif row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        elif col >= 0:
            first = next((r for r in range(self.model.rowCount()) if self.model.item_at(r) is not None), -1)
            if first >= 0:
                top = self.model.index(first, col)
                self.view.setCurrentIndex(top)
                sel = QItemSelection(top, self.model.index(self.model.rowCount() - 1, col))
                self.view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.view.scrollTo(top)
        if f.party_id is not None:
            self.view_state.set_selection({f.party_id})

    def _header_clicked(self, column: int) -> None:
        pid = self.model.party_at(column)
        if pid is not None:
            self.view_state.set_selection({pid})

    def _on_selection(self, party_ids) -> None:
        self.model.set_selected(party_ids)
        cols = [self.model.column_of_party(p) for p in party_ids]
        cols = [c for c in cols if c >= 0]
        if cols:
            hh = self.view.horizontalHeader()
            pos = hh.sectionPosition(min(cols))
            bar = self.view.horizontalScrollBar()
            if not bar.value() <= pos <= bar.value() + self.view.viewport().width() - COLUMN_WIDTH:
                bar.setValue(pos)

    #: kinds whose changes can alter the matrix, its findings or its load
    MATRIX_KINDS = frozenset({"raci", "party", "collaboration", "work_item", "working_group"})

    def _on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if not kinds & self.MATRIX_KINDS or (kinds & self.MATRIX_KINDS == {"party"}
                                               and not party_names_changed(change)):
            return  # an agreement, a meeting, a party's note: nothing to redo here
        self.model.on_changed(change)
        self.load_model.on_changed(change)
        if "party" in kinds:
            self._fit_columns()
        self.findings_model.refresh()
        if change.kinds & {"collaboration", "working_group"}:
            self._fit_load_view()
        self._refresh_labels()
        self._sync_toolbar()

    def _on_reloaded(self) -> None:
        self.model.rebuild()
        self.load_model.rebuild()
        self.findings_model.refresh()
        self._fit_load_view()
        self._refresh_labels()
        self._sync_toolbar()
