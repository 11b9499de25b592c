"""A child Samenwerk process that keeps a project open for editing, for the tests of 'open elsewhere'."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HOLDER = textwrap.dedent("""
    import sys
    from samenwerk_desktop.core.storage import Project
    project = Project.open(sys.argv[1])
    print("open", flush=True)
    for line in sys.stdin:
        if line.strip() != "edit":
            break
        project.update_collaboration(title="Nog steeds bewerkbaar")
        print("edited", flush=True)
    project.close()
""")


class Holder:
    """A child Samenwerk that keeps ``path`` open for editing until ``stop``; ``edit`` makes it edit once."""

    def __init__(self, path: Path):
        self.path = path
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        self.child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, env=env,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.child.stdout.readline().strip() == "open"

    def edit(self) -> str:
        self.child.stdin.write("edit\n")
        self.child.stdin.flush()
        return self.child.stdout.readline().strip()

    def stop(self) -> None:
        self.child.stdin.close()
        self.child.wait(timeout=20)
        self.child.stdout.close()
