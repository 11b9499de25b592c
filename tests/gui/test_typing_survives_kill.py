"""Typed text survives a killed program: the window saves it after the pause, without focus out or close."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from panel_data import build_realistic

from samenwerk_desktop.core.storage import Project

CHILD = Path(__file__).with_name("typing_child.py")
SENTENCE = " Wil eerst de business case zien, dan pas tekenen."

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_a_sentence_typed_and_left_is_in_the_file_after_sigkill(tmp_path):
    path = tmp_path / "wijk.samenwerk"
    project = build_realistic(path)
    before = project.load().parties[0].position
    project.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), SENTENCE], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    try:
        readable, _, _ = select.select([child.stdout], [], [], 60)
        line = child.stdout.readline().strip() if readable else ""
        assert line == "ready", (line, child.poll())
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    with Project.open(path) as reopened:  # writable: the killed window left no lock behind
        assert reopened.load().parties[0].position == before + SENTENCE
