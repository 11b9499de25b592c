"""--demo makes a fresh copy each time and removes its own copies older than a week."""

from __future__ import annotations

import os
import time

from samenwerk_desktop import cli
from samenwerk_desktop.core import storage

DAY = 86400


def aged(path, days: float):
    path.write_bytes(b"x")
    stamp = time.time() - days * DAY
    os.utime(path, (stamp, stamp))
    return path


def test_a_demo_removes_its_copies_older_than_a_week(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    folder = tmp_path / "Samenwerk"
    folder.mkdir()
    old = aged(folder / "Voorbeeld 2026-01-01 10.00.samenwerk", 8)
    recent = aged(folder / "Voorbeeld 2026-01-09 10.00.samenwerk", 6)
    fresh = cli.fresh_demo_copy()
    assert not old.exists()
    assert recent.exists() and fresh.exists()


def test_a_demo_never_removes_other_files_in_the_folder(tmp_path):
    mine = aged(tmp_path / "Mijn samenwerking.samenwerk", 30)
    note = aged(tmp_path / "Voorbeeld notities.txt", 30)
    assert cli.remove_old_demo_copies(tmp_path) == []
    assert mine.exists() and note.exists()


def test_an_old_demo_copy_open_in_a_window_is_kept(tmp_path):
    path = cli.write_demo(tmp_path / "Voorbeeld 2026-01-01 10.00.samenwerk")
    stamp = time.time() - 30 * DAY
    os.utime(path, (stamp, stamp))
    with storage.Project.open(path):
        assert cli.remove_old_demo_copies(tmp_path) == []
    assert path.exists()
    assert cli.remove_old_demo_copies(tmp_path) == [path]
    assert not path.exists()
