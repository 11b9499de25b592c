"""The Qt-free core stays Qt-free, and the JSON Schema in docs/ matches the model."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = [
    "samenwerk_desktop.core.model",
    "samenwerk_desktop.core.storage",
    "samenwerk_desktop.core.interchange",
    "samenwerk_desktop.core.raci",
    "samenwerk_desktop.cli",
    "samenwerk_desktop.launcher",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_import_contract_holds():
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed in this environment")
    out = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 kept, 0 broken" in out.stdout


def test_json_schema_file_is_current():
    from samenwerk_desktop.core.interchange import json_schema

    committed = json.loads((ROOT / "docs" / "samenwerk-1.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: python -m tools.gen_schema"


def test_every_package_is_listed_for_the_wheel():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "samenwerk_desktop").rglob("__init__.py")
    }
    assert on_disk <= listed
