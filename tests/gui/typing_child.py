"""Helper of test_typing_survives_kill: types a sentence into a party's position, waits past the pause, says "ready".

Run as ``python typing_child.py PROJECT SENTENCE``; it keeps running until it is killed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from samenwerk_desktop.gui import panel_common
from samenwerk_desktop.gui.main_window import MainWindow


def main(path: str, sentence: str) -> int:
    app = QApplication([])
    app.setOrganizationName("SamenwerkTest")
    app.setApplicationName("SamenwerkTest")
    window = MainWindow(restore=False)
    if not window.open_file(path):
        print("not opened", flush=True)
        return 1
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    document = window.document
    window.view_state.set_selection({document.data.parties[0].id})
    field = window.panels["inspector"].findChild(QPlainTextEdit, "positionEdit")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, sentence)
    # the event loop runs on past the pause; nothing else tells the window to save
    QTimer.singleShot(panel_common.PAUSE_MS + 500, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
