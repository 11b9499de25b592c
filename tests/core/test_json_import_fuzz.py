"""Hostile JSON never costs a byte or shows an exception: each document is refused in a sentence or imported faithfully."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from fuzzing import is_sentence, report
from json_fuzz import cases, named_cases

import samenwerk_desktop
from samenwerk_desktop.core import errors, interchange, storage

SOURCE = Path(samenwerk_desktop.__file__).resolve().parents[1]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def same_collaboration(loaded, expected) -> bool:
    """What the project holds is what the JSON said (a missing creation time is filled in on writing)."""
    if not expected.collaboration.created:
        expected.collaboration = dataclasses.replace(expected.collaboration, created=loaded.collaboration.created,
                                                     updated=loaded.collaboration.updated)
    return loaded == expected and interchange.loads(interchange.dumps(loaded)) == loaded


def import_one(folder: Path, raw: bytes) -> str:
    """Import one document in-process; the outcome ("refused" or "imported"), or raises AssertionError."""
    src, out = folder / "in.json", folder / "uit.samenwerk"
    src.write_bytes(raw)
    try:
        interchange.import_file(src, out)
    except errors.ImportProblems as exc:
        assert is_sentence(str(exc), "in.json"), str(exc)
        assert exc.problems and all(p.path and str(p.message) for p in exc.problems)
        assert sorted(os.listdir(folder)) == ["in.json"], os.listdir(folder)  # no output, no temporary file
        return "refused"
    with storage.Project.open(out, read_only=True) as project:
        loaded = project.load()
    if not same_collaboration(loaded, interchange.read_file(src)):
        return "LOST"
    out.unlink()
    return "imported"


def test_fuzzed_json_is_refused_in_a_sentence_or_imported_faithfully(tmp_path):
    counts: Counter = Counter()
    unexpected = []
    for i, (cls, raw) in enumerate(cases(seed=8, n=1050)):
        try:
            outcome = import_one(tmp_path, raw)
        except Exception as exc:  # noqa: BLE001 - what this test counts
            outcome = "UNEXPECTED"
            unexpected.append((i, cls, f"{type(exc).__name__}: {exc}"[:300]))
            for leftover in tmp_path.iterdir():
                leftover.unlink()
        counts[(cls, outcome)] += 1
    report("JSON import, in-process", counts)
    assert unexpected == []
    assert sum(n for (_, o), n in counts.items() if o == "LOST") == 0
    assert counts[("valid", "imported")] > 150 and sum(n for (_, o), n in counts.items() if o == "refused") > 500


@pytest.mark.parametrize("name, raw, where", named_cases(), ids=[c[0] for c in named_cases()])
def test_named_hostile_json_is_refused_naming_the_place(tmp_path, name, raw, where):
    (tmp_path / "vijandig.json").write_bytes(raw)
    with pytest.raises(errors.ImportProblems) as info:
        interchange.import_file(tmp_path / "vijandig.json", tmp_path / "uit.samenwerk")
    assert is_sentence(str(info.value), "vijandig.json")
    assert any(p.path.startswith(where) for p in info.value.problems), [str(p) for p in info.value.problems]
    assert os.listdir(tmp_path) == ["vijandig.json"]


@pytest.mark.parametrize("change, expected", [
    (("dilemmas", 0, "party_id"), "$.dilemmas[0].party_id: ontbreekt"),
    (("relations", 0, "target_id"), "$.relations[0].target_id: ontbreekt"),
    (("parties", 0, "name"), "$.parties[0].name: ontbreekt"),
])
def test_a_required_value_left_out_is_named(demo_doc, change, expected):
    import json

    doc = json.loads(json.dumps(demo_doc))
    kind, index, field = change
    del doc[kind][index][field]
    with pytest.raises(errors.ImportProblems) as info:
        interchange.from_json(doc)
    assert [str(p) for p in info.value.problems] == [expected]


def test_the_refusal_says_how_many_problems_and_what_to_do(demo_doc):
    with pytest.raises(errors.ImportProblems) as info:
        interchange.from_json({**demo_doc, "format_version": "1"}, name="oud.json")
    assert str(info.value) == ("‘oud.json’ is niet geïmporteerd en er is niets geschreven: 1 probleem, hieronder genoemd; "
                               "verbeter het en probeer het opnieuw.")


def run_cli(folder: Path, raw: bytes) -> subprocess.Popen:
    (folder / "in.json").write_bytes(raw)
    env = dict(os.environ, SAMENWERK_LANG="nl", PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-m", "samenwerk_desktop", "import", "in.json", "-o", "uit.samenwerk"],
                            cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_fuzzed_json_through_the_command_line_exits_2_with_a_sentence_or_imports(tmp_path):
    all_cases = list(cases(seed=81, n=len(named_cases()) + 20))  # every named case and 20 mutations: 52 programs
    counts: Counter = Counter()
    unexpected = []
    for start in range(0, len(all_cases), 4):  # four programs at a time
        batch = []
        for i, (cls, raw) in enumerate(all_cases[start:start + 4], start):
            folder = tmp_path / str(i)
            folder.mkdir()
            batch.append((i, cls, folder, run_cli(folder, raw)))
        for i, cls, folder, proc in batch:
            out, err = proc.communicate(timeout=120)
            err_text = err.decode("utf-8")
            if proc.returncode == 2 and err_text.startswith("samenwerk: ‘in.json’") \
                    and is_sentence(err_text.splitlines()[0], "in.json") and os.listdir(folder) == ["in.json"]:
                outcome = "refused"
            elif proc.returncode == 0 and not err:
                with storage.Project.open(folder / "uit.samenwerk", read_only=True) as project:
                    loaded = project.load()
                outcome = "imported" if same_collaboration(loaded, interchange.read_file(folder / "in.json")) else "LOST"
            else:
                outcome = "UNEXPECTED"
                unexpected.append((i, cls, proc.returncode, err_text[-300:]))
            counts[(cls, outcome)] += 1
    report("JSON import, command line", counts)
    assert unexpected == []
    assert sum(n for (_, o), n in counts.items() if o == "LOST") == 0
    assert sum(counts.values()) >= 50


def test_a_symlink_loop_is_refused_in_one_sentence(tmp_path):
    (tmp_path / "kring.json").symlink_to(tmp_path / "kring.json")
    with pytest.raises(errors.SamenwerkError) as info:
        interchange.import_file(tmp_path / "kring.json", tmp_path / "uit.samenwerk")
    assert str(info.value) == "‘kring.json’ is een symbolische koppeling die naar zichzelf terugverwijst; kies het bestand zelf."
    assert os.listdir(tmp_path) == ["kring.json"]
