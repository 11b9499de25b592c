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
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

#: the kinds of controls that take the keyboard in a form
_CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def focus_order(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab stops at, in the form's own order (the order they were made in).

    Not a walk of ``nextInFocusChain()``: PySide makes each widget such a call returns a child of the
    widget it was called on, so walking the chain (which goes through the whole window) left the
    window's splitters owned by a profile field, and deleting a panel invalidated them (a crash at close).
    ``findChildren`` makes them children of ``root``, which they are.
    """
    widgets = root.findChildren(QWidget)  # depth first, in the order they were made: the default tab order
    # not a combo box's own line edit, nor its popup list (a window of its own, which isAncestorOf stops at)
    inner = {id(d) for w in widgets if isinstance(w, QComboBox) or w.isWindow() for d in w.findChildren(QWidget)}
    return [w for w in widgets
            if isinstance(w, _CONTROLS) and not w.isWindow() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and id(w) not in inner][:2000]


def moved_after(widgets: list[QWidget], moved: list[QWidget], anchor: QWidget) -> list[QWidget]:
    """``widgets`` with ``moved`` taken out and put back right after ``anchor``."""
    rest = [w for w in widgets if w not in moved]
    at = rest.index(anchor) + 1 if anchor in rest else len(rest)
    return rest[:at] + list(moved) + rest[at:]


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


def main_view(name: str, panel: QWidget) -> QWidget:
    """Where F6 puts the keyboard in a panel: its main view, never the last button used there.

    The map itself, the matrix, the current tab's table, the profile's first field (the
    collaboration's title when no party is shown).
    """
    if name == "agreements" and hasattr(panel, "current_section"):
        return panel.current_section().view
    if name == "inspector":
        if getattr(panel, "party_id", None) is None and getattr(panel, "collaboration_form", None) is not None:
            return panel.collaboration_form.title_edit
        chain = getattr(panel, "tab_chain", None) or []
        return next((w for w in chain if w.isVisibleTo(panel) and w.isEnabled()), panel)
    if name == "raci" and getattr(panel, "view", None) is not None:
        return panel.view
    return panel


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
    main_view(name, window.panels[name]).setFocus(
        Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Paneel: %1").replace(
        "%1", {"map": QCoreApplication.translate("MainWindow", "Kaart"),
               "raci": QCoreApplication.translate("MainWindow", "Verantwoordelijkheden (RACI)"),
               "agreements": QCoreApplication.translate("MainWindow", "Afspraken"),
               "inspector": QCoreApplication.translate("MainWindow", "Partij")}[name]), 3000)
    return name
