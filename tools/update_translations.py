"""Collect the user-visible strings of the GUI into resources/translations/samenwerk_en.ts.

Run from the repository root: ``python tools/update_translations.py`` (``--check`` lists the
strings that still need an English translation and exits 1 when there are any).

What counts as a string (Dutch is the source language):
- ``self.tr("…")`` inside a class: context = the class name;
- ``QCoreApplication.translate("Context", "…")``;
- a module helper ``def _tr(text): return QCoreApplication.translate("Context", text)``, then ``_tr("…")``;
- ``<string>`` texts of Qt Designer forms in ``ui/`` (context = the form's class, as QUiLoader looks them up).

Existing translations are kept; new strings are added as ``type="unfinished"``. Messages no
longer found in the sources are kept as they are (another helper may add its own contexts by
hand); ``--prune`` removes them. Contexts and messages are sorted, one ``<context>`` per class.
The same file can also be handled by Qt Linguist or ``pyside6-lupdate``.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samenwerk_desktop" / "gui", ROOT / "samenwerk_desktop" / "launcher.py"]
FORMS = ROOT / "ui"
TS_FILE = ROOT / "resources" / "translations" / "samenwerk_en.ts"


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" split over lines is one Constant
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate(func) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" and (
        isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication"))


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module functions that wrap QCoreApplication.translate with a fixed context: name -> context."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and _is_translate(sub.func) and sub.args:
                    context = _literal(sub.args[0])
                    if context:
                        helpers[node.name] = context
    return helpers


def collect_python(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) of every translatable string in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = _helper_contexts(tree)
    found: list[tuple[str, str, int]] = []

    def visit(node, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                if _is_translate(func) and len(child.args) >= 2:
                    context, text = _literal(child.args[0]), _literal(child.args[1])
                    if context and text:
                        found.append((context, text, child.lineno))
                elif isinstance(func, ast.Attribute) and func.attr == "tr" and cls and child.args:
                    text = _literal(child.args[0])
                    if text:
                        found.append((cls, text, child.lineno))
                elif isinstance(func, ast.Name) and func.id in helpers and child.args:
                    text = _literal(child.args[0])
                    if text:
                        found.append((helpers[func.id], text, child.lineno))
            visit(child, cls)

    visit(tree, None)
    return found


def collect_form(path: Path) -> list[tuple[str, str, int]]:
    root = ET.parse(path).getroot()
    context = root.findtext("class") or path.stem
    found = []
    for string in root.iter("string"):
        if string.get("notr") == "true" or not (string.text or "").strip():
            continue
        found.append((context, string.text, 0))
    return found


def collect() -> dict[str, dict[str, str]]:
    """context -> {source: first location}."""
    out: dict[str, dict[str, str]] = {}
    files = []
    for base in SOURCES:
        files += sorted(base.rglob("*.py")) if base.is_dir() else ([base] if base.exists() else [])
    for path in files:
        for context, text, line in collect_python(path):
            out.setdefault(context, {}).setdefault(text, f"{path.relative_to(ROOT)}:{line}")
    for path in sorted(FORMS.glob("*.ui")) if FORMS.is_dir() else []:
        for context, text, _ in collect_form(path):
            out.setdefault(context, {}).setdefault(text, str(path.relative_to(ROOT)))
    return out


def read_existing(path: Path) -> dict[str, dict[str, tuple[str, str | None]]]:
    """context -> {source: (translation, type)}."""
    if not path.exists():
        return {}
    existing: dict[str, dict[str, tuple[str, str | None]]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None:
                continue
            existing.setdefault(name, {})[source] = ((node.text or "") if node is not None else "",
                                                     node.get("type") if node is not None else "unfinished")
    return existing


def write(path: Path, found, existing, prune: bool) -> tuple[int, int]:
    root = ET.Element("TS", {"version": "2.1", "language": "en_GB", "sourcelanguage": "nl_NL"})
    missing = total = 0
    for context in sorted(set(found) | (set() if prune else set(existing))):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        sources = dict.fromkeys(found.get(context, {}))
        if not prune:
            sources.update(dict.fromkeys(existing.get(context, {})))
        for source in sorted(sources):
            total += 1
            message = ET.SubElement(ctx, "message")
            where = found.get(context, {}).get(source)
            if where:
                file, _, line = where.partition(":")
                ET.SubElement(message, "location", {"filename": file, **({"line": line} if line else {})})
            ET.SubElement(message, "source").text = source
            text, kind = existing.get(context, {}).get(source, ("", "unfinished"))
            attrs = {"type": "unfinished"} if not text or kind == "unfinished" else {}
            if not text:
                missing += 1
            ET.SubElement(message, "translation", attrs).text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return total, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list strings without an English translation")
    parser.add_argument("--prune", action="store_true", help="drop messages no longer found in the sources")
    args = parser.parse_args(argv)
    found = collect()
    existing = read_existing(TS_FILE)
    if args.check:
        missing = [(c, s) for c, texts in found.items() for s in texts if not existing.get(c, {}).get(s, ("",))[0]]
        for context, source in missing:
            print(f"{context}: {source!r}")
        print(f"{len(missing)} string(s) without English", file=sys.stderr)
        return 1 if missing else 0
    total, missing = write(TS_FILE, found, existing, args.prune)
    print(f"{TS_FILE.relative_to(ROOT)}: {total} strings, {missing} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
