"""The open collaboration as the Qt layer sees it: project, data, undo stack and signals."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from samenwerk_desktop.core import raci
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.storage import Change, Project

#: Party fields that RACI findings read; moving a party or editing its profile leaves them be.
_FINDINGS_PARTY_FIELDS = frozenset({"name", "must_consult_board", "sort_order"})
_FINDINGS_KINDS = frozenset({"raci", "work_item", "working_group", "party", "collaboration"})


def _affects_findings(change: Change) -> bool:
    """Whether a change can alter the RACI findings (a drag on the map cannot)."""
    if change.action == "update" and change.kind == "party":
        return bool(_FINDINGS_PARTY_FIELDS & set(change.fields))
    if change.action == "update" and change.kind == "collaboration":
        return "overload_share" in change.fields or "raci_scheme" in change.fields
    return bool(_FINDINGS_KINDS & change.kinds)


class ChangeCommand(QUndoCommand):
    """One core operation on the undo stack; undo and redo are core operations too.

    Text typed into one field is saved several times in one burst (after each pause); those
    commands merge into one undo step that keeps the first "before", so undo restores the text
    from before the burst. A burst ends when the field loses focus (``Document.end_typing``) or
    the stack moves by undo or redo.
    """

    #: the id of the commands that may merge: typed text (QUndoStack merges only equal ids)
    TYPING_ID = 1

    def __init__(self, document: Document, text: str, change: Change, *, typing: bool = False):
        super().__init__(text)
        self._document = document
        self._change = change
        self._inverse: Change | None = None
        self._first = True
        self._typing = typing and _typed_text(change)

    def id(self) -> int:
        """Override QUndoCommand.id: typed text may merge, every other command stands alone."""
        return self.TYPING_ID if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Override QUndoCommand.mergeWith: the same field of the same entity, typed on in one burst."""
        if not (self._document._typing_open and isinstance(other, ChangeCommand) and other._typing):
            return False
        mine, theirs = self._change, other._change
        if (mine.kind, mine.ids, mine.fields) != (theirs.kind, theirs.ids, theirs.fields):
            return False
        # keep our own "before": the file already holds the last value
        if self._document.value_of(mine) == mine.before[mine.ids[0]][mine.fields[0]]:
            self.setObsolete(True)  # typed and typed back: no undo step at all
        return True

    def redo(self) -> None:
        """Override QUndoCommand.redo: the first push has already been applied."""
        if self._first:
            self._first = False
            return
        assert self._inverse is not None
        self._document._typing_open = False
        change = self._document._run(lambda p: p.revert(self._inverse))
        if change is not None:
            self._change = change

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        self._document._typing_open = False
        inverse = self._document._run(lambda p: p.revert(self._change))
        if inverse is not None:
            self._inverse = inverse


def _typed_text(change: Change) -> bool:
    """Whether a change sets one text field of one entity (what a burst of typing saves)."""
    if change.action != "update" or len(change.ids) != 1 or len(change.fields) != 1:
        return False
    before = change.before.get(change.ids[0], {}).get(change.fields[0])
    return before is None or isinstance(before, str)


class Document(QObject):
    """Wraps an open ``Project``: every edit goes through ``apply`` and lands on one undo stack."""

    #: a core operation (or its undo/redo) changed the file; carries the Change
    changed = Signal(object)
    #: the whole data was replaced (for example after opening)
    reloaded = Signal()
    #: the selected parties changed; carries a frozenset of party ids
    selectionChanged = Signal(object)
    #: an operation was refused; carries the sentence to show the user
    errorOccurred = Signal(str)
    #: presentation mode was switched on or off
    presentationChanged = Signal(bool)
    #: save what is being typed now (window deactivated or closed, file closed, undo)
    flushRequested = Signal()

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.data: CollaborationData = project.load()
        self.undo_stack = QUndoStack(self)
        self.selected_parties: frozenset[int] = frozenset()
        self.presentation = False
        self._findings: list[raci.Finding] | None = None
        #: the command on top of the stack may take more typing (see ChangeCommand)
        self._typing_open = False

    # -- editing ----------------------------------------------------------------

    def apply(self, text: str, op: Callable[[Project], Change], *, typing: bool = False) -> Change | None:
        """Run a core operation and push it on the undo stack; None (and errorOccurred) when refused.

        ``typing``: the operation saves text typed into one field; the saves of one burst of typing
        merge into one undo step (until ``end_typing``).
        """
        change = self._run(op)
        if change is not None:
            command = ChangeCommand(self, text, change, typing=typing)
            self.undo_stack.push(command)
            self._typing_open = command.id() == ChangeCommand.TYPING_ID
        return change

    def end_typing(self) -> None:
        """The burst of typing is over (the field lost focus): the next save is its own undo step."""
        self._typing_open = False

    def flush_edits(self) -> None:
        """Save what is being typed in any field now, as the last step of its burst."""
        self.flushRequested.emit()
        self.end_typing()

    def value_of(self, change: Change):
        """The current value of the one field a one-field update changed."""
        entity = (self.data.collaboration if change.kind == "collaboration"
                  else self.data.get(change.kind, change.ids[0]))
        return getattr(entity, change.fields[0], None) if entity is not None else None

    @contextlib.contextmanager
    def macro(self, text: str):
        """Group several ``apply`` calls into one undo step."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def _run(self, op: Callable[[Project], Change]) -> Change | None:
        try:
            change = op(self.project)
        except SamenwerkError as exc:
            self.errorOccurred.emit(str(exc))
            return None
        self._absorb(change)
        return change

    def _absorb(self, change: Change) -> None:
        """Bring ``data`` up to date with a change, then tell the views."""
        project, data = self.project, self.data
        if change.action in ("add", "update") and change.kind in data.entities:
            for id_ in change.ids:
                data.entities[change.kind][id_] = project.get(change.kind, id_)
        elif change.action == "roles":
            for key in change.ids:
                roles = project.roles(*key)
                if roles:
                    data.raci[key] = roles
                else:
                    data.raci.pop(key, None)
        else:
            project.load_kinds(data, change.kinds)
        data.collaboration = project.collaboration()
        if _affects_findings(change):
            self._findings = None
        if change.action == "delete" and change.kind == "party":
            remaining = self.selected_parties - set(change.ids)
            if remaining != self.selected_parties:
                self.set_selection(remaining)
        self.changed.emit(change)

    # -- shared view state -----------------------------------------------------------

    @property
    def findings(self) -> list[raci.Finding]:
        """RACI findings of the current data (computed once per change)."""
        if self._findings is None:
            self._findings = raci.findings_for(self.data)
        return self._findings

    def set_selection(self, party_ids) -> None:
        ids = frozenset(party_ids)
        if ids != self.selected_parties:
            self.selected_parties = ids
            self.selectionChanged.emit(ids)

    def set_presentation(self, on: bool) -> None:
        if on != self.presentation:
            self.presentation = on
            self.presentationChanged.emit(on)

    def reload(self) -> None:
        self.data = self.project.load()
        self._findings = None
        self.reloaded.emit()

    def close(self) -> None:
        self.flush_edits()
        self.undo_stack.clear()
        self.project.close()
