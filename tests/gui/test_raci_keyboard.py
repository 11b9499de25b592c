"""The RACI editor found in a keyboard-only run: an Arabic title elided on its own side, a toolbar reached with Tab."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from samenwerk_desktop.gui.raci_editor import RaciEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ARABIC = "تصميم شبكة التدفئة الحضرية للحي الشمالي مع جميع الشركاء المحليين والمؤسسات"


@pytest.fixture
def editor(qtbot, wijk_doc):
    widget = RaciEditor(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_an_arabic_title_too_long_for_its_column_ends_in_an_ellipsis_at_its_left_with_the_whole_title_as_tooltip(
        editor):
    item = editor._doc.data.work_items[0]
    editor._doc.apply("titel", lambda p: p.update("work_item", item.id, title=ARABIC))
    editor.titles.set_width(160, save=False)
    header = editor.view.verticalHeader()
    row = editor.model.row_of_item(item.id)
    shown = header.drawn_text(row)
    assert shown.endswith("…\u200f")  # the right-to-left mark puts the "…" at the Arabic text's visual end, its left
    assert ARABIC.startswith(shown[:-2].rstrip("\u200d"))  # (a joiner keeps the last letter's joined form)
    assert header.fontMetrics().horizontalAdvance(shown) < 160
    assert ARABIC in editor.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    if os.environ.get("SAMENWERK_SHOTS"):
        editor.grab().save(os.path.join(os.environ["SAMENWERK_SHOTS"], "raci_arabic_title.png"))


def test_a_title_that_fits_is_drawn_whole(editor):
    item = editor._doc.data.work_items[0]
    editor._doc.apply("titel", lambda p: p.update("work_item", item.id, title="تصميم"))
    assert editor.view.verticalHeader().drawn_text(editor.model.row_of_item(item.id)) == "تصميم"


def _tab_stops(editor, qtbot, start, count: int) -> list:
    start.setFocus()
    stops = [QApplication.focusWidget()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_through_the_toolbar_buttons_as_they_stand_then_the_filter_and_the_matrix(editor, qtbot):
    editor.resize(1600, 600)  # every button on the bar, none behind »
    editor.select_item(editor._doc.data.work_items[0].id)
    bar = editor.findChild(QToolBar, "raciToolBar")
    buttons = [bar.widgetForAction(a) for a in (editor.add_item_action, editor.add_group_action,
                                                  editor.rename_item_action, editor.move_up_action,
                                                  editor.move_down_action, editor.delete_item_action)]
    stops = _tab_stops(editor, qtbot, buttons[0], 12)
    names = [w.accessibleName() or w.objectName() for w in stops]
    assert names[:6] == ["Onderdeel toevoegen", "Werkgroep toevoegen", "Hernoemen", "Omhoog", "Omlaag",
                         "Verwijderen"]
    assert stops[6] is editor.group_combo
    assert [w.accessibleName() for w in stops[7:9]] == ["Werkgroep hernoemen", "Werkgroep verwijderen"]
    assert editor.party_columns.find_edit in stops
    assert stops.index(editor.view) > stops.index(editor.party_columns.find_edit)


def test_shift_tab_from_the_matrix_reaches_werkgroep_toevoegen(editor, qtbot):
    editor.view.setFocus()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        if QApplication.focusWidget().accessibleName() == "Werkgroep toevoegen":
            break
    assert QApplication.focusWidget().accessibleName() == "Werkgroep toevoegen"
