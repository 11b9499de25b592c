"""The window's file commands: a refused file offers a repaired copy, a migrated file is named, every output follows the rule."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from holding import Holder
from PySide6.QtCore import QSettings

from samenwerk_desktop.core.model import Party
from samenwerk_desktop.core.storage import Project, frozen, inspect, schema
from samenwerk_desktop.gui import file_actions, main_window, report_dialog
from samenwerk_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
#: the window offers a button, so its sentence does not name the command line's repair
PARTS = "‘klein.samenwerk’ bevat onderdelen die Samenwerk niet maakt en wordt daarom niet geopend."
TRIGGER = "CREATE TRIGGER sqliteXwipe AFTER UPDATE ON party BEGIN DELETE FROM agreement; END"
OWN = "‘{}’ is het geopende project zelf; kies een andere naam."
ELSEWHERE = "‘{}’ is geopend in een ander Samenwerk-venster; sluit het daar of kies een andere naam."
OVER_PROJECT = "‘{}’ is een Samenwerk-project; daar wordt nooit {} overheen geschreven. Kies een andere naam."


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def hostile(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def shown(monkeypatch):
    """What the window told the user: sentences, notices, offers, repair reports and the save dialogs asked."""
    said = {"inform": [], "notify": [], "offer": [], "done": [], "asked": []}
    for module in (main_window, file_actions, report_dialog):
        monkeypatch.setattr(module, "inform", lambda parent, text, title=None: said["inform"].append(text))
    monkeypatch.setattr(file_actions, "notify", lambda parent, text: said["notify"].append(text))
    monkeypatch.setattr(file_actions, "show_list", lambda parent, text, lines: said["done"].append((text, lines)))
    monkeypatch.setattr(file_actions, "ask_repair",
                        lambda parent, text, problems: said["offer"].append((text, problems)) or True)
    return said


def answer_save_dialog(monkeypatch, shown, path):
    """The save dialog answers ``path`` (an existing file there counts as confirmed, as QFileDialog asks)."""
    def ask(parent, caption, name_filter, suffix, suggested="", folder=""):
        shown["asked"].append((suggested, folder))
        return None if path is None else str(path)
    monkeypatch.setattr(file_actions, "ask_save_path", ask)
    monkeypatch.setattr(report_dialog, "ask_save_path", lambda *a, **k: None if path is None else str(path))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    from window_data import make_small_project

    path = tmp_path_factory.mktemp("template") / "klein.samenwerk"
    make_small_project(path)
    return path


@pytest.fixture
def small_project(template, tmp_path) -> Path:
    """A fresh copy of the small project (made once per module: these tests only need its file)."""
    path = tmp_path / "klein.samenwerk"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def window(qtbot, shown):
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def refused_file(small_project):
    return hostile(small_project, TRIGGER)


# -- a file that is not exactly ours: the repair offer ------------------------------------------------------


def open_from_menu(window, path, monkeypatch):
    monkeypatch.setattr(file_actions, "ask_open_path", lambda parent, folder="": str(path))
    window.action_open.trigger()
    return window.document.project.path if window.document else None


def open_from_recent(window, path, monkeypatch):
    QSettings().setValue("recentFiles", [str(path)])
    window._fill_recent_menu()
    window.recent_menu.actions()[0].trigger()
    return window.document.project.path if window.document else None


@pytest.mark.parametrize("opener", [open_from_menu, open_from_recent])
def test_a_refused_file_offers_a_repaired_copy_and_opens_it(window, refused_file, shown, monkeypatch, opener):
    before = sha(refused_file)
    repaired = refused_file.with_name("klein (hersteld).samenwerk")
    answer_save_dialog(monkeypatch, shown, repaired)
    assert opener(window, refused_file, monkeypatch) == repaired
    assert shown["offer"] == [(PARTS, ["Samenwerk maakt geen trigger ‘sqliteXwipe’."])]
    assert shown["asked"] == [("klein (hersteld).samenwerk", str(refused_file.parent))]
    assert shown["done"] == [("De herstelde kopie ‘klein (hersteld).samenwerk’ is gemaakt; ‘klein.samenwerk’ zelf "
                              "is niet veranderd. Dit is er veranderd:", ["De trigger ‘sqliteXwipe’ is weggelaten."])]
    assert shown["inform"] == []
    assert sha(refused_file) == before


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from samenwerk_desktop.gui import app, file_actions
    opened = file_actions.open_file
    def open_file(window, path, **kw):
        ok = opened(window, path, **kw)
        print("geopend" if ok else "geweigerd", Path(path).name, flush=True)
        return ok
    file_actions.open_file = open_file
    file_actions.ask_repair = lambda parent, text, problems: print("aanbod", *problems, flush=True) or True
    file_actions.ask_save_path = lambda *a, **k: sys.argv[2]
    file_actions.show_list = lambda parent, text, lines: print("veranderd", *lines, flush=True)
    sys.exit(app.run(sys.argv[1], quit_when_shown=True))
""")


