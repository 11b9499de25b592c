"""Reports benchmark: the demo and the large collaboration as PDF, a meeting report, and the CSV exports."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from samenwerk_desktop.core import generate, interchange, storage
from samenwerk_desktop.paths import resource
from samenwerk_desktop.reports import csv_io, pdf

SIZE = dict(parties=1000, relations=5000, work_items=300, raci_parties=60, agreements=2000)


def _median(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(report) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        demo = interchange.read_file(resource("demo", "demo.json"))
        pdf.collaboration_report(demo, tmp / "warm.pdf")  # font loading and imports once
        seconds, pages = _median(lambda: pdf.collaboration_report(demo, tmp / "demo.pdf", force=True), 7)
        report("demo collaboration report (median of 7)", seconds, "s", aim=0.5)
        report("demo collaboration report pages", pages, "pages")
        meeting = pdf.latest_meeting_id(demo)
        seconds, pages = _median(lambda: pdf.meeting_report(demo, meeting, tmp / "m.pdf", force=True), 7)
        report("demo meeting report (median of 7)", seconds, "s", aim=0.2)
        report("demo meeting report pages", pages, "pages")

        path = tmp / "large.samenwerk"
        generate.large_collaboration(path, **SIZE)
        with storage.Project.open(path, read_only=True) as project:
            data = project.load()
        seconds, pages = _median(lambda: pdf.collaboration_report(data, tmp / "large.pdf", force=True), 3)
        report("large collaboration report, 1000 parties (median of 3)", seconds, "s", aim=5.0)
        report("large collaboration report pages", pages, "pages")
        for what in csv_io.WHAT:
            seconds, _ = _median(lambda what=what: csv_io.export_csv(data, what, tmp / f"{what}.csv", force=True), 3)
            report(f"large CSV export: {what}", seconds, "s", aim=1.0)
        seconds, _ = _median(lambda: csv_io.import_parties_csv(tmp / "parties.csv"), 3)
        report("large CSV import check: 1000 parties", seconds, "s", aim=1.0)
