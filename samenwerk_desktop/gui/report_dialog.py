"""The "Rapport exporteren…" dialog (PDF in a worker thread or process, with progress and cancel) and CSV actions."""

from __future__ import annotations

import copy
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import audience, i18n
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.storage import check_output
from samenwerk_desktop.gui.elide import elide_names
from samenwerk_desktop.gui.file_actions import with_suffix_confirmed
from samenwerk_desktop.gui.report_process import ReportProcess, SpareWorker, wants_process
from samenwerk_desktop.reports import csv_io, worker
from samenwerk_desktop.reports.document import ReportCancelled
from samenwerk_desktop.reports.words import long_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def _trn(text: str, n: int) -> str:
    """A plural message: Qt picks the form for ``n`` (numerusform in the .ts files)."""
    return QCoreApplication.translate("ReportDialog", text, "", n)


# -- plain functions the tests replace (never mocks on Qt methods) ---------------------------


def ask_save_path(parent: QWidget | None, caption: str, name_filter: str, suffix: str,
                  start: str = "", *, confirm_overwrite: bool = True) -> str | None:
    """Ask where to save; None when the user cancels. Adds ``suffix`` when the name has none.

    ``confirm_overwrite=False``: the caller asks itself before it replaces a file (once, at export).
    """
    options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, name_filter, "", options)
    if not path:
        return None
    if not confirm_overwrite:
        return path if Path(path).suffix else path + suffix
    return with_suffix_confirmed(parent, path, suffix)


