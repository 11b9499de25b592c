"""Fixtures of the core tests: the demo collaboration and small real project files."""

import json
from pathlib import Path

import pytest

from samenwerk_desktop.core import interchange, storage
from samenwerk_desktop.core.model import Collaboration

ROOT = Path(__file__).resolve().parents[2]
DEMO_JSON = ROOT / "resources" / "demo" / "demo.json"


@pytest.fixture(scope="session")
def demo_doc():
    """The demo project's JSON document (do not change it: it is shared)."""
    return json.loads(DEMO_JSON.read_text(encoding="utf-8"))


@pytest.fixture
def demo_data():
    """The demo collaboration, freshly read."""
    return interchange.read_file(DEMO_JSON)


@pytest.fixture
def demo_path(tmp_path):
    """A fresh project file made from the demo JSON."""
    path = tmp_path / "demo.samenwerk"
    interchange.import_file(DEMO_JSON, path)
    return path


@pytest.fixture
def demo_project(demo_path):
    """The demo project, open for editing."""
    project = storage.Project.open(demo_path)
    yield project
    project.close()


@pytest.fixture
def empty_project(tmp_path):
    """A new, empty project, open for editing."""
    project = storage.Project.create(tmp_path / "leeg.samenwerk", Collaboration(title="Warm en Droog"))
    yield project
    project.close()
