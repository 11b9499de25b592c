"""The committed .qm files are what pyside6-lrelease makes of the .ts files, and every message has its English."""

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
COUNTS = (-1, 0, 1, 2, 5, 21)  # -1: not a plural call


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.get("numerus") == "yes"))
    return out


def _load(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return translator


def _meaning(translator: QTranslator, messages) -> dict:
    return {(c, s, n): translator.translate(c, s, None, n) for c, s, plural in messages for n in (COUNTS if plural else (-1,))}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path, lang):
    """Fails when the .ts changed and the .qm was not remade (``make tr-update``).

    A file's modification time says nothing after a git checkout, so "older than the .ts" is
    checked by content. lrelease of PySide6 6.11.3 (Python 3.11) and 6.12.0 (3.12, 3.13) wrote the
    same bytes when this test was written; should a later lrelease lay the file out differently, the
    test compares what the two files mean instead: every message, in its context, and each plural
    form, must translate the same.
    """
    ts, committed = TRANSLATIONS / f"samenwerk_{lang}.ts", TRANSLATIONS / f"samenwerk_{lang}.qm"
    fresh = tmp_path / committed.name
    _tool().lrelease(ts, fresh)
    if fresh.read_bytes() == committed.read_bytes():
        return
    messages = _messages(ts)
    assert _meaning(_load(committed), messages) == _meaning(_load(fresh), messages), "run: make tr-update"


def _contents(ts: Path) -> list:
    """Every message of a .ts file with its translation, without the source locations (they move with any edit)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            out.append((context.findtext("name"), message.findtext("source"), message.get("numerus"),
                        node.get("type"), node.text if len(node) == 0 else [f.text for f in node]))
    return out


def test_the_ts_files_are_what_the_tool_makes_of_the_sources(tmp_path):
    tool = _tool()
    found = tool.collect()
    for ts, kw in ((tool.TS_FILE, {}), (tool.NL_TS_FILE, {"language": "nl_NL", "only_plural": True})):
        out = tmp_path / ts.name
        tool.write(out, found, tool.read_existing(ts), False, **kw)
        assert _contents(out) == _contents(ts), "run: make tr-update"


def test_every_string_of_the_sources_has_english_in_its_own_context():
    """No fallback to the same Dutch text in another context: each context must carry its own English."""
    tool = _tool()
    found = tool.collect()
    english = _load(TRANSLATIONS / "samenwerk_en.qm")
    missing = [(c, s) for c, texts in found.items() for s in texts
               if not english.translate(c, s, None, 2 if (c, s) in tool.PLURAL else -1)]
    assert missing == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Move party", "Move 3 parties"]),
    ("nl", ["Partij verplaatsen", "3 partijen verplaatsen"]),
])
def test_the_plural_messages_count_in_english_and_in_dutch(qapp, lang, expected):
    translator = _load(TRANSLATIONS / f"samenwerk_{lang}.qm")
    previous = getattr(qapp, "_samenwerk_translators", [])
    for other in previous:
        qapp.removeTranslator(other)
    qapp.installTranslator(translator)
    try:
        assert [QCoreApplication.translate("MapScene", "%n partij(en) verplaatsen", "", n) for n in (1, 3)] == expected
    finally:
        qapp.removeTranslator(translator)
        for other in previous:
            qapp.installTranslator(other)


def test_the_dutch_file_holds_only_the_plural_messages():
    assert {plural for _, _, plural in _messages(TRANSLATIONS / "samenwerk_nl.ts")} == {True}


def test_tr_check_finds_nothing_without_english():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout
