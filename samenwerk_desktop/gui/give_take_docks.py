"""Beeld › Geven en nemen (the matrix in a dock) and Bewerken › Geschil vastleggen… (the dispute form)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QVBoxLayout

from samenwerk_desktop.core.model import Dispute

#: set once the dock was first placed; from then on the window's saved state keeps where the user put it
PLACED_KEY = "docks/giveTakePlaced"
#: the share of the window's height the matrix gets under the panels when first opened (never under 260 px)
FIRST_HEIGHT = 0.4


def _tr(text: str) -> str:
    return QCoreApplication.translate("GiveTakeDocks", text)


class GiveTakeDocks:
    """Part of the main window: the give-and-take dock and the way to a dispute in one step."""

    def __init__(self, window, today=date.today):
        self.window, self.today = window, today
        self.document = None
        self.dock = QDockWidget(_tr("Geven en nemen"), window)
        self.dock.setObjectName("giveTakeDock")
        self.dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.view = None  # built when the dock is first opened: a closed dock costs an edit nothing
        self.dock.visibilityChanged.connect(self._on_visible)
        self.action_dispute = QAction(_tr("&Geschil vastleggen…"), window)
        self.action_dispute.setObjectName("actionNewDispute")
        self.action_dispute.setShortcut("Ctrl+Alt+G")
        self.action_dispute.triggered.connect(lambda: self.new_dispute())
        self.forms: list[QDialog] = []

    def install_menu(self, view_menu, edit_menu) -> None:
        act = self.dock.toggleViewAction()
        act.setShortcut("Ctrl+Shift+G")
        view_menu.addAction(act)
        edit_menu.addAction(self.action_dispute)

    def attach(self, document, map_view=None) -> None:
        self.detach()
        self.document = document
        if map_view is not None:  # a tension relation's menu on the map
            map_view.map_scene.disputeRequested.connect(lambda rid: self.new_dispute(relation_id=rid))
        from samenwerk_desktop.gui import dispute_entry  # with the panels, after the first paint

        dispute_entry.install(getattr(self.window, "panels", {}), self)  # a dilemma's, the profile's disputes
        self.action_dispute.setEnabled(not document.project.read_only)
        if self.dock.isVisible():
            self._build()

    def _on_visible(self, visible: bool) -> None:
        if visible and not QSettings().value(PLACED_KEY, False, type=bool):
            self.place_first()
        if visible and self.view is None and self.document is not None:
            self._build()

    def place_first(self) -> None:
        """First opened: the matrix across the window's whole width under the panels (beside the profile
        its columns had a quarter of that), docked, not floating; remembered with the window's state after."""
        QSettings().setValue(PLACED_KEY, True)
        window = self.window
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.setFloating(False)
        height = max(260, int(window.height() * FIRST_HEIGHT))
        window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def _build(self) -> None:
        from samenwerk_desktop.gui.elide import elide_names
        from samenwerk_desktop.gui.give_take_view import GiveTakeView

        self.view = GiveTakeView(self.document, self.dock)
        elide_names(self.view)
        self.dock.setWidget(self.view)

    def detach(self) -> None:
        for form in self.forms:
            form.close()
            form.deleteLater()
        self.forms = []
        if self.view is not None:
            self.dock.setWidget(None)
            self.view.deleteLater()
        self.view = self.document = None
        self.action_dispute.setEnabled(False)

    def new_dispute(self, *, relation_id: int | None = None, dilemma_id: int | None = None) -> int | None:
        """A dispute of a tension relation, a dilemma or the parties selected, recorded (one undo step) and
        its form opened; None (and one sentence) when there is nothing to make it of."""
        doc = self.document
        if doc is None:
            return None
        from samenwerk_desktop.core import disputes

        data, since = doc.data, self.today().isoformat()
        if relation_id is not None and (relation := data.get("relation", relation_id)) is not None:
            dispute = disputes.from_relation(data, relation, since)
        elif dilemma_id is not None and (dilemma := data.get("dilemma", dilemma_id)) is not None:
            dispute = disputes.from_dilemma(data, dilemma, since)
            if len(dispute.party_ids) < 2:  # no tension relation yet: the parties chosen on the map join it
                chosen = self.window.view_state.selected_parties if self.window.view_state else ()
                dispute.party_ids += sorted(set(chosen) - {dilemma.party_id})
            if len(dispute.party_ids) < 2:
                doc.errorOccurred.emit(_tr("Het dilemma '%1' heeft nog geen tegenpartij: leg een spanningsrelatie "
                                           "met die partij op de kaart, of kies haar erbij, en probeer het "
                                           "opnieuw.").replace("%1", dilemma.title))
                return None
        else:
            parties = sorted(self.window.view_state.selected_parties) if self.window.view_state else []
            if len(parties) < 2:
                doc.errorOccurred.emit(_tr("Kies eerst twee of meer partijen (of een spanningsrelatie op de "
                                           "kaart) om een geschil vast te leggen."))
                return None
            dispute = Dispute(subject=_tr("Nieuw geschil"), party_ids=parties, since=since)
        change = doc.apply(_tr("Geschil vastgelegd"), lambda p: p.add(dispute))
        if change is None:
            return None
        self.open_form(change.ids[0])
        return change.ids[0]

    def open_form(self, dispute_id: int) -> QDialog:
        """The dispute's form in a window of its own beside the main window (not modal: the map stays usable)."""
        from samenwerk_desktop.gui.dispute_form import DisputeForm

        for open_ in self.forms:  # one window per dispute: the open one comes to the front
            if open_.findChild(DisputeForm).dispute_id == dispute_id and open_.isVisible():
                open_.raise_()
                open_.activateWindow()
                return open_
        dialog = QDialog(self.window)
        dialog.setObjectName("disputeDialog")
        dialog.setWindowTitle(_tr("Geschil"))
        form = DisputeForm(self.document, dispute_id, dialog, today=self.today)
        QVBoxLayout(dialog).addWidget(form)
        dialog.resize(640, 520)
        dialog.show()
        self.forms.append(dialog)
        return dialog
