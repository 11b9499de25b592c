"""A new project file: the schema of the newest version and every row, written in one go beside the target."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from datetime import UTC, datetime

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import KINDS, Collaboration
from samenwerk_desktop.core.storage import schema
from samenwerk_desktop.core.storage.rows import link_field, to_row
from samenwerk_desktop.core.storage.safefile import atomic_target
from samenwerk_desktop.core.storage.schema import APPLICATION_ID, LINK_TABLES
from samenwerk_desktop.core.storage.sqlitedb import database


def now_iso() -> str:
    """The time stamp written in a file: UTC, whole seconds, ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def init_schema(conn: sqlite3.Connection, collaboration: Collaboration) -> None:
    """Create every table of the newest version in an empty database, with the collaboration's row."""
    db = database(conn)
    with db.atomic():
        for version in range(1, schema.SCHEMA_VERSION + 1):  # a new file is version 1 and every migration
            for stmt in schema.MIGRATIONS[version]:
                conn.execute(stmt)
        row = to_row(collaboration)
        row["id"] = 1
        db["collaboration"].insert(row)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


def write_new(path: str | os.PathLike, data: CollaborationData, *, force: bool = False,
              open_project: str | os.PathLike | None = None) -> None:
    """Write a whole collaboration to a new project file, atomically, keeping every id.

    The target follows the output rule (``safefile.check_output``): an existing project may be
    replaced with ``force`` unless it is ``open_project`` or open in any Samenwerk window.
    """
    with atomic_target(path, kind="project", force=force, open_project=open_project) as tmp:
        tmp.unlink()
        conn = sqlite3.connect(str(tmp))
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            collab = data.collaboration
            if not collab.created:
                collab = dataclasses.replace(collab, created=now_iso(), updated=now_iso())
            init_schema(conn, collab)
            _insert_all(conn, data)
            conn.commit()
        finally:
            conn.close()


def _insert_all(conn: sqlite3.Connection, data: CollaborationData) -> None:
    db = database(conn)
    with db.atomic():
        for kind, _cls in KINDS.items():
            entities = list(data.entities[kind].values())
            if not entities:
                continue
            rows = [to_row(e) for e in entities]
            cols = list(rows[0])
            conn.executemany(f"INSERT INTO {kind} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             [tuple(r[c] for c in cols) for r in rows])
        for table, owner, own, other, value_col in LINK_TABLES:
            name = link_field(owner, table)
            if value_col:
                rows = [(e.id, k, v, i) for e in data.entities[owner].values()
                        for i, (k, v) in enumerate(getattr(e, name).items())]
                conn.executemany(f"INSERT INTO {table} ({own}, {other}, {value_col}, ord) VALUES (?, ?, ?, ?)", rows)
            else:
                rows = [(e.id, v, i) for e in data.entities[owner].values() for i, v in enumerate(getattr(e, name))]
                conn.executemany(f"INSERT INTO {table} ({own}, {other}, ord) VALUES (?, ?, ?)", rows)
        conn.executemany("INSERT INTO raci (work_item_id, party_id, roles) VALUES (?, ?, ?)",
                         [(w, p, r) for (w, p), r in data.raci.items() if r])
