"""Worker for the crash test: forks children that run random core operations until they are killed.

Run as a script. It imports the core once, then reads commands from stdin:
``run PATH SEED N``: fork a worker that opens PATH and runs operations
numbered from N; the worker writes ``pid P`` first and then one line per
operation that returned (was committed). When the worker has died (the test
kills it with SIGKILL), this process writes ``reaped P``. Forking from a
process that has already imported everything makes a fresh worker cost
milliseconds instead of a Python start-up.

Lines written by workers:
  ``add N ID``     party ID named "Crashtest N" was added
  ``title N``      the collaboration title became "Ronde N"
  ``pos N``        the x of parties 1..10 all became N (one transaction)
  ``text N``       party 3's position became "stap N ..." (a long text)
  ``tmp N``        a step of adding, linking and deleting a scratch party
"""

from __future__ import annotations

import importlib
import os
import random
import sys


def say(text: str) -> None:
    """Write one whole line straight to the pipe (no buffers to lose or to copy into a fork)."""
    os.write(1, (text + "\n").encode())


def work(path: str, seed: int, n: int) -> None:
    from samenwerk_desktop.core.model import Party, Relation
    from samenwerk_desktop.core.storage import Project

    rng = random.Random(seed)
    project = Project.open(path)
    say(f"pid {os.getpid()}")
    scratch: int | None = None
    while True:
        n += 1
        roll = rng.random()
        if scratch is not None:
            step = rng.choice(("relation", "roles", "delete"))
            if step == "relation":
                project.add(Relation(source_id=scratch, target_id=1, type="tension"))
            elif step == "roles":
                project.set_roles({(1, scratch): "C", (2, scratch): "R"})
            else:
                project.delete("party", scratch)
                scratch = None
            say(f"tmp {n}")
        elif roll < 0.3:
            new_id = project.add(Party(name=f"Crashtest {n}", position="é" * rng.randint(0, 3000))).ids[0]
            say(f"add {n} {new_id}")
        elif roll < 0.45:
            project.update_collaboration(title=f"Ronde {n}")
            say(f"title {n}")
        elif roll < 0.65:
            project.update_many("party", {p: {"x": float(n)} for p in range(1, 11)})
            say(f"pos {n}")
        elif roll < 0.8:
            project.update("party", 3, position=f"stap {n} " + "ø" * rng.randint(0, 20_000))
            say(f"text {n}")
        else:
            scratch = project.add(Party(name=f"Tijdelijk {n}")).ids[0]
            say(f"tmp {n}")


def main() -> None:
    import samenwerk_desktop.core.model  # noqa: F401  (import before forking)
    import samenwerk_desktop.core.storage  # noqa: F401

    # what the first write imports (core/storage/sqlitedb.py), after samenwerk_desktop's numpy guard: once, here
    importlib.import_module("sqlite_utils")

    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] != "run":
            break
        path, seed, n = parts[1], int(parts[2]), int(parts[3])
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                work(path, seed, n)
            except BaseException as exc:  # report, so the test fails with a reason instead of hanging
                say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        say(f"reaped {pid}")


if __name__ == "__main__":
    main()
