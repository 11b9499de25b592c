"""The crash test: kill a process that is editing a project, hundreds of times; nothing committed is ever lost."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import samenwerk_desktop
from samenwerk_desktop.core import raci, storage

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KILLS = 220
TIME_BUDGET = 120.0  # seconds: a guard against hanging (an idle 2-core machine needs 6-10 s)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash test forks its workers (POSIX only)"),
]


class Expected:
    """What the workers reported as done; the file must hold at least this."""

    def __init__(self):
        self.added: dict[int, str] = {}  # party id -> name
        self.title = -1
        self.pos = -1
        self.text = -1
        self.last = 0

    def record(self, line: str) -> None:
        parts = line.split()
        op, n = parts[0], int(parts[1])
        assert n > self.last, f"operations out of order: {line!r} after {self.last}"
        self.last = n
        if op == "add":
            self.added[int(parts[2])] = f"Crashtest {n}"
        elif op == "title":
            self.title = n
        elif op == "pos":
            self.pos = n
        elif op == "text":
            self.text = n
        else:
            assert op == "tmp", line

    def check(self, path: Path) -> int:
        """Check the file; returns the highest operation number it holds."""
        with storage.Project.open(path) as project:
            assert project.db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
            data = project.load()
        parties = data.entities["party"]
        for pid, name in self.added.items():
            assert pid in parties and parties[pid].name == name, f"lost the reported add of {name}"
        title_n = int(data.collaboration.title.removeprefix("Ronde ")) if data.collaboration.title.startswith("Ronde") else -1
        assert title_n >= self.title, f"lost title {self.title}"
        xs = {parties[p].x for p in range(1, 11)}
        assert len(xs) == 1, f"half a transaction: x values {sorted(xs)}"
        pos_n = int(xs.pop())
        assert pos_n >= self.pos, f"lost position {self.pos}"
        position = parties[3].position
        text_n = int(position.split()[1]) if position.startswith("stap ") else -1
        assert text_n >= self.text, f"lost text {self.text}"
        raci.findings_for(data)  # the loaded data makes sense to the rest of the program
        named = [int(p.name.split()[1]) for p in parties.values() if p.name.startswith(("Crashtest", "Tijdelijk"))]
        return max([title_n, pos_n, text_n, *named, self.last])


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


def test_killing_the_program_at_random_moments_loses_nothing_committed(demo_path):
    rng = random.Random(20261126)
    with storage.Project.open(demo_path) as project:  # parties 1..10 start in one spot: x = 0
        project.update_many("party", {p: {"x": 0.0} for p in range(1, 11)})
    # the workers use the very same samenwerk_desktop as this test
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(Path(samenwerk_desktop.__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]))
    zygote = subprocess.Popen([sys.executable, str(HERE / "crash_child.py")], cwd=ROOT, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    expected = Expected()
    start = time.monotonic()
    kills = 0
    hot_journals = 0  # kills that landed inside a transaction
    journal = demo_path.with_name(demo_path.name + "-journal")
    n = 0
    try:
        while kills < KILLS:
            assert time.monotonic() - start < TIME_BUDGET, f"only {kills} kills in {TIME_BUDGET} s"
            zygote.stdin.write(f"run {demo_path} {rng.randrange(2**32)} {n}\n")
            zygote.stdin.flush()
            first = zygote.stdout.readline().strip()
            assert first.startswith("pid "), f"worker did not start: {first!r}"
            pid = int(first.split()[1])
            for _ in range(rng.randint(0, 8)):
                line = zygote.stdout.readline().strip()
                assert not line.startswith("error"), line
                expected.record(line)
            if rng.random() < 0.7:
                time.sleep(rng.uniform(0, 0.004))  # kill somewhere inside the next operation
            os.kill(pid, signal.SIGKILL)
            kills += 1
            while True:  # what it reported before it died counts too
                line = zygote.stdout.readline().strip()
                assert line, "the worker process stopped talking"
                if line == f"reaped {pid}":
                    break
                assert not line.startswith("error"), line
                expected.record(line)
            assert not storage.is_open_elsewhere(demo_path)  # the OS dropped the killed worker's lock
            if journal.exists() and journal.stat().st_size > 0:
                hot_journals += 1
            n = expected.check(demo_path)
            # a committed but unreported operation may carry number n; the next worker starts after it
            expected.last = n
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=20)
        zygote.stdout.close()
    assert kills >= 200
    assert hot_journals >= 20, f"only {hot_journals} kills landed inside a transaction"
    assert quick_check(demo_path) == "ok"
    assert len(expected.added) > 20 and expected.title > 0 and expected.pos > 0 and expected.text > 0
