"""Every write to a user's file follows one rule: each writing command and Project.save_copy, target by target."""

import hashlib
import os
from pathlib import Path

import pytest
from holding import Holder

from samenwerk_desktop import cli
from samenwerk_desktop.core import errors, interchange, storage

ROOT = Path(__file__).resolve().parents[2]
DEMO_JSON = ROOT / "resources" / "demo" / "demo.json"

EXISTS = "‘{}’ bestaat al; kies een andere naam of overschrijf het bewust (--force)."
SELF = "‘{}’ is het geopende project zelf; kies een andere naam."
ELSEWHERE = "‘{}’ is geopend in een ander Samenwerk-venster; sluit het daar of kies een andere naam."
PROJECT = "‘{}’ is een Samenwerk-project; daar wordt nooit {} overheen geschreven. Kies een andere naam."
WRONG_SUFFIX = "‘{}’ heeft de extensie van {}, maar hier wordt {} geschreven; kies een naam die eindigt op {}."
FOLDER = "‘{}’ is een map; kies een bestandsnaam in die map."
MISSING = "De map van ‘{}’ bestaat niet; kies een bestaande map."
LOOP = "‘{}’ is een koppeling die naar zichzelf verwijst; kies een andere naam."
WHAT = {".samenwerk": "een projectbestand", ".pdf": "een rapport (PDF)", ".csv": "een CSV-bestand",
        ".json": "een JSON-bestand"}

#: each writing command: its arguments for input project ``p`` and output ``out``, and the suffix it writes
COMMANDS = {
    "demo": (lambda p, out: ["demo", out], ".samenwerk"),
    "import": (lambda p, out: ["import", DEMO_JSON, "-o", out], ".samenwerk"),
    "export": (lambda p, out: ["export", p, "-o", out], ".json"),
    "report": (lambda p, out: ["report", p, "--latest-meeting", "-o", out], ".pdf"),
    "agenda": (lambda p, out: ["agenda", p, "-o", out], ".pdf"),
    "csv": (lambda p, out: ["csv", p, "--what", "raci", "-o", out], ".csv"),
}
READERS = ["export", "report", "agenda", "csv"]  # the commands that read a project and write another kind of file
PROJECT_WRITERS = ["demo", "import"]


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("demo") / "demo.samenwerk"
    interchange.import_file(DEMO_JSON, path)
    return path.read_bytes()


@pytest.fixture
def project(tmp_path, demo_bytes) -> Path:
    """The input project ``p.samenwerk`` (not open anywhere)."""
    path = tmp_path / "p.samenwerk"
    path.write_bytes(demo_bytes)
    return path


def run(capsys, command: str, project: Path, out, *extra) -> tuple[int, str, str]:
    make, _ = COMMANDS[command]
    code = cli.run_command([str(a) for a in make(project, out)] + list(extra))
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return code, got.out, got.err


def refusal(result) -> str:
    """The one sentence of a refused command: exit code 2, one line on stderr."""
    code, _, err = result
    assert code == 2, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("samenwerk: "), err
    return lines[0].removeprefix("samenwerk: ")


def existing_target(tmp_path, suffix: str, demo_bytes: bytes) -> Path:
    """A file already at the target: another project for a project command, an older export otherwise."""
    target = tmp_path / f"bestaand{suffix}"
    if suffix == ".samenwerk":
        target.write_bytes(demo_bytes)
        with storage.Project.open(target) as other:
            other.update_collaboration(title="Een ander project")
    else:
        target.write_bytes(b"een oudere export\n")
    return target


# -- the command line -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_target_is_refused_without_force(capsys, tmp_path, project, demo_bytes, command):
    target = existing_target(tmp_path, COMMANDS[command][1], demo_bytes)
    before = sha(target)
    assert refusal(run(capsys, command, project, target)) == EXISTS.format(target.name)
    assert sha(target) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_target_is_replaced_with_force(capsys, tmp_path, project, demo_bytes, command):
    target = existing_target(tmp_path, COMMANDS[command][1], demo_bytes)
    before = sha(target)
    code, _, err = run(capsys, command, project, target, "--force")
    assert (code, err) == (0, "")
    assert sha(target) != before
    if command in PROJECT_WRITERS:
        with storage.Project.open(target, read_only=True) as replaced:
            assert replaced.collaboration().title == "Warm en Droog Maasoever"
    head = target.read_bytes()[:16]
    expected = {".samenwerk": b"SQLite format 3\x00", ".pdf": b"%PDF", ".csv": "\ufeff".encode(), ".json": b"{"}
    assert head.startswith(expected[COMMANDS[command][1]])
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


