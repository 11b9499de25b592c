"""The command line, run as a user runs it: `python -m samenwerk_desktop ...` in a subprocess."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import samenwerk_desktop
from samenwerk_desktop.core import storage

SOURCE = Path(samenwerk_desktop.__file__).resolve().parents[1]
DEMO_JSON = Path(__file__).resolve().parents[1] / "resources" / "demo" / "demo.json"


def samenwerk(*args, cwd, lang="nl"):
    """Run the program; returns (exit code, stdout, stderr)."""
    env = dict(os.environ, SAMENWERK_LANG=lang, PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "samenwerk_desktop", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stderr + done.stdout
    return done.returncode, done.stdout, done.stderr


def user_error(result) -> str:
    """A user error: exit code 2 and exactly one line on stderr starting 'samenwerk:'."""
    code, _, err = result
    assert code == 2, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("samenwerk: "), err
    return lines[0]


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo project written by the CLI once for this module (tests copy it before changing anything)."""
    folder = tmp_path_factory.mktemp("cli")
    code, out, err = samenwerk("demo", "voorbeeld.samenwerk", cwd=folder)
    assert code == 0, err
    return folder / "voorbeeld.samenwerk"


def test_version(tmp_path):
    code, out, err = samenwerk("--version", cwd=tmp_path)
    assert (code, out.strip(), err) == (0, f"samenwerk {samenwerk_desktop.__version__}", "")


def test_demo_writes_a_project_with_the_demo_collaboration(demo_file):
    with storage.Project.open(demo_file, read_only=True) as project:
        data = project.load()
    assert data.collaboration.title == "Warm en Droog Maasoever"
    assert len(data.parties) == 10 and len(data.meetings) == 3


def test_demo_says_where_it_wrote(tmp_path):
    code, out, err = samenwerk("demo", "nieuw.samenwerk", cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out.strip() == "Voorbeeldproject geschreven: nieuw.samenwerk"


def test_demo_does_not_overwrite_without_force(demo_file, tmp_path):
    target = tmp_path / "bestaand.samenwerk"
    target.write_text("mijn aantekeningen")
    line = user_error(samenwerk("demo", target.name, cwd=tmp_path))
    assert "bestaat al" in line and "--force" in line
    assert target.read_text() == "mijn aantekeningen"
    code, _, err = samenwerk("demo", target.name, "--force", cwd=tmp_path)
    assert code == 0, err
    with storage.Project.open(target) as project:
        assert project.count("party") == 10


def test_check_lists_the_findings(demo_file):
    code, out, err = samenwerk("check", demo_file.name, cwd=demo_file.parent)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"voorbeeld.samenwerk: in orde (bestandsversie {storage.SCHEMA_VERSION},")
    assert "10 partijen" in out and "13 onderdelen" in out
    assert "RACI-bevindingen (8):" in out
    assert "  ! ‘Waterberging in de Oostpolder’ heeft nog geen rollen." in lines
    assert "  - Gemeente Maasoever is A of R op 8 van 13 onderdelen (meer dan 50%)." in lines


def test_check_in_english(demo_file):
    code, out, _ = samenwerk("check", demo_file.name, "--lang", "en", cwd=demo_file.parent)
    assert code == 0
    assert "RACI findings (8):" in out and "‘Waterberging in de Oostpolder’ has no roles yet." in out


def test_check_does_not_change_the_file(demo_file):
    before = sha(demo_file)
    assert samenwerk("check", demo_file, cwd=demo_file.parent)[0] == 0
    assert sha(demo_file) == before


@pytest.mark.parametrize("content, expected", [
    (b"boodschappenlijst\n", "is geen Samenwerk-project (het is geen SQLite-bestand)"),
    (b"", "is geen Samenwerk-project"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "is geen Samenwerk-project"),
])
def test_check_refuses_a_file_that_is_not_a_project(tmp_path, content, expected):
    path = tmp_path / "lijst.samenwerk"
    path.write_bytes(content)
    line = user_error(samenwerk("check", path.name, cwd=tmp_path))
    assert line == f"samenwerk: ‘lijst.samenwerk’ {expected}." or expected in line
    assert path.read_bytes() == content


def test_check_refuses_a_missing_file(tmp_path):
    assert user_error(samenwerk("check", "weg.samenwerk", cwd=tmp_path)) == \
        "samenwerk: Het bestand ‘weg.samenwerk’ bestaat niet."


