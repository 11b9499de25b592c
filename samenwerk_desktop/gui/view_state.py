"""What one window shows of a document: its selection, presentation mode and the map's label size."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from samenwerk_desktop.core.mapstyle import LABEL_POINTS

#: the map's label size in presentation mode (outside it, the label size the PDF map uses too)
LABEL_POINTS_PRESENTING = 12.0


class ViewState(QObject):
    """The view state of one window over a document: two windows over one document each have their own.

    Panels read and change the selection and presentation mode here, never on the document; the
    document's changes only drop deleted parties from the selection."""

    #: the selected parties changed; carries a frozenset of party ids
    selectionChanged = Signal(object)
    #: presentation mode was switched on or off
    presentationChanged = Signal(bool)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.selected_parties: frozenset[int] = frozenset()
        self.presentation = False
        document.changed.connect(self._on_changed)

    @property
    def label_points(self) -> float:
        """The map's label size for the current mode (larger on the shared screen)."""
        return LABEL_POINTS_PRESENTING if self.presentation else LABEL_POINTS

    def set_selection(self, party_ids) -> None:
        ids = frozenset(party_ids)
        if ids != self.selected_parties:
            self.selected_parties = ids
            self.selectionChanged.emit(ids)

    def set_presentation(self, on: bool) -> None:
        if on != self.presentation:
            self.presentation = on
            self.presentationChanged.emit(on)

    def _on_changed(self, change) -> None:
        """A deleted party leaves the selection."""
        if change.action == "delete" and change.kind == "party":
            remaining = self.selected_parties - set(change.ids)
            if remaining != self.selected_parties:
                self.set_selection(remaining)
