"""Kaart schikken on the canvas: an imported list is spread out in one undo step, offered where parties wait."""

from __future__ import annotations

import itertools
import math

import pytest

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import Party
from samenwerk_desktop.gui.map import MapView
from samenwerk_desktop.reports import csv_io


@pytest.fixture
def view(document, qtbot):
    widget = MapView(document)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_list(document, n=12):
    parties = [Party(name=f"Organisatie {i}", influence=i % 11) for i in range(1, n + 1)]  # no position: (0, 0)
    document.apply("importeren", lambda p: csv_io.add_parties(p, parties))


def gap(view) -> float:
    items = list(view.map_scene.parties.values())
    return min(math.dist((a.pos().x(), a.pos().y()), (b.pos().x(), b.pos().y())) - a.radius - b.radius
               for a, b in itertools.combinations(items, 2))


def test_an_imported_list_waits_visibly_and_the_bar_offers_to_arrange_it(view, document):
    add_list(document)
    assert view.unplaced_bar.isVisible()
    assert view.unplaced_bar.text.text() == "12 partijen hebben nog geen plek op de kaart."
    assert gap(view) > 0  # waiting on a spiral, not piled on one spot


def test_one_party_waiting_is_told_in_the_singular(view, document):
    party = Party(name="Nieuw", placement="none")
    document.apply("toevoegen", lambda p: csv_io.add_parties(p, [party]))
    assert view.unplaced_bar.text.text() == "1 partij heeft nog geen plek op de kaart."


def test_arranging_is_one_undo_step_and_leaves_no_overlaps(view, document):
    add_list(document)
    placed = {p.id: (p.x, p.y) for p in document.data.parties if not p.name.startswith("Organisatie")}
    steps = document.undo_stack.count()
    view.unplaced_bar.button.click()
    assert document.undo_stack.count() == steps + 1
    assert not view.unplaced_bar.isVisible()
    assert gap(view) > 0
    assert {p.id: (p.x, p.y) for p in document.data.parties if p.id in placed} == placed  # only the new ones moved
    document.undo_stack.undo()
    assert view.unplaced_bar.isVisible()


def test_arranging_from_the_grid_shows_the_network_in_the_same_undo_step(view, document):
    document.apply("indeling", lambda p: p.update_collaboration(map_layout="grid"))
    steps = document.undo_stack.count()
    assert view.arrange() == 4
    assert document.data.collaboration.map_layout == "network"
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert document.data.collaboration.map_layout == "grid"


def test_the_party_symbols_keep_their_size_from_the_visual_language(view, document):
    for pid, item in view.map_scene.parties.items():
        assert item.radius == mapstyle.radius(document.data.get("party", pid).influence)


def test_a_layout_that_takes_a_while_shows_its_progress(view, document, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from samenwerk_desktop.gui.map import arrange

    seen = []

    class Recording(QProgressDialog):
        def setValue(self, value):  # noqa: N802 - Qt API
            super().setValue(value)
            seen.append((value, self.isVisible()))

    monkeypatch.setattr(arrange, "QProgressDialog", Recording)
    monkeypatch.setattr(arrange, "PROGRESS_AFTER_MS", 0)  # as if the layout took longer than half a second
    add_list(document)
    view.arrange()
    assert any(shown for _, shown in seen) and seen[-1][0] == 100
