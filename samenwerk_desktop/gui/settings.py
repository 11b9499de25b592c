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
