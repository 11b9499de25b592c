"""The bench's peak-memory figure is the program's own, not the bench's that started it."""

import subprocess
import sys

import pytest

from bench.bench_gui import PEAK_KB

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux's /proc")

HELD_MB = 300


def _child_peak_mb() -> float:
    done = subprocess.run([sys.executable, "-c", PEAK_KB + "print(peak_kb())"], capture_output=True, text=True,
                          check=True, timeout=60)
    return int(done.stdout.strip()) / 1024


def test_a_child_started_by_a_large_process_reports_its_own_peak():
    held = bytearray(HELD_MB * 1024 * 1024)
    for page in range(0, len(held), 4096):  # touch every page, so it is resident
        held[page] = 1
    assert _child_peak_mb() < HELD_MB / 3
    del held


def test_the_peak_grows_with_what_the_child_holds():
    done = subprocess.run([sys.executable, "-c", PEAK_KB + "b = b'x' * (200 * 1024 * 1024)\nprint(peak_kb())"],
                          capture_output=True, text=True, check=True, timeout=60)
    assert int(done.stdout.strip()) / 1024 > 190
