"""Tables over the entities of one kind: the model, its cell editors, and the common look of the lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
)

from samenwerk_desktop.core.errors import SamenwerkError, ValidationError
from samenwerk_desktop.core.model import KINDS, NAME_MAX, field_spec
from samenwerk_desktop.gui.dates import SORT_ROLE, shown_date
from samenwerk_desktop.gui.elide import ElidingDelegate, elide_combo
from samenwerk_desktop.gui.panel_common import CHOICES_ROLE, ID_ROLE, PAUSE_MS, normalise_date, refusal, tooltip


def _t(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


@dataclass
class Column:
    """One column of an EntityTableModel."""

    header: str
    field: str | None = None
    #: display text of an entity; default: the field's value
    text: Callable[[object], str] | None = None
    #: "" read-only, "text", "int", "choice" (combo via ChoiceDelegate), "bool" (check box)
    editor: str = ""
    choices: Callable[[], list[tuple[str, object]]] | None = None


class EntityTableModel(QAbstractTableModel):
    """Rows are entities of one kind (as given by ``rows``); cells edit through the document."""

    def __init__(self, document, kind: str, columns: list[Column], rows: Callable[[], list],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._kind = kind
        self._columns = columns
        #: per column: its field is a date (shown as the date fields show it, sorted by the stored ISO value)
        self._dates = [col.text is None and _is_date_field(kind, col.field) for col in columns]
        self._rows_fn = rows
        self._rows: list = []
        #: optional hooks: entity -> QColor / icon / bool
        self.background: Callable[[object], QColor | None] | None = None
        self.decoration: Callable[[object], object] | None = None
        self.bold: Callable[[object], bool] | None = None
        self._quiet = False
        self.refresh()

    # -- contents ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the rows; the same rows in the same order only repaint (the selection stays)."""
        rows = list(self._rows_fn())
        if [e.id for e in rows] == [e.id for e in self._rows]:
            self._rows = rows
            self.repaint_all()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entity(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        e = self.entity(row)
        return e.id if e is not None else None

    def row_of(self, id_: int | None) -> int:
        for i, e in enumerate(self._rows):
            if e.id == id_:
                return i
        return -1

    def ids(self) -> list[int]:
        return [e.id for e in self._rows]

    def repaint_all(self) -> None:
        """Styles changed (selection, date): repaint without a reset."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Override QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None

    def _display(self, col: Column, e) -> str:
        if col.text is not None:
            return col.text(e)
        value = getattr(e, col.field) if col.field else ""
        if col.editor == "choice" and col.choices is not None:
            for label, code in col.choices():
                if code == value:
                    return label
            return ""
        return "" if value is None else str(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel.data."""
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        e = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.editor == "bool":
                return None
            if self._dates[index.column()]:
                return shown_date(getattr(e, col.field))
            text = self._display(col, e)
            # a name (at most NAME_MAX) stays whole, the delegate elides it; a long free text is cut for drawing
            return text if len(text) <= NAME_MAX and "\n" not in text else text.replace("\n", " ")[:NAME_MAX] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._display(col, e)) if col.editor != "bool" else None
        if role == Qt.ItemDataRole.EditRole:  # a date as shown: normalise_date reads it back
            value = getattr(e, col.field) if col.field else None
            return shown_date(value) if self._dates[index.column()] else value
        if role == SORT_ROLE:
            return getattr(e, col.field) if col.field else self._display(col, e)
        if role == Qt.ItemDataRole.CheckStateRole and col.editor == "bool":
            value = getattr(e, col.field)
            on = value if isinstance(value, bool) else value == "done"
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == CHOICES_ROLE and col.choices is not None:
            return col.choices()
        if role == ID_ROLE:
            return e.id
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(e)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self.decoration is not None:
            return self.decoration(e)
        if role == Qt.ItemDataRole.FontRole and self.bold is not None and self.bold(e):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index):
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self._columns[index.column()]
        if col.editor == "bool":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif col.editor:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Override QAbstractItemModel.setData: one core update, one undo step."""
        if not index.isValid() or index.row() >= len(self._rows):
            return False
        col = self._columns[index.column()]
        if not col.field or not col.editor:
            return False
        e = self._rows[index.row()]
        if col.editor == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            old = getattr(e, col.field)
            value = on if isinstance(old, bool) else ("done" if on else "open")
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col.editor == "text" and isinstance(value, str):
            cls = KINDS[self._kind]
            value = normalise_date(value) if field_spec(cls, col.field).meta.get("fmt") == "date" else value.strip()
        if getattr(e, col.field) == value:
            return False
        kind, id_, name = self._kind, e.id, col.field
        text = _t("{0} wijzigen").format(col.header)
        return self._document.apply(text, lambda p: p.update(kind, id_, **{name: value}),
                                    typing=col.editor == "text",
                                    on_refusal=lambda exc: self._refused(exc, name, value)) is not None

    def _refused(self, exc: SamenwerkError, field: str, value) -> bool:
        """The core refused a cell's value: say so on the field's label (quietly wait while it is typed)."""
        if not isinstance(exc, ValidationError):
            return False  # not about the value (a read-only file): the document says it
        if not self._quiet:
            self._document.errorOccurred.emit(refusal(exc, value, field))
        return True

    def save_typing(self, index, text: str) -> bool:
        """Save the text being typed in a cell (after a pause); a value not acceptable yet waits quietly."""
        self._quiet = True
        try:
            return self.setData(index, text, Qt.ItemDataRole.EditRole)
        finally:
            self._quiet = False

    def end_typing(self) -> None:
        """The cell editor closed: the next save is its own undo step."""
        self._document.end_typing()


def _is_date_field(kind: str, field: str | None) -> bool:
    cls = KINDS.get(kind)
    if cls is None or not field:
        return False
    try:
        return field_spec(cls, field).meta.get("fmt") == "date"
    except KeyError:
        return False


def _same_text(typed: str, stored) -> bool:
    """Whether a cell editor's text is what the file holds (as the model would store it)."""
    if not isinstance(stored, str):
        return False
    return typed.strip() == stored or normalise_date(typed) == stored


