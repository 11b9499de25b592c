"""Ontwikkeling van het krachtenveld: take a state, compare two states (or one with now), note why a party moved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import errors, movement
from samenwerk_desktop.gui.map.ghosts import GhostLayer

NOW_KEY = -1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MovementPanel", text)


def run_steps(document, text: str, steps) -> bool:
    """Run core steps as one undo step; False when one was refused (the document showed why)."""
    with document.macro(text):
        return all(document.apply(text, step) is not None for step in steps)


class QuietWhenHidden:
    """A dock's panel that, while closed, only notes that edits came and fills itself again when shown."""

    #: set by the dock; a panel on its own (a test) follows every edit
    quiet_when_hidden = False
    _stale = False

    def hold_while_hidden(self) -> bool:
        """True (and the panel stale) when an edit should wait until the panel is shown."""
        if self.quiet_when_hidden and not self.isVisible():
            self._stale = True
            return True
        return False

    def showEvent(self, event) -> None:
        """Override QWidget.showEvent: catch up with the edits made while the dock was closed."""
        if self._stale:
            self._stale = False
            self.fill()
        super().showEvent(event)


class MovementPanel(QuietWhenHidden, QWidget):
    """The comparison of two states: the change list with the why-note and its link, ghosts on a map scene."""

    #: the comparison shown changed (None: nothing to compare)
    comparisonChanged = Signal(object)

    def __init__(self, document, parent: QWidget | None = None, map_scene=None, clock=datetime.now):
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.comparison: movement.Comparison | None = None
        self.ghosts = GhostLayer(map_scene) if map_scene is not None else None
        self.old_box, self.new_box = QComboBox(self), QComboBox(self)
        self.old_box.setObjectName("movementOld")
        self.new_box.setObjectName("movementNew")
        self.take_button = QPushButton(_tr("Stand vastleggen…"), self)
        self.take_button.setObjectName("takeState")
        self.on_map = QCheckBox(_tr("Toon op de kaart"), self)
        self.on_map.setChecked(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_tr("Partij of relatie"), _tr("Wat veranderde"), _tr("Waarom")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 220)
        self.tree.setAccessibleName(_tr("Wat veranderde tussen de twee standen"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(_tr("Waarom bewoog deze partij?"))
        self.agreement_box, self.decision_box = QComboBox(self), QComboBox(self)
        self.save_button = QPushButton(_tr("Reden opslaan"), self)

        pick = QFormLayout()
        pick.addRow(_tr("Van"), self.old_box)
        pick.addRow(_tr("Naar"), self.new_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.on_map)
        buttons.addStretch(1)
        why = QFormLayout()
        why.addRow(_tr("Reden"), self.reason_edit)
        why.addRow(_tr("Door werkafspraak"), self.agreement_box)
        why.addRow(_tr("Door besluit"), self.decision_box)
        why.addRow("", self.save_button)
        col = QVBoxLayout(self)
        col.addLayout(pick)
        col.addLayout(buttons)
        col.addWidget(self.tree, 1)
        col.addLayout(why)

        self.old_box.currentIndexChanged.connect(self.refresh)
        self.new_box.currentIndexChanged.connect(self.refresh)
        self.take_button.clicked.connect(self.ask_take_state)
        self.on_map.toggled.connect(self._draw)
        self.tree.currentItemChanged.connect(self._on_current)
        self.save_button.clicked.connect(self.save_reason)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self.fill)
        self.fill()

    # -- choices --------------------------------------------------------------------------------------

    def fill(self) -> None:
        """The states in both boxes (the newest two chosen, or the newest and now)."""
        stored = movement.states(self.document.data)
        for box in (self.old_box, self.new_box):
            box.blockSignals(True)
            box.clear()
            for s in stored:
                box.addItem(f"{s.title} · {s.taken[:10]}", s.id)
        self.new_box.addItem(_tr("Nu"), NOW_KEY)
        if len(stored) >= 2:
            self.old_box.setCurrentIndex(len(stored) - 2)
            self.new_box.setCurrentIndex(len(stored) - 1)
        else:
            self.old_box.setCurrentIndex(len(stored) - 1)
            self.new_box.setCurrentIndex(self.new_box.count() - 1)
        for box in (self.old_box, self.new_box):
            box.blockSignals(False)
        self._fill_links()
        self.refresh()

    def _fill_links(self) -> None:
        data = self.document.data
        for box, kind, attr in ((self.agreement_box, "agreement", "text"), (self.decision_box, "decision", "title")):
            box.clear()
            box.addItem(_tr("(geen)"), None)
            for e in data.all(kind):
                box.addItem(getattr(e, attr)[:80], e.id)

    def choose(self, old_id: int | None, new_id: int | None) -> None:
        """Compare state ``old_id`` with state ``new_id`` (None: now)."""
        self.old_box.setCurrentIndex(self.old_box.findData(old_id))
        self.new_box.setCurrentIndex(self.new_box.findData(NOW_KEY if new_id is None else new_id))
        self.refresh()

    # -- the comparison ---------------------------------------------------------------------------------

    def _side(self, box: QComboBox) -> movement.FieldState | None:
        key = box.currentData()
        data = self.document.data
        if key is None:
            return None
        if key == NOW_KEY:
            return movement.now_state(data)
        return movement.state_of(data, key) if data.get("force_state", key) else None

    def refresh(self) -> None:
        old, new = self._side(self.old_box), self._side(self.new_box)
        self.comparison = movement.compare(old, new) if old is not None and new is not None else None
        self.tree.clear()
        if self.comparison is not None:
            for move in self.comparison.parties:
                lines = "; ".join(str(m) for m in movement.describe_party(move))
                item = QTreeWidgetItem([move.name, lines, self._why(move.after)])
                item.setData(0, Qt.ItemDataRole.UserRole, move.after.row_id if move.after else None)
                self.tree.addTopLevelItem(item)
            names = movement.names_of(self.comparison)
            for move in self.comparison.relations:
                self.tree.addTopLevelItem(QTreeWidgetItem([_tr("Relatie"),
                                                           str(movement.describe_relation(move, names)), ""]))
            for i in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(i)
                for c in range(3):
                    item.setToolTip(c, item.text(c))
        self._on_current(self.tree.currentItem(), None)
        self._draw()
        self.comparisonChanged.emit(self.comparison)

    def _why(self, mark: movement.PartyMark | None) -> str:
        """The reason with the agreement or decision it names."""
        if mark is None:
            return ""
        data = self.document.data
        parts = [mark.reason] if mark.reason else []
        agreement, decision = data.get("agreement", mark.agreement_id), data.get("decision", mark.decision_id)
        if agreement is not None:
            parts.append(_tr("werkafspraak: %1").replace("%1", agreement.text[:60]))
        if decision is not None:
            parts.append(_tr("besluit: %1").replace("%1", decision.title[:60]))
        return " — ".join(parts)

    def _draw(self) -> None:
        if self.ghosts is not None:
            self.ghosts.show(self.document.data, self.comparison if self.on_map.isChecked() else None)

    def change_lines(self) -> list[tuple[str, str, str]]:
        """What the list shows, row by row."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3)) for i in range(self.tree.topLevelItemCount())]

    def _on_changed(self, change) -> None:
        if self.hold_while_hidden():
            return
        kinds = set(change.kinds) | {change.kind}
        if kinds & {"force_state", "agreement", "decision"}:
            self.fill()
        elif kinds & {"party", "relation", "state_party", "state_relation", "collaboration"}:
            self.refresh()

    # -- editing --------------------------------------------------------------------------------------

    def _row_id(self, item) -> int | None:
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_current(self, item, _previous) -> None:
        row = self.document.data.get("state_party", self._row_id(item))
        for w in (self.reason_edit, self.agreement_box, self.decision_box, self.save_button):
            w.setEnabled(row is not None)
        self.reason_edit.setText(row.reason if row else "")
        self.agreement_box.setCurrentIndex(max(0, self.agreement_box.findData(row.agreement_id if row else None)))
        self.decision_box.setCurrentIndex(max(0, self.decision_box.findData(row.decision_id if row else None)))

    def select_party(self, name: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).text(0) == name:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return

    def save_reason(self) -> bool:
        """Keep the why-note and its link on the party's row of the newer state."""
        try:
            steps = movement.reason_steps(self.document.data, self._row_id(self.tree.currentItem()),
                                          reason=self.reason_edit.text().strip(),
                                          agreement_id=self.agreement_box.currentData(),
                                          decision_id=self.decision_box.currentData())
        except errors.SamenwerkError as exc:
            self.document.errorOccurred.emit(str(exc))
            return False
        current = self.tree.currentItem().text(0)
        done = run_steps(self.document, _tr("Reden noteren"), steps)
        self.select_party(current)
        return done

    @classmethod
    def ask_title(cls, parent, proposal: str) -> str | None:
        """The name of the new state (tests replace this)."""
        text, ok = QInputDialog.getText(parent, _tr("Stand vastleggen"), _tr("Naam van de stand:"), text=proposal)
        return text if ok else None

    def ask_take_state(self) -> bool:
        now = self.clock()
        title = self.ask_title(self, _tr("Stand van %1").replace("%1", now.strftime("%d-%m-%Y")))
        if title is None:
            return False
        return self.take_state(title)

    def take_state(self, title: str, meeting_id: int | None = None) -> bool:
        """Stand vastleggen: the map as it is now becomes a state (one undo step)."""
        try:
            steps = movement.capture_steps(self.document.data, title, self.clock(), meeting_id)
        except errors.SamenwerkError as exc:
            self.document.errorOccurred.emit(str(exc))
            return False
        return run_steps(self.document, _tr("Stand vastleggen"), steps)
