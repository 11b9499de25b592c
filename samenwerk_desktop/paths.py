"""Where the Qt Designer forms and the resources are, in a source tree, an install or a build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def _locate(name: str) -> Path:
    here = Path(__file__).resolve().parent
    bases = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        bases.append(Path(frozen))
    bases += [here, here.parent]  # installed wheel: package/NAME; source tree: repo/NAME
    for base in bases:
        candidate = base / name
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    raise FileNotFoundError(f"Samenwerk cannot find its {name!r} folder (looked in {', '.join(map(str, bases))})")


@cache
def resources_dir() -> Path:
    """The resources folder: icons, fonts, translations, the demo project."""
    return _locate("resources")


@cache
def ui_dir() -> Path:
    """The folder of the Qt Designer ``.ui`` forms."""
    return _locate("ui")


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)
