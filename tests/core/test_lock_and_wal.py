"""The lock is keyed on the file and never writes anything but itself; a project is one file, never a WAL pair."""

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samenwerk_desktop import cli
from samenwerk_desktop.core import errors, storage
from samenwerk_desktop.core.storage import project as project_module
from samenwerk_desktop.core.storage import safefile

ROOT = Path(__file__).resolve().parents[2]
VICTIM = b"Belangrijke notities van de procesbegeleider.\n" * 20
OPEN_ELSEWHERE = "‘{}’ is al geopend in een ander Samenwerk-venster. Sluit het daar eerst."
DISK_FULL = "De schijf is vol: ‘demo.samenwerk’ kan niet worden geopend. Maak ruimte vrij en probeer het opnieuw."


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.run_command([str(a) for a in argv])
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return code, got.out, got.err


@pytest.fixture
def victim(tmp_path) -> Path:
    """Someone else's file that a hostile lock link points at."""
    path = tmp_path / "elders" / "notities.txt"
    path.parent.mkdir()
    path.write_bytes(VICTIM)
    return path


# -- the lock --------------------------------------------------------------------------------------


def test_a_lock_file_linked_to_another_file_leaves_that_file_untouched(demo_path, victim):
    os.symlink(victim, demo_path.with_name(demo_path.name + ".lock"))
    with storage.Project.open(demo_path) as project:
        project.update_collaboration(title="Nieuwe titel")
    assert victim.read_bytes() == VICTIM
    assert os.readlink(demo_path.with_name(demo_path.name + ".lock")) == str(victim)


def test_opening_writes_no_file_beside_the_project(demo_path):
    before = sorted(p.name for p in demo_path.parent.iterdir())
    with storage.Project.open(demo_path) as project:
        assert not project.read_only
        assert sorted(p.name for p in demo_path.parent.iterdir()) == before
        assert storage.is_open_elsewhere(demo_path)
    assert not storage.is_open_elsewhere(demo_path)


@pytest.mark.parametrize("alias", ["hard link", "symlink", "relative path", "path through a folder link"])
def test_an_open_project_under_another_name_is_refused(demo_project, tmp_path, monkeypatch, alias):
    path = demo_project.path
    if alias == "hard link":
        other = tmp_path / "ander.samenwerk"
        os.link(path, other)
    elif alias == "symlink":
        other = tmp_path / "snelkoppeling.samenwerk"
        os.symlink(path, other)
    elif alias == "relative path":
        (tmp_path / "sub").mkdir()
        monkeypatch.chdir(tmp_path / "sub")
        other = Path("..") / path.name
    else:
        os.symlink(tmp_path, tmp_path.parent / (tmp_path.name + "-link"))
        other = tmp_path.parent / (tmp_path.name + "-link") / path.name
    before = sha(path)
    with pytest.raises(errors.AlreadyOpenError) as info:
        storage.Project.open(other)
    assert str(info.value) == OPEN_ELSEWHERE.format(other.name)
    assert storage.is_open_elsewhere(other)
    assert sha(path) == before
    demo_project.update_collaboration(title="Nog steeds van mij")  # the first window goes on working


def test_a_lock_of_another_program_is_seen_through_a_hard_link(demo_path, tmp_path):
    other = tmp_path / "ander.samenwerk"
    os.link(demo_path, other)
    holder = textwrap.dedent("""
        import sys
        from samenwerk_desktop.core.storage import Project
        project = Project.open(sys.argv[1])
        print("open", flush=True)
        sys.stdin.readline()
        project.update_collaboration(title="Van het andere venster")
        project.close()
        print("closed", flush=True)
    """)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    child = subprocess.Popen([sys.executable, "-c", holder, str(demo_path)], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        assert storage.is_open_elsewhere(other)
        with pytest.raises(errors.AlreadyOpenError) as info:
            storage.Project.open(other)
        assert str(info.value) == OPEN_ELSEWHERE.format("ander.samenwerk")
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"  # the probe did not disturb its edit
    finally:
        child.stdin.close()
        child.wait(timeout=20)
        child.stdout.close()
    with storage.Project.open(other) as project:
        assert project.collaboration().title == "Van het andere venster"


def test_a_full_disk_when_taking_the_lock_is_reported_as_a_full_disk(demo_path, monkeypatch):
    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safefile, "_open_for_lock", no_space)
    before = sha(demo_path)
    with pytest.raises(errors.StorageError) as info:
        storage.Project.open(demo_path)
    assert str(info.value) == DISK_FULL
    monkeypatch.undo()
    assert sha(demo_path) == before
    assert not storage.is_open_elsewhere(demo_path)


