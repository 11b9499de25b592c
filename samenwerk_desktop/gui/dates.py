"""Dates as the window shows them: 1-3-2027 in Dutch (as a date field reads them), 1/3/2027 in English.

The file keeps ISO dates (2027-03-01); tables sort by that value (``SORT_ROLE``), and what is shown
is read back by ``panel_common.normalise_date`` (day first in both languages).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from samenwerk_desktop.core import i18n

#: item data role of a cell's value to sort by: the stored value (an ISO date sorts as a date)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


def shown_date(value: str | None, lang: str | None = None) -> str:
    """An ISO date as the window shows it ("1-3-2027", English "1/3/2027"); other text unchanged."""
    if not value:
        return ""
    try:
        d = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    separator = "/" if (lang or i18n.language()) == "en" else "-"
    return f"{d.day}{separator}{d.month}{separator}{d.year}"
