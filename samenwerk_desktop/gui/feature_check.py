"""WORKAROUND: PySide's check of each imported module for "PySide6", without keeping every source in linecache."""

from __future__ import annotations

import sys


def install() -> bool:
    """Replace shiboken's ``_mod_uses_pyside`` by one that reads the file once and keeps nothing; True if replaced.

    WORKAROUND: shiboken's import hook asks, for every module imported after PySide6, whether
    its source mentions "PySide6" (``feature_imported`` -> ``_mod_uses_pyside`` ->
    ``inspect.getsource``; see https://github.com/pyzo/pyzo/pull/851 for the mechanism). That puts
    the lines of every module the program imports into ``linecache`` for the life of the process:
    10.7 MB on the large collaboration's window (tracemalloc). The answer stays the same: a
    module whose ``.py`` file contains "PySide6" can switch PySide features, any other is ignored.
    """
    import PySide6  # noqa: F401 - loads shiboken's import hook and its feature module

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "samenwerk", False):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


def uses_pyside(module) -> bool:
    """Whether the source file of ``module`` mentions PySide6 (a built-in, compiled or source-less module: no)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


uses_pyside.samenwerk = True  # type: ignore[attr-defined]