class ChoiceDelegate(ElidingDelegate):
    """Edits a cell whose model offers CHOICES_ROLE with a combo box; others as usual.

    Text typed in a cell is saved after a pause (``PAUSE_MS``) while the editor stays open, and
    at once when it closes; the saves of one editor are one undo step.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.closeEditor.connect(self._editor_closed)

    def createEditor(self, parent, option, index):  # noqa: N802
        """Override QStyledItemDelegate.createEditor."""
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal) or _t("Keuze")
        choices = index.data(CHOICES_ROLE)
        if choices is None:
            editor = super().createEditor(parent, option, index)
            if editor is not None:
                editor.setAccessibleName(str(header))
            if isinstance(editor, QLineEdit) and hasattr(index.model(), "save_typing"):
                self._save_after_pause(editor, QPersistentModelIndex(index))
            return editor
        combo = QComboBox(parent)
        combo.setAccessibleName(str(header))
        for text, value in choices:
            combo.addItem(text, value)
        elide_combo(combo)
        return combo

    @staticmethod
    def _save_after_pause(editor: QLineEdit, index: QPersistentModelIndex) -> None:
        pause = QTimer(editor)
        pause.setSingleShot(True)
        pause.setInterval(PAUSE_MS)
        editor.textEdited.connect(lambda _text: pause.start())

        def save() -> None:
            if index.isValid():
                index.model().save_typing(index.model().index(index.row(), index.column()), editor.text())

        pause.timeout.connect(save)

    def _editor_closed(self, _editor, _hint) -> None:
        model = self.parent().model() if isinstance(self.parent(), QAbstractItemView) else None
        if hasattr(model, "end_typing"):
            model.end_typing()

    def setEditorData(self, editor, index):  # noqa: N802
        """Override QStyledItemDelegate.setEditorData."""
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QLineEdit) and editor.hasFocus() and _same_text(editor.text(), index.data(
                Qt.ItemDataRole.EditRole)):
            return  # saved while being typed: keep the text (a trailing space too) and the cursor
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        """Override QStyledItemDelegate.setModelData."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ColumnsFollowFont(QObject):
    """Scales a table's column widths with its type size (a style sheet's larger type).

    Widths set for the normal type would cut dates and headers off where a style sheet
    makes the type larger; each width grows and shrinks in step with the type. The
    stretching column (the agreement, the decision: what the room came to read) keeps at least
    two fifths of the table; the others then give way, but never below their normal width.
    """

    #: share of the table the fixed columns may take together while the type is larger
    FIXED_SHARE = 0.6

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self._height = view.fontMetrics().height()
        self._base: list[int] | None = None  # the widths at the normal type, taken at the first change
        self._base_default = 0
        self._scaled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once, after the style sheet reached the view and its header
        self._timer.timeout.connect(self.refit)
        view.installEventFilter(self)
        view.horizontalHeader().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: refit after a font change, and after a resize while scaled."""
        if event.type() == QEvent.Type.FontChange or (
                self._scaled and obj is self._view and event.type() == QEvent.Type.Resize):
            self._timer.start()
        return False

    def refit(self) -> None:
        header = self._view.horizontalHeader()
        height = self._view.fontMetrics().height()
        if height <= 0 or self._height <= 0:
            return
        if self._base is None:
            if height == self._height:
                return
            self._base = [header.sectionSize(column) for column in range(header.count())]
            self._base_default = header.defaultSectionSize()
        ratio = height / self._height
        least = header.minimumSectionSize()
        interactive = [column for column in range(min(header.count(), len(self._base)))
                       if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive]
        wanted = {column: max(least, round(self._base[column] * ratio)) for column in interactive}
        stretching = header.stretchLastSection() or any(
            header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch for column in range(header.count()))
        total = sum(wanted.values())
        budget = self.FIXED_SHARE * self._view.viewport().width()
        if stretching and ratio > 1 and total > budget > 0:
            wanted = {column: max(self._base[column], round(size * budget / total)) for column, size in wanted.items()}
        header.setDefaultSectionSize(max(least, round(self._base_default * ratio)))
        for column, size in wanted.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)
        self._scaled = ratio != 1


def setup_list_view(view: QTableView, model, *, stretch_last: bool = True) -> None:
    """The common look of the entity tables."""
    view.setModel(model)
    ColumnsFollowFont(view)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # the arrows move through the rows; Tab goes on to the form beside the list
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)


def current_id(view: QTableView) -> int | None:
    index = view.currentIndex()
    if not index.isValid():
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        if not rows:
            return None
        index = rows[0]
    return view.model().id_at(index.row())


def selected_ids(view: QTableView) -> list[int]:
    model = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return [model.id_at(r) for r in rows if model.id_at(r) is not None]


def select_id(view: QTableView, id_: int | None) -> None:
    row = view.model().row_of(id_)
    if row >= 0:
        view.selectRow(row)
        view.setCurrentIndex(view.model().index(row, 0))
    else:
        view.clearSelection()
        view.setCurrentIndex(QModelIndex())
