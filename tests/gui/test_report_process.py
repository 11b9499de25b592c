"""A large collaboration's report in a worker process: the same file, progress, cancel and sentences as in a thread."""

from __future__ import annotations

import pypdf
import pytest

from samenwerk_desktop.core.model import Party
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import report_process
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.report_dialog import ReportDialog
from samenwerk_desktop.gui.report_process import ReportProcess

SECRET = "GEHEIM-NOTITIE-456"


@pytest.fixture
def document(tmp_path):
    project = Project.create(tmp_path / "groot.samenwerk")
    project.add(Party(name="Gemeente Rivierstad", private_note=SECRET))
    project.add(Party(name="Waterschap <Aa> & Maas"))
    doc = Document(project)
    yield doc
    doc.close()


@pytest.fixture
def dialog(qtbot, document, monkeypatch):
    """The report dialog on a collaboration counted as large: every export goes to a worker process."""
    monkeypatch.setattr(report_process, "PROCESS_AFTER", 0)
    d = ReportDialog(document)
    qtbot.addWidget(d)
    yield d
    d.wait_for_export()


def text_of(path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_a_large_collaboration_is_exported_in_a_process(dialog, document):
    assert report_process.wants_process(document.data)


def test_the_process_writes_the_pdf_without_private_notes(qtbot, dialog, tmp_path):
    target = tmp_path / "uit.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.export_button.click()
        assert isinstance(dialog._worker, ReportProcess) and dialog.cancel_button.isEnabled()
    assert blocker.args[0] == str(target) and blocker.args[1] >= 3
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.progress.value() == 100
    text = text_of(target)
    assert "Gemeente Rivierstad" in text and "Waterschap <Aa> & Maas" in text and SECRET not in text


def test_private_notes_reach_the_process_report_when_asked(qtbot, dialog, tmp_path):
    target = tmp_path / "met-notities.pdf"
    dialog.private_check.setChecked(True)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start_export()
    assert SECRET in text_of(target)


def test_cancelling_the_process_writes_no_file(qtbot, dialog, tmp_path):
    target = tmp_path / "weg.pdf"
    dialog.path_edit.setText(str(target))
    dialog.start_export()
    with qtbot.waitSignal(dialog.exportCancelled, timeout=60_000):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert not target.exists() and list(tmp_path.glob("*.pdf*")) == []
    assert dialog.status.text() == "Het exporteren is afgebroken; er is geen bestand geschreven."


def test_closing_the_dialog_waits_for_the_process(qtbot, dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog.start_export()
    assert dialog.busy
    dialog.reject()
    assert not dialog.busy and list(tmp_path.glob("*.pdf*")) == []


def test_the_project_file_is_refused_as_target_before_any_process(qtbot, dialog, document):
    before = document.project.path.read_bytes()
    dialog.path_edit.setText(str(document.project.path))
    with qtbot.waitSignal(dialog.exportFailed, timeout=10_000) as blocker:
        dialog.start_export()
    assert blocker.args[0].endswith(".") and "Traceback" not in blocker.args[0]
    assert not dialog.busy and document.project.path.read_bytes() == before


def test_a_worker_that_fails_gives_one_sentence(qtbot, document, tmp_path):
    process = ReportProcess(document.data, dict(kind="meeting", meeting_id=999, lang="nl", include_private=False,
                                                force=False, open_project=None, path=str(tmp_path / "m.pdf")))
    with qtbot.waitSignal(process.failed, timeout=60_000) as blocker:
        process.start()
    assert blocker.args[0].endswith(".") and "Traceback" not in blocker.args[0]
    assert not (tmp_path / "m.pdf").exists()


def test_a_dialog_not_shown_starts_no_waiting_worker_process(dialog):
    assert report_process._spare is None


def test_the_export_uses_the_worker_process_started_when_the_dialog_was_shown(qtbot, dialog, tmp_path):
    dialog.show()
    waiting = report_process._spare.process
    assert waiting.is_alive()
    target = tmp_path / "klaar.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start_export()
        assert dialog._worker._process is waiting and report_process._spare is None
    assert "Gemeente Rivierstad" in text_of(target) and SECRET not in text_of(target)


def test_closing_the_dialog_without_an_export_lets_its_waiting_worker_go(dialog):
    dialog.show()
    waiting = report_process._spare.process
    dialog.reject()
    waiting.join(30)
    assert waiting.exitcode == 0 and report_process._spare is None  # it ended by itself, not killed


def test_a_waiting_worker_that_has_gone_is_replaced_by_a_fresh_process(qtbot, dialog, tmp_path):
    dialog.show()
    waiting = report_process._spare.process
    waiting.kill()
    waiting.join(30)
    target = tmp_path / "toch.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start_export()
        assert dialog._worker._process is not waiting
    assert "Gemeente Rivierstad" in text_of(target)
