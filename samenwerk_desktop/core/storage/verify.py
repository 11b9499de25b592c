"""The file is exactly ours: its schema is the frozen one of its version and every row passes the model's rules."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from itertools import combinations

from samenwerk_desktop.core import errors, model
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import KIND_NAMES, KINDS, ROLE_ORDER, Collaboration, FieldSpec, fields_of
from samenwerk_desktop.core.storage import schema

#: SQLite's own tables that may be in any file (ANALYZE, AUTOINCREMENT), matched by exact name and SQL.
SQLITE_OWN = frozenset({
    ("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    ("table", "sqlite_stat4", "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
})

TYPE_NAMES = {
    "table": Msg("tabel", "table"), "index": Msg("index", "index"),
    "trigger": Msg("trigger", "trigger"), "view": Msg("view", "view"),
}

# ---------------------------------------------------------------------------
# The schema
# ---------------------------------------------------------------------------


def normalise_sql(sql: str | None) -> str | None:
    """SQL as stored in sqlite_schema, with runs of white space made one space."""
    return " ".join(sql.split()) if sql is not None else None


def schema_objects(conn: sqlite3.Connection) -> set[tuple[str, str, str, str | None]]:
    """(type, name, table, normalised SQL) of every object in a database's sqlite_schema."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return {(t, n, tbl, normalise_sql(sql)) for t, n, tbl, sql in rows}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]


@functools.lru_cache(maxsize=8)
def _frozen(statements: tuple[tuple[str, ...], ...]) -> tuple[frozenset, dict[str, list[str]]]:
    # the newest version's schema is written down (frozen_objects.py, made by replaying its migrations and checked
    # by a test): replaying them in memory took 20-45 ms of every start; any other statements are replayed
    from samenwerk_desktop.core.storage import frozen_objects

    if statements == frozen_objects.STATEMENTS:  # compared as text: a digest (hashlib) loaded OpenSSL, 3.5 MB
        return frozen_objects.OBJECTS, frozen_objects.COLUMNS
    return replay(statements)


def replay(statements: tuple[tuple[str, ...], ...]) -> tuple[frozenset, dict[str, list[str]]]:
    """The objects and the table columns that ``statements`` (one tuple per version) make in an empty database."""
    conn = sqlite3.connect(":memory:")
    try:
        for stmts in statements:
            for stmt in stmts:
                conn.execute(stmt)
        objects = frozenset(schema_objects(conn))
        columns = {o[1]: _columns(conn, o[1]) for o in objects if o[0] == "table"}
    finally:
        conn.close()
    return objects, columns


def frozen_schema(version: int) -> tuple[frozenset, dict[str, list[str]]]:
    """The objects and the table columns a file of ``version`` has: migrations 1..version applied to nothing."""
    return _frozen(tuple(tuple(schema.MIGRATIONS[v]) for v in range(1, version + 1)))


