"""The user's settings that outlive the window: kept in QSettings, read by the start-up and the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QSplitter

from samenwerk_desktop.core import i18n

#: QSettings key of the interface language chosen in Beeld › Taal.
LANGUAGE_KEY = "language"


def saved_language() -> str:
    """The interface language the user chose last time ("nl" when none or unknown)."""
    value = QSettings().value(LANGUAGE_KEY, "nl")
    return value if value in i18n.LANGUAGES else "nl"


def save_language(lang: str) -> None:
    """Remember the interface language for the next start."""
    QSettings().setValue(LANGUAGE_KEY, lang)


def _sizes(value) -> list[int] | None:
    if isinstance(value, str):
        value = [value]
    try:
        sizes = [int(v) for v in (value or [])]
    except (TypeError, ValueError):
        return None
    return sizes if sizes and all(v >= 0 for v in sizes) and any(sizes) else None


def splitter_key(splitter: QSplitter) -> str:
    """The QSettings key of a splitter's sizes: by its name and its orientation (a narrow panel stacks them)."""
    way = "vertical" if splitter.orientation() == Qt.Orientation.Vertical else "horizontal"
    return f"splitters/{splitter.objectName()}/{way}"


def restore_splitter(splitter: QSplitter) -> bool:
    """Give a splitter the sizes the user left it with last time (in its present orientation); False when none."""
    sizes = _sizes(QSettings().value(splitter_key(splitter)))
    if sizes is None or len(sizes) != splitter.count():
        return False
    splitter.setSizes(sizes)
    return True


class _RestoreWhenShown(QObject):
    """Restores a splitter's sizes once it has its real size (sizes set before that are shared out again)."""

    def __init__(self, splitter: QSplitter):
        super().__init__(splitter)
        self._splitter = splitter
        splitter.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: at the first resize of the shown splitter, its remembered sizes."""
        if event.type() == QEvent.Type.Resize and obj.isVisible() and min(obj.width(), obj.height()) > 0:
            obj.removeEventFilter(self)
            restore_splitter(self._splitter)
            self.deleteLater()
        return False


def remember_splitter(splitter: QSplitter) -> None:
    """Restore a splitter's remembered sizes (once it is shown) and remember every move the user makes (QSettings)."""
    if splitter.isVisible() and splitter.width() > 0:
        restore_splitter(splitter)
    else:
        _RestoreWhenShown(splitter)
    splitter.splitterMoved.connect(lambda _pos, _index: QSettings().setValue(splitter_key(splitter), splitter.sizes()))


def saved_width(key: str) -> int | None:
    """A width the user chose (a column dragged wider), or None."""
    sizes = _sizes(QSettings().value(key))
    return sizes[0] if sizes else None


def save_width(key: str, width: int) -> None:
    QSettings().setValue(key, [int(width)])


#: QSettings key of the screen the audience window was last shown on (by the screen's name).
ROOM_SCREEN_KEY = "room/screen"


def saved_room_screen() -> str:
    """The name of the screen the room saw last time ("" when none)."""
    value = QSettings().value(ROOM_SCREEN_KEY, "")
    return value if isinstance(value, str) else ""


def save_room_screen(name: str) -> None:
    """Remember the screen the room sees, by its name."""
    QSettings().setValue(ROOM_SCREEN_KEY, name)
