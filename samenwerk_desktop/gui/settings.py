"""The user's settings that outlive the window: kept in QSettings, read by the start-up and the window."""

from __future__ import annotations

from PySide6.QtCore import QSettings

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

#: QSettings key of the screen the audience window was last shown on (by the screen's name).
ROOM_SCREEN_KEY = "room/screen"


def saved_room_screen() -> str:
    """The name of the screen the room saw last time ("" when none)."""
    value = QSettings().value(ROOM_SCREEN_KEY, "")
    return value if isinstance(value, str) else ""


def save_room_screen(name: str) -> None:
    """Remember the screen the room sees, by its name."""
    QSettings().setValue(ROOM_SCREEN_KEY, name)
