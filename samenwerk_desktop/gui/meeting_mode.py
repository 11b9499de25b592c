"""Meeting mode: start and close the current meeting, its agenda with clock times and timer, one-key capture."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import followups
from samenwerk_desktop.core import meeting as run
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.model import DECISION_RULES
from samenwerk_desktop.gui.document import refusal_text
from samenwerk_desktop.gui.elide import elide_names

Clock = Callable[[], datetime]

#: The capture shortcuts: kind -> keys (one chord each).
CAPTURE_KEYS = {"agreement": "Ctrl+Alt+A", "decision": "Ctrl+Alt+B", "action_item": "Ctrl+Alt+C",
                "parking_item": "Ctrl+Alt+P"}
START_KEY, NEXT_KEY, ROUND_KEY, ATTENDANCE_KEY = "Ctrl+Alt+M", "F8", "Ctrl+Alt+R", "Ctrl+Alt+W"
#: The first field of each capture form: the entity field its text goes into.
FIRST_FIELD = {"agreement": "text", "decision": "title", "action_item": "text", "parking_item": "text"}
#: the start's question lists at most this many follow-ups
LISTED = 12


def ask_follow_ups(parent: QWidget | None, found: list[followups.FollowUp]) -> bool | None:
    """Ask whether the meeting begins with the agenda item "Vervolgpunten": True, False, or None to not start
    (a plain function the tests replace)."""
    lines = ["• " + str(f) for f in found[:LISTED]]
    if len(found) > LISTED:
        lines.append(_tr("… en nog {0}").format(len(found) - LISTED))
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Overleg starten"),
                      _tr("Er zijn {0} vervolgpunten om terug te brengen aan tafel. Het overleg beginnen met het "
                          "agendapunt ‘Vervolgpunten’?").format(len(found)), parent=parent)
    box.setObjectName("followUpsQuestion")
    box.setInformativeText("\n".join(lines))
    first = box.addButton(_tr("Beginnen met vervolgpunten"), QMessageBox.ButtonRole.AcceptRole)
    without = box.addButton(_tr("Zonder vervolgpunten"), QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(first)
    box.exec()
    return True if box.clickedButton() is first else False if box.clickedButton() is without else None


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingMode", text)


class CaptureDialog(QDialog):
    """A small form for one captured item: the cursor in its first field, Enter saves."""

    def __init__(self, mode: MeetingMode, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"capture_{kind}")
        self._mode, self.kind = mode, kind
        titles = {"agreement": self.tr("Werkafspraak vastleggen"), "decision": self.tr("Besluit vastleggen"),
                  "action_item": self.tr("Actiepunt vastleggen"), "parking_item": self.tr("Op de parkeerplaats zetten")}
        labels = {"agreement": self.tr("Afspraak"), "decision": self.tr("Besluit"), "action_item": self.tr("Actie"),
                  "parking_item": self.tr("Onderwerp")}
        self.setWindowTitle(titles[kind])
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("captureFirstField")
        self.first.setMinimumWidth(420)
        form.addRow(labels[kind], self.first)
        data = mode.document.data
        self.owner = QComboBox(self)
        self.owner.setObjectName("captureOwner")
        self.owner.addItem(self.tr("— geen —"), None)
        for p in data.parties:
            self.owner.addItem(p.name, p.id)
        self.rule = QComboBox(self)
        self.rule.setObjectName("captureRule")
        for code, msg in DECISION_RULES.items():
            self.rule.addItem(str(msg), code)
        self.rule.setCurrentIndex(max(0, self.rule.findData(data.collaboration.default_decision_rule)))
        self.due = QLineEdit(self)
        self.due.setObjectName("captureDue")
        self.due.setPlaceholderText(self.tr("2026-03-31"))
        for widget, label, used in ((self.owner, self.tr("Eigenaar"), kind in ("agreement", "action_item")),
                                    (self.due, self.tr("Uiterlijk"), kind == "action_item"),
                                    (self.rule, self.tr("Besluitvormingsregel"), kind == "decision")):
            if used:
                form.addRow(label, widget)
            else:
                widget.hide()
        where = mode.where_text()
        self.where = QLabel(where, self)
        self.where.setObjectName("captureWhere")
        self.where.setWordWrap(True)
        self.error = QLabel("", self)
        self.error.setObjectName("captureError")
        self.error.setStyleSheet("color: #a33a00")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        # our own words: Qt's Dutch qtbase translation is not there on every installation
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.where)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.first.returnPressed.connect(self.save)
        self.first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elide_names(self, 20)

    def save(self) -> None:
        """Add the item, linked to the current meeting and agenda item; a refusal is shown in the form."""
        try:
            entity = run.capture_entity(self._mode.document.data, self.kind)
        except SamenwerkError as exc:
            self.error.setText(str(exc))
            return
        setattr(entity, FIRST_FIELD[self.kind], self.first.text().strip())
        if self.kind in ("agreement", "action_item"):
            entity.owner_party_id = self.owner.currentData()
        if self.kind == "action_item":
            entity.due_date = self.due.text().strip()
        if self.kind == "decision":
            entity.rule = self.rule.currentData()
        refused: list[str] = []

        def shown(exc: SamenwerkError) -> bool:
            refused.append(refusal_text(exc))
            return True

        change = self._mode.document.apply(self.windowTitle(), lambda p: p.add(entity), on_refusal=shown)
        if change is None:
            self.error.setText(refused[0] if refused else "")
            return
        self.added_id = change.ids[0]
        self.accept()


class MeetingPanel(QWidget):
    """The current meeting at a glance: its agenda with clock times, the running item's timer, the next step."""

    def __init__(self, mode: MeetingMode, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingPanel")
        self._mode = mode
        self.title = QLabel(self)
        self.title.setObjectName("meetingModeTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("meetingTimer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning = QLabel(self)
        self.warning.setObjectName("meetingTimeUp")
        self.warning.setWordWrap(True)
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("meetingAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda met kloktijden"))
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("meetingStartButton")
        self.start_button.clicked.connect(mode.toggle_meeting)
        self.next_button = QPushButton(self.tr("Volgend agendapunt (F8)"), self)
        self.next_button.setObjectName("meetingNextButton")
        self.next_button.clicked.connect(mode.next_item)
        self.attendance_button = QPushButton(self.tr("Aanwezigheid…"), self)
        self.attendance_button.setObjectName("meetingAttendanceButton")
        self.attendance_button.clicked.connect(mode.edit_attendance)
        self.round_button = QPushButton(self.tr("Ronde over een besluit…"), self)
        self.round_button.setObjectName("meetingRoundButton")
        self.round_button.clicked.connect(lambda: mode.open_round())
        capture = QHBoxLayout()
        self.capture_buttons = {}
        for kind, text in (("agreement", self.tr("Afspraak")), ("decision", self.tr("Besluit")),
                           ("action_item", self.tr("Actie")), ("parking_item", self.tr("Parkeren"))):
            b = QPushButton(text, self)
            b.setObjectName(f"capture_{kind}_button")
            b.setToolTip(CAPTURE_KEYS[kind])
            b.clicked.connect(lambda _checked=False, k=kind: mode.capture(k))
            capture.addWidget(b)
            self.capture_buttons[kind] = b
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.timer_label)
        box.addWidget(self.warning)
        box.addWidget(self.agenda, 1)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.next_button)
        box.addLayout(row)
        box.addLayout(capture)
        row = QHBoxLayout()
        row.addWidget(self.attendance_button)
        row.addWidget(self.round_button)
        box.addLayout(row)

    def refresh(self, now: datetime) -> None:
        """Show the current meeting (or the selected one, not yet started) at ``now``."""
        data = self._mode.document.data
        current = run.current_meeting(data)
        shown = current or data.get("meeting", self._mode.selected_meeting())
        running = current is not None
        self.start_button.setText(self.tr("Overleg afsluiten…") if running else self.tr("Overleg starten"))
        self.start_button.setEnabled(shown is not None)
        for widget in (self.next_button, self.round_button, *self.capture_buttons.values()):
            widget.setEnabled(running)
        self.attendance_button.setEnabled(shown is not None)
        if shown is None:
            self.title.setText(self.tr("Geen overleg gekozen: kies er een op het tabblad Overleggen."))
            self.agenda.clear()
            self.timer_label.setText("")
            self.warning.setText("")
            return
        state = self.tr("loopt") if running else self.tr("nog niet gestart")
        self.title.setText(f"{shown.title}\n{shown.date} · {state}")
        view = run.agenda_view(data, now, shown.id)
        marks = {"done": "✓", "running": "▶", "planned": " "}
        texts = [f"{marks[a.state]} {a.start or '--:--'}  {a.title}" for a in view.lines]
        if [self.agenda.item(i).text() for i in range(self.agenda.count())] != texts:
            self.agenda.clear()
            for line, text in zip(view.lines, texts, strict=True):
                item = QListWidgetItem(text)
                if line.state == "running":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.agenda.addItem(item)
        t = view.timer
        if t is None:
            self.timer_label.setText("")
            self.warning.setText("")
            return
        self.timer_label.setText(t.text)
        big = "font-size: 28pt; font-weight: bold;"
        if t.over_time:
            self.timer_label.setStyleSheet(big + " color: #a35a00")
            self.warning.setText(self.tr("De tijd voor ‘{0}’ is om. Afronden of door naar het volgende punt (F8)?")
                                 .format(t.title))
        else:
            self.timer_label.setStyleSheet(big)
            self.warning.setText(self.tr("Nog {0} voor ‘{1}’.").format(t.text, t.title))


