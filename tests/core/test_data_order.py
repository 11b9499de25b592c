"""The display order of a collaboration's entities: by sort order, then by id; kinds without a sort order by id."""

from __future__ import annotations

import pytest

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import Agreement, Meeting, Party, Relation


def _data(kind: str, entities) -> CollaborationData:
    data = CollaborationData()
    data.entities[kind] = {e.id: e for e in entities}
    return data


@pytest.mark.parametrize("orders, expected", [
    ({1: 2, 2: 1, 3: 0}, [3, 2, 1]),
    ({5: 1, 2: 1, 9: 0}, [9, 2, 5]),  # the same sort order: the lower id first, whatever the stored order
    ({4: 0, 3: 0, 2: 0}, [2, 3, 4]),
])
def test_parties_come_by_sort_order_then_id(orders, expected):
    data = _data("party", [Party(id=i, name=f"P{i}", sort_order=o) for i, o in orders.items()])
    assert [p.id for p in data.parties] == expected
    assert [p.id for p in data.all("party")] == expected


def test_agreements_come_by_sort_order_then_id():
    data = _data("agreement", [Agreement(id=i, text=f"A{i}", sort_order=o) for i, o in ((7, 3), (8, 1), (6, 1))])
    assert [a.id for a in data.agreements] == [6, 8, 7]


def test_a_kind_without_a_sort_order_comes_by_id():
    data = _data("relation", [Relation(id=i, source_id=1, target_id=2) for i in (30, 10, 20)])
    assert [r.id for r in data.all("relation")] == [10, 20, 30]


def test_meetings_come_by_date_then_id():
    data = _data("meeting", [Meeting(id=3, date="2026-05-01"), Meeting(id=1, date="2026-06-01"),
                             Meeting(id=2, date="2026-05-01")])
    assert [m.id for m in data.meetings] == [2, 3, 1]
