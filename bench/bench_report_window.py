"""The window while the large collaboration's report is made: the event loop's longest stall, and the report's time."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: the event loop is sampled by a timer of this interval (ms)
TICK_MS = 5


def run(report) -> None:
    from PySide6.QtCore import QTimer

    from samenwerk_desktop.core import generate
    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui import app as gui_app
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.report_dialog import ReportDialog
    from samenwerk_desktop.gui.report_process import ReportProcess

    qapp = gui_app.ensure_application("nl")
    with tempfile.TemporaryDirectory(prefix="samenwerk-bench-report-") as tmp:
        tmp = Path(tmp)
        large = tmp / "groot.samenwerk"
        generate.large_collaboration(large)
        doc = Document(Project.open(large))
        dialog = ReportDialog(doc)
        dialog.path_edit.setText(str(tmp / "groot.pdf"))
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
        dialog.deleteLater()
        doc.close()
    if finished[0] < 0:
        raise RuntimeError("the report failed")
    gaps.sort()
    report(f"window's longest event-loop stall while the large report is made ({how})", 1000 * gaps[-1], "ms",
           aim=100)
    report("window's event-loop stall of the click (snapshot of the data, start of the worker)", 1000 * start_stall,
           "ms")
    report("window's event-loop stall, 99th percentile", 1000 * gaps[int(0.99 * (len(gaps) - 1))], "ms")
    report(f"large collaboration report through the dialog, {finished[0]} pages (click to saved)", seconds, "s",
           aim=4.0)
