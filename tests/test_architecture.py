"""The layers hold: the Qt-free parts stay Qt-free, no import cycle, no module too big to see at a glance."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "samenwerk_desktop"

#: No module of the package is longer than this many lines.
MAX_LINES = 600

#: Written by a tool, not by hand (pyside6-uic's forms: tools/compile_forms.py; tests/gui/test_forms.py checks them):
#: their length is the form's, so the line limit does not apply.
GENERATED = "gui/forms/ui_*.py"

#: Modules still over MAX_LINES while another engineer splits them; the lead empties this list.
SIZE_ALLOWANCE: dict[str, str] = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


#: Every module of the package, by dotted name.
MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}

#: The command line, the launcher, the paths and every module of the core and the reports: no Qt.
QT_FREE = sorted(name for name in MODULES if name.split(".")[1:2] in (["core"], ["reports"], ["cli"], ["launcher"], ["paths"]))


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_the_qt_free_list_covers_the_reports_and_the_core():
    assert {"samenwerk_desktop.reports.pdf", "samenwerk_desktop.reports.csv_io", "samenwerk_desktop.reports.mapdraw",
            "samenwerk_desktop.core.storage.project", "samenwerk_desktop.cli"} <= set(QT_FREE)


def test_import_contract_holds():
    """import-linter is part of the test extra: a missing tool is a failure, not a skip."""
    import tomllib

    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), f"import-linter is missing: pip install -e '.[test]' ({lint})"
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert {c["type"] for c in contracts} == {"forbidden", "layers"}
    out = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"{len(contracts)} kept, 0 broken" in out.stdout


def _imports(name: str, path: Path) -> set[str]:
    """The package's modules that a module imports anywhere: at the top, in a function, under TYPE_CHECKING."""
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in MODULES}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in MODULES:
                    found.add(f"{target}.{alias.name}")
                elif target in MODULES:
                    found.add(target)
    found.discard(name)
    return found


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_the_cycle_finder_finds_a_deferred_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_a_function_level_import_counts(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from samenwerk_desktop.gui import settings\n    return settings\n")
    assert _imports("samenwerk_desktop.x", source) == {"samenwerk_desktop.gui.settings"}


def test_no_import_cycle_among_the_modules_not_even_a_deferred_one():
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    assert import_cycles(graph) == []


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_600_lines():
    over = {str(p.relative_to(PACKAGE)): _lines(p) for p in MODULES.values()
            if _lines(p) > MAX_LINES and not p.relative_to(PACKAGE).match(GENERATED)}
    unexpected = {name: n for name, n in over.items() if name not in SIZE_ALLOWANCE}
    assert unexpected == {}, f"split these along their seams (at most {MAX_LINES} lines each)"


def test_the_size_allowance_names_only_modules_still_over_600_lines():
    """An allowance ends when its module is small enough: take it off the list then."""
    stale = [name for name in SIZE_ALLOWANCE if not (PACKAGE / name).exists() or _lines(PACKAGE / name) <= MAX_LINES]
    assert stale == []


def test_json_schema_file_is_current():
    from samenwerk_desktop.core.interchange import json_schema

    committed = json.loads((ROOT / "docs" / "samenwerk-5.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: python -m tools.gen_schema"


def test_every_package_is_listed_for_the_wheel():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "samenwerk_desktop").rglob("__init__.py")
    }
    assert on_disk <= listed
