"""The agreements panel fills its first tab at once and each other tab when it is first shown."""

from __future__ import annotations

import pytest
from panel_data import build_realistic
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QWidget

from samenwerk_desktop.core.model import Decision
from samenwerk_desktop.gui.agreements_panel import AgreementsPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: the tabs after the first: index, kind, page, the table on it, its rows in the document, a field of its form
LATER_TABS = [
    (1, "decision", "decisionsTab", "decisionsTable", "decisions", "decisionTitle"),
    (2, "dilemma", "dilemmasTab", "dilemmasTable", "dilemmas", "dilemmaTitle"),
    (3, "working_group", "structureTab", "groupsTable", "working_groups", "groupName"),
    (4, "meeting", "meetingsTab", "meetingsTable", "meetings", "meetingTitle"),
]


@pytest.fixture
def panel(qtbot, wijk_doc):
    widget = AgreementsPanel(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def page(panel, name: str) -> QWidget:
    return panel.findChild(QWidget, name)


def test_only_the_first_tab_is_built_at_first(panel):
    assert list(panel.sections.built) == ["agreement"]
    assert panel.findChild(QTableView, "agreementsTable").model().rowCount() == len(panel._doc.data.agreements)
    for _index, _kind, page_name, table, _rows, _field in LATER_TABS:  # made by the form, not filled yet
        assert page(panel, page_name).findChild(QTableView, table).model() is None


@pytest.mark.parametrize(("index", "kind", "page_name", "table", "rows", "field"), LATER_TABS,
                         ids=[t[1] for t in LATER_TABS])
def test_a_tab_shown_for_the_first_time_holds_its_table_and_form(panel, qtbot, index, kind, page_name, table, rows,
                                                                  field):
    panel.tabs.setCurrentIndex(index)
    view = page(panel, page_name).findChild(QTableView, table)
    assert view is not None and view.isVisible()
    assert view.model().rowCount() == len(getattr(panel._doc.data, rows)) > 0
    assert page(panel, page_name).findChild(QLineEdit, field).isVisible()
    assert panel.sections.built[kind].view is view
    qtbot.waitUntil(lambda: view.viewport().width() > 200)  # laid out in the page, not a collapsed corner


def test_a_tab_built_later_shows_what_changed_before_it_was_built(panel):
    doc = panel._doc
    doc.apply("besluit", lambda p: p.add(Decision(title="Later besloten", rule="consent")))
    panel.tabs.setCurrentIndex(1)
    model = panel.sections["decision"].model
    assert "Later besloten" in [model.index(r, 0).data() for r in range(model.rowCount())]
    doc.apply("besluit", lambda p: p.add(Decision(title="Daarna besloten", rule="consent")))
    assert "Daarna besloten" in [model.index(r, 0).data() for r in range(model.rowCount())]


def test_looking_up_a_later_tabs_section_or_widget_builds_that_tab(panel):
    assert panel.sections["meeting"].model.rowCount() == len(panel._doc.data.meetings)
    assert "meeting" in panel.sections.built and "decision" not in panel.sections.built
    assert panel.ratification_table.model() is panel.ratifications  # an attribute of the decisions tab
    assert "decision" in panel.sections.built and panel.tabs.currentIndex() == 0


def test_without_deferring_every_tab_is_built_at_once(qtbot, wijk_doc):
    widget = AgreementsPanel(wijk_doc, defer_tabs=False)
    qtbot.addWidget(widget)
    assert list(widget.sections.built) == ["agreement", "decision", "dilemma", "working_group", "meeting"]


def test_a_read_only_files_later_tab_can_be_looked_at_but_not_changed(qtbot, tmp_path):
    from samenwerk_desktop.core.storage import Project
    from samenwerk_desktop.gui.document import Document

    path = tmp_path / "alleen-lezen.samenwerk"
    build_realistic(path).close()
    document = Document(Project.open(path, read_only=True))
    try:
        widget = AgreementsPanel(document)
        qtbot.addWidget(widget)
        widget.tabs.setCurrentIndex(4)
        meetings = page(widget, "meetingsTab")
        assert meetings.findChild(QTableView, "meetingsTable").model().rowCount() > 0
        assert meetings.findChild(QLineEdit, "meetingTitle").isReadOnly()
        buttons = meetings.findChildren(QPushButton)
        assert buttons and not any(b.isEnabled() for b in buttons)
        assert meetings.findChild(QTableView, "agendaTable").editTriggers() == QTableView.EditTrigger.NoEditTriggers
    finally:
        document.close()


def test_the_windows_dispute_button_on_the_dilemmas_tab_follows_its_table_once_the_tab_is_shown(small_window):
    from samenwerk_desktop.core.model import Dilemma

    doc = small_window.document
    doc.apply("dilemma", lambda p: p.add(Dilemma(party_id=doc.data.parties[0].id, title="Eigen begroting")))
    panel = small_window.panels["agreements"]
    assert "dilemma" not in panel.sections.built and "meeting" not in panel.sections.built
    button = panel.findChild(QPushButton, "dilemmaDisputeButton")
    assert button.text() == "Geschil vastleggen" and not button.isEnabled()
    panel.tabs.setCurrentIndex(2)
    view = panel.sections.built["dilemma"].view
    view.setCurrentIndex(view.model().index(0, 0))
    assert button.isEnabled() and button.isVisible()


@pytest.mark.parametrize("width", [700, 1200], ids=["narrow-stacked", "wide-beside"])
def test_the_panel_asks_for_the_same_room_before_and_after_its_later_tabs_are_built(qtbot, wijk_doc, width):
    widget = AgreementsPanel(wijk_doc)
    qtbot.addWidget(widget)
    widget.resize(width, 700)
    widget.show()
    qtbot.waitExposed(widget)
    before = widget.minimumSizeHint(), [page(widget, t[2]).minimumSizeHint() for t in LATER_TABS]
    splits = [page(widget, t[2]).findChild(QTableView, t[3]).parentWidget().orientation() for t in LATER_TABS]
    for index, *_ in LATER_TABS:
        widget.tabs.setCurrentIndex(index)
    assert len(widget.sections.built) == 5
    assert (widget.minimumSizeHint(), [page(widget, t[2]).minimumSizeHint() for t in LATER_TABS]) == before
    assert [page(widget, t[2]).findChild(QTableView, t[3]).parentWidget().orientation() for t in LATER_TABS] == splits
