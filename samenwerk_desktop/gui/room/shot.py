"""The room's screen rendered headless to a PNG (``--room-screenshot``, ``--presentation``), through the output rule."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from samenwerk_desktop.core.storage import atomic_target
from samenwerk_desktop.gui.room.projected import ProjectedDocument
from samenwerk_desktop.gui.room.window import AudienceWindow


def render(document, view: str, size: tuple[int, int], page: int = 0) -> AudienceWindow:
    """An audience window over ``document`` at ``size`` showing ``view`` (shown offscreen, laid out)."""
    window = AudienceWindow(ProjectedDocument(document))
    window.resize(QSize(*size))
    window.set_view(view)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    window.resize(QSize(*size))
    window.set_page(page)
    QApplication.processEvents()
    return window


def save(document, target: str | Path, view: str, size: tuple[int, int], *, force: bool,
         open_project: str | Path | None) -> None:
    """Write the room's ``view`` of ``document`` to the PNG ``target``; the output rule refuses with one
    sentence (OutputRefused) before anything is drawn."""
    with atomic_target(target, kind="png", force=force, open_project=open_project, suffix=".png") as tmp:
        window = render(document, view, size)
        try:
            pixmap = window.grab()
            if pixmap.size() != QSize(*size):
                pixmap = pixmap.scaled(QSize(*size))
            if not pixmap.save(str(tmp), "PNG"):
                raise OSError(f"cannot write {tmp}")
        finally:
            window.close()
            window.deleteLater()
