"""A long random walk of edits, undo and redo across the three panels: no error, models stay sound."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from samenwerk_desktop.core.model import Agreement, Party, WorkItem
from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
from samenwerk_desktop.gui.inspector import PartyInspector
from samenwerk_desktop.gui.raci_editor import RaciEditor
from samenwerk_desktop.gui.view_state import ViewState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_walk_keeps_every_panel_consistent_with_the_file(qtbot, qtmodeltester, wijk_doc, seed):
    doc = wijk_doc
    rng = random.Random(seed)
    vs = ViewState(doc)  # one window's view state, shared by its panels
    raci = RaciEditor(doc, view_state=vs)
    panel = AgreementsPanel(doc, view_state=vs)
    inspector = PartyInspector(doc, view_state=vs)
    for widget in (raci, panel, inspector):
        qtbot.addWidget(widget)
    errors = []
    doc.errorOccurred.connect(errors.append)

    def random_cell():
        m = raci.model
        rows = [r for r in range(m.rowCount()) if m.item_at(r) is not None]
        if not rows or not m.columnCount():
            return None
        return m.index(rng.choice(rows), rng.randrange(m.columnCount()))

    for _step in range(120):
        action = rng.choice(["role", "role", "clear", "undo", "undo", "redo", "select", "item", "delete_item",
                             "agreement", "status", "party", "delete_party"])
        if action in ("role", "clear"):
            index = random_cell()
            if index is None:
                continue
            raci.view.setCurrentIndex(index)
            if action == "role":
                qtbot.keyClicks(raci.view, rng.choice("RACI"))
            else:
                qtbot.keyClick(raci.view, Qt.Key.Key_Backspace)
        elif action == "undo":
            doc.undo_stack.undo()
        elif action == "redo":
            doc.undo_stack.redo()
        elif action == "select":
            ids = list(doc.data.entities["party"])
            vs.set_selection(rng.sample(ids, k=min(len(ids), rng.choice([0, 1, 1, 2]))))
        elif action == "item":
            groups = [None, *doc.data.entities["working_group"]]
            doc.apply("item", lambda p, g=rng.choice(groups): p.add(WorkItem(title=f"Stap {rng.random():.3f}",
                                                                             working_group_id=g)))
        elif action == "delete_item" and doc.data.entities["work_item"]:
            doc.apply("weg", lambda p, w=rng.choice(list(doc.data.entities["work_item"])): p.delete("work_item", w))
        elif action == "agreement":
            doc.apply("afspraak", lambda p: p.add(Agreement(text="Afspraak <&> " + str(rng.random()),
                                                            review_date=rng.choice(["", "2000-01-01"]))))
        elif action == "status" and panel.sections["agreement"].model.rowCount():
            s = panel.sections["agreement"]
            s.select(s.model.id_at(rng.randrange(s.model.rowCount())))
            panel.set_agreement_status(rng.choice(["agreed", "done", "dropped"]))
        elif action == "party":
            doc.apply("partij", lambda p: p.add(Party(name=f"Partij {rng.random():.4f}")))
        elif action == "delete_party" and len(doc.data.entities["party"]) > 2:
            doc.apply("weg", lambda p, q=rng.choice(list(doc.data.entities["party"])): p.delete("party", q))

        # the views always agree with the data they show
        m = raci.model
        assert m.rowCount() == len(doc.data.entities["work_item"]) + sum(
            1 for r in range(m.rowCount()) if m.row_kind(r)[0] == "group")
        assert m.columnCount() == len(doc.data.entities["party"])
        assert raci.findings_model.rowCount() == len(doc.findings)

    assert errors == []
    reloaded = doc.project.load()
    assert reloaded.raci == doc.data.raci
    for model in (raci.model, raci.load_model, raci.findings_model, inspector.reps_model,
                  *(s.model for s in panel.sections.values()), *panel.sub.values()):
        qtmodeltester.check(model)
