"""A closed collaboration's objects freed at the next turn of the event loop, not in the middle of a later edit."""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer


def collect_soon() -> None:
    """Free the reference cycles a closed document left behind (its panels, scene and models) once control
    is back in the event loop, after their deleteLater.

    Python's next full collection would free them whenever it falls: on the large collaboration, inside
    the first edit after the file was opened anew (some 90 ms of CPU time in that edit). What the
    start froze is unfrozen first, as the closed document's ``destroyed`` does (which may come later)."""
    QTimer.singleShot(0, _collect)


def _collect() -> None:
    gc.unfreeze()  # what the start froze (startup.resume_gc) includes the closed document's objects
    gc.collect()
