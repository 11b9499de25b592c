"""The ways to a dispute from the panels: "Geschil vastleggen" on a dilemma, and the profile's list of disputes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QMenu, QPushButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisputeEntry", text)


class DilemmaDisputeEntry(QObject):
    """On the dilemmas tab: a button and the table's context menu record a dispute of the current dilemma
    (the window's ``new_dispute(dilemma_id=...)``: one undo step, then its form opens). A child of the panel."""

    #: the user asked for a dispute of a dilemma; carries its id
    disputeRequested = Signal(int)

    def __init__(self, panel):
        super().__init__(panel)
        self._panel = panel
        self.writable = not getattr(panel._doc.project, "read_only", False)
        strategy = panel.findChild(QComboBox, "dilemmaStrategy")
        self.button = QPushButton(_tr("Geschil vastleggen"), strategy.parentWidget())
        self.button.setObjectName("dilemmaDisputeButton")
        self.button.setToolTip(_tr("Een geschil over dit dilemma, tussen de partij en wie zij via een "
                                   "spanningsrelatie tegenover zich heeft (Ctrl+Alt+G voor de gekozen partijen)"))
        self.button.clicked.connect(self.record)
        # under the strategy (escalating is one), not in the button row: that would widen the panel. Layouts are
        # found as QObjects: PySide crashed at exit collecting the QLayoutItem wrappers itemAt() hands out
        form = next(f for f in strategy.parentWidget().findChildren(QFormLayout) if f.getWidgetPosition(strategy)[0] >= 0)
        form.insertRow(form.getWidgetPosition(strategy)[0] + 1, "", self._right(self.button))
        self.button.setEnabled(False)  # no dilemma chosen yet
        if hasattr(panel, "when_built"):  # the dilemmas tab's table is filled when the tab is first shown
            panel.when_built("dilemma", self._wire)
        else:
            self._wire()

    @property
    def section(self):
        """The dilemmas tab's section (built if it is not yet)."""
        return self._panel.sections["dilemma"]

    def _wire(self) -> None:
        view = self.section.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)
        view.selectionModel().currentRowChanged.connect(self._update)
        self._update()

    @staticmethod
    def _right(button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        return row

    def _update(self, *_) -> None:
        self.button.setEnabled(self.writable and self.section.current() is not None)

    def menu(self) -> QMenu:
        """The dilemmas table's menu: record a dispute of the current dilemma."""
        menu = QMenu(self.section.view)
        act = menu.addAction(_tr("Geschil vastleggen…"), self.record)
        act.setEnabled(self.button.isEnabled())
        return menu

    def _menu(self, pos) -> None:
        self.menu().exec(self.section.view.viewport().mapToGlobal(pos))

    def record(self) -> None:
        """Ask for the current dilemma's dispute (recorded and its form opened by the window)."""
        if (dilemma := self.section.current()) is not None:
            self.disputeRequested.emit(dilemma)


def install(panels: dict, docks) -> None:
    """Wire the built panels of a window to its dispute forms (``docks``: its GiveTakeDocks)."""
    if (agreements := panels.get("agreements")) is not None and "dilemma" in list(getattr(agreements, "sections", {})):
        # lambdas, not bound methods of the (plain) docks object
        agreements.dilemma_dispute = DilemmaDisputeEntry(agreements)
        agreements.dilemma_dispute.disputeRequested.connect(lambda did: docks.new_dispute(dilemma_id=did))
    if (inspector := panels.get("inspector")) is not None and hasattr(inspector, "party_disputes"):
        inspector.party_disputes.disputeActivated.connect(lambda did: docks.open_form(did))
