"""Room benchmark: an edit on the large collaboration reaching the audience window's map; switching the room's view."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EDITS = 30
SWITCHES = 3


def run(report) -> None:
    from PySide6.QtWidgets import QApplication

    from samenwerk_desktop.core.generate import large_collaboration
    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.room import views
    from samenwerk_desktop.gui.room.projected import ProjectedDocument
    from samenwerk_desktop.gui.room.window import AudienceWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "groot.samenwerk"
        large_collaboration(path)
        document = Document(Project.open(path))
        try:
            projected = ProjectedDocument(document)
            room = AudienceWindow(projected)
            room.resize(1920, 1080)
            room.show()
            app.processEvents()
            # the edit is committed (file and facilitator's data) first; then the room's share is timed
            document.changed.disconnect(projected._on_changed)
            committed = []
            document.changed.connect(committed.append)
            ids = [p.id for p in document.data.parties[:EDITS]]
            times = []
            for i, pid in enumerate(ids):
                document.apply("naam", lambda p, pid=pid, i=i: p.update("party", pid, short_name=f"P{i}"))
                start = time.perf_counter()
                projected._on_changed(committed[-1])
                app.processEvents()  # Qt paints what changed (the party's label), as in the next frame
                times.append(time.perf_counter() - start)
                assert room.map_view.map_scene.parties[pid].label == f"P{i}"
            report("room: a party's edit reaches the audience window's map, painted (median)",
                   statistics.median(times) * 1000, "ms", aim=16)
            report("room: a party's edit reaches the audience window's map, painted (slowest)", max(times) * 1000,
                   "ms")
            document.changed.connect(projected._on_changed)
            _run_a_meeting(document)  # the meeting and round views show a running meeting and a round's answers
            ticks = []
            room.set_view("meeting")
            for _ in range(EDITS):
                start = time.perf_counter()
                room.tick()
                room.repaint()
                ticks.append(time.perf_counter() - start)
            report("room: the running meeting's timer drawn again, each second (median)",
                   statistics.median(ticks) * 1000, "ms", aim=16)
            switches = {}
            first = {}
            for key in [*views.REGISTRY, "map"]:  # the first switch after an edit lays the view out
                start = time.perf_counter()
                room.set_view(key)
                room.repaint()
                first[key] = time.perf_counter() - start
            room._pages.clear()
            for _ in range(SWITCHES):
                for key in [*views.REGISTRY, "map"]:
                    start = time.perf_counter()
                    room.set_view(key)
                    room.repaint()
                    switches.setdefault(key, []).append(time.perf_counter() - start)
            worst = max(switches, key=lambda k: statistics.median(switches[k]))
            report("room: switching the view (median over every view)",
                   statistics.median(t for ts in switches.values() for t in ts) * 1000, "ms", aim=100)
            report(f"room: switching the view (slowest, {worst})", statistics.median(switches[worst]) * 1000, "ms",
                   aim=100)
            slow = max(first, key=first.get)
            report(f"room: the first switch to a view after an edit (slowest, {slow})", first[slow] * 1000, "ms",
                   aim=100)
            room.close()
        finally:
            document.close()


def _run_a_meeting(document) -> None:
    """Start the large collaboration's last meeting and hold a round on one of its decisions, every attending
    party answering."""
    from datetime import datetime

    from samenwerk_desktop.core import meeting as run
    from samenwerk_desktop.core import rounds

    data = document.data
    meeting = data.meetings[-1]
    for step in run.start_steps(data, meeting.id, datetime(2026, 12, 15, 14, 5)):
        document.apply("start", step)
    decision = data.decisions[0]
    document.apply("regel", lambda p: p.update("decision", decision.id, rule="consent"))
    rnd = rounds.new_round(data, decision.id, meeting.id)
    round_id = document.apply("ronde", lambda p: p.add(rnd)).ids[0]
    for i, pid in enumerate(run.voting_parties(data, meeting.id)):
        values = {"answer": "objection", "reason": "Eerst de kosten per partij."} if i % 4 == 3 else {"answer": "consent"}
        for step in rounds.answer_steps(data, round_id, pid, **values):
            document.apply("antwoord", step)
