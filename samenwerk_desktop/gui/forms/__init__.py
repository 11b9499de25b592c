"""The window's Qt Designer forms (ui/*.ui), compiled by pyside6-uic into the ui_*.py modules beside this one.

``tools/compile_forms.py`` writes those modules after a form is edited; tests/gui/test_forms.py
checks that they are current and build the same widgets as QUiLoader does from the .ui files.
Built from Python with cached bytecode a form costs 1-2 ms; QUiLoader read and parsed the XML at
each start (main_window.ui 30-35 ms, agreements_panel.ui 60-65 ms).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def form_class(name: str) -> type:
    """The compiled form of ``ui/<name>`` (its ``Ui_...`` class); each module is imported when first asked for."""
    if name == "main_window.ui":
        from samenwerk_desktop.gui.forms.ui_main_window import Ui_MainWindowBody as form
    elif name == "raci_editor.ui":
        from samenwerk_desktop.gui.forms.ui_raci_editor import Ui_RaciEditorForm as form
    elif name == "agreements_panel.ui":
        from samenwerk_desktop.gui.forms.ui_agreements_panel import Ui_AgreementsPanelForm as form
    elif name == "party_inspector.ui":
        from samenwerk_desktop.gui.forms.ui_party_inspector import Ui_PartyInspectorForm as form
    else:
        raise FileNotFoundError(f"no compiled form {name} (tools/compile_forms.py)")
    return form


def build(name: str, parent: QWidget | None = None) -> QWidget:
    """The widgets of the form ``ui/<name>`` in a new QWidget under ``parent``, named as in the form."""
    widget = QWidget(parent)
    form_class(name)().setupUi(widget)
    return widget
