"""The editing window's look without a style sheet over the window: each rule on its widget, the splitters' bars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QSplitter, QTableView, QWidget

from samenwerk_desktop.gui import look


def under_style_sheet(widget: QWidget) -> bool:
    """Whether Qt paints ``widget`` through its style-sheet style (a sheet on it or on one of its parents)."""
    return widget.style().metaObject().className() == "QStyleSheetStyle"


def colour_at(widget: QWidget, x: int, y: int) -> str:
    return QColor(widget.grab().toImage().pixel(x, y)).name()


def test_the_window_has_no_style_sheet_of_its_own(small_window):
    assert small_window.styleSheet() == ""


@pytest.mark.parametrize("name, cls", [("nameEdit", QLineEdit), ("influenceSpin", QSpinBox),
                                       ("agreementsTable", QTableView), ("raciTable", QTableView)])
def test_the_panels_widgets_are_drawn_by_the_application_s_own_style(small_window, name, cls):
    widget = small_window.findChild(cls, name)
    assert widget is not None and not under_style_sheet(widget)


def test_the_splitters_and_their_panes_keep_the_application_s_style(small_window, qapp):
    assert {small_window.main_splitter.style(), *(pane.style() for pane in small_window.panes.values())} == {qapp.style()}


def test_a_handle_the_splitter_makes_later_is_a_bar_too(qtbot):
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("links"))
    look.style_splitters(splitter)
    splitter.addWidget(QLabel("rechts"))  # its handle is made now
    splitter.resize(200, 50)
    splitter.show()
    qtbot.waitExposed(splitter)
    handle = splitter.handle(1)
    assert handle.width() == look.HANDLE_WIDTH
    assert colour_at(handle, 2, 25) == look.HANDLE_COLOUR


def test_styling_a_splitter_twice_watches_it_once(qtbot):
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    look.style_splitters(splitter)
    look.style_splitters(splitter)
    assert len(splitter.findChildren(QObject)) == 1


def test_a_spin_box_has_the_style_s_own_height_not_a_squeezed_one(small_window):
    spin = small_window.findChild(QSpinBox, "influenceSpin")
    assert spin.sizeHint().height() == QSpinBox().sizeHint().height()


@pytest.mark.parametrize("name", ["mainSplitter", "sideSplitter", "agreementSplitter", "raciSplitter"])
def test_every_splitter_has_a_flat_bar_of_five_pixels_in_the_look_s_colour(small_window, qtbot, name):
    splitter = small_window.findChild(QSplitter, name)
    assert splitter is not None and splitter.handleWidth() == look.HANDLE_WIDTH
    handle = splitter.handle(1)
    qtbot.waitUntil(lambda: handle.isVisible() and handle.width() > 0 and handle.height() > 0)
    size = handle.size()
    thickness = size.width() if splitter.orientation() == Qt.Orientation.Horizontal else size.height()
    assert thickness == look.HANDLE_WIDTH
    image = handle.grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}
    assert colours == {look.HANDLE_COLOUR}


def test_a_splitter_turned_upright_keeps_its_bar(small_window, qtbot):
    splitter = small_window.findChild(QSplitter, "agreementSplitter")
    splitter.setOrientation(Qt.Orientation.Vertical)
    handle = splitter.handle(1)
    qtbot.waitUntil(lambda: handle.height() == look.HANDLE_WIDTH)
    assert colour_at(handle, handle.width() // 2, 2) == look.HANDLE_COLOUR


def test_the_challenge_banner_keeps_its_yellow_and_its_line(small_window):
    banner = small_window.map_view.banner
    height = banner.height()
    assert (colour_at(banner, 3, height // 2), colour_at(banner, 3, height - 1)) == ("#fff7d6", "#c9b86a")
    assert banner.heading.font().bold()


def test_the_legend_keeps_its_small_labels_and_bold_headings(small_window):
    legend = small_window.map_view.legend
    labels = legend.findChildren(QLabel)
    headings = [label for label in labels if label.objectName() == "legendHeading"]
    entries = [label for label in labels if label.objectName() != "legendHeading"]
    assert headings and all(label.font().bold() for label in headings)
    assert entries and {label.font().pointSizeF() for label in entries} == {8.0}
    assert under_style_sheet(legend) and legend.styleSheet() == look.SHEETS["mapLegend"]


def test_the_welcome_text_and_the_save_state_keep_their_colours(small_window):
    welcome = small_window.welcome_label
    assert welcome.palette().color(welcome.foregroundRole()).name() == "#555555"
    assert welcome.font().pointSizeF() == 13.0
    status = small_window.status_label
    assert status.palette().color(status.foregroundRole()).name() == "#245c2a"


def test_a_widget_without_a_look_of_its_own_gets_no_style_sheet(qapp):
    widget = QLabel()
    widget.setObjectName("somethingElse")
    look.style(widget)
    assert widget.styleSheet() == ""
