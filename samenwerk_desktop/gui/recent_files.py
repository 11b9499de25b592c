"""The recent files of File › Recent, kept in QSettings (a mixin of the main window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

#: How many files File › Recent lists.
MAX_RECENT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class RecentFiles:
    """File › Recent for a window with ``recent_menu`` and ``open_file``."""

    def recent_files(self) -> list[str]:
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        files = [f for f in self.recent_files() if f != path]
        files.insert(0, path)
        QSettings().setValue("recentFiles", files[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files):
            shown = f"{Path(path).name}  —  {Path(path).parent}".replace("&", "&&")  # '&' is no mnemonic here
            act = self.recent_menu.addAction(f"&{i + 1} {shown}")
            act.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not files:
            act = self.recent_menu.addAction(_tr("(geen recente bestanden)"))
            act.setEnabled(False)
