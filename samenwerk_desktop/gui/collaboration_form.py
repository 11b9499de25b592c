"""The "Samenwerking" form: title, challenge, why, scope, facilitator, role scheme and overload share."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core.model import DECISION_RULES, RACI_SCHEMES, Collaboration, field_spec
from samenwerk_desktop.gui.field_binder import FieldBinder
from samenwerk_desktop.gui.panel_common import compact_combos, vocabulary


def _label(field: str) -> str:
    return str(field_spec(Collaboration, field).meta["label"])


class CollaborationForm(QGroupBox):
    """Edits the collaboration itself; every field edit is one undo step (FieldBinder, kind "collaboration")."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collaborationForm")
        self._doc = document
        self.setTitle(self.tr("Samenwerking"))
        self.setAccessibleName(self.tr("Eigenschappen van de samenwerking"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a narrow pane
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.challenge_edit = self._text("challengeEdit", 90)
        self.why_edit = self._text("whyEdit", 70)
        self.scope_edit = self._text("scopeEdit", 60)
        self.facilitator_edit = QLineEdit(self)
        self.facilitator_edit.setObjectName("facilitatorEdit")
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("schemeCombo")
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("decisionRuleCombo")
        self.overload_spin = QSpinBox(self)
        self.overload_spin.setObjectName("overloadSpin")
        self.overload_spin.setRange(5, 100)
        self.overload_spin.setSingleStep(5)
        self.overload_spin.setSuffix(" %")

        self.labels: dict[str, QLabel] = {}
        for field, widget in (("title", self.title_edit), ("challenge", self.challenge_edit),
                              ("why", self.why_edit), ("scope", self.scope_edit),
                              ("facilitator", self.facilitator_edit), ("raci_scheme", self.scheme_combo),
                              ("overload_share", self.overload_spin), ("default_decision_rule", self.rule_combo)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[field] = label
            form.addRow(label, widget)
        self.hint = QLabel(self)
        self.hint.setObjectName("collaborationHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #505050;")  # readable grey (contrast 8:1 on the window colour)
        outer.addWidget(self.hint)
        self._retranslate()
        compact_combos(self)

        self.binder = FieldBinder(document, "collaboration", lambda: 1, self)
        b = self.binder
        b.bind(self.title_edit, "title")
        b.bind(self.challenge_edit, "challenge")
        b.bind(self.why_edit, "why")
        b.bind(self.scope_edit, "scope")
        b.bind(self.facilitator_edit, "facilitator")
        b.bind(self.scheme_combo, "raci_scheme", choices=self._schemes)
        b.bind(self.overload_spin, "overload_share", scale=100)
        b.bind(self.rule_combo, "default_decision_rule", choices=lambda: vocabulary(DECISION_RULES))

        if getattr(document.project, "read_only", False):
            for widget in b.widgets():
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.setReadOnly(True)
                else:
                    widget.setEnabled(False)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self.binder.load)
        self.binder.load()

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return edit

    def _schemes(self) -> list[tuple[str, str]]:
        names = {"RACI": self.tr("RACI"), "RASCI": self.tr("RASCI (met S = ondersteunend)")}
        return [(names.get(code, code), code) for code in RACI_SCHEMES]

    def _retranslate(self) -> None:
        for field, label in self.labels.items():
            label.setText(_label(field))
        self.overload_spin.setToolTip(self.tr(
            "Een partij met meer dan dit deel van alle A- en R-rollen krijgt een bevinding in de matrix."))
        self.hint.setText(self.tr("De opgave en ‘Waar doen wij het voor?’ staan boven de kaart; "
                                  "alles komt ook in het verslag."))

    def focus_title(self) -> None:
        """Put the keyboard in the title (after File › New or the properties command)."""
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _on_changed(self, change) -> None:
        if "collaboration" in change.kinds or change.kind == "collaboration":
            self.binder.load()
