"""A corpus of hostile project files: each is refused by check and open, byte for byte unchanged, and repairs."""

import hashlib
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from samenwerk_desktop import cli
from samenwerk_desktop.core import errors, interchange, storage
from samenwerk_desktop.core.storage.frozen import FROZEN

SCHEMA_NOW = FROZEN[max(FROZEN)]  # the demo is written in the newest version

ROOT = Path(__file__).resolve().parents[2]
DEMO_JSON = ROOT / "resources" / "demo" / "demo.json"
PARTS = ("‘vijandig.samenwerk’ bevat onderdelen die Samenwerk niet maakt en wordt daarom niet geopend; "
         "met ‘samenwerk repair’ maakt u er een bruikbare kopie van.")
DATA = ("‘vijandig.samenwerk’ bevat gegevens die Samenwerk zo niet schrijft en wordt daarom niet geopend; "
        "met ‘samenwerk repair’ maakt u er een bruikbare kopie van.")


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rebuilt(table: str, old: str, new: str) -> list[str]:
    """Statements that rebuild one of our tables with its CREATE statement changed (``old`` -> ``new``)."""
    sql = next(s for s in SCHEMA_NOW if s.startswith(f"CREATE TABLE {table} ("))
    assert old in sql
    return ["PRAGMA legacy_alter_table = ON", f"ALTER TABLE {table} RENAME TO {table}_old",
            sql.replace(old, new), f"INSERT INTO {table} SELECT * FROM {table}_old", f"DROP TABLE {table}_old"]


@dataclass(frozen=True)
class Case:
    id: str
    statements: list[str]
    headline: str
    problem: str  # one line of what check lists
    change: str  # one line of what repair lists


