"""Files Project.open refuses, each with one clear sentence and not a byte changed; read-only and full disks."""

import hashlib
import random
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samenwerk_desktop.core import errors, storage
from samenwerk_desktop.core.i18n import set_language
from samenwerk_desktop.core.model import Party

ROOT = Path(__file__).resolve().parents[2]
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4a30000000049454e44ae426082")


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def refused(path, error_type) -> errors.SamenwerkError:
    """Open must refuse with ``error_type``, leave the file byte-identical and leave no lock behind."""
    before = sha(path)
    with pytest.raises(error_type) as info:
        storage.Project.open(path)
    assert sha(path) == before
    message = str(info.value)
    assert "\n" not in message and message.endswith(".")
    assert Path(path).name in message
    return info.value


@pytest.mark.parametrize("content", [
    b"Dit is een notitie, geen project.\n",
    b"",
    PNG,
    b"SQLite format 2\x00" + b"\x00" * 200,
    b"{\"format\": \"samenwerk\"}",
], ids=["text", "empty", "png", "almost-sqlite", "json"])
def test_a_file_that_is_not_sqlite_is_refused(tmp_path, content):
    path = tmp_path / "bestand.samenwerk"
    path.write_bytes(content)
    error = refused(path, errors.NotSQLiteError)
    assert str(error) == "‘bestand.samenwerk’ is geen Samenwerk-project (het is geen SQLite-bestand)."
    assert not path.with_name(path.name + ".lock").exists()


def test_an_sqlite_database_that_is_not_a_project_is_refused(tmp_path):
    path = tmp_path / "adressen.samenwerk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE adres (naam TEXT)")
    conn.commit()
    conn.close()
    error = refused(path, errors.NotAProjectError)
    assert "geen Samenwerk-project" in str(error)
    set_language("en")
    assert str(error) == "‘adressen.samenwerk’ is an SQLite database, but not a Samenwerk project."


def test_a_project_from_a_newer_version_names_both_versions(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    error = refused(demo_path, errors.NewerVersionError)
    assert "bestandsversie 99" in str(error) and f"bestandsversie {storage.SCHEMA_VERSION}" in str(error)
    set_language("en")
    assert "file version 99" in str(error) and f"file version {storage.SCHEMA_VERSION}" in str(error)


def corrupt(path: Path, first_page: int, n_pages: int, page_size: int = 4096) -> None:
    with open(path, "r+b") as fh:
        fh.seek(first_page * page_size)
        fh.write(random.Random(first_page).randbytes(n_pages * page_size))  # the same damage every run


@pytest.mark.parametrize("first_page, n_pages", [(5, 3), (15, 10), (2, 1)])
def test_a_damaged_project_is_refused(demo_path, first_page, n_pages):
    size = demo_path.stat().st_size
    assert size > (first_page + n_pages) * 4096
    corrupt(demo_path, first_page, n_pages)
    error = refused(demo_path, errors.DamagedError)
    assert "beschadigd" in str(error) and "reservekopie" in str(error)


def test_a_truncated_project_is_refused(demo_path):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    refused(demo_path, errors.DamagedError)


@pytest.mark.parametrize("statement", [
    "CREATE TRIGGER spy AFTER INSERT ON party BEGIN UPDATE party SET private_note = 'x'; END",
    "CREATE VIEW geheim AS SELECT private_note FROM party",
    "CREATE TABLE extra (x TEXT)",
], ids=["trigger", "view", "table"])
def test_a_project_with_foreign_parts_is_refused(demo_path, statement):
    conn = sqlite3.connect(demo_path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    error = refused(demo_path, errors.UnexpectedContentError)
    assert str(error) == ("‘demo.samenwerk’ bevat onderdelen die Samenwerk niet maakt en wordt daarom niet geopend; "
                          "met ‘samenwerk repair’ maakt u er een bruikbare kopie van.")
    assert error.repairable and error.problems


def test_a_missing_file_or_a_folder_is_refused(tmp_path):
    with pytest.raises(errors.FileRefused) as info:
        storage.Project.open(tmp_path / "weg.samenwerk")
    assert str(info.value) == "Het bestand ‘weg.samenwerk’ bestaat niet."
    folder = tmp_path / "map.samenwerk"
    folder.mkdir()
    with pytest.raises(errors.FileRefused) as info:
        storage.Project.open(folder)
    assert "is een map" in str(info.value)


HOLDER = textwrap.dedent("""
    import sys
    from samenwerk_desktop.core.storage import Project
    project = Project.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    project.close()
""")


def test_a_project_open_in_another_samenwerk_is_refused(demo_path):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_path)], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        before = sha(demo_path)
        with pytest.raises(errors.AlreadyOpenError) as info:
            storage.Project.open(demo_path)
        assert str(info.value) == ("‘demo.samenwerk’ is al geopend in een ander Samenwerk-venster. "
                                   "Sluit het daar eerst.")
        assert sha(demo_path) == before
        with storage.Project.open(demo_path, read_only=True) as viewer:  # looking is still allowed
            assert viewer.read_only and viewer.count("party") == 10
    finally:
        child.stdin.write("\n")
        child.stdin.close()
        child.wait(timeout=20)
        child.stdout.close()
    with storage.Project.open(demo_path) as project:  # free again once the other one closed it
        assert not project.read_only


