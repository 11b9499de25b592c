"""The compiled forms (gui/forms/ui_*.py): what pyside6-uic makes of ui/*.ui today, building what QUiLoader builds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QTabWidget, QWidget

from samenwerk_desktop.gui import forms
from tools import compile_forms

FORMS = sorted(compile_forms.FORMS.glob("*.ui"))


def _without_version(text: str) -> list[str]:
    """The module's lines but the one naming the uic's version (6.11 and 6.12 write the same code)."""
    return [line for line in text.splitlines() if not line.startswith("## Created by: Qt User Interface Compiler")]


def test_every_form_has_its_compiled_module():
    assert sorted(p.name for p in compile_forms.OUT.glob("ui_*.py")) == [f"ui_{f.stem}.py" for f in FORMS]


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_the_compiled_form_is_what_pyside6_uic_makes_of_it(form: Path):
    """Edited a form? Run tools/compile_forms.py."""
    written = compile_forms.target(form).read_text(encoding="utf-8")
    assert _without_version(written) == _without_version(compile_forms.compiled(form))


#: what a compiled form must set as QUiLoader does (sizes and geometry follow from these once laid out: the pixels)
SHOWN = ("text", "title", "windowTitle", "toolTip", "whatsThis", "statusTip", "accessibleName", "accessibleDescription",
         "placeholderText", "sizePolicy", "minimumSize", "maximumSize", "enabled", "checkable", "checked",
         "contentsMargins", "spacing", "currentIndex", "frameShape", "wordWrap", "alignment", "readOnly", "orientation",
         "editTriggers", "selectionBehavior", "selectionMode", "flat", "maxLength", "styleSheet", "font", "focusPolicy")


def _shown(obj: QObject) -> dict[str, str]:
    meta = obj.metaObject()
    values = {}
    for i in range(meta.propertyCount()):
        prop = meta.property(i)
        if prop.name() in SHOWN:
            values[prop.name()] = re.sub(r" at 0x[0-9a-f]+", "", str(prop.read(obj)))  # no addresses
    if isinstance(obj, QTabWidget):
        values["tabs"] = str([(obj.widget(i).objectName(), obj.tabText(i)) for i in range(obj.count())])
    if isinstance(obj, QWidget):
        values["hidden"] = str(obj.isHidden())
    return values


def _named(form: QWidget) -> dict[str, tuple]:
    """Every named object of ``form`` (Qt's own inner ones aside): its class, its parent's name and what it shows."""
    return {obj.objectName(): (type(obj).__name__, obj.parent().objectName() if obj.parent() else "", _shown(obj))
            for obj in [form, *form.findChildren(QObject)] if obj.objectName() and not _qt_own(obj)}


def _qt_own(obj: QObject) -> bool:
    """One of Qt's own inner widgets (a tab bar's scroll buttons, a scroll area's viewport): not the form's."""
    return obj.objectName().startswith("qt_") or (obj.parent() is not None and obj.parent().objectName() == "qt_tabwidget_tabbar")


def _loader_build(name: str, parent: QWidget | None = None) -> QWidget:
    """forms.build as it was: QUiLoader reading ui/<name> at run time."""
    file = QFile(str(compile_forms.FORMS / name))
    assert file.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return QUiLoader().load(file, parent)
    finally:
        file.close()


@pytest.fixture
def both(qtbot, request):
    """The form ``request.param`` loaded by QUiLoader and built from its compiled module."""
    form = request.param
    pair = _loader_build(form.name), forms.build(form.name)
    for widget in pair:
        qtbot.addWidget(widget)
    return pair


@pytest.mark.parametrize("both", FORMS, ids=lambda p: p.name, indirect=True)
def test_the_compiled_form_makes_the_widgets_and_texts_quiloader_makes(both):
    loaded, built = both
    assert len(_named(built)) > 10
    assert _named(built) == _named(loaded)


@pytest.mark.parametrize("size", [(1600, 1000), (1024, 768)])
def test_the_window_looks_the_same_with_compiled_forms_as_with_loaded_ones(qtbot, small_project, monkeypatch, size):
    from samenwerk_desktop.gui.main_window import MainWindow

    images = []
    for build in (forms.build, _loader_build):
        monkeypatch.setattr(forms, "build", build)
        win = MainWindow(restore=False)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        assert win.open_file(small_project)
        win.map_view.fit()
        qtbot.wait(20)
        images.append(win.grab().toImage())
        win.close()
    assert images[0].size() == images[1].size() and images[0] == images[1]
