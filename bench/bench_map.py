"""Map benchmark: Kaart schikken on the large collaboration, the lazy import it costs, layout switches and a drop."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _import_cost(report) -> None:
    """What the first layout pays for loading networkx and numpy, in a fresh interpreter (median of 5)."""
    code = "import time; t = time.perf_counter(); import networkx, numpy; print(time.perf_counter() - t)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                  env=env).stdout) for _ in range(5)]
    report("lazy import of networkx + numpy, paid by the first layout (median)", _ms(statistics.median(times)), "ms")
    code = "import sys, samenwerk_desktop.gui.main_window; print(int('networkx' in sys.modules or 'numpy' in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    report("networkx or numpy loaded at start-up (0 = no)", float(loaded), "", aim=0)


def _arrange(report, data) -> None:
    from samenwerk_desktop.core import autolayout, layout

    parties, relations = data.parties, data.relations
    autolayout.arrange(parties[:20], relations)  # the import is measured on its own above
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        autolayout.arrange(parties, relations)
        times.append(time.perf_counter() - t0)
    report(f"Kaart schikken: automatic layout of {len(parties)} parties, {len(relations)} relations (median)",
           _ms(statistics.median(times)), "ms", aim=2000)
    for name in ("grid", "onion", "network"):
        t0 = time.perf_counter()
        layout.placement(name, parties)
        report(f"positions of every party on the {name} (core/layout.py)", _ms(time.perf_counter() - t0), "ms")


def _gui(report, path: Path) -> None:
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui import app as gui_app
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.map import MapView

    qapp = gui_app.ensure_application("nl")
    doc = Document(Project.open(path))
    view = MapView(doc)
    view.resize(1400, 900)
    view.show()
    qapp.processEvents()
    switches: dict[str, list[float]] = {}
    for _ in range(2):
        for name in ("grid", "onion", "network"):
            t0 = time.perf_counter()
            doc.apply("indeling", lambda p, n=name: p.update_collaboration(map_layout=n))
            qapp.processEvents()
            switches.setdefault(name, []).append(time.perf_counter() - t0)
    for name, times in switches.items():
        report(f"switch the large map to the {name} (write, scene, fit, repaint; median)",
               _ms(statistics.median(times)), "ms", aim=200)
    t0 = time.perf_counter()
    view.arrange()
    qapp.processEvents()
    report("Kaart schikken in the window: layout, one update_many, scene and repaint", _ms(time.perf_counter() - t0),
           "ms", aim=2000)
    scene = view.map_scene
    drops = []

    def post(kind, pos, buttons):
        QApplication.sendEvent(view.viewport(), QMouseEvent(
            kind, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)),
            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton, buttons,
            Qt.KeyboardModifier.NoModifier))

    for pid in sorted(scene.parties)[:7]:
        view.view_state.set_selection([pid])
        node = scene.parties[pid]
        view.centerOn(node)
        qapp.processEvents()
        start = view.mapFromScene(node.pos())
        post(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        post(QEvent.Type.MouseMove, start + QPoint(20, 20), Qt.MouseButton.LeftButton)
        qapp.processEvents()
        t0 = time.perf_counter()
        post(QEvent.Type.MouseButtonRelease, start + QPoint(20, 20), Qt.MouseButton.NoButton)
        qapp.processEvents()
        drops.append(time.perf_counter() - t0)
    report("drop of a dragged party on the large map (write + map refresh + repaint, median)",
           _ms(statistics.median(drops)), "ms", aim=50)
    view.close()
    doc.close()


def run(report) -> None:
    from samenwerk_desktop.core.generate import large_collaboration
    from samenwerk_desktop.core.storage import Project

    with tempfile.TemporaryDirectory(prefix="samenwerk-bench-map-") as tmp:
        path = Path(tmp) / "groot.samenwerk"
        large_collaboration(path)
        with Project.open(path, read_only=True) as project:
            data = project.load()
        _import_cost(report)
        _arrange(report, data)
        _gui(report, path)


if __name__ == "__main__":
    def _print(name, value, unit, aim=None):
        print(f"{name:80s} {value:10.2f} {unit}" + (f"  (aim {aim})" if aim is not None else ""), flush=True)

    run(_print)
