"""An open project file and the core operations on it; each runs in one transaction and returns a Change."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from samenwerk_desktop.core import errors, model
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import KINDS, Collaboration, fields_of
from samenwerk_desktop.core.storage import migrate, schema, snapshots, verify
from samenwerk_desktop.core.storage.changes import Change, Snapshot
from samenwerk_desktop.core.storage.inspect import harden, inspect_file, ro_uri
from samenwerk_desktop.core.storage.newfile import now_iso, write_new
from samenwerk_desktop.core.storage.rows import db_value, link_field, py_value, row_converter, row_reader, to_row
from samenwerk_desktop.core.storage.safefile import (
    Lock,
    already_open,
    atomic_target,
    damaged,
    disk_full,
    disk_full_on_open,
    drop_snapshot,
    file_is_read_only,
    in_wal_mode,
    is_disk_full,
    private_snapshot,
)
from samenwerk_desktop.core.storage.schema import (
    LINK_TABLES,
)
from samenwerk_desktop.core.storage.sqlitedb import database

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    import sqlite_utils

# ---------------------------------------------------------------------------
# The project
# ---------------------------------------------------------------------------


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(ro_uri(path), uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _settle_journal(conn: sqlite3.Connection) -> None:
    """Keep the project one self-contained file: fold any ``-wal`` into it and use the rollback journal.

    A file left in WAL mode (by another SQLite program) is checkpointed and set back to
    ``journal_mode=DELETE``, after which its ``-wal`` and ``-shm`` are gone.
    """
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "delete":
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":  # another program still has it open in WAL mode
            raise sqlite3.OperationalError("database is locked")


class Project:
    """An open project file and the core operations on it."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: Lock | None,
                 snapshot: Path | None = None):
        self.path = path
        self._snapshot = snapshot  # the private copy a read-only open of a WAL file reads
        self.read_only = read_only
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        self._lock = lock
        self._converters = {kind: row_converter(cls) for kind, cls in KINDS.items()}
        self._readers = {kind: row_reader(cls) for kind, cls in KINDS.items()}
        #: the copy written beside an older file before it was brought up to date, for the window to name
        self.backup_path: Path | None = None
        #: the file version the file had when it was opened (before any migration)
        self.opened_version: int | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The file as a ``sqlite_utils.Database``, made at the first write (reading needs only sqlite3)."""
        if self._db is None:
            self._db = database(self._conn)
        return self._db

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> Project:
        """Check a file and open it; refuses with a ``FileRefused`` and leaves the file untouched."""
        path = Path(path)
        version = inspect_file(path)
        read_only = read_only or file_is_read_only(path) or not os.access(path.parent or Path("."), os.W_OK)
        lock = None
        if not read_only:
            lock = Lock(path)
            try:
                got = lock.acquire()
            except OSError as exc:
                if is_disk_full(exc):
                    raise disk_full_on_open(path.name) from None
                lock, got = None, True
                read_only = True
            if not got:
                raise already_open(path.name)
        snapshot = conn = backup = None
        try:
            if read_only and in_wal_mode(path):  # read the committed state without touching file or -wal
                snapshot = private_snapshot(path)
            conn = _connect(snapshot or path, read_only)
            if not read_only:
                _settle_journal(conn)  # first, so that a backup copy holds what was in a -wal too
            if version < schema.SCHEMA_VERSION:
                if read_only:  # look at an up-to-date copy in memory; the file is not changed
                    old, conn = conn, migrate.migrated_in_memory(conn, version)
                    old.close()
                else:
                    backup = migrate.write_backup(path, version)  # the old file stays as it was, beside it
                    migrate.migrate(conn, version)
        except (sqlite3.Error, OSError, errors.SamenwerkError) as exc:
            if conn is not None:
                conn.close()  # before the lock: closing its descriptor drops SQLite's POSIX locks too
            if lock:
                lock.release()
            drop_snapshot(snapshot)
            if isinstance(exc, errors.SamenwerkError):
                raise
            if is_disk_full(exc):
                raise disk_full_on_open(path.name) from None
            if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
                raise already_open(path.name) from None
            raise errors.DamagedError(damaged(path.name)) from None
        project = cls(path, conn, read_only, lock, snapshot)
        project.backup_path = backup
        project.opened_version = version
        return project

    @classmethod
    def create(cls, path: str | os.PathLike, collaboration: Collaboration | None = None, *,
               data: CollaborationData | None = None, force: bool = False) -> Project:
        """Write a new project file (atomically) and open it."""
        path = Path(path)
        write_new(path, data or CollaborationData(collaboration=collaboration or Collaboration(title="Nieuwe samenwerking")),
                  force=force)
        return cls.open(path)

    def close(self) -> None:
        """Close the file and release its lock."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        drop_snapshot(self._snapshot)
        self._snapshot = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._conn is None

    # -- reading --------------------------------------------------------------

    def load(self) -> CollaborationData:
        """Read the whole collaboration into memory."""
        data = CollaborationData()
        try:
            self.load_kinds(data, ["collaboration", "raci", *KINDS])
        except sqlite3.OperationalError as exc:  # text that is not UTF-8: no SQL finds it cheaply before this
            if "decode" not in str(exc):
                raise
            raise verify.not_utf8(self.path.name) from None
        return data

    def load_kinds(self, data: CollaborationData, kinds: Iterable[str]) -> None:
        """Re-read the given kinds ("raci" and "collaboration" included) into ``data``, in place."""
        kinds = set(kinds)
        conn = self._conn
        if "collaboration" in kinds:
            data.collaboration = self.collaboration()
        if "raci" in kinds:
            data.raci = {(w, p): roles for w, p, roles in conn.execute("SELECT work_item_id, party_id, roles FROM raci")}
        for kind in KINDS:  # plain tuples of the fields' columns (id first): a sqlite3.Row per row cost 40% more
            if kind in kinds:
                columns, convert = self._readers[kind]
                data.entities[kind] = {r[0]: convert(r) for r in conn.execute(f"SELECT {columns} FROM {kind} ORDER BY id")}
        for table, owner, own, other, value_col in LINK_TABLES:
            if owner not in kinds:
                continue
            spec_name = link_field(owner, table)
            owners = data.entities[owner]
            if value_col:
                for r in conn.execute(f"SELECT {own}, {other}, {value_col} FROM {table} ORDER BY {own}, ord"):
                    getattr(owners[r[0]], spec_name)[r[1]] = r[2]
            else:
                for r in conn.execute(f"SELECT {own}, {other} FROM {table} ORDER BY {own}, ord"):
                    getattr(owners[r[0]], spec_name).append(r[1])

    def collaboration(self) -> Collaboration:
        self._conn.row_factory = sqlite3.Row
        try:
            return self._collaboration_from_row(self._conn.execute("SELECT * FROM collaboration WHERE id = 1").fetchone())
        finally:
            self._conn.row_factory = None

    def get(self, kind: str, id_: int):
        """One entity by kind and id; raises NotFoundError."""
        cls = KINDS[kind]
        self._conn.row_factory = sqlite3.Row
        try:
            row = self._conn.execute(f"SELECT * FROM {kind} WHERE id = ?", (id_,)).fetchone()
        finally:
            self._conn.row_factory = None
        if row is None:
            raise self._not_found(kind, id_)
        entity = self._converters[kind](row)
        for spec in fields_of(cls):
            link = spec.meta.get("link")
            if link:
                table, own, other = link
                if spec.type == "ref_map":
                    rows = self._conn.execute(f"SELECT {other}, state FROM {table} WHERE {own} = ? ORDER BY ord", (id_,))
                    setattr(entity, spec.name, {r[0]: r[1] for r in rows})
                else:
                    rows = self._conn.execute(f"SELECT {other} FROM {table} WHERE {own} = ? ORDER BY ord", (id_,))
                    setattr(entity, spec.name, [r[0] for r in rows])
        return entity

    def count(self, kind: str) -> int:
        return self._conn.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]

    def roles(self, work_item_id: int, party_id: int) -> str:
        row = self._conn.execute("SELECT roles FROM raci WHERE work_item_id = ? AND party_id = ?",
                                 (work_item_id, party_id)).fetchone()
        return row[0] if row else ""

    # -- the core operations ---------------------------------------------------

    def add(self, entity) -> Change:
        """Insert a new entity (keeping its id when it has one, as redo does)."""
        kind = model.kind_of(entity)
        problems = model.validate(entity)
        if problems:
            raise errors.ValidationError(problems)
        with self._write():
            entity = model.replace(entity)
            if "sort_order" in {s.name for s in fields_of(type(entity))} and not entity.sort_order:
                entity.sort_order = self._next_order(kind)
            self._check_refs(kind, entity)
            row = to_row(entity)
            cur = self._conn.execute(
                f"INSERT INTO {kind} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
            new_id = cur.lastrowid if entity.id is None else entity.id
            self._write_links(kind, new_id, entity, replace_existing=False)
            stamp = self._touch()
            added = self.get(kind, new_id)
        return Change(kind, "add", (new_id,), kinds=frozenset({kind}), entities_before={(kind, new_id): None},
                      entities_after={(kind, new_id): added}, stamp=stamp)

    def add_many(self, entities: Iterable) -> Change:
        """Add new entities of one kind (their ids are given by the file) in one transaction: all or none.

        One Change, which one undo reverts; an empty list adds nothing (a "party" change without ids).
        """
        entities = [model.replace(e, id=None) for e in entities]
        if any(model.kind_of(e) != model.kind_of(entities[0]) for e in entities):
            raise ValueError("add_many adds entities of one kind only")
        with self._write():
            changes = [self.add(e) for e in entities]
        if not changes:
            return Change("party", "add", ())
        kind = changes[0].kind
        return Change(kind, "add", tuple(i for c in changes for i in c.ids), kinds=frozenset({kind}),
                      entities_before={k: None for c in changes for k in c.entities_after},
                      entities_after={k: v for c in changes for k, v in c.entities_after.items()},
                      stamp=(changes[0].stamp[0], changes[-1].stamp[1]))

    def update(self, kind: str, id_: int, /, **values) -> Change:
        """Change some fields of one entity."""
        return self.update_many(kind, {id_: values})

    def update_many(self, kind: str, changes: Mapping[int, Mapping[str, object]]) -> Change:
        """Change fields of several entities of one kind in one transaction (a drag of a selection)."""
        if kind == "collaboration":
            return self.update_collaboration(**changes.get(1, {}))
        cls = KINDS[kind]
        specs = {s.name: s for s in fields_of(cls)}
        problems = []
        for id_, values in changes.items():
            for name, value in values.items():
                spec = specs.get(name)
                if spec is None or name == "id":
                    raise errors.ValidationError([model.Problem(name, Msg("bestaat niet", "does not exist")).at(
                        kind, id_, name)])
                problems += [p.at(kind, id_, name) for p in
                             model.check_value(spec, value, f"{model.PLURALS[kind]}[{id_}].{name}")]
        if problems:
            raise errors.ValidationError(problems)
        before: dict[int, dict[str, object]] = {}
        after: dict[int, dict[str, object]] = {}
        touched: set[str] = set()
        with self._write():
            for id_, values in changes.items():
                old = self.get(kind, id_)
                before[id_] = {name: getattr(old, name) for name in values}
                merged = model.replace(old, **values)
                after[id_] = {n: py_value(specs[n], db_value(specs[n], v)) if specs[n].stored_inline
                              else getattr(merged, n) for n, v in values.items()}
                problems = model.validate(merged, f"{model.PLURALS[kind]}[{id_}]")
                if problems:
                    raise errors.ValidationError(problems)
                self._check_refs(kind, merged, only=set(values))
                inline = {n: db_value(specs[n], v) for n, v in values.items() if specs[n].stored_inline}
                if inline:
                    sets = ", ".join(f"{n} = ?" for n in inline)
                    self._conn.execute(f"UPDATE {kind} SET {sets} WHERE id = ?", (*inline.values(), id_))
                if any(not specs[n].stored_inline for n in values):
                    self._write_links(kind, id_, merged, replace_existing=True, only=set(values))
                touched.update(values)
            stamp = self._touch()
        return Change(kind, "update", tuple(changes), tuple(sorted(touched)), before, kinds=frozenset({kind}),
                      after=after, stamp=stamp)

    def update_collaboration(self, **values) -> Change:
        """Change fields of the collaboration itself."""
        specs = {s.name: s for s in fields_of(Collaboration)}
        problems = []
        for name, value in values.items():
            if name not in specs:
                raise errors.ValidationError([model.Problem(name, Msg("bestaat niet", "does not exist")).at(
                    "collaboration", 1, name)])
            problems += [p.at("collaboration", 1, name) for p in
                         model.check_value(specs[name], value, f"collaboration.{name}")]
        if problems:
            raise errors.ValidationError(problems)
        with self._write():
            old = self.collaboration()
            scheme = values.get("raci_scheme")
            if scheme is not None and scheme != old.raci_scheme:
                self._check_scheme_fits(scheme)
            before = {1: {name: getattr(old, name) for name in values}}
            after = {1: {n: py_value(specs[n], db_value(specs[n], v)) for n, v in values.items()}}
            if values:
                sets = ", ".join(f"{n} = ?" for n in values)
                self._conn.execute(f"UPDATE collaboration SET {sets} WHERE id = 1",
                                   tuple(db_value(specs[n], v) for n, v in values.items()))
            stamp = (old.updated, after[1]["updated"]) if "updated" in values else self._touch()
        return Change("collaboration", "update", (1,), tuple(values), before, kinds=frozenset({"collaboration"}),
                      after=after, stamp=stamp)

    def _check_scheme_fits(self, scheme: str) -> None:
        """Refuse a role scheme that the matrix's cells do not fit (RASCI -> RACI with S cells)."""
        outside = [c for c in model.ROLE_ORDER if c not in scheme]
        if not outside:
            return
        where = " OR ".join("instr(roles, ?) > 0" for _ in outside)
        n = self._conn.execute(f"SELECT count(*) FROM raci WHERE {where}", outside).fetchone()[0]
        if n:
            letters = ", ".join(outside)
            raise errors.ValidationError([model.Problem("collaboration.raci_scheme", Msg(
                f"{n} cel(len) in de RACI-matrix gebruiken nog {letters}; haal die eerst weg voor u naar {scheme} overstapt",
                f"{n} cell(s) of the RACI matrix still use {letters}; clear them before switching to {scheme}")).at(
                "collaboration", 1, "raci_scheme")])

    def delete(self, kind: str, ids: int | Iterable[int]) -> Change:
        """Delete entities with everything that hangs on them; the snapshot brings them back."""
        ids = (ids,) if isinstance(ids, int) else tuple(ids)
        with self._write():
            for id_ in ids:
                if not self._conn.execute(f"SELECT 1 FROM {kind} WHERE id = ?", (id_,)).fetchone():
                    raise self._not_found(kind, id_)
            snapshot = snapshots.capture(self._conn, kind, ids)
            removed, kept = snapshot.touched()
            before = self._entities(removed + kept)
            marks = ",".join("?" * len(ids))
            self._conn.execute(f"DELETE FROM {kind} WHERE id IN ({marks})", ids)
            stamp = self._touch()
            after = {**dict.fromkeys(removed), **self._entities(kept)}
        return Change(kind, "delete", ids, snapshot=snapshot, kinds=snapshots.kinds_of(snapshot),
                      entities_before=before, entities_after=after, stamp=stamp)

    def restore(self, snapshot: Snapshot) -> Change:
        """Put back what a delete removed, with the same ids."""
        restored, kept = snapshot.touched()
        with self._write():
            before = {**dict.fromkeys(restored), **self._entities(kept)}
            snapshots.put_back(self._conn, snapshot)
            stamp = self._touch()
            after = self._entities(restored + kept)
        return Change(snapshot.kind, "restore", snapshot.ids, kinds=snapshots.kinds_of(snapshot),
                      entities_before=before, entities_after=after, stamp=stamp)

    def set_roles(self, cells: Mapping[tuple[int, int], str]) -> Change:
        """Set the RACI roles of cells; "" clears a cell. Roles are normalised ("r/a" → "AR")."""
        scheme = self.collaboration().raci_scheme
        normal = {}
        for key, roles in cells.items():
            try:
                normal[key] = model.normalise_roles(roles, scheme)
            except ValueError:
                raise errors.ValidationError([model.Problem(
                    "raci", Msg(f"‘{roles}’ is geen rol in {scheme}; gebruik {', '.join(scheme)}.",
                                f"‘{roles}’ is not a role in {scheme}; use {', '.join(scheme)}.")).at(
                    "raci", key, "roles")]) from None
        before = {}
        with self._write():
            for (w, p), roles in normal.items():
                before[(w, p)] = self.roles(w, p)
                if roles:
                    try:
                        self._conn.execute(
                            "INSERT INTO raci (work_item_id, party_id, roles) VALUES (?, ?, ?) "
                            "ON CONFLICT (work_item_id, party_id) DO UPDATE SET roles = excluded.roles", (w, p, roles))
                    except sqlite3.IntegrityError:
                        raise errors.NotFoundError(Msg("Dat onderdeel of die partij bestaat niet meer.",
                                                       "That work item or party no longer exists.")) from None
                else:
                    self._conn.execute("DELETE FROM raci WHERE work_item_id = ? AND party_id = ?", (w, p))
            stamp = self._touch()
        return Change("raci", "roles", tuple(normal), ("roles",), before, kinds=frozenset({"raci"}),
                      after=dict(normal), stamp=stamp)

    def reorder(self, kind: str, ids: Iterable[int]) -> Change:
        """Give entities the display order of ``ids``."""
        return self.update_many(kind, {id_: {"sort_order": i + 1} for i, id_ in enumerate(ids)})

    def revert(self, change: Change) -> Change:
        """Undo a change; the returned change reverts the undo (redo)."""
        if change.action == "add":
            return self.delete(change.kind, change.ids)
        if change.action == "update":
            return self.update_many(change.kind, change.before)
        if change.action == "delete":
            assert change.snapshot is not None
            return self.restore(change.snapshot)
        if change.action == "restore":
            return self.delete(change.kind, change.ids)
        if change.action == "roles":
            return self.set_roles(change.before)
        raise ValueError(f"cannot revert {change.action!r}")

    # -- whole-file operations --------------------------------------------------

    def save_copy(self, target: str | os.PathLike, *, force: bool = False) -> Path:
        """Write a consistent copy of the project with the SQLite backup API (atomically).

        The target follows the output rule: an existing file needs ``force``; this project itself
        and a file open in another Samenwerk window are refused even with it.
        """
        target = Path(target)
        with atomic_target(target, kind="project", force=force, open_project=self.path) as tmp:
            dest = sqlite3.connect(str(tmp))
            try:
                self._conn.backup(dest)
            finally:
                dest.close()
        return target

    # -- internals ---------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        if self.read_only:
            raise errors.ReadOnlyError(Msg(
                "Dit project is alleen-lezen geopend; wijzigingen worden niet opgeslagen.",
                "This project is open read-only; changes cannot be saved."))
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "full" in text:
                raise disk_full(self.path.name) from None
            if "locked" in text or "busy" in text:
                raise already_open(self.path.name) from None
            if "readonly" in text.replace(" ", "") or "read-only" in text:
                raise errors.StorageError(Msg(f"‘{self.path.name}’ kan niet worden beschreven.",
                                              f"‘{self.path.name}’ cannot be written.")) from None
            raise errors.StorageError(Msg(f"Opslaan mislukt: {text}", f"Saving failed: {text}")) from None
        except sqlite3.IntegrityError as exc:
            raise errors.ValidationError([model.Problem("", Msg(f"ongeldige verwijzing ({exc})", f"invalid reference ({exc})"))]) from None
        except sqlite3.DatabaseError as exc:
            raise errors.StorageError(Msg(f"Opslaan mislukt: {exc}", f"Saving failed: {exc}")) from None

    def _touch(self) -> tuple[str, str]:
        """Stamp the collaboration as updated now; its stamp before and after."""
        old = self._conn.execute("SELECT updated FROM collaboration WHERE id = 1").fetchone()[0]
        new = now_iso()
        self._conn.execute("UPDATE collaboration SET updated = ? WHERE id = 1", (new,))
        return old, new

    def _entities(self, keys) -> dict:
        """The current entities (and RACI roles) by (kind, id); None where there is none."""
        out = {}
        for kind, id_ in keys:
            if kind == "raci":
                out[(kind, id_)] = self.roles(*id_) or None
                continue
            try:
                out[(kind, id_)] = self.get(kind, id_)
            except errors.NotFoundError:
                out[(kind, id_)] = None
        return out

    def _next_order(self, kind: str) -> int:
        return (self._conn.execute(f"SELECT max(sort_order) FROM {kind}").fetchone()[0] or 0) + 1

    def _not_found(self, kind: str, id_) -> errors.NotFoundError:
        name = model.KIND_NAMES.get(kind, Msg(kind, kind))
        return errors.NotFoundError(Msg(f"Deze {name.nl} bestaat niet (meer) (nummer {id_}).",
                                        f"This {name.en} does not exist (any more) (number {id_})."))

    def _check_refs(self, kind: str, entity, only: set[str] | None = None) -> None:
        problems = []
        for spec in fields_of(type(entity)):
            ref = spec.meta.get("ref")
            if not ref or (only is not None and spec.name not in only):
                continue
            value = getattr(entity, spec.name)
            wanted = [value] if spec.type == "ref" else list(value) if value else []
            for v in wanted:
                if v is not None and not self._conn.execute(f"SELECT 1 FROM {ref} WHERE id = ?", (v,)).fetchone():
                    problems.append(model.Problem(
                        f"{model.PLURALS[kind]}.{spec.name}",
                        Msg(f"verwijst naar een {model.KIND_NAMES[ref].nl} die niet bestaat ({v})",
                            f"refers to a {model.KIND_NAMES[ref].en} that does not exist ({v})")).at(
                        kind, entity.id, spec.name))
        if problems:
            raise errors.ValidationError(problems)

    def _write_links(self, kind: str, id_: int, entity, *, replace_existing: bool, only: set[str] | None = None) -> None:
        for spec in fields_of(type(entity)):
            link = spec.meta.get("link")
            if not link or (only is not None and spec.name not in only):
                continue
            table, own, other = link
            if replace_existing:
                self._conn.execute(f"DELETE FROM {table} WHERE {own} = ?", (id_,))
            value = getattr(entity, spec.name)
            if spec.type == "ref_map":
                self._conn.executemany(f"INSERT INTO {table} ({own}, {other}, state, ord) VALUES (?, ?, ?, ?)",
                                       [(id_, k, v, i) for i, (k, v) in enumerate(value.items())])
            else:
                self._conn.executemany(f"INSERT INTO {table} ({own}, {other}, ord) VALUES (?, ?, ?)",
                                       [(id_, v, i) for i, v in enumerate(value)])

    @staticmethod
    def _collaboration_from_row(row) -> Collaboration:
        values = dict(row)
        values.pop("id", None)
        specs = {s.name: s for s in fields_of(Collaboration)}
        return Collaboration(**{k: py_value(specs[k], v) for k, v in values.items() if k in specs})
