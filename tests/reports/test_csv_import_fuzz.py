"""Hostile CSV never shows an exception: each file is refused naming the line, or its parties are added correctly."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from csv_fuzz import cases, named_cases
from fuzzing import is_sentence, report

import samenwerk_desktop
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import ImportProblems, SamenwerkError
from samenwerk_desktop.core.model import Collaboration, replace
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.reports import csv_io

SOURCE = Path(samenwerk_desktop.__file__).resolve().parents[1]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fields(party) -> tuple:
    return tuple(getattr(party, c) for c in csv_io.PARTY_COLUMNS)


def round_trips(parties, folder: Path) -> bool:
    """The parties, exported as CSV and imported again, are the same parties."""
    data = CollaborationData()
    data.entities["party"] = {i: replace(p, id=i) for i, p in enumerate(parties, 1)}
    csv_io.export_parties(data, folder / "terug.csv", include_private=True)
    again = csv_io.import_parties_csv(folder / "terug.csv")
    (folder / "terug.csv").unlink()
    return [fields(p) for p in again] == [fields(p) for p in parties]


def import_one(folder: Path, project: Project, raw: bytes) -> str:
    """Import one file in-process into ``project``; "refused", "imported" or "LOST", or raises AssertionError."""
    src = folder / "in.csv"
    src.write_bytes(raw)
    before = project.count("party")
    try:
        parties = csv_io.import_parties_csv(src)
    except ImportProblems as exc:
        assert is_sentence(str(exc), "in.csv"), str(exc)
        assert exc.problems and all(p.path.startswith("regel ") for p in exc.problems), [str(p) for p in exc.problems]
        return "refused" if project.count("party") == before else "LOST"
    change = csv_io.add_parties(project, parties)
    added = [project.get("party", i) for i in change.ids]
    if [fields(p) for p in added] != [fields(p) for p in parties] or not round_trips(parties, folder):
        return "LOST"
    project.revert(change)
    return "imported"


def test_fuzzed_csv_is_refused_naming_the_line_or_imported_correctly(tmp_path):
    counts: Counter = Counter()
    unexpected = []
    with Project.create(tmp_path / "doel.samenwerk", Collaboration(title="Doel")) as project:
        for i, (cls, raw) in enumerate(cases(seed=8, n=420)):
            try:
                outcome = import_one(tmp_path, project, raw)
            except Exception as exc:  # noqa: BLE001 - what this test counts
                outcome = "UNEXPECTED"
                unexpected.append((i, cls, f"{type(exc).__name__}: {exc}"[:300]))
            counts[(cls, outcome)] += 1
    report("CSV party import, in-process", counts)
    assert unexpected == []
    assert sum(n for (_, o), n in counts.items() if o == "LOST") == 0
    assert counts[("export", "imported")] > 150 and sum(n for (_, o), n in counts.items() if o == "refused") > 100


@pytest.mark.parametrize("name, raw, where", named_cases(), ids=[c[0] for c in named_cases()])
def test_named_hostile_csv_is_refused_naming_the_line_or_imported(tmp_path, name, raw, where):
    (tmp_path / "partijen.csv").write_bytes(raw)
    if where is None:
        assert csv_io.import_parties_csv(tmp_path / "partijen.csv")
        return
    with pytest.raises(ImportProblems) as info:
        csv_io.import_parties_csv(tmp_path / "partijen.csv")
    assert is_sentence(str(info.value), "partijen.csv")
    assert info.value.problems[0].path.split(",")[0] == where, [str(p) for p in info.value.problems]


@pytest.mark.parametrize("raw, expected", [
    (b"\xef\xbb\xbfNaam\r\nA\xe9\xff", "‘in.csv’ begint als UTF-8 maar regel 2 is geen UTF-8; sla het in Excel of "
                                      "LibreOffice op als ‘CSV UTF-8’ en probeer het opnieuw."),
    (b"Naam\r\n", "‘in.csv’ is niet geïmporteerd en er is niets toegevoegd: 1 probleem, hieronder genoemd met de regel; "
                  "verbeter het en probeer het opnieuw."),
])
def test_the_refusal_is_one_sentence_with_the_way_forward(tmp_path, raw, expected):
    (tmp_path / "in.csv").write_bytes(raw)
    with pytest.raises(ImportProblems) as info:
        csv_io.import_parties_csv(tmp_path / "in.csv")
    assert str(info.value) == expected


def test_utf8_without_bom_is_read_as_utf8_and_anything_else_as_windows_1252(tmp_path):
    (tmp_path / "in.csv").write_bytes("Naam\r\nCoöperatie €\r\n".encode())
    assert csv_io.import_parties_csv(tmp_path / "in.csv")[0].name == "Coöperatie €"
    (tmp_path / "in.csv").write_bytes("Naam\r\nCoöperatie €\r\n".encode("cp1252"))
    assert csv_io.import_parties_csv(tmp_path / "in.csv")[0].name == "Coöperatie €"


def run_cli(folder: Path, project_bytes: bytes, raw: bytes) -> subprocess.Popen:
    (folder / "doel.samenwerk").write_bytes(project_bytes)
    (folder / "in.csv").write_bytes(raw)
    env = dict(os.environ, SAMENWERK_LANG="nl", PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-m", "samenwerk_desktop", "import-parties", "doel.samenwerk", "in.csv"],
                            cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_fuzzed_csv_through_the_command_line_exits_2_naming_the_line_or_adds_the_parties(tmp_path):
    with Project.create(tmp_path / "leeg.samenwerk", Collaboration(title="Leeg")):
        pass
    empty = (tmp_path / "leeg.samenwerk").read_bytes()
    all_cases = list(cases(seed=81, n=len(named_cases()) + 30))  # every named case and 30 more: 51 programs
    counts: Counter = Counter()
    unexpected = []
    for start in range(0, len(all_cases), 4):  # four programs at a time
        batch = []
        for i, (cls, raw) in enumerate(all_cases[start:start + 4], start):
            folder = tmp_path / str(i)
            folder.mkdir()
            batch.append((i, cls, folder, run_cli(folder, empty, raw)))
        for i, cls, folder, proc in batch:
            _, err = proc.communicate(timeout=120)
            err_text = err.decode("utf-8")
            lines = err_text.splitlines()
            if proc.returncode == 2 and lines and is_sentence(lines[0], "in.csv") \
                    and all(line.startswith("  regel ") for line in lines[1:]):
                outcome = "refused" if sha(folder / "doel.samenwerk") == hashlib.sha256(empty).hexdigest() else "LOST"
            elif proc.returncode == 0 and not err:
                with Project.open(folder / "doel.samenwerk", read_only=True) as project:
                    added = project.load().parties
                expected = csv_io.import_parties_csv(folder / "in.csv")
                outcome = "imported" if [fields(p) for p in added] == [fields(p) for p in expected] else "LOST"
            else:
                outcome = "UNEXPECTED"
                unexpected.append((i, cls, proc.returncode, err_text[-300:]))
            counts[(cls, outcome)] += 1
    report("CSV party import, command line", counts)
    assert unexpected == []
    assert sum(n for (_, o), n in counts.items() if o == "LOST") == 0
    assert sum(counts.values()) >= 50


def test_a_symlink_loop_is_refused_in_one_sentence(tmp_path):
    (tmp_path / "kring.csv").symlink_to(tmp_path / "kring.csv")
    with pytest.raises(SamenwerkError) as info:
        csv_io.import_parties_csv(tmp_path / "kring.csv")
    assert str(info.value) == "‘kring.csv’ is een symbolische koppeling die naar zichzelf terugverwijst; kies het bestand zelf."
