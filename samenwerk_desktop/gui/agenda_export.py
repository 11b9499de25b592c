"""The window's side of the one-page agenda PDF and of the meeting report offered when a meeting closes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samenwerk_desktop.core import i18n
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.gui.report_dialog import ReportDialog, ask_save_path, inform, safe_name_part
from samenwerk_desktop.reports.agenda_pdf import agenda_pdf


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaExport", text)


def export_agenda_interactive(parent: QWidget | None, document, meeting_id: int) -> str | None:
    """Ask for a file and write the meeting's agenda PDF through the output rule; the path, or None."""
    m = document.data.get("meeting", meeting_id)
    start = Path(document.project.path).with_name(f"Agenda {safe_name_part(m.title)} {m.date}.pdf")
    path = ask_save_path(parent, _tr("Agenda opslaan als"), _tr("PDF-bestanden (*.pdf)"), ".pdf", str(start))
    if not path:
        return None
    try:
        agenda_pdf(document.data, meeting_id, path, lang=i18n.language(),
                   force=os.path.lexists(path),  # the user confirmed replacing an existing file
                   open_project=document.project.path)
    except SamenwerkError as exc:
        inform(parent, str(exc))
        return None
    bar = getattr(parent, "statusBar", None)
    if callable(bar):
        bar().showMessage(_tr("Agenda geschreven: %1").replace("%1", path), 8000)
    return path


def offer_meeting_report(parent: QWidget | None, document, meeting_id: int) -> ReportDialog:
    """The report dialog for a meeting that has just closed, shown at once."""
    dialog = ReportDialog(document, parent, meeting_id=meeting_id)
    dialog.show()
    return dialog