def natural(obj: tuple) -> list:
    """Sort key of a schema object by name, with numbers in order (extra2 before extra10)."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", obj[1])]


def _table_words(table: str) -> Msg:
    return Msg(f"Tabel ‘{table}’", f"Table ‘{table}’")


def schema_problems(conn: sqlite3.Connection, version: int) -> list[Msg]:
    """Every object that is not exactly in the frozen schema of ``version``, and every one that is missing."""
    expected, expected_columns = frozen_schema(version)
    found = schema_objects(conn)
    by_name = {o[1]: o for o in expected}
    problems: list[Msg] = []
    for obj in sorted(found - expected - SQLITE_OWN, key=natural):
        kind, name = obj[0], obj[1]
        ours = by_name.get(name)
        if ours is None or ours[0] != kind:
            what = TYPE_NAMES.get(kind, Msg(kind, kind))
            problems.append(Msg(f"Samenwerk maakt geen {what.nl} ‘{name}’.", f"Samenwerk makes no {what.en} ‘{name}’."))
        elif kind == "table":
            problems += _table_differences(conn, name, expected_columns[name], ours[3])
        else:
            what = TYPE_NAMES.get(kind, Msg(kind, kind))
            problems.append(Msg(f"De {what.nl} ‘{name}’ is anders dan Samenwerk hem maakt.",
                                f"The {what.en} ‘{name}’ differs from the one Samenwerk makes."))
    found_names = {o[1]: o for o in found}
    for obj in sorted(expected, key=natural):
        other = found_names.get(obj[1])
        if other is None or other[0] != obj[0]:
            what = TYPE_NAMES.get(obj[0], Msg(obj[0], obj[0]))
            problems.append(Msg(f"De {what.nl} ‘{obj[1]}’ ontbreekt.", f"The {what.en} ‘{obj[1]}’ is missing."))
    return problems


def _table_differences(conn: sqlite3.Connection, table: str, ours: list[str], our_sql: str | None) -> list[Msg]:
    t = _table_words(table)
    columns = _columns(conn, table)
    out = [Msg(f"{t.nl} heeft een kolom ‘{c}’ die Samenwerk niet maakt.",
               f"{t.en} has a column ‘{c}’ that Samenwerk does not make.") for c in columns if c not in ours]
    out += [Msg(f"{t.nl} mist de kolom ‘{c}’.", f"{t.en} lacks the column ‘{c}’.") for c in ours if c not in columns]
    strict = conn.execute("SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = ?", (table,)).fetchone()
    if strict is not None and not strict[0] and (our_sql or "").endswith("STRICT"):
        out.append(Msg(f"{t.nl} is niet STRICT, zoals Samenwerk hem maakt.", f"{t.en} is not STRICT, as Samenwerk makes it."))
    if not out:
        out.append(Msg(f"{t.nl} is anders opgebouwd dan Samenwerk hem maakt.",
                       f"{t.en} is built differently from the one Samenwerk makes."))
    return out


# ---------------------------------------------------------------------------
# The rows
# ---------------------------------------------------------------------------

#: What str.strip() removes, for SQL's trim().
_WHITE = "char(" + ",".join(str(i) for i in range(0x3001) if chr(i).isspace()) + ")"
_HEX = "[0-9a-fA-F]"
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _bad_sql(spec: FieldSpec, exact: bool) -> list[str]:
    """SQL conditions true for (at least) every stored value that ``model.check_value`` would refuse.

    With ``exact`` the table is known to be ours (STRICT, NOT NULL), so SQLite has checked types already.
    """
    c, meta, t = spec.name, spec.meta, spec.type
    if c == "id":
        return [f"{c} < 1"] if exact else [f"typeof({c}) != 'integer'", f"{c} < 1"]
    out: list[str] = []
    if t in ("str", "str_list"):
        out += [] if exact else [f"typeof({c}) != 'text'"]
        out.append(f"instr({c}, char(0)) > 0")
    if t == "str":
        if meta.get("required"):
            out.append(f"trim({c}, {_WHITE}) = ''")
        if meta.get("maxlen"):
            out.append(f"length({c}) > {meta['maxlen']}")
        if meta.get("fmt") == "date":
            out.append(f"({c} != '' AND ({c} NOT GLOB '{_DATE_GLOB}' OR date({c}, '+0 days') IS NOT {c}))")
        if meta.get("fmt") == "time":
            out.append(f"({c} != '' AND ({c} NOT GLOB '[0-2][0-9]:[0-5][0-9]' OR {c} > '23:59'))")
        if meta.get("fmt") == "datetime":
            out.append(f"({c} != '' AND (strftime('%Y-%m-%dT%H:%M:%S', {c}) IS NOT {c}"
                       f" OR date(substr({c}, 1, 10), '+0 days') IS NOT substr({c}, 1, 10)))")
        if meta.get("fmt") == "colour":
            out.append(f"{c} NOT GLOB '#{_HEX * 6}'")
        if meta.get("choices") is not None:
            out.append(f"{c} NOT IN ({', '.join(_quote(v) for v in meta['choices'])})")
    elif t == "bool":
        out += [f"{c} NOT IN (0, 1)"] if exact else [f"typeof({c}) != 'integer'", f"{c} NOT IN (0, 1)"]
    elif t in ("int", "float"):
        if not exact:
            out.append(f"typeof({c}) NOT IN ('integer', 'real')" if t == "float" else f"typeof({c}) != 'integer'")
        if meta.get("min") is not None:
            out.append(f"{c} < {meta['min']}")
        if meta.get("max") is not None:
            out.append(f"{c} > {meta['max']}")
    elif t == "ref":
        out += [f"{c} < 1"] if exact else [f"typeof({c}) NOT IN ('integer', 'null')", f"{c} < 1"]
        if meta.get("required") and not exact:
            out.append(f"{c} IS NULL")
    elif t == "str_list":
        maxlen = meta.get("maxlen") or model.TEXT_MAX
        out.append(f"CASE WHEN {c} = '[]' THEN 0 WHEN json_valid({c}) AND json_type({c}) = 'array' THEN EXISTS "
                   f"(SELECT 1 FROM json_each({c}) WHERE type != 'text' OR length(value) > {maxlen} "
                   f"OR instr(value, char(0)) > 0) ELSE 1 END")
    return out


def _python_value(spec: FieldSpec, raw):
    """The stored value as the model holds it; raises ValueError for a list that does not parse."""
    if spec.type == "bool" and type(raw) is int and raw in (0, 1):
        return bool(raw)
    if spec.type == "float" and type(raw) is int:
        return float(raw)
    if spec.type == "str_list" and isinstance(raw, str):
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise ValueError(raw) from None
    return raw


#: Kinds whose Dutch name is a "het" word ("het overleg, dat ..."); the others take "die".
HET_WORDS = frozenset({"meeting", "work_item", "decision", "dilemma", "agenda_item", "action_item", "parking_item",
                       "amendment", "answer"})


def capital(words: Msg) -> Msg:
    """Words with a capital first letter in both languages."""
    return Msg(words.nl[:1].upper() + words.nl[1:], words.en[:1].upper() + words.en[1:])


def relative(kind: str) -> str:
    """The Dutch relative pronoun for an entity of a kind: 'die' or 'dat'."""
    return "dat" if kind in HET_WORDS else "die"


def _shorten(value, limit: int = 40) -> str:
    text = str(value).replace("\x00", "␀")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def field_words(spec: FieldSpec) -> Msg:
    """A field's name in the user's words: 'soort', 'standpunt t.o.v. opgave'."""
    label = spec.meta.get("label")
    if label is None and spec.meta.get("ref") in KIND_NAMES:
        label = KIND_NAMES[spec.meta["ref"]]
    if label is None:
        return Msg(spec.name, spec.name)
    return Msg(label.nl[:1].lower() + label.nl[1:], label.en[:1].lower() + label.en[1:])


def entity_words(kind: str, row) -> Msg:
    """An entity in the user's words: "Partij ‘Provincie’", or "Relatie 4" when it has no name."""
    names = capital(Msg("Samenwerking", "Collaboration") if kind == "collaboration" else KIND_NAMES[kind])
    nl, en = names.nl, names.en
    for key in ("name", "title", "text"):
        value = row.get(key) if hasattr(row, "get") else None
        if isinstance(value, str) and value.strip() and "\x00" not in value:
            return Msg(f"{nl} ‘{_shorten(value.strip())}’", f"{en} ‘{_shorten(value.strip())}’")
    return Msg(f"{nl} {row.get('id', '')}".rstrip(), f"{en} {row.get('id', '')}".rstrip())


