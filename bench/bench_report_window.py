"""The window while the large collaboration's report is made: the event loop's longest stall, and the report's time."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: the event loop is sampled by a timer of this interval (ms)
TICK_MS = 5
#: the facilitator's time between the dialog appearing and the click (choosing the file), in the second run
SHOWN_S = 1.0


def _export(qapp, doc, target: Path, shown_s: float | None) -> tuple[float, list[float], float, int, str]:
    """One export through the dialog: seconds from click to saved, the loop's gaps, the click's stall, pages, how.

    ``shown_s`` None: the dialog is made and clicked at once, never shown; else it is shown that long first.
    """
    from PySide6.QtCore import QTimer

    from samenwerk_desktop.gui.report_dialog import ReportDialog
    from samenwerk_desktop.gui.report_process import ReportProcess

    dialog = ReportDialog(doc)
    dialog.path_edit.setText(str(target))
    if shown_s is not None:
        dialog.show()
        until = time.perf_counter() + shown_s
        while time.perf_counter() < until:
            qapp.processEvents()
            time.sleep(0.005)
    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    finished: list[int] = []
    dialog.exported.connect(lambda path, pages: finished.append(pages))
    dialog.exportFailed.connect(lambda text: finished.append(-1))
    timer.start()
    qapp.processEvents()
    last = start = time.perf_counter()
    dialog.start_export()  # the click: the snapshot of the data and the start of the worker count too
    tick()
    how = "worker process" if isinstance(dialog._worker, ReportProcess) else "worker thread"
    start_stall = gaps[-1]
    while not finished:
        qapp.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - start
    timer.stop()
    dialog.wait_for_export()
    dialog.close()
    dialog.deleteLater()
    if finished[0] < 0:
        raise RuntimeError("the report failed")
    return seconds, sorted(gaps), start_stall, finished[0], how


def run(report) -> None:
    from samenwerk_desktop.core import generate
    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui import app as gui_app
    from samenwerk_desktop.gui.document import Document

    qapp = gui_app.ensure_application("nl")
    with tempfile.TemporaryDirectory(prefix="samenwerk-bench-report-") as tmp:
        tmp = Path(tmp)
        large = tmp / "groot.samenwerk"
        generate.large_collaboration(large)
        doc = Document(Project.open(large))
        seconds, gaps, start_stall, pages, how = _export(qapp, doc, tmp / "groot.pdf", None)
        shown = _export(qapp, doc, tmp / "groot-getoond.pdf", SHOWN_S)
        doc.close()
    report(f"window's longest event-loop stall while the large report is made ({how})", 1000 * gaps[-1], "ms",
           aim=100)
    report("window's event-loop stall of the click (snapshot of the data, start of the worker)", 1000 * start_stall,
           "ms")
    report("window's event-loop stall, 99th percentile", 1000 * gaps[int(0.99 * (len(gaps) - 1))], "ms")
    report(f"large collaboration report through the dialog, {pages} pages (click to saved)", seconds, "s",
           aim=4.0)
    report(f"the same, the dialog shown {SHOWN_S:g} s before the click (its worker process waiting)", shown[0], "s")
    report("window's longest event-loop stall then", 1000 * shown[1][-1], "ms", aim=100)
