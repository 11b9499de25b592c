"""Each file version's schema is frozen, the model still makes the newest, and migrating keeps a backup."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from samenwerk_desktop.core import errors, storage
from samenwerk_desktop.core.model import Party
from samenwerk_desktop.core.storage import frozen, frozen_objects, inspect, schema, verify


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def objects_of(statements) -> frozenset:
    conn = sqlite3.connect(":memory:")
    for stmt in statements:
        conn.execute(stmt)
    found = frozenset(verify.schema_objects(conn))
    conn.close()
    return found


def test_the_model_still_makes_the_newest_frozen_schema():
    assert objects_of(schema.schema_sql()) == verify.frozen_schema(schema.SCHEMA_VERSION)[0]


def test_version_1_is_the_literal_sql_of_the_first_files_and_the_model_makes_the_newest():
    assert schema.MIGRATIONS[1] == list(frozen.SCHEMA_V1)
    assert schema.schema_sql() == list(frozen.FROZEN[schema.SCHEMA_VERSION])


def test_every_version_has_a_migration_and_a_frozen_schema_that_its_migrations_make():
    assert sorted(schema.MIGRATIONS) == list(range(1, schema.SCHEMA_VERSION + 1))
    assert sorted(frozen.FROZEN) == list(range(1, schema.SCHEMA_VERSION + 1))
    for version, statements in frozen.FROZEN.items():
        assert objects_of(statements) == verify.frozen_schema(version)[0]


def test_a_new_file_has_exactly_the_frozen_schema(project_path):
    storage.Project.create(project_path).close()
    conn = sqlite3.connect(project_path)
    assert frozenset(verify.schema_objects(conn)) == verify.frozen_schema(schema.SCHEMA_VERSION)[0]
    conn.close()


NOW = schema.SCHEMA_VERSION
NEXT = NOW + 1
V2 = ["CREATE INDEX party_name ON party(name)"]  # what the synthetic next version adds


@pytest.fixture
def version_2(monkeypatch):
    """A synthetic file version after the newest real one that adds one index."""
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, V2)
    monkeypatch.setitem(frozen.FROZEN, NEXT, (*frozen.FROZEN[NOW], *V2))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(inspect, "SCHEMA_VERSION", NEXT)


def user_version(path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_an_older_file_is_migrated_after_a_backup_copy_beside_it(demo_path, version_2):
    assert objects_of(frozen.FROZEN[NEXT]) == verify.frozen_schema(NEXT)[0]
    before = sha(demo_path)
    with storage.Project.open(demo_path) as project:
        assert project.backup_path == demo_path.with_name(f"demo (versie {NOW}).samenwerk")
        project.add(Party(name="Nieuw"))
    assert sha(project.backup_path) == before
    assert user_version(demo_path) == NEXT and user_version(project.backup_path) == NOW
    assert storage.file_problems(demo_path) == []
    with storage.Project.open(demo_path) as again:  # migrated once: no second backup
        assert again.backup_path is None
        assert len(again.load().parties) == 11


def test_a_backup_never_overwrites_an_existing_file(demo_path, version_2):
    taken = demo_path.with_name(f"demo (versie {NOW}).samenwerk")
    taken.write_bytes(b"van iemand anders")
    with storage.Project.open(demo_path) as project:
        assert project.backup_path == demo_path.with_name(f"demo (versie {NOW}) 2.samenwerk")
    assert taken.read_bytes() == b"van iemand anders"


def test_a_read_only_open_of_an_older_file_changes_nothing(demo_path, version_2):
    before = sha(demo_path)
    with storage.Project.open(demo_path, read_only=True) as project:
        assert project.backup_path is None
        assert len(project.load().parties) == 10
    assert sha(demo_path) == before
    assert not demo_path.with_name(f"demo (versie {NOW}).samenwerk").exists()


def test_an_older_file_is_compared_with_its_own_version(demo_path, version_2):
    conn = sqlite3.connect(demo_path)
    conn.execute(V2[0])  # what the next version adds is foreign in a file of this version
    conn.close()
    before = sha(demo_path)
    with pytest.raises(errors.UnexpectedContentError) as info:
        storage.Project.open(demo_path)
    assert [str(p) for p in info.value.problems] == ["Samenwerk maakt geen index ‘party_name’."]
    assert sha(demo_path) == before
    assert not demo_path.with_name(f"demo (versie {NOW}).samenwerk").exists()


def test_the_written_down_newest_schema_is_what_its_migrations_make():
    from tools import gen_frozen_objects

    assert Path(frozen_objects.__file__).read_text(encoding="utf-8") == gen_frozen_objects.module_text()


def test_opening_a_file_of_the_newest_version_uses_the_written_down_schema_not_a_replay():
    statements = tuple(tuple(schema.MIGRATIONS[v]) for v in range(1, NOW + 1))
    assert verify.frozen_schema(NOW)[0] is frozen_objects.OBJECTS
    assert verify.frozen_schema(NOW) == verify.replay(statements)


def test_changed_migrations_are_replayed_not_taken_from_the_written_down_schema(version_2):
    expected = verify.frozen_schema(NEXT)[0]
    assert expected == objects_of(frozen.FROZEN[NEXT])
    assert ("index", "party_name", "party", V2[0]) in expected - frozen_objects.OBJECTS
