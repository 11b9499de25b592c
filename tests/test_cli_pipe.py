"""A reader that stops early: ``samenwerk check f | head -1`` ends quietly, without a message from the interpreter."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import samenwerk_desktop

SOURCE = Path(samenwerk_desktop.__file__).resolve().parents[1]
DEMO_JSON = Path(__file__).resolve().parents[1] / "resources" / "demo" / "demo.json"
ENV = dict(os.environ, SAMENWERK_LANG="nl", PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]))
PROGRAM = [sys.executable, "-m", "samenwerk_desktop"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pipe")
    subprocess.run([*PROGRAM, "demo", "voorbeeld.samenwerk"], cwd=folder, env=ENV, check=True, capture_output=True)
    return folder / "voorbeeld.samenwerk"


def closed_pipe() -> int:
    """The writing end of a pipe whose reader has already gone."""
    read, write = os.pipe()
    os.close(read)
    return write


def test_check_into_a_closed_pipe_ends_quietly(demo_file):
    write = closed_pipe()
    done = subprocess.run([*PROGRAM, "check", demo_file.name], cwd=demo_file.parent, env=ENV, stdout=write,
                          stderr=subprocess.PIPE, timeout=120)
    os.close(write)
    assert (done.returncode, done.stderr) == (1, b"")


def test_check_piped_into_head_prints_one_line_and_nothing_else(demo_file):
    done = subprocess.run(["sh", "-c", f"{sys.executable} -m samenwerk_desktop check {demo_file.name} | head -1"],
                          cwd=demo_file.parent, env=ENV, capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("voorbeeld.samenwerk: in orde") and done.stdout.count("\n") == 1
    assert done.stderr == ""


def test_a_refusal_into_a_closed_stderr_still_exits_2(tmp_path):
    (tmp_path / "kapot.json").write_text("[", encoding="utf-8")
    write = closed_pipe()
    done = subprocess.run([*PROGRAM, "import", "kapot.json", "-o", "x.samenwerk"], cwd=tmp_path, env=ENV,
                          stdout=subprocess.PIPE, stderr=write, timeout=120)
    os.close(write)
    assert (done.returncode, done.stdout) == (2, b"")
    assert sorted(os.listdir(tmp_path)) == ["kapot.json"]