def value_problems(kind: str, spec: FieldSpec, row: dict) -> list[Msg]:
    """The problems of one stored value, in the user's words."""
    who, what, raw = entity_words(kind, row), field_words(spec), row[spec.name]
    if spec.name == "id":
        ok = type(raw) is int and raw >= 1
        return [] if ok else [Msg(f"{who.nl} heeft een ongeldig nummer ‘{raw}’.", f"{who.en} has an invalid number ‘{raw}’.")]
    try:
        value = _python_value(spec, raw)
    except ValueError:
        return [Msg(f"{who.nl}: {what.nl} is geen leesbare lijst.", f"{who.en}: {what.en} is not a readable list.")]
    choices = spec.meta.get("choices")
    if spec.type == "str" and choices is not None and isinstance(value, str) and value not in choices:
        shown = _shorten(value)
        return [Msg(f"{who.nl} heeft een onbekende {what.nl} ‘{shown}’.", f"{who.en} has an unknown {what.en} ‘{shown}’.")]
    out = []
    for p in model.check_value(spec, value, spec.name):
        shown = "leeg" if value is None else _shorten(value)
        out.append(Msg(f"{who.nl}: {what.nl} ‘{shown}’ {p.message.nl}.",
                       f"{who.en}: {what.en} ‘{'empty' if value is None else shown}’ {p.message.en}."))
    return out