class MeetingMode(QObject):
    """The window's meeting mode: its actions and shortcuts, the dock with the panel, and a one-second timer."""

    # the current meeting or its running item changed (the room's screen can follow)
    meetingChanged = Signal()
    # the running item's time is up (once per item)
    timeUp = Signal(int)

    def __init__(self, window, document, *, clock: Clock | None = None):
        super().__init__(window)
        self.window, self.document = window, document
        self.clock: Clock = clock or datetime.now
        self._warned: set[int] = set()
        self.panel = MeetingPanel(self)
        self.dock = QDockWidget(self.tr("Lopend overleg"), window)
        self.dock.setObjectName("meetingDock")
        elide_names(self.panel)
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # shown while a meeting runs
        self._was_running: bool | None = None
        for button in self.dock.findChildren(QAbstractButton):  # the title bar's float and close buttons
            if not button.text():
                button.setAccessibleName(self.tr("Lopend overleg: venster"))
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
                ("start", self.tr("Overleg starten of afsluiten"), START_KEY, self.toggle_meeting),
                ("next", self.tr("Volgend agendapunt"), NEXT_KEY, self.next_item),
                ("attendance", self.tr("Aanwezigheid…"), ATTENDANCE_KEY, self.edit_attendance),
                ("round", self.tr("Ronde over een besluit…"), ROUND_KEY, lambda: self.open_round()),
                ("agenda", self.tr("Agenda als PDF…"), "", self.export_agenda),
                ("agreement", self.tr("Werkafspraak vastleggen"), CAPTURE_KEYS["agreement"],
                 lambda: self.capture("agreement")),
                ("decision", self.tr("Besluit vastleggen"), CAPTURE_KEYS["decision"], lambda: self.capture("decision")),
                ("action_item", self.tr("Actiepunt vastleggen"), CAPTURE_KEYS["action_item"],
                 lambda: self.capture("action_item")),
                ("parking_item", self.tr("Op de parkeerplaats zetten"), CAPTURE_KEYS["parking_item"],
                 lambda: self.capture("parking_item"))):
            act = QAction(text, window)
            act.setObjectName(f"meetingAction_{name}")
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            window.addAction(act)
            self.actions[name] = act
        self.menu: QMenu = window.meeting_menu  # in the menu bar since the frame (gui/window_menus.py)
        for i, act in enumerate(self.actions.values()):
            if i in (2, 5):
                self.menu.addSeparator()
            self.menu.addAction(act)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        document.changed.connect(self._on_changed)
        self._start_button = self._add_meetings_tab_button()
        self.refresh()
        self.timer.start()

    def _add_meetings_tab_button(self) -> QPushButton | None:
        """A "start" button beside the meetings tab's own buttons (the tab's file stays as it is)."""
        panel = getattr(self.window, "panels", {}).get("agreements")
        add = panel.findChild(QPushButton, "meetingAddButton") if panel else None
        layout = add.parentWidget().layout() if add and add.parentWidget() else None
        if layout is None:
            return None
        button = QPushButton(self.tr("Overleg starten"), add.parentWidget())
        button.setObjectName("meetingStartTabButton")
        button.clicked.connect(self.toggle_meeting)
        index = layout.indexOf(add)
        if hasattr(layout, "insertWidget"):
            layout.insertWidget(index + 1, button)
        else:
            layout.addWidget(button)
        return button

    def remove(self) -> None:
        """Take the dock, menu and actions away (the document closes)."""
        self.timer.stop()
        for act in self.actions.values():
            self.window.removeAction(act)
        self.window.menuBar().removeAction(self.menu.menuAction())
        self.menu.deleteLater()
        self.window.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.deleteLater()

    # -- what is shown ---------------------------------------------------------------------

    def selected_meeting(self) -> int | None:
        """The meeting selected on the meetings tab, else the first one not closed."""
        panel = getattr(self.window, "panels", {}).get("agreements")
        sections = getattr(panel, "sections", {}) if panel else {}
        section = getattr(sections, "built", sections).get("meeting")  # a tab not built yet has none selected
        mid = section.current() if section is not None else None
        if mid is None:
            coming = [m for m in self.document.data.meetings if m.status != "closed"]
            mid = coming[0].id if coming else None
        return mid

    def where_text(self) -> str:
        data = self.document.data
        current = run.current_meeting(data)
        if current is None:
            return self.tr("Er loopt geen overleg.")
        item = run.running_item(data, current.id)
        return (self.tr("In: {0} — {1}").format(current.title, item.title) if item
                else self.tr("In: {0}").format(current.title))

    def refresh(self) -> None:
        now = self.clock()
        self.panel.refresh(now)
        current = run.current_meeting(self.document.data)
        running = current is not None
        if running != self._was_running:
            self._was_running = running
            self.dock.setVisible(running)
        for name in ("next", "round", *CAPTURE_KEYS):
            self.actions[name].setEnabled(running)
        if self._start_button is not None:
            self._start_button.setText(self.tr("Overleg afsluiten…") if running else self.tr("Overleg starten"))
        t = run.timer(self.document.data, current.id, now) if running else None
        if t is not None and t.over_time and t.item_id not in self._warned:
            self._warned.add(t.item_id)
            bar = getattr(self.window, "statusBar", None)
            if bar is not None:
                bar().showMessage(self.tr("De tijd voor ‘{0}’ is om.").format(t.title), 8000)
            self.timeUp.emit(t.item_id)

    def _on_changed(self, change) -> None:
        if change.kinds & {"meeting", "agenda_item", "attendance"}:
            self.refresh()
            self.meetingChanged.emit()

    # -- commands ----------------------------------------------------------------------------

    def _run(self, text: str, steps) -> bool:
        """Run core steps as one undo step; False when the core refused one."""
        ok = True
        with self.document.macro(text):
            for step in steps:
                if self.document.apply(text, step) is None:
                    ok = False
                    break
        self.refresh()
        return ok

    def _refused(self, exc: SamenwerkError) -> None:
        self.document.errorOccurred.emit(refusal_text(exc))

    def toggle_meeting(self) -> None:
        """Start the selected meeting, or close the current one."""
        current = run.current_meeting(self.document.data)
        if current is not None:
            self.close_meeting()
            return
        mid = self.selected_meeting()
        if mid is None:
            return
        now, with_follow_ups = self.clock(), False
        if run.follow_up_item(self.document.data, mid, now) is not None:  # offered only when there are some
            with_follow_ups = ask_follow_ups(self.window, followups.follow_ups(self.document.data, now.date()))
            if with_follow_ups is None:
                return
        try:
            steps = run.start_steps(self.document.data, mid, now, with_follow_ups=with_follow_ups)
        except SamenwerkError as exc:
            self._refused(exc)
            return
        self._run(self.tr("Overleg starten"), steps)
        self.dock.show()

    def ask_carry_over(self, meeting_id: int) -> tuple[bool, int | None]:
        """Ask whether to close, and where open items go: (close?, next meeting or None)."""
        data = self.document.data
        actions, parking = run.carry_over_candidates(data, meeting_id)
        target = run.next_meeting(data, meeting_id)
        if not (actions or parking) or target is None:
            answer = QMessageBox.question(self.window, self.tr("Overleg afsluiten"),
                                          self.tr("Het overleg afsluiten?"))
            return answer == QMessageBox.StandardButton.Yes, None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Overleg afsluiten"),
                          self.tr("{0} open actiepunten en {1} onderwerpen op de parkeerplaats doorschuiven naar "
                                  "‘{2}’?").format(len(actions), len(parking), target.title), parent=self.window)
        carry = box.addButton(self.tr("Afsluiten en doorschuiven"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Afsluiten zonder doorschuiven"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is carry:
            return True, target.id
        return box.clickedButton() is keep, None

    def close_meeting(self, *, carry_to: int | None | bool = True) -> bool:
        """Close the current meeting in one undo step; ``carry_to`` True asks, else it is the target (or None)."""
        current = run.current_meeting(self.document.data)
        if current is None:
            return False
        if carry_to is True:
            ok, carry_to = self.ask_carry_over(current.id)
            if not ok:
                return False
        try:
            steps = run.close_steps(self.document.data, current.id, self.clock(), carry_to=carry_to)
        except SamenwerkError as exc:
            self._refused(exc)
            return False
        if self._run(self.tr("Overleg afsluiten"), steps):
            self.offer_report(current.id)
            return True
        return False

    def offer_report(self, meeting_id: int) -> None:
        """Offer the meeting report at once (a window may offer it its own way)."""
        offer = getattr(self.window, "offer_meeting_report", None)
        if offer is not None:
            offer(meeting_id)
            return
        from samenwerk_desktop.gui.agenda_export import offer_meeting_report  # ReportLab only when needed

        self.report_dialog = offer_meeting_report(self.window, self.document, meeting_id)

    def export_agenda(self) -> str | None:
        """The current or selected meeting's agenda as a one-page PDF."""
        from samenwerk_desktop.gui.agenda_export import export_agenda_interactive  # ReportLab only when needed

        current = run.current_meeting(self.document.data)
        mid = current.id if current else self.selected_meeting()
        return export_agenda_interactive(self.window, self.document, mid) if mid is not None else None

    def next_item(self) -> None:
        current = run.current_meeting(self.document.data)
        if current is not None:
            self._run(self.tr("Volgend agendapunt"), run.next_item_steps(self.document.data, current.id, self.clock()))

    def capture(self, kind: str) -> CaptureDialog | None:
        """Open the capture form of a kind (modeless, so tests and the timer keep running)."""
        if run.current_meeting(self.document.data) is None:
            self.window.statusBar().showMessage(
                self.tr("Er loopt geen overleg; start eerst een overleg (Ctrl+Alt+M)."), 8000)
            return None
        dialog = CaptureDialog(self, kind, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.activateWindow()
        dialog.first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.last_capture = dialog
        return dialog

    def edit_attendance(self):
        current = run.current_meeting(self.document.data)
        mid = current.id if current else self.selected_meeting()
        if mid is None:
            return None
        from samenwerk_desktop.gui.round_editor import AttendanceEditor  # when first asked for, not with the window

        dialog = AttendanceEditor(self.document, mid, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_round(self, decision_id: int | None = None):
        data = self.document.data
        current = run.current_meeting(data)
        if current is None:
            return None
        if decision_id is None:
            item = run.running_item(data, current.id)
            here = [d for d in data.decisions if d.meeting_id == current.id]
            under = [d for d in here if item and d.agenda_item_id == item.id]
            chosen = (under or here)
            decision_id = chosen[-1].id if chosen else None
        if decision_id is None:
            self.window.statusBar().showMessage(
                self.tr("Leg eerst een besluit vast (Ctrl+Alt+B); daarover gaat de ronde."), 8000)
            return None
        from samenwerk_desktop.gui.round_editor import RoundEditor

        dialog = RoundEditor(self.document, decision_id, self.window, meeting_id=current.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_round = dialog
        room = getattr(self.window, "room", None)
        if room is not None:  # the room's screen follows the round being held
            dialog.roundChanged.connect(room.follow_round)
            room.follow_round(dialog.round_id, switch=True)
        return dialog


def install_meeting_mode(window, document, *, clock: Clock | None = None) -> MeetingMode:
    """Give a window its meeting mode for an open document."""
    return MeetingMode(window, document, clock=clock)
