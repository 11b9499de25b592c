"""The decision's ratification per party: one table model and a combo-box delegate, not a combo box per row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from samenwerk_desktop.core.model import RATIFICATION_STATES
from samenwerk_desktop.gui.elide import ElidingDelegate, elide_combo, elided
from samenwerk_desktop.gui.panel_common import label_of, tooltip

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole
_VALUE = Qt.ItemDataRole.UserRole  # the party's id
#: the column with a party's state, chosen with a combo box
STATE_COLUMN = 1


def _tr(text: str) -> str:
    """The panel's own translations (the strings were the agreements panel's before this module)."""
    return QCoreApplication.translate("AgreementsPanel", text)


def state_choices() -> list[tuple[str, object]]:
    """(label, state) pairs of a party's ratification, led by "not involved" (None)."""
    return [(_tr("— niet betrokken —"), None)] + [(label_of(msg), code) for code, msg in RATIFICATION_STATES.items()]


class RatificationModel(QAbstractTableModel):
    """A row per party of the document: its name, and its board's ratification of the shown decision.

    ``ratify(party_id, state)`` is called when a state is chosen (None: not involved); the
    model itself changes nothing until ``show`` is called again with the decision as it is then.
    """

    def __init__(self, document, ratify: Callable[[int, object], None], parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._ratify = ratify
        self._parties: list = []
        self._states: dict[int, str] = {}
        self._labels = dict((value, text) for text, value in state_choices())

    def show(self, decision) -> None:
        """Show the parties and ``decision``'s ratifications (no rows for None)."""
        self.beginResetModel()
        self._parties = list(self._doc.data.parties) if decision is not None else []
        self._states = dict(decision.ratifications) if decision is not None else {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._parties)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else 2

    def party_id(self, row: int) -> int | None:
        """The id of the party on ``row``."""
        return self._parties[row].id if 0 <= row < len(self._parties) else None

    def row_of(self, party_id: int) -> int:
        """The row of a party, -1 when it has none."""
        return next((row for row, p in enumerate(self._parties) if p.id == party_id), -1)

    def data(self, index, role=_DISPLAY):
        """Override QAbstractTableModel.data: the party's name; its state (label shown, code to edit)."""
        if not index.isValid() or not 0 <= index.row() < len(self._parties):
            return None
        party = self._parties[index.row()]
        if role == _VALUE:
            return party.id
        if index.column() == 0:
            if role == _DISPLAY:
                return party.name
            return tooltip(party.name) if role == _TIP else None
        state = self._states.get(party.id)
        if role == _DISPLAY:
            return self._labels.get(state, state)
        if role == _EDIT:
            return state
        if role == _TIP:
            return _tr("Hoe ver het bestuur van {0} dit besluit heeft bekrachtigd").format(party.name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("Bekrachtiging door {0}").format(party.name) + ": " + str(self._labels.get(state, state))
        return None

    def flags(self, index):
        """Override QAbstractTableModel.flags: only the state can be chosen."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == STATE_COLUMN:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index, value, role=_EDIT) -> bool:  # noqa: N802
        """Override QAbstractTableModel.setData: a chosen state goes to ``ratify`` (the document decides)."""
        if role != _EDIT or not index.isValid() or index.column() != STATE_COLUMN:
            return False
        if value not in self._labels or not 0 <= index.row() < len(self._parties):
            return False
        pid = self._parties[index.row()].id
        if self._states.get(pid) != value:
            self._ratify(pid, value)
        return True

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        """Override QAbstractTableModel.headerData: Partij, Bekrachtiging."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and section in (0, 1):
            return (_tr("Partij"), _tr("Bekrachtiging"))[section]
        return None


class RatificationDelegate(ElidingDelegate):
    """Draws a state as a closed combo box and edits it with one; a name is drawn elided, as elsewhere."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Override QStyledItemDelegate.paint: the state column looks like the combo box that edits it."""
        if index.column() != STATE_COLUMN:
            super().paint(painter, option, index)
            return
        view = option.widget
        style = view.style() if view is not None else QApplication.style()
        box = QStyleOptionComboBox()
        if view is not None:
            box.initFrom(view)
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.state = option.state & ~QStyle.StateFlag.State_HasFocus
        if view is None or view.isEnabled():
            box.state |= QStyle.StateFlag.State_Enabled
        field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, box, QStyle.SubControl.SC_ComboBoxEditField,
                                     view)
        box.currentText = elided(str(index.data(_DISPLAY) or ""), option.fontMetrics, field.width() - 4)
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, view)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, view)

    def createEditor(self, parent: QWidget, option, index):  # noqa: N802
        """Override QStyledItemDelegate.createEditor: a combo box of the states, named for its party."""
        if index.column() != STATE_COLUMN:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in state_choices():
            combo.addItem(text, value)
        elide_combo(combo)
        name = index.siblingAtColumn(0).data(_DISPLAY) or ""
        combo.setAccessibleName(_tr("Bekrachtiging door {0}").format(name))
        combo.setToolTip(index.data(_TIP))
        combo.setProperty("party_id", index.data(_VALUE))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))  # chosen: to the document at once
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        """Override QStyledItemDelegate.setEditorData: the party's state chosen."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        """Override QStyledItemDelegate.setModelData: the chosen state."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        """Override QStyledItemDelegate.eventFilter: a box commits when a state is chosen, not as it loses the focus.

        (Losing the focus is also what a box does when its panel turns it off or the rows are read
        again, and by then the box may no longer belong to the view.)
        """
        if isinstance(editor, QComboBox) and event.type() == QEvent.Type.FocusOut:
            return False
        return super().eventFilter(editor, event)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        """Override QStyledItemDelegate.updateEditorGeometry: the box over the whole cell."""
        editor.setGeometry(option.rect)


def setup_view(view: QTableView, model: RatificationModel) -> None:
    """The table of ratifications: the model, its delegate, a click on a state opens its box."""
    view.setModel(model)
    view.setItemDelegate(RatificationDelegate(view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setColumnWidth(0, 190)
    view.setWordWrap(False)
    view.setMinimumHeight(230)
    view.clicked.connect(lambda index: open_state(view, index))


def open_state(view: QTableView, index: QModelIndex, *, popup: bool = True) -> QComboBox | None:
    """Open the combo box of the state at ``index``, with its list shown (one click, as a box in each cell took)."""
    if not index.isValid() or index.column() != STATE_COLUMN or not view.isEnabled():
        return None
    if view.indexWidget(index) is None:
        view.setCurrentIndex(index)
        view.edit(index)
    editor = view.indexWidget(index)
    if isinstance(editor, QComboBox):
        editor.setFocus()
        if popup:
            editor.showPopup()
        return editor
    return None
