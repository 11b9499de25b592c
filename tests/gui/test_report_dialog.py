"""The report dialog: export in a worker thread with progress, cancel and clear errors; the CSV menu actions."""

from __future__ import annotations

import time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QMenu, QWidget

from samenwerk_desktop.core.model import Meeting, Party
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import report_dialog
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.report_dialog import ReportDialog
from samenwerk_desktop.reports.document import ReportCancelled

SECRET = "GEHEIM-NOTITIE-123"


@pytest.fixture
def document(tmp_path):
    project = Project.create(tmp_path / "dialoog.samenwerk")
    a = project.add(Party(name="Gemeente Rivierstad", private_note=SECRET)).ids[0]
    project.add(Party(name="Waterschap <Aa> & Maas"))
    project.add(Meeting(date="2026-02-01", title="Eerste overleg", attendee_ids=[a]))
    project.add(Meeting(date="2026-03-01", title="Tweede overleg"))
    doc = Document(project)
    yield doc
    doc.close()


@pytest.fixture
def dialog(qtbot, document):
    d = ReportDialog(document)
    qtbot.addWidget(d)
    yield d
    d.wait_for_export()


def text_of(path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_defaults(dialog, document):
    opts = dialog.options()
    assert opts["kind"] == "collaboration" and opts["lang"] == "nl" and opts["include_private"] is False
    assert Path(opts["path"]).parent == document.project.path.parent
    assert Path(opts["path"]).name.startswith("Samenwerkingsrapport ")  # tests/gui/test_report_files.py
    assert not dialog.meeting_combo.isEnabled()
    assert dialog.meeting_combo.count() == 2 and dialog.meeting_combo.currentText().endswith("Tweede overleg")
    assert not dialog.cancel_button.isEnabled()
    dialog.meeting_radio.setChecked(True)
    assert dialog.meeting_combo.isEnabled() and dialog.options()["kind"] == "meeting"


def test_export_runs_in_a_thread_and_writes_the_pdf(qtbot, dialog, tmp_path):
    target = tmp_path / "uit.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
        assert dialog.busy and dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    assert blocker.args[0] == str(target) and blocker.args[1] >= 3
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.progress.value() == 100 and dialog.export_button.isEnabled()
    text = text_of(target)
    assert "Gemeente Rivierstad" in text and "Waterschap <Aa> & Maas" in text and SECRET not in text


def test_meeting_report_in_english_with_private_notes(qtbot, dialog, tmp_path, document):
    target = tmp_path / "meeting.pdf"
    dialog.meeting_radio.setChecked(True)
    dialog.meeting_combo.setCurrentIndex(1)  # the first meeting
    dialog.lang_combo.setCurrentIndex(1)
    dialog.private_check.setChecked(True)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.start_export()
    text = text_of(target)
    assert "Eerste overleg" in text and "AGREEMENTS AND DECISIONS LIST" in text


def test_cancel_leaves_no_file(qtbot, dialog, tmp_path, monkeypatch):
    def slow_report(data, options, progress, cancelled):
        for i in range(2000):  # a long export that polls cancelled() like the real one
            progress(i, 2000)
            if cancelled():
                raise ReportCancelled()
            time.sleep(0.005)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(report_dialog, "run_report", slow_report)
    dialog.path_edit.setText(str(tmp_path / "weg.pdf"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.exportCancelled, timeout=10_000):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert not (tmp_path / "weg.pdf").exists()
    assert "afgebroken" in dialog.status.text()


def test_unwritable_target_shows_one_sentence(qtbot, dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "bestaat-niet" / "uit.pdf"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=30_000) as blocker:
        dialog.start_export()
    assert "bestaat niet" in blocker.args[0] and "Traceback" not in blocker.args[0]
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.status.text() == blocker.args[0] and dialog.export_button.isEnabled()


def test_empty_path_is_refused_without_a_thread(qtbot, dialog):
    dialog.path_edit.setText("  ")
    with qtbot.waitSignal(dialog.exportFailed, timeout=1000):
        dialog.start_export()
    assert not dialog.busy


def test_closing_during_an_export_waits_for_the_thread(qtbot, dialog, tmp_path, monkeypatch):
    def slow_report(data, options, progress, cancelled):
        while not cancelled():
            time.sleep(0.005)
        raise ReportCancelled()

    monkeypatch.setattr(report_dialog, "run_report", slow_report)
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog.start_export()
    assert dialog.busy
    dialog.reject()
    assert not dialog.busy


def test_menu_actions_export_csv_and_import_parties(qtbot, document, tmp_path, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    actions = report_dialog.add_export_actions(window, menu, document)
    names = [a.objectName() for a in actions]
    assert names[0] == "actionExportReport" and "actionCsv_raci" in names and "actionImportParties" in names

    target = tmp_path / "partijen.csv"
    monkeypatch.setattr(report_dialog, "ask_save_path", lambda *a, **k: str(target))
    next(a for a in actions if a.objectName() == "actionCsv_parties").trigger()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Gemeente Rivierstad" in target.read_text("utf-8-sig")

    source = tmp_path / "nieuw.csv"
    source.write_text("Naam;Soort\r\nNieuwe partij;Bedrijf\r\nTweede;Gemeente\r\n", encoding="utf-8-sig")
    monkeypatch.setattr(report_dialog, "ask_open_path", lambda *a, **k: str(source))
    before = len(document.data.parties)
    next(a for a in actions if a.objectName() == "actionImportParties").trigger()
    assert len(document.data.parties) == before + 2
    document.undo_stack.undo()
    assert len(document.data.parties) == before


def test_bad_import_shows_the_lines_and_adds_nothing(qtbot, document, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(report_dialog, "inform", lambda parent, text: shown.append(text))
    source = tmp_path / "fout.csv"
    source.write_text("Naam;Invloed\r\nGoed;5\r\nFout;twaalf\r\n", encoding="utf-8-sig")
    monkeypatch.setattr(report_dialog, "ask_open_path", lambda *a, **k: str(source))
    before = len(document.data.parties)
    assert report_dialog.import_parties_interactive(None, document) == 0
    assert len(document.data.parties) == before
    assert "regel 3" in shown[0]


@pytest.mark.parametrize("raw, first_line", [
    (b"\xef\xbb\xbfNaam\r\nA\xe9\xff", "‘vreemd.csv’ begint als UTF-8 maar regel 2 is geen UTF-8; sla het in Excel of "
                                      "LibreOffice op als ‘CSV UTF-8’ en probeer het opnieuw."),
    (b"Naam\r\nA\x00B\r\n", "‘vreemd.csv’ is geen CSV-tekstbestand (nul-byte op regel 2); sla het in Excel of "
                             "LibreOffice op als ‘CSV UTF-8’ en probeer het opnieuw."),
    (b"Naam;Soort\r\n", "‘vreemd.csv’ is niet geïmporteerd en er is niets toegevoegd: 1 probleem, hieronder genoemd met "
                        "de regel; verbeter het en probeer het opnieuw."),
])
def test_a_hostile_csv_in_the_window_is_a_sentence_and_adds_nothing(qtbot, document, tmp_path, monkeypatch, raw,
                                                                    first_line):
    shown = []
    monkeypatch.setattr(report_dialog, "inform", lambda parent, text: shown.append(text))
    (tmp_path / "vreemd.csv").write_bytes(raw)
    monkeypatch.setattr(report_dialog, "ask_open_path", lambda *a, **k: str(tmp_path / "vreemd.csv"))
    before = len(document.data.parties)
    assert report_dialog.import_parties_interactive(None, document) == 0
    assert len(document.data.parties) == before
    assert shown[0].splitlines()[0] == first_line and shown[0].splitlines()[1].startswith("regel ")


def test_report_action_opens_the_dialog(qtbot, document, monkeypatch):
    opened = []
    monkeypatch.setattr(ReportDialog, "ask", classmethod(lambda cls, doc, parent=None: opened.append(doc)))
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    actions = report_dialog.add_export_actions(window, menu, document)
    actions[0].trigger()
    assert opened == [document]