@pytest.mark.parametrize("link", ["symlink", "hard link"])
@pytest.mark.parametrize("command", READERS)
def test_the_input_project_under_another_name_is_refused_even_with_force(capsys, tmp_path, project, command, link):
    alias = tmp_path / f"alias{COMMANDS[command][1]}"
    (os.symlink if link == "symlink" else os.link)(project, alias)
    before = sha(project)
    assert refusal(run(capsys, command, project, alias, "--force")) == SELF.format(alias.name)
    assert sha(project) == before and alias.samefile(project)


@pytest.mark.parametrize("command", READERS)
def test_an_output_named_like_a_project_is_refused_even_with_force(capsys, project, command):
    suffix = COMMANDS[command][1]
    before = sha(project)
    assert refusal(run(capsys, command, project, project, "--force")) == WRONG_SUFFIX.format(
        "p.samenwerk", "een projectbestand", WHAT[suffix], suffix)
    assert sha(project) == before


@pytest.mark.parametrize("command", READERS)
def test_a_project_is_never_overwritten_by_a_report_csv_or_json(capsys, tmp_path, project, demo_bytes, command):
    suffix = COMMANDS[command][1]
    target = tmp_path / f"oud{suffix}"  # a project under another extension, open nowhere
    target.write_bytes(demo_bytes)
    assert refusal(run(capsys, command, project, target, "--force")) == PROJECT.format(target.name, WHAT[suffix])
    assert target.read_bytes() == demo_bytes


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".json"])
@pytest.mark.parametrize("command", PROJECT_WRITERS)
def test_a_project_asked_for_under_another_files_extension_is_refused(capsys, tmp_path, project, command, suffix):
    target = tmp_path / f"uit{suffix}"
    assert refusal(run(capsys, command, project, target, "--force")) == WRONG_SUFFIX.format(
        target.name, WHAT[suffix], "een projectbestand", ".samenwerk")
    assert not target.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_as_target_is_refused(capsys, tmp_path, project, command):
    folder = tmp_path / f"map{COMMANDS[command][1]}"
    folder.mkdir()
    assert refusal(run(capsys, command, project, folder, "--force")) == FOLDER.format(folder.name)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_target_in_a_missing_folder_is_refused(capsys, tmp_path, project, command):
    target = tmp_path / "nergens" / f"uit{COMMANDS[command][1]}"
    assert refusal(run(capsys, command, project, target)) == MISSING.format(target.name)
    assert not target.parent.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_symlink_loop_as_target_is_refused(capsys, tmp_path, project, command):
    loop = tmp_path / f"lus{COMMANDS[command][1]}"
    os.symlink(loop.name, loop)
    assert refusal(run(capsys, command, project, loop, "--force")) == LOOP.format(loop.name)
    assert os.readlink(loop) == loop.name


# -- a project open in another Samenwerk (a child process) ------------------------------------------------

@pytest.fixture(scope="module")
def held(tmp_path_factory, demo_bytes):
    path = tmp_path_factory.mktemp("held") / "gedeeld.samenwerk"
    path.write_bytes(demo_bytes)
    holder = Holder(path)
    yield holder
    holder.stop()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_open_in_another_samenwerk_is_refused_even_with_force(capsys, tmp_path, project, held, command):
    suffix = COMMANDS[command][1]
    if suffix == ".samenwerk":
        target = held.path
    else:  # the same file under the name a report, CSV or JSON would get
        target = tmp_path / f"gedeeld{suffix}"
        os.link(held.path, target)
    before = sha(held.path)
    assert refusal(run(capsys, command, project, target, "--force")) == ELSEWHERE.format(target.name)
    assert sha(held.path) == before


@pytest.mark.parametrize("command", READERS)
def test_an_input_open_in_another_samenwerk_is_never_its_own_output(capsys, held, command):
    suffix = COMMANDS[command][1]
    before = sha(held.path)
    assert refusal(run(capsys, command, held.path, held.path, "--force")) == WRONG_SUFFIX.format(
        held.path.name, "een projectbestand", WHAT[suffix], suffix)
    assert sha(held.path) == before


@pytest.mark.parametrize("writer", ["save_copy", "write_new"])
def test_saving_over_a_file_open_in_another_samenwerk_is_refused_even_with_force(demo_project, held, writer):
    before = sha(held.path)
    with pytest.raises(errors.OutputRefused) as info:
        write(writer, demo_project, held.path, force=True)
    assert str(info.value) == ELSEWHERE.format(held.path.name)
    assert sha(held.path) == before