def test_a_full_disk_while_opening_leaves_no_lock_behind(demo_path, monkeypatch):
    def disk_full(conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(project_module, "_settle_journal", disk_full)
    before = sha(demo_path)
    with pytest.raises(errors.StorageError) as info:
        storage.Project.open(demo_path)
    assert str(info.value) == DISK_FULL
    monkeypatch.undo()
    assert sha(demo_path) == before and not storage.is_open_elsewhere(demo_path)
    with storage.Project.open(demo_path) as project:  # space freed: it opens for editing
        assert not project.read_only


# -- a hot journal ---------------------------------------------------------------------------------

CRASH_IN_A_TRANSACTION = textwrap.dedent("""
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # changed pages spill into the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE party SET name = 'HALF', position = hex(randomblob(4000))")
    os._exit(0)  # the power goes: no commit, no rollback
""")


@pytest.fixture
def hot_journal(demo_path) -> Path:
    """The demo project with a hot journal beside it (a transaction cut off mid-way)."""
    subprocess.run([sys.executable, "-c", CRASH_IN_A_TRANSACTION, str(demo_path)], check=True, timeout=60)
    journal = demo_path.with_name(demo_path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return demo_path


def test_check_rolls_back_a_hot_journal_and_leaves_a_linked_lock_target_untouched(capsys, hot_journal, victim):
    os.symlink(victim, hot_journal.with_name(hot_journal.name + ".lock"))
    code, out, err = run(capsys, "check", hot_journal)
    assert (code, err) == (0, "")
    assert out.startswith("demo.samenwerk: in orde") and "10 partijen" in out
    assert victim.read_bytes() == VICTIM
    assert not hot_journal.with_name(hot_journal.name + "-journal").exists()
    with storage.Project.open(hot_journal, read_only=True) as project:
        assert "HALF" not in [p.name for p in project.load().parties]


@pytest.mark.parametrize("ending", ["-journal", "-wal", "-shm"])
def test_a_linked_side_file_is_refused_and_its_target_untouched(demo_path, victim, ending):
    link = demo_path.with_name(demo_path.name + ending)
    os.symlink(victim, link)
    before = sha(demo_path)
    with pytest.raises(errors.FileRefused) as info:
        storage.Project.open(demo_path)
    assert str(info.value) == (f"Naast ‘demo.samenwerk’ staat ‘demo.samenwerk{ending}’ als koppeling naar een ander "
                               f"bestand; verwijder die koppeling en open het opnieuw.")
    assert victim.read_bytes() == VICTIM and sha(demo_path) == before


# -- a symlink loop as input --------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["check"], ["export", "-o", "uit.json"], ["report", "-o", "uit.pdf"]])
def test_a_symlink_loop_as_input_is_refused_in_one_sentence(capsys, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    os.symlink("lus.samenwerk", "lus.samenwerk")
    code, out, err = run(capsys, command[0], "lus.samenwerk", *command[1:])
    assert (code, out) == (2, "")
    assert err == "samenwerk: ‘lus.samenwerk’ is een koppeling die naar zichzelf verwijst; kies het bestand zelf.\n"


def test_a_pipe_as_input_is_refused_in_one_sentence(capsys, tmp_path):
    pipe = tmp_path / "pijp.samenwerk"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "check", pipe)
    assert (code, err) == (2, "samenwerk: ‘pijp.samenwerk’ is geen gewoon bestand; kies een projectbestand.\n")


def test_a_name_too_long_is_refused_in_one_sentence(capsys, tmp_path):
    name = "x" * 300 + ".samenwerk"
    code, _, err = run(capsys, "check", tmp_path / name)
    assert code == 2
    assert err == f"samenwerk: De naam van ‘{name[:60]}…’ is te lang; kies een kortere naam.\n"


# -- one file, always: WAL ---------------------------------------------------------------------------


@pytest.fixture
def wal_project(demo_path, tmp_path) -> Path:
    """A project left in WAL mode by another SQLite program, its last edit only in ``-wal``."""
    conn = sqlite3.connect(demo_path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE collaboration SET title = 'Alleen in de WAL' WHERE id = 1")
        folder = tmp_path / "wal"
        folder.mkdir()
        shutil.copyfile(demo_path, folder / demo_path.name)  # copied while the WAL is still open
        shutil.copyfile(demo_path.with_name(demo_path.name + "-wal"), folder / (demo_path.name + "-wal"))
    finally:
        conn.close()
    path = folder / demo_path.name
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # the main file alone is old
    try:
        assert conn.execute("SELECT title FROM collaboration").fetchone()[0] == "Warm en Droog Maasoever"
    finally:
        conn.close()
    return path


def listing(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir())}


def test_a_writable_open_folds_the_wal_into_the_one_file(wal_project):
    with storage.Project.open(wal_project) as project:
        assert project.collaboration().title == "Alleen in de WAL"
        project.update_collaboration(challenge="Daarna nog een wijziging")
        assert [p.name for p in wal_project.parent.iterdir()] == [wal_project.name]
    header = wal_project.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)  # the rollback journal, not WAL
    alone = wal_project.parent.parent / "alleen.samenwerk"  # the file alone, as mailed to a colleague
    shutil.copyfile(wal_project, alone)
    with storage.Project.open(alone, read_only=True) as copy:
        assert copy.collaboration().title == "Alleen in de WAL"
        assert copy.collaboration().challenge == "Daarna nog een wijziging"


@pytest.mark.parametrize("how", ["read_only=True", "read-only file", "check", "export", "csv", "report"])
def test_a_read_only_open_reads_the_wal_without_changing_either_file(capsys, wal_project, tmp_path, how):
    folder = wal_project.parent
    before = listing(folder)
    out = tmp_path / "uit"
    if how == "read_only=True":
        with storage.Project.open(wal_project, read_only=True) as project:
            assert project.collaboration().title == "Alleen in de WAL"
    elif how == "read-only file":
        wal_project.chmod(0o444)
        try:
            with storage.Project.open(wal_project) as project:
                assert project.read_only and project.collaboration().title == "Alleen in de WAL"
        finally:
            wal_project.chmod(0o644)
    elif how == "check":
        code, text, _ = run(capsys, "check", wal_project)
        assert code == 0 and "Samenwerking: Alleen in de WAL" in text
    elif how == "export":
        assert run(capsys, "export", wal_project, "-o", out.with_suffix(".json"))[0] == 0
        assert '"title": "Alleen in de WAL"' in out.with_suffix(".json").read_text("utf-8")
    elif how == "csv":
        assert run(capsys, "csv", wal_project, "--what", "parties", "-o", out.with_suffix(".csv"))[0] == 0
    else:
        assert run(capsys, "report", wal_project, "--latest-meeting", "-o", out.with_suffix(".pdf"))[0] == 0
    assert listing(folder) == before  # neither the file nor its -wal changed, no -shm appeared


def test_inspecting_a_wal_file_leaves_no_private_copy_behind(wal_project, tmp_path, monkeypatch):
    private = tmp_path / "prive"
    private.mkdir()
    monkeypatch.setattr(safefile.tempfile, "tempdir", str(private))
    assert storage.inspect_file(wal_project) == storage.SCHEMA_VERSION
    with storage.Project.open(wal_project, read_only=True) as project:
        assert len(list(private.iterdir())) == 1
        assert project.count("party") == 10
    assert list(private.iterdir()) == []
