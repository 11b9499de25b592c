"""Reading a big map: focus on one party, filters by kind, stance and relation type, and search by name.

What is filtered out or outside the focus is faded, not hidden: the map keeps its shape and
the facilitator still sees where the rest is. The state lives here, beside the scene; the
scene's items only get an opacity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QMenu, QToolButton

from samenwerk_desktop.core.actors import ACTOR_TYPES, LADDER, actor_type
from samenwerk_desktop.core.model import PARTY_KINDS, RELATION_TYPES, STANCES

FADED_PARTY = 0.15
FADED_RELATION = 0.06
#: at most this many parties picked out by the focus or the search keep their names zoomed out
NAMED_LIMIT = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapReading", text)


@dataclass
class Reading:
    """What the map shows in full: None means no limit."""

    kinds: set[str] | None = None
    stances: set[int] | None = None
    actor_types: set[str] | None = None
    ladder: set[str] | None = None
    relation_types: set[str] | None = None
    focus: int | None = None
    search: str = ""
    #: parties that match the search (filled by :func:`apply`)
    matches: list[int] = field(default_factory=list)
    #: parties whose names show at any zoom: the party in focus with its neighbours, or the search's
    #: matches, when there are at most NAMED_LIMIT of them (filled by :func:`apply`)
    named: set[int] = field(default_factory=set)

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.kinds, self.stances, self.actor_types, self.ladder,
                                           self.relation_types, self.focus)) or bool(self.search.strip())


def apply(scene, reading: Reading) -> None:
    """Fade what the reading leaves out: parties by kind, stance, search and focus; relations by type and ends."""
    data = scene.document.data
    parties = data.entities["party"]
    relations = data.entities["relation"]
    shown = set(parties)
    if reading.kinds is not None:
        shown = {pid for pid in shown if parties[pid].kind in reading.kinds}
    if reading.stances is not None:
        shown = {pid for pid in shown if parties[pid].stance in reading.stances}
    if reading.actor_types is not None:
        shown = {pid for pid in shown if actor_type(parties[pid]) in reading.actor_types}
    if reading.ladder is not None:
        shown = {pid for pid in shown if parties[pid].ladder_now in reading.ladder}
    needle = reading.search.strip().casefold()
    reading.matches = []
    if needle:
        reading.matches = [p.id for p in data.parties if needle in p.name.casefold()
                           or needle in p.short_name.casefold()]
        shown &= set(reading.matches)
    if reading.focus is not None and reading.focus in parties:
        near = {reading.focus}
        for r in relations.values():
            if reading.focus in (r.source_id, r.target_id) and (
                    reading.relation_types is None or r.type in reading.relation_types):
                near |= {r.source_id, r.target_id}
        shown &= near
    picked = reading.focus is not None or bool(needle)
    reading.named = shown if picked and len(shown) <= NAMED_LIMIT else set()
    for pid, item in scene.parties.items():
        opacity = 1.0 if pid in shown else FADED_PARTY
        if item.opacity() != opacity:
            item.setOpacity(opacity)
    faded = FADED_RELATION if len(relations) < 1000 else FADED_RELATION / 3  # thousands of faint lines add up
    for rid, item in scene.relations.items():
        r = relations.get(rid)
        full = r is not None and r.source_id in shown and r.target_id in shown and (
            reading.relation_types is None or r.type in reading.relation_types)
        if reading.focus is not None and r is not None and reading.focus not in (r.source_id, r.target_id):
            full = False
        opacity = 1.0 if full else faded
        if item.opacity() != opacity:
            item.setOpacity(opacity)
            if item.bundle is not None:
                item.bundle.invalidate()  # the overview's lines are grouped by opacity


class ReadingBar(QFrame):
    """Search field (Ctrl+Alt+F; Ctrl+F finds in the whole window), a filter menu and the focus button, over the map."""

    #: the reading changed; the view applies it to the scene
    changed = Signal()
    #: Return in the search field: go to the first match
    goToMatch = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mapReadingBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.reading = Reading()
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        box.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setObjectName("mapSearch")
        self.search.setPlaceholderText(_tr("Zoek een partij (Ctrl+Alt+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_tr("Zoek een partij op de kaart"))
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.goToMatch)
        self.filter_button = QToolButton(self)
        self.filter_button.setObjectName("mapFilterButton")
        self.filter_button.setText(_tr("Filter"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self)
        self.filter_button.setMenu(self.filter_menu)
        self.focus_button = QToolButton(self)
        self.focus_button.setObjectName("mapFocusOff")
        self.focus_button.setText(_tr("Focus opheffen"))
        self.focus_button.clicked.connect(lambda: self.set_focus(None))
        self.focus_button.hide()
        # Ctrl+Alt+F or a click reaches them; Tab from the map goes on to the next control, not into the bar
        for widget in (self.search, self.filter_button, self.focus_button):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        box.addWidget(self.search, 1)
        box.addWidget(self.filter_button)
        box.addWidget(self.focus_button)
        self.kind_actions = self._group(_tr("Soort partij"), {k: str(v) for k, v in PARTY_KINDS.items()}, "kinds")
        self.stance_actions = self._group(_tr("Standpunt"), {k: str(v) for k, v in STANCES.items()}, "stances")
        self.actor_actions = self._group(_tr("Actortype (krachtenveld)"), {k: str(v) for k, v in ACTOR_TYPES.items()},
                                         "actor_types")
        self.ladder_actions = self._group(_tr("Participatieladder (nu)"), {
            "": _tr("nog niet gekozen"), **{k: str(v) for k, v in LADDER.items()}}, "ladder")
        self.type_actions = self._group(_tr("Soort relatie"), {k: str(v) for k, v in RELATION_TYPES.items()},
                                        "relation_types")
        self.filter_menu.addSeparator()
        self.filter_menu.addAction(_tr("Alles tonen"), self.clear_filters)
        self.find_action = QAction(_tr("Zoeken op de kaart"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+Alt+F"))  # Ctrl+F finds in the whole collaboration
        # from anywhere in the window, like the placeholder says: in a profile's field the key was lost without a sign
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.start_search)

    def _group(self, title: str, choices: dict, attr: str) -> dict:
        self.filter_menu.addSection(title)
        actions = {}
        for code, text in choices.items():
            act = self.filter_menu.addAction(text)
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(lambda _on, a=attr: self._on_filter(a))
            actions[code] = act
        return actions

    def _on_filter(self, attr: str) -> None:
        actions = self._actions(attr)
        chosen = {code for code, act in actions.items() if act.isChecked()}
        setattr(self.reading, attr, None if len(chosen) == len(actions) else chosen)
        self.filter_button.setText(_tr("Filter") + (" •" if self._filtered() else ""))
        self.changed.emit()

    def _actions(self, attr: str) -> dict:
        return {"kinds": self.kind_actions, "stances": self.stance_actions, "actor_types": self.actor_actions,
                "ladder": self.ladder_actions, "relation_types": self.type_actions}[attr]

    def _filtered(self) -> bool:
        r = self.reading
        return any(v is not None for v in (r.kinds, r.stances, r.actor_types, r.ladder, r.relation_types))

    def set_filter(self, attr: str, chosen) -> None:
        """Limit kinds, stances, actor types or relation types to ``chosen`` (None: all)."""
        actions = self._actions(attr)
        for code, act in actions.items():
            act.blockSignals(True)
            act.setChecked(chosen is None or code in chosen)
            act.blockSignals(False)
        self._on_filter(attr)

    def clear_filters(self) -> None:
        for attr in ("kinds", "stances", "actor_types", "ladder", "relation_types"):
            self.set_filter(attr, None)

    def set_focus(self, party_id: int | None) -> None:
        """Focus on one party (its relations and neighbours), or none."""
        self.reading.focus = party_id
        self.focus_button.setVisible(party_id is not None)
        self.changed.emit()

    def start_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.reading.search = text
        self.changed.emit()
