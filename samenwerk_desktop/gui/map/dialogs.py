"""Small dialogs of the map: name a new party, choose how two parties are related."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from samenwerk_desktop.core.model import DIRECTIONS, NAME_MAX, RELATION_TYPES
from samenwerk_desktop.gui.elide import elide_names


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapDialogs", text)


class AddPartyDialog(QDialog):
    """Asks the name of a new party."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addPartyDialog")
        self.setWindowTitle(_tr("Partij toevoegen"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("partyNameEdit")
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(_tr("Naam van de partij"))
        # room for a usual long name: the field was some twelve letters wide
        self.name_edit.setMinimumWidth(self.name_edit.fontMetrics().horizontalAdvance(
            "Hoogheemraadschap Hollands Noorderkwartier") + 24)
        form.addRow(_tr("Naam van de partij:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name_edit.text().strip()))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The name typed, or None when cancelled (tests replace this classmethod)."""
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.name_edit.text().strip()
            return name or None
        return None


class RelationDialog(QDialog):
    """Chooses the other party (when not given), the relation type and its direction."""

    def __init__(self, parties: list[tuple[int, str]], source_id: int, target_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationDialog")
        self.setWindowTitle(_tr("Verbinden"))
        names = dict(parties)
        form = QFormLayout(self)
        form.addRow(_tr("Van:"), QLabel(names.get(source_id, ""), self))
        self.target_combo = QComboBox(self)
        self.target_combo.setAccessibleName(_tr("Naar partij"))
        for pid, name in parties:
            if pid != source_id:
                self.target_combo.addItem(name, pid)
        if target_id is not None:
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target_id)))
            self.target_combo.setEnabled(False)
        form.addRow(_tr("Naar:"), self.target_combo)
        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(_tr("Soort relatie"))
        for code, label in RELATION_TYPES.items():
            self.type_combo.addItem(str(label), code)
        form.addRow(_tr("Soort relatie:"), self.type_combo)
        self.direction_combo = QComboBox(self)
        self.direction_combo.setAccessibleName(_tr("Richting"))
        for code, label in DIRECTIONS.items():
            self.direction_combo.addItem(str(label), code)
        form.addRow(_tr("Richting:"), self.direction_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.target_combo.count() > 0)
        form.addRow(buttons)
        elide_names(self, 30)

    @classmethod
    def ask(cls, parent: QWidget | None, parties: list[tuple[int, str]], source_id: int,
            target_id: int | None = None) -> tuple[int, str, str] | None:
        """(target id, relation type, direction), or None when cancelled (tests replace this classmethod)."""
        dialog = cls(parties, source_id, target_id, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.target_combo.count() == 0:
            return None
        return (dialog.target_combo.currentData(), dialog.type_combo.currentData(),
                dialog.direction_combo.currentData())
