"""Panel benchmark: the RACI editor at 300 × 60 (build, one role edit from key press to repainted findings)
and the agreements panel and inspector on the large generated collaboration (build, one-click status, a party edit,
the RACI party filters on 1,000 columns)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402

N_ITEMS, N_PARTIES, N_GROUPS = 300, 60, 10
BUILDS = 5
EDITS = 25


def _large(path: Path) -> None:
    from samenwerk_desktop.core.data import CollaborationData
    from samenwerk_desktop.core.model import Collaboration, Party, WorkingGroup, WorkItem
    from samenwerk_desktop.core.storage import write_new

    data = CollaborationData(collaboration=Collaboration(title="Groot"))
    for g in range(1, N_GROUPS + 1):
        data.entities["working_group"][g] = WorkingGroup(id=g, name=f"Werkgroep {g}", sort_order=g)
    for p in range(1, N_PARTIES + 1):
        data.entities["party"][p] = Party(id=p, name=f"Partij {p}", short_name=f"P{p}", sort_order=p,
                                          must_consult_board=p % 7 == 0)
    for w in range(1, N_ITEMS + 1):
        data.entities["work_item"][w] = WorkItem(id=w, title=f"Onderdeel {w}", working_group_id=1 + w % N_GROUPS,
                                                 sort_order=w)
        data.raci[(w, 1 + w % N_PARTIES)] = "A"
        data.raci[(w, 1 + (w + 1) % N_PARTIES)] = "R"
        data.raci[(w, 1 + (w + 2) % N_PARTIES)] = "C"
    write_new(path, data)


def run(report) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.raci_editor import RaciEditor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "groot.samenwerk"
        _large(path)
        document = Document(Project.open(path))
        try:
            builds = []
            editor = None
            for _ in range(BUILDS):
                if editor is not None:  # really delete the last one: it would handle every change too
                    editor.deleteLater()
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                start = time.perf_counter()
                editor = RaciEditor(document)
                editor.resize(1600, 900)
                editor.show()
                editor.grab()  # one full paint of matrix, footer and findings
                builds.append(time.perf_counter() - start)
            report(f"RACI editor {N_ITEMS}×{N_PARTIES}: build and first paint (median)",
                   statistics.median(builds) * 1000, "ms", aim=500)

            view = editor.view
            view.setFocus()
            edits, full = [], []
            for i in range(EDITS):
                row = editor.model.row_of_item(1 + (i * 7) % N_ITEMS)
                view.setCurrentIndex(editor.model.index(row, (i * 11) % N_PARTIES))
                app.processEvents()
                start = time.perf_counter()
                QTest.keyClick(view, "A")  # toggles A: findings appear or disappear
                app.processEvents()  # Qt repaints what changed: the cell, its row, the findings list
                edits.append(time.perf_counter() - start)
                # the same edit back, then a forced repaint of every visible cell (worst case)
                start = time.perf_counter()
                QTest.keyClick(view, "A")
                app.processEvents()
                view.viewport().repaint()
                editor.findings_view.viewport().repaint()
                editor.load_view.viewport().repaint()
                full.append(time.perf_counter() - start)
            report("RACI role edit: key press to repainted findings (median)",
                   statistics.median(edits) * 1000, "ms", aim=50)
            report("RACI role edit: key press to repainted findings (worst)", max(edits) * 1000, "ms")
            report("RACI role edit with a forced full repaint of the visible matrix (median)",
                   statistics.median(full) * 1000, "ms", aim=100)
            editor.close()
        finally:
            document.close()
        _large_generated(Path(folder) / "regio.samenwerk", report)


def _raci_filters(raci, document, report) -> None:
    """The RACI editor's party filters on 1,000 party columns: only those with a role, and a name typed."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    toggles = []
    for k in range(8):
        start = time.perf_counter()
        raci.party_columns.only_roles.setChecked(k % 2 == 0)
        app.processEvents()
        toggles.append(time.perf_counter() - start)
    report("RACI: only the parties with a role, 1,000 party columns (median)", statistics.median(toggles) * 1000,
           "ms", aim=100)
    name = document.data.parties[len(document.data.parties) // 2].name
    raci.party_columns.find_edit.setFocus()
    keys = []
    for _ in range(3):
        raci.party_columns.find_edit.clear()
        app.processEvents()
        for char in name[:6]:
            start = time.perf_counter()
            QTest.keyClick(raci.party_columns.find_edit, char)
            app.processEvents()
            keys.append(time.perf_counter() - start)
    report("RACI: find a party by name, one key typed, 1,000 party columns (median)",
           statistics.median(keys) * 1000, "ms", aim=100)
    report("RACI: find a party by name, one key typed (worst)", max(keys) * 1000, "ms", aim=100)
    raci.party_columns.find_edit.clear()
    app.processEvents()


def _large_generated(path: Path, report) -> None:
    """1,000 parties, 300 work items × 60 parties in the matrix, 2,000 agreements."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from samenwerk_desktop.core import generate
    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.inspector import PartyInspector
    from samenwerk_desktop.gui.raci_editor import RaciEditor

    app = QApplication.instance()
    generate.large_collaboration(path, parties=1000, relations=5000, work_items=300, raci_parties=60,
                                 agreements=2000)
    document = Document(Project.open(path))
    try:
        start = time.perf_counter()
        panel = AgreementsPanel(document)  # its own view state, shared below like a window's
        panel.resize(1200, 700)
        panel.show()
        app.processEvents()
        report("Agreements panel, 2,000 agreements and 1,000 parties: build and show",
               (time.perf_counter() - start) * 1000, "ms", aim=1000)
        shown = []
        for index in range(1, panel.tabs.count()):  # each later tab is built when first shown
            start = time.perf_counter()
            panel.tabs.setCurrentIndex(index)
            app.processEvents()
            shown.append(time.perf_counter() - start)
        panel.tabs.setCurrentIndex(0)
        app.processEvents()
        report("Agreements panel: a later tab shown for the first time (built then; the slowest of four)",
               max(shown) * 1000, "ms", aim=100)
        raci = RaciEditor(document, view_state=panel.view_state)
        inspector = PartyInspector(document, view_state=panel.view_state)
        raci.show()
        inspector.show()
        panel.view_state.set_selection({document.data.parties[0].id})
        app.processEvents()
        section = panel.sections["agreement"]
        clicks = []
        for k in range(11):
            section.select(section.model.id_at(k))
            app.processEvents()
            start = time.perf_counter()
            panel.set_agreement_status("dropped" if k % 2 else "done")
            app.processEvents()
            clicks.append(time.perf_counter() - start)
        report("One-click agreement status, all panels open (median)", statistics.median(clicks) * 1000, "ms",
               aim=100)
        view = raci.view
        raci.resize(1400, 800)
        view.setFocus()
        typed = []
        for k in range(11):
            row = raci.model.row_of_item(raci.model.item_at(1) or 0)
            view.setCurrentIndex(raci.model.index(max(row, 1) + k, k))
            app.processEvents()
            start = time.perf_counter()
            QTest.keyClick(view, "C")
            app.processEvents()
            typed.append(time.perf_counter() - start)
        report(f"RACI role edit with 1,000 party columns and {len(document.findings)} findings (median)",
               statistics.median(typed) * 1000, "ms", aim=100)
        _raci_filters(raci, document, report)
        pid = document.data.parties[0].id
        edits = []
        for k in range(11):
            start = time.perf_counter()
            document.apply("bench", lambda p, k=k: p.update("party", pid, culture=f"Cultuur {k}"))
            app.processEvents()
            edits.append(time.perf_counter() - start)
        report("Inspector field edit of a party, all panels open (median)", statistics.median(edits) * 1000, "ms",
               aim=50)
        relations = document.data.entities["relation"].values()
        hub = max(document.data.entities["party"], key=lambda i: sum(1 for r in relations if i in (r.source_id, r.target_id)))
        deletes = []
        for _ in range(5):
            start = time.perf_counter()
            document.apply("bench", lambda p: p.delete("party", hub))
            app.processEvents()
            deletes.append(time.perf_counter() - start)
            document.undo_stack.undo()
            app.processEvents()
        report("Delete the most connected party, all panels open (median)", statistics.median(deletes) * 1000, "ms")
        for widget in (panel, raci, inspector):
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        document.close()