@functools.lru_cache(maxsize=4)
def _row_filters(present: tuple[tuple[str, tuple[str, ...]], ...],
                 exact: bool) -> list[tuple[str, type, list[FieldSpec], str]]:
    """(kind, class, specs, SQL) per entity table: a query for the rows that break a rule."""
    out = []
    columns = dict(present)
    for kind, cls in [("collaboration", Collaboration), *KINDS.items()]:
        if kind not in columns:
            continue
        specs = [s for s in fields_of(cls) if s.stored_inline and s.name in columns[kind]]
        if kind == "collaboration" and "id" in columns[kind]:
            specs.insert(0, FieldSpec("id", "int", None, {}))
        conds = [cond for s in specs for cond in _bad_sql(s, exact)]
        if kind in ("relation", "state_relation") and {"source_id", "target_id"} <= set(columns[kind]):
            conds.append("source_id = target_id")
        if kind == "answer" and {"answer", "reason"} <= set(columns[kind]):
            conds.append(f"(answer IN ('objection', 'block') AND trim(reason, {_WHITE}) = '')")
        if conds:
            names = ", ".join(s.name for s in specs)
            out.append((kind, cls, specs, f"SELECT {names} FROM {kind} WHERE {' OR '.join(conds)}"))
    return out


def role_sets(scheme: str) -> list[str]:
    """Every canonical cell of a role scheme: 'A', 'AR', ... ('' is not stored)."""
    letters = [c for c in ROLE_ORDER if c in scheme]
    return ["".join(combo) for n in range(1, len(letters) + 1) for combo in combinations(letters, n)]


def present_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Our tables that the file has as tables, with the columns it has."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return {t: _columns(conn, t) for t in schema.TABLES if t in names}


