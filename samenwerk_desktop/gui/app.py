"""Starts the Samenwerk window: application, translation, error hook, file, and the screenshot mode."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from samenwerk_desktop import APP_NAME
from samenwerk_desktop.core import i18n
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import translator
from samenwerk_desktop.gui.settings import saved_language
from samenwerk_desktop.gui.startup import QUIT_AT_FIRST_PAINT_ENV, FirstPaint, resume_gc

#: Set to "1" to start and quit once every panel is filled and accepts input (``--quit-when-shown``).
QUIT_WHEN_SHOWN_ENV = "SAMENWERK_QUIT_WHEN_SHOWN"

_hook_busy = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def exception_hook(exc_type, exc, tb) -> None:
    """Log an unexpected error to stderr and tell the user in one Dutch (or English) sentence."""
    global _hook_busy
    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    if _hook_busy or QApplication.instance() is None:
        return
    if isinstance(exc, SamenwerkError):
        text = str(exc)
    else:
        text = _tr("Er ging iets mis dat niet had mogen gebeuren. Uw werk is opgeslagen tot aan de laatste "
                   "wijziging. De technische details staan in het logboek (stderr).")
    _hook_busy = True
    try:
        show_crash_message(text)
    finally:
        _hook_busy = False


def show_crash_message(text: str) -> None:
    """The message box of the exception hook (a plain function, so tests can replace it)."""
    QMessageBox.critical(QApplication.activeWindow(), APP_NAME, text)


def ensure_application(lang: str = "nl") -> QApplication:
    """The QApplication (created once), named, with translators for ``lang``."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    old = getattr(app, "_samenwerk_translators", [])
    translator.remove(app, old)
    app._samenwerk_translators = translator.install(app, lang)
    return app


#: Harmless notices of the offscreen platform (screenshots, tests) that would only confuse.
QUIET_MESSAGES = ("This plugin does not support propagateSizeHints()",)


class _MessageFilter:
    """A Qt message handler that drops known harmless notices and passes everything else on."""

    def __init__(self):
        self.previous = None

    def __call__(self, mode, context, message) -> None:
        if message in QUIET_MESSAGES:
            return
        if self.previous is not None:
            self.previous(mode, context, message)
        elif mode != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)


def _fail(message: str, screenshot: str | None, parent=None) -> int:
    if screenshot is not None:
        print(f"samenwerk: {message}", file=sys.stderr)
        return 2
    QMessageBox.warning(parent, APP_NAME, message)
    return 2


def run(file: str | None, *, lang: str | None = None, screenshot: str | None = None,
        size: tuple[int, int] = (1600, 1000), presentation: bool = False,
        quit_when_shown: bool = False) -> int:
    """Show the window on ``file``; with ``screenshot`` render it to that PNG and return without a long event loop.

    ``lang`` None means the language saved in the settings (Dutch by default).
    """
    app = ensure_application(lang if lang in i18n.LANGUAGES else "nl")
    if lang not in i18n.LANGUAGES:
        lang = saved_language()
        if lang != "nl":
            app = ensure_application(lang)
    i18n.set_language(lang)
    quit_when_shown = quit_when_shown or os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1"
    quiet = _MessageFilter()
    quiet.previous = qInstallMessageHandler(quiet)
    try:
        return _run(app, file, screenshot, size, presentation, quit_when_shown)
    finally:
        qInstallMessageHandler(quiet.previous)


def _run(app, file, screenshot, size, presentation, quit_when_shown) -> int:
    from samenwerk_desktop.gui.main_window import MainWindow

    if screenshot is not None:
        project = None
        if file:
            try:
                project = Project.open(file)
            except SamenwerkError as exc:
                return _fail(str(exc), screenshot)
            except OSError as exc:
                return _fail(_tr("Het bestand kan niet worden geopend: %1").replace("%1", exc.strerror or str(exc)),
                             screenshot)
        window = MainWindow(restore=False)  # a screenshot shows the default layout
        if project is not None and not window.set_project(project):
            return 2
        window.remember = False
        return _screenshot(app, window, Path(screenshot), size, presentation)
    window = MainWindow()
    previous_hook = sys.excepthook
    sys.excepthook = exception_hook
    try:
        if os.environ.get(QUIT_AT_FIRST_PAINT_ENV) == "1":
            FirstPaint(window, app.quit)
        window.show()
        if file:  # after the window is shown: a refusal or the repair offer sits on top of it
            window.defer_panels = True  # the frame with the file's title first, then the panels in turns
            window.open_file(file)
            window.defer_panels = False
        resume_gc(window)  # the launcher starts without it
        if presentation and window.document is not None:
            window.finish_panels()
            window.room.open()  # what the room sees: the audience window (F5)
        if quit_when_shown:  # once every panel is filled and the event loop is free for input
            if window.panels_ready:
                QTimer.singleShot(0, app.quit)
            else:
                window.panelsReady.connect(lambda: QTimer.singleShot(0, app.quit))
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        if window.document is not None:
            window.close_document()
    return code


def room_screenshot(file: str, target: str, view: str, size: tuple[int, int], *, lang: str | None = None,
                    force: bool = False) -> int:
    """Render the room's ``view`` of ``file`` headless to the PNG ``target`` (the file is opened read-only)."""
    from samenwerk_desktop.gui.document import Document
    from samenwerk_desktop.gui.room import shot

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: no display is needed
    lang = lang if lang in i18n.LANGUAGES else "nl"
    ensure_application(lang)
    i18n.set_language(lang)
    try:
        project = Project.open(file, read_only=True)
    except SamenwerkError as exc:
        print(f"samenwerk: {exc}", file=sys.stderr)
        return 2
    document = Document(project)
    quiet = _MessageFilter()
    quiet.previous = qInstallMessageHandler(quiet)
    try:
        shot.save(document, target, view, size, force=force, open_project=file)
    except SamenwerkError as exc:
        print(f"samenwerk: {exc}", file=sys.stderr)
        return 2
    finally:
        qInstallMessageHandler(quiet.previous)
        document.close()
    return 0


def _screenshot(app: QApplication, window, target: Path, size: tuple[int, int], presentation: bool) -> int:
    """Render the window offscreen at ``size`` to a PNG; with ``presentation``, the room's map view."""
    if presentation and window.document is not None:
        from samenwerk_desktop.gui.room import shot

        try:
            shot.save(window.document, target, "map", size, force=True, open_project=window.document.project.path)
        except SamenwerkError as exc:
            print(f"samenwerk: {exc}", file=sys.stderr)
            return 2
        finally:
            window.close()
        return 0
    try:
        window.resize(QSize(*size))
        window.show()
        window.resize(QSize(*size))
        for _ in range(3):
            app.processEvents()
        if window.map_view is not None:
            window.map_view.fit()
            app.processEvents()
        pixmap = window.grab()
        if pixmap.size() != QSize(*size):
            pixmap = pixmap.scaled(QSize(*size))
        target.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(target), "PNG"):
            print(f"samenwerk: {_tr('De schermafbeelding kan niet worden geschreven naar %1').replace('%1', str(target))}",
                  file=sys.stderr)
            return 2
        return 0
    finally:
        window.close()
