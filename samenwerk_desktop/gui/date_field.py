"""A date field that can be empty: the typed text (Dutch dates too) with a calendar button beside it.

A ``QDateEdit`` always holds a date, but a review or due date may be open; so the field stays a line
edit (``panel_common.normalise_date`` reads "31-3-2026") and the button offers a calendar and "Geen datum".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from samenwerk_desktop.core import i18n
from samenwerk_desktop.gui.dates import shown_date
from samenwerk_desktop.gui.panel_common import normalise_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


class DateButton(QToolButton):
    """The calendar button of one date field: a calendar to pick from and "Geen datum" to empty it."""

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = edit
        self.setObjectName(f"{edit.objectName()}Calendar")
        self.setText(_tr("Kalender…"))
        name = edit.accessibleName() or _tr("de datum")
        self.setAccessibleName(_tr("Kies een datum voor %1").replace("%1", name.lower()))
        self.setToolTip(_tr("Kies de datum in een kalender, of maak het veld leeg (typen mag ook: 31-3-2026)"))
        self.menu_ = QMenu(self)
        self.calendar: QCalendarWidget | None = None  # made when first opened: a calendar per form costs start-up
        self.clear_button: QPushButton | None = None
        self.menu_.aboutToShow.connect(self._show_current)
        # WORKAROUND: QToolButton.setMenu with its own child menu crashed PySide6 6.11 at teardown; a popup instead
        self.clicked.connect(lambda: self.menu_.popup(self.mapToGlobal(self.rect().bottomLeft())))

    def _build(self) -> None:
        box = QWidget(self.menu_)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        self.calendar = QCalendarWidget(box)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setAccessibleName(_tr("Kalender"))
        if i18n.language() == "nl":
            self.calendar.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.choose)
        self.calendar.activated.connect(self.choose)
        self.clear_button = QPushButton(_tr("Geen datum"), box)
        self.clear_button.setObjectName("dateClear")
        self.clear_button.setToolTip(_tr("Maak het datumveld leeg"))
        self.clear_button.clicked.connect(lambda: self.choose(None))
        layout.addWidget(self.calendar)
        layout.addWidget(self.clear_button)
        action = QWidgetAction(self.menu_)
        action.setDefaultWidget(box)
        self.menu_.addAction(action)

    def _show_current(self) -> None:
        """The calendar opens on the field's date (today when it is empty or unreadable)."""
        if self.calendar is None:
            self._build()
        date = QDate.fromString(normalise_date(self.edit.text()), "yyyy-MM-dd")
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())
        self.calendar.setFocus()

    def choose(self, date: QDate | None) -> None:
        """Put the chosen date (or nothing) in the field and save it as a typed date would be."""
        self.menu_.hide()
        text = shown_date(date.toString("yyyy-MM-dd")) if date is not None and date.isValid() else ""
        if self.edit.isReadOnly() or text == self.edit.text():
            return
        self.edit.setText(text)
        self.edit.textEdited.emit(text)
        self.edit.editingFinished.emit()
        self.edit.setFocus()


def attach(edit: QLineEdit) -> DateButton | None:
    """Put a calendar button beside a date field, in the field's place in its layout."""
    host = edit.parentWidget()
    if host is None or host.layout() is None:
        return None
    row = QWidget(host)
    row.setObjectName(f"{edit.objectName()}Row")
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(4)
    # (no itemAt walk of our own: a Python wrapper of a layout item outlives the item Qt deletes)
    old = host.layout().replaceWidget(edit, row)  # searches the nested layouts too
    if old is None:
        row.deleteLater()
        return None
    del old  # the caller owns the old item: PySide deletes it with its wrapper
    button = DateButton(edit, row)
    box.addWidget(edit, 1)
    box.addWidget(button)
    edit.setPlaceholderText(_tr("dd-mm-jjjj of leeg"))  # the form it shows a date in (a form may say ISO)
    QWidget.setTabOrder(edit, button)
    return button