PROVINCE = "UPDATE party SET name = 'Provincie' WHERE id = 2"
CASES = [
    Case("trigger-sqliteXwipe", ["CREATE TRIGGER sqliteXwipe AFTER UPDATE ON party BEGIN DELETE FROM agreement; END"],
         PARTS, "Samenwerk maakt geen trigger ‘sqliteXwipe’.", "De trigger ‘sqliteXwipe’ is weggelaten."),
    Case("trigger-SQLite1log", ["CREATE TRIGGER SQLite1log AFTER INSERT ON agreement BEGIN UPDATE party SET name = 'x'; END"],
         PARTS, "Samenwerk maakt geen trigger ‘SQLite1log’.", "De trigger ‘SQLite1log’ is weggelaten."),
    Case("view-sqliteXv", ["CREATE VIEW sqliteXv AS SELECT private_note FROM party"],
         PARTS, "Samenwerk maakt geen view ‘sqliteXv’.", "De view ‘sqliteXv’ is weggelaten."),
    Case("trigger-plain", ["CREATE TRIGGER spy AFTER INSERT ON party BEGIN UPDATE party SET private_note = 'x'; END"],
         PARTS, "Samenwerk maakt geen trigger ‘spy’.", "De trigger ‘spy’ is weggelaten."),
    Case("extra-table", ["CREATE TABLE extra (x TEXT)"],
         PARTS, "Samenwerk maakt geen tabel ‘extra’.", "De tabel ‘extra’ is weggelaten."),
    Case("missing-table", ["DROP TABLE dilemma"],
         PARTS, "De tabel ‘dilemma’ ontbreekt.", "Tabel ‘dilemma’ ontbrak en is leeg opnieuw gemaakt."),
    Case("extra-column", ["ALTER TABLE party ADD COLUMN extra TEXT"],
         PARTS, "Tabel ‘party’ heeft een kolom ‘extra’ die Samenwerk niet maakt.",
         "Tabel ‘party’ is opnieuw opgebouwd zoals Samenwerk hem maakt (alleen de eigen kolommen)."),
    Case("missing-column", ["ALTER TABLE party DROP COLUMN culture"],
         PARTS, "Tabel ‘party’ mist de kolom ‘culture’.",
         "Tabel ‘party’ is opnieuw opgebouwd zoals Samenwerk hem maakt (alleen de eigen kolommen)."),
    Case("strict-removed", rebuilt("parking_item", ") STRICT", ")"),
         PARTS, "Tabel ‘parking_item’ is niet STRICT, zoals Samenwerk hem maakt.",
         "Tabel ‘parking_item’ is opnieuw opgebouwd zoals Samenwerk hem maakt (alleen de eigen kolommen)."),
    Case("wrong-type", [*rebuilt("party", ") STRICT", ")"), PROVINCE, "UPDATE party SET stance = 'veel' WHERE id = 2"],
         PARTS, "Partij ‘Provincie’: standpunt t.o.v. opgave ‘veel’ moet een getal zijn.",
         "Partij ‘Provincie’: standpunt t.o.v. opgave ‘veel’ is geen getal; nu ‘0’."),
    Case("null", [*rebuilt("party", "stance INTEGER NOT NULL", "stance INTEGER"), PROVINCE,
                  "UPDATE party SET stance = NULL WHERE id = 2"],
         PARTS, "Partij ‘Provincie’: standpunt t.o.v. opgave ‘leeg’ moet een getal zijn.",
         "Partij ‘Provincie’: standpunt t.o.v. opgave ‘leeg’ is geen getal; nu ‘0’."),
    Case("orphan-link", ["INSERT INTO agreement_party VALUES (1, 999, 9)"],
         DATA, "Werkafspraak 1 noemt een partij die niet bestaat (nummer 999).",
         "Een koppeling van werkafspraak 1 met partij 999 is weggelaten: een van beide bestaat niet."),
    Case("orphan-reference", ["UPDATE representative SET party_id = 999 WHERE id = 1"],
         DATA, "Vertegenwoordiger ‘Ilse van Dongen’ verwijst naar een partij die niet bestaat (nummer 999).",
         "Vertegenwoordiger ‘Ilse van Dongen’ is weggelaten (met wat erbij hoort): partij ‘999’ "
         "verwijst naar iets dat er niet is."),
    Case("unknown-kind", [PROVINCE, "UPDATE party SET kind = 'bogus' WHERE id = 2"],
         DATA, "Partij ‘Provincie’ heeft een onbekende soort ‘bogus’.",
         "Partij ‘Provincie’: soort ‘bogus’ is onbekend; nu ‘Overig’."),
    Case("unknown-status", ["UPDATE agreement SET text = 'Wekelijks overleg', status = 'vergeten' WHERE id = 1"],
         DATA, "Werkafspraak ‘Wekelijks overleg’ heeft een onbekende status ‘vergeten’.",
         "Werkafspraak ‘Wekelijks overleg’: status ‘vergeten’ is onbekend; nu ‘Voorgesteld’."),
    Case("stance-99", [PROVINCE, "UPDATE party SET stance = 99 WHERE id = 2"],
         DATA, "Partij ‘Provincie’: standpunt t.o.v. opgave ‘99’ moet tussen -2 en 2 liggen.",
         "Partij ‘Provincie’: standpunt t.o.v. opgave ‘99’ lag buiten -2 tot 2; nu ‘2’."),
    Case("influence-negative", [PROVINCE, "UPDATE party SET influence = -4 WHERE id = 2"],
         DATA, "Partij ‘Provincie’: invloed ‘-4’ moet tussen 0 en 10 liggen.",
         "Partij ‘Provincie’: invloed ‘-4’ lag buiten 0 tot 10; nu ‘0’."),
    Case("bool-7", [PROVINCE, "UPDATE party SET must_consult_board = 7 WHERE id = 2"],
         DATA, "Partij ‘Provincie’: terugkoppeling naar bestuur nodig ‘7’ moet waar of onwaar zijn.",
         "Partij ‘Provincie’: terugkoppeling naar bestuur nodig ‘7’ is geen ja of nee; nu ‘nee’."),
    Case("expression-index", ["CREATE INDEX party_lower ON party(lower(name))"],
         PARTS, "Samenwerk maakt geen index ‘party_lower’.", "De index ‘party_lower’ is weggelaten."),
    Case("index-changed", ["DROP INDEX representative_party_id",
                           "CREATE INDEX representative_party_id ON representative(name)"],
         PARTS, "De index ‘representative_party_id’ is anders dan Samenwerk hem maakt.",
         "De index ‘representative_party_id’ is opnieuw gemaakt zoals Samenwerk hem maakt."),
    Case("huge-cell", [PROVINCE, "UPDATE party SET position = printf('%.*c', 100001, 'x') WHERE id = 2"],
         DATA, "Partij ‘Provincie’: standpunt ‘" + "x" * 39 + "…’ is langer dan 100000 tekens.",
         "Partij ‘Provincie’: standpunt ‘" + "x" * 39 + "…’ was te lang of bevatte ongeldige tekens; "
         "nu ‘" + "x" * 39 + "…’."),
    Case("raci-letter", ["UPDATE raci SET roles = 'Q' WHERE work_item_id = 1 AND party_id = 2"],
         DATA, "De RACI-cel van onderdeel 1 en partij 2 heeft een onbekende rol ‘Q’ (schema RACI).",
         "De RACI-cel van onderdeel 1 en partij 2: ‘Q’ past niet in RACI; nu ‘leeg’."),
    Case("raci-S-in-RACI", ["UPDATE raci SET roles = 'RS' WHERE work_item_id = 1 AND party_id = 2"],
         DATA, "De RACI-cel van onderdeel 1 en partij 2 heeft een onbekende rol ‘RS’ (schema RACI).",
         "De RACI-cel van onderdeel 1 en partij 2: ‘RS’ past niet in RACI; nu ‘R’."),
    Case("empty-collaboration", ["DELETE FROM collaboration"],
         DATA, "De gegevens van de samenwerking zelf (titel, opgave, rollenschema) ontbreken.",
         "De gegevens van de samenwerking ontbraken; ze zijn leeg opnieuw gemaakt (titel ‘vijandig’)."),
    Case("bad-list-json", [PROVINCE, "UPDATE party SET interests = '[\"ruimte\", ' WHERE id = 2"],
         DATA, "Partij ‘Provincie’: belangen is geen leesbare lijst.",
         "Partij ‘Provincie’: belangen ‘[\"ruimte\", ’ is geen leesbare lijst; nu ‘[]’."),
    Case("list-of-numbers", [PROVINCE, "UPDATE party SET interests = '[1, 2]' WHERE id = 2"],
         DATA, "Partij ‘Provincie’: belangen ‘[1, 2]’ moet tekst zijn.",
         "Partij ‘Provincie’: belangen ‘[1, 2]’ bevatte ongeldige onderdelen; nu ‘[]’."),
    Case("empty-name", ["UPDATE party SET name = '  ' WHERE id = 2"],
         DATA, "Partij 2: naam ‘  ’ mag niet leeg zijn.",
         "Partij 2 is weggelaten (met wat erbij hoort): naam ontbreekt."),
    Case("nul-character", ["UPDATE party SET name = 'Pro' || char(0) || 'vincie' WHERE id = 2"],
         DATA, "Partij 2: naam ‘Pro␀vincie’ bevat een nul-teken.",
         "Partij 2: naam ‘Pro␀vincie’ was te lang of bevatte ongeldige tekens; nu ‘Provincie’."),
    Case("orphan-to-dropped-meeting", ["UPDATE meeting SET title = 'Start' WHERE id = 1",
                                       "UPDATE meeting SET date = 'gisteren' WHERE id = 1"],
         DATA, "Overleg ‘Start’: datum ‘gisteren’ moet een datum zijn als 2026-03-31.",
         "Overleg ‘Start’ is weggelaten (met wat erbij hoort): datum ‘gisteren’ heeft niet de juiste vorm."),
    Case("relation-to-itself", ["UPDATE relation SET target_id = source_id WHERE id = 1"],
         DATA, "Relatie 1 verbindt een partij met zichzelf.", "Relatie 1 is weggelaten: die verbond een partij met zichzelf."),
    Case("bad-date", ["UPDATE agreement SET text = 'Wekelijks overleg', review_date = '2026-02-30' WHERE id = 1"],
         DATA, "Werkafspraak ‘Wekelijks overleg’: evaluatiedatum ‘2026-02-30’ moet een datum zijn als 2026-03-31.",
         "Werkafspraak ‘Wekelijks overleg’: evaluatiedatum ‘2026-02-30’ heeft niet de juiste vorm; nu ‘leeg’."),
    Case("bad-ratification", ["UPDATE ratification SET state = 'misschien' WHERE rowid = "
                              "(SELECT min(rowid) FROM ratification WHERE decision_id = 1)",
                              "UPDATE decision SET title = 'Opgave' WHERE id = 1"],
         DATA, "Besluit 1: bekrachtiging door partij 1 is onbekend (‘misschien’).",
         "Besluit ‘Opgave’: bekrachtiging door partij 1 ‘misschien’ is onbekend; nu ‘pending’."),
]


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory):
    path = tmp_path_factory.mktemp("basis") / "demo.samenwerk"
    interchange.import_file(DEMO_JSON, path)
    return path.read_bytes()


