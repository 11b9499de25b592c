"""The round editor (each party's answer, the live proposed outcome, one click to confirm) and the attendance editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import meeting as run
from samenwerk_desktop.core import rounds
from samenwerk_desktop.core.model import ATTENDANCE, DECISION_OUTCOMES, RULE_ANSWERS, Amendment
from samenwerk_desktop.core.rounds import OBJECTIONS
from samenwerk_desktop.gui.elide import elide_names


def _run(document, text: str, steps) -> bool:
    ok = True
    with document.macro(text):
        for step in steps:
            if document.apply(text, step) is None:
                ok = False
                break
    return ok


class RoundEditor(QDialog):
    """One decision's current round: a row per party present or by proxy with its answer, who gave it and why."""

    # the round's answers or outcome changed (the room's screen can follow)
    roundChanged = Signal(int)

    COLUMNS = 4  # party, answer, given by, reason

    def __init__(self, document, decision_id: int, parent: QWidget | None = None, *, meeting_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("roundEditor")
        self.document, self.decision_id, self.meeting_id = document, decision_id, meeting_id
        decision = document.data.get("decision", decision_id)
        self.setWindowTitle(self.tr("Ronde: {0}").format(decision.title))
        self.heading = QLabel(self)
        self.heading.setObjectName("roundHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("roundAnswers")
        self.table.setAccessibleName(self.tr("Antwoorden per partij"))
        self.table.setHorizontalHeaderLabels([self.tr("Partij"), self.tr("Antwoord"), self.tr("Gegeven door"),
                                              self.tr("Reden")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for col, width in ((0, 250), (1, 170), (2, 170)):
            self.table.setColumnWidth(col, width)
        self.reasons = QLabel(self)  # every objection's reason in full, wrapped (the column shows its start)
        self.reasons.setObjectName("roundReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.proposal = QLabel(self)
        self.proposal.setObjectName("roundProposal")
        self.proposal.setStyleSheet("font-weight: bold")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("roundOutcome")
        self.outcome.setAccessibleName(self.tr("Uitkomst van de ronde"))
        self.outcome.setToolTip(self.tr("De uitkomst die wordt vastgelegd bij Uitkomst bevestigen; "
                                        "de regel stelt er een voor"))
        for code, msg in DECISION_OUTCOMES.items():
            self.outcome.addItem(str(msg), code)
        self.confirm_button = QPushButton(self.tr("Uitkomst bevestigen"), self)
        self.confirm_button.setObjectName("roundConfirmButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.amend_button = QPushButton(self.tr("Amendement…"), self)
        self.amend_button.setObjectName("roundAmendButton")
        self.amend_button.clicked.connect(self.ask_amendment)
        self.again_button = QPushButton(self.tr("Nieuwe ronde"), self)
        self.again_button.setObjectName("roundAgainButton")
        self.again_button.clicked.connect(self.new_round)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.proposal, 1)
        row.addWidget(self.outcome)
        row.addWidget(self.confirm_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.table, 1)
        box.addWidget(self.reasons)
        box.addLayout(row)
        box.addLayout(buttons)
        self.resize(_wide(self, 1320), 520)  # the reason column gets the rest: long reasons stay readable
        self.round_id = self._current_round()
        document.changed.connect(self._on_changed)
        self.refresh()
        elide_names(self, 20)

    def _current_round(self) -> int:
        """The decision's last round not yet confirmed, or a new one."""
        held = rounds.rounds_of(self.document.data, self.decision_id)
        if held and not held[-1].outcome:
            return held[-1].id
        rnd = rounds.new_round(self.document.data, self.decision_id, self.meeting_id)
        change = self.document.apply(self.tr("Ronde beginnen"), lambda p: p.add(rnd))
        return change.ids[0]

    def view(self) -> rounds.RoundView:
        return rounds.round_view(self.document.data, self.round_id)

    def refresh(self) -> None:
        """Show the round's rows and its proposed outcome (live); the decision changes only on confirm."""
        view = self.view()
        heading = self.tr("Ronde {0} · {1}").format(view.number, str(view.rule_text))
        self.heading.setText(f"<b>{heading}</b><br>{_escape(view.text)}")
        choices = RULE_ANSWERS[view.rule]
        self.table.blockSignals(True)
        self.table.setRowCount(len(view.lines))
        for r, line in enumerate(view.lines):
            _party_cell(self.table, r, line.party)
            combo = self.table.cellWidget(r, 1)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.setObjectName(f"answer_{line.party_id}")
                combo.addItem(self.tr("— nog niet —"), "")
                for code, msg in choices.items():
                    combo.addItem(str(msg), code)
                combo.activated.connect(lambda _i, pid=line.party_id, c=combo: self.set_answer(pid, answer=c.currentData()))
                self.table.setCellWidget(r, 1, combo)
            combo.setCurrentIndex(max(0, combo.findData(line.answer)))
            combo.setAccessibleName(self.tr("Antwoord van {0}").format(line.party))
            combo.setToolTip(self.tr("Het antwoord van {0} in deze ronde").format(line.party))
            for col, field, value in ((2, "given_by", line.given_by), (3, "reason", self._reason_text(line))):
                edit = self.table.cellWidget(r, col)
                if not isinstance(edit, QLineEdit):
                    edit = QLineEdit()
                    edit.setObjectName(f"{field}_{line.party_id}")
                    edit.editingFinished.connect(
                        lambda pid=line.party_id, f=field, e=edit: self._edited(pid, f, e))
                    self.table.setCellWidget(r, col, edit)
                edit.setAccessibleName((self.tr("Gegeven door, voor {0}") if field == "given_by"
                                        else self.tr("Reden van {0}")).format(line.party))
                if not edit.hasFocus():
                    edit.setText(value)
                    edit.setCursorPosition(0)  # a long reason shows its beginning, the whole of it on hover
                edit.setToolTip(value)
        self.table.blockSignals(False)
        objections = [f"<b>{_escape(line.party)}</b> ({_escape(str(line.answer_text))}): {_escape(line.reason)}"
                      for line in view.lines if line.answer in OBJECTIONS and line.reason]
        self.reasons.setText("<br>".join(objections))
        self.reasons.setVisible(bool(objections))
        proposed = view.proposed_text
        self.proposal.setText(self.tr("Voorgestelde uitkomst: {0}").format(str(proposed)) if proposed
                              else self.tr("Geen voorstel van de regel: kies de uitkomst."))
        if view.proposed:
            self.outcome.setCurrentIndex(self.outcome.findData(view.proposed))
        self.amend_button.setEnabled(any(line.answer in OBJECTIONS and not line.resolved_by for line in view.lines))
        confirmed = view.confirmed
        self.confirm_button.setEnabled(not confirmed)
        self.again_button.setEnabled(bool(confirmed) or bool(view.amendments))
        self.roundChanged.emit(self.round_id)

    @staticmethod
    def _reason_text(line) -> str:
        return line.reason

    def _edited(self, party_id: int, field: str, edit: QLineEdit) -> None:
        line = next(x for x in self.view().lines if x.party_id == party_id)
        if not line.answer or getattr(line, field) == edit.text():
            return
        self.set_answer(party_id, **{field: edit.text()})

    def set_answer(self, party_id: int, **values) -> bool:
        """Record a party's answer (or who gave it, or the reason); an objection asks for its reason first."""
        if values.get("answer") in OBJECTIONS:
            line = next(x for x in self.view().lines if x.party_id == party_id)
            reason = values.get("reason", line.reason)
            if not reason.strip():
                reason, ok = QInputDialog.getText(self, self.tr("Reden"), self.tr("Waarom? (een bezwaar of veto heeft "
                                                                                   "een reden nodig)"))
                if not ok or not reason.strip():
                    self.refresh()
                    return False
            values["reason"] = reason
        if values.get("answer") == "":
            self.refresh()
            return False
        ok = _run(self.document, self.tr("Antwoord vastleggen"),
                  rounds.answer_steps(self.document.data, self.round_id, party_id, **values))
        self.refresh()
        return ok

    def ask_amendment(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Amendement"),
                                                 self.tr("Het aangepaste voorstel:"), self.view().text)
        if ok and text.strip():
            self.amend(text.strip())

    def amend(self, text: str) -> bool:
        """Record an amendment that answers every unresolved objection of this round (one undo step)."""
        open_ids = [a.id for a in rounds.answers_of(self.document.data, self.round_id)
                    if a.answer in OBJECTIONS and a.amendment_id is None]
        with self.document.macro(self.tr("Amendement")):
            change = self.document.apply(self.tr("Amendement"),
                                         lambda p: p.add(Amendment(round_id=self.round_id, text=text)))
            if change is None:
                return False
            amendment_id = change.ids[0]
            if open_ids:
                self.document.apply(self.tr("Amendement"), lambda p: p.update_many(
                    "answer", {i: {"amendment_id": amendment_id} for i in open_ids}))
        self.refresh()
        return True

    def confirm(self) -> bool:
        """Confirm the chosen outcome: the decision gets it (one click, one undo step)."""
        outcome = self.outcome.currentData()
        ok = _run(self.document, self.tr("Uitkomst bevestigen"),
                  rounds.confirm_steps(self.document.data, self.round_id, outcome))
        self.refresh()
        return ok

    def new_round(self) -> None:
        """Hold the round again (on the amended proposal): every round stays in the decision's history."""
        rnd = rounds.new_round(self.document.data, self.decision_id, self.meeting_id)
        change = self.document.apply(self.tr("Nieuwe ronde"), lambda p: p.add(rnd))
        if change is not None:
            self.round_id = change.ids[0]
            self.table.setRowCount(0)
            self.refresh()

    def _on_changed(self, change) -> None:
        if self.document.data.get("round", self.round_id) is None:
            self.close()
            return
        if change.kinds & {"answer", "round", "amendment", "party", "decision", "attendance"}:
            self.refresh()


class AttendanceEditor(QDialog):
    """Each party's attendance at a meeting: present (and who speaks), absent, or by proxy."""

    def __init__(self, document, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendanceEditor")
        self.document, self.meeting_id = document, meeting_id
        self.setWindowTitle(self.tr("Aanwezigheid: {0}").format(document.data.get("meeting", meeting_id).title))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Aanwezigheid per partij"))
        self.table.setHorizontalHeaderLabels([self.tr("Partij"), self.tr("Aanwezigheid"), self.tr("Woordvoerder"),
                                              self.tr("Vertegenwoordigd door"), self.tr("of door (naam)")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 280), (1, 150), (2, 170), (3, 220)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().hide()
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(1080, 440)
        document.changed.connect(self._on_changed)
        self.refresh()
        elide_names(self, 20)

    def refresh(self) -> None:
        data = self.document.data
        lines = run.attendance_of(data, self.meeting_id)
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            _party_cell(self.table, r, line.party)
            status = QComboBox()
            status.setObjectName(f"status_{line.party_id}")
            for code, msg in ATTENDANCE.items():
                status.addItem(str(msg), code)
            status.setCurrentIndex(status.findData(line.status))
            status.activated.connect(lambda _i, pid=line.party_id, c=status: self.set(pid, status=c.currentData()))
            self.table.setCellWidget(r, 1, status)
            speaker = QComboBox()
            speaker.setObjectName(f"speaker_{line.party_id}")
            speaker.addItem(self.tr("— geen —"), None)
            for rep in data.representatives_of(line.party_id):
                speaker.addItem(rep.name, rep.id)
            rec = data.get("attendance", line.record_id)
            speaker.setCurrentIndex(max(0, speaker.findData(rec.speaker_id if rec else None)))
            speaker.setEnabled(line.status == "present")
            speaker.activated.connect(lambda _i, pid=line.party_id, c=speaker: self.set(pid, speaker_id=c.currentData()))
            self.table.setCellWidget(r, 2, speaker)
            proxy = QComboBox()
            proxy.setObjectName(f"proxy_{line.party_id}")
            proxy.addItem(self.tr("— niemand —"), None)
            for p in data.parties:
                if p.id != line.party_id:
                    proxy.addItem(p.name, p.id)
            proxy.setCurrentIndex(max(0, proxy.findData(rec.proxy_party_id if rec else None)))
            proxy.setEnabled(line.status == "proxy")
            proxy.activated.connect(lambda _i, pid=line.party_id, c=proxy: self.set(pid, proxy_party_id=c.currentData()))
            self.table.setCellWidget(r, 3, proxy)
            name = QLineEdit(rec.proxy_name if rec else "")
            name.setObjectName(f"proxy_name_{line.party_id}")
            for widget, text, tip in (
                    (status, self.tr("Aanwezigheid van {0}"), self.tr("Aanwezig, afwezig of vertegenwoordigd: {0}")),
                    (speaker, self.tr("Woordvoerder van {0}"), self.tr("Wie namens {0} het woord voert")),
                    (proxy, self.tr("Vertegenwoordiger van {0}"), self.tr("De partij die {0} vertegenwoordigt")),
                    (name, self.tr("Vertegenwoordigd door (naam), voor {0}"),
                     self.tr("Of de naam van wie {0} vertegenwoordigt, als dat geen partij is"))):
                widget.setAccessibleName(text.format(line.party))
                widget.setToolTip(tip.format(line.party))
            name.setEnabled(line.status == "proxy")
            name.editingFinished.connect(lambda pid=line.party_id, e=name: self._named(pid, e.text()))
            self.table.setCellWidget(r, 4, name)
        elide_names(self.table, 8)  # a long party name in a cell's combo box ends in "…"

    def _named(self, party_id: int, name: str) -> None:
        rec = next((a for a in self.document.data.entities["attendance"].values()
                    if a.meeting_id == self.meeting_id and a.party_id == party_id), None)
        if rec is None or rec.proxy_name != name.strip():
            self.set(party_id, proxy_name=name.strip())

    def set(self, party_id: int, **values) -> bool:
        ok = _run(self.document, self.tr("Aanwezigheid"),
                  run.attendance_steps(self.document.data, self.meeting_id, party_id, **values))
        return ok

    def _on_changed(self, change) -> None:
        if change.kinds & {"attendance", "meeting", "party", "representative"}:
            if self.document.data.get("meeting", self.meeting_id) is None:
                self.close()
                return
            self.refresh()


def _party_cell(table: QTableWidget, row: int, name: str) -> None:
    """A party's name in the first column, read-only."""
    item = table.item(row, 0)
    if item is None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setItem(row, 0, item)
    item.setText(name)


def _wide(widget: QWidget, width: int) -> int:
    """``width``, or less where the screen is narrower."""
    screen = widget.screen()
    return min(width, screen.availableGeometry().width() - 40) if screen is not None else width


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
