"""Long names in lists, tables, trees and combo boxes are drawn elided, whole in the model and in the tooltip."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyleOptionViewItem

from samenwerk_desktop.core.model import NAME_MAX, Agreement, Dilemma, Meeting, WorkItem
from samenwerk_desktop.gui.elide import ComboElider, ElidingDelegate, elided, is_right_to_left
from samenwerk_desktop.gui.find import FindDialog

#: a 10,000-character paste, as the name field keeps it (cut at the field's limit)
LONG = ("Gemeente " + "Rivierstad en omstreken " * 420)[:10_000][:NAME_MAX]
#: a long Arabic name (right to left: its "…" belongs on the left)
ARABIC = ("هيئة المياه في منطقة الأنهار الكبرى " * 20)[:NAME_MAX].strip()


def shown(view: QAbstractItemView, index) -> QStyleOptionViewItem:
    """The entry as the view's delegate draws it (its text, its direction)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, ElidingDelegate), view.objectName()
    return delegate.drawn(option, index)


def columns(model) -> int:
    """A model's column count (a list model has no public columnCount in PySide)."""
    try:
        return model.columnCount(QModelIndex())
    except TypeError:
        return 1


def entries(window, name: str):
    """(view, index) of every visible entry in ``window`` whose whole text is ``name``."""
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns(model)):
                index = model.index(row, column)
                if index.data(Qt.ItemDataRole.DisplayRole) == name and not view.visualRect(index).isEmpty():
                    yield view, index


@pytest.fixture
def win(small_window):
    """The small project in a window of 1400 x 900, every panel built."""
    return small_window


def widths(win) -> dict[str, int]:
    return {name: win.panes[name].width() for name in ("raci", "agreements", "inspector")}


def give_long_names(win) -> tuple[int, int]:
    """The first party named LONG, the second ARABIC; each owns an agreement, a dilemma and a work item's role."""
    doc = win.document
    first, second = (p.id for p in doc.data.parties[:2])
    doc.apply("naam", lambda p: p.update("party", first, name=LONG, short_name=""))
    doc.apply("naam", lambda p: p.update("party", second, name=ARABIC, short_name=""))
    for party in (first, second):
        doc.apply("a", lambda p, o=party: p.add(Agreement(text="Afspraak", owner_party_id=o)))
        doc.apply("d", lambda p, o=party: p.add(Dilemma(party_id=o, title=LONG)))
    doc.apply("m", lambda p: p.add(Meeting(title=LONG, date="2026-03-01")))
    doc.apply("w", lambda p: p.add(WorkItem(title=ARABIC)))
    return first, second


@pytest.mark.parametrize(("text", "rtl"), [(LONG, False), (ARABIC, True), ("مرحبا Gemeente", True), ("Gemeente مرحبا", False)])
def test_the_direction_of_a_name_is_its_first_strong_letter(text, rtl):
    assert is_right_to_left(text) is rtl


def test_an_arabic_name_is_cut_at_its_own_end_with_the_mark_that_keeps_the_dots_on_the_left(win):
    metrics = win.fontMetrics()
    cut = elided(ARABIC, metrics, 150)
    assert cut.endswith("…\u200f") and ARABIC.startswith(cut[:-2].rstrip("\u200d"))
    assert elided(LONG, metrics, 150).endswith("…") and elided("Kort", metrics, 150) == "Kort"


@pytest.mark.parametrize("tab", ["agreement", "dilemma", "meeting"])
def test_the_agreements_panel_draws_long_names_elided_with_the_model_and_tooltip_whole(win, tab):
    give_long_names(win)
    panel = win.panels["agreements"]
    panel.tabs.setCurrentIndex(list(panel.sections).index(tab))
    found = list(entries(win, LONG)) + list(entries(win, ARABIC))
    assert found, tab
    for view, index in found:
        whole = index.data(Qt.ItemDataRole.DisplayRole)
        drawn = shown(view, index)
        assert len(drawn.text) < len(whole) and drawn.text.rstrip("\u200f").endswith("…"), view.objectName()
        assert whole.startswith(drawn.text.rstrip("\u200f")[:-1].rstrip("\u200d")[:20])
        right_to_left = drawn.direction == Qt.LayoutDirection.RightToLeft
        assert right_to_left is (whole == ARABIC), view.objectName()
        tip = index.data(Qt.ItemDataRole.ToolTipRole) or view.itemDelegateForIndex(index).tooltip(drawn, index)
        assert html.unescape(tip.removeprefix("<qt>").removesuffix("</qt>")) == whole


