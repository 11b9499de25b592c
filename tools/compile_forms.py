"""Compile the Qt Designer forms of ui/ with pyside6-uic into samenwerk_desktop/gui/forms/ (run after editing a form).

The window builds its forms from these modules (gui/forms/__init__.py): with cached bytecode that
is 1-2 ms a form, where QUiLoader parsed the XML at each start (main_window.ui 30-35 ms, the
agreements panel's 60-65 ms). tests/gui/test_forms.py checks that each module is what
pyside6-uic makes of its form today and that it builds the same widgets as QUiLoader.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUT = ROOT / "samenwerk_desktop" / "gui" / "forms"


def uic() -> Path:
    """The pyside6-uic beside this Python (the venv's)."""
    return Path(sys.executable).with_name("pyside6-uic")


def compiled(form: Path) -> str:
    """What pyside6-uic makes of ``form``, its imports cut to the names the form uses (see ``used_imports_only``)."""
    done = subprocess.run([str(uic()), str(form)], capture_output=True, text=True, check=True)
    return used_imports_only(done.stdout)


def used_imports_only(source: str) -> str:
    """``source`` with each ``from PySide6.X import (...)`` cut to the names the module uses.

    pyside6-uic imports the same 40-odd classes into every form. PySide makes a class's Python
    type, with its enums, when it is first imported by name: the unused ones cost the window's
    first paint about 10 ms.
    """
    tree = ast.parse(source)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(imports):  # from the bottom up, so the line numbers above stay right
        names = [alias.name for alias in node.names if alias.name in used]
        text = f"from {node.module} import {', '.join(names)}\n" if names else ""
        lines[node.lineno - 1:node.end_lineno] = [text]
    return "".join(lines)


def target(form: Path) -> Path:
    return OUT / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        target(form).write_text(compiled(form), encoding="utf-8")
        print(f"{target(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
