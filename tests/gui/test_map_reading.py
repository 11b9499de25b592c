"""Reading a big map: focus on a party, filters, Ctrl+F search and labels by zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from samenwerk_desktop.gui.map import MapView
from samenwerk_desktop.gui.map.reading import FADED_PARTY


@pytest.fixture
def view(document, qtbot):
    widget = MapView(document)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pid(document, name):
    return next(p.id for p in document.data.parties if p.name == name)


def full(view):
    return {p for p, item in view.map_scene.parties.items() if item.opacity() == 1.0}


def test_focus_on_a_party_fades_everything_but_its_relations_and_neighbours(view, document):
    gem = pid(document, "Gemeente Rivierstad")  # related to Thuis & Co and Stroomnet, not to the residents
    view.map_scene.focusRequested.emit(gem)
    assert full(view) == {gem, pid(document, "Woningcorporatie Thuis & Co"), pid(document, "Netbeheerder Stroomnet")}
    assert view.map_scene.parties[pid(document, "Bewonersvereniging <De Rivier>")].opacity() == FADED_PARTY
    tension = next(r for r in document.data.relations if r.type == "tension")  # Thuis & Co - residents
    assert view.map_scene.relations[tension.id].opacity() < 1
    assert view.reading_bar.focus_button.isVisible()
    view.reading_bar.focus_button.click()
    assert full(view) == set(view.map_scene.parties)


def test_filters_by_kind_stance_and_relation_type(view, document):
    bar = view.reading_bar
    bar.set_filter("kinds", {"municipality", "grid_operator"})
    assert full(view) == {pid(document, "Gemeente Rivierstad"), pid(document, "Netbeheerder Stroomnet")}
    bar.clear_filters()
    bar.set_filter("stances", {-2, -1})
    assert full(view) == {pid(document, "Bewonersvereniging <De Rivier>")}
    bar.clear_filters()
    bar.set_filter("relation_types", {"coalition"})
    shown = {rid for rid, item in view.map_scene.relations.items() if item.opacity() == 1.0}
    assert shown == {r.id for r in document.data.relations if r.type == "coalition"}
    assert "•" in bar.filter_button.text()
    bar.clear_filters()
    assert bar.filter_button.text() == "Filter"


def test_ctrl_alt_f_searches_the_map_by_name_and_return_selects_the_match(view, document, qtbot):
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert view.reading_bar.search.hasFocus()
    qtbot.keyClicks(view.reading_bar.search, "stroom")
    assert full(view) == {pid(document, "Netbeheerder Stroomnet")}
    qtbot.keyClick(view.reading_bar.search, Qt.Key.Key_Return)
    assert view.view_state.selected_parties == {pid(document, "Netbeheerder Stroomnet")}
    view.reading_bar.search.clear()
    assert full(view) == set(view.map_scene.parties)


def test_a_new_party_respects_the_active_filter(view, document):
    from samenwerk_desktop.core.model import Party

    view.reading_bar.set_filter("kinds", {"municipality"})
    document.apply("toevoegen", lambda p: p.add(Party(name="Bedrijf X", kind="company", x=500, y=500)))
    new = pid(document, "Bedrijf X")
    assert view.map_scene.parties[new].opacity() == FADED_PARTY


def test_labels_follow_the_zoom_on_a_crowded_map(view, document):
    from samenwerk_desktop.core import mapstyle

    order = list(range(1, 1001))
    assert mapstyle.labels_for_zoom(order, 1.0, 1000) == set(order)
    few = mapstyle.labels_for_zoom(order, 0.1, 1000)
    assert 10 <= len(few) < 100 and few == set(order[:len(few)])
    assert all(item.label_visible for item in view.map_scene.parties.values())  # four parties: every label


def test_filters_by_actor_type_and_participation_ladder(view, document):
    gem, thuis = pid(document, "Gemeente Rivierstad"), pid(document, "Woningcorporatie Thuis & Co")
    document.apply("vertrouwen", lambda p: p.update_many("party", {gem: {"trust": 2, "ladder_now": "coproduce"},
                                                                   thuis: {"trust": -1}}))
    view.reading_bar.set_filter("actor_types", {"ally"})
    assert full(view) == {gem}
    view.reading_bar.set_filter("actor_types", {"bedfellow"})
    assert full(view) == {thuis}
    view.reading_bar.clear_filters()
    view.reading_bar.set_filter("ladder", {"coproduce"})
    assert full(view) == {gem}


def crowded(document, n=300):
    """The four parties and ``n`` more on a grid, the first ten of them (the least influential) related to
    Gemeente Rivierstad."""
    from samenwerk_desktop.core.model import Party, Relation
    from samenwerk_desktop.reports import csv_io

    parties = [Party(name=f"Organisatie {i}", x=(i % 20) * 150.0, y=(i // 20) * 150.0, influence=0 if i < 10 else 2)
               for i in range(n)]
    document.apply("importeren", lambda p: csv_io.add_parties(p, parties))
    gem = pid(document, "Gemeente Rivierstad")
    near = [pid(document, f"Organisatie {i}") for i in range(10)]
    for other in near:
        document.apply("verbinden", lambda p, other=other: p.add(Relation(source_id=gem, target_id=other,
                                                                             type="coalition")))
    return gem, near


def named(view):
    return {p for p, item in view.map_scene.parties.items() if item.label_visible}


def test_a_party_in_focus_and_its_neighbours_keep_their_names_zoomed_out(view, document):
    gem, near = crowded(document)
    view.fit()
    view.zoom_by(0.1 / view.transform().m11())
    zoomed_out = named(view)
    assert not set(near) & zoomed_out and len(zoomed_out) < 100  # the zoom's budget: the most influential few
    view.focus_on(gem)
    view.zoom_by(0.1 / view.transform().m11())
    assert named(view) == full(view) == {gem, *near, pid(document, "Woningcorporatie Thuis & Co"),
                                         pid(document, "Netbeheerder Stroomnet")}
    view.reading_bar.focus_button.click()
    assert named(view) == zoomed_out


def test_a_search_names_its_matches_zoomed_out(view, document):
    crowded(document)
    view.fit()
    view.zoom_by(0.1 / view.transform().m11())
    view.reading_bar.search.setText("Organisatie 29")
    assert named(view) == {pid(document, "Organisatie 29"), *(pid(document, f"Organisatie 29{i}") for i in range(10))}
