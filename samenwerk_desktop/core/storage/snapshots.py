"""The delete's snapshot: every row a delete removes or nulls, collected before it, and put back by undo."""

from __future__ import annotations

import sqlite3

from samenwerk_desktop.core.model import KINDS
from samenwerk_desktop.core.storage.changes import Snapshot
from samenwerk_desktop.core.storage.schema import FOREIGN_KEYS, LINK_COLUMNS, LINK_OWNER


def capture(conn: sqlite3.Connection, table: str, ids: tuple[int, ...]) -> Snapshot:
    """Collect the rows a delete of ``ids`` from ``table`` removes or nulls, parents first."""
    snapshot = Snapshot(table, ids)
    conn.row_factory = sqlite3.Row
    try:
        queue = [(table, "id", ids)]
        seen: set[tuple[str, object]] = set()
        while queue:
            t, col, keys = queue.pop(0)
            if not keys:
                continue
            marks = ",".join("?" * len(keys))
            rows = [dict(r) for r in conn.execute(f"SELECT * FROM {t} WHERE {col} IN ({marks})", keys)]
            if t in KINDS:
                rows = [r for r in rows if (t, r["id"]) not in seen]
                seen.update((t, r["id"]) for r in rows)
            if not rows:
                continue
            if t in LINK_COLUMNS:
                _rank_link_rows(conn, t, rows)
            snapshot.rows.append((t, rows))
            if t not in KINDS:
                continue
            child_ids = tuple(r["id"] for r in rows)
            for fk in FOREIGN_KEYS:
                if fk.parent != t:
                    continue
                if fk.on_delete == "CASCADE":
                    queue.append((fk.table, fk.column, child_ids))
                else:
                    m = ",".join("?" * len(child_ids))
                    pairs = [(r[0], r[1]) for r in conn.execute(
                        f"SELECT id, {fk.column} FROM {fk.table} WHERE {fk.column} IN ({m})", child_ids)]
                    if pairs:
                        snapshot.nulled.append((fk.table, fk.column, pairs))
    finally:
        conn.row_factory = None
    return snapshot


def _rank_link_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Replace the stored ``ord`` of link rows about to be deleted by their place in the owner's list.

    Later edits renumber a list, so only the place survives an undo of those edits.
    """
    own, other, _ = LINK_COLUMNS[table]
    for owner_id in {r[own] for r in rows}:
        order = [x[0] for x in conn.execute(
            f"SELECT {other} FROM {table} WHERE {own} = ? ORDER BY ord", (owner_id,))]
        for r in rows:
            if r[own] == owner_id:
                r["ord"] = order.index(r[other])


def _restore_link_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Put removed list entries back at their places, and renumber each list."""
    own, other, value_col = LINK_COLUMNS[table]
    extra = f", {value_col}" if value_col else ""
    for owner_id in dict.fromkeys(r[own] for r in rows):
        items = [tuple(x) for x in conn.execute(
            f"SELECT {other}{extra} FROM {table} WHERE {own} = ? ORDER BY ord", (owner_id,))]
        present = {item[0] for item in items}
        for r in sorted((r for r in rows if r[own] == owner_id), key=lambda r: r["ord"]):
            if r[other] not in present:
                items.insert(r["ord"], (r[other], r[value_col]) if value_col else (r[other],))
                present.add(r[other])
        conn.execute(f"DELETE FROM {table} WHERE {own} = ?", (owner_id,))
        marks = ", ".join("?" * (len(items[0]) + 2)) if items else ""
        conn.executemany(f"INSERT INTO {table} ({own}, {other}{extra}, ord) VALUES ({marks})",
                     [(owner_id, *item, i) for i, item in enumerate(items)])


def kinds_of(snapshot: Snapshot) -> frozenset[str]:
    """Every kind whose rows a snapshot holds or nulls: what a delete or its undo touched."""
    kinds = {snapshot.kind}
    for table, _ in snapshot.rows:
        kinds.add(LINK_OWNER.get(table, table))
    for table, _, _ in snapshot.nulled:
        kinds.add(table)
    return frozenset(kinds)


def put_back(conn: sqlite3.Connection, snapshot: Snapshot) -> None:
    """Insert the rows of a snapshot again, with the same ids, and restore what the delete nulled."""
    for table, rows in snapshot.rows:
        if not rows:
            continue
        if table in LINK_COLUMNS:
            _restore_link_rows(conn, table, rows)
            continue
        cols = list(rows[0])
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in rows])
    for table, column, pairs in snapshot.nulled:
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?", [(v, i) for i, v in pairs])
