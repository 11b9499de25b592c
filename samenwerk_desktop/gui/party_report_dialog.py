"""Bestand › Rapport voor een partij…: the report for one party through the report dialog's export and output rule."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from samenwerk_desktop.gui import report_dialog
from samenwerk_desktop.gui.report_dialog import ReportDialog, report_file_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartyReportDialog", text)


class PartyReportDialog(ReportDialog):
    """The report dialog for one party: the party (the selected one first), the language and the file.

    The export is the report dialog's own (worker thread or process, progress, cancel, the output rule,
    asked before a file is replaced); the report holds what that party may see and never private notes.
    """

    def __init__(self, document, parent: QWidget | None = None, *, party_id: int | None = None):
        super().__init__(document, parent)
        self.setObjectName("partyReportDialog")
        self.setWindowTitle(_tr("Rapport voor een partij"))
        self.private_check.setChecked(False)
        form: QFormLayout = self.layout().itemAt(0).layout()
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("partyCombo")
        self.party_combo.setAccessibleName(_tr("Partij van het rapport"))
        for party in sorted(document.data.parties, key=lambda p: p.name.casefold()):
            self.party_combo.addItem(party.name, party.id)
        if party_id is not None and self.party_combo.findData(party_id) >= 0:
            self.party_combo.setCurrentIndex(self.party_combo.findData(party_id))
        self.note = QLabel(_tr("Alleen wat deze partij mag zien: geen notities van de procesbegeleider en geen "
                               "geschillen die niet voor haar zichtbaar zijn."))
        self.note.setObjectName("partyReportNote")
        self.note.setWordWrap(True)
        form.setRowVisible(0, False)  # which report: this dialog makes one kind
        form.setRowVisible(self.private_check, False)  # never private notes
        form.insertRow(0, _tr("Partij"), self.party_combo)
        self.layout().insertWidget(1, self.note)  # under the form: a wrapped label in a form row is cut off
        self.setMinimumWidth(520)
        self.party_combo.currentIndexChanged.connect(self._propose)
        self._propose()  # the name proposed before there was a party follows it now
        self._update_state()

    def proposed_path(self) -> Path:
        """Override ReportDialog.proposed_path: "Partijrapport <day> <party>.pdf" beside the project."""
        combo = getattr(self, "party_combo", None)  # the base class proposes once before the combo exists
        party = self.document.data.get("party", combo.currentData()) if combo is not None else None
        if party is None:
            return super().proposed_path()
        folder = Path(self.document.project.path).parent
        return folder / report_file_name("party", party.name, report_dialog.today(), self.lang_combo.currentData())

    def _update_state(self, *args) -> None:
        """Override ReportDialog._update_state: the party cannot change under a running export."""
        super()._update_state(*args)
        if getattr(self, "party_combo", None) is not None:
            self.party_combo.setEnabled(not self.busy and self.party_combo.count() > 0)

    def options(self) -> dict:
        """Override ReportDialog.options: the party's report, never with private notes."""
        return {**super().options(), "kind": "party", "party_id": self.party_combo.currentData(),
                "include_private": False}

    @Slot()
    def start_export(self) -> None:
        """Override ReportDialog.start_export: a party must be chosen first."""
        if not self.busy and self.party_combo.currentData() is None:
            self._fail(_tr("Voeg eerst een partij toe: een rapport voor een partij hoort bij een partij."))
            return
        super().start_export()

    @classmethod
    def ask(cls, document, parent: QWidget | None = None, party_id: int | None = None) -> None:
        """Show the dialog modally (tests replace this classmethod)."""
        dialog = cls(document, parent, party_id=party_id)
        dialog.exec()
        dialog.deleteLater()
