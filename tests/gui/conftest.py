"""Fixtures of the GUI tests: real project files, Documents on them, settings kept in tmp_path."""

from __future__ import annotations

import pytest
from panel_data import build_realistic  # tests/gui is on sys.path (rootdir conftest, prepend mode)
from PySide6.QtCore import QCoreApplication, QSettings
from window_data import make_small_project

from samenwerk_desktop.core.model import Collaboration
from samenwerk_desktop.core.storage import Project

#: The offscreen platform warns when a window with a status bar or tool bar is shown; harmless here.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config, items):
    """Ignore the offscreen platform's harmless notice in the GUI tests (qt_log_level_fail = WARNING)."""
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture(autouse=True, scope="session")
def _translators(qapp):
    """The translators the program installs at start: Dutch, so plural messages take Qt's Dutch forms."""
    from samenwerk_desktop.gui import app

    app.ensure_application("nl")
    yield


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory, qapp):
    """QSettings of the tests go to a fresh folder, never to the user's own settings."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("SamenwerkTest")
    QCoreApplication.setApplicationName("SamenwerkTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _follow_ups_question_answered_no(monkeypatch):
    """Starting a meeting on a day with follow-ups asks in a modal box; a test answers "no" unless it asks itself."""
    from samenwerk_desktop.gui import meeting_mode

    monkeypatch.setattr(meeting_mode, "ask_follow_ups", lambda parent, found: False)


@pytest.fixture
def small_window(qtbot, small_project, monkeypatch):
    """The small project in a main window of 1400 x 900, shown, every panel built; closed after the test."""
    from samenwerk_desktop.gui import file_actions, main_window

    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: None)
    monkeypatch.setattr(file_actions, "inform", lambda parent, text, title=None: None)
    window = main_window.MainWindow(restore=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_file(small_project)
    window.show()
    qtbot.waitExposed(window)
    window.finish_panels()
    yield window
    window.close()


@pytest.fixture
def small_project(tmp_path):
    """The path of a small real project file in tmp_path."""
    path = tmp_path / "klein.samenwerk"
    make_small_project(path)
    return path


@pytest.fixture
def document(small_project, qapp):
    """A Document on the small project; closed (lock released) after the test."""
    from samenwerk_desktop.gui.document import Document

    doc = Document(Project.open(small_project))
    yield doc
    if not doc.project.closed:
        doc.close()


@pytest.fixture
def wijk_doc(qtbot, tmp_path):
    """A Document over the realistic project; closed afterwards."""
    from samenwerk_desktop.gui.document import Document

    document = Document(build_realistic(tmp_path / "wijk.samenwerk"))
    yield document
    if not document.project.closed:
        document.close()


@pytest.fixture
def leeg_doc(qtbot, tmp_path):
    """A Document over a new, empty project."""
    from samenwerk_desktop.gui.document import Document

    document = Document(Project.create(tmp_path / "leeg.samenwerk", Collaboration(title="Leeg")))
    yield document
    if not document.project.closed:
        document.close()
