"""Reports benchmark: the demo and the large collaboration as PDF, a meeting report, and the CSV exports."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from samenwerk_desktop.core import generate, interchange, storage
from samenwerk_desktop.paths import resource
from samenwerk_desktop.reports import csv_io, pdf

#: the LibreOffice comparison: alternating pairs after a warm-up
PAIRS = 7
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
        cpu: list[float] = []

        def large() -> int:
            start = time.process_time()
            pages = pdf.collaboration_report(data, tmp / "large.pdf", force=True)
            cpu.append(time.process_time() - start)
            return pages

        seconds, pages = _median(large, 3)
        report("large collaboration report, 1000 parties (median of 3)", seconds, "s", aim=4.0)
        # the process's CPU time: on a machine shared with other work it moves far less than the wall clock
        report("large collaboration report, CPU time (median of 3)", statistics.median(cpu), "s")
        report("large collaboration report pages", pages, "pages")
        for what in csv_io.WHAT:
            seconds, _ = _median(lambda what=what: csv_io.export_csv(data, what, tmp / f"{what}.csv", force=True), 3)
            report(f"large CSV export: {what}", seconds, "s", aim=1.0)
        seconds, _ = _median(lambda: csv_io.import_parties_csv(tmp / "parties.csv"), 3)
        report("large CSV import check: 1000 parties", seconds, "s", aim=1.0)
        _libreoffice(report, tmp)


def _timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return time.perf_counter() - start


def _libreoffice(report, tmp: Path) -> None:
    """The demo's report, whole process, against LibreOffice converting its RACI and agreements CSV to PDF."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("bench_reports: soffice is not installed; the LibreOffice ratio is skipped")
        return
    from samenwerk_desktop import cli

    demo = cli.write_demo(tmp / "lo-demo.samenwerk")
    env = {**os.environ, "HOME": str(tmp), "SAMENWERK_LANG": "nl"}
    csvs = []
    for what in ("raci", "agreements"):
        csvs.append(tmp / f"lo-{what}.csv")
        _timed([sys.executable, "-m", "samenwerk_desktop", "csv", str(demo), "--what", what, "-o", str(csvs[-1])], env)
    ours = [sys.executable, "-m", "samenwerk_desktop", "report", str(demo), "-o", str(tmp / "lo-ours.pdf"), "--force"]
    theirs = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "lo-out"), *map(str, csvs)]
    _timed(ours, env), _timed(theirs, env)  # warm-up
    ratios = []
    for _ in range(PAIRS):
        a, b = _timed(ours, env), _timed(theirs, env)
        ratios.append(a / b)
    report(f"demo report / LibreOffice CSV to PDF, whole process ({PAIRS} pairs; min {min(ratios):.2f}, "
           f"max {max(ratios):.2f})", statistics.median(ratios), "x", aim=0.3)
