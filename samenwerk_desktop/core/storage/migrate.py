"""Bringing a file of an older version up to date, after a backup copy of it is written beside it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from samenwerk_desktop.core import errors
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.storage import schema
from samenwerk_desktop.core.storage.sqlitedb import database


def backup_path_for(path: Path, version: int) -> Path:
    """``NAME (versie N).samenwerk`` beside the file; " 2", " 3" ... when that name is taken."""
    stem, suffix = path.stem, path.suffix or schema.SUFFIX
    candidate = path.with_name(f"{stem} (versie {version}){suffix}")
    n = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{stem} (versie {version}) {n}{suffix}")
        n += 1
    return candidate


def write_backup(path: Path, version: int) -> Path:
    """Copy the file, byte for byte, to a new file beside it; never overwrites anything."""
    while True:
        target = backup_path_for(path, version)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except FileExistsError:
            continue  # taken between the look and the open: try the next name
        except OSError:
            raise errors.StorageError(Msg(
                f"‘{path.name}’ is van een oudere versie, maar er kan geen reservekopie naast worden geschreven; "
                f"het is niet bijgewerkt.",
                f"‘{path.name}’ is from an older version, but no backup copy can be written beside it; "
                f"it was not updated.")) from None
        try:
            with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError:
            target.unlink(missing_ok=True)
            raise errors.StorageError(Msg(
                f"De reservekopie van ‘{path.name}’ kon niet worden geschreven (is de schijf vol?); "
                f"het bestand is niet bijgewerkt.",
                f"The backup copy of ‘{path.name}’ could not be written (is the disk full?); "
                f"the file was not updated.")) from None
        return target


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply the migrations after ``from_version``, one version per transaction."""
    db = database(conn)
    for version in range(from_version + 1, schema.SCHEMA_VERSION + 1):
        with db.atomic():
            for stmt in schema.MIGRATIONS[version]:
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {version}")


def migrated_in_memory(conn: sqlite3.Connection, from_version: int) -> sqlite3.Connection:
    """A copy of a read-only file in memory, brought up to date (the file itself is not changed)."""
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    conn.backup(copy)
    migrate(copy, from_version)
    copy.execute("PRAGMA foreign_keys = ON")
    return copy
