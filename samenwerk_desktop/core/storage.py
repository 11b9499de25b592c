"""The project file: one SQLite database per collaboration, and every change to it.

All SQL of Samenwerk lives in this module. A ``Project`` is opened after the
file has been checked read-only; every change is one core operation that runs
in one transaction and returns a ``Change`` saying what changed, which
``Project.revert`` can undo.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from samenwerk_desktop.core import errors, model
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import KINDS, Collaboration, FieldSpec, fields_of

APPLICATION_ID = 0x53574B31  # "SWK1"
SCHEMA_VERSION = 1
SUFFIX = ".samenwerk"
SQLITE_HEADER = b"SQLite format 3\x00"

# ---------------------------------------------------------------------------
# Schema, derived from the model
# ---------------------------------------------------------------------------

_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "ref": "INTEGER", "str_list": "TEXT"}


@dataclass(frozen=True)
class ForeignKey:
    table: str
    column: str
    parent: str
    on_delete: str  # "CASCADE" | "SET NULL"


def _column_sql(spec: FieldSpec) -> str:
    sql_type = _SQL_TYPES[spec.type]
    if spec.type == "ref":
        if spec.meta.get("required"):
            return f"{spec.name} INTEGER NOT NULL REFERENCES {spec.meta['ref']}(id) ON DELETE CASCADE"
        return f"{spec.name} INTEGER REFERENCES {spec.meta['ref']}(id) ON DELETE SET NULL"
    default = spec.default
    if spec.type == "str_list":
        default_sql = "'[]'"
    elif spec.type == "str":
        default_sql = "'" + str(default).replace("'", "''") + "'"
    elif spec.type == "bool":
        default_sql = "1" if default else "0"
    else:
        default_sql = repr(default)
    return f"{spec.name} {sql_type} NOT NULL DEFAULT {default_sql}"


def _link_tables() -> list[tuple[str, str, str, str, str | None]]:
    """(table, owner kind, own column, other column, value column) for list/map fields."""
    out = []
    for kind, cls in KINDS.items():
        for spec in fields_of(cls):
            link = spec.meta.get("link")
            if link:
                value_col = "state" if spec.type == "ref_map" else None
                out.append((link[0], kind, link[1], link[2], value_col))
    return out


LINK_TABLES = _link_tables()
LINK_OWNER = {t[0]: t[1] for t in LINK_TABLES}
#: link table -> (own column, other column, value column or None)
LINK_COLUMNS = {t[0]: (t[2], t[3], t[4]) for t in LINK_TABLES}


def schema_sql() -> list[str]:
    """The CREATE statements of the current schema version."""
    stmts = []
    cols = ["id INTEGER PRIMARY KEY CHECK (id = 1)"] + [_column_sql(s) for s in fields_of(Collaboration)]
    stmts.append(f"CREATE TABLE collaboration ({', '.join(cols)}) STRICT")
    for kind, cls in KINDS.items():
        cols = ["id INTEGER PRIMARY KEY"] + [_column_sql(s) for s in fields_of(cls) if s.name != "id" and s.stored_inline]
        stmts.append(f"CREATE TABLE {kind} ({', '.join(cols)}) STRICT")
        for s in fields_of(cls):
            if s.type == "ref" and s.stored_inline:
                stmts.append(f"CREATE INDEX {kind}_{s.name} ON {kind}({s.name})")
    stmts.append(
        "CREATE TABLE raci (work_item_id INTEGER NOT NULL REFERENCES work_item(id) ON DELETE CASCADE, "
        "party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, roles TEXT NOT NULL, "
        "PRIMARY KEY (work_item_id, party_id)) STRICT"
    )
    stmts.append("CREATE INDEX raci_party_id ON raci(party_id)")
    for table, owner, own, other, value_col in LINK_TABLES:
        extra = f", {value_col} TEXT NOT NULL" if value_col else ""
        stmts.append(
            f"CREATE TABLE {table} ({own} INTEGER NOT NULL REFERENCES {owner}(id) ON DELETE CASCADE, "
            f"{other} INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE{extra}, ord INTEGER NOT NULL, "
            f"PRIMARY KEY ({own}, {other})) STRICT"
        )
        stmts.append(f"CREATE INDEX {table}_{other} ON {table}({other})")
    return stmts


def _foreign_keys() -> list[ForeignKey]:
    out = []
    for kind, cls in KINDS.items():
        for s in fields_of(cls):
            if s.type == "ref" and s.stored_inline:
                out.append(ForeignKey(kind, s.name, s.meta["ref"], "CASCADE" if s.meta.get("required") else "SET NULL"))
    out.append(ForeignKey("raci", "work_item_id", "work_item", "CASCADE"))
    out.append(ForeignKey("raci", "party_id", "party", "CASCADE"))
    for table, owner, own, other, _ in LINK_TABLES:
        out.append(ForeignKey(table, own, owner, "CASCADE"))
        out.append(ForeignKey(table, other, "party", "CASCADE"))
    return out


FOREIGN_KEYS = _foreign_keys()
TABLES = ["collaboration", *KINDS, "raci", *(t[0] for t in LINK_TABLES)]

#: Migrations from version N-1 to N; version 1 is the first schema.
MIGRATIONS: dict[int, list[str]] = {1: schema_sql()}


# ---------------------------------------------------------------------------
# Changes
# ---------------------------------------------------------------------------


@dataclass
class Snapshot:
    """Rows removed by a delete, enough to put them back exactly."""

    kind: str
    ids: tuple[int, ...]
    rows: list[tuple[str, list[dict]]] = field(default_factory=list)
    nulled: list[tuple[str, str, list[tuple[int, int]]]] = field(default_factory=list)


@dataclass
class Change:
    """What one core operation changed; the GUI refreshes only these kinds."""

    kind: str  # an entity kind, "collaboration" or "raci"
    action: str  # "add" | "update" | "delete" | "restore" | "roles"
    ids: tuple = ()
    fields: tuple[str, ...] = ()
    #: update: {id: {field: old value}}; roles: {(work_item_id, party_id): old roles}
    before: dict = field(default_factory=dict)
    snapshot: Snapshot | None = None
    #: every kind whose rows this change touched, including cascades
    kinds: frozenset[str] = frozenset()


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------------------
# Row conversion
# ---------------------------------------------------------------------------


def _to_row(entity) -> dict:
    row = {}
    for s in fields_of(type(entity)):
        if not s.stored_inline:
            continue
        value = getattr(entity, s.name)
        if s.type == "str_list":
            value = json.dumps(value, ensure_ascii=False)
        elif s.type == "bool":
            value = 1 if value else 0
        elif s.type == "float":
            value = float(value)
        if s.name == "id" and value is None:
            continue
        row[s.name] = value
    return row


def _row_converter(cls):
    specs = [s for s in fields_of(cls) if s.stored_inline]
    bools = {s.name for s in specs if s.type == "bool"}
    lists = {s.name for s in specs if s.type == "str_list"}

    def convert(row: Mapping) -> object:
        kwargs = dict(row)
        for name in bools:
            kwargs[name] = bool(kwargs[name])
        for name in lists:
            kwargs[name] = json.loads(kwargs[name])
        return cls(**kwargs)

    return convert


def _db_value(spec: FieldSpec, value):
    if spec.type == "str_list":
        return json.dumps(value, ensure_ascii=False)
    if spec.type == "bool":
        return 1 if value else 0
    if spec.type == "float":
        return float(value)
    return value


def _py_value(spec: FieldSpec, value):
    if spec.type == "str_list":
        return json.loads(value)
    if spec.type == "bool":
        return bool(value)
    return value


# ---------------------------------------------------------------------------
# Checking a file before it is opened
# ---------------------------------------------------------------------------


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _harden(conn: sqlite3.Connection) -> None:
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
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise errors.FileRefused(Msg(f"Het bestand ‘{name}’ bestaat niet.", f"The file ‘{name}’ does not exist.")) from None
    except IsADirectoryError:
        raise errors.FileRefused(Msg(f"‘{name}’ is een map, geen bestand.", f"‘{name}’ is a folder, not a file.")) from None
    except PermissionError:
        raise errors.FileRefused(Msg(f"Geen toestemming om ‘{name}’ te lezen.", f"No permission to read ‘{name}’.")) from None
    if not header.startswith(SQLITE_HEADER):
        raise errors.NotSQLiteError(Msg(
            f"‘{name}’ is geen Samenwerk-project (het is geen SQLite-bestand).",
            f"‘{name}’ is not a Samenwerk project (it is not an SQLite file)."))
    if len(header) < 100:
        raise errors.DamagedError(_damaged(name))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise errors.NotAProjectError(Msg(
            f"‘{name}’ is een SQLite-database, maar geen Samenwerk-project.",
            f"‘{name}’ is an SQLite database, but not a Samenwerk project."))
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        _recover_hot_journal(path)
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error:
        raise errors.DamagedError(_damaged(name)) from None
    try:
        _harden(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise errors.NewerVersionError(Msg(
                f"‘{name}’ is gemaakt met een nieuwere versie van Samenwerk (bestandsversie {version}); "
                f"deze versie kan bestandsversie {SCHEMA_VERSION} en ouder openen. Werk Samenwerk bij.",
                f"‘{name}’ was made by a newer Samenwerk (file version {version}); "
                f"this version opens file version {SCHEMA_VERSION} and older. Please update Samenwerk."))
        result = conn.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise errors.DamagedError(_damaged(name))
        objects = conn.execute("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _already_open(name) from None
        raise errors.DamagedError(_damaged(name)) from None
    except sqlite3.DatabaseError:
        raise errors.DamagedError(_damaged(name)) from None
    finally:
        conn.close()
    foreign = [n for t, n in objects if t in ("trigger", "view") or (t == "table" and n not in TABLES)]
    if foreign or version < 1:
        raise errors.NotAProjectError(Msg(
            f"‘{name}’ bevat onderdelen die Samenwerk niet maakt en wordt daarom niet geopend.",
            f"‘{name}’ contains parts that Samenwerk does not make, so it is not opened."))
    return version


def _recover_hot_journal(path: Path) -> None:
    """Roll back a transaction that a crash or power cut left behind (SQLite's own recovery).

    Only done when no other Samenwerk has the file open and the file may be
    written; otherwise the read-only check below reports what it finds.
    """
    if _file_is_read_only(path):
        return
    lock = _Lock(path)
    try:
        if not lock.acquire():
            raise _already_open(path.name)
    except OSError:
        return
    try:
        conn = sqlite3.connect(str(path))
        try:
            _harden(conn)
            conn.execute("PRAGMA schema_version").fetchone()  # the first read rolls the hot journal back
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the read-only check reports the damage
    finally:
        lock.release()


def _damaged(name: str) -> Msg:
    return Msg(
        f"‘{name}’ is beschadigd en kan niet worden geopend. Gebruik een reservekopie.",
        f"‘{name}’ is damaged and cannot be opened. Please use a backup copy.")


def _already_open(name: str) -> errors.AlreadyOpenError:
    return errors.AlreadyOpenError(Msg(
        f"‘{name}’ is al geopend in een ander Samenwerk-venster. Sluit het daar eerst.",
        f"‘{name}’ is already open in another Samenwerk window. Close it there first."))


# ---------------------------------------------------------------------------
# The lock that keeps two Samenwerk programs from editing one file
# ---------------------------------------------------------------------------


class _Lock:
    """An OS lock on ``FILE.lock`` beside the project; stale lock files are taken over."""

    def __init__(self, path: Path):
        self.path = path.with_name(path.name + ".lock")
        self._fh = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it. Raises OSError when it cannot be made."""
        fh = open(self.path, "a+b")
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n".encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._fh.close()
            self._fh = None


# ---------------------------------------------------------------------------
# Writing whole files atomically
# ---------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _target_mode(path: Path) -> int:
    """The mode a replaced file keeps, or a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


def refuse_existing(path: Path, *, force: bool) -> None:
    """Refuse to overwrite an existing file unless asked to on purpose."""
    if path.exists() and not force:
        raise errors.SamenwerkError(Msg(
            f"‘{path.name}’ bestaat al; kies een andere naam of overschrijf het bewust (--force).",
            f"‘{path.name}’ already exists; choose another name or overwrite it on purpose (--force)."))


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike, *, force: bool = False, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one step.

    On any error the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    name = path.name
    refuse_existing(path, force=force)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=suffix, dir=folder)
    except FileNotFoundError:
        raise errors.StorageError(Msg(f"De map van ‘{name}’ bestaat niet.", f"The folder of ‘{name}’ does not exist.")) from None
    except PermissionError:
        raise errors.StorageError(Msg(f"Geen toestemming om ‘{name}’ hier te schrijven.",
                                      f"No permission to write ‘{name}’ here.")) from None
    except OSError as exc:
        raise _write_error(name, exc) from None
    os.close(fd)
    tmp_path = Path(tmp)
    with contextlib.suppress(OSError):  # mkstemp makes 0600; a written file gets the usual mode
        os.chmod(tmp_path, _target_mode(path))
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
        _fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        if isinstance(exc, OSError):
            raise _write_error(name, exc) from None
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise _full(name) from None
        raise


def _full(name: str) -> errors.StorageError:
    return errors.StorageError(Msg(
        f"De schijf is vol: ‘{name}’ is niet geschreven. Maak ruimte vrij en probeer het opnieuw.",
        f"The disk is full: ‘{name}’ was not written. Free some space and try again."))


def _write_error(name: str, exc: OSError) -> errors.StorageError:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return _full(name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.StorageError(Msg(f"Geen toestemming om ‘{name}’ te schrijven.", f"No permission to write ‘{name}’."))
    return errors.StorageError(Msg(
        f"‘{name}’ kon niet worden geschreven ({exc.strerror or exc}).",
        f"‘{name}’ could not be written ({exc.strerror or exc})."))


# ---------------------------------------------------------------------------
# The project
# ---------------------------------------------------------------------------


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(_ro_uri(path), uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    _harden(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _file_is_read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    return not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def _init_schema(conn: sqlite3.Connection, collaboration: Collaboration) -> None:
    db = sqlite_utils.Database(conn, execute_plugins=False)
    with db.atomic():
        for stmt in MIGRATIONS[1]:
            conn.execute(stmt)
        row = _to_row(collaboration)
        row["id"] = 1
        db["collaboration"].insert(row)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring an older file up to the current schema, one version per transaction."""
    db = sqlite_utils.Database(conn, execute_plugins=False)
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            for stmt in MIGRATIONS[version]:
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {version}")


class Project:
    """An open project file and the core operations on it."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: _Lock | None):
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._lock = lock
        self._converters = {kind: _row_converter(cls) for kind, cls in KINDS.items()}

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> Project:
        """Check a file and open it; refuses with a ``FileRefused`` and leaves the file untouched."""
        path = Path(path)
        version = inspect_file(path)
        read_only = read_only or _file_is_read_only(path) or not os.access(path.parent or Path("."), os.W_OK)
        lock = None
        if not read_only:
            lock = _Lock(path)
            try:
                got = lock.acquire()
            except OSError:
                lock, got = None, True
                read_only = True
            if not got:
                raise _already_open(path.name)
        try:
            conn = _connect(path, read_only)
            if version < SCHEMA_VERSION and not read_only:
                _migrate(conn, version)
        except sqlite3.Error:
            if lock:
                lock.release()
            raise errors.DamagedError(_damaged(path.name)) from None
        return cls(path, conn, read_only, lock)

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
        self.load_kinds(data, ["collaboration", "raci", *KINDS])
        return data

    def load_kinds(self, data: CollaborationData, kinds: Iterable[str]) -> None:
        """Re-read the given kinds ("raci" and "collaboration" included) into ``data``, in place."""
        kinds = set(kinds)
        conn = self._conn
        if "collaboration" in kinds:
            data.collaboration = self.collaboration()
        if "raci" in kinds:
            data.raci = {(r[0], r[1]): r[2] for r in conn.execute("SELECT work_item_id, party_id, roles FROM raci")}
        conn.row_factory = sqlite3.Row
        try:
            for kind in KINDS:
                if kind in kinds:
                    convert = self._converters[kind]
                    data.entities[kind] = {r["id"]: convert(r) for r in conn.execute(f"SELECT * FROM {kind} ORDER BY id")}
        finally:
            conn.row_factory = None
        for table, owner, own, other, value_col in LINK_TABLES:
            if owner not in kinds:
                continue
            spec_name = self._link_field(owner, table)
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
            row = _to_row(entity)
            cur = self._conn.execute(
                f"INSERT INTO {kind} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
            new_id = cur.lastrowid if entity.id is None else entity.id
            self._write_links(kind, new_id, entity, replace_existing=False)
            self._touch()
        return Change(kind, "add", (new_id,), kinds=frozenset({kind}))

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
                    raise errors.ValidationError([model.Problem(name, Msg("bestaat niet", "does not exist"))])
                problems += model.check_value(spec, value, f"{model.PLURALS[kind]}[{id_}].{name}")
        if problems:
            raise errors.ValidationError(problems)
        before: dict[int, dict[str, object]] = {}
        touched: set[str] = set()
        with self._write():
            for id_, values in changes.items():
                old = self.get(kind, id_)
                before[id_] = {name: getattr(old, name) for name in values}
                merged = model.replace(old, **values)
                problems = model.validate(merged, f"{model.PLURALS[kind]}[{id_}]")
                if problems:
                    raise errors.ValidationError(problems)
                self._check_refs(kind, merged, only=set(values))
                inline = {n: _db_value(specs[n], v) for n, v in values.items() if specs[n].stored_inline}
                if inline:
                    sets = ", ".join(f"{n} = ?" for n in inline)
                    self._conn.execute(f"UPDATE {kind} SET {sets} WHERE id = ?", (*inline.values(), id_))
                if any(not specs[n].stored_inline for n in values):
                    self._write_links(kind, id_, merged, replace_existing=True, only=set(values))
                touched.update(values)
            self._touch()
        return Change(kind, "update", tuple(changes), tuple(sorted(touched)), before, kinds=frozenset({kind}))

    def update_collaboration(self, **values) -> Change:
        """Change fields of the collaboration itself."""
        specs = {s.name: s for s in fields_of(Collaboration)}
        problems = []
        for name, value in values.items():
            if name not in specs:
                raise errors.ValidationError([model.Problem(name, Msg("bestaat niet", "does not exist"))])
            problems += model.check_value(specs[name], value, f"collaboration.{name}")
        if problems:
            raise errors.ValidationError(problems)
        with self._write():
            old = self.collaboration()
            scheme = values.get("raci_scheme")
            if scheme is not None and scheme != old.raci_scheme:
                self._check_scheme_fits(scheme)
            before = {1: {name: getattr(old, name) for name in values}}
            if values:
                sets = ", ".join(f"{n} = ?" for n in values)
                self._conn.execute(f"UPDATE collaboration SET {sets} WHERE id = 1",
                                   tuple(_db_value(specs[n], v) for n, v in values.items()))
            if "updated" not in values:
                self._touch()
        return Change("collaboration", "update", (1,), tuple(values), before, kinds=frozenset({"collaboration"}))

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
                f"{n} cell(s) of the RACI matrix still use {letters}; clear them before switching to {scheme}"))])

    def delete(self, kind: str, ids: int | Iterable[int]) -> Change:
        """Delete entities with everything that hangs on them; the snapshot brings them back."""
        ids = (ids,) if isinstance(ids, int) else tuple(ids)
        with self._write():
            for id_ in ids:
                if not self._conn.execute(f"SELECT 1 FROM {kind} WHERE id = ?", (id_,)).fetchone():
                    raise self._not_found(kind, id_)
            snapshot = self._capture(kind, ids)
            marks = ",".join("?" * len(ids))
            self._conn.execute(f"DELETE FROM {kind} WHERE id IN ({marks})", ids)
            self._touch()
        return Change(kind, "delete", ids, snapshot=snapshot, kinds=self._snapshot_kinds(snapshot))

    def restore(self, snapshot: Snapshot) -> Change:
        """Put back what a delete removed, with the same ids."""
        with self._write():
            for table, rows in snapshot.rows:
                if not rows:
                    continue
                if table in LINK_COLUMNS:
                    self._restore_link_rows(table, rows)
                    continue
                cols = list(rows[0])
                self._conn.executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [tuple(r[c] for c in cols) for r in rows])
            for table, column, pairs in snapshot.nulled:
                self._conn.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?", [(v, i) for i, v in pairs])
            self._touch()
        return Change(snapshot.kind, "restore", snapshot.ids, kinds=self._snapshot_kinds(snapshot))

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
                                f"‘{roles}’ is not a role in {scheme}; use {', '.join(scheme)}."))]) from None
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
            self._touch()
        return Change("raci", "roles", tuple(normal), ("roles",), before, kinds=frozenset({"raci"}))

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

    def save_copy(self, target: str | os.PathLike, *, force: bool = True) -> Path:
        """Write a consistent copy of the project with the SQLite backup API (atomically)."""
        target = Path(target)
        with atomic_target(target, force=force) as tmp:
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
                raise _full(self.path.name) from None
            if "locked" in text or "busy" in text:
                raise _already_open(self.path.name) from None
            if "readonly" in text.replace(" ", "") or "read-only" in text:
                raise errors.StorageError(Msg(f"‘{self.path.name}’ kan niet worden beschreven.",
                                              f"‘{self.path.name}’ cannot be written.")) from None
            raise errors.StorageError(Msg(f"Opslaan mislukt: {text}", f"Saving failed: {text}")) from None
        except sqlite3.IntegrityError as exc:
            raise errors.ValidationError([model.Problem("", Msg(f"ongeldige verwijzing ({exc})", f"invalid reference ({exc})"))]) from None
        except sqlite3.DatabaseError as exc:
            raise errors.StorageError(Msg(f"Opslaan mislukt: {exc}", f"Saving failed: {exc}")) from None

    def _touch(self) -> None:
        self._conn.execute("UPDATE collaboration SET updated = ? WHERE id = 1", (_now(),))

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
                            f"refers to a {model.KIND_NAMES[ref].en} that does not exist ({v})")))
        if problems:
            raise errors.ValidationError(problems)

    @staticmethod
    def _link_field(owner: str, table: str) -> str:
        for spec in fields_of(KINDS[owner]):
            if spec.meta.get("link") and spec.meta["link"][0] == table:
                return spec.name
        raise KeyError(table)

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

    def _capture(self, table: str, ids: tuple[int, ...]) -> Snapshot:
        """Collect the rows a delete of ``ids`` from ``table`` removes or nulls, parents first."""
        snapshot = Snapshot(table, ids)
        conn = self._conn
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
                    self._rank_link_rows(t, rows)
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

    def _rank_link_rows(self, table: str, rows: list[dict]) -> None:
        """Replace the stored ``ord`` of link rows about to be deleted by their place in the owner's list.

        Later edits renumber a list, so only the place survives an undo of those edits.
        """
        own, other, _ = LINK_COLUMNS[table]
        for owner_id in {r[own] for r in rows}:
            order = [x[0] for x in self._conn.execute(
                f"SELECT {other} FROM {table} WHERE {own} = ? ORDER BY ord", (owner_id,))]
            for r in rows:
                if r[own] == owner_id:
                    r["ord"] = order.index(r[other])

    def _restore_link_rows(self, table: str, rows: list[dict]) -> None:
        """Put removed list entries back at their places, and renumber each list."""
        own, other, value_col = LINK_COLUMNS[table]
        extra = f", {value_col}" if value_col else ""
        for owner_id in dict.fromkeys(r[own] for r in rows):
            items = [tuple(x) for x in self._conn.execute(
                f"SELECT {other}{extra} FROM {table} WHERE {own} = ? ORDER BY ord", (owner_id,))]
            present = {item[0] for item in items}
            for r in sorted((r for r in rows if r[own] == owner_id), key=lambda r: r["ord"]):
                if r[other] not in present:
                    items.insert(r["ord"], (r[other], r[value_col]) if value_col else (r[other],))
                    present.add(r[other])
            self._conn.execute(f"DELETE FROM {table} WHERE {own} = ?", (owner_id,))
            marks = ", ".join("?" * (len(items[0]) + 2)) if items else ""
            self._conn.executemany(f"INSERT INTO {table} ({own}, {other}{extra}, ord) VALUES ({marks})",
                                   [(owner_id, *item, i) for i, item in enumerate(items)])

    @staticmethod
    def _snapshot_kinds(snapshot: Snapshot) -> frozenset[str]:
        kinds = {snapshot.kind}
        for table, _ in snapshot.rows:
            kinds.add(LINK_OWNER.get(table, table))
        for table, _, _ in snapshot.nulled:
            kinds.add(table)
        return frozenset(kinds)

    @staticmethod
    def _collaboration_from_row(row) -> Collaboration:
        values = dict(row)
        values.pop("id", None)
        specs = {s.name: s for s in fields_of(Collaboration)}
        return Collaboration(**{k: _py_value(specs[k], v) for k, v in values.items() if k in specs})


def write_new(path: str | os.PathLike, data: CollaborationData, *, force: bool = False) -> None:
    """Write a whole collaboration to a new project file, atomically, keeping every id."""
    path = Path(path)
    refuse_existing(path, force=force)
    if force and path.exists():
        lock = _Lock(path)
        with contextlib.suppress(OSError):
            if not lock.acquire():
                raise _already_open(path.name)
            lock.release()
    with atomic_target(path, force=force) as tmp:
        tmp.unlink()
        conn = sqlite3.connect(str(tmp))
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            collab = data.collaboration
            if not collab.created:
                collab = dataclasses.replace(collab, created=_now(), updated=_now())
            _init_schema(conn, collab)
            _insert_all(conn, data)
            conn.commit()
        finally:
            conn.close()


def _insert_all(conn: sqlite3.Connection, data: CollaborationData) -> None:
    db = sqlite_utils.Database(conn, execute_plugins=False)
    with db.atomic():
        for kind, _cls in KINDS.items():
            entities = list(data.entities[kind].values())
            if not entities:
                continue
            rows = [_to_row(e) for e in entities]
            cols = list(rows[0])
            conn.executemany(f"INSERT INTO {kind} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             [tuple(r[c] for c in cols) for r in rows])
        for table, owner, own, other, value_col in LINK_TABLES:
            name = Project._link_field(owner, table)
            if value_col:
                rows = [(e.id, k, v, i) for e in data.entities[owner].values()
                        for i, (k, v) in enumerate(getattr(e, name).items())]
                conn.executemany(f"INSERT INTO {table} ({own}, {other}, {value_col}, ord) VALUES (?, ?, ?, ?)", rows)
            else:
                rows = [(e.id, v, i) for e in data.entities[owner].values() for i, v in enumerate(getattr(e, name))]
                conn.executemany(f"INSERT INTO {table} ({own}, {other}, ord) VALUES (?, ?, ?)", rows)
        conn.executemany("INSERT INTO raci (work_item_id, party_id, roles) VALUES (?, ?, ?)",
                         [(w, p, r) for (w, p), r in data.raci.items() if r])
