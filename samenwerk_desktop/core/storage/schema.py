"""The schema of the project file, derived from the model, and the migrations between its frozen versions."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerk_desktop.core.model import KINDS, Collaboration, FieldSpec, fields_of
from samenwerk_desktop.core.storage.frozen import SCHEMA_V1

APPLICATION_ID = 0x53574B31  # "SWK1"
SCHEMA_VERSION = 2
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

#: Migrations from version N-1 to N, as literal SQL; version 1 is the first schema (frozen.SCHEMA_V1).
#: Applying MIGRATIONS[1..SCHEMA_VERSION] must give what ``schema_sql()`` gives (a test keeps it so).
MIGRATIONS: dict[int, list[str]] = {
    1: list(SCHEMA_V1),
    # 2: the krachtenveldanalyse per party (trust, actor type chosen by the facilitator, participation
    # ladder now and intended) and whether its network position is its own. A party of an older file
    # keeps its position unless it shares one spot with another (an import without positions did that).
    2: [
        "ALTER TABLE party ADD COLUMN trust INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE party ADD COLUMN actor_type TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE party ADD COLUMN ladder_now TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE party ADD COLUMN ladder_intended TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE party ADD COLUMN placement TEXT NOT NULL DEFAULT 'manual'",
        "UPDATE party SET placement = 'none' WHERE (x, y) IN (SELECT x, y FROM party GROUP BY x, y HAVING COUNT(*) > 1)",
    ],
}