def test_check_refuses_a_damaged_file(demo_file, tmp_path):
    damaged = tmp_path / "kapot.samenwerk"
    data = bytearray(demo_file.read_bytes())
    data[8 * 4096: 12 * 4096] = b"\xa5" * (4 * 4096)
    damaged.write_bytes(bytes(data))
    assert "beschadigd" in user_error(samenwerk("check", damaged.name, cwd=tmp_path))


def test_export_import_export_is_identical(demo_file, tmp_path):
    assert samenwerk("export", demo_file, "-o", "een.json", cwd=tmp_path)[0] == 0
    assert samenwerk("import", "een.json", "-o", "terug.samenwerk", cwd=tmp_path)[0] == 0
    assert samenwerk("export", "terug.samenwerk", "-o", "twee.json", cwd=tmp_path)[0] == 0
    assert (tmp_path / "een.json").read_bytes() == (tmp_path / "twee.json").read_bytes()
    assert json.loads((tmp_path / "een.json").read_text(encoding="utf-8")) == \
        json.loads(DEMO_JSON.read_text(encoding="utf-8"))


def bad_document() -> dict:
    doc = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    doc["parties"][0]["stance"] = 7
    doc["parties"][1]["colour"] = "rood"
    doc["relations"][2]["target_id"] = 99
    doc["agreements"][0]["review_date"] = "31-03-2027"
    doc["meetings"][1]["nonsense"] = True
    doc["raci"][0]["roles"] = "X"
    return doc


def test_import_refuses_bad_json_listing_every_problem_and_writes_nothing(tmp_path):
    (tmp_path / "fout.json").write_text(json.dumps(bad_document(), ensure_ascii=False), encoding="utf-8")
    code, out, err = samenwerk("import", "fout.json", "-o", "fout.samenwerk", cwd=tmp_path)
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == ("samenwerk: ‘fout.json’ is niet geïmporteerd en er is niets geschreven: 6 problemen, "
                        "hieronder genoemd; verbeter ze en probeer het opnieuw.")
    paths = [line.strip().split(":")[0] for line in lines[1:]]
    assert sorted(paths) == sorted([
        "$.parties[0].stance", "$.parties[1].colour", "$.relations[2].target_id",
        "$.agreements[0].review_date", "$.meetings[1].nonsense", "$.raci[0].roles"])
    assert not (tmp_path / "fout.samenwerk").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["fout.json"]  # no temporary files left either


def test_import_refuses_text_that_is_not_json(tmp_path):
    (tmp_path / "kapot.json").write_text('{"format": "samenwerk",\n  "parties": [}', encoding="utf-8")
    code, _, err = samenwerk("import", "kapot.json", "-o", "x.samenwerk", cwd=tmp_path)
    assert code == 2
    assert err.splitlines()[0] == ("samenwerk: ‘kapot.json’ is geen geldige JSON (regel 2); kies een JSON-bestand "
                                   "dat Samenwerk heeft geëxporteerd, of verbeter de tekst daar.")
    assert not (tmp_path / "x.samenwerk").exists()


def test_import_refuses_a_newer_format_version(tmp_path):
    doc = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    doc["format_version"] = 6
    (tmp_path / "nieuw.json").write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = samenwerk("import", "nieuw.json", "-o", "x.samenwerk", cwd=tmp_path)
    assert code == 2 and "formaatversie 6" in err.splitlines()[0] and "formaatversie 5" in err.splitlines()[0]


def test_import_refuses_an_existing_target_without_force(demo_file, tmp_path):
    target = tmp_path / "bestaand.samenwerk"
    target.write_bytes(demo_file.read_bytes())
    before = sha(target)
    line = user_error(samenwerk("import", DEMO_JSON, "-o", target.name, cwd=tmp_path))
    assert line == ("samenwerk: ‘bestaand.samenwerk’ bestaat al; kies een andere naam of overschrijf het bewust "
                    "(--force).")
    assert sha(target) == before
    code, _, err = samenwerk("import", DEMO_JSON, "-o", target.name, "--force", cwd=tmp_path)
    assert code == 0, err


def test_export_refuses_an_existing_target_without_force(demo_file, tmp_path):
    (tmp_path / "uit.json").write_text("oud")
    assert "bestaat al" in user_error(samenwerk("export", demo_file, "-o", "uit.json", cwd=tmp_path))
    assert (tmp_path / "uit.json").read_text() == "oud"


def test_export_into_a_missing_folder_is_a_clear_error(demo_file, tmp_path):
    line = user_error(samenwerk("export", demo_file, "-o", "nergens/uit.json", cwd=tmp_path))
    assert "bestaat niet" in line