def test_the_find_dialogs_results_are_elided_and_whole_in_the_tooltip(win, qtbot):
    give_long_names(win)
    dialog = FindDialog(win)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setText("Rivierstad en omstreken")
    item = dialog.results.item(0)
    assert item.text().startswith("Partij: Gemeente Rivierstad en omstreken")  # what find and copy see
    index = dialog.results.indexFromItem(item)
    drawn = shown(dialog.results, index)
    assert drawn.text.endswith("…") and len(drawn.text) < len(item.text())
    assert drawn.rect.right() <= dialog.results.viewport().width()
    assert dialog.results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert isinstance(dialog.results.itemDelegate(), ElidingDelegate)
    assert html.unescape(dialog.results.itemDelegate().tooltip(drawn, index)[4:-5]) == item.text()


def party_combos(win, name: str) -> list[QComboBox]:
    return [c for c in win.findChildren(QComboBox) if c.isVisible() and c.currentText() == name]


@pytest.mark.parametrize("name", [LONG, ARABIC])
def test_a_combo_box_that_picks_a_party_draws_it_elided_with_the_whole_name_in_its_tooltip(win, name):
    give_long_names(win)
    panel = win.panels["agreements"]
    section = panel.sections["agreement"]
    owner = next(p.id for p in win.document.data.parties if p.name == name)
    section.select(next(a.id for a in win.document.data.agreements if a.owner_party_id == owner))
    combos = party_combos(win, name)
    assert combos
    for combo in combos:
        elider = combo.findChild(ComboElider)
        assert elider is not None, combo.objectName()
        assert elider.shown_text().rstrip("\u200f").endswith("…") and len(elider.shown_text()) < 100
        assert html.escape(name) in elider.tooltip()
        assert combo.currentText() == name  # what the model and a screen reader get


def test_no_panel_grows_wider_for_long_names(win, qtbot):
    before = widths(win)
    hints = {n: win.panels[n].minimumSizeHint().width() for n in ("raci", "agreements", "inspector")}
    first, _second = give_long_names(win)
    win.view_state.set_selection({first})
    for i in range(win.panels["agreements"].tabs.count()):
        win.panels["agreements"].tabs.setCurrentIndex(i)
        qtbot.wait(1)
        assert widths(win) == before, i
    after = {n: win.panels[n].minimumSizeHint().width() for n in hints}
    assert all(after[n] <= hints[n] for n in hints), (hints, after)


def test_a_latin_label_cut_inside_arabic_words_keeps_the_dots_beside_the_arabic(win):
    cut = elided("Partij: " + ARABIC, win.fontMetrics(), 200)
    assert cut.startswith("Partij: ") and cut.endswith("…\u200f")


@pytest.mark.parametrize(("name", "rtl"), [(LONG, False), (ARABIC, True)])
def test_the_rooms_agreements_view_cuts_a_long_owner_name_to_two_lines(win, name, rtl):
    from PySide6.QtCore import QSize

    from samenwerk_desktop.gui.room.views import ROOM_NAME_MAX, RoomFonts, by_number, room_name

    first, second = give_long_names(win)
    owner = first if name == LONG else second
    view = by_number(3)  # Werkafspraken
    pages = view.pages(win.document.data, QSize(1920, 1080), RoomFonts.for_height(1080))
    text = html.unescape(" ".join(page.text() for page in pages))
    shown = room_name(win.document.data.get("party", owner).name)
    assert shown in text and name not in text
    assert len(shown.rstrip("\u200f")) == ROOM_NAME_MAX and shown.rstrip("\u200f").endswith("…")
    assert shown.endswith("\u200f") is rtl
