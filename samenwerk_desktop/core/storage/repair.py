"""A usable copy of a file that is not exactly ours: read leniently, apply one rule per kind of violation, write anew.

The rules (docs/file-format.md): a foreign object is left out; a number out of range is clamped; an unknown
choice becomes the field's default; a link row to a missing entity is dropped; a row that lacks a required
value is dropped together with the rows that depend on it; list JSON that does not parse becomes an empty
list; a missing collaboration row is recreated empty. The original file is never changed.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from samenwerk_desktop.core import errors, model
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import KINDS, Collaboration, FieldSpec, fields_of
from samenwerk_desktop.core.storage import schema, verify
from samenwerk_desktop.core.storage.inspect import harden, inspect_file, ro_uri
from samenwerk_desktop.core.storage.newfile import write_new
from samenwerk_desktop.core.storage.safefile import drop_snapshot, in_wal_mode, private_snapshot


def file_problems(path: str | os.PathLike) -> list[Msg]:
    """Every problem that stops the file from opening (empty for a healthy file)."""
    try:
        inspect_file(path)
    except errors.UnexpectedContentError as exc:
        return list(exc.problems) or [exc.message]
    except errors.FileRefused as exc:
        return [exc.message]
    return []


def repair_file(src: str | os.PathLike, dst: str | os.PathLike, *, force: bool = False,
                open_project: str | os.PathLike | None = None) -> list[Msg]:
    """Write a repaired copy of ``src`` to ``dst`` and return each change made; ``src`` is not touched.

    A file that is damaged, not a project or from a newer version is refused with its own sentence;
    ``dst`` follows the rule of every output (``check_output``), with ``open_project`` the project a
    window has open.
    """
    src, dst = Path(src), Path(dst)
    try:
        inspect_file(src)
    except errors.UnexpectedContentError:
        pass
    if dst.exists() and os.path.samefile(src, dst):
        raise errors.OutputRefused(Msg(
            f"De herstelde kopie kan niet over ‘{src.name}’ zelf worden geschreven; kies een andere naam.",
            f"The repaired copy cannot be written over ‘{src.name}’ itself; choose another name."))
    snapshot = private_snapshot(src) if in_wal_mode(src) else None  # a -wal is read, never changed
    conn = sqlite3.connect(ro_uri(snapshot or src), uri=True)
    try:
        harden(conn)
        undecodable = []

        def text(raw: bytes) -> str:
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                undecodable.append(raw)
                return raw.decode("utf-8", "replace")

        conn.text_factory = text
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        changes = _schema_changes(conn, min(version, schema.SCHEMA_VERSION))
        data, row_changes = _Reader(conn, src.stem).read()
        if undecodable:
            changes.append(Msg(f"In {len(undecodable)} tekst(en) die geen geldige UTF-8 waren, zijn de ongeldige tekens "
                               f"vervangen door �.",
                               f"In {len(undecodable)} text(s) that were not valid UTF-8, the invalid characters were "
                               f"replaced by �."))
    except sqlite3.DatabaseError:
        raise errors.DamagedError(Msg(
            f"‘{src.name}’ is te zeer beschadigd om te herstellen; gebruik een reservekopie.",
            f"‘{src.name}’ is too damaged to repair; use a backup copy.")) from None
    finally:
        conn.close()
        drop_snapshot(snapshot)
    write_new(dst, data, force=force, open_project=open_project)
    return changes + row_changes


def _schema_changes(conn: sqlite3.Connection, version: int) -> list[Msg]:
    expected, _ = verify.frozen_schema(version)
    ours = {o[1]: o for o in expected}
    out = []
    for kind, name, _table, _sql in sorted(verify.schema_objects(conn) - expected - verify.SQLITE_OWN,
                                           key=verify.natural):
        what = verify.TYPE_NAMES.get(kind, Msg(kind, kind))
        if name in ours and ours[name][0] == kind == "table":
            out.append(Msg(f"Tabel ‘{name}’ is opnieuw opgebouwd zoals Samenwerk hem maakt (alleen de eigen kolommen).",
                           f"Table ‘{name}’ was rebuilt as Samenwerk makes it (its own columns only)."))
        elif name not in ours or ours[name][0] != kind:
            out.append(Msg(f"De {what.nl} ‘{name}’ is weggelaten.", f"The {what.en} ‘{name}’ was left out."))
        else:
            out.append(Msg(f"De {what.nl} ‘{name}’ is opnieuw gemaakt zoals Samenwerk hem maakt.",
                           f"The {what.en} ‘{name}’ was made anew as Samenwerk makes it."))
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for table in schema.TABLES:
        if table not in names:
            out.append(Msg(f"Tabel ‘{table}’ ontbrak en is leeg opnieuw gemaakt.",
                           f"Table ‘{table}’ was missing and was made anew, empty."))
    return out


def _shown(value) -> str:
    return "leeg" if value is None or value == "" else verify._shorten(value)


def _in_words(spec: FieldSpec, value) -> Msg:
    """A kept value as the user sees it: a choice by its label ('Overig'), yes or no for a bool."""
    label = (spec.meta.get("choices") or {}).get(value) if isinstance(value, str) else None
    if isinstance(label, Msg):
        return label
    if isinstance(value, bool):
        return Msg("ja", "yes") if value else Msg("nee", "no")
    if value is None or value == "":
        return Msg("leeg", "empty")
    return Msg(_shown(value), _shown(value))


class _Reader:
    """Reads our tables and our columns only, fixing each value by the rules and saying what it changed."""

    def __init__(self, conn: sqlite3.Connection, stem: str):
        self.conn = conn
        self.stem = stem
        self.tables = verify.present_tables(conn)
        self.changes: list[Msg] = []
        self.data = CollaborationData()
        #: kind -> id -> words of the entities left out, so that what depends on them says so
        self.dropped: dict[str, dict[int, Msg]] = {kind: {} for kind in KINDS}

    def note(self, nl: str, en: str) -> None:
        self.changes.append(Msg(nl, en))

    def rows(self, table: str, columns: list[str], order: str = "rowid"):
        have = self.tables.get(table)
        if have is None:
            return []
        wanted = [c if c in have else "NULL" for c in columns]
        self.conn.row_factory = sqlite3.Row
        try:
            return [dict(zip(columns, tuple(r), strict=True))
                    for r in self.conn.execute(f"SELECT {', '.join(wanted)} FROM {table} ORDER BY {order}")]
        finally:
            self.conn.row_factory = None

    def read(self) -> tuple[CollaborationData, list[Msg]]:
        self._collaboration()
        for kind, cls in KINDS.items():
            self._entities(kind, cls)
        self._links()
        self._raci()
        return self.data, self.changes

    # -- values -----------------------------------------------------------------

    def fix(self, kind: str, spec: FieldSpec, raw, who: Msg):
        """The value to keep, or ``_DROP`` when the row lacks a required value."""
        value, why = _fixed(spec, raw)
        if spec.type == "ref" and value is not None and value not in self.data.entities[spec.meta["ref"]]:
            gone = self.dropped[spec.meta["ref"]].get(value)
            if gone is not None and spec.meta.get("required"):
                self.note(f"{who.nl} is weggelaten: {verify.relative(kind)} hoorde bij "
                          f"{gone.nl[:1].lower() + gone.nl[1:]}, {verify.relative(spec.meta['ref'])} is weggelaten.",
                          f"{who.en} was left out: it belonged to {gone.en[:1].lower() + gone.en[1:]}, which was left out.")
                return _DROP
            if gone is not None:
                value, why = None, Msg(f"verwees naar {gone.nl[:1].lower() + gone.nl[1:]}, "
                                       f"{verify.relative(spec.meta['ref'])} is weggelaten",
                                       f"referred to {gone.en[:1].lower() + gone.en[1:]}, which was left out")
            else:
                value, why = None, Msg("verwijst naar iets dat er niet is", "refers to something that is not there")
        if spec.meta.get("required") and (value is None or (isinstance(value, str) and not value.strip())):
            what = verify.field_words(spec)
            if why is None:
                self.note(f"{who.nl} is weggelaten (met wat erbij hoort): {what.nl} ontbreekt.",
                          f"{who.en} was left out (with what belongs to it): its {what.en} is missing.")
            else:
                self.note(f"{who.nl} is weggelaten (met wat erbij hoort): {what.nl} ‘{_shown(raw)}’ {why.nl}.",
                          f"{who.en} was left out (with what belongs to it): its {what.en} ‘{_shown(raw)}’ {why.en}.")
            return _DROP
        if why is not None:
            what = verify.field_words(spec)
            new = _in_words(spec, value)
            self.note(f"{who.nl}: {what.nl} ‘{_shown(raw)}’ {why.nl}; nu ‘{new.nl}’.",
                      f"{who.en}: {what.en} ‘{_shown(raw)}’ {why.en}; now ‘{new.en}’.")
        return value

    def _collaboration(self) -> None:
        specs = fields_of(Collaboration)
        found = [r for r in self.rows("collaboration", ["id", *(s.name for s in specs)]) if r["id"] == 1]
        if not found:
            self.data.collaboration = Collaboration(title=self.stem or "Samenwerking")
            self.note(f"De gegevens van de samenwerking ontbraken; ze zijn leeg opnieuw gemaakt (titel ‘{self.stem}’).",
                      f"The collaboration's own data were missing; they were made anew, empty (title ‘{self.stem}’).")
            return
        row, who = found[0], verify.entity_words("collaboration", found[0])
        values = {}
        for spec in specs:
            if spec.name == "title":  # the one row that is never dropped: it gets a title instead
                value = _fixed(spec, row["title"])[0]
                if not (value or "").strip():
                    value = self.stem or "Samenwerking"
                    self.note(f"De samenwerking had geen titel; nu ‘{value}’.",
                              f"The collaboration had no title; now ‘{value}’.")
            else:
                value = self.fix("collaboration", spec, row[spec.name], who)
            values[spec.name] = value
        self.data.collaboration = Collaboration(**values)

    def _entities(self, kind: str, cls: type) -> None:
        specs = [s for s in fields_of(cls) if s.stored_inline]
        kept = self.data.entities[kind]
        for row in self.rows(kind, [s.name for s in specs], order="id"):
            who = verify.entity_words(kind, row)
            if type(row["id"]) is not int or row["id"] < 1 or row["id"] in kept:
                self.note(f"{who.nl} is weggelaten: het nummer ‘{_shown(row['id'])}’ is ongeldig.",
                          f"{who.en} was left out: its number ‘{_shown(row['id'])}’ is not valid.")
                continue
            values = {"id": row["id"]}
            for spec in specs[1:]:
                value = self.fix(kind, spec, row[spec.name], who)
                if value is _DROP:
                    self.dropped[kind][row["id"]] = who
                    break
                values[spec.name] = value
            else:
                entity = cls(**values)
                if kind in ("relation", "state_relation") and entity.source_id is not None and entity.source_id == entity.target_id:
                    self.note(f"{who.nl} is weggelaten: die verbond een partij met zichzelf.",
                              f"{who.en} was left out: it linked a party to itself.")
                    continue
                if model.validate(entity):  # a last guard: nothing is written that the model refuses
                    self.note(f"{who.nl} is weggelaten: {verify.relative(kind)} voldoet niet aan de regels.",
                              f"{who.en} was left out: it does not follow the rules.")
                    continue
                kept[row["id"]] = entity

    def _links(self) -> None:
        for table, owner, own, other, value_col in schema.LINK_TABLES:
            spec = next(s for s in fields_of(KINDS[owner]) if (s.meta.get("link") or ("",))[0] == table)
            columns = [own, other, *([value_col] if value_col else [])]
            owners = self.data.entities[owner]
            for row in self.rows(table, columns, order=f"{own}, ord"):
                entity, party = owners.get(row[own]), row[other]
                if row[own] in self.dropped[owner] or party in self.dropped["party"]:
                    continue  # said already: left out with what belongs to it
                if entity is None or party not in self.data.entities["party"]:
                    name = model.KIND_NAMES[owner]
                    self.note(f"Een koppeling van {name.nl} {_shown(row[own])} met partij {_shown(party)} is weggelaten: "
                              f"een van beide bestaat niet.",
                              f"A link of {name.en} {_shown(row[own])} with party {_shown(party)} was left out: "
                              f"one of them does not exist.")
                    continue
                value = getattr(entity, spec.name)
                if party in value:
                    continue
                if value_col:
                    state = row[value_col]
                    if state not in spec.meta["choices"]:
                        default = next(iter(spec.meta["choices"]))
                        self.note(f"{verify.entity_words(owner, vars(entity)).nl}: {verify.field_words(spec).nl} door "
                                  f"partij {party} ‘{_shown(state)}’ is onbekend; nu ‘{default}’.",
                                  f"{verify.entity_words(owner, vars(entity)).en}: {verify.field_words(spec).en} by "
                                  f"party {party} ‘{_shown(state)}’ is unknown; now ‘{default}’.")
                        state = default
                    value[party] = state
                else:
                    value.append(party)

    def _raci(self) -> None:
        scheme = self.data.collaboration.raci_scheme
        for row in self.rows("raci", ["work_item_id", "party_id", "roles"]):
            w, p, roles = row["work_item_id"], row["party_id"], row["roles"]
            if w in self.dropped["work_item"] or p in self.dropped["party"]:
                continue
            if w not in self.data.entities["work_item"] or p not in self.data.entities["party"]:
                self.note(f"De RACI-cel van onderdeel {_shown(w)} en partij {_shown(p)} is weggelaten: "
                          f"een van beide bestaat niet.",
                          f"The RACI cell of work item {_shown(w)} and party {_shown(p)} was left out: "
                          f"one of them does not exist.")
                continue
            text = roles if isinstance(roles, str) else ""
            fixed = "".join(c for c in model.ROLE_ORDER if c in text.upper() and c in scheme)
            if fixed != text:
                self.note(f"De RACI-cel van onderdeel {w} en partij {p}: ‘{_shown(roles)}’ past niet in {scheme}; "
                          f"nu ‘{model.format_roles(fixed) or 'leeg'}’.",
                          f"The RACI cell of work item {w} and party {p}: ‘{_shown(roles)}’ does not fit {scheme}; "
                          f"now ‘{model.format_roles(fixed) or 'empty'}’.")
            if fixed:
                self.data.raci[(w, p)] = fixed


_DROP = object()


def _fixed(spec: FieldSpec, raw) -> tuple[object, Msg | None]:
    """A value that passes the field's rules, and why it differs from ``raw`` (None when it does not)."""
    meta, t, default = spec.meta, spec.type, spec.default
    if t == "ref":
        if raw is None:
            return None, None
        if type(raw) is int and 1 <= raw <= model.INT_MAX:
            return raw, None
        return None, Msg("is geen geldig nummer", "is not a valid number")
    if t == "bool":
        if type(raw) is int and raw in (0, 1):
            return bool(raw), None
        return default, Msg("is geen ja of nee", "is not yes or no")
    if t in ("int", "float"):
        if isinstance(raw, bool) or not isinstance(raw, int | float) or raw != raw:
            return default, Msg("is geen getal", "is not a number")
        value = int(raw) if t == "int" and raw == int(raw) else raw
        if t == "int" and type(value) is not int:
            return default, Msg("is geen geheel getal", "is not a whole number")
        lo, hi = meta.get("min"), meta.get("max")
        if t == "int":
            lo = model.INT_MIN if lo is None else lo
            hi = model.INT_MAX if hi is None else hi
        clamped = value
        if lo is not None and clamped < lo:
            clamped = lo
        if hi is not None and clamped > hi:
            clamped = hi
        if t == "float":
            clamped = float(clamped)
        if clamped != raw:
            return clamped, Msg(f"lag buiten {lo} tot {hi}", f"was outside {lo} to {hi}")
        return clamped, None
    if t == "str_list":
        try:
            value = json.loads(raw) if isinstance(raw, str) else None
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, list):
            return [], Msg("is geen leesbare lijst", "is not a readable list")
        items = [_clean_text(v, meta.get("maxlen") or model.TEXT_MAX) for v in value if isinstance(v, str)]
        return items, None if items == value else Msg("bevatte ongeldige onderdelen", "held invalid items")
    # text
    if not isinstance(raw, str):
        return default, Msg("is geen tekst", "is not text")
    value = _clean_text(raw, meta.get("maxlen"))
    if meta.get("choices") is not None and value not in meta["choices"]:
        return default, Msg("is onbekend", "is unknown")
    if meta.get("fmt") and model.check_value(spec, value, spec.name):
        return default, Msg("heeft niet de juiste vorm", "does not have the right form")
    return value, None if value == raw else Msg("was te lang of bevatte ongeldige tekens",
                                                "was too long or held invalid characters")


def _clean_text(value: str, maxlen: int | None) -> str:
    value = value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    return value[:maxlen] if maxlen else value