@pytest.mark.parametrize("args", [
    ("--onbekende-optie",),
    ("check", "x.samenwerk", "--onbekend"),
    ("check",),
    ("export", "x.samenwerk"),
    ("import", "x.json"),
    ("demo",),
    ("check", "x.samenwerk", "--lang", "fr"),
    ("--size", "groot"),
])
def test_command_line_mistakes_are_one_line(tmp_path, args):
    user_error(samenwerk(*args, cwd=tmp_path))


def test_user_errors_follow_the_language(tmp_path):
    line = user_error(samenwerk("check", "weg.samenwerk", "--lang", "en", cwd=tmp_path))
    assert line == "samenwerk: The file ‘weg.samenwerk’ does not exist."


@pytest.mark.parametrize("mutate, path", [
    (lambda d: d["parties"].append({"id": 2**63, "name": "Stichting Groot"}), "$.parties[10].id"),
    (lambda d: d["raci"][0].__setitem__("party_id", [1]), "$.raci[0].party_id"),
])
def test_import_lists_ids_that_cannot_be_stored(tmp_path, mutate, path):
    doc = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    mutate(doc)
    (tmp_path / "raar.json").write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = samenwerk("import", "raar.json", "-o", "raar.samenwerk", cwd=tmp_path)
    assert code == 2 and path in err
    assert not (tmp_path / "raar.samenwerk").exists()


def test_a_mistyped_command_is_a_one_line_error_not_a_window(tmp_path):
    line = user_error(samenwerk("rapportt", "x.samenwerk", cwd=tmp_path))
    assert "rapportt" in line and "report" in line


def test_exported_json_gets_the_usual_file_mode(demo_file, tmp_path):
    code, _, err = samenwerk("export", demo_file, "-o", tmp_path / "uit.json", cwd=tmp_path)
    assert code == 0, err
    mode = (tmp_path / "uit.json").stat().st_mode & 0o777
    assert mode & 0o044 == 0o044, oct(mode)  # readable by others like any file the user writes (umask 022)


def test_report_writes_the_collaboration_report(demo_file, tmp_path):
    from pypdf import PdfReader

    code, out, err = samenwerk("report", demo_file, "-o", tmp_path / "rapport.pdf", cwd=tmp_path)
    assert code == 0, err
    reader = PdfReader(tmp_path / "rapport.pdf")
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert f"({len(reader.pages)} pagina's)" in out
    assert "Gemeente Maasoever" in text and "Waterschap De Stroomlanden" in text


def test_report_of_the_latest_meeting_in_english(demo_file, tmp_path):
    from pypdf import PdfReader

    code, out, err = samenwerk("report", demo_file, "--latest-meeting", "--lang", "en", "-o", tmp_path / "m.pdf",
                               cwd=tmp_path)
    assert code == 0, err
    assert "Report written" in out
    reader = PdfReader(tmp_path / "m.pdf")
    assert 1 <= len(reader.pages) <= 3


def test_report_of_a_meeting_that_does_not_exist_is_a_user_error(demo_file, tmp_path):
    line = user_error(samenwerk("report", demo_file, "--meeting", "99", "-o", tmp_path / "m.pdf", cwd=tmp_path))
    assert "99" in line
    assert not (tmp_path / "m.pdf").exists()


