"""Undo you can follow: what an undo or redo changed, named in the status bar and brought into view; the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QUndoView, QVBoxLayout, QWidget

from samenwerk_desktop.core.model import KINDS
from samenwerk_desktop.core.validation import field_spec

#: the agreements panel's tab of each kind it lists (meeting children are shown with their meeting)
PANEL_KINDS = ("agreement", "decision", "dilemma", "working_group", "meeting")
MEETING_CHILDREN = ("agenda_item", "action_item", "parking_item")
#: every field that names an entity, in the order they are tried
NAME_FIELDS = ("name", "title", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def entity_name(data, kind: str, id_: int) -> str:
    """The name (or title, or text) of an entity as the user knows it; empty when it is gone."""
    entity = data.collaboration if kind == "collaboration" else data.get(kind, id_)
    for field in NAME_FIELDS:
        value = getattr(entity, field, None)
        if isinstance(value, str) and value.strip():
            line = " ".join(value.split())
            return line if len(line) <= 60 else line[:59] + "…"
    return ""


def describe(change, data) -> str:
    """What a change touched, in the user's words: "standpunt van Provincie", or the name of what came or went."""
    kind, ids = change.kind, list(change.ids)
    if change.action == "roles":
        return _tr("rollen in de matrix")
    name = entity_name(data, kind, ids[0]) if ids else ""
    if not name and ids:  # removed by this step: its name is in the entity as it was
        removed = change.entities_before.get((kind, ids[0]))
        name = next((" ".join(v.split())[:60] for f in NAME_FIELDS
                     if isinstance(v := getattr(removed, f, None), str) and v.strip()), "")
    if change.action == "update" and change.fields:
        cls = KINDS.get(kind)
        labels = []
        for field in change.fields:
            if field in ("updated", "sort_order"):
                continue
            try:
                label = field_spec(cls, field).meta.get("label") if cls is not None else None
            except KeyError:
                label = None
            labels.append(str(label).lower() if label is not None else field)
        if kind == "collaboration":
            return ", ".join(labels) or _tr("de samenwerking")
        what = ", ".join(labels[:2]) + ("…" if len(labels) > 2 else "")
        return _tr("%1 van %2").replace("%1", what).replace("%2", name) if name and what else (what or name)
    return name


class UndoFollower:
    """Runs undo and redo for a window and follows what they changed (status bar, panel, selection).

    ``window`` is the MainWindow: its document, panels, view state, status bar and ``reveal``.
    """

    def __init__(self, window):
        self.window = window

    def step(self, undo: bool) -> None:
        """Undo (or redo) one step; the status bar names what changed, and it is brought into view."""
        doc = self.window.document
        if doc is None:
            return
        stack = doc.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        text = stack.undoText() if undo else stack.redoText()
        seen: list = []
        doc.changed.connect(seen.append)
        try:
            stack.undo() if undo else stack.redo()
        finally:
            doc.changed.disconnect(seen.append)
        main = next((c for c in seen if c.kind != "collaboration" or len(seen) == 1), seen[0]) if seen else None
        what = describe(main, doc.data) if main is not None else ""
        sentence = (_tr("Ongedaan gemaakt: %1") if undo else _tr("Opnieuw gedaan: %1")).replace("%1", what or text)
        self.window.statusBar().showMessage(sentence, 10000)
        if main is not None:
            reveal(self.window, main)


def _target(change) -> tuple[str, int] | None:
    """The entity a change is best shown by: what was changed, or the meeting a child of it belongs to."""
    if change.action == "roles":
        keys = list((change.before or {}).keys()) or list((change.after or {}).keys())
        return ("work_item", keys[0][0]) if keys and isinstance(keys[0], tuple) else None
    if not change.ids or change.kind == "collaboration":
        return None
    return change.kind, change.ids[0]


def reveal(window, change) -> None:
    """Bring the panel (and tab) forward that shows what ``change`` touched, and select it there."""
    target = _target(change)
    if target is not None:
        reveal_entity(window, *target)


def reveal_entity(window, kind: str, id_: int, *, focus: bool = False) -> None:
    """Show one entity in its panel (and tab), selected; ``focus``: the keyboard goes there too.

    An entity that is gone (removed by the step just undone) still brings its panel forward.
    """
    doc = window.document
    if doc is None or kind == "collaboration":
        return
    window.finish_panels()  # right after opening, the panel it lives in may not be built yet
    entity = doc.data.get(kind, id_)
    if kind in MEETING_CHILDREN and entity is not None:
        kind, id_ = "meeting", entity.meeting_id
        entity = doc.data.get(kind, id_)
    if kind == "representative" and entity is not None:
        kind, id_ = "party", entity.party_id
    if kind == "party":
        if entity is not None or doc.data.get("party", id_) is not None:
            window.view_state.set_selection({id_})
            show_pane(window, "inspector")
            if focus:
                window.show_inspector(id_)
        else:
            show_pane(window, "map")
    elif kind == "relation":
        if entity is not None:
            window.view_state.set_selection({entity.source_id, entity.target_id})
        show_pane(window, "map")
    elif kind in ("work_item", "raci"):
        show_pane(window, "raci")
        raci = window.panels.get("raci")
        if raci is not None and entity is not None:
            raci.select_item(id_)
            if focus:
                raci.view.setFocus(Qt.FocusReason.OtherFocusReason)
    elif kind in PANEL_KINDS:
        show_pane(window, "agreements")
        panel = window.panels.get("agreements")
        section = panel.sections.get(kind) if panel is not None else None
        if section is not None:
            tab = _tab_of(panel.tabs, section.view)
            if tab >= 0:
                panel.tabs.setCurrentIndex(tab)
            if entity is not None:
                section.select(id_)
                if focus:
                    section.view.setFocus(Qt.FocusReason.OtherFocusReason)


def _tab_of(tabs, widget: QWidget) -> int:
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is widget or page.isAncestorOf(widget):
            return i
    return -1


def show_pane(window, name: str) -> None:
    """Make one pane visible (leaving a maximised other pane, opening a collapsed splitter side)."""
    if window.maximised and window.maximised != name:
        window.restore_panes()
    splitter = window.main_splitter
    pane = window.panes.get(name)
    if pane is None:
        return
    index = splitter.indexOf(pane)
    if index < 0:
        index = splitter.indexOf(window.side_splitter)
    sizes = splitter.sizes()
    if 0 <= index < len(sizes) and sizes[index] < 60:
        total = sum(sizes)
        sizes = [max(s, 1) for s in sizes]
        sizes[index] = max(int(total * 0.3), 200)
        splitter.setSizes(sizes)


class HistoryDialog(QDialog):
    """Bewerken › Geschiedenis: the undo history (Qt's QUndoView); a click goes back or forward to that step."""

    def __init__(self, stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(_tr("Geschiedenis"))
        layout = QVBoxLayout(self)
        self.view = QUndoView(stack, self)
        self.view.setObjectName("historyView")
        self.view.setEmptyLabel(_tr("<begin: zoals geopend>"))
        self.view.setAccessibleName(_tr("Geschiedenis van wijzigingen"))
        self.view.setToolTip(_tr("Klik op een stap om terug (of vooruit) te gaan tot en met die stap."))
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(380, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
