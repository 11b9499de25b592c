"""Dates in the window's tables read as the date fields take them (1-3-2027), stored and sorted as ISO."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from samenwerk_desktop.core import i18n
from samenwerk_desktop.core.model import Meeting
from samenwerk_desktop.gui.agreements_panel import AgreementsPanel
from samenwerk_desktop.gui.dates import SORT_ROLE, shown_date
from samenwerk_desktop.gui.panel_common import normalise_date

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, wijk_doc):
    widget = AgreementsPanel(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


@pytest.mark.parametrize(("stored", "lang", "shown"), [
    ("2027-03-01", "nl", "1-3-2027"), ("2027-12-31", "nl", "31-12-2027"), ("2027-03-01", "en", "1/3/2027"),
    ("", "nl", ""), ("geen datum", "nl", "geen datum"),
])
def test_a_stored_date_is_shown_day_first_and_read_back_as_stored(stored, lang, shown):
    assert shown_date(stored, lang) == shown
    assert normalise_date(shown) == stored


def _meeting_dates(panel, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = panel.sections["meeting"].model
    column = _column(model, "Datum")  # (no translator in the tests: the headers stay Dutch)
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _column(model, header: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)


def _add_meetings(panel) -> None:
    for title, day in (("Maart", "2027-03-01"), ("Februari", "2027-02-12")):
        panel._doc.apply("overleg", lambda p, t=title, d=day: p.add(Meeting(title=t, date=d)))


def test_the_meetings_table_shows_dates_in_dutch_and_keeps_the_iso_date_to_sort_by(panel, qtmodeltester):
    _add_meetings(panel)
    model = panel.sections["meeting"].model
    qtmodeltester.check(model)
    assert "1-3-2027" in _meeting_dates(panel) and "12-2-2027" in _meeting_dates(panel)
    assert "2027-03-01" in _meeting_dates(panel, SORT_ROLE)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    column = _column(model, "Datum")
    proxy.sort(column)
    dates = [proxy.index(row, column).data() for row in range(proxy.rowCount())]
    assert dates.index("12-2-2027") < dates.index("1-3-2027")  # by date; as text "1-3" would come first
    if os.environ.get("SAMENWERK_SHOTS"):
        panel.tabs.setCurrentIndex(list(panel.sections).index("meeting"))
        panel.grab().save(os.path.join(os.environ["SAMENWERK_SHOTS"], "meetings_dutch_dates.png"))


def test_under_english_the_table_shows_the_english_form(panel, english):
    _add_meetings(panel)
    panel.sections["meeting"].model.refresh()
    assert "1/3/2027" in _meeting_dates(panel)


def test_a_due_date_typed_in_its_cell_the_dutch_way_is_stored_as_iso_and_shown_as_typed(panel):
    from samenwerk_desktop.core.model import ActionItem

    doc = panel._doc
    meeting = doc.data.meetings[0]
    doc.apply("actie", lambda p: p.add(ActionItem(meeting_id=meeting.id, text="Offerte opvragen")))
    panel.sections["meeting"].select(meeting.id)
    view = panel._sub_view["action_item"]
    model = view.model()
    column = _column(model, "Uiterlijk")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Offerte opvragen")
    cell = model.index(row, column)
    assert model.setData(cell, "5-4-2027", Qt.ItemDataRole.EditRole)
    item = next(a for a in doc.data.entities["action_item"].values() if a.text == "Offerte opvragen")
    assert item.due_date == "2027-04-05"
    assert cell.data() == "5-4-2027" and cell.data(Qt.ItemDataRole.EditRole) == "5-4-2027"


def test_the_review_column_shows_the_dutch_date_and_sorts_by_the_stored_one(panel):
    from samenwerk_desktop.core.model import Agreement

    panel._doc.apply("afspraak", lambda p: p.add(Agreement(text="Verre afspraak", status="agreed",
                                                            review_date="2999-01-02")))
    model = panel.sections["agreement"].model
    column = _column(model, "Evaluatie")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Verre afspraak")
    assert model.index(row, column).data() == "2-1-2999"
    assert model.index(row, column).data(SORT_ROLE) == "2999-01-02"
