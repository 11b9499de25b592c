"""The party checklist of a form (gui/panel_common.fill_party_checklist): one ticked or unticked entry per party."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from samenwerk_desktop.gui.panel_common import ID_ROLE, checked_ids, fill_party_checklist

CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


def entries(widget: QListWidget) -> list[tuple[str, int, bool]]:
    return [(widget.item(i).text(), widget.item(i).data(ID_ROLE), widget.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(widget.count())]


def test_every_party_is_an_entry_in_display_order_ticked_when_chosen(qtbot, wijk_doc):
    widget = QListWidget()
    qtbot.addWidget(widget)
    parties = wijk_doc.data.parties
    chosen = [parties[1].id, parties[-1].id]
    fill_party_checklist(widget, wijk_doc, chosen)
    assert entries(widget) == [(p.name, p.id, p.id in chosen) for p in parties]
    assert all(widget.item(i).flags() == CHECKABLE for i in range(widget.count()))
    assert checked_ids(widget) == chosen


def test_filling_again_with_another_choice_changes_only_the_ticks(qtbot, wijk_doc):
    widget = QListWidget()
    qtbot.addWidget(widget)
    parties = wijk_doc.data.parties
    fill_party_checklist(widget, wijk_doc, [parties[0].id])
    first = widget.item(0)
    fill_party_checklist(widget, wijk_doc, [parties[2].id])
    assert widget.item(0) is first
    assert checked_ids(widget) == [parties[2].id]
    assert [text for text, _id, _on in entries(widget)] == [p.name for p in parties]