def test_a_refused_file_on_the_command_line_is_offered_a_repaired_copy_too(refused_file):
    """In a process of its own: a real event loop must not run inside the test process."""
    before = sha(refused_file)
    repaired = refused_file.with_name("klein (hersteld).samenwerk")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(refused_file.parent / "config")}
    result = subprocess.run([sys.executable, "-c", CHILD, str(refused_file), str(repaired)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["aanbod Samenwerk maakt geen trigger ‘sqliteXwipe’.",
                                          "veranderd De trigger ‘sqliteXwipe’ is weggelaten.",
                                          "geopend klein (hersteld).samenwerk", "geopend klein.samenwerk"]
    assert sha(refused_file) == before
    assert "Traceback" not in result.stderr


def test_text_that_is_not_utf8_is_offered_a_repair_when_it_is_read(window, small_project, shown, monkeypatch):
    hostile(small_project, "UPDATE party SET name = CAST(x'ff41' AS TEXT) WHERE id = 2")
    before = sha(small_project)
    answer_save_dialog(monkeypatch, shown, small_project.with_name("klein (hersteld).samenwerk"))
    assert window.open_file(small_project)
    assert shown["offer"][0][1] == ["Het bestand bevat tekst die geen geldige UTF-8 is."]
    assert "�A" in [p.name for p in window.document.data.parties]
    assert sha(small_project) == before


@pytest.mark.parametrize("where", ["offer", "save dialog"])
def test_cancelling_the_repair_writes_nothing(window, refused_file, shown, monkeypatch, where):
    before = sha(refused_file)
    if where == "offer":
        monkeypatch.setattr(file_actions, "ask_repair", lambda parent, text, problems: False)
    answer_save_dialog(monkeypatch, shown, None)
    assert not window.open_file(refused_file)
    assert window.document is None
    assert sorted(p.name for p in refused_file.parent.iterdir()) == ["klein.samenwerk"]
    assert sha(refused_file) == before


def test_the_proposed_name_of_the_repaired_copy_is_a_free_one(window, refused_file, shown, monkeypatch):
    taken = refused_file.with_name("klein (hersteld).samenwerk")
    taken.write_bytes(b"van iemand anders")
    answer_save_dialog(monkeypatch, shown, None)
    window.open_file(refused_file)
    assert shown["asked"] == [("klein (hersteld 2).samenwerk", str(refused_file.parent))]
    assert taken.read_bytes() == b"van iemand anders"


def test_the_repaired_copy_cannot_go_over_the_refused_file(window, refused_file, shown, monkeypatch):
    before = sha(refused_file)
    answer_save_dialog(monkeypatch, shown, refused_file)
    assert not window.open_file(refused_file)
    assert shown["inform"] == ["De herstelde kopie kan niet over ‘klein.samenwerk’ zelf worden geschreven; "
                               "kies een andere naam."]
    assert sha(refused_file) == before


def test_a_damaged_file_gets_its_sentence_and_no_repair_offer(window, small_project, shown):
    data = bytearray(small_project.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # a real header, pages of garbage
    small_project.write_bytes(bytes(data))
    assert not window.open_file(small_project)
    assert shown["offer"] == []
    assert shown["inform"] == ["‘klein.samenwerk’ is beschadigd en kan niet worden geopend. Gebruik een reservekopie."]


def newer(path: Path) -> Path:
    hostile(path, "PRAGMA user_version = 99")
    return path


def looped(path: Path) -> Path:
    loop = path.with_name("rond.samenwerk")
    loop.symlink_to(loop)
    return loop


def unreadable(path: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path.chmod(0)
    return path


def a_pipe(path: Path) -> Path:
    pipe = path.with_name("pijp.samenwerk")
    os.mkfifo(pipe)
    return pipe


@pytest.mark.parametrize(("make", "expected"), [
    (a_pipe, "‘pijp.samenwerk’ is geen gewoon bestand; kies een projectbestand."),
    (lambda p: p.parent, "‘{}’ is een map, geen bestand."),
    (looped, "‘rond.samenwerk’ is een koppeling die naar zichzelf verwijst; kies het bestand zelf."),
    (unreadable, "Geen toestemming om ‘klein.samenwerk’ te lezen."),
    (newer, "‘klein.samenwerk’ is gemaakt met een nieuwere versie van Samenwerk (bestandsversie 99); deze versie "
            f"kan bestandsversie {schema.SCHEMA_VERSION} en ouder openen. Werk Samenwerk bij."),
    (lambda p: p.with_name("weg.samenwerk"), "Het bestand ‘weg.samenwerk’ bestaat niet."),
])
def test_every_file_that_cannot_be_opened_gets_one_sentence(window, small_project, shown, make, expected):
    target = make(small_project)
    assert not window.open_file(target)
    assert len(shown["inform"]) == 1 and shown["offer"] == []
    assert shown["inform"][0] == expected.format(target.name)


# -- a file open in another Samenwerk (a child process) --------------------------------------------------

@pytest.fixture(scope="module")
def held(tmp_path_factory):
    from window_data import make_small_project

    path = tmp_path_factory.mktemp("held") / "gedeeld.samenwerk"
    make_small_project(path)
    holder = Holder(path)
    yield holder
    holder.stop()


def test_a_file_open_in_another_samenwerk_is_refused_in_one_sentence(window, held, shown):
    before = sha(held.path)
    assert not window.open_file(held.path)
    assert shown["inform"] == ["‘gedeeld.samenwerk’ is al geopend in een ander Samenwerk-venster. Sluit het daar eerst."]
    assert sha(held.path) == before


# -- a migrated file --------------------------------------------------------------------------------------


NOW = schema.SCHEMA_VERSION
NEXT = NOW + 1


@pytest.fixture
def version_2(monkeypatch):
    """A synthetic file version after the newest real one that adds one index (as tests/core/test_schema_versions.py)."""
    v2 = ["CREATE INDEX party_name ON party(name)"]
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, v2)
    monkeypatch.setitem(frozen.FROZEN, NEXT, (*frozen.FROZEN[NOW], *v2))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(inspect, "SCHEMA_VERSION", NEXT)


def test_a_migrated_file_is_named_once_with_its_backup(window, small_project, shown, version_2):
    before = sha(small_project)
    assert window.open_file(small_project)
    notice = (f"‘klein.samenwerk’ is bijgewerkt naar bestandsversie {NEXT}; de oude versie staat ernaast als "
              f"‘klein (versie {NOW}).samenwerk’.")
    assert shown["notify"] == [notice]
    assert sha(small_project.with_name(f"klein (versie {NOW}).samenwerk")) == before
    window.close_document()
    assert window.open_file(small_project)
    assert shown["notify"] == [notice]  # once: the file is up to date now


# -- every dialog that writes a file ----------------------------------------------------------------------

CSV_KINDS = [what for what, _text in report_dialog.csv_actions()]
WRITERS = ["save_as", "new", "json", *(f"csv-{what}" for what in CSV_KINDS), "repair"]
PROJECT_WRITERS = ("save_as", "new", "repair")
SUFFIXES = {"json": ".json", **{f"csv-{what}": ".csv" for what in CSV_KINDS}}
WHAT = {".json": "een JSON-bestand", ".csv": "een CSV-bestand"}


def write(window, writer, target, monkeypatch, shown, tmp_path) -> None:
    """Run one writing dialog of the window with ``target`` as the answer of its save dialog."""
    answer_save_dialog(monkeypatch, shown, target)
    if writer == "save_as":
        window.save_as()
    elif writer == "new":
        monkeypatch.setattr(file_actions, "ask_title", lambda parent: "Nieuw begin")
        window.new_file()
    elif writer == "json":
        window.export_json()
    elif writer.startswith("csv-"):
        report_dialog.export_csv_interactive(window, window.document, writer[4:])
    else:
        refused = tmp_path / "vreemd.samenwerk"
        shutil.copyfile(window.document.project.path, refused)
        window.open_file(hostile(refused, TRIGGER))


def suffix_of(writer: str) -> str:
    return SUFFIXES.get(writer, ".samenwerk")


@pytest.fixture
def opened(window, small_project):
    assert window.open_file(small_project)
    return window


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_target_the_user_confirmed_is_replaced(opened, tmp_path, monkeypatch, shown, writer):
    target = tmp_path / f"bestaand{suffix_of(writer)}"
    if writer in PROJECT_WRITERS:
        shutil.copyfile(opened.document.project.path, target)
        with Project.open(target) as other:
            other.add(Party(name="Alleen in het oude bestand"))
    else:
        target.write_text("oud\n", encoding="utf-8")
    before = sha(target)
    write(opened, writer, target, monkeypatch, shown, tmp_path)
    assert shown["inform"] == []
    assert sha(target) != before
    if writer in PROJECT_WRITERS:
        assert opened.document.project.path == target
        assert "Alleen in het oude bestand" not in [p.name for p in opened.document.data.parties]


@pytest.mark.parametrize("via_link", [False, True])
@pytest.mark.parametrize("writer", WRITERS)
def test_the_open_project_is_never_a_target(opened, small_project, tmp_path, monkeypatch, shown, writer, via_link):
    before = sha(small_project)
    target = tmp_path / f"koppeling{suffix_of(writer)}" if via_link else small_project
    if via_link:
        target.symlink_to(small_project)
    elif writer not in PROJECT_WRITERS:
        target = tmp_path / f"klein{suffix_of(writer)}"
        os.link(small_project, target)  # the open project under the name an export would get
    write(opened, writer, target, monkeypatch, shown, tmp_path)
    assert shown["inform"] == [OWN.format(target.name)]
    assert sha(small_project) == before
    assert opened.document.project.path == small_project


@pytest.mark.parametrize("writer", WRITERS)
def test_a_file_open_in_another_samenwerk_is_never_a_target(opened, held, tmp_path, monkeypatch, shown, writer):
    target = held.path
    if writer not in PROJECT_WRITERS:
        target = tmp_path / f"gedeeld{suffix_of(writer)}"
        os.link(held.path, target)
    before = sha(held.path)
    write(opened, writer, target, monkeypatch, shown, tmp_path)
    assert shown["inform"] == [ELSEWHERE.format(target.name)]
    assert sha(held.path) == before
    assert held.edit() == "edited"


@pytest.mark.parametrize("writer", [w for w in WRITERS if w not in PROJECT_WRITERS])
def test_an_export_never_goes_over_a_project(opened, small_project, tmp_path, monkeypatch, shown, writer):
    target = tmp_path / f"project{suffix_of(writer)}"
    shutil.copyfile(small_project, target)  # a project that is open nowhere, under an export's name
    before = sha(target)
    write(opened, writer, target, monkeypatch, shown, tmp_path)
    assert shown["inform"] == [OVER_PROJECT.format(target.name, WHAT[suffix_of(writer)])]
    assert sha(target) == before


@pytest.mark.parametrize(("answer", "expected"), [(True, "uit.json"), (False, None)])
def test_a_suffix_added_after_the_file_dialog_is_asked_about(tmp_path, monkeypatch, answer, expected):
    (tmp_path / "uit.json").write_text("oud", encoding="utf-8")
    asked = []
    monkeypatch.setattr(file_actions, "ask_replace", lambda parent, path: asked.append(Path(path).name) or answer)
    chosen = file_actions.with_suffix_confirmed(None, str(tmp_path / "uit"), ".json")
    assert (Path(chosen).name if chosen else None) == expected
    assert asked == ["uit.json"]


def test_a_name_with_its_suffix_is_not_asked_about_again(tmp_path, monkeypatch):
    (tmp_path / "uit.json").write_text("oud", encoding="utf-8")
    monkeypatch.setattr(file_actions, "ask_replace", lambda parent, path: pytest.fail("the file dialog asked already"))
    assert file_actions.with_suffix_confirmed(None, str(tmp_path / "uit.json"), ".json") == str(tmp_path / "uit.json")
