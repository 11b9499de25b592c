"""Where the keyboard goes: a form's tab order in reading order and the first empty field of a form."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

#: the kinds of controls that take the keyboard in a form
_CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def layout_order(root: QWidget) -> list[QWidget]:
    """The focusable controls under ``root`` in the order of its layouts (form rows top down), as the eye reads them."""
    found: list[QWidget] = []

    def visit_widget(w: QWidget) -> None:
        if isinstance(w, _CONTROLS) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(w)
            if isinstance(w, QAbstractItemView):
                return
        if isinstance(w, QScrollArea) and w.widget() is not None:
            visit_widget(w.widget())
        elif isinstance(w, (QStackedWidget, QTabWidget)):
            for i in range(w.count()):
                visit_widget(w.widget(i))
        elif w.layout() is not None:
            visit_layout(w.layout())

    def visit_item(item) -> None:
        if item is None:
            return
        if item.widget() is not None:
            visit_widget(item.widget())
        elif item.layout() is not None:
            visit_layout(item.layout())

    def visit_layout(layout: QLayout) -> None:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    visit_item(layout.itemAt(row, role))
            return
        for i in range(layout.count()):
            visit_item(layout.itemAt(i))

    visit_widget(root)
    return found


def chain(widgets: Iterable[QWidget]) -> list[QWidget]:
    """Make Tab go through ``widgets`` in the given order; returns them."""
    widgets = list(widgets)
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return widgets


def first_empty(widgets: Iterable[QWidget], skip: Iterable[QWidget] = ()) -> QWidget | None:
    """The first enabled, writable text field without text (``skip`` aside)."""
    skipped = set(map(id, skip))
    for w in widgets:
        if id(w) in skipped or not w.isEnabled():
            continue
        if isinstance(w, QLineEdit) and not w.isReadOnly() and not w.text():
            return w
        if isinstance(w, QPlainTextEdit) and not w.isReadOnly() and not w.toPlainText():
            return w
    return None


def focus_field(widget: QWidget, scroll: QScrollArea | None = None) -> None:
    """Put the keyboard in ``widget`` (its text selected, so typing replaces it) and scroll it into view."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.selectAll()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)


#: the panels F6 goes through, in reading order
PANEL_ORDER = ("map", "raci", "agreements", "inspector")


def focus_next_panel(window, step: int = 1) -> str | None:
    """F6 (Shift+F6 back): the keyboard to the next visible panel of the window; its name, or None."""
    focus = QApplication.focusWidget()
    names = [n for n in PANEL_ORDER if n in window.panels and window.panels[n].isVisible()]
    if not names:
        return None
    here = next((i for i, n in enumerate(names)
                 if focus is not None and (window.panels[n] is focus or window.panels[n].isAncestorOf(focus))), None)
    index = 0 if here is None and step > 0 else (len(names) - 1 if here is None else (here + step) % len(names))
    name = names[index]
    window.panels[name].setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Paneel: %1").replace(
        "%1", {"map": QCoreApplication.translate("MainWindow", "Kaart"),
               "raci": QCoreApplication.translate("MainWindow", "Verantwoordelijkheden (RACI)"),
               "agreements": QCoreApplication.translate("MainWindow", "Afspraken"),
               "inspector": QCoreApplication.translate("MainWindow", "Partij")}[name]), 3000)
    return name
