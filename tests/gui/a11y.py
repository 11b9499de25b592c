"""The accessibility walk: every control names itself, and says what it does where its label alone does not.

What "its label alone does not say what it does" means, per control class:
- a button (push or tool button) whose text has no letter: only an icon, or a symbol such as "+", "-", "…", "»";
- a check box or radio button whose text is a single word ("Uitgevoerd": done what?);
- a spin box or combo box that no label names as its buddy (a cell of a table, a filter on a toolbar).
Those need a tooltip. s14's new widgets run the same walk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


def _controls(root: QWidget):
    """Visible, focusable controls under ``root`` (and ``root``), without the inner parts of Qt's own widgets."""
    seen = set()
    for cls in CONTROLS:
        for widget in [root, *root.findChildren(cls)] if isinstance(root, cls) else root.findChildren(cls):
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            if not widget.isVisibleTo(root) and widget is not root or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            owner = widget.parent()
            if isinstance(owner, (QAbstractSpinBox, QComboBox)) or (
                    owner is not None and isinstance(owner.parent(), QComboBox)):
                continue  # the inner line edit of a spin box, a combo box's popup list
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (a calendar's month buttons, a scroll area's corner)
            yield widget


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return text.replace("&", "").strip()


def _described(widget: QWidget) -> str:
    """What a name of a control is called in a failure: its class and object name, else its accessible name."""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or _label(widget)!r}"


def _buddies(root: QWidget) -> dict[int, str]:
    """The controls that a label names (Qt's accessibility reads a buddy label as the control's name)."""
    return {id(label.buddy()): label.text().replace("&", "").strip(" :")
            for label in root.window().findChildren(QLabel) if label.buddy() is not None}


def nameless(root: QWidget) -> list[str]:
    """Controls with neither an accessible name, nor a text, nor a label that names them."""
    buddies = _buddies(root)
    return [_described(w) for w in _controls(root) if not (w.accessibleName() or _label(w) or buddies.get(id(w)))]


def needs_tooltip(widget: QWidget, buddies) -> bool:
    """True when the control's label alone does not say what it does (see the module's docstring)."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return len(_label(widget).split()) <= 1
    if isinstance(widget, QAbstractButton):
        return not any(char.isalpha() for char in _label(widget))
    if isinstance(widget, (QAbstractSpinBox, QComboBox)):
        return id(widget) not in buddies
    return False


def unexplained(root: QWidget) -> list[str]:
    """Controls that need a tooltip (see ``needs_tooltip``) and have none."""
    buddies = _buddies(root)
    return [_described(w) for w in _controls(root) if needs_tooltip(w, buddies) and not w.toolTip().strip()]


def unclear(root: QWidget) -> list[str]:
    """Both walks at once: a control without a name, and one that needs a tooltip and has none."""
    return nameless(root) + unexplained(root)
