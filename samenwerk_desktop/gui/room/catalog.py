"""The room's views by key, number and title, without their drawing code: what the menus need before the first paint.

The views themselves (views.py and the modules it loads) register one class per key here, and
a test checks that the two agree; registry.py loads them all when a view is first drawn.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

#: every view's key and its number (Ctrl+Shift+number in the window, the number key on the room's screen), in order
NUMBERS = {"map": 1, "raci": 2, "agreements": 3, "decisions": 4, "dilemmas": 5, "challenge": 6, "agenda": 7,
           "meeting": 8, "round": 9, "movement": 10, "scan": 11, "give_take": 12, "disputes": 13}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


def title(key: str) -> str:
    """The name of the view ``key`` in the menus and on the room's screen, in the current language."""
    return {
        "map": _tr("Krachtenveld"),
        "raci": _tr("Wie doet wat (RACI)"),
        "agreements": _tr("Werkafspraken"),
        "decisions": _tr("Besluiten"),
        "dilemmas": _tr("Dilemma's"),
        "challenge": _tr("Waar doen wij het voor?"),
        "agenda": _tr("Agenda"),
        "meeting": _tr("Lopend overleg"),
        "round": _tr("Ronde"),
        "movement": _tr("Ontwikkeling van het krachtenveld"),
        "scan": _tr("Samenwerkingsscan"),
        "give_take": _tr("Wat kunnen we voor elkaar betekenen?"),
        "disputes": _tr("Geschillen"),
    }[key]


def loaded() -> dict | None:
    """Every view by key if their modules are loaded (one was drawn), else None: nothing to tell them yet."""
    registry = sys.modules.get("samenwerk_desktop.gui.room.registry")
    return None if registry is None else registry.REGISTRY
