"""Loads the English translation straight from the Qt Linguist .ts file (no lrelease build step)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from samenwerk_desktop.paths import resource

#: (context, Dutch source) -> English text, per loaded file
_CACHE: dict[Path, dict[tuple[str, str], str]] = {}


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Finished and unfinished-but-filled translations of a .ts file by (context, source)."""
    path = Path(path)
    if path in _CACHE:
        return _CACHE[path]
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("obsolete", "vanished"):
                continue
            text = node.text or ""
            if text:
                table[(name, source)] = text
    _CACHE[path] = table
    return table


class TsTranslator(QTranslator):
    """A QTranslator that answers from a parsed .ts file."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self._table = read_ts(path)
        self._by_source: dict[str, str] = {}
        for (_, source), text in self._table.items():
            self._by_source.setdefault(source, text)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        """Override QTranslator.translate: the context's own text, else the same source elsewhere."""
        if not source_text:
            return None
        text = self._table.get((context, source_text))
        if text is None:
            text = self._by_source.get(source_text)
        if text is not None and n is not None and n >= 0:
            text = text.replace("%n", str(n))
        return text

    def isEmpty(self) -> bool:
        """Override QTranslator.isEmpty."""
        return not self._table


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang`` ("nl" is the source language: only Qt's own Dutch texts)."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if lang == "en":
        ts = resource("translations", "samenwerk_en.ts")
        if ts.is_file():
            ours = TsTranslator(ts, app)
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