def row_problems(conn: sqlite3.Connection, *, exact: bool = False) -> list[Msg]:
    """Every row that breaks a rule of the model, in the user's words; the file is read, never changed.

    ``exact`` says the schema is exactly ours, which makes the check cheaper.
    """
    tables = present_tables(conn)
    problems: list[Msg] = []
    key = tuple((t, tuple(c)) for t, c in tables.items())
    conn.row_factory = sqlite3.Row
    try:
        for kind, _cls, specs, sql in _row_filters(key, exact):
            for r in conn.execute(sql):
                row = dict(r)
                found = [m for s in specs for m in value_problems(kind, s, row)]
                if kind in ("relation", "state_relation") and row.get("source_id") is not None and row["source_id"] == row.get("target_id"):
                    found.append(Msg(f"{entity_words(kind, row).nl} verbindt een partij met zichzelf.",
                                     f"{entity_words(kind, row).en} links a party to itself."))
                if kind == "answer" and row.get("answer") in model.REASON_NEEDED and not str(row.get("reason", "x")).strip():
                    found.append(Msg(f"{entity_words(kind, row).nl}: een bezwaar of veto heeft een reden nodig.",
                                     f"{entity_words(kind, row).en}: an objection or block needs a reason."))
                problems += found
    finally:
        conn.row_factory = None
    if "collaboration" in tables and "id" in tables["collaboration"]:
        if not conn.execute("SELECT 1 FROM collaboration WHERE id = 1").fetchone():
            problems.append(Msg("De gegevens van de samenwerking zelf (titel, opgave, rollenschema) ontbreken.",
                                "The collaboration's own data (title, challenge, role scheme) are missing."))
    problems += _raci_problems(conn, tables)
    problems += _link_problems(conn, tables)
    problems += _reference_problems(conn, tables)
    return problems


