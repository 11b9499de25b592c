"""File version 5: a version-4 file and a format-4 JSON open, their free-text needs and offers become items."""

import json
import sqlite3

import pytest

from samenwerk_desktop.core import errors, give_take, interchange, storage
from samenwerk_desktop.core.storage import schema
from samenwerk_desktop.core.storage.schema import APPLICATION_ID

OFFER = "Grond in Oeverwijk en cofinanciering."
NEED = "Netcapaciteit van Stroomnet Zuid."


def version_4_file(path, parties):
    """A project file exactly as file version 4 wrote it, with (name, contributes, needs) parties."""
    conn = sqlite3.connect(path)
    for version in range(1, 5):
        for stmt in schema.MIGRATIONS[version]:
            conn.execute(stmt)
    conn.execute("INSERT INTO collaboration (id, title) VALUES (1, 'Oud')")
    for i, (name, contributes, needs) in enumerate(parties, start=1):
        conn.execute("INSERT INTO party (id, name, contributes, needs) VALUES (?, ?, ?, ?)",
                     (i, name, contributes, needs))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    return path


def test_a_version_4_file_opens_with_each_free_text_as_one_item(tmp_path):
    path = version_4_file(tmp_path / "oud.samenwerk", [("Gemeente", OFFER, NEED), ("Waterschap", "", "  ")])
    with storage.Project.open(path) as project:
        data = project.load()
        assert [g.text for g in give_take.items_of(data, 1, "offer")] == [OFFER]
        assert [g.text for g in give_take.items_of(data, 1, "need")] == [NEED]
        assert give_take.items_of(data, 2, "offer") == [] and give_take.items_of(data, 2, "need") == []
    assert storage.file_problems(path) == []


def test_a_migrated_file_has_no_free_text_columns_left(tmp_path):
    path = version_4_file(tmp_path / "oud.samenwerk", [("Gemeente", OFFER, NEED)])
    storage.Project.open(path).close()
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(party)")]
    conn.close()
    assert "contributes" not in columns and "needs" not in columns


def format_4_doc(contributes, needs):
    doc = json.loads(interchange.dumps(interchange.from_json({
        "format": "samenwerk", "format_version": 5, "collaboration": {"title": "Oud"},
        "parties": [{"id": 3, "name": "Gemeente"}]})))
    doc["format_version"] = 4
    doc["parties"][0].update(contributes=contributes, needs=needs)
    del doc["give_takes"], doc["disputes"], doc["dispute_steps"]
    del doc["collaboration"]["dispute_procedure"]
    return doc


def test_a_format_4_json_imports_its_free_texts_as_items():
    data = interchange.from_json(format_4_doc(OFFER, NEED))
    items = [(g.party_id, g.kind, g.text) for g in data.all("give_take")]
    assert items == [(3, "offer", OFFER), (3, "need", NEED)]


def test_a_format_5_json_round_trips_identically():
    text = interchange.dumps(interchange.from_json(format_4_doc(OFFER, "")))
    assert interchange.dumps(interchange.loads(text)) == text
    assert json.loads(text)["format_version"] == 5


def test_a_format_5_party_with_free_text_is_refused():
    doc = format_4_doc(OFFER, NEED)
    doc["format_version"] = 5
    with pytest.raises(errors.ImportProblems) as refused:
        interchange.from_json(doc)
    assert [p.path for p in refused.value.problems] == ["$.parties[0].contributes", "$.parties[0].needs"]
