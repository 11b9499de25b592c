"""Collect the user-visible strings of the GUI into resources/translations/samenwerk_en.ts.

Run from the repository root: ``python tools/update_translations.py`` (``--check`` lists the
strings that still need an English translation and exits 1 when there are any).

What counts as a string (Dutch is the source language):
- ``self.tr("…")`` inside a class: context = the class name;
- ``QCoreApplication.translate("Context", "…")``;
- a module helper ``def _tr(text): return QCoreApplication.translate("Context", text)``, then ``_tr("…")``;
- ``<string>`` texts of Qt Designer forms in ``ui/`` (context = the form's class, as QUiLoader looks them up).

A count passed as the last argument (``self.tr("%n partijen", "", n)``, or a helper that passes
one on) makes a plural message (``numerus="yes"``): English gets one ``<numerusform>`` per plural
form, and the plural-only ``samenwerk_nl.ts`` gives the Dutch forms (Qt's way for the source
language). Both .ts files are then compiled with ``pyside6-lrelease`` into the .qm files beside
them, which the program loads (``--no-compile`` skips that).

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
#: Dutch is the source language: this file only holds the Dutch forms of the plural messages.
NL_TS_FILE = ROOT / "resources" / "translations" / "samenwerk_nl.ts"


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


def _helper_contexts(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module functions that wrap QCoreApplication.translate with a fixed context: name -> (context, plural)."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and _is_translate(sub.func) and sub.args:
                    context = _literal(sub.args[0])
                    if context:
                        helpers[node.name] = (context, len(sub.args) >= 4)
    return helpers


def collect_python(path: Path) -> list[tuple[str, str, int, bool]]:
    """(context, source, line, plural) of every translatable string in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = _helper_contexts(tree)
    found: list[tuple[str, str, int, bool]] = []

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
                        found.append((context, text, child.lineno, len(child.args) >= 4))
                elif isinstance(func, ast.Attribute) and func.attr == "tr" and cls and child.args:
                    text = _literal(child.args[0])
                    if text:
                        found.append((cls, text, child.lineno, len(child.args) >= 3))
                elif isinstance(func, ast.Name) and func.id in helpers and child.args:
                    text = _literal(child.args[0])
                    if text:
                        context, plural = helpers[func.id]
                        found.append((context, text, child.lineno, plural))
            visit(child, cls)

    visit(tree, None)
    return found


def collect_form(path: Path) -> list[tuple[str, str, int, bool]]:
    root = ET.parse(path).getroot()
    context = root.findtext("class") or path.stem
    found = []
    for string in root.iter("string"):
        if string.get("notr") == "true" or not (string.text or "").strip():
            continue
        found.append((context, string.text, 0, False))
    return found


#: Joins the forms of a plural message in what :func:`read_existing` returns.
FORMS_SEP = "\x1f"

#: (context, source) of the plural messages that :func:`collect` found last.
PLURAL: set[tuple[str, str]] = set()


def collect() -> dict[str, dict[str, str]]:
    """context -> {source: first location}; see :data:`PLURAL` for the plural messages."""
    out: dict[str, dict[str, str]] = {}
    PLURAL.clear()
    files = []
    for base in SOURCES:
        files += sorted(base.rglob("*.py")) if base.is_dir() else ([base] if base.exists() else [])
    for path in files:
        for context, text, line, plural in collect_python(path):
            out.setdefault(context, {}).setdefault(text, f"{path.relative_to(ROOT)}:{line}")
            if plural:
                PLURAL.add((context, text))
    for path in sorted(FORMS.glob("*.ui")) if FORMS.is_dir() else []:
        for context, text, _, _ in collect_form(path):
            out.setdefault(context, {}).setdefault(text, str(path.relative_to(ROOT)))
    return out


def read_existing(path: Path) -> dict[str, dict[str, tuple[str, str | None]]]:
    """context -> {source: (translation, type)}; the forms of a plural message are joined by FORMS_SEP."""
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
            forms = [form.text or "" for form in node.iter("numerusform")] if node is not None else []
            text = (FORMS_SEP.join(forms) if all(forms) else "") if forms else ((node.text or "") if node is not None else "")
            existing.setdefault(name, {})[source] = (text, node.get("type") if node is not None else "unfinished")
    return existing


def _translation(message, text: str, attrs: dict, plural: bool) -> None:
    node = ET.SubElement(message, "translation", attrs)
    if plural:
        for form in (text.split(FORMS_SEP) if text else ["", ""]):
            ET.SubElement(node, "numerusform").text = form
    else:
        node.text = text


def write(path: Path, found, existing, prune: bool, *, language: str = "en_GB", only_plural: bool = False
          ) -> tuple[int, int]:
    """Write one .ts file; ``only_plural`` keeps just the plural messages (the source language's file)."""
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "nl_NL"})
    missing = total = 0
    plural_of = PLURAL | {(c, s) for c, texts in existing.items() for s, (t, _) in texts.items() if FORMS_SEP in t}
    for context in sorted(set(found) | (set() if prune else set(existing))):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        sources = dict.fromkeys(found.get(context, {}))
        if not prune:
            sources.update(dict.fromkeys(existing.get(context, {})))
        if only_plural:
            sources = {s: None for s in sources if (context, s) in plural_of}
            if not sources:
                root.remove(ctx)
                continue
        for source in sorted(sources):
            total += 1
            plural = (context, source) in plural_of
            message = ET.SubElement(ctx, "message", {"numerus": "yes"} if plural else {})
            where = found.get(context, {}).get(source)
            if where:
                file, _, line = where.partition(":")
                ET.SubElement(message, "location", {"filename": file, **({"line": line} if line else {})})
            ET.SubElement(message, "source").text = source
            text, kind = existing.get(context, {}).get(source, ("", "unfinished"))
            attrs = {"type": "unfinished"} if not text or kind == "unfinished" else {}
            if not text:
                missing += 1
            _translation(message, text, attrs, plural)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return total, missing


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` with the lrelease that ships with PySide6-Essentials."""
    import subprocess

    import PySide6

    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list strings without an English translation")
    parser.add_argument("--prune", action="store_true", help="drop messages no longer found in the sources")
    parser.add_argument("--no-compile", action="store_true", help="do not run pyside6-lrelease afterwards")
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
    total, missing = write(NL_TS_FILE, found, read_existing(NL_TS_FILE), args.prune, language="nl_NL",
                           only_plural=True)
    print(f"{NL_TS_FILE.relative_to(ROOT)}: {total} plural strings, {missing} without their Dutch forms")
    if not args.no_compile:
        for ts in (TS_FILE, NL_TS_FILE):
            lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
