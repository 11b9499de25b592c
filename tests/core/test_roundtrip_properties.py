"""Property tests: random collaborations survive the JSON round trip and a save and reopen unchanged."""

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samenwerk_desktop.core import errors, generate, interchange, storage

#: Free text as people type it: any printable or not, any script, but no NUL (refused by the model).
free_text = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=60)
collaborations = st.builds(
    lambda seed, size, texts: generate.random_collaboration(random.Random(seed), size, texts),
    st.integers(0, 2**32 - 1), st.integers(0, 6), st.lists(free_text, min_size=1, max_size=6))


@settings(max_examples=40, deadline=None)
@given(data=collaborations)
def test_json_export_import_export_is_identical(data):
    text = interchange.dumps(data)
    again = interchange.loads(text)
    assert again == data
    assert interchange.dumps(again) == text


@settings(max_examples=30, deadline=None)
@given(data=collaborations)
def test_save_and_reopen_loads_the_same_collaboration(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "willekeurig.samenwerk"
        storage.write_new(path, data)
        with storage.Project.open(path) as project:
            assert project.load() == data


@settings(max_examples=25, deadline=None)
@given(data=collaborations)
def test_export_file_import_file_round_trip(data):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        storage.write_new(folder / "a.samenwerk", data)
        with storage.Project.open(folder / "a.samenwerk", read_only=True) as project:
            interchange.export_file(project, folder / "a.json")
        interchange.import_file(folder / "a.json", folder / "b.samenwerk")
        with storage.Project.open(folder / "b.samenwerk", read_only=True) as project:
            interchange.export_file(project, folder / "b.json")
        assert (folder / "a.json").read_bytes() == (folder / "b.json").read_bytes()
        assert json.loads((folder / "b.json").read_text(encoding="utf-8"))["format_version"] == interchange.FORMAT_VERSION


def test_the_demo_json_is_its_own_export(demo_path, demo_doc, tmp_path):
    with storage.Project.open(demo_path, read_only=True) as project:
        interchange.export_file(project, tmp_path / "demo.json")
    assert json.loads((tmp_path / "demo.json").read_text(encoding="utf-8")) == demo_doc


def test_switching_the_role_scheme_with_a_support_cell_is_refused_and_the_export_reads_back(demo_path, tmp_path):
    with storage.Project.open(demo_path) as project:
        project.update_collaboration(raci_scheme="RASCI")
        project.set_roles({(1, 2): "S"})
        with pytest.raises(errors.ValidationError, match="S"):
            project.update_collaboration(raci_scheme="RACI")
        assert project.collaboration().raci_scheme == "RASCI"
        assert project.roles(1, 2) == "S"
        interchange.export_file(project, tmp_path / "schema.json")
    back = interchange.read_file(tmp_path / "schema.json")
    assert back.collaboration.raci_scheme == "RASCI"
    assert back.raci[(1, 2)] == "S"
