"""Kaart schikken: the automatic layout of the network map as one undo step, with progress when it takes a while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressDialog, QPushButton

from samenwerk_desktop.core import layout

#: Show the progress dialog only when a layout takes longer than this (ms).
PROGRESS_AFTER_MS = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapArrange", text)


def _trn(text: str, n: int) -> str:
    """A plural message: Qt picks the form for ``n`` (numerusform in the .ts files)."""
    return QCoreApplication.translate("MapArrange", text, "", n)


def arrange(document, parent=None, only_unplaced: bool = False) -> int:
    """Arrange the network map of ``document``: one undo step; returns how many parties moved.

    On the grid or the onion the map switches to the network in the same undo step, so the
    facilitator sees what was arranged.
    """
    from samenwerk_desktop.core import autolayout  # networkx and numpy load here, not at start-up

    dialog = QProgressDialog(_tr("Kaart schikken…"), "", 0, 100, parent)
    dialog.setWindowTitle(_tr("Kaart schikken"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_AFTER_MS)
    dialog.setValue(0)

    def progress(share: float) -> None:
        dialog.setValue(int(share * 100))

    try:
        changes = autolayout.layout_changes(document.data, only_unplaced=only_unplaced, progress=progress)
    finally:
        dialog.reset()
        dialog.deleteLater()
    if not changes:
        return 0
    text = _tr("Kaart schikken")
    with document.macro(text):
        document.apply(text, lambda p: p.update_many("party", changes))
        if document.data.collaboration.map_layout != "network":
            document.apply(text, lambda p: p.update_collaboration(map_layout="network"))
    return len(changes)


class UnplacedBar(QFrame):
    """A strip over the map when parties have no position yet: "12 partijen hebben nog geen plek. [Kaart schikken]"."""

    #: the user asked to arrange the parties without a position
    arrangeRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unplacedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.button = QPushButton(_tr("Kaart schikken"), self)
        self.button.setObjectName("arrangeUnplaced")
        self.button.clicked.connect(self.arrangeRequested)
        box.addWidget(self.text, 1)
        box.addWidget(self.button)
        self.hide()

    def update_for(self, data, placement: layout.Placement | None = None) -> bool:
        """Show the count of parties without a position on the network map; True when shown.

        ``placement``: the map's current network placement, which knows them already (no second count)."""
        if data.collaboration.map_layout != "network":
            waiting = 0
        elif placement is not None and placement.frame.layout == "network":
            waiting = len(placement.waiting)
        else:
            waiting = len(layout.unplaced_ids(data.parties))
        if waiting:
            self.text.setText(_trn("%n partij(en) hebben nog geen plek op de kaart.", waiting))
        self.setVisible(bool(waiting))
        return bool(waiting)
