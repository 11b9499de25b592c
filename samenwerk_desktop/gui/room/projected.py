"""The room's document: the collaboration as the room sees it, following the facilitator's document live."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from samenwerk_desktop.core import audience, raci
from samenwerk_desktop.core.storage import apply_change


class ProjectedDocument(QObject):
    """A read-only document over another one for an audience: its ``data`` is the projection, in which
    what the audience may not see does not exist; each change of the source arrives projected.

    It has what views read of a document (``data``, ``changed``, ``reloaded``, ``findings``,
    ``undo_stack``) and nothing to edit with."""

    #: a change of the source reached the projection; carries the projected Change
    changed = Signal(object)
    #: the source was read again: every view rebuilds
    reloaded = Signal()

    def __init__(self, source, who: audience.Audience = audience.ROOM, parent: QObject | None = None):
        super().__init__(parent)
        self.source = source
        self.audience = who
        self.data = audience.project(source.data, who)
        self._findings: list | None = None
        source.changed.connect(self._on_changed)
        source.reloaded.connect(self._on_reloaded)

    @property
    def undo_stack(self):
        """The source's undo stack, read only (views key caches on its index)."""
        return self.source.undo_stack

    @property
    def findings(self) -> list[raci.Finding]:
        """RACI findings of the projection (computed once per change)."""
        if self._findings is None:
            self._findings = raci.findings_for(self.data)
        return self._findings

    def _on_changed(self, change) -> None:
        seen = audience.project_change(change, self.source.data, self.audience)
        apply_change(self.data, seen)
        if seen.kind in ("raci", "party", "work_item", "working_group") or seen.action != "update":
            self._findings = None
        self.changed.emit(seen)

    def _on_reloaded(self) -> None:
        self.data = audience.project(self.source.data, self.audience)
        self._findings = None
        self.reloaded.emit()
