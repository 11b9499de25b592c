"""Shared pieces of the RACI editor, the agreements panel and the party inspector (forms: field_binder; tables: entity_table)."""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.validation import DATE_EXPECTED

#: Colours shared by the panels (light tints; every colour cue has a second cue too).
ERROR_TINT = QColor("#f6d0d3")
WARNING_TINT = QColor("#fde9b8")
SELECTED_TINT = QColor("#d6e6fb")
GROUP_TINT = QColor("#e4e4e4")

#: Typed text (a form field or a table cell) is saved this long after the last keystroke.
PAUSE_MS = 800

#: Party fields that other panels show (names in lists and headers, order, board consultation).
PARTY_SHOWN_FIELDS = frozenset({"name", "short_name", "sort_order", "must_consult_board"})


def party_names_changed(change) -> bool:
    """False for a change that only touched party fields no other panel shows (a note, a score)."""
    kinds = change.kinds | {change.kind}
    if "party" not in kinds:
        return False
    return not (change.kind == "party" and change.action == "update" and not set(change.fields) & PARTY_SHOWN_FIELDS)


#: Custom item roles.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


def load_form(name: str, host: QWidget) -> QWidget:
    """The Qt Designer form ``ui/<name>`` (compiled: gui/forms) put into ``host`` as its only child."""
    from samenwerk_desktop.gui import forms

    form = forms.build(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def compact_combos(root: QWidget, characters: int = 10) -> None:
    """Combo boxes of user texts (meetings, work items) no wider than needed: the pane decides the width.

    By default a combo box is as wide as its longest item, so one long meeting title would push
    the whole panel wider than its pane. The box draws a long entry elided, the whole entry in its
    tooltip, and so do the lists and tables under ``root`` (gui/elide.py).
    """
    from samenwerk_desktop.gui.elide import elide_names

    elide_names(root, characters)


def child(form: QObject, cls, name: str):
    """A named child of a loaded form; a missing one is a programming error."""
    found = form.findChild(cls, name)
    if found is None:
        raise LookupError(f"form has no {cls.__name__} named {name!r}")
    return found


def tooltip(text: str | None) -> str | None:
    """User text as a tooltip that shows exactly what was typed.

    Qt renders a tooltip that looks like HTML as rich text (``<b>`` would turn bold and
    ``<img src="/a/file">`` would load a local file), so the text is escaped inside ``<qt>``.
    """
    if not text:
        return None
    return "<qt>" + html.escape(text[:2000]).replace("\n", "<br>") + "</qt>"


_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def normalise_date(text: str) -> str:
    """A date as typed in the Netherlands ("31-3-2026", "31/03/2026") or loosely ("2026-3-31") as ISO.

    Anything else comes back unchanged, so the core can explain what it expects.
    """
    text = text.strip()
    m = _DMY.match(text)
    parts = (m.group(3), m.group(2), m.group(1)) if m else None
    m = _YMD.match(text)
    if m:
        parts = (m.group(1), m.group(2), m.group(3))
    if parts is None:
        return text
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return text


def refusal(exc: SamenwerkError, value=None, field: str = "") -> str:
    """The sentence for the core's refusal of a value typed in a field, naming the field by its label.

    The core's problem says which kind, id and field it refuses, and the field's label in the
    user's words (the file's place, "agreements[1].review_date", is not what the user sees). A
    refused text is quoted in the sentence, so what was typed is not lost when the field goes back.
    """
    problems = list(getattr(exc, "problems", []) or [])
    problem = next((p for p in problems if p.field == field), problems[0] if problems else None)
    if problem is None:
        return str(exc)
    name = problem.label or problem.field
    message = str(problem.message)
    if problem.message == DATE_EXPECTED:  # the window reads dates day first, as they are shown
        message = _t("moet een datum zijn als 31-3-2026")
    sentence = f"{name}: {message}." if name else str(exc)
    typed = value if isinstance(value, str) else str(value) if isinstance(value, (int, float)) else ""
    if typed.strip() and not isinstance(value, bool):
        shown = typed if len(typed) <= 60 else typed[:59] + "…"
        sentence += " " + _t("Niet opgeslagen: “{0}”.").format(shown)
    return sentence


def label_of(msg: Msg) -> str:
    """A vocabulary label in the current core language."""
    return str(msg)


def icon(which: str):
    """A standard icon by severity: "error" or "warning" (from the current style)."""
    from PySide6.QtWidgets import QApplication

    pixmap = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    }[which]
    return QApplication.style().standardIcon(pixmap)


def fill_choices(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
    """Replace the items of a combo box with (label, value) pairs, keeping the chosen value."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(blocked)


def vocabulary(vocab: dict, *, none: str | None = None) -> list[tuple[str, object]]:
    """(label, code) pairs of a vocabulary, optionally led by a "none" entry."""
    out: list[tuple[str, object]] = [(none, None)] if none is not None else []
    return out + [(label_of(msg), code) for code, msg in vocab.items()]


def party_choices(document, *, none: str | None = None) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = [(none, None)] if none is not None else []
    return out + [(p.name, p.id) for p in document.data.parties]


def fill_party_checklist(widget: QListWidget, document, checked: list[int] | None) -> None:
    """Fill a list widget with a checkable item per party."""
    # every entry is one line (a tick and a name, elided): a list that sizes each entry laid out all thousand
    # parties of the large collaboration at its first paint (30-90 ms) and after every change of them
    widget.setUniformItemSizes(True)
    blocked = widget.blockSignals(True)
    chosen = set(checked or [])
    parties = document.data.parties
    if [widget.item(i).data(ID_ROLE) for i in range(widget.count())] == [p.id for p in parties]:
        for i, party in enumerate(parties):  # the same parties: only names and ticks can differ
            item = widget.item(i)
            if item.text() != party.name:
                item.setText(party.name)
            state = Qt.CheckState.Checked if party.id in chosen else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        widget.blockSignals(blocked)
        return
    widget.clear()
    flags, on, off = _CHECKLIST_FLAGS, Qt.CheckState.Checked, Qt.CheckState.Unchecked  # once, not per party
    widget.addItems([party.name for party in parties])  # the entries made in one call, not a QListWidgetItem each
    item_at = widget.item
    for i, party in enumerate(parties):
        item = item_at(i)
        item.setData(ID_ROLE, party.id)
        item.setFlags(flags)
        item.setCheckState(on if party.id in chosen else off)
    widget.blockSignals(blocked)


#: a party checklist's item: ticked, chosen (Qt's flag enums combined once: a thousand parties made 2,000 enum ORs)
_CHECKLIST_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


def checked_ids(widget: QListWidget) -> list[int]:
    return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


__all__ = [
    "CHOICES_ROLE",
    "ERROR_TINT",
    "GROUP_TINT",
    "ID_ROLE",
    "SELECTED_TINT",
    "WARNING_TINT",
    "child",
    "compact_combos",
    "fill_choices",
    "load_form",
    "party_choices",
    "vocabulary",
]
