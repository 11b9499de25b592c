"""The open collaboration as the Qt layer sees it: a thin adapter over the core session, with the undo stack and signals."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from samenwerk_desktop.core import raci
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.session import Session
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
    """One core operation on the undo stack, in Qt's own pattern: ``QUndoStack.push`` calls ``redo``,
    and the first ``redo`` runs the operation; later ones (and ``undo``) revert through the core.

    A refused operation marks the command obsolete in that first ``redo``, so the stack drops it:
    no undo step is left (as for any push, a redo history is cleared).

    Text typed into one field is saved several times in one burst (after each pause); those
    commands merge into one undo step that keeps the first "before", so undo restores the text
    from before the burst. A burst ends when the field loses focus (``Document.end_typing``) or
    the stack moves by undo or redo.
    """

    #: the id of the commands that may merge: typed text (QUndoStack merges only equal ids)
    TYPING_ID = 1

    def __init__(self, document: Document, text: str, op: Callable[[Project], Change], *, typing: bool = False,
                 initiator=None):
        super().__init__(text)
        self._document = document
        self._op: Callable[[Project], Change] | None = op  # run by the first redo, then dropped
        self._change: Change | None = None
        self._inverse: Change | None = None
        self._typing = typing
        self._initiator = initiator

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
        """Override QUndoCommand.redo: the first call (from push) runs the operation, later ones redo it."""
        if self._op is not None:
            op, self._op = self._op, None
            try:
                change = self._document.session.run(op, self._initiator)
            except BaseException as exc:  # noqa: BLE001 - handed to Document.apply, which reports or raises it
                self._typing = False
                self.setObsolete(True)  # refused: the stack deletes this command instead of keeping it
                self._document._outcome = exc
                return
            self._change = change
            self._typing = self._typing and _typed_text(change)
            self._document._outcome = change
            return
        assert self._inverse is not None
        self._document._typing_open = False
        change = self._document._revert(self._inverse, self._initiator)
        if change is not None:
            self._change = change

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        self._document._typing_open = False
        inverse = self._document._revert(self._change, self._initiator)
        if inverse is not None:
            self._inverse = inverse


def _typed_text(change: Change) -> bool:
    """Whether a change sets one text field of one entity (what a burst of typing saves)."""
    if change.action != "update" or len(change.ids) != 1 or len(change.fields) != 1:
        return False
    before = change.before.get(change.ids[0], {}).get(change.fields[0])
    return before is None or isinstance(before, str)


def refusal_text(exc: SamenwerkError) -> str:
    """The sentence for a refused operation; a refused field is named by its label, as on the screen."""
    problems = getattr(exc, "problems", None)
    if problems and problems[0].label is not None:
        return f"{problems[0].label}: {problems[0].message}."
    return str(exc)


class Document(QObject):
    """The Qt adapter over a core ``Session``: every edit goes through ``apply`` onto one undo stack,
    and each change the session publishes (from here or from any other initiator) is re-emitted as
    ``changed``."""

    #: a core operation (or its undo/redo) changed the file; carries the published Change
    changed = Signal(object)
    #: the whole data was replaced (for example after opening)
    reloaded = Signal()
    #: an operation was refused; carries the sentence to show the user
    errorOccurred = Signal(str)
    #: a sentence for the status bar (what was just done, and how to take it back)
    notice = Signal(str)
    #: save what is being typed now (window deactivated or closed, file closed, undo)
    flushRequested = Signal()

    def __init__(self, project: Project | None = None, parent: QObject | None = None, *,
                 session: Session | None = None):
        super().__init__(parent)
        assert (project is None) != (session is None), "a Document wraps a project or a session"
        self.session = session or Session(project)
        self.undo_stack = QUndoStack(self)
        self._findings: list[raci.Finding] | None = None
        #: the command on top of the stack may take more typing (see ChangeCommand)
        self._typing_open = False
        #: what the last command's first redo produced: its Change, or the exception that refused it
        self._outcome: Change | BaseException | None = None
        self._unsubscribe = self.session.subscribe(self._published)

    @property
    def project(self) -> Project:
        return self.session.project

    @property
    def data(self) -> CollaborationData:
        return self.session.data

    # -- editing ----------------------------------------------------------------

    def apply(self, text: str, op: Callable[[Project], Change], *, typing: bool = False, initiator=None,
              on_refusal: Callable[[SamenwerkError], bool] | None = None) -> Change | None:
        """Push a command that runs a core operation; None when the core refuses it.

        A refusal is shown with ``errorOccurred`` unless ``on_refusal`` takes it (returns True).
        ``typing``: the operation saves text typed into one field; the saves of one burst of typing
        merge into one undo step (until ``end_typing``). ``initiator`` goes with the published change.
        """
        self._outcome = None
        self.undo_stack.push(ChangeCommand(self, text, op, typing=typing, initiator=initiator))
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, BaseException):
            if not isinstance(outcome, SamenwerkError):
                raise outcome
            if on_refusal is None or not on_refusal(outcome):
                self.errorOccurred.emit(refusal_text(outcome))
            return None
        self._typing_open = typing and outcome is not None and _typed_text(outcome)
        return outcome

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

    def _revert(self, change: Change, initiator=None) -> Change | None:
        """Undo or redo through the session; None (and errorOccurred) when the core refuses."""
        try:
            return self.session.revert(change, initiator)
        except SamenwerkError as exc:
            self.errorOccurred.emit(refusal_text(exc))
            return None

    def _published(self, change: Change, initiator) -> None:
        """A change reached the session's data (from anyone): drop what it outdates, then tell the views
        (each window's ViewState drops deleted parties from its own selection)."""
        if _affects_findings(change):
            self._findings = None
        self.changed.emit(change)

    # -- derived data -----------------------------------------------------------------

    @property
    def findings(self) -> list[raci.Finding]:
        """RACI findings of the current data (computed once per change)."""
        if self._findings is None:
            self._findings = raci.findings_for(self.data)
        return self._findings


    def reload(self) -> None:
        self.session.reload()
        self._findings = None
        self.reloaded.emit()

    def close(self) -> None:
        self.flush_edits()
        self.undo_stack.clear()
        self._unsubscribe()
        self.project.close()
