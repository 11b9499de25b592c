"""The schema of each released file version, written down as literal SQL: never edit a released version."""

# Version 1: the CREATE statements every file of file version 1 contains, exactly as written.
# A change to the model needs a new version: add SCHEMA_V2 and MIGRATIONS[2] in schema.py.
SCHEMA_V1: tuple[str, ...] = (
    (
        "CREATE TABLE collaboration (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT ''"
        ", challenge TEXT NOT NULL DEFAULT '', why TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT ''"
        ", facilitator TEXT NOT NULL DEFAULT '', raci_scheme TEXT NOT NULL DEFAULT 'RACI'"
        ", overload_share REAL NOT NULL DEFAULT 0.5, default_decision_rule TEXT NOT NULL DEFAULT 'consent'"
        ", map_layout TEXT NOT NULL DEFAULT 'network', created TEXT NOT NULL DEFAULT ''"
        ", updated TEXT NOT NULL DEFAULT '') STRICT"
    ),
    (
        "CREATE TABLE party (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT ''"
        ", short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other'"
        ", colour TEXT NOT NULL DEFAULT '#4c72b0', stance INTEGER NOT NULL DEFAULT 0"
        ', influence INTEGER NOT NULL DEFAULT 5, involvement INTEGER NOT NULL DEFAULT 5'
        ", position TEXT NOT NULL DEFAULT '', interests TEXT NOT NULL DEFAULT '[]'"
        ", culture TEXT NOT NULL DEFAULT '', experience TEXT NOT NULL DEFAULT ''"
        ", beliefs TEXT NOT NULL DEFAULT '', mandate TEXT NOT NULL DEFAULT ''"
        ", must_consult_board INTEGER NOT NULL DEFAULT 0, contributes TEXT NOT NULL DEFAULT ''"
        ", needs TEXT NOT NULL DEFAULT '', private_note TEXT NOT NULL DEFAULT '', x REAL NOT NULL DEFAULT 0.0"
        ', y REAL NOT NULL DEFAULT 0.0, sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    (
        'CREATE TABLE representative (id INTEGER PRIMARY KEY'
        ", party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, name TEXT NOT NULL DEFAULT ''"
        ", role TEXT NOT NULL DEFAULT '', mandate TEXT NOT NULL DEFAULT ''"
        ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    'CREATE INDEX representative_party_id ON representative(party_id)',
    (
        'CREATE TABLE relation (id INTEGER PRIMARY KEY'
        ', source_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE'
        ', target_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE'
        ", type TEXT NOT NULL DEFAULT 'informal', direction TEXT NOT NULL DEFAULT 'none'"
        ", strength INTEGER NOT NULL DEFAULT 2, note TEXT NOT NULL DEFAULT '') STRICT"
    ),
    'CREATE INDEX relation_source_id ON relation(source_id)',
    'CREATE INDEX relation_target_id ON relation(target_id)',
    (
        "CREATE TABLE working_group (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT ''"
        ", form TEXT NOT NULL DEFAULT 'working_group'"
        ", lead_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL, cadence TEXT NOT NULL DEFAULT ''"
        ", decision_rule TEXT NOT NULL DEFAULT 'consent', sort_order INTEGER NOT NULL DEFAULT 0) STRICT"
    ),
    'CREATE INDEX working_group_lead_party_id ON working_group(lead_party_id)',
    (
        "CREATE TABLE work_item (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT ''"
        ", description TEXT NOT NULL DEFAULT ''"
        ', working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL'
        ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    'CREATE INDEX work_item_working_group_id ON work_item(working_group_id)',
    (
        "CREATE TABLE meeting (id INTEGER PRIMARY KEY, date TEXT NOT NULL DEFAULT ''"
        ", title TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT ''"
        ", notes TEXT NOT NULL DEFAULT '') STRICT"
    ),
    (
        'CREATE TABLE agenda_item (id INTEGER PRIMARY KEY'
        ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ", title TEXT NOT NULL DEFAULT '', minutes INTEGER NOT NULL DEFAULT 15"
        ', owner_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
        ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    'CREATE INDEX agenda_item_meeting_id ON agenda_item(meeting_id)',
    'CREATE INDEX agenda_item_owner_party_id ON agenda_item(owner_party_id)',
    (
        'CREATE TABLE action_item (id INTEGER PRIMARY KEY'
        ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ", text TEXT NOT NULL DEFAULT '', owner_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL"
        ", due_date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open'"
        ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    'CREATE INDEX action_item_meeting_id ON action_item(meeting_id)',
    'CREATE INDEX action_item_owner_party_id ON action_item(owner_party_id)',
    (
        'CREATE TABLE parking_item (id INTEGER PRIMARY KEY'
        ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ", text TEXT NOT NULL DEFAULT '', resolved INTEGER NOT NULL DEFAULT 0"
        ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    'CREATE INDEX parking_item_meeting_id ON parking_item(meeting_id)',
    (
        "CREATE TABLE agreement (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT ''"
        ", category TEXT NOT NULL DEFAULT '', owner_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL"
        ", status TEXT NOT NULL DEFAULT 'proposed'"
        ", meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL, review_date TEXT NOT NULL DEFAULT ''"
        ', work_item_id INTEGER REFERENCES work_item(id) ON DELETE SET NULL'
        ', sort_order INTEGER NOT NULL DEFAULT 0) STRICT'
    ),
    'CREATE INDEX agreement_owner_party_id ON agreement(owner_party_id)',
    'CREATE INDEX agreement_meeting_id ON agreement(meeting_id)',
    'CREATE INDEX agreement_work_item_id ON agreement(work_item_id)',
    (
        "CREATE TABLE decision (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT ''"
        ", text TEXT NOT NULL DEFAULT '', rule TEXT NOT NULL DEFAULT 'consent', date TEXT NOT NULL DEFAULT ''"
        ', meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL'
        ", outcome TEXT NOT NULL DEFAULT 'pending', sort_order INTEGER NOT NULL DEFAULT 0) STRICT"
    ),
    'CREATE INDEX decision_meeting_id ON decision(meeting_id)',
    (
        'CREATE TABLE dilemma (id INTEGER PRIMARY KEY'
        ", party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, title TEXT NOT NULL DEFAULT ''"
        ", own_interest TEXT NOT NULL DEFAULT '', collective_interest TEXT NOT NULL DEFAULT ''"
        ", strategy TEXT NOT NULL DEFAULT 'negotiate', status TEXT NOT NULL DEFAULT 'open'"
        ", resolution TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0) STRICT"
    ),
    'CREATE INDEX dilemma_party_id ON dilemma(party_id)',
    (
        'CREATE TABLE raci (work_item_id INTEGER NOT NULL REFERENCES work_item(id) ON DELETE CASCADE'
        ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, roles TEXT NOT NULL'
        ', PRIMARY KEY (work_item_id, party_id)) STRICT'
    ),
    'CREATE INDEX raci_party_id ON raci(party_id)',
    (
        'CREATE TABLE meeting_attendee (meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, ord INTEGER NOT NULL'
        ', PRIMARY KEY (meeting_id, party_id)) STRICT'
    ),
    'CREATE INDEX meeting_attendee_party_id ON meeting_attendee(party_id)',
    (
        'CREATE TABLE agreement_party (agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE'
        ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, ord INTEGER NOT NULL'
        ', PRIMARY KEY (agreement_id, party_id)) STRICT'
    ),
    'CREATE INDEX agreement_party_party_id ON agreement_party(party_id)',
    (
        'CREATE TABLE ratification (decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE'
        ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, state TEXT NOT NULL'
        ', ord INTEGER NOT NULL, PRIMARY KEY (decision_id, party_id)) STRICT'
    ),
    'CREATE INDEX ratification_party_id ON ratification(party_id)',
)

# Version 2: the party table gains trust, actor_type, ladder_now, ladder_intended and placement
# (ALTER TABLE ... ADD COLUMN appends them to the CREATE statement, exactly as written here);
# every other statement is version 1's.
_PARTY_V2 = (
    "CREATE TABLE party (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT ''"
    ", short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other'"
    ", colour TEXT NOT NULL DEFAULT '#4c72b0', stance INTEGER NOT NULL DEFAULT 0"
    ', influence INTEGER NOT NULL DEFAULT 5, involvement INTEGER NOT NULL DEFAULT 5'
    ", position TEXT NOT NULL DEFAULT '', interests TEXT NOT NULL DEFAULT '[]'"
    ", culture TEXT NOT NULL DEFAULT '', experience TEXT NOT NULL DEFAULT ''"
    ", beliefs TEXT NOT NULL DEFAULT '', mandate TEXT NOT NULL DEFAULT ''"
    ", must_consult_board INTEGER NOT NULL DEFAULT 0, contributes TEXT NOT NULL DEFAULT ''"
    ", needs TEXT NOT NULL DEFAULT '', private_note TEXT NOT NULL DEFAULT '', x REAL NOT NULL DEFAULT 0.0"
    ', y REAL NOT NULL DEFAULT 0.0, sort_order INTEGER NOT NULL DEFAULT 0, trust INTEGER NOT NULL DEFAULT 0'
    ", actor_type TEXT NOT NULL DEFAULT '', ladder_now TEXT NOT NULL DEFAULT ''"
    ", ladder_intended TEXT NOT NULL DEFAULT '', placement TEXT NOT NULL DEFAULT 'manual') STRICT"
)
SCHEMA_V2: tuple[str, ...] = tuple(_PARTY_V2 if stmt.startswith("CREATE TABLE party ") else stmt
                                   for stmt in SCHEMA_V1)

# Version 3: running a meeting. Seven tables gain columns (ALTER TABLE ... ADD COLUMN appends them to the
# CREATE statement, exactly as written here), new indexes follow their table's, and four new tables
# (attendance, round, amendment, answer) follow dilemma's; every other statement is version 2's.
_CHANGED_V3: dict[str, str] = {
    'party': (
        "CREATE TABLE party (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT ''"
        ", short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other'"
        ", colour TEXT NOT NULL DEFAULT '#4c72b0', stance INTEGER NOT NULL DEFAULT 0"
        ', influence INTEGER NOT NULL DEFAULT 5, involvement INTEGER NOT NULL DEFAULT 5'
        ", position TEXT NOT NULL DEFAULT '', interests TEXT NOT NULL DEFAULT '[]'"
        ", culture TEXT NOT NULL DEFAULT '', experience TEXT NOT NULL DEFAULT ''"
        ", beliefs TEXT NOT NULL DEFAULT '', mandate TEXT NOT NULL DEFAULT ''"
        ", must_consult_board INTEGER NOT NULL DEFAULT 0, contributes TEXT NOT NULL DEFAULT ''"
        ", needs TEXT NOT NULL DEFAULT '', private_note TEXT NOT NULL DEFAULT ''"
        ', x REAL NOT NULL DEFAULT 0.0, y REAL NOT NULL DEFAULT 0.0'
        ', sort_order INTEGER NOT NULL DEFAULT 0, trust INTEGER NOT NULL DEFAULT 0'
        ", actor_type TEXT NOT NULL DEFAULT '', ladder_now TEXT NOT NULL DEFAULT ''"
        ", ladder_intended TEXT NOT NULL DEFAULT '', placement TEXT NOT NULL DEFAULT 'manual'"
        ', vote_weight INTEGER NOT NULL DEFAULT 1) STRICT'
    ),
    'meeting': (
        "CREATE TABLE meeting (id INTEGER PRIMARY KEY, date TEXT NOT NULL DEFAULT ''"
        ", title TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT ''"
        ", notes TEXT NOT NULL DEFAULT '', start_time TEXT NOT NULL DEFAULT ''"
        ", status TEXT NOT NULL DEFAULT 'planned', started TEXT NOT NULL DEFAULT '') STRICT"
    ),
    'agenda_item': (
        'CREATE TABLE agenda_item (id INTEGER PRIMARY KEY'
        ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ", title TEXT NOT NULL DEFAULT '', minutes INTEGER NOT NULL DEFAULT 15"
        ', owner_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
        ", sort_order INTEGER NOT NULL DEFAULT 0, started TEXT NOT NULL DEFAULT ''"
        ", ended TEXT NOT NULL DEFAULT '') STRICT"
    ),
    'action_item': (
        'CREATE TABLE action_item (id INTEGER PRIMARY KEY'
        ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ", text TEXT NOT NULL DEFAULT '', owner_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL"
        ", due_date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open'"
        ', sort_order INTEGER NOT NULL DEFAULT 0'
        ', agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL'
        ', origin_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL) STRICT'
    ),
    'parking_item': (
        'CREATE TABLE parking_item (id INTEGER PRIMARY KEY'
        ', meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE'
        ", text TEXT NOT NULL DEFAULT '', resolved INTEGER NOT NULL DEFAULT 0"
        ', sort_order INTEGER NOT NULL DEFAULT 0'
        ', agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL'
        ', origin_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL) STRICT'
    ),
    'agreement': (
        "CREATE TABLE agreement (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT ''"
        ", category TEXT NOT NULL DEFAULT ''"
        ', owner_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL'
        ", status TEXT NOT NULL DEFAULT 'proposed'"
        ', meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL'
        ", review_date TEXT NOT NULL DEFAULT ''"
        ', work_item_id INTEGER REFERENCES work_item(id) ON DELETE SET NULL'
        ', sort_order INTEGER NOT NULL DEFAULT 0'
        ', agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL) STRICT'
    ),
    'decision': (
        "CREATE TABLE decision (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT ''"
        ", text TEXT NOT NULL DEFAULT '', rule TEXT NOT NULL DEFAULT 'consent'"
        ", date TEXT NOT NULL DEFAULT '', meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL"
        ", outcome TEXT NOT NULL DEFAULT 'pending', sort_order INTEGER NOT NULL DEFAULT 0"
        ', agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL'
        ', working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL'
        ', lead_party_id INTEGER REFERENCES party(id) ON DELETE SET NULL) STRICT'
    ),
}
#: New statements of version 3, each group placed after the version 2 statement it follows.
_ADDED_V3: dict[str, tuple[str, ...]] = {
    'CREATE INDEX action_item_owner_party_id ON action_item(owner_party_id)': (
        'CREATE INDEX action_item_agenda_item_id ON action_item(agenda_item_id)',
        'CREATE INDEX action_item_origin_meeting_id ON action_item(origin_meeting_id)',
    ),
    'CREATE INDEX parking_item_meeting_id ON parking_item(meeting_id)': (
        'CREATE INDEX parking_item_agenda_item_id ON parking_item(agenda_item_id)',
        'CREATE INDEX parking_item_origin_meeting_id ON parking_item(origin_meeting_id)',
    ),
    'CREATE INDEX agreement_work_item_id ON agreement(work_item_id)': (
        'CREATE INDEX agreement_agenda_item_id ON agreement(agenda_item_id)',
    ),
    'CREATE INDEX decision_meeting_id ON decision(meeting_id)': (
        'CREATE INDEX decision_agenda_item_id ON decision(agenda_item_id)',
        'CREATE INDEX decision_working_group_id ON decision(working_group_id)',
        'CREATE INDEX decision_lead_party_id ON decision(lead_party_id)',
    ),
    'CREATE INDEX dilemma_party_id ON dilemma(party_id)': (
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
    ),
}


def _v3() -> tuple[str, ...]:
    out: list[str] = []
    for stmt in SCHEMA_V2:
        table = stmt.split()[2] if stmt.startswith("CREATE TABLE ") else ""
        out.append(_CHANGED_V3.get(table, stmt))
        out.extend(_ADDED_V3.get(stmt, ()))
    return tuple(out)


SCHEMA_V3: tuple[str, ...] = _v3()

# Version 4: how the collaboration moves. Six new tables (force_state, state_party, state_relation,
# scan_statement, scan, scan_score) with their indexes follow answer's; every other statement is version 3's.
_ADDED_V4: tuple[str, ...] = (
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
)
SCHEMA_V4: tuple[str, ...] = tuple(
    s for stmt in SCHEMA_V3
    for s in ((stmt, *_ADDED_V4) if stmt == 'CREATE INDEX answer_amendment_id ON answer(amendment_id)' else (stmt,))
)


# Version 5: give-and-take and disputes. The collaboration gains its dispute procedure (ADD COLUMN appends
# it); the party loses contributes and needs (DROP COLUMN cuts them out of its CREATE statement, exactly as
# written here), whose texts became give_take rows; give_take, dispute and dispute_step with their indexes
# follow scan_score's, the link table dispute_party follows ratification's; every other statement is version 4's.
_CHANGED_V5: dict[str, str] = {
    'collaboration': (
        "CREATE TABLE collaboration (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT ''"
        ", challenge TEXT NOT NULL DEFAULT '', why TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT ''"
        ", facilitator TEXT NOT NULL DEFAULT '', raci_scheme TEXT NOT NULL DEFAULT 'RACI'"
        ", overload_share REAL NOT NULL DEFAULT 0.5, default_decision_rule TEXT NOT NULL DEFAULT 'consent'"
        ", map_layout TEXT NOT NULL DEFAULT 'network', created TEXT NOT NULL DEFAULT ''"
        ", updated TEXT NOT NULL DEFAULT '', dispute_procedure TEXT NOT NULL DEFAULT '[]') STRICT"
    ),
    'party': (
        "CREATE TABLE party (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT ''"
        ", short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other'"
        ", colour TEXT NOT NULL DEFAULT '#4c72b0', stance INTEGER NOT NULL DEFAULT 0"
        ', influence INTEGER NOT NULL DEFAULT 5, involvement INTEGER NOT NULL DEFAULT 5'
        ", position TEXT NOT NULL DEFAULT '', interests TEXT NOT NULL DEFAULT '[]'"
        ", culture TEXT NOT NULL DEFAULT '', experience TEXT NOT NULL DEFAULT ''"
        ", beliefs TEXT NOT NULL DEFAULT '', mandate TEXT NOT NULL DEFAULT ''"
        ", must_consult_board INTEGER NOT NULL DEFAULT 0, private_note TEXT NOT NULL DEFAULT ''"
        ', x REAL NOT NULL DEFAULT 0.0, y REAL NOT NULL DEFAULT 0.0, sort_order INTEGER NOT NULL DEFAULT 0'
        ", trust INTEGER NOT NULL DEFAULT 0, actor_type TEXT NOT NULL DEFAULT ''"
        ", ladder_now TEXT NOT NULL DEFAULT '', ladder_intended TEXT NOT NULL DEFAULT ''"
        ", placement TEXT NOT NULL DEFAULT 'manual', vote_weight INTEGER NOT NULL DEFAULT 1) STRICT"
    ),
}
_ADDED_V5: dict[str, tuple[str, ...]] = {
    'CREATE INDEX scan_score_party_id ON scan_score(party_id)': (
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
    ),
    'CREATE INDEX ratification_party_id ON ratification(party_id)': (
        (
            'CREATE TABLE dispute_party (dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE'
            ', party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, ord INTEGER NOT NULL'
            ', PRIMARY KEY (dispute_id, party_id)) STRICT'
        ),
        'CREATE INDEX dispute_party_party_id ON dispute_party(party_id)',
    ),
}


def _v5() -> tuple[str, ...]:
    out: list[str] = []
    for stmt in SCHEMA_V4:
        table = stmt.split()[2] if stmt.startswith("CREATE TABLE ") else ""
        out.append(_CHANGED_V5.get(table, stmt))
        out.extend(_ADDED_V5.get(stmt, ()))
    return tuple(out)


SCHEMA_V5: tuple[str, ...] = _v5()

#: The literal schema of each released file version.
FROZEN: dict[int, tuple[str, ...]] = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5}
