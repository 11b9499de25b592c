"""Report files you can find: a name after the report and the meeting, no silent overwrite, open it afterwards."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from samenwerk_desktop.core.model import Collaboration, Meeting, Party
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import report_dialog
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.report_dialog import ReportDialog, report_file_name

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(("kind", "title", "day", "lang", "expected"), [
    ("collaboration", "Warmtenet Rivierenbuurt", DAY, "nl", "Samenwerkingsrapport 2026-12-01 Warmtenet Rivierenbuurt.pdf"),
    ("meeting", "Stuurgroep", "2026-11-20", "nl", "Verslag 2026-11-20 Stuurgroep.pdf"),
    ("meeting", "Stuurgroep", "2026-11-20", "en", "Meeting report 2026-11-20 Stuurgroep.pdf"),
    ("collaboration", "Warmtenet", DAY, "en", "Collaboration report 2026-12-01 Warmtenet.pdf"),
    ("meeting", 'Plan A/B: wie? * "nu" <of> later | \\ klaar 🌱', "2026-11-20", "nl",
     "Verslag 2026-11-20 Plan A B wie nu of later klaar 🌱.pdf"),
    ("meeting", "Stuurgroep\u202egnirts.exe\n\tnacht...", "2026-11-20", "nl",
     "Verslag 2026-11-20 Stuurgroep gnirts.exe nacht.pdf"),
    ("collaboration", "", DAY, "nl", "Samenwerkingsrapport 2026-12-01.pdf"),
    ("collaboration", "???", DAY, "nl", "Samenwerkingsrapport 2026-12-01.pdf"),
])
def test_the_proposed_file_name(kind, title, day, lang, expected):
    assert report_file_name(kind, title, day, lang) == expected


@pytest.mark.parametrize("title", ["Overleg over de warmtetransitie " * 20, "🌱" * 300, "x" * 1000])
def test_a_long_title_is_cut_to_a_name_every_system_accepts(title):
    name = report_file_name("meeting", title, "2026-11-20", "nl")
    assert name.startswith("Verslag 2026-11-20 ") and name.endswith(".pdf")
    assert len(name.encode()) <= 200 and not name[:-4].endswith((" ", "."))


@pytest.fixture
def document(tmp_path):
    project = Project.create(tmp_path / "warmte.samenwerk", Collaboration(title="Warmtenet Rivierenbuurt"))
    project.add(Party(name="Gemeente Rivierstad"))
    project.add(Meeting(date="2026-11-20", title="Stuurgroep"))
    doc = Document(project)
    yield doc
    doc.close()


def quick_report(data, options, progress, cancelled) -> int:
    """Stands in for ReportLab (tests/gui/test_report_dialog.py makes real PDFs): one page, the options in it."""
    Path(options["path"]).write_bytes(f"%PDF-1.4 {options['kind']} {options['include_private']}".encode())
    return 1


@pytest.fixture
def dialog(qtbot, document, monkeypatch):
    monkeypatch.setattr(report_dialog, "today", lambda: DAY)
    monkeypatch.setattr(report_dialog, "run_report", quick_report)
    d = ReportDialog(document)
    qtbot.addWidget(d)
    yield d
    d.wait_for_export()


@pytest.fixture
def asked(monkeypatch):
    """The files the dialog asked to replace, and the answer it gets (no, unless a test says yes)."""
    questions: list[str] = []
    answer = {"replace": False}

    def ask(parent, path):
        questions.append(Path(path).name)
        return answer["replace"]

    monkeypatch.setattr(report_dialog, "ask_overwrite", ask)
    return questions, answer


def export(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    return blocker.args[0]


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_the_dialog_proposes_a_name_beside_the_project_that_follows_the_report(dialog, tmp_path):
    assert dialog.path_edit.text() == str(tmp_path / "Samenwerkingsrapport 2026-12-01 Warmtenet Rivierenbuurt.pdf")
    dialog.meeting_radio.setChecked(True)
    assert dialog.path_edit.text() == str(tmp_path / "Verslag 2026-11-20 Stuurgroep.pdf")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    assert dialog.path_edit.text() == str(tmp_path / "Meeting report 2026-11-20 Stuurgroep.pdf")


def test_a_name_the_user_typed_stays_when_the_report_changes(dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "mijn verslag.pdf"))
    dialog.meeting_radio.setChecked(True)
    assert dialog.path_edit.text() == str(tmp_path / "mijn verslag.pdf")


def test_english_names_under_lang_en(qtbot, document, monkeypatch, tmp_path):
    from samenwerk_desktop.core import i18n

    monkeypatch.setattr(report_dialog, "today", lambda: DAY)
    monkeypatch.setattr(i18n, "language", lambda: "en")
    d = ReportDialog(document, meeting_id=document.data.meetings[0].id)
    qtbot.addWidget(d)
    assert d.path_edit.text() == str(tmp_path / "Meeting report 2026-11-20 Stuurgroep.pdf")


def test_a_second_export_asks_and_keeps_the_first_file_when_the_user_says_no(qtbot, dialog, asked, tmp_path):
    questions, _ = asked
    first = export(qtbot, dialog)
    kept = sha256(first)
    dialog.private_check.setChecked(True)
    dialog.export_button.click()
    assert questions == ["Samenwerkingsrapport 2026-12-01 Warmtenet Rivierenbuurt.pdf"]
    assert not dialog.busy and sha256(first) == kept
    assert dialog.status.text() == ("‘Samenwerkingsrapport 2026-12-01 Warmtenet Rivierenbuurt.pdf’ is niet vervangen. "
                                    "Kies Exporteren om het rapport als ‘Samenwerkingsrapport 2026-12-01 Warmtenet "
                                    "Rivierenbuurt (2).pdf’ op te slaan, of kies een andere naam.")
    second = export(qtbot, dialog)
    assert Path(second).name == "Samenwerkingsrapport 2026-12-01 Warmtenet Rivierenbuurt (2).pdf"
    assert sha256(first) == kept and Path(second).is_file()


def test_a_typed_name_that_exists_is_asked_about_too(qtbot, dialog, asked, tmp_path):
    questions, answer = asked
    mine = tmp_path / "mijn verslag.pdf"
    mine.write_bytes(b"%PDF-1.4 mijn eigen verslag")
    dialog.path_edit.setText("mijn verslag")  # no folder, no suffix: beside the project, as a PDF
    answer["replace"] = True
    assert export(qtbot, dialog) == str(mine)
    assert questions == ["mijn verslag.pdf"] and mine.read_bytes() == b"%PDF-1.4 collaboration False"


def test_a_new_name_is_not_asked_about(qtbot, dialog, asked):
    questions, _ = asked
    export(qtbot, dialog)
    assert questions == []


@pytest.mark.parametrize(("button", "expected"), [
    ("open_file_button", "Samenwerkingsrapport 2026-12-01 Warmtenet Rivierenbuurt.pdf"),
    ("open_folder_button", ""),
])
def test_after_the_export_the_file_or_its_folder_opens(qtbot, dialog, asked, monkeypatch, tmp_path, button, expected):
    opened: list[QUrl] = []
    monkeypatch.setattr(report_dialog, "open_url", lambda url: opened.append(url) or True)
    assert not dialog.open_file_button.isVisibleTo(dialog)
    export(qtbot, dialog)
    assert dialog.open_file_button.isVisibleTo(dialog) and dialog.open_folder_button.isVisibleTo(dialog)
    getattr(dialog, button).click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / expected) if expected else str(tmp_path))]


def test_a_report_that_cannot_be_opened_says_where_it_is(qtbot, dialog, asked, monkeypatch, tmp_path):
    monkeypatch.setattr(report_dialog, "open_url", lambda url: False)
    export(qtbot, dialog)
    dialog.open_file_button.click()
    assert dialog.status.text() == f"Het rapport kon niet worden geopend; het staat in de map ‘{tmp_path}’."


def linked_to_the_open_project(document, tmp_path) -> Path:
    target = tmp_path / "verslag.pdf"
    os.link(document.project.path, target)
    return target


def a_project_open_nowhere(document, tmp_path) -> Path:
    target = tmp_path / "oud project.pdf"
    shutil.copyfile(document.project.path, target)
    return target


def a_project_open_elsewhere(document, tmp_path) -> Path:
    other = tmp_path / "ander.samenwerk"
    shutil.copyfile(document.project.path, other)
    document.test_other = Project.open(other)  # closed by the test
    target = tmp_path / "ander.pdf"
    os.link(other, target)
    return target


@pytest.mark.parametrize(("make", "sentence"), [
    (linked_to_the_open_project, "‘verslag.pdf’ is het geopende project zelf; kies een andere naam."),
    (a_project_open_nowhere, "‘oud project.pdf’ is een Samenwerk-project; daar wordt nooit een rapport (PDF) "
                             "overheen geschreven. Kies een andere naam."),
    (a_project_open_elsewhere, "‘ander.pdf’ is geopend in een ander Samenwerk-venster; sluit het daar of kies een "
                               "andere naam."),
    (lambda document, tmp_path: tmp_path / "rapport.samenwerk",
     "‘rapport.samenwerk’ heeft de extensie van een projectbestand, maar hier wordt een rapport (PDF) geschreven; "
     "kies een naam die eindigt op .pdf."),
])
def test_a_report_is_never_written_over_a_project_and_is_refused_before_asking(
        qtbot, dialog, asked, document, tmp_path, make, sentence):
    questions, answer = asked
    answer["replace"] = True
    target = make(document, tmp_path)
    before = sha256(target) if target.exists() else None
    project_before = sha256(document.project.path)
    dialog.path_edit.setText(str(target))
    try:
        dialog.export_button.click()
        assert dialog.status.text() == sentence
        assert questions == [] and not dialog.busy
        assert (sha256(target) if target.exists() else None) == before
        assert sha256(document.project.path) == project_before
    finally:
        other = getattr(document, "test_other", None)
        if other is not None:
            other.close()
