"""Shared fixtures: headless Qt, temporary project files, the demo project."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SAMENWERK_LANG", "nl")

import pytest  # noqa: E402

from samenwerk_desktop.core import i18n  # noqa: E402


@pytest.fixture(autouse=True)
def _dutch():
    """Every test starts with Dutch core messages."""
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def project_path(tmp_path):
    """A path for a new project file in a temporary folder."""
    return tmp_path / "test.samenwerk"