def test_a_project_open_twice_in_one_process_is_refused(demo_project):
    with pytest.raises(errors.AlreadyOpenError):
        storage.Project.open(demo_project.path)


def test_a_stale_lock_file_does_not_block(demo_path):
    lock = demo_path.with_name(demo_path.name + ".lock")
    lock.write_text("12345\n")
    with storage.Project.open(demo_path) as project:
        assert not project.read_only


# -- read-only files ------------------------------------------------------------


@pytest.fixture
def read_only_path(demo_path):
    demo_path.chmod(0o444)
    yield demo_path
    demo_path.chmod(0o644)


def test_a_read_only_file_opens_read_only(read_only_path):
    before = sha(read_only_path)
    with storage.Project.open(read_only_path) as project:
        assert project.read_only
        data = project.load()
        assert len(data.parties) == 10
        with pytest.raises(errors.ReadOnlyError) as info:
            project.update("party", 1, stance=0)
        assert str(info.value) == "Dit project is alleen-lezen geopend; wijzigingen worden niet opgeslagen."
        for op in (lambda: project.add(Party(name="Nieuw")), lambda: project.delete("party", 1),
                   lambda: project.set_roles({(1, 2): "R"}), lambda: project.update_collaboration(title="X"),
                   lambda: project.reorder("party", [2, 1])):
            with pytest.raises(errors.ReadOnlyError):
                op()
        assert project.load() == data
    assert sha(read_only_path) == before
    assert stat.S_IMODE(read_only_path.stat().st_mode) == 0o444
    assert not read_only_path.with_name(read_only_path.name + ".lock").exists()


def test_asking_for_read_only_leaves_the_file_alone(demo_path):
    before = sha(demo_path)
    with storage.Project.open(demo_path, read_only=True) as project:
        with pytest.raises(errors.ReadOnlyError):
            project.update("party", 1, stance=0)
        with storage.Project.open(demo_path) as writer:  # a viewer does not take the lock
            writer.update("party", 1, stance=0)
    assert sha(demo_path) != before


# -- a full disk ------------------------------------------------------------------


def quick_check(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


def test_a_full_disk_refuses_the_change_and_keeps_the_file_sound(demo_project):
    demo_project.update("party", 2, stance=2)
    before = demo_project.load()
    pages = demo_project.db.execute("PRAGMA page_count").fetchone()[0]
    demo_project.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(errors.StorageError) as info:
        for i in range(5):
            demo_project.add(Party(name=f"Stichting {i}", position="ruimte " * 14_000))
    assert str(info.value).startswith("De schijf is vol: ‘demo.samenwerk’ is niet geschreven.")
    assert demo_project.load() == before
    with pytest.raises(errors.StorageError):
        demo_project.update("party", 3, position="x" * 90_000)
    assert demo_project.get("party", 3).position == before.entities["party"][3].position
    demo_project.db.execute(f"PRAGMA max_page_count = {pages * 100}")  # space freed: work goes on
    demo_project.update("party", 3, stance=-1)
    path = demo_project.path
    demo_project.close()
    assert quick_check(path) == "ok"
    with storage.Project.open(path) as again:
        data = again.load()
        assert data.entities["party"][2].stance == 2
        assert data.entities["party"][3].stance == -1
        assert len(data.parties) == 10