def _scheme(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> str:
    if "raci_scheme" in tables.get("collaboration", ()):
        row = conn.execute("SELECT raci_scheme FROM collaboration WHERE id = 1").fetchone()
        if row and row[0] in model.RACI_SCHEMES:
            return row[0]
    return "RASCI"


def _raci_problems(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> list[Msg]:
    if not {"work_item_id", "party_id", "roles"} <= set(tables.get("raci", ())):
        return []
    scheme = _scheme(conn, tables)
    allowed = ", ".join(_quote(r) for r in role_sets(scheme))
    out = []
    for w, p, roles in conn.execute(
            f"SELECT work_item_id, party_id, roles FROM raci WHERE typeof(roles) != 'text' OR roles NOT IN ({allowed})"):
        shown = _shorten(roles)
        out.append(Msg(f"De RACI-cel van onderdeel {w} en partij {p} heeft een onbekende rol ‘{shown}’ "
                       f"(schema {scheme}).",
                       f"The RACI cell of work item {w} and party {p} has an unknown role ‘{shown}’ (scheme {scheme})."))
    return out


def _link_problems(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> list[Msg]:
    out = []
    for table, owner, own, other, value_col in schema.LINK_TABLES:
        if value_col is None or not {own, other, value_col} <= set(tables.get(table, ())):
            continue
        spec = next(s for s in fields_of(KINDS[owner]) if (s.meta.get("link") or ("",))[0] == table)
        allowed = ", ".join(_quote(v) for v in spec.meta["choices"])
        for o, p, v in conn.execute(
                f"SELECT {own}, {other}, {value_col} FROM {table} WHERE typeof({value_col}) != 'text' "
                f"OR {value_col} NOT IN ({allowed})"):
            name, what = capital(KIND_NAMES[owner]), field_words(spec)
            out.append(Msg(f"{name.nl} {o}: {what.nl} door partij {p} is onbekend (‘{_shorten(v)}’).",
                           f"{name.en} {o}: {what.en} by party {p} is unknown (‘{_shorten(v)}’)."))
    return out


def _reference_problems(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> list[Msg]:
    """Rows that point at an entity that is not there (PRAGMA foreign_key_check)."""
    out = []
    fk_columns: dict[str, dict[int, str]] = {}
    for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check"):
        if table not in tables:
            continue
        if table not in fk_columns:
            fk_columns[table] = {r[0]: r[3] for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (table,))}
        column = fk_columns[table].get(fkid)
        if column is None:
            continue
        found = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        value = found[0] if found else "?"
        target = KIND_NAMES.get(parent, Msg(parent, parent))
        if table in KINDS:
            row = dict(zip(("id", "name", "title", "text"), _naming_values(conn, table, rowid), strict=False))
            who = entity_words(table, row)
        elif table == "raci":
            w, p = conn.execute("SELECT work_item_id, party_id FROM raci WHERE rowid = ?", (rowid,)).fetchone()
            who = Msg(f"De RACI-cel van onderdeel {w} en partij {p}", f"The RACI cell of work item {w} and party {p}")
        elif table in schema.LINK_OWNER:
            own = schema.LINK_COLUMNS[table][0]
            owner_id = conn.execute(f"SELECT {own} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
            name = capital(KIND_NAMES[schema.LINK_OWNER[table]])
            if column == own:
                who = Msg(f"Een koppeling met een {name.nl.lower()}", f"A link with a {name.en.lower()}")
            else:
                out.append(Msg(f"{name.nl} {owner_id} noemt een partij die niet bestaat (nummer {value}).",
                               f"{name.en} {owner_id} names a party that does not exist (number {value})."))
                continue
        else:
            who = Msg(f"Een regel van ‘{table}’", f"A row of ‘{table}’")
        out.append(Msg(f"{who.nl} verwijst naar een {target.nl} {relative(parent)} niet bestaat (nummer {value}).",
                       f"{who.en} refers to a {target.en} that does not exist (number {value})."))
    return out


def _naming_values(conn: sqlite3.Connection, table: str, rowid: int) -> tuple:
    columns = set(_columns(conn, table))
    wanted = [c if c in columns else "NULL" for c in ("id", "name", "title", "text")]
    return conn.execute(f"SELECT {', '.join(wanted)} FROM {table} WHERE rowid = ?", (rowid,)).fetchone() or ()


# ---------------------------------------------------------------------------
# The whole check
# ---------------------------------------------------------------------------


def content_problems(conn: sqlite3.Connection, version: int) -> tuple[list[Msg], list[Msg]]:
    """The ways in which the file's schema, and its rows, are not what Samenwerk writes (read-only)."""
    problems = schema_problems(conn, version)
    if version == schema.SCHEMA_VERSION:
        return problems, row_problems(conn, exact=not problems)
    if problems:
        return problems, []
    copy = sqlite3.connect(":memory:")  # an older file: check the rows as the migration will leave them
    try:
        conn.backup(copy)
        for v in range(version + 1, schema.SCHEMA_VERSION + 1):
            for stmt in schema.MIGRATIONS[v]:
                copy.execute(stmt)
        return [], row_problems(copy, exact=True)
    finally:
        copy.close()


def _refusal(name: str, foreign: bool, problems: list[Msg]) -> errors.UnexpectedContentError:
    """One sentence for a file that is not exactly ours; the command line's adds how to repair it."""
    if foreign:
        reason = Msg(f"‘{name}’ bevat onderdelen die Samenwerk niet maakt en wordt daarom niet geopend",
                     f"‘{name}’ contains parts that Samenwerk does not make, so it is not opened")
    else:
        reason = Msg(f"‘{name}’ bevat gegevens die Samenwerk zo niet schrijft en wordt daarom niet geopend",
                     f"‘{name}’ contains data that Samenwerk does not write this way, so it is not opened")
    return errors.UnexpectedContentError(
        Msg(f"{reason.nl}; met ‘samenwerk repair’ maakt u er een bruikbare kopie van.",
            f"{reason.en}; ‘samenwerk repair’ makes a usable copy of it."),
        problems, reason=Msg(f"{reason.nl}.", f"{reason.en}."))


def check_contents(conn: sqlite3.Connection, version: int, name: str) -> None:
    """Refuse a file whose schema or rows are not ours with one sentence, naming each problem."""
    foreign, rows = content_problems(conn, version)
    if foreign or rows:
        raise _refusal(name, bool(foreign), foreign + rows)


def not_utf8(name: str) -> errors.UnexpectedContentError:
    """The refusal of a file with text that is not UTF-8, which SQLite stores without a check."""
    return _refusal(name, False, [Msg("Het bestand bevat tekst die geen geldige UTF-8 is.",
                                      "The file holds text that is not valid UTF-8.")])
