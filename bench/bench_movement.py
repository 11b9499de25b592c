"""Movement benchmark: taking a state of the large collaboration, comparing two states and drawing the arrows."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _median(fn, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return _ms(statistics.median(times))


def run(report) -> None:
    from samenwerk_desktop.core import movement
    from samenwerk_desktop.core.generate import large_collaboration
    from samenwerk_desktop.core.session import Session
    from samenwerk_desktop.core.storage import Project

    with tempfile.TemporaryDirectory(prefix="samenwerk-bench-movement-") as tmp:
        path = Path(tmp) / "groot.samenwerk"
        large_collaboration(path)
        project = Project.open(path)
        session = Session(project)
        data = session.data
        t0 = time.perf_counter()
        for step in movement.capture_steps(data, "Begin", datetime(2026, 3, 31, 21)):
            session.run(step)
        report(f"Stand vastleggen: a state of {len(data.parties)} parties, {len(data.relations)} relations",
               _ms(time.perf_counter() - t0), "ms", aim=2000)
        moved = {p.id: {"x": p.x + 80.0, "y": p.y - 40.0, "stance": -p.stance} for p in data.parties[::5]}
        session.run(lambda p: p.update_many("party", moved))
        session.run(lambda p: p.update_many("relation", {r.id: {"type": "coalition"} for r in data.relations[::7]}))
        for step in movement.capture_steps(data, "Later", datetime(2026, 4, 28, 21)):
            session.run(step)
        first, last = (s.id for s in movement.states(data))

        def compare_and_arrows():
            found = movement.compare(movement.state_of(data, first), movement.state_of(data, last))
            return movement.arrows(data, found)

        arrows = compare_and_arrows()
        report(f"compare two states and place the arrows ({len(arrows)} parties moved), core (median)",
               _median(compare_and_arrows), "ms", aim=200)
        _gui(report, session, first, last)
        project.close()


def _gui(report, session, first: int, last: int) -> None:
    from PySide6.QtWidgets import QApplication

    from samenwerk_desktop.core import movement
    from samenwerk_desktop.gui import app as gui_app
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.map import MapView
    from samenwerk_desktop.gui.map.ghosts import GhostLayer

    gui_app.ensure_application("nl")
    doc = Document(session=session)
    view = MapView(doc)
    view.resize(1600, 1000)
    view.show()
    QApplication.processEvents()
    layer = GhostLayer(view.map_scene)
    data = doc.data

    def place():
        found = movement.compare(movement.state_of(data, first), movement.state_of(data, last))
        layer.show(data, found)

    report("compare and put the ghosts and arrows on the map scene (median of 5)", _median(place), "ms", aim=200)
    layer.clear()
    plain = _median(lambda: view.viewport().grab())
    layer.show(data, movement.compare(movement.state_of(data, first), movement.state_of(data, last)))
    report(f"one paint of the map with {len(layer.arrows)} ghosts and arrows (median of 5)",
           _median(lambda: view.viewport().grab()), "ms")
    report("one paint of the same map without them (median of 5)", plain, "ms")
    layer.clear()
    view.close()


if __name__ == "__main__":
    def _print(name, value, unit, aim=None):
        print(f"{name:80s} {value:10.2f} {unit}" + (f"  (aim {aim})" if aim is not None else ""), flush=True)

    run(_print)
