"""The dispute form: where a dispute stands in the procedure, the steps taken, the next step and the resolution."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import disputes
from samenwerk_desktop.core.model import DISPUTE_STATUSES, DISPUTE_VISIBILITY
from samenwerk_desktop.gui.dates import SORT_ROLE, shown_date
from samenwerk_desktop.gui.elide import elide_names


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisputeForm", text)


class DisputeForm(QWidget):
    """One dispute: its visibility, the current step and the next one, the steps logged, the resolution."""

    def __init__(self, document, dispute_id: int, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self.document, self.dispute_id, self.today = document, dispute_id, today
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.visibility = QComboBox(self)
        self.visibility.setObjectName("disputeVisibility")
        for key, words in DISPUTE_VISIBILITY.items():
            self.visibility.addItem(str(words), key)
        self.visibility.activated.connect(self._set_visibility)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("disputeStep")
        self.next_button = QPushButton(_tr("Naar de volgende stap"), self)
        self.next_button.clicked.connect(self.advance)
        self.log = QTableWidget(0, 5, self)
        self.log.setObjectName("disputeLog")
        self.log.setAccessibleName(_tr("Genomen stappen"))
        self.log.setHorizontalHeaderLabels([_tr("Datum"), _tr("Stap"), _tr("Wie"), _tr("Wat is geprobeerd"),
                                            _tr("Uitkomst")])
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.setWordWrap(True)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.who, self.what, self.outcome = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.log_button = QPushButton(_tr("Stap vastleggen"), self)
        self.log_button.clicked.connect(self.log_step)
        self.resolution = QLineEdit(self)
        self.resolve_button = QPushButton(_tr("Opgelost"), self)
        self.resolve_button.clicked.connect(self.resolve)
        form = QFormLayout()
        form.addRow(_tr("Zichtbaar voor:"), self.visibility)
        form.addRow(_tr("Huidige stap:"), self.step_label)
        form.addRow("", self.next_button)
        entry = QFormLayout()
        entry.addRow(_tr("Wie:"), self.who)
        entry.addRow(_tr("Wat is geprobeerd:"), self.what)
        entry.addRow(_tr("Uitkomst:"), self.outcome)
        entry.addRow("", self.log_button)
        entry.addRow(_tr("Oplossing:"), self.resolution)
        entry.addRow("", self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(QLabel(_tr("Genomen stappen"), self))
        layout.addWidget(self.log, 1)
        layout.addLayout(entry)
        document.changed.connect(self._on_changed)
        self.refresh()
        elide_names(self, 20)

    @property
    def dispute(self):
        return self.document.data.get("dispute", self.dispute_id)

    def _on_changed(self, change) -> None:
        if {"dispute", "dispute_step", "party"} & (change.kinds | {change.kind}):
            self.refresh()

    def refresh(self) -> None:
        """Show the dispute as the data now holds it."""
        d, data = self.dispute, self.document.data
        if d is None:
            self.header.setText(_tr("Dit geschil bestaat niet meer."))
            return
        who = ", ".join(data.party_name(p) for p in d.party_ids)
        self.header.setText(f"<b>{html.escape(d.subject)}</b><br>{html.escape(who)} · {DISPUTE_STATUSES[d.status]}")
        self.visibility.setCurrentIndex(list(DISPUTE_VISIBILITY).index(d.visibility))
        steps = disputes.procedure(data)
        self.step_label.setText(_tr("%1 (stap %2 van %3)").replace("%1", disputes.step_name(data, d.step))
                                .replace("%2", str(min(d.step, len(steps) - 1) + 1)).replace("%3", str(len(steps))))
        self.next_button.setEnabled(d.status == "open" and disputes.next_step(data, d) is not None)
        taken = disputes.steps_of(data, d.id)
        self.log.setRowCount(len(taken))
        for row, s in enumerate(taken):
            for col, text in enumerate((shown_date(s.date), disputes.step_name(data, s.step), s.who, s.what,
                                        s.outcome)):
                self.log.setItem(row, col, QTableWidgetItem(text))
            self.log.item(row, 0).setData(SORT_ROLE, s.date)  # sorted by the stored ISO date
        self.resolution.setText(d.resolution)

    def _set_visibility(self, index: int) -> None:
        key = self.visibility.itemData(index)
        if self.dispute is not None and key != self.dispute.visibility:
            self.document.apply(_tr("Zichtbaarheid van het geschil"),
                                lambda p: p.update("dispute", self.dispute_id, visibility=key))

    def advance(self) -> bool:
        """The dispute goes to the next step of the procedure (one undo step); False at the last step."""
        following = disputes.next_step(self.document.data, self.dispute)
        if following is None:
            return False
        return self.document.apply(_tr("Volgende stap in het geschil"),
                                   lambda p: p.update("dispute", self.dispute_id, step=following)) is not None

    def log_step(self) -> bool:
        """Record a step taken at the current step, dated today (one undo step)."""
        step = disputes.log_step(self.document.data, self.dispute, date=self.today().isoformat(),
                                 who=self.who.text().strip(), what=self.what.text().strip(),
                                 outcome=self.outcome.text().strip())
        done = self.document.apply(_tr("Stap in het geschil vastgelegd"), lambda p: p.add(step)) is not None
        if done:
            for edit in (self.who, self.what, self.outcome):
                edit.clear()
        return done

    def resolve(self) -> bool:
        """The dispute is resolved with the resolution typed (one undo step)."""
        text = self.resolution.text().strip()
        return self.document.apply(_tr("Geschil opgelost"), lambda p: p.update(
            "dispute", self.dispute_id, status="resolved", resolution=text)) is not None
