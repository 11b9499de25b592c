"""Child process of the two-screen tests: a main window on the laptop and its room's screen; prints JSON."""

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from window_data import make_small_project  # noqa: E402

from samenwerk_desktop.gui import app  # noqa: E402
from samenwerk_desktop.gui.main_window import MainWindow  # noqa: E402


def state(win) -> dict:
    room = win.room.audience
    g = room.geometry()
    return {"open": win.room.is_open, "screen": room.screen().name(), "full": room.isFullScreen(),
            "geometry": [g.x(), g.y(), g.width(), g.height()], "main": win.screen().name(),
            "escape_closes": room.escape_closes}


def main() -> None:
    scenario = sys.argv[1]
    qapp = app.ensure_application("nl")
    folder = Path(tempfile.mkdtemp())
    path = folder / "klein.samenwerk"
    make_small_project(path)
    laptop = next(s for s in QApplication.screens() if s.name() == "laptop")
    win = MainWindow(restore=False)
    win.remember = False
    win.setScreen(laptop)
    win.move(laptop.geometry().topLeft())
    win.resize(1000, 700)
    win.show()
    qapp.processEvents()
    win.open_file(path)
    out = {"screens": [s.name() for s in QApplication.screens()],
           "primary": QApplication.primaryScreen().name()}
    if scenario == "added":
        win.room.screens.gone.add("projector")  # as if the projector were not yet connected
    win.room.open()
    qapp.processEvents()
    out["opened"] = state(win)
    if scenario == "added":
        projector = next(s for s in QApplication.screens() if s.name() == "projector")
        win.room.screens.screenAdded.emit(projector)
        qapp.processEvents()
        out["after"] = state(win)
    if scenario == "removed":
        projector = next(s for s in QApplication.screens() if s.name() == "projector")
        win.room.screens.screenRemoved.emit(projector)
        qapp.processEvents()
        out["after"] = state(win)
        out["status"] = win.statusBar().currentMessage()
    print(json.dumps(out))
    win.room.close()
    win.close()


if __name__ == "__main__":
    main()