def hostile(folder: Path, demo_bytes: bytes, statements: list[str]) -> Path:
    path = folder / "vijandig.samenwerk"
    path.write_bytes(demo_bytes)
    conn = sqlite3.connect(path)
    conn.executescript(";\n".join(statements) + ";")
    conn.close()
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_check_lists_the_problem_of_a_hostile_file_and_open_refuses_it(tmp_path, demo_bytes, capsys, case):
    path = hostile(tmp_path, demo_bytes, case.statements)
    before = sha(path)
    assert cli.run_command(["check", str(path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"samenwerk: {case.headline}"
    assert f"  - {case.problem}" in lines
    assert sha(path) == before
    with pytest.raises(errors.UnexpectedContentError) as info:
        storage.Project.open(path)
    assert str(info.value) == case.headline and info.value.repairable
    assert case.problem in [str(p) for p in info.value.problems]
    assert storage.file_problems(path) == info.value.problems
    assert sha(path) == before
    assert not path.with_name(path.name + ".lock").exists()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_repair_of_a_hostile_file_writes_a_healthy_copy_and_lists_the_change(tmp_path, demo_bytes, capsys, case):
    path = hostile(tmp_path, demo_bytes, case.statements)
    before = sha(path)
    out = tmp_path / "hersteld.samenwerk"
    assert cli.run_command(["repair", str(path), "-o", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"  - {case.change}" in lines
    assert lines[-1].startswith("Herstelde kopie geschreven: ")
    assert sha(path) == before
    assert storage.file_problems(out) == []
    assert cli.run_command(["check", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"hersteld.samenwerk: in orde (bestandsversie {max(FROZEN)}, ")
    with storage.Project.open(out) as project:
        assert project.load().parties


def test_the_reproduced_wipe_trigger_is_refused_before_it_can_run(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, [
        "CREATE TRIGGER sqliteXwipe AFTER UPDATE ON party BEGIN DELETE FROM agreement; "
        "UPDATE party SET name = 'weg' WHERE id = 1; END"])
    before = sha(path)
    result = subprocess.run([sys.executable, "-m", "samenwerk_desktop", "check", str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"samenwerk: {PARTS}", "  - Samenwerk maakt geen trigger ‘sqliteXwipe’."]
    with pytest.raises(errors.UnexpectedContentError):
        storage.Project.open(path)
    assert sha(path) == before
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM agreement").fetchone()[0] == 10  # every agreement of the demo is still there
    conn.close()


@pytest.mark.parametrize("case", [c for c in CASES if c.id in ("unknown-kind", "empty-collaboration", "null")],
                         ids=lambda c: c.id)
def test_check_and_repair_through_the_command_line(tmp_path, demo_bytes, case):
    path = hostile(tmp_path, demo_bytes, case.statements)
    before = sha(path)
    check = subprocess.run([sys.executable, "-m", "samenwerk_desktop", "check", str(path)], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 2 and f"  - {case.problem}" in check.stderr.splitlines()
    assert "Traceback" not in check.stderr and "onverwachte fout" not in check.stderr
    out = tmp_path / "hersteld.samenwerk"
    repair = subprocess.run([sys.executable, "-m", "samenwerk_desktop", "repair", str(path), "-o", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert repair.returncode == 0 and f"  - {case.change}" in repair.stdout.splitlines()
    assert sha(path) == before and storage.file_problems(out) == []


def test_sqlite_statistics_tables_are_sqlites_own_and_allowed(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, ["ANALYZE"])
    assert storage.file_problems(path) == []


@pytest.mark.parametrize("name", ["sqliteXstat1", "sqlitestat1"])
def test_a_table_named_almost_like_sqlites_own_is_foreign(tmp_path, demo_bytes, name):
    path = hostile(tmp_path, demo_bytes, [f"CREATE TABLE {name} (tbl, idx, stat)"])
    assert [str(p) for p in storage.file_problems(path)] == [f"Samenwerk maakt geen tabel ‘{name}’."]


def test_a_healthy_file_has_no_problems_and_repairs_without_changes(tmp_path, demo_bytes):
    path = tmp_path / "gezond.samenwerk"
    path.write_bytes(demo_bytes)
    assert storage.file_problems(path) == []
    assert storage.repair_file(path, tmp_path / "kopie.samenwerk") == []
    assert storage.file_problems(tmp_path / "kopie.samenwerk") == []


def test_repair_never_writes_over_the_file_it_repairs(tmp_path, demo_bytes, capsys):
    path = hostile(tmp_path, demo_bytes, CASES[0].statements)
    before = sha(path)
    assert cli.run_command(["repair", str(path), "-o", str(path), "--force"]) == 2
    assert capsys.readouterr().err == ("samenwerk: De herstelde kopie kan niet over ‘vijandig.samenwerk’ zelf worden "
                                       "geschreven; kies een andere naam.\n")
    assert sha(path) == before


def test_repair_refuses_an_existing_target_without_force(tmp_path, demo_bytes, capsys):
    path = hostile(tmp_path, demo_bytes, CASES[0].statements)
    out = tmp_path / "bestaat.samenwerk"
    out.write_bytes(b"iets")
    assert cli.run_command(["repair", str(path), "-o", str(out)]) == 2
    assert "bestaat.samenwerk" in capsys.readouterr().err
    assert out.read_bytes() == b"iets"


@pytest.mark.parametrize("content, sentence", [
    (b"Dit is een notitie.\n", "samenwerk: ‘vijandig.samenwerk’ is geen Samenwerk-project (het is geen SQLite-bestand)."),
], ids=["text"])
def test_repair_refuses_a_file_that_is_not_a_project(tmp_path, capsys, content, sentence):
    path = tmp_path / "vijandig.samenwerk"
    path.write_bytes(content)
    assert cli.run_command(["repair", str(path), "-o", str(tmp_path / "uit.samenwerk")]) == 2
    assert capsys.readouterr().err.splitlines() == [sentence]
    assert not (tmp_path / "uit.samenwerk").exists()


def test_repair_refuses_a_damaged_file(tmp_path, demo_bytes, capsys):
    path = tmp_path / "vijandig.samenwerk"
    damaged = bytearray(demo_bytes)
    damaged[5 * 4096:8 * 4096] = b"\x5a" * (3 * 4096)
    path.write_bytes(bytes(damaged))
    before = sha(path)
    assert cli.run_command(["repair", str(path), "-o", str(tmp_path / "uit.samenwerk")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("samenwerk: ") and "beschadigd" in err and err.count("\n") == 1
    assert sha(path) == before and not (tmp_path / "uit.samenwerk").exists()


def test_english_problems_name_the_thing_in_english(tmp_path, demo_bytes):
    from samenwerk_desktop.core.i18n import set_language

    path = hostile(tmp_path, demo_bytes, [PROVINCE, "UPDATE party SET kind = 'bogus' WHERE id = 2"])
    set_language("en")
    assert [str(p) for p in storage.file_problems(path)] == ["Party ‘Provincie’ has an unknown kind ‘bogus’."]


def test_text_that_is_not_utf8_is_refused_when_loaded_and_repaired(tmp_path, demo_bytes, capsys):
    path = hostile(tmp_path, demo_bytes, ["UPDATE party SET name = CAST(x'ff41' AS TEXT) WHERE id = 2"])
    before = sha(path)
    assert cli.run_command(["check", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"samenwerk: {DATA}",
                                                    "  - Het bestand bevat tekst die geen geldige UTF-8 is."]
    with storage.Project.open(path, read_only=True) as project, pytest.raises(errors.UnexpectedContentError):
        project.load()
    out = tmp_path / "hersteld.samenwerk"
    assert [str(c) for c in storage.repair_file(path, out)] == [
        "In 1 tekst(en) die geen geldige UTF-8 waren, zijn de ongeldige tekens vervangen door �."]
    with storage.Project.open(out) as project:
        assert project.load().entities["party"][2].name == "�A"
    assert sha(path) == before


def test_what_depends_on_a_dropped_row_is_dropped_with_it(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, ["UPDATE meeting SET title = 'Start', date = 'gisteren' WHERE id = 1"])
    changes = [str(c) for c in storage.repair_file(path, tmp_path / "hersteld.samenwerk")]
    assert any(c.startswith("Agendapunt ") and c.endswith(" is weggelaten: dat hoorde bij overleg ‘Start’, "
                                                          "dat is weggelaten.") for c in changes)
    assert any(c.startswith("Werkafspraak ") and "afgesproken in overleg ‘1’ verwees naar overleg ‘Start’, "
               "dat is weggelaten; nu ‘leeg’." in c for c in changes)
    with storage.Project.open(tmp_path / "hersteld.samenwerk") as project:
        data = project.load()
    assert 1 not in data.entities["meeting"]
    assert all(a.meeting_id != 1 for a in data.entities["agenda_item"].values())


VALUES = ["NULL", "'bogus'", "99", "-99", "1.5", "x'00ff'", "''", "'[1,'", "'[\"a\"]'", "'{}'", "9223372036854775807",
          "-1", "0", "'2026-13-01'", "'#zzzzzz'", "printf('%.*c', 100001, 'x')", "'A'", "'RS'", "'   '", "1e300"]


def random_damage(rng) -> list[str]:
    """A few random values written into random columns of our tables, some of them no longer STRICT."""
    from samenwerk_desktop.core.storage import schema

    statements = []
    for _ in range(rng.randint(1, 4)):
        table = rng.choice(schema.TABLES)
        sql = next((s for s in SCHEMA_NOW if s.startswith(f"CREATE TABLE {table} (")), "")
        if rng.random() < 0.3:
            statements += rebuilt(table, sql, sql.replace(" STRICT", "").replace(" NOT NULL", ""))
        column = rng.choice([c.split()[0] for c in sql.split("(", 1)[1].split(", ") if c.split()[0].islower()])
        statements.append(f"UPDATE {table} SET {column} = {rng.choice(VALUES)} "
                          f"WHERE rowid IN (SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 2)")
    return statements


@pytest.mark.parametrize("seed", range(30))
def test_random_damage_is_refused_or_opens_and_always_repairs(tmp_path, demo_bytes, seed):
    import random

    path = tmp_path / "vijandig.samenwerk"
    path.write_bytes(demo_bytes)
    conn = sqlite3.connect(path)
    for stmt in random_damage(random.Random(seed)):
        try:
            conn.execute(stmt)
        except sqlite3.Error:
            pass  # a value STRICT refuses: the damage is smaller
    conn.commit()
    conn.close()
    before = sha(path)
    problems = storage.file_problems(path)
    try:
        with storage.Project.open(path, read_only=True) as project:
            project.load()
        opened = True
    except errors.UnexpectedContentError as exc:
        opened = False
        assert str(exc).endswith("maakt u er een bruikbare kopie van.")
    assert opened == (problems == [])
    storage.repair_file(path, tmp_path / "hersteld.samenwerk")
    assert storage.file_problems(tmp_path / "hersteld.samenwerk") == []
    assert sha(path) == before


def test_a_repair_change_is_said_in_dutch_and_english(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, [PROVINCE, "UPDATE party SET kind = 'bogus' WHERE id = 2"])
    [change] = storage.repair_file(path, tmp_path / "hersteld.samenwerk")
    assert change.nl == "Partij ‘Provincie’: soort ‘bogus’ is onbekend; nu ‘Overig’."
    assert change.en == "Party ‘Provincie’: kind ‘bogus’ is unknown; now ‘Other’."


@pytest.mark.parametrize("statement, problem", [
    ("INSERT INTO raci VALUES (1, 999, 'R')", "De RACI-cel van onderdeel 1 en partij 999 verwijst naar een partij die niet "
                                              "bestaat (nummer 999)."),
    ("INSERT INTO agreement_party VALUES (999, 1, 0)", "Een koppeling met een werkafspraak verwijst naar een werkafspraak "
                                                       "die niet bestaat (nummer 999)."),
    ("UPDATE agenda_item SET title = 'Opening', meeting_id = 999 WHERE id = 1",
     "Agendapunt ‘Opening’ verwijst naar een overleg dat niet bestaat (nummer 999)."),
], ids=["raci", "link-owner", "het-word"])
def test_a_reference_to_nothing_is_named_in_the_users_words(tmp_path, demo_bytes, statement, problem):
    path = hostile(tmp_path, demo_bytes, [statement])
    assert problem in [str(p) for p in storage.file_problems(path)]


def test_file_problems_of_a_file_that_cannot_be_checked_is_its_refusal(tmp_path):
    assert [str(p) for p in storage.file_problems(tmp_path / "weg.samenwerk")] == [
        "Het bestand ‘weg.samenwerk’ bestaat niet."]


def test_repair_refuses_a_file_from_a_newer_version(tmp_path, demo_bytes, capsys):
    path = hostile(tmp_path, demo_bytes, ["PRAGMA user_version = 99"])
    before = sha(path)
    assert cli.run_command(["repair", str(path), "-o", str(tmp_path / "uit.samenwerk")]) == 2
    assert "bestandsversie 99" in capsys.readouterr().err
    assert sha(path) == before and not (tmp_path / "uit.samenwerk").exists()


def test_the_windows_sentence_leaves_out_the_command(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, ["CREATE VIEW sqliteXv AS SELECT 1"])
    with pytest.raises(errors.UnexpectedContentError) as info:
        storage.Project.open(path)
    assert str(info.value.reason) == ("‘vijandig.samenwerk’ bevat onderdelen die Samenwerk niet maakt "
                                      "en wordt daarom niet geopend.")
    assert "samenwerk repair" in str(info.value)


def test_problems_are_listed_with_their_numbers_in_order(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, [f"CREATE TABLE extra{n} (x)" for n in (10, 2, 1)])
    assert [str(p) for p in storage.file_problems(path)] == [
        "Samenwerk maakt geen tabel ‘extra1’.", "Samenwerk maakt geen tabel ‘extra2’.",
        "Samenwerk maakt geen tabel ‘extra10’."]


def test_repair_never_writes_over_the_project_a_window_has_open(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, ["CREATE VIEW sqliteXv AS SELECT 1"])
    open_one = tmp_path / "open.samenwerk"
    open_one.write_bytes(demo_bytes)
    before = sha(open_one)
    with storage.Project.open(open_one) as project:
        with pytest.raises(errors.OutputRefused):
            storage.repair_file(path, open_one, force=True, open_project=project.path)
    assert sha(open_one) == before


def test_repair_of_a_file_in_wal_mode_reads_the_wal_and_changes_neither_file(tmp_path, demo_bytes):
    path = hostile(tmp_path, demo_bytes, ["CREATE VIEW sqliteXv AS SELECT 1"])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE party SET name = 'Alleen in de WAL' WHERE id = (SELECT min(id) FROM party)")
    conn.commit()
    copy = tmp_path / "kopie"
    copy.mkdir()
    for name in (path.name, path.name + "-wal"):
        (copy / name).write_bytes((tmp_path / name).read_bytes())
    conn.close()
    src = copy / path.name
    hashes = {p.name: sha(p) for p in copy.iterdir()}
    out = tmp_path / "hersteld.samenwerk"
    storage.repair_file(src, out)
    assert {p.name: sha(p) for p in copy.iterdir()} == hashes
    with storage.Project.open(out, read_only=True) as project:
        assert "Alleen in de WAL" in [p.name for p in project.load().parties]