def ask_open_path(parent: QWidget | None, caption: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return path or None


def inform(parent: QWidget | None, text: str) -> None:
    """Show one sentence in a message box."""
    QMessageBox.warning(parent, "Samenwerk", text)


def ask_overwrite(parent: QWidget | None, path: str) -> bool:
    """Ask whether an existing file may be replaced by the report; False keeps it as it is."""
    box = QMessageBox(QMessageBox.Icon.Question, "Samenwerk",
                      _tr("Het bestand ‘%1’ bestaat al. Wilt u het vervangen door dit rapport?")
                      .replace("%1", Path(path).name), QMessageBox.StandardButton.NoButton, parent)
    replace = box.addButton(_tr("Vervangen"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Niet vervangen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is replace


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the program the system uses for it; False when that failed."""
    return QDesktopServices.openUrl(url)


def today() -> date:
    return date.today()


# -- report file names -----------------------------------------------------------------------------

#: the first words of a report's file name, per report and language
_NAME_START = {
    "collaboration": {"nl": "Samenwerkingsrapport", "en": "Collaboration report"},
    "meeting": {"nl": "Verslag", "en": "Meeting report"},
    "party": {"nl": "Partijrapport", "en": "Party report"},
}
#: characters Windows, macOS or Linux do not allow in a file name (and the path separators)
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
#: the longest title part of a proposed name (in characters) and the longest name (UTF-8 bytes)
TITLE_CHARS = 80
NAME_BYTES = 200


def safe_name_part(text: str, limit: int = TITLE_CHARS) -> str:
    """User text made fit for a file name on every system: no forbidden or invisible characters, capped.

    Forbidden characters (``< > : " / \\ | ? *``), control characters and invisible format
    characters (which could reverse the shown name) become spaces; runs of spaces become one;
    a name never ends in a dot or a space (Windows drops them). A long text is cut at a word.
    """
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    cleaned = " ".join(_NOT_IN_NAMES.sub(" ", cleaned).split())
    if len(cleaned) > limit:
        cut = cleaned[:limit]
        space = cut.rfind(" ")
        cleaned = cut[:space] if space >= limit // 2 else cut
    return cleaned.rstrip(". ")


def report_file_name(kind: str, title: str, day: date | str, lang: str) -> str:
    """The proposed file name of a report, e.g. "Verslag 2026-11-20 Stuurgroep.pdf"."""
    start = _NAME_START[kind]["en" if lang == "en" else "nl"]
    day_text = safe_name_part(day.isoformat() if isinstance(day, date) else str(day or ""), 10)
    head = " ".join(part for part in (start, day_text) if part)
    title = safe_name_part(title or "")
    while title and len(f"{head} {title}.pdf".encode()) > NAME_BYTES:
        title = safe_name_part(title[:-1])
    return f"{head} {title}.pdf" if title else f"{head}.pdf"


def free_name(path: Path) -> Path:
    """``path`` itself when no such file exists, else the first free "NAME (2).pdf", "NAME (3).pdf", ..."""
    if not path.exists():
        return path
    n = 2
    while path.with_name(f"{path.stem} ({n}){path.suffix}").exists():
        n += 1
    return path.with_name(f"{path.stem} ({n}){path.suffix}")


def run_report(data, options: dict, progress, cancelled) -> int:
    """Make the report the options ask for; the number of pages (runs in the worker thread)."""
    return worker.make_report(data, options, progress, cancelled)


# -- the worker ----------------------------------------------------------------------------------


class ReportWorker(QObject):
    """Makes one report in a worker thread; reports progress and the outcome by signals."""

    #: done, total
    progressed = Signal(int, int)
    #: the number of pages written
    succeeded = Signal(int)
    #: the sentence to show
    failed = Signal(str)
    #: the user cancelled; no file was written
    cancelled = Signal()
    #: emitted last, whatever the outcome
    done = Signal()

    def __init__(self, data, options: dict):
        super().__init__()
        self._data = data
        self._options = options
        self._cancel = False

    def cancel(self) -> None:
        """Ask the export to stop at the next flowable (thread-safe: a plain flag)."""
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            pages = run_report(self._data, self._options, self.progressed.emit, lambda: self._cancel)
        except ReportCancelled:
            self.cancelled.emit()
        except SamenwerkError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # never let a traceback reach the user
            self.failed.emit(_tr("Het rapport kon niet worden gemaakt: %1").replace("%1", str(exc)))
        else:
            self.succeeded.emit(pages)
        self.done.emit()


# -- the dialog ----------------------------------------------------------------------------------


class ReportDialog(QDialog):
    """Choose the report, its language, private notes and the file; export with progress and cancel."""

    #: the export finished; carries the path and the number of pages
    exported = Signal(str, int)
    #: the export failed; carries the sentence shown
    exportFailed = Signal(str)
    #: the export was cancelled
    exportCancelled = Signal()

    def __init__(self, document, parent: QWidget | None = None, *, meeting_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(_tr("Rapport exporteren"))
        self.document = document
        self._thread: QThread | None = None
        self._worker: ReportWorker | None = None
        SpareWorker(self, document)  # while shown: a large report's worker process waits, ready by the click

        data = document.data
        self.collab_radio = QRadioButton(_tr("Samenwerkingsrapport (alles)"))
        self.meeting_radio = QRadioButton(_tr("Afspraken- en besluitenlijst van een overleg"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.collab_radio)
        self.kind_group.addButton(self.meeting_radio)
        self.collab_radio.setChecked(True)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("meetingCombo")
        lang = i18n.language()
        for m in reversed(data.meetings):
            self.meeting_combo.addItem(f"{long_date(m.date, lang)} — {m.title}", m.id)
        if not data.meetings:
            self.meeting_radio.setEnabled(False)
            self.meeting_combo.addItem(_tr("(nog geen overleggen)"), None)
        if meeting_id is not None and self.meeting_combo.findData(meeting_id) >= 0:
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(meeting_id))
            self.meeting_radio.setChecked(True)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("languageCombo")
        self.lang_combo.addItem("Nederlands", "nl")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(1 if lang == "en" else 0)
        self.private_check = QCheckBox(_tr("Notities van de procesbegeleider opnemen (vertrouwelijk)"))
        self.private_check.setObjectName("privateCheck")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        for widget, name in ((self.meeting_combo, _tr("Overleg van de besluitenlijst")), (self.lang_combo, _tr("Taal")),
                             (self.path_edit, _tr("Bestand"))):  # what a screen reader says (no label of their own)
            widget.setAccessibleName(name)
        self.meeting_combo.setToolTip(_tr("Het overleg waarvan de besluitenlijst wordt gemaakt"))
        self._proposed = ""  # the name the dialog proposed; a name the user chose is left as it is
        self.browse_button = QPushButton(_tr("Bladeren…"))
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.open_file_button = QPushButton(_tr("Rapport openen"))
        self.open_file_button.setObjectName("openFileButton")
        self.open_folder_button = QPushButton(_tr("Map openen"))
        self.open_folder_button.setObjectName("openFolderButton")
        self.export_button = QPushButton(_tr("Exporteren"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(_tr("Annuleren"))
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = QPushButton(_tr("Sluiten"))
        self.close_button.setObjectName("closeButton")

        form = QFormLayout()
        kinds = QVBoxLayout()
        kinds.addWidget(self.collab_radio)
        kinds.addWidget(self.meeting_radio)
        kinds.addWidget(self.meeting_combo)
        form.addRow(_tr("Rapport"), kinds)
        form.addRow(_tr("Taal"), self.lang_combo)
        form.addRow("", self.private_check)
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(self.browse_button)
        form.addRow(_tr("Bestand"), target)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        done_row = QHBoxLayout()
        done_row.addWidget(self.open_file_button)
        done_row.addWidget(self.open_folder_button)
        done_row.addStretch(1)
        layout.addLayout(done_row)
        layout.addLayout(buttons)
        self._show_open_buttons(False)
        elide_names(self, 30)  # a long meeting title stays inside the dialog

        self.kind_group.buttonToggled.connect(self._update_state)
        self.kind_group.buttonToggled.connect(self._propose)
        self.meeting_combo.currentIndexChanged.connect(self._propose)
        self.lang_combo.currentIndexChanged.connect(self._propose)
        self.open_file_button.clicked.connect(self.open_report)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)
        self._update_state()
        self._propose()

    # -- state ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def proposed_path(self) -> Path:
        """The file the chosen report would get: named after the report (and meeting), beside the project."""
        folder = Path(self.document.project.path).parent
        lang = self.lang_combo.currentData()
        meeting = self.document.data.get("meeting", self.meeting_combo.currentData())
        if self.meeting_radio.isChecked() and meeting is not None:
            return folder / report_file_name("meeting", meeting.title, meeting.date, lang)
        return folder / report_file_name("collaboration", self.document.data.collaboration.title, today(), lang)

    def _propose(self, *args) -> None:
        """Follow the chosen report with the proposed name, unless the user chose a name."""
        if self.path_edit.text() == self._proposed:
            self._proposed = str(self.proposed_path())
            self.path_edit.setText(self._proposed)

    def _target(self, text: str) -> Path:
        """The file a typed name means: beside the project when no folder is given, ".pdf" when no suffix."""
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = Path(self.document.project.path).parent / path
        return path if path.suffix else path.with_name(path.name + ".pdf")

    def _update_state(self, *args) -> None:
        busy = self.busy
        self.meeting_combo.setEnabled(self.meeting_radio.isChecked() and not busy)
        for w in (self.collab_radio, self.lang_combo, self.private_check, self.path_edit, self.browse_button,
                  self.export_button, self.close_button):
            w.setEnabled(not busy)
        self.meeting_radio.setEnabled(not busy and bool(self.document.data.meetings))
        self.cancel_button.setEnabled(busy)

    def options(self) -> dict:
        """What the dialog asks for, as plain values."""
        return {
            "kind": "meeting" if self.meeting_radio.isChecked() else "collaboration",
            "meeting_id": self.meeting_combo.currentData(),
            "lang": self.lang_combo.currentData(),
            "include_private": self.private_check.isChecked(),
            "path": self.path_edit.text().strip(),
            "force": False,
            "open_project": str(self.document.project.path),
        }

    def _keep_existing(self, target: Path) -> None:
        """The user keeps the existing file: nothing is written, and a free name is proposed instead."""
        free = free_name(target)
        follow = self.path_edit.text() == self._proposed
        self.path_edit.setText(str(free))
        if follow:
            self._proposed = str(free)
        self.status.setText(_tr("‘%1’ is niet vervangen. Kies Exporteren om het rapport als ‘%2’ op te slaan, "
                                "of kies een andere naam.").replace("%1", target.name).replace("%2", free.name))

    @Slot()
    def _browse(self) -> None:
        path = ask_save_path(self, _tr("Rapport opslaan als"), _tr("PDF-bestanden (*.pdf)"), ".pdf",
                             self.path_edit.text(), confirm_overwrite=False)  # asked once, at export
        if path:
            self.path_edit.setText(path)

    # -- export ------------------------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        """Start the export in a worker thread; the window stays responsive."""
        if self.busy:
            return
        options = self.options()
        if not options["path"]:
            self._fail(_tr("Kies eerst een bestand om het rapport in op te slaan."))
            return
        if options["kind"] == "meeting" and options["meeting_id"] is None:
            self._fail(_tr("Kies eerst een overleg."))
            return
        target = self._target(options["path"])
        try:  # what is refused even when the user would say "replace" is said before asking that
            check_output(target, kind="pdf", force=True, open_project=self.document.project.path)
        except SamenwerkError as exc:
            self._fail(str(exc))
            return
        if target.exists() and not target.is_dir():
            if not ask_overwrite(self, str(target)):
                self._keep_existing(target)
                return
            options["force"] = True  # the user said so
        options["path"] = str(target)
        if self.path_edit.text() == self._proposed:
            self._proposed = str(target)
        self.path_edit.setText(str(target))
        self._show_open_buttons(False)
        self.document.flush_edits()  # what is being typed in the window belongs in the report
        if wants_process(self.document.data):  # a large report: the window's loop must not share the GIL
            self._thread = self._worker = ReportProcess(self.document.data, options, self)  # pickled: a snapshot
        else:
            self._thread = QThread(self)
            self._worker = ReportWorker(copy.deepcopy(self.document.data), options)  # may go on editing meanwhile
            self._worker.moveToThread(self._thread)
            self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self._worker.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._thread.quit)
        self._thread.finished.connect(self._on_thread_finished)
        self.progress.setValue(0)
        self.status.setText(_tr("Bezig met exporteren…"))
        self._path = options["path"]
        self._thread.start()
        self._update_state()

    @Slot()
    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(_tr("Bezig met afbreken…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(100 * done / total) if total else 0)

    @Slot(int)
    def _on_succeeded(self, pages: int) -> None:
        self.progress.setValue(100)
        self.status.setText(_trn("Rapport opgeslagen: %1 (%n pagina('s)).", pages).replace("%1", self._path))
        self._show_open_buttons(True)
        self.open_file_button.setFocus()
        self.exported.emit(self._path, pages)

    def _show_open_buttons(self, on: bool) -> None:
        self.open_file_button.setVisible(on)
        self.open_folder_button.setVisible(on)

    @Slot()
    def open_report(self) -> None:
        """Open the exported report with the system's PDF viewer."""
        if not open_url(QUrl.fromLocalFile(self._path)):
            self.status.setText(_tr("Het rapport kon niet worden geopend; het staat in de map ‘%1’.")
                                .replace("%1", str(Path(self._path).parent)))

    @Slot()
    def open_folder(self) -> None:
        """Open the folder that holds the exported report."""
        folder = str(Path(self._path).parent)
        if not open_url(QUrl.fromLocalFile(folder)):
            self.status.setText(_tr("De map ‘%1’ kon niet worden geopend.").replace("%1", folder))

    @Slot(str)
    def _fail(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(message)
        self.exportFailed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress.setValue(0)
        self.status.setText(_tr("Het exporteren is afgebroken; er is geen bestand geschreven."))
        self.exportCancelled.emit()

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._update_state()

    def wait_for_export(self) -> None:
        """Cancel a running export and wait for its thread (when the dialog or window closes)."""
        if self._thread is not None:
            self.cancel_export()
            self._thread.quit()
            self._thread.wait()
            self._on_thread_finished()

    def done(self, result: int) -> None:
        """Override QDialog.done: never close under a running export's feet."""
        self.wait_for_export()
        super().done(result)

    @classmethod
    def ask(cls, document, parent: QWidget | None = None) -> None:
        """Show the dialog modally (tests replace this classmethod)."""
        dialog = cls(document, parent)
        dialog.exec()
        dialog.deleteLater()


# -- menu actions ----------------------------------------------------------------------------------

def csv_actions() -> tuple[tuple[str, str], ...]:
    """The CSV exports with their menu texts (literal ``_tr`` calls, so the translation tool finds them)."""
    return (
        ("raci", _tr("RACI-matrix als CSV…")),
        ("agreements", _tr("Werkafspraken als CSV…")),
        ("decisions", _tr("Besluiten als CSV…")),
        ("parties", _tr("Partijen als CSV…")),
    )


def export_csv_interactive(parent: QWidget | None, document, what: str) -> str | None:
    """Ask for a file and write one CSV export; the path, or None when cancelled or refused."""
    start = Path(document.project.path).with_name(f"{Path(document.project.path).stem}-{what}.csv")
    path = ask_save_path(parent, _tr("CSV opslaan als"), _tr("CSV-bestanden (*.csv)"), ".csv", str(start))
    if not path:
        return None
    try:
        csv_io.export_csv(audience.output_data(document.data, False), what, path, lang=i18n.language(),
                          force=os.path.lexists(path),  # the user confirmed replacing an existing file
                          open_project=document.project.path)
    except SamenwerkError as exc:
        inform(parent, str(exc))
        return None
    _status(parent, _tr("Geëxporteerd naar %1").replace("%1", path))
    return path


def import_parties_interactive(parent: QWidget | None, document) -> int:
    """Ask for a CSV file and add its parties as one undo step; the number added (0 when refused)."""
    path = ask_open_path(parent, _tr("Partijen importeren"), _tr("CSV-bestanden (*.csv);;Alle bestanden (*)"))
    if not path:
        return 0
    try:
        parties = csv_io.import_parties_csv(path, lang=i18n.language())
    except SamenwerkError as exc:
        problems = getattr(exc, "problems", [])
        lines = [str(exc)] + [str(p) for p in problems[:15]]
        if len(problems) > 15:
            lines.append("…")
        inform(parent, "\n".join(lines))
        return 0
    if not parties:
        inform(parent, _tr("Het bestand bevat geen partijen."))
        return 0
    change = document.apply(_tr("Partijen importeren"), lambda project: csv_io.add_parties(project, parties))
    if change is None:
        return 0
    _status(parent, _trn("%n partij(en) toegevoegd.", len(parties)))
    return len(parties)


def _status(parent, text: str) -> None:
    bar = getattr(parent, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


def add_export_actions(window: QWidget, menu: QMenu, document) -> list[QAction]:
    """Add "Rapport exporteren…", the CSV exports and the parties import to ``menu``; the actions added."""
    actions: list[QAction] = []
    report = QAction(_tr("Rapport exporteren…"), menu)
    report.setObjectName("actionExportReport")
    report.setShortcut("Ctrl+P")
    report.triggered.connect(lambda: ReportDialog.ask(document, window))
    menu.addAction(report)
    actions.append(report)
    csv_menu = menu.addMenu(_tr("CSV voor spreadsheets"))
    csv_menu.setObjectName("menuCsv")
    for what, text in csv_actions():
        action = QAction(text, csv_menu)
        action.setObjectName(f"actionCsv_{what}")
        action.triggered.connect(lambda checked=False, what=what: export_csv_interactive(window, document, what))
        csv_menu.addAction(action)
        actions.append(action)
    csv_menu.addSeparator()
    importer = QAction(_tr("Partijen importeren uit CSV…"), csv_menu)
    importer.setObjectName("actionImportParties")
    importer.setEnabled(not document.project.read_only)
    importer.triggered.connect(lambda: import_parties_interactive(window, document))
    csv_menu.addAction(importer)
    actions.append(importer)
    return actions
