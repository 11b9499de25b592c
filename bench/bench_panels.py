"""Panel benchmark: build the RACI editor for 300 × 60 and one role edit from key press to repainted findings."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
    from PySide6.QtCore import QCoreApplication, QEvent
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
