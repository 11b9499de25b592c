"""The schema of the project file, derived from the model, and the migrations between its frozen versions."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerk_desktop.core.model import KINDS, Collaboration, FieldSpec, fields_of
from samenwerk_desktop.core.storage.frozen import SCHEMA_V1

APPLICATION_ID = 0x53574B31  # "SWK1"
SCHEMA_VERSION = 5
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
    ],    # 3: running a meeting: its state, clock and attendance, links to its agenda items, carried-over
    # items, each party's vote weight, a decision's lead and working group, and the rounds of a decision
    # with their answers and amendments. Additive: new columns with their defaults and four new tables.
    3: [
        'ALTER TABLE party ADD COLUMN vote_weight INTEGER NOT NULL DEFAULT 1',
        "ALTER TABLE meeting ADD COLUMN start_time TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meeting ADD COLUMN status TEXT NOT NULL DEFAULT 'planned'",
        "ALTER TABLE meeting ADD COLUMN started TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agenda_item ADD COLUMN started TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agenda_item ADD COLUMN ended TEXT NOT NULL DEFAULT ''",
        'ALTER TABLE action_item ADD COLUMN agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL',
        'ALTER TABLE action_item ADD COLUMN origin_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL',
        'CREATE INDEX action_item_agenda_item_id ON action_item(agenda_item_id)',
        'CREATE INDEX action_item_origin_meeting_id ON action_item(origin_meeting_id)',
        'ALTER TABLE parking_item ADD COLUMN agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL',
        'ALTER TABLE parking_item ADD COLUMN origin_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL',
        'CREATE INDEX parking_item_agenda_item_id ON parking_item(agenda_item_id)',
        'CREATE INDEX parking_item_origin_meeting_id ON parking_item(origin_meeting_id)',
        'ALTER TABLE agreement ADD COLUMN agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL',
        'CREATE INDEX agreement_agenda_item_id ON agreement(agenda_item_id)',
        'ALTER TABLE decision ADD COLUMN agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL',
        'ALTER TABLE decision ADD COLUMN working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL',
        'ALTER TABLE decision ADD COLUMN lead_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL',
        'CREATE INDEX decision_agenda_item_id ON decision(agenda_item_id)',
        'CREATE INDEX decision_working_group_id ON decision(working_group_id)',
        'CREATE INDEX decision_lead_party_id ON decision(lead_party_id)',
        (
            'CREATE TABLE attendance (id INTEGER PRIMARY KEY'
            ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
            ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE'
            ", status TEXT NOT NULL DEFAULT 'present'"
            ', speaker_id INTEGER REFERENCES representative(id) ON DELETE SET NULL'
            ', proxy_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
            ", proxy_name TEXT NOT NULL DEFAULT '') STRICT"
        ),
        'CREATE INDEX attendance_meeting_id ON attendance(meeting_id)',
        'CREATE INDEX attendance_party_id ON attendance(party_id)',
        'CREATE INDEX attendance_speaker_id ON attendance(speaker_id)',
        'CREATE INDEX attendance_proxy_party_id ON attendance(proxy_party_id)',
        (
            'CREATE TABLE round (id INTEGER PRIMARY KEY'
            ', decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE'
            ', meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL'
            ', agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL'
            ", text TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT ''"
            ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
        ),
        'CREATE INDEX round_decision_id ON round(decision_id)',
        'CREATE INDEX round_meeting_id ON round(meeting_id)',
        'CREATE INDEX round_agenda_item_id ON round(agenda_item_id)',
        (
            'CREATE TABLE amendment (id INTEGER PRIMARY KEY'
            ', round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE'
            ", text TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0) STRICT"
        ),
        'CREATE INDEX amendment_round_id ON amendment(round_id)',
        (
            'CREATE TABLE answer (id INTEGER PRIMARY KEY'
            ', round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE'
            ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE'
            ", answer TEXT NOT NULL DEFAULT 'consent', given_by TEXT NOT NULL DEFAULT ''"
            ", reason TEXT NOT NULL DEFAULT ''"
            ', amendment_id INTEGER REFERENCES amendment(id) ON DELETE SET NULL) STRICT'
        ),
        'CREATE INDEX answer_round_id ON answer(round_id)',
        'CREATE INDEX answer_party_id ON answer(party_id)',
        'CREATE INDEX answer_amendment_id ON answer(amendment_id)',
    ],
    # 4: how the collaboration moves: states of the field of forces (per party and per relation, with why a
    # party moved) and the collaboration check (statements per lens, checks, scores). Additive: six new tables.
    4: [
        (
            "CREATE TABLE force_state (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT ''"
            ", taken TEXT NOT NULL DEFAULT ''"
            ', meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL'
            ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
        ),
        'CREATE INDEX force_state_meeting_id ON force_state(meeting_id)',
        (
            'CREATE TABLE state_party (id INTEGER PRIMARY KEY'
            ', state_id INTEGER NOT NULL REFERENCES force_state(id) ON DELETE CASCADE'
            ', party_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
            ", name TEXT NOT NULL DEFAULT '', stance INTEGER NOT NULL DEFAULT 0"
            ', influence INTEGER NOT NULL DEFAULT 5, involvement INTEGER NOT NULL DEFAULT 5'
            ", position TEXT NOT NULL DEFAULT '', x REAL NOT NULL DEFAULT 0.0"
            ", y REAL NOT NULL DEFAULT 0.0, reason TEXT NOT NULL DEFAULT ''"
            ', agreement_id INTEGER REFERENCES agreement(id) ON DELETE SET NULL'
            ', decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL) STRICT'
        ),
        'CREATE INDEX state_party_state_id ON state_party(state_id)',
        'CREATE INDEX state_party_party_id ON state_party(party_id)',
        'CREATE INDEX state_party_agreement_id ON state_party(agreement_id)',
        'CREATE INDEX state_party_decision_id ON state_party(decision_id)',
        (
            'CREATE TABLE state_relation (id INTEGER PRIMARY KEY'
            ', state_id INTEGER NOT NULL REFERENCES force_state(id) ON DELETE CASCADE'
            ', source_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
            ', target_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
            ", type TEXT NOT NULL DEFAULT 'informal', strength INTEGER NOT NULL DEFAULT 2) STRICT"
        ),
        'CREATE INDEX state_relation_state_id ON state_relation(state_id)',
        'CREATE INDEX state_relation_source_id ON state_relation(source_id)',
        'CREATE INDEX state_relation_target_id ON state_relation(target_id)',
        (
            'CREATE TABLE scan_statement (id INTEGER PRIMARY KEY'
            ", lens TEXT NOT NULL DEFAULT 'ambition', text TEXT NOT NULL DEFAULT ''"
            ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
        ),
        (
            "CREATE TABLE scan (id INTEGER PRIMARY KEY, date TEXT NOT NULL DEFAULT ''"
            ', meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL'
            ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
        ),
        'CREATE INDEX scan_meeting_id ON scan(meeting_id)',
        (
            'CREATE TABLE scan_score (id INTEGER PRIMARY KEY'
            ', scan_id INTEGER NOT NULL REFERENCES scan(id) ON DELETE CASCADE'
            ', statement_id INTEGER NOT NULL REFERENCES scan_statement(id) ON DELETE CASCADE'
            ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE'
            ', score INTEGER NOT NULL DEFAULT 3) STRICT'
        ),
        'CREATE INDEX scan_score_scan_id ON scan_score(scan_id)',
        'CREATE INDEX scan_score_statement_id ON scan_score(statement_id)',
        'CREATE INDEX scan_score_party_id ON scan_score(party_id)',
    ],
    # 5: give-and-take and disputes. Each non-empty free-text contributes/needs of a party becomes one
    # give_take item (an offer, a need) and the two columns go; the collaboration gains its dispute
    # procedure; three new tables (give_take, dispute, dispute_step) and the link table dispute_party.
    5: [
        "ALTER TABLE collaboration ADD COLUMN dispute_procedure TEXT NOT NULL DEFAULT '[]'",
        (
            'CREATE TABLE give_take (id INTEGER PRIMARY KEY'
            ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE'
            ", kind TEXT NOT NULL DEFAULT 'need', text TEXT NOT NULL DEFAULT ''"
            ', other_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
            ', work_item_id INTEGER REFERENCES work_item(id) ON DELETE SET NULL'
            ', agreement_id INTEGER REFERENCES agreement(id) ON DELETE SET NULL'
            ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
        ),
        'CREATE INDEX give_take_party_id ON give_take(party_id)',
        'CREATE INDEX give_take_other_party_id ON give_take(other_party_id)',
        'CREATE INDEX give_take_work_item_id ON give_take(work_item_id)',
        'CREATE INDEX give_take_agreement_id ON give_take(agreement_id)',
        "INSERT INTO give_take (party_id, kind, text, sort_order)"
        " SELECT id, 'offer', contributes, 0 FROM party WHERE trim(contributes) != '' ORDER BY id",
        "INSERT INTO give_take (party_id, kind, text, sort_order)"
        " SELECT id, 'need', needs, 1 FROM party WHERE trim(needs) != '' ORDER BY id",
        'ALTER TABLE party DROP COLUMN contributes',
        'ALTER TABLE party DROP COLUMN needs',
        (
            "CREATE TABLE dispute (id INTEGER PRIMARY KEY, subject TEXT NOT NULL DEFAULT ''"
            ", since TEXT NOT NULL DEFAULT ''"
            ', agreement_id INTEGER REFERENCES agreement(id) ON DELETE SET NULL'
            ', decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL'
            ', work_item_id INTEGER REFERENCES work_item(id) ON DELETE SET NULL'
            ", step INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'open'"
            ", resolution TEXT NOT NULL DEFAULT '', visibility TEXT NOT NULL DEFAULT 'facilitator'"
            ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
        ),
        'CREATE INDEX dispute_agreement_id ON dispute(agreement_id)',
        'CREATE INDEX dispute_decision_id ON dispute(decision_id)',
        'CREATE INDEX dispute_work_item_id ON dispute(work_item_id)',
        (
            'CREATE TABLE dispute_step (id INTEGER PRIMARY KEY'
            ', dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE'
            ", step INTEGER NOT NULL DEFAULT 0, date TEXT NOT NULL DEFAULT ''"
            ", who TEXT NOT NULL DEFAULT '', what TEXT NOT NULL DEFAULT ''"
            ", outcome TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0) STRICT"
        ),
        'CREATE INDEX dispute_step_dispute_id ON dispute_step(dispute_id)',
        (
            'CREATE TABLE dispute_party (dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE'
            ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, ord INTEGER NOT NULL'
            ', PRIMARY KEY (dispute_id, party_id)) STRICT'
        ),
        'CREATE INDEX dispute_party_party_id ON dispute_party(party_id)',
    ],
}
