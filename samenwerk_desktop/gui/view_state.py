"""What one window shows of a document: its selection and the map's label size."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from samenwerk_desktop.core.mapstyle import LABEL_POINTS


class ViewState(QObject):
    """The view state of one window over a document: two windows over one document each have their own.

    Panels read and change the selection here, never on the document; the
    document's changes only drop deleted parties from the selection."""

    #: the selected parties changed; carries a frozenset of party ids
    selectionChanged = Signal(object)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.selected_parties: frozenset[int] = frozenset()
        document.changed.connect(self._on_changed)

    @property
    def label_points(self) -> float:
        """The map's label size in this window: the one the PDF map uses (the room's map has its own)."""
        return LABEL_POINTS

    def set_selection(self, party_ids) -> None:
        ids = frozenset(party_ids)
        if ids != self.selected_parties:
            self.selected_parties = ids
            self.selectionChanged.emit(ids)

    def _on_changed(self, change) -> None:
        """A deleted party leaves the selection."""
        if change.action == "delete" and change.kind == "party":
            remaining = self.selected_parties - set(change.ids)
            if remaining != self.selected_parties:
                self.set_selection(remaining)
