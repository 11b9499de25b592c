"""Installs Qt's own texts and our compiled translations (resources/translations/*.qm) with QTranslator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from samenwerk_desktop.paths import resource


def qm_file(lang: str):
    """The compiled translation for ``lang``, made from the .ts beside it by ``make tr-update``.

    English holds every message; Dutch, the source language, only the forms of the plural messages.
    """
    return resource("translations", f"samenwerk_{lang}.qm")


def ours(lang: str, parent=None) -> QTranslator | None:
    """Our own translator for ``lang`` (None when its .qm is missing)."""
    translator = QTranslator(parent)
    return translator if translator.load(str(qm_file(lang))) else None


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang``: Qt's own texts in that language, then ours."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    translator = ours(lang, app)
    if translator is not None:
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators that :func:`install` returned."""
    for translator in translators:
        app.removeTranslator(translator)