def test_the_other_samenwerks_next_edit_still_works(capsys, tmp_path, project, demo_project, held):
    for command in COMMANDS:
        target = held.path if command in PROJECT_WRITERS else tmp_path / f"{command}{COMMANDS[command][1]}"
        if not target.exists():
            os.link(held.path, target)
        refusal(run(capsys, command, project, target, "--force"))
    with pytest.raises(errors.OutputRefused):
        demo_project.save_copy(held.path, force=True)
    assert held.edit() == "edited"
    assert storage.is_open_elsewhere(held.path)


# -- Project.save_copy and write_new (save as, repair) ------------------------------------------------------


def write(writer: str, project: storage.Project, target, *, force: bool) -> None:
    if writer == "save_copy":
        project.save_copy(target, force=force)
    else:  # what `repair` and the JSON import use, with the open project named
        storage.write_new(target, project.load(), force=force, open_project=project.path)


WRITERS = ["save_copy", "write_new"]


@pytest.mark.parametrize("writer", WRITERS)
def test_saving_over_an_existing_project_needs_force(demo_project, tmp_path, demo_bytes, writer):
    target = tmp_path / "kopie.samenwerk"
    target.write_bytes(demo_bytes)
    demo_project.update_collaboration(title="Na de wijziging")
    before = sha(target)
    with pytest.raises(errors.OutputRefused) as info:
        write(writer, demo_project, target, force=False)
    assert str(info.value) == EXISTS.format(target.name)
    assert sha(target) == before
    write(writer, demo_project, target, force=True)
    with storage.Project.open(target, read_only=True) as copy:
        assert copy.collaboration().title == "Na de wijziging"


@pytest.mark.parametrize("name", ["same path", "symlink", "hard link", "relative path"])
@pytest.mark.parametrize("writer", WRITERS)
def test_saving_over_the_open_project_is_refused_even_with_force(demo_project, tmp_path, monkeypatch, writer, name):
    path = demo_project.path
    target = {"same path": path, "symlink": tmp_path / "link.samenwerk", "hard link": tmp_path / "hard.samenwerk",
              "relative path": Path("sub") / ".." / path.name}[name]
    if name == "symlink":
        os.symlink(path, target)
    elif name == "hard link":
        os.link(path, target)
    elif name == "relative path":
        (tmp_path / "sub").mkdir()
        monkeypatch.chdir(tmp_path)
    before = sha(path)
    with pytest.raises(errors.OutputRefused) as info:
        write(writer, demo_project, target, force=True)
    assert str(info.value) == SELF.format(target.name)
    assert sha(path) == before
    demo_project.update_collaboration(title="Werkt nog")  # the open project is still fine


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".json"])
@pytest.mark.parametrize("writer", WRITERS)
def test_saving_a_project_under_another_files_extension_is_refused(demo_project, tmp_path, writer, suffix):
    target = tmp_path / f"kopie{suffix}"
    with pytest.raises(errors.OutputRefused) as info:
        write(writer, demo_project, target, force=True)
    assert str(info.value) == WRONG_SUFFIX.format(target.name, WHAT[suffix], "een projectbestand", ".samenwerk")
    assert not target.exists()


@pytest.mark.parametrize("writer", WRITERS)
def test_saving_into_a_folder_or_a_missing_folder_is_refused(demo_project, tmp_path, writer):
    folder = tmp_path / "map.samenwerk"
    folder.mkdir()
    with pytest.raises(errors.OutputRefused) as info:
        write(writer, demo_project, folder, force=True)
    assert str(info.value) == FOLDER.format(folder.name)
    with pytest.raises(errors.OutputRefused) as info:
        write(writer, demo_project, tmp_path / "nergens" / "kopie.samenwerk", force=True)
    assert str(info.value) == MISSING.format("kopie.samenwerk")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.samenwerk", "map.samenwerk"]


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".json"])
def test_a_report_csv_or_json_over_a_project_is_refused_in_the_core_too(tmp_path, demo_bytes, demo_project, suffix):
    from samenwerk_desktop.reports import csv_io, pdf

    target = tmp_path / f"oud{suffix}"
    target.write_bytes(demo_bytes)
    data = demo_project.load()
    write_it = {".pdf": lambda: pdf.collaboration_report(data, target, force=True),
                ".csv": lambda: csv_io.export_csv(data, "raci", target, force=True),
                ".json": lambda: interchange.export_file(demo_project, target, force=True)}[suffix]
    with pytest.raises(errors.OutputRefused) as info:
        write_it()
    assert str(info.value) == PROJECT.format(target.name, WHAT[suffix])
    assert target.read_bytes() == demo_bytes
