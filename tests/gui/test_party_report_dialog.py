"""Bestand › Rapport voor een partij…: the party chosen, the file through the output rule, the PDF read back."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from samenwerk_desktop.core.model import Collaboration, Dispute, GiveTake, Party
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import report_dialog, report_process
from samenwerk_desktop.gui.document import Document
from samenwerk_desktop.gui.party_report_dialog import PartyReportDialog
from samenwerk_desktop.gui.report_process import ReportProcess

DAY = date(2026, 12, 1)


@pytest.fixture
def document(tmp_path):
    """Three parties, a dispute of each visibility between the first two, a need aimed at the second."""
    project = Project.create(tmp_path / "warmte.samenwerk", Collaboration(title="Warmtenet Rivierenbuurt"))
    a = project.add(Party(name="Woningcorporatie Thuis")).ids[0]
    b = project.add(Party(name="Stroomnet Zuid")).ids[0]
    project.add(Party(name="Bewoners", private_note="GEHEIM-NOTITIE"))
    for subject, visibility in (("GEHEIM-GESCHIL", "facilitator"), ("Geschil-Betrokken", "involved"),
                                ("Geschil-Iedereen", "all")):
        project.add(Dispute(subject=subject, party_ids=[a, b], visibility=visibility))
    project.add(GiveTake(party_id=a, kind="need", text="Netcapaciteit voor 400 woningen", other_party_id=b))
    doc = Document(project)
    yield doc
    doc.close()


@pytest.fixture
def dialog(qtbot, document, monkeypatch):
    monkeypatch.setattr(report_dialog, "today", lambda: DAY)
    d = PartyReportDialog(document, party_id=2)
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


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def export(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    return blocker.args[0]


def test_the_selected_party_is_chosen_and_names_the_file_beside_the_project(dialog, document):
    assert dialog.windowTitle() == "Rapport voor een partij"
    assert dialog.party_combo.currentText() == "Stroomnet Zuid"
    assert [dialog.party_combo.itemText(i) for i in range(dialog.party_combo.count())] == [
        "Bewoners", "Stroomnet Zuid", "Woningcorporatie Thuis"]
    assert Path(dialog.path_edit.text()) == document.project.path.parent / "Partijrapport 2026-12-01 Stroomnet Zuid.pdf"
    dialog.party_combo.setCurrentIndex(0)
    assert Path(dialog.path_edit.text()).name == "Partijrapport 2026-12-01 Bewoners.pdf"
    assert dialog.options()["kind"] == "party" and dialog.options()["party_id"] == 3
    assert not dialog.private_check.isVisibleTo(dialog) and not dialog.collab_radio.isVisibleTo(dialog)


@pytest.mark.parametrize(("party", "seen", "unseen"), [
    ("Woningcorporatie Thuis", ["Woningcorporatie Thuis", "Netcapaciteit voor 400 woningen", "Geschil-Betrokken",
                                "Geschil-Iedereen"], ["GEHEIM-GESCHIL"]),
    ("Bewoners", ["Bewoners", "Geschil-Iedereen"], ["GEHEIM-GESCHIL", "Geschil-Betrokken", "GEHEIM-NOTITIE"]),
])
def test_the_report_holds_what_that_party_may_see(qtbot, dialog, tmp_path, party, seen, unseen):
    dialog.party_combo.setCurrentIndex(dialog.party_combo.findText(party))
    dialog.path_edit.setText(str(tmp_path / "partij.pdf"))
    text = text_of(export(qtbot, dialog))
    assert "RAPPORT VOOR ÉÉN PARTIJ" in text
    assert all(s in text for s in seen) and not any(s in text for s in unseen)


def test_a_large_collaboration_makes_it_in_a_worker_process(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(report_process, "PROCESS_AFTER", 0)
    dialog.path_edit.setText(str(tmp_path / "groot.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
        assert isinstance(dialog._worker, ReportProcess)
    qtbot.waitUntil(lambda: not dialog.busy)
    text = text_of(tmp_path / "groot.pdf")
    assert "Stroomnet Zuid" in text and "GEHEIM-GESCHIL" not in text


def the_open_project(document, tmp_path) -> Path:
    return document.project.path


def the_open_project_under_a_pdf_name(document, tmp_path) -> Path:
    target = tmp_path / "partij.pdf"
    os.link(document.project.path, target)
    return target


def a_project_under_a_pdf_name(document, tmp_path) -> Path:
    target = tmp_path / "oud project.pdf"
    shutil.copyfile(document.project.path, target)
    return target


def a_missing_folder(document, tmp_path) -> Path:
    return tmp_path / "bestaat-niet" / "partij.pdf"


@pytest.mark.parametrize(("make", "sentence"), [
    (the_open_project, "‘warmte.samenwerk’ heeft de extensie van een projectbestand, maar hier wordt een rapport "
                       "(PDF) geschreven; kies een naam die eindigt op .pdf."),
    (the_open_project_under_a_pdf_name, "‘partij.pdf’ is het geopende project zelf; kies een andere naam."),
    (a_project_under_a_pdf_name, "‘oud project.pdf’ is een Samenwerk-project; daar wordt nooit een rapport (PDF) "
                                 "overheen geschreven. Kies een andere naam."),
    (a_missing_folder, None),
])
def test_the_output_rule_refuses_before_asking_and_changes_no_file(qtbot, dialog, asked, document, tmp_path, make,
                                                                   sentence):
    questions, answer = asked
    answer["replace"] = True
    target = make(document, tmp_path)
    before = sha256(target) if target.exists() else None
    project_before = sha256(document.project.path)
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    if sentence is None:
        assert dialog.status.text().startswith("De map ") and "bestaat niet" in dialog.status.text()
    else:
        assert dialog.status.text() == sentence
    assert questions == [] and not dialog.busy
    assert (sha256(target) if target.exists() else None) == before
    assert sha256(document.project.path) == project_before


def test_an_existing_report_is_asked_about_and_kept_when_the_answer_is_no(qtbot, dialog, asked, tmp_path):
    questions, answer = asked
    target = tmp_path / "partij.pdf"
    target.write_bytes(b"%PDF-1.4 the first one")
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert questions == ["partij.pdf"] and target.read_bytes() == b"%PDF-1.4 the first one"
    assert Path(dialog.path_edit.text()).name == "partij (2).pdf"
    dialog.path_edit.setText(str(target))
    answer["replace"] = True
    assert export(qtbot, dialog) == str(target)
    assert "Stroomnet Zuid" in text_of(target)


def test_without_parties_the_export_says_what_to_do(qtbot, leeg_doc):
    dialog = PartyReportDialog(leeg_doc)
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    assert dialog.status.text() == "Voeg eerst een partij toe: een rapport voor een partij hoort bij een partij."
    assert not dialog.busy


def test_the_file_menu_opens_it_for_the_selected_party(qtbot, tmp_path, monkeypatch, document):
    from samenwerk_desktop.gui import main_window

    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    opened = []
    monkeypatch.setattr(PartyReportDialog, "ask", classmethod(lambda cls, doc, parent=None, party_id=None:
                                                              opened.append((doc.data.party_name(party_id), parent))))
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    assert not win.action_party_report.isEnabled()
    path = document.project.path
    document.close()
    assert win.open_file(path)
    assert win.action_party_report in win.file_menu.actions()
    assert win.action_party_report.text() == "Rapport voor een &partij…" and win.action_party_report.isEnabled()
    win.view_state.set_selection({1})
    win.action_party_report.trigger()
    assert opened == [("Woningcorporatie Thuis", win)]
    win.close()
