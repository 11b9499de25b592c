"""Checking a file read-only before it is opened, without changing a byte of it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from samenwerk_desktop.core import errors
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.storage import verify
from samenwerk_desktop.core.storage.safefile import (
    SIDE_FILES,
    Lock,
    access_error,
    already_open,
    damaged,
    drop_snapshot,
    file_is_read_only,
    in_wal_mode,
    private_snapshot,
    side_file,
)
from samenwerk_desktop.core.storage.schema import APPLICATION_ID, SCHEMA_VERSION, SQLITE_HEADER

# ---------------------------------------------------------------------------
# Checking a file before it is opened
# ---------------------------------------------------------------------------


def ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def harden(conn: sqlite3.Connection) -> None:
    """Open untrusted files defensively: no schema functions, no triggers or views run."""
    conn.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:  # Python 3.12+
        for name, value in (
            ("SQLITE_DBCONFIG_DEFENSIVE", True),
            ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
            ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
            ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
        ):
            op = getattr(sqlite3, name, None)
            if op is not None:
                with contextlib.suppress(sqlite3.Error):
                    setconfig(op, value)


def inspect_file(path: str | os.PathLike) -> int:
    """Check that a file is a usable project, without changing a byte of it.

    Returns the schema version; raises a ``FileRefused`` with one clear
    sentence otherwise.
    """
    path = Path(path)
    name = path.name
    try:
        if not stat.S_ISREG(os.stat(path).st_mode) and not path.is_dir():  # a pipe or a device would hang
            raise errors.FileRefused(Msg(f"‘{name}’ is geen gewoon bestand; kies een projectbestand.",
                                         f"‘{name}’ is not a regular file; choose a project file."))
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:  # missing, a folder, a link loop, a name too long, no permission...
        raise errors.FileRefused(access_error(name, exc)) from None
    if not header.startswith(SQLITE_HEADER):
        raise errors.NotSQLiteError(Msg(
            f"‘{name}’ is geen Samenwerk-project (het is geen SQLite-bestand).",
            f"‘{name}’ is not a Samenwerk project (it is not an SQLite file)."))
    if len(header) < 100:
        raise errors.DamagedError(damaged(name))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise errors.NotAProjectError(Msg(
            f"‘{name}’ is een SQLite-database, maar geen Samenwerk-project.",
            f"‘{name}’ is an SQLite database, but not a Samenwerk project."))
    for ending in SIDE_FILES:  # SQLite would follow such a link and write into whatever it points at
        if side_file(path, ending).is_symlink():
            raise errors.FileRefused(Msg(
                f"Naast ‘{name}’ staat ‘{name}{ending}’ als koppeling naar een ander bestand; "
                f"verwijder die koppeling en open het opnieuw.",
                f"Beside ‘{name}’ there is ‘{name}{ending}’, a link to another file; remove that link and open it again."))
    if in_wal_mode(path):  # check the committed state, -wal included, in a private copy
        try:
            copy = private_snapshot(path)
        except sqlite3.Error:
            raise errors.DamagedError(damaged(name)) from None
        except OSError as exc:
            raise errors.FileRefused(access_error(name, exc)) from None
        try:
            return inspect_file(copy)
        finally:
            drop_snapshot(copy)
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        _recover_hot_journal(path)
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error:
        raise errors.DamagedError(damaged(name)) from None
    try:
        harden(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise errors.NewerVersionError(Msg(
                f"‘{name}’ is gemaakt met een nieuwere versie van Samenwerk (bestandsversie {version}); "
                f"deze versie kan bestandsversie {SCHEMA_VERSION} en ouder openen. Werk Samenwerk bij.",
                f"‘{name}’ was made by a newer Samenwerk (file version {version}); "
                f"this version opens file version {SCHEMA_VERSION} and older. Please update Samenwerk."))
        result = conn.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise errors.DamagedError(damaged(name))
        if version >= 1:
            verify.check_contents(conn, version, name)  # the schema and every row are exactly ours
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise already_open(name) from None
        raise errors.DamagedError(damaged(name)) from None
    except sqlite3.DatabaseError:
        raise errors.DamagedError(damaged(name)) from None
    finally:
        conn.close()
    if version < 1:
        raise errors.NotAProjectError(Msg(
            f"‘{name}’ bevat onderdelen die Samenwerk niet maakt en wordt daarom niet geopend.",
            f"‘{name}’ contains parts that Samenwerk does not make, so it is not opened."))
    return version


def _recover_hot_journal(path: Path) -> None:
    """Roll back a transaction that a crash or power cut left behind (SQLite's own recovery).

    Only done when no other Samenwerk has the file open and the file may be
    written; otherwise the read-only check below reports what it finds.
    """
    if file_is_read_only(path):
        return
    lock = Lock(path)
    try:
        if not lock.acquire():
            raise already_open(path.name)
    except OSError:
        return
    try:
        conn = sqlite3.connect(str(path))
        try:
            harden(conn)
            conn.execute("PRAGMA schema_version").fetchone()  # the first read rolls the hot journal back
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the read-only check reports the damage
    finally:
        lock.release()
