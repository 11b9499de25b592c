"""Ctrl+F: find anything in the collaboration by name or text, and jump to it in its panel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samenwerk_desktop.core.model import KINDS
from samenwerk_desktop.core.validation import fields_of
from samenwerk_desktop.gui.elide import elide_names
from samenwerk_desktop.gui.history import reveal_entity

#: what Ctrl+F searches, in the order its results are listed, with the fields it reads
SEARCHED = {
    "party": ("name", "short_name", "position", "interests"),
    "agreement": ("text", "category"),
    "decision": ("title", "text"),
    "dilemma": ("title", "own_interest", "collective_interest"),
    "work_item": ("title",),
    "meeting": ("title", "location", "notes"),
}
#: at most this many results are listed
LIMIT = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("Find", text)


def kind_names() -> dict[str, str]:
    return {"party": _tr("Partij"), "agreement": _tr("Afspraak"), "decision": _tr("Besluit"),
            "dilemma": _tr("Dilemma"), "work_item": _tr("Onderdeel"), "meeting": _tr("Overleg")}


@dataclass(frozen=True)
class Hit:
    """One thing found: its kind, id and the line that shows it."""

    kind: str
    id: int
    text: str


def _public(kind: str, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The searched fields without facilitator-only ones (a private note is never shown in a result)."""
    private = {s.name for s in fields_of(KINDS[kind]) if s.meta.get("private")}
    return tuple(f for f in fields if f not in private)


def _one_line(value: str, limit: int = 80) -> str:
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def search(data, text: str, limit: int = LIMIT) -> list[Hit]:
    """Everything whose name or text contains ``text`` (any case), names first within each kind."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    names = kind_names()
    hits: list[Hit] = []
    for kind, fields in SEARCHED.items():
        fields = _public(kind, fields)
        found_in_name: list[Hit] = []
        found_in_text: list[Hit] = []
        for entity in data.all(kind):
            values = []
            for field in fields:
                value = getattr(entity, field, "")
                values += value if isinstance(value, list) else [value]
            values = [v for v in values if isinstance(v, str) and v]
            match = next((v for v in values if wanted in v.casefold()), None)
            if match is None:
                continue
            title = _one_line(values[0]) if values else ""
            line = f"{names[kind]}: {title}"
            if match is not values[0]:
                line += f" — “{_one_line(match, 50)}”"
                found_in_text.append(Hit(kind, entity.id, line))
            else:
                found_in_name.append(Hit(kind, entity.id, line))
        hits += found_in_name + found_in_text
        if len(hits) >= limit:
            return hits[:limit]
    return hits


class FindDialog(QDialog):
    """Zoeken: type, and the list shows what matches; Enter (or a double click) jumps to it and closes."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("findDialog")
        self.setWindowTitle(_tr("Zoeken in de samenwerking"))
        layout = QVBoxLayout(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(_tr("Partij, afspraak, besluit, dilemma, onderdeel of overleg…"))
        self.edit.setAccessibleName(_tr("Zoeken in de hele samenwerking"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(_tr("Gevonden"))
        self.results.setToolTip(_tr("Enter of dubbelklik: naar dit onderdeel gaan"))
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.edit.textChanged.connect(self.refresh)
        self.edit.returnPressed.connect(self.go)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.go())
        self.resize(520, 420)
        elide_names(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def refresh(self) -> None:
        doc = self.window_.document
        hits = search(doc.data, self.edit.text()) if doc is not None else []
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit.text)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        text = self.edit.text().strip()
        self.count.setText("" if not text else _tr("Niets gevonden.") if not hits
                           else _tr("%1 gevonden; Enter gaat naar het gekozen onderdeel.").replace("%1", str(len(hits))))

    def go(self) -> None:
        """Jump to the chosen result (the first when none is chosen) and close."""
        item = self.results.currentItem() or self.results.item(0)
        if item is None:
            return
        kind, id_ = item.data(Qt.ItemDataRole.UserRole)
        self.close()
        reveal_entity(self.window_, kind, id_, focus=True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: the arrow keys in the search field move through the results."""
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return False