def test_csv_export_opens_in_a_dutch_spreadsheet(demo_file, tmp_path):
    code, _, err = samenwerk("csv", demo_file, "--what", "raci", "-o", tmp_path / "raci.csv", cwd=tmp_path)
    assert code == 0, err
    raw = (tmp_path / "raci.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]


def test_import_parties_adds_them_and_refuses_a_bad_file_whole(demo_file, tmp_path):
    project = tmp_path / "p.samenwerk"
    project.write_bytes(demo_file.read_bytes())
    good = tmp_path / "goed.csv"
    good.write_text("Naam;Soort;Standpunt\nDorpsraad Oeverwijk;Bewonersorganisatie;1\n", encoding="utf-8-sig")
    code, out, err = samenwerk("import-parties", project, good, cwd=tmp_path)
    assert code == 0, err
    with storage.Project.open(project, read_only=True) as p:
        names = [party.name for party in p.load().parties]
    assert "Dorpsraad Oeverwijk" in names
    before = sha(project)
    bad = tmp_path / "fout.csv"
    bad.write_text("Naam;Standpunt\nGoede partij;1\n;7\n", encoding="utf-8-sig")
    code, out, err = samenwerk("import-parties", project, bad, cwd=tmp_path)
    assert code == 2 and err.startswith("samenwerk: ") and "3" in err
    assert sha(project) == before


def test_fresh_demo_copies_never_overwrite_each_other(tmp_path, monkeypatch):
    from samenwerk_desktop import cli

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    first, second = cli.fresh_demo_copy(), cli.fresh_demo_copy()
    assert first != second and first.parent == second.parent == tmp_path / "data" / "Samenwerk"
    for path in (first, second):
        with storage.Project.open(path, read_only=True) as project:
            assert project.collaboration().title == "Warm en Droog Maasoever"


def test_demo_flag_opens_a_fresh_copy_in_the_window(tmp_path):
    """What `make run` does, headless: --demo writes a copy and shows the window on it."""
    env_home = tmp_path / "data"
    shot = tmp_path / "demo.png"
    env = dict(os.environ, XDG_DATA_HOME=str(env_home), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "samenwerk_desktop", "--demo", "--screenshot", str(shot),
                           "--size", "800x600"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(list((env_home / "Samenwerk").glob("Voorbeeld *.samenwerk"))) == 1


@pytest.mark.parametrize("args", [
    ("report", "p.samenwerk", "-o", "p.samenwerk", "--force"),
    ("csv", "p.samenwerk", "--what", "raci", "-o", "p.samenwerk", "--force"),
    ("export", "p.samenwerk", "-o", "p.samenwerk", "--force"),
], ids=["report", "csv", "export"])
def test_an_export_never_overwrites_the_project_it_reads(demo_file, tmp_path, args):
    project = tmp_path / "p.samenwerk"
    project.write_bytes(demo_file.read_bytes())
    before = sha(project)
    line = user_error(samenwerk(*args, cwd=tmp_path))
    assert line.startswith("samenwerk: ‘p.samenwerk’ heeft de extensie van een projectbestand, maar hier wordt ")
    assert sha(project) == before


@pytest.mark.parametrize("command", [("report",), ("csv", "--what", "parties")], ids=["report", "csv"])
def test_report_and_csv_overwrite_only_with_force(demo_file, tmp_path, command):
    out = tmp_path / "uit.pdf" if command[0] == "report" else tmp_path / "uit.csv"
    out.write_text("oud")
    line = user_error(samenwerk(command[0], demo_file, *command[1:], "-o", out.name, cwd=tmp_path))
    assert line == f"samenwerk: ‘{out.name}’ bestaat al; kies een andere naam of overschrijf het bewust (--force)."
    assert out.read_text() == "oud"
    code, _, err = samenwerk(command[0], demo_file, *command[1:], "-o", out.name, "--force", cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out.read_bytes() != b"oud"


# -- the language of the help ------------------------------------------------------------------------------


def samenwerk_in(env_lang: dict, *args, cwd):
    """Run the program with only the given language variables set (no SAMENWERK_LANG)."""
    env = {k: v for k, v in os.environ.items() if k not in ("SAMENWERK_LANG", "LC_ALL", "LC_MESSAGES", "LANG",
                                                            "LANGUAGE")}
    env.update(env_lang, PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "samenwerk_desktop", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done.stdout


@pytest.mark.parametrize("args", [("--help",), ("check", "--help"), ("report", "--help")])
def test_help_is_dutch_by_default(tmp_path, args):
    out = samenwerk_in({}, *args, cwd=tmp_path)
    assert out.startswith("gebruik: samenwerk")
    assert "toon deze hulp en stop" in out and "opties:" in out
    assert "show this help" not in out and "options:" not in out


@pytest.mark.parametrize("args", [("--help",), ("check", "--help"), ("report", "--help")])
def test_help_follows_an_english_environment(tmp_path, args):
    out = samenwerk_in({"LANG": "en_GB.UTF-8"}, *args, cwd=tmp_path)
    assert out.startswith("usage: samenwerk")
    assert "show this help message and exit" in out and "options:" in out
    assert "toon deze hulp" not in out and "opties:" not in out


@pytest.mark.parametrize("args", [("--help", "--lang", "en"), ("report", "--lang=en", "--help")])
def test_help_follows_lang_over_the_environment(tmp_path, args):
    out = samenwerk_in({"LC_ALL": "nl_NL.UTF-8"}, *args, cwd=tmp_path)
    assert out.startswith("usage: samenwerk") and "toon deze hulp" not in out
    assert "gebruik: samenwerk" in samenwerk_in({"LANG": "en_US.UTF-8"}, "check", "--help", "--lang", "nl",
                                                  cwd=tmp_path)


def test_every_command_has_english_help(tmp_path):
    from samenwerk_desktop.cli import COMMANDS

    for command in COMMANDS:
        out = samenwerk_in({"LANG": "en_US.UTF-8"}, command, "--help", cwd=tmp_path)
        assert "het " not in out and "een " not in out, (command, out)
