"""Start-to-window time of the built program (dist/samenwerk) against the installed package, same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "samenwerk" / ("samenwerk.exe" if os.name == "nt" else "samenwerk")
RUNS = 7


def _timed(cmd: list[str], config: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return elapsed


def run(report) -> None:
    if not EXE.exists():
        print(f"bench_dist: no build at {EXE.relative_to(ROOT)}; run `make dist` first to measure the built program")
        return
    from samenwerk_desktop import cli

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        demo = cli.write_demo(tmp / "demo.samenwerk")
        built = [str(EXE), str(demo), "--quit-when-shown"]
        installed = [sys.executable, "-m", "samenwerk_desktop", str(demo), "--quit-when-shown"]
        _timed(built, tmp)  # warm the file cache for both
        _timed(installed, tmp)
        b, i = [], []
        for _ in range(RUNS):  # interleaved so machine drift hits both alike
            b.append(_timed(built, tmp))
            i.append(_timed(installed, tmp))
    b_ms, i_ms = 1000 * statistics.median(b), 1000 * statistics.median(i)
    report("start to every panel filled (--quit-when-shown), demo, built program (median)", b_ms, "ms")
    report("start to every panel filled (--quit-when-shown), demo, installed package (median)", i_ms, "ms")
    report("start to every panel filled, ratio built / installed", b_ms / i_ms, "x")
