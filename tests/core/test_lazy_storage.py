"""Reading a project file needs only sqlite3: sqlite-utils is imported at the first write, numpy never."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OPEN_AND_READ = """
import sys
from samenwerk_desktop.core.storage import Project
with Project.open(sys.argv[1]) as project:
    data = project.load()
    print(len(data.parties), "sqlite_utils" in sys.modules)
    if sys.argv[2] == "write":
        project.update("party", 1, name="Gemeente Anders")
        print(project.load().get("party", 1).name, "sqlite_utils" in sys.modules, "numpy" in sys.modules)
"""


def run(path: Path, what: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", OPEN_AND_READ, str(path), what], capture_output=True, text=True,
                          cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    return done.stdout.splitlines()


def test_opening_and_reading_a_file_does_not_import_sqlite_utils(demo_path):
    assert run(demo_path, "read") == ["10 False"]


def test_the_first_write_imports_sqlite_utils_but_not_numpy(demo_path):
    assert run(demo_path, "write") == ["10 False", "Gemeente Anders True False"]
