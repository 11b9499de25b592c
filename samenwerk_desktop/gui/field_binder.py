"""Form fields bound to one entity: each edit is one undo step, and typed text is saved within a second."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox, QWidget

from samenwerk_desktop.core.errors import SamenwerkError, ValidationError
from samenwerk_desktop.core.model import KINDS, Collaboration, field_spec
from samenwerk_desktop.gui import date_field, panel_common
from samenwerk_desktop.gui.dates import shown_date
from samenwerk_desktop.gui.panel_common import (
    checked_ids,
    fill_choices,
    fill_party_checklist,
    normalise_date,
    refusal,
)
from samenwerk_desktop.gui.party_list import show_list

_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit)


def _t(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


@dataclass(eq=False)
class Binding:
    widget: QWidget
    field: str
    choices: Callable[[], list[tuple[str, object]]] | None = None
    #: a date field: Dutch day-month-year input is accepted and stored as ISO
    date: bool = False
    #: a spin box showing the stored number times this (a share 0.35 shown as 35 %)
    scale: int = 1
    #: a combo box showing a shared model (gui/party_list.py): nothing to fill on load
    model: object = None


class FieldBinder(QObject):
    """Shows one entity's fields in form widgets and commits each field edit as one undo step.

    Text fields (line edits and plain-text edits) are saved a pause of ``panel_common.PAUSE_MS`` after the
    last keystroke and at once when they lose focus (Enter too, for a line edit), when another
    entity is shown, and when the document asks (window deactivated or closed, file closed); the
    commits of one burst of typing merge into one undo step. Combo boxes, spin boxes (without
    keyboard tracking), check boxes and party check lists commit on a change. A refused value is
    reported by the document and the field returns to the stored value; while the user is still
    typing, a value that is not acceptable yet (half a date, an empty name) waits for the field's
    own commit instead.

    Commits write to the entity the widgets show (taken at ``load``), never to one that has been
    chosen since; a field that has the focus is not overwritten with the same stored value, so a
    save during typing moves neither the cursor nor the text.
    """

    def __init__(self, document, kind: str, current: Callable[[], int | None], parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._kind = kind
        self._current = current
        self._bindings: list[Binding] = []
        self._cls = Collaboration if kind == "collaboration" else KINDS[kind]
        #: the entity the widgets show (what a commit writes to)
        self._shown_id: int | None = None
        #: text fields typed in since their last commit
        self._pending: list[Binding] = []
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(panel_common.PAUSE_MS)
        self._pause.timeout.connect(self._save_typing)
        document.flushRequested.connect(self.flush)

    def bind(self, widget: QWidget, field: str, *,
             choices: Callable[[], list[tuple[str, object]]] | None = None, scale: int = 1,
             model=None) -> None:
        """Bind ``widget`` to ``field``; a combo box takes its entries from ``choices`` (filled on each load)
        or from ``model`` (a shared item model that keeps itself up to date, e.g. gui/party_list.py)."""
        spec = field_spec(self._cls, field)
        b = Binding(widget, field, choices, spec.meta.get("fmt") == "date", scale, model)
        self._bindings.append(b)
        label = spec.meta.get("label")
        if label is not None and not widget.accessibleName():
            widget.setAccessibleName(str(label))
        if isinstance(widget, QLineEdit):
            if spec.meta.get("maxlen"):
                widget.setMaxLength(spec.meta["maxlen"])  # a long paste stops at the limit, in sight, not refused
            widget.editingFinished.connect(lambda b=b: self._finish(b))
            widget.textEdited.connect(lambda _text, b=b: self._typed(b))
            if spec.meta.get("maxlen"):
                widget.textEdited.connect(lambda _text, b=b: self._at_limit(b))
            if b.date:  # may stay empty, so no QDateEdit: a calendar button beside the typed date
                date_field.attach(widget)
        elif isinstance(widget, QPlainTextEdit):
            widget.installEventFilter(self)
            widget.textChanged.connect(lambda b=b: self._typed(b))  # _write blocks it: only the user's edits
        elif isinstance(widget, QComboBox):
            if model is not None:
                show_list(widget, model)
            elif choices is not None:
                fill_choices(widget, choices())
            widget.activated.connect(lambda _i, b=b: self._commit(b))
        elif isinstance(widget, QSpinBox):
            widget.setKeyboardTracking(False)
            widget.valueChanged.connect(lambda _v, b=b: self._commit(b))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on, b=b: self._commit(b))
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(lambda _item, b=b: self._commit(b))
        else:
            raise TypeError(f"cannot bind {type(widget).__name__}")

    def widgets(self) -> list[QWidget]:
        return [b.widget for b in self._bindings]

    @property
    def typing(self) -> bool:
        """Whether typed text waits for its pause to be saved."""
        return self._pause.isActive()

    # -- reading and writing widgets ----------------------------------------------------

    @staticmethod
    def _read(b: Binding):
        w = b.widget
        if isinstance(w, QLineEdit):
            return normalise_date(w.text()) if b.date else w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox):
            return w.value() / b.scale if b.scale != 1 else w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QListWidget):
            return checked_ids(w)
        return None

    def _write(self, b: Binding, value, *, keep_typing: bool = False) -> None:
        w = b.widget
        if keep_typing and isinstance(w, _TEXT_WIDGETS) and w.hasFocus() and (
                b in self._pending or self._read(b) == (value or "")):
            return  # the user is typing here and the file holds what they typed: leave cursor and text be
        blocked = w.blockSignals(True)
        try:
            if isinstance(w, QLineEdit):
                shown = shown_date(value) if b.date else (value or "")  # a date as typed: 1-3-2027
                if w.text() != shown:
                    w.setText(shown)
                    w.setCursorPosition(0)
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != (value or ""):
                    w.setPlainText(value or "")
            elif isinstance(w, QComboBox):
                if b.choices is not None:
                    fill_choices(w, b.choices())
                w.setCurrentIndex(max(w.findData(value), 0))
            elif isinstance(w, QSpinBox):
                w.setValue(round((value or 0) * b.scale))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QListWidget):
                fill_party_checklist(w, self._document, value)
        finally:
            w.blockSignals(blocked)

    def _entity(self):
        """The entity the widgets show."""
        if self._kind == "collaboration":
            return self._document.data.collaboration
        return self._document.data.get(self._kind, self._shown_id) if self._shown_id is not None else None

    def load(self) -> None:
        """Show the current entity's stored values .

        Text still waiting for its pause belongs to the entity shown so far: it is saved there first.
        """
        current = self._current()
        if self._pending and current != self._shown_id:
            self.flush()
        self._shown_id = current
        e = self._entity()
        for b in self._bindings:
            self._write(b, getattr(e, b.field) if e is not None else None, keep_typing=True)

    def flush(self) -> None:
        """Commit what is being typed now (before another entity is shown, or when the document asks)."""
        self._pause.stop()
        for b in self._bindings:
            if b in self._pending or (isinstance(b.widget, _TEXT_WIDGETS) and b.widget.hasFocus()):
                self._commit(b)
        self._document.end_typing()

    # -- committing ------------------------------------------------------------------------

    def _typed(self, b: Binding) -> None:
        """The user changed a text field: save it after the pause (each keystroke restarts it)."""
        if b not in self._pending:
            self._pending.append(b)
        self._pause.start()

    def _at_limit(self, b: Binding) -> None:
        """A line edit is full (a long paste was cut there): the status bar says so, nothing goes by unseen."""
        w = b.widget
        if w.maxLength() and len(w.text()) >= w.maxLength():
            label = field_spec(self._cls, b.field).meta.get("label") or b.field
            notice = getattr(self._document, "notice", None)
            if notice is not None:
                notice.emit(_t("{0}: ten hoogste {1} tekens; wat daarna kwam is weggelaten.").format(
                    str(label), w.maxLength()))

    def _save_typing(self) -> None:
        """The pause is over: save every text field typed in (a value not acceptable yet waits)."""
        for b in list(self._pending):
            self._commit(b, quiet=True)

    def _finish(self, b: Binding) -> None:
        """A text field lost the focus (or got Enter): commit it, show the stored form, end the burst."""
        self._commit(b)
        self._document.end_typing()
        e = self._entity()
        if e is not None:
            self._write(b, getattr(e, b.field))

    def _commit(self, b: Binding, *, quiet: bool = False) -> None:
        if b in self._pending:
            self._pending.remove(b)
        if not self._pending:
            self._pause.stop()
        e = self._entity()
        if e is None:
            return
        value = self._read(b)
        if getattr(e, b.field) == value:
            return

        def refused(exc: SamenwerkError) -> bool:
            """The core refused the value: show that on the field, by its label (or wait while it is typed)."""
            if not isinstance(exc, ValidationError):
                return False  # not about the value (a read-only file): the document says it
            if quiet:  # still being typed: the field's own commit (focus out, Enter, another entity) reports it
                self._pending.append(b)
                return True
            self._write(b, getattr(e, b.field))  # first, so a commit while the message shows finds nothing to do
            self._document.errorOccurred.emit(refusal(exc, value, b.field))  # the sentence quotes what was typed
            return True

        spec = field_spec(self._cls, b.field)
        text = _t("{0} wijzigen").format(str(spec.meta.get("label") or b.field))
        name = b.field
        typing = isinstance(b.widget, _TEXT_WIDGETS)
        if self._kind == "collaboration":
            change = self._document.apply(text, lambda p: p.update_collaboration(**{name: value}), typing=typing,
                                          on_refusal=refused)
        else:
            kind, id_ = self._kind, e.id
            change = self._document.apply(text, lambda p: p.update(kind, id_, **{name: value}), typing=typing,
                                          on_refusal=refused)
        if change is None and not quiet:
            stored = self._entity()
            self._write(b, getattr(stored, b.field) if stored is not None else None)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: plain-text edits commit when they lose focus."""
        if event.type() == QEvent.Type.FocusOut:
            for b in self._bindings:
                if b.widget is obj:
                    self._finish(b)
                    break
        return False


__all__ = ["Binding", "FieldBinder"]
