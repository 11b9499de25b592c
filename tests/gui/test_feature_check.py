"""PySide's check of each imported module for "PySide6" answers as before and keeps no source in linecache."""

from __future__ import annotations

import linecache
import sys

import pytest

from samenwerk_desktop.gui import feature_check


@pytest.fixture
def fresh_module(tmp_path, monkeypatch):
    """Import a new module from ``text`` (the first import of its name in this process)."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def make(name: str, text: str):
        (tmp_path / f"{name}.py").write_text(text)
        monkeypatch.delitem(sys.modules, name, raising=False)
        exec(f"import {name}", {})  # an import statement: shiboken's hook sits in __import__
        return sys.modules[name]

    return make


@pytest.mark.parametrize(("text", "expected"), [
    ("from PySide6.QtCore import QObject\n", 0),
    ("import json\n", -1),
])
def test_an_imported_module_is_classified_as_shiboken_would(fresh_module, text, expected):
    name = f"swk_probe_{expected + 1}"
    module = fresh_module(name, text)
    assert sys.modules["shibokensupport.feature"].pyside_feature_dict[name] == expected
    assert module.__file__ not in linecache.cache


def test_a_module_without_a_source_file_does_not_use_pyside():
    assert feature_check.uses_pyside(sys) is False
    assert feature_check.install() is False  # once, at the import of the gui package
