"""The Dutch method in the file (version 2): trust, actor type, participation ladder and placement."""

import sqlite3

import pytest

from samenwerk_desktop.core import actors, interchange, layout, storage
from samenwerk_desktop.core.model import Party
from samenwerk_desktop.core.storage import frozen, schema


def test_version_2_adds_the_method_fields_to_a_version_1_file_after_a_backup(tmp_path):
    path = tmp_path / "oud.samenwerk"
    conn = sqlite3.connect(path)
    for stmt in frozen.SCHEMA_V1:
        conn.execute(stmt)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("INSERT INTO collaboration (id, title) VALUES (1, 'Oud')")
    for i, (x, y) in enumerate([(10.0, 20.0), (0.0, 0.0), (0.0, 0.0), (300.0, -40.0)], 1):
        conn.execute("INSERT INTO party (id, name, x, y) VALUES (?, ?, ?, ?)", (i, f"Partij {i}", x, y))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with storage.Project.open(path) as project:
        assert project.backup_path is not None and project.backup_path.exists()
        parties = {p.id: p for p in project.load().parties}
    assert {pid: p.placement for pid, p in parties.items()} == {1: "manual", 2: "none", 3: "none", 4: "manual"}
    assert all(p.trust == 0 and p.actor_type == "" and p.ladder_now == "" and p.ladder_intended == ""
               for p in parties.values())
    assert layout.unplaced_ids(list(parties.values())) == {2, 3}


def test_the_method_fields_round_trip_through_the_file_and_json(project_path, tmp_path):
    with storage.Project.create(project_path) as project:
        pid = project.add(Party(name="Bondgenoot", stance=2, trust=1, ladder_now="inform",
                                ladder_intended="coproduce", actor_type="", x=5.0, y=5.0, placement="manual")).ids[0]
        project.add(Party(name="Overruled", stance=2, trust=2, actor_type="bedfellow"))
        data = project.load()
    p = data.get("party", pid)
    assert (p.trust, p.ladder_now, p.ladder_intended, p.placement) == (1, "inform", "coproduce", "manual")
    assert actors.actor_type(p) == "ally"
    assert actors.actor_type(data.parties[1]) == "bedfellow"
    doc = interchange.to_json(data)
    assert doc["format_version"] == interchange.FORMAT_VERSION
    again = interchange.from_json(doc)
    assert again.get("party", pid).ladder_intended == "coproduce"


def test_older_json_still_imports_and_parties_without_a_position_have_none():
    doc = {"format": "samenwerk", "format_version": 1, "collaboration": {"title": "Oud"},
           "parties": [{"id": 1, "name": "Met plek", "x": 10.0, "y": 4.0}, {"id": 2, "name": "Zonder plek"}]}
    data = interchange.from_json(doc)
    assert data.get("party", 1).placement == "manual"
    assert data.get("party", 2).placement == "none"


@pytest.mark.parametrize("field, value", [("trust", 3), ("trust", -3), ("actor_type", "vriend"),
                                          ("ladder_now", "bellen"), ("placement", "ergens")])
def test_a_bad_method_value_is_refused(project_path, field, value):
    from samenwerk_desktop.core.errors import SamenwerkError

    with storage.Project.create(project_path) as project, pytest.raises(SamenwerkError):
        project.add(Party(name="x", **{field: value}))
