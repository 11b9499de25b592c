"""The RACI matrix's layout: party columns as wide as their short names, findings in a full-width list below."""

from __future__ import annotations

import pytest
from panel_data import ids_by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from samenwerk_desktop.gui import raci_editor
from samenwerk_desktop.gui.raci_editor import RaciEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, wijk_doc):
    widget = RaciEditor(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def header_fits(editor, column: int) -> bool:
    hh = editor.view.horizontalHeader()
    text = editor.model.headerData(column, Qt.Orientation.Horizontal)
    return hh.fontMetrics().horizontalAdvance(text) + 16 <= hh.sectionSize(column)


def test_headers_are_short_names_with_full_names_in_tooltips(editor):
    doc = editor._doc
    for column, party in enumerate(doc.data.parties):
        assert editor.model.headerData(column, Qt.Orientation.Horizontal) == party.label
        assert party.name.replace("&", "&amp;") in editor.model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_every_header_fits_its_column_and_the_load_footer_lines_up(editor):
    model = editor.model
    lh = editor.load_view.horizontalHeader()
    for column in range(model.columnCount()):
        assert header_fits(editor, column), model.headerData(column, Qt.Orientation.Horizontal)
        assert lh.sectionSize(column) == editor.view.horizontalHeader().sectionSize(column)


def test_a_renamed_party_gets_a_wider_column_and_a_very_long_name_is_capped(editor):
    doc = editor._doc
    pid = ids_by_name(doc, "party")["Natuurmonumenten"]
    column = editor.model.column_of_party(pid)
    before = editor.view.horizontalHeader().sectionSize(column)
    doc.apply("naam", lambda p: p.update("party", pid, short_name="Natuurmon. NH"))
    assert editor.view.horizontalHeader().sectionSize(column) > before
    assert header_fits(editor, column)
    assert editor.load_view.horizontalHeader().sectionSize(column) == editor.view.horizontalHeader().sectionSize(column)
    doc.apply("naam", lambda p: p.update("party", pid, short_name="ش" * 15 + " <&> " + "W" * 20))
    assert editor.view.horizontalHeader().sectionSize(column) == raci_editor.MAX_COLUMN_WIDTH


def test_findings_list_is_below_the_matrix_one_line_each(editor):
    splitter = editor.findChild(QSplitter, "raciSplitter")
    assert splitter.orientation() == Qt.Orientation.Vertical
    view = editor.findings_view
    assert view.mapTo(editor, view.rect().topLeft()).y() > editor.view.mapTo(editor, editor.view.rect().bottomLeft()).y()
    assert view.width() >= editor.view.width() - 4
    assert not view.wordWrap() and view.uniformItemSizes()
    assert editor.findings_model.rowCount() > 1
    first, second = (view.visualRect(editor.findings_model.index(r, 0)) for r in (0, 1))
    assert first.height() == second.height() < 2.2 * view.fontMetrics().height()


def test_choosing_a_finding_still_selects_its_cell(editor):
    m = editor.findings_model
    row = next(r for r in range(m.rowCount()) if m.finding(r).work_item_id and m.finding(r).party_id)
    f = m.finding(row)
    editor.findings_view.clicked.emit(m.index(row, 0))
    current = editor.view.currentIndex()
    assert editor.model.cell_key(current) == (f.work_item_id, f.party_id)
    assert editor.view_state.selected_parties == frozenset({f.party_id})


def column_x(view, column: int, editor) -> int:
    """Where a column starts, in the editor's coordinates."""
    return view.viewport().mapTo(editor, view.visualRect(view.model().index(0, column)).topLeft()).x()


def test_a_wider_editor_shows_longer_titles_and_the_columns_stay_lined_up(editor, qtbot):
    header = editor.view.verticalHeader()
    editor.resize(600, 700)
    qtbot.waitUntil(lambda: header.width() == raci_editor.HEADER_WIDTH)
    narrow = header.width()
    editor.hide()  # as when the pane is maximised: resized while hidden, then shown
    editor.resize(1800, 700)
    editor.show()
    qtbot.waitUntil(lambda: header.width() > narrow)
    assert header.width() <= 1800 // 3
    for column in (0, 1, 3):
        matrix_header_x = editor.view.horizontalHeader().mapTo(
            editor, editor.view.horizontalHeader().rect().topLeft()).x() + editor.view.horizontalHeader(
            ).sectionViewportPosition(column)
        assert matrix_header_x == column_x(editor.view, column, editor) == column_x(editor.load_view, column, editor)
    editor.resize(600, 700)
    qtbot.waitUntil(lambda: header.width() == narrow)
    assert column_x(editor.view, 0, editor) == column_x(editor.load_view, 0, editor)


def test_a_name_too_long_for_its_capped_column_is_elided_at_the_end(editor):
    doc = editor._doc
    pid = ids_by_name(doc, "party")["Natuurmonumenten"]
    doc.apply("naam", lambda p: p.update("party", pid, short_name="NetbeheerderGemeente Zuid en Omstreken"))
    column = editor.model.column_of_party(pid)
    hh = editor.view.horizontalHeader()
    assert hh.sectionSize(column) == raci_editor.MAX_COLUMN_WIDTH
    assert not header_fits(editor, column)
    assert hh.textElideMode() == Qt.TextElideMode.ElideRight  # "NetbeheerderGemeente Z…", not "tbeheerderGemeente Zu"


def test_larger_type_from_a_style_sheet_grows_rows_columns_and_titles(editor, qtbot):
    """A style sheet sets a larger type: nothing may be cut in half."""
    small_row = editor.view.verticalHeader().defaultSectionSize()
    editor.setStyleSheet("QWidget { font-size: 26pt; } QHeaderView::section { font-weight: bold; }")
    view, load = editor.view, editor.load_view
    qtbot.waitUntil(lambda: view.verticalHeader().defaultSectionSize() > small_row)
    assert view.verticalHeader().defaultSectionSize() >= view.fontMetrics().height() + 4
    assert load.verticalHeader().defaultSectionSize() >= load.fontMetrics().height()
    rows = load.verticalHeader()
    assert load.height() >= sum(rows.sectionSize(r) for r in range(editor.load_model.rowCount()))
    labels = editor.model.party_labels()
    assert any(len(label) <= 12 for label in labels)
    for column, label in enumerate(labels):
        assert load.horizontalHeader().sectionSize(column) == view.horizontalHeader().sectionSize(column)
        if len(label) <= 12:  # a short name fits whole, as it does in the normal type size
            assert header_fits(editor, column), label


@pytest.mark.parametrize("bulk", [0, 10_000], ids=["most-common-width-first", "one-by-one"])
def test_every_column_gets_its_header_width_and_the_footer_follows_however_they_are_resized(
        qtbot, wijk_doc, monkeypatch, bulk):
    monkeypatch.setattr(raci_editor, "BULK_RESIZE", bulk)
    # two columns at the least width, which every column starts at, the others sharing a wider one (the most common)
    ids = [p.id for p in wijk_doc.data.parties]
    short = {ids[0]: "A", ids[1]: "B"} | {pid: f"Aaaaaaaaaa{i}" for i, pid in enumerate(ids[2:])}
    wijk_doc.apply("kort", lambda p: p.update_many("party", {pid: {"short_name": s} for pid, s in short.items()}))
    widget = RaciEditor(wijk_doc)
    qtbot.addWidget(widget)
    hh, lh = widget.view.horizontalHeader(), widget.load_view.horizontalHeader()
    widths = [hh.sectionSize(column) for column in range(widget.model.columnCount())]
    assert widths == widget._column_widths and len(set(widths)) > 1
    least = [widths[widget.model.column_of_party(pid)] for pid, s in short.items() if len(s) == 1]
    assert least == [raci_editor.COLUMN_WIDTH] * 2
    assert [lh.sectionSize(column) for column in range(len(widths))] == widths
    assert all(header_fits(widget, column) for column in range(len(widths)))
