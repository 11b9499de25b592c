"""The main window: panels, menus, undo across panels, files, language and screenshots."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTextEdit,
    QWidget,
)
from window_data import make_small_project

from samenwerk_desktop.core.model import Party, WorkItem
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui import app, file_actions, main_window, settings
from samenwerk_desktop.gui.main_window import MainWindow
from samenwerk_desktop.gui.map.dialogs import AddPartyDialog
from samenwerk_desktop.gui.map.items import PartyItem


@pytest.fixture
def messages(monkeypatch):
    """Sentences the window showed the user (instead of modal message boxes)."""
    shown: list[str] = []
    monkeypatch.setattr(main_window, "inform", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(file_actions, "inform", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, messages):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    yield win
    win.close()


@pytest.fixture
def opened(window, small_project, qtbot):
    assert window.open_file(small_project)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored_parties(path):
    with Project.open(path, read_only=True) as project:
        return project.load().entities["party"]


def all_visible_text(win: QWidget) -> list[str]:
    """Every text a person could read in the window: widgets and texts on the map."""
    texts: list[str] = []
    for widget in win.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        texts.append(widget.toolTip())
        texts.append(widget.windowTitle())
    for view in win.findChildren(QTableView):
        model = view.model()
        if model is not None:
            for r in range(min(model.rowCount(), 200)):
                for c in range(min(model.columnCount(), 100)):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.index(r, c).data(role)
                        if value is not None:
                            texts.append(str(value))
    if win.map_view is not None:
        for item in win.map_view.map_scene.items():
            if isinstance(item, (QGraphicsSimpleTextItem,)):
                texts.append(item.text())
            elif isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, PartyItem):
                texts += [item.label, item.toolTip()]
            elif hasattr(item, "toolTip"):
                texts.append(item.toolTip())
    return texts


def party_id(document, name):
    return next(p.id for p in document.data.parties if p.name == name)


# -- the shell ------------------------------------------------------------------------------------------


def test_empty_window_invites_to_open_or_create(window):
    assert window.document is None
    assert window.stack.currentWidget() is window.welcome_page
    assert "Geen samenwerking geopend" in window.status_label.text()
    assert not window.action_save_as.isEnabled()
    assert not window.action_undo.isEnabled()


def test_opening_puts_all_panels_in_the_window(opened):
    assert opened.findChild(QWidget, "mapView") is opened.map_view
    for name in ("raciTable", "agreementsPanel", "partyInspector"):
        assert opened.findChild(QWidget, name) is not None, name
    assert "klein.samenwerk" in opened.windowTitle()
    assert "Alle wijzigingen opgeslagen in" in opened.status_label.text()


def test_every_command_has_a_shortcut(window):
    lines = dict(window.shortcut_lines())
    for command in ("Nieuw…", "Openen…", "Opslaan als…", "Exporteren als JSON…", "Sluiten", "Ongedaan maken",
                    "Opnieuw", "Verwijderen", "Alles selecteren", "Inzoomen", "Uitzoomen", "Passend maken",
                    "Netwerk", "Macht-belangenraster", "Zaalscherm", "Over Samenwerk", "Sneltoetsen",
                    "Kaart", "Verantwoordelijkheden (RACI)", "Afspraken", "Partij"):
        assert command in lines, command
    assert lines["Zaalscherm"] == "F5"


def test_menus_are_dutch_by_default(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]


def test_english_menus_with_lang_en(qtbot, messages):
    app.ensure_application("en")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert titles == ["&File", "&Edit", "&View", "&Help"]
        assert win.room.action_open.text() == "&Audience window"
        assert win.status_label.text() == "No collaboration open"
    finally:
        app.ensure_application("nl")
    win2 = MainWindow()
    qtbot.addWidget(win2)
    assert win2.menuBar().actions()[0].text() == "&Bestand"


def test_every_dutch_string_of_the_shell_has_english():
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = module.collect()
    existing = module.read_existing(module.TS_FILE)
    for context in ("MainWindow", "FileActions", "MapScene", "MapView", "MapDialogs", "App"):
        for source in found[context]:
            assert existing.get(context, {}).get(source, ("",))[0], (context, source)


# -- editing across panels ---------------------------------------------------------------------------------


def test_add_party_action_and_undo_redo_across_panels(opened, small_project, monkeypatch):
    monkeypatch.setattr(AddPartyDialog, "ask", classmethod(lambda cls, parent=None: "Provincie Zuid"))
    doc = opened.document
    opened.action_add_party.trigger()
    new_id = party_id(doc, "Provincie Zuid")
    assert new_id in opened.map_view.map_scene.parties
    assert opened.action_undo.isEnabled() and "Partij toevoegen" in opened.action_undo.text()
    # a second edit in another panel's domain: a RACI role for the new party
    change = doc.apply("onderdeel", lambda p: p.add(WorkItem(title="Tracé")))
    work_item = change.ids[0]
    doc.apply("rol", lambda p: p.set_roles({(work_item, new_id): "A"}))
    raci = opened.findChild(QTableView, "raciTable")
    model = raci.model()
    found = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "A" in found
    assert "Alle wijzigingen opgeslagen in" in opened.status_label.text()
    opened.action_undo.trigger()  # role
    opened.action_undo.trigger()  # work item
    assert doc.data.raci == {}
    found = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "A" not in found
    opened.action_undo.trigger()  # party
    assert new_id not in opened.map_view.map_scene.parties
    assert new_id not in stored_parties(small_project)
    for _ in range(3):
        opened.action_redo.trigger()
    assert new_id in opened.map_view.map_scene.parties
    assert doc.data.raci == {(work_item, new_id): "A"}


def test_delete_action_on_the_map_and_undo(opened, small_project):
    doc = opened.document
    pid = party_id(doc, "Woningcorporatie Thuis & Co")
    opened.view_state.set_selection({pid})
    opened.map_view.setFocus()
    opened.action_delete.trigger()
    assert pid not in stored_parties(small_project)
    opened.action_undo.trigger()
    assert pid in stored_parties(small_project)
    assert len(doc.data.entities["relation"]) == 3


def test_select_all_on_the_map(opened):
    opened.map_view.setFocus()
    opened.action_select_all.trigger()
    assert opened.view_state.selected_parties == set(opened.document.data.entities["party"])


def test_a_refused_edit_shows_one_sentence(opened, messages):
    doc = opened.document
    pid = party_id(doc, "Gemeente Rivierstad")
    assert doc.apply("x", lambda p: p.update("party", pid, influence=99)) is None
    assert len(messages) == 1 and "tussen 0 en 10" in messages[0]
    assert "Traceback" not in messages[0]


def test_layout_action_is_stored_and_one_undo_step(opened, small_project):
    opened.layout_actions["grid"].trigger()
    with Project.open(small_project, read_only=True) as project:
        assert project.collaboration().map_layout == "grid"
    assert opened.map_view.map_scene.layout == "grid"
    opened.action_undo.trigger()
    assert opened.map_view.map_scene.layout == "network"
    assert opened.layout_actions["network"].isChecked()


def test_double_click_on_a_party_focuses_the_inspector(opened):
    doc = opened.document
    pid = party_id(doc, "Gemeente Rivierstad")
    opened.toggle_maximise("map")
    opened.map_view.partyActivated.emit(pid)
    assert opened.maximised is None
    assert opened.view_state.selected_parties == {pid}
    assert opened.panes["inspector"].isVisible()


# -- panels fill the window -----------------------------------------------------------------------------------


def test_maximise_a_panel_and_back(opened, qtbot):
    opened.pane_actions["raci"].trigger()
    assert opened.maximised == "raci"
    assert not opened.panes["map"].isVisible() and not opened.panes["inspector"].isVisible()
    assert opened.panes["raci"].isVisible() and not opened.panes["agreements"].isVisible()
    opened.pane_actions["map"].trigger()
    assert opened.maximised == "map" and opened.panes["map"].isVisible() and not opened.panes["raci"].isVisible()
    opened.pane_actions["map"].trigger()
    assert opened.maximised is None
    assert all(p.isVisible() for p in opened.panes.values())


def test_window_and_splitters_are_remembered(qtbot, small_project, messages):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(760, 700)  # inside the offscreen screen, so the geometry comes back unchanged
    win.open_file(small_project)
    win.show()
    qtbot.waitExposed(win)
    win.main_splitter.setSizes([200, 400, 150])
    sizes = win.main_splitter.sizes()
    win.close()
    assert QSettings().value("window/mainSplitter") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    again.open_file(small_project)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == win.size()
    assert all(abs(a - b) <= 2 for a, b in zip(again.main_splitter.sizes(), sizes, strict=True))
    assert str(small_project) == again.recent_files()[0]
    again.close()


@pytest.mark.parametrize("size", [QSize(1600, 1000), QSize(1280, 800)])
def test_default_layout_gives_every_pane_usable_room(qtbot, small_project, messages, size):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(size)
    win.open_file(small_project)
    win.show()
    qtbot.waitExposed(win)
    map_w, side_w, inspector_w = win.main_splitter.sizes()
    assert 280 <= inspector_w <= 320
    agreements = win.panels["agreements"]
    assert agreements.minimumSizeHint().width() <= win.panes["agreements"].viewport().width()  # no sideways scrolling
    inspector = win.panels["inspector"]
    for page in ("collaborationScroll", "profileScroll"):
        if page == "profileScroll":
            win.view_state.set_selection({win.document.data.parties[0].id})
        scroll = inspector.findChild(QScrollArea, page)
        qtbot.waitUntil(scroll.isVisible)
        qtbot.waitUntil(lambda s=scroll: s.viewport().width() > 100)
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width() + 2, page
    assert map_w >= 0.3 * size.width() and side_w >= 0.3 * size.width()
    raci_h, agreements_h = win.side_splitter.sizes()
    assert raci_h > agreements_h >= 0.3 * win.side_splitter.height()
    win.close()


# -- files ---------------------------------------------------------------------------------------------------------


def test_close_and_reopen_shows_the_same_state(qtbot, small_project, messages):
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_file(small_project)
    doc = win.document
    pid = party_id(doc, "Netbeheerder Stroomnet")
    doc.apply("x", lambda p: p.update("party", pid, x=11.5, y=-22.0, stance=-1))
    win.layout_actions["onion"].trigger()
    positions = {k: (v.pos().x(), v.pos().y()) for k, v in win.map_view.map_scene.parties.items()}
    win.close()
    assert win.document is None
    reopened = MainWindow()
    qtbot.addWidget(reopened)
    assert reopened.open_file(small_project)  # the lock was released
    scene = reopened.map_view.map_scene
    assert scene.layout == "onion"
    assert {k: (v.pos().x(), v.pos().y()) for k, v in scene.parties.items()} == positions
    assert scene.parties[pid].stance == -1
    assert reopened.document.data.entities["party"][pid].x == 11.5
    reopened.close()


def test_opening_a_damaged_or_missing_file_says_one_sentence(window, tmp_path, messages):
    bad = tmp_path / "kapot.samenwerk"
    bad.write_bytes(b"dit is geen database" * 10)
    assert not window.open_file(bad)
    assert not window.open_file(tmp_path / "weg.samenwerk")
    assert len(messages) == 2 and all(m.endswith(".") for m in messages)
    assert window.document is None
    assert bad.read_bytes() == b"dit is geen database" * 10


def test_a_file_open_elsewhere_is_refused(window, small_project, messages):
    other = Project.open(small_project)
    try:
        assert not window.open_file(small_project)
        assert "geopend" in messages[0]
    finally:
        other.close()


def test_read_only_file_says_so_in_the_status_bar(window, small_project):
    small_project.chmod(0o444)
    try:
        assert window.open_file(small_project)
        assert "Alleen-lezen" in window.status_label.text()
        assert not window.action_add_party.isEnabled()
    finally:
        window.close_document()
        small_project.chmod(0o644)


def test_new_file(window, tmp_path, monkeypatch):
    target = tmp_path / "nieuw"
    monkeypatch.setattr(file_actions, "ask_title", lambda parent: "")
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: str(target) + ".samenwerk")
    window.action_new.trigger()
    assert window.document is not None
    assert window.document.project.path.name == "nieuw.samenwerk"
    assert window.document.data.collaboration.title == "nieuw"  # no title typed: the file's name


def test_new_file_asks_the_title_and_shows_the_collaboration_form(window, tmp_path, monkeypatch, qtbot):
    asked = []
    monkeypatch.setattr(file_actions, "ask_title", lambda parent: "Wijk <Oost> & 🌱")
    monkeypatch.setattr(file_actions, "ask_save_path",
                        lambda *a, **k: asked.append(k.get("suggested")) or str(tmp_path / "oost.samenwerk"))
    window.show()
    qtbot.waitExposed(window)
    window.action_new.trigger()
    assert window.document.data.collaboration.title == "Wijk <Oost> & 🌱"
    assert asked == ["Wijk Oost.samenwerk"]
    assert "Wijk <Oost> & 🌱" in window.windowTitle()
    inspector = window.panels["inspector"]
    assert inspector.pages.currentIndex() == 0
    assert inspector.collaboration_form.isVisibleTo(window)
    assert inspector.collaboration_form.title_edit.text() == "Wijk <Oost> & 🌱"


def test_new_file_over_the_open_file_is_refused_and_keeps_it(opened, small_project, monkeypatch, messages):
    before = small_project.read_bytes()
    monkeypatch.setattr(file_actions, "ask_title", lambda parent: "Opnieuw beginnen")
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: str(small_project))
    opened.action_new.trigger()
    assert messages == ["‘klein.samenwerk’ is het geopende project zelf; kies een andere naam."]
    assert opened.document.data.collaboration.title == "Warmtenet Rivierenbuurt"
    assert small_project.read_bytes() == before


def test_new_file_cancelled_at_the_title_creates_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(file_actions, "ask_title", lambda parent: None)
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: pytest.fail("no file dialog after a cancel"))
    window.action_new.trigger()
    assert window.document is None
    assert list(tmp_path.glob("*.samenwerk")) == []


def test_properties_command_clears_the_selection_and_shows_the_form(opened, qtbot):
    doc = opened.document
    opened.view_state.set_selection({party_id(doc, "Gemeente Rivierstad")})
    opened.toggle_maximise("map")
    opened.action_properties.trigger()
    assert opened.view_state.selected_parties == frozenset()
    inspector = opened.panels["inspector"]
    assert inspector.isVisible() and inspector.pages.currentIndex() == 0
    assert inspector.collaboration_form.title_edit.text() == "Warmtenet Rivierenbuurt"


def test_save_as_continues_in_the_copy(opened, small_project, tmp_path, monkeypatch):
    copy = tmp_path / "kopie.samenwerk"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: str(copy))
    opened.action_save_as.trigger()
    assert opened.document.project.path == copy
    doc = opened.document
    pid = party_id(doc, "Gemeente Rivierstad")
    doc.apply("x", lambda p: p.update("party", pid, stance=-2))
    assert stored_parties(copy)[pid].stance == -2
    assert stored_parties(small_project)[pid].stance == 2
    Project.open(small_project).close()  # the original is no longer locked


def test_export_json_writes_a_file(opened, tmp_path, monkeypatch, messages):
    target = tmp_path / "uit.json"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: str(target))
    opened.action_export_json.trigger()
    assert messages == []
    assert "Gemeente Rivierstad" in target.read_text(encoding="utf-8")


def test_close_document_releases_the_file(opened, small_project):
    opened.action_close.trigger()
    assert opened.document is None
    assert opened.stack.currentWidget() is opened.welcome_page
    Project.open(small_project).close()


# -- the start function ------------------------------------------------------------------------------------------------


def test_screenshot_writes_a_png_of_the_asked_size(small_project, tmp_path):
    out = tmp_path / "shot.png"
    assert app.run(str(small_project), screenshot=str(out), size=(1024, 700)) == 0
    image = QImage(str(out))
    assert image.size() == QSize(1024, 700)
    Project.open(small_project).close()  # released


def test_screenshot_with_presentation_writes_a_png_of_the_asked_size(small_project, tmp_path):
    out = tmp_path / "present.png"
    assert app.run(str(small_project), screenshot=str(out), size=(800, 600), presentation=True) == 0
    assert QImage(str(out)).size() == QSize(800, 600)


def test_screenshot_of_a_refused_file_says_one_line_on_stderr(tmp_path, capsys):
    out = tmp_path / "x.png"
    assert app.run(str(tmp_path / "bestaat-niet.samenwerk"), screenshot=str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("samenwerk: ") and "Traceback" not in err[0]
    assert not out.exists()


def test_screenshot_with_english(small_project, tmp_path):
    out = tmp_path / "en.png"
    try:
        assert app.run(str(small_project), screenshot=str(out), size=(640, 480), lang="en") == 0
    finally:
        app.ensure_application("nl")
    assert out.exists()


def test_exception_hook_shows_a_sentence_not_a_traceback(monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(app, "show_crash_message", shown.append)
    try:
        raise RuntimeError("kapot")
    except RuntimeError as exc:
        app.exception_hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "Er ging iets mis" in shown[0] and "kapot" not in shown[0]
    assert "RuntimeError: kapot" in capsys.readouterr().err


def test_quit_when_shown_starts_and_stops_cleanly(small_project):
    """In a process of its own: a real event loop must not run inside the test process."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "XDG_CONFIG_HOME": str(small_project.parent / "config")}
    code = ("import sys; from samenwerk_desktop.gui import app; "
            "sys.exit(app.run(sys.argv[1], quit_when_shown=True))")
    done = subprocess.run([sys.executable, "-c", code, str(small_project)], env=env, cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    Project.open(small_project).close()  # the lock was released


def test_demo_like_project_with_hostile_text_opens(window, tmp_path):
    path = tmp_path / "vijandig.samenwerk"
    make_small_project(path)
    with Project.open(path) as project:
        project.add(Party(name="<img src=x> & \u202e evil", kind="company"))
        project.add(Party(name="ب" * 400, kind="nature"))
        project.update_collaboration(why="🌍 " * 3000)
    assert window.open_file(path)
    assert len(window.map_view.map_scene.parties) == 6
    assert len(window.map_view.banner.text.text()) <= 400


def test_damaged_database_content_is_refused(window, tmp_path, messages):
    path = tmp_path / "leeg.samenwerk"
    sqlite3.connect(path).close()
    assert not window.open_file(path)
    assert messages and window.document is None


def test_report_export_actions_plug_in_after_the_window_is_shown(opened, qtbot):
    names = lambda: {a.objectName() for a in opened.export_menu.actions()}  # noqa: E731
    qtbot.waitUntil(lambda: "actionExportReport" in names())
    assert "actionExportJson" in names()
    first = opened.document
    opened.close_document()
    assert names() == {"actionExportJson"}
    assert first is not opened.document


def test_export_menu_fills_at_once_when_opened_early(window, small_project):
    window.open_file(small_project)
    window.ensure_export_actions()  # what opening the File menu does
    assert "actionExportReport" in {a.objectName() for a in window.export_menu.actions()}


def test_recent_files_menu_lists_opened_files_with_ampersands_intact(window, tmp_path):
    path = tmp_path / "Wonen & Werken.samenwerk"
    make_small_project(path)
    assert window.open_file(path)
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0].startswith("&1 Wonen && Werken.samenwerk")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_control_in_the_window_has_an_accessible_name(qtbot, small_project, messages, lang):
    from samenwerk_desktop.core import i18n

    i18n.set_language(lang)
    app.ensure_application(lang)
    try:
        win = MainWindow(restore=False)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.open_file(small_project)
        win.show()
        qtbot.waitExposed(win)
        assert nameless_controls(win) == []
        win.view_state.set_selection({win.document.data.parties[0].id})  # the party profile instead
        qtbot.waitUntil(lambda: win.panels["inspector"].pages.currentIndex() == 1)
        assert nameless_controls(win) == []
        win.close()
    finally:
        i18n.set_language("nl")
        app.ensure_application("nl")


def nameless_controls(win) -> list[str]:
    """Visible, focusable controls with neither an accessible name nor a text."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCheckBox

    nameless = []
    for cls in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QAbstractItemView, QAbstractButton):
        for widget in win.findChildren(cls):
            if not widget.isVisibleTo(win) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            owner = widget.parent()
            if isinstance(owner, (QAbstractSpinBox, QComboBox)) or (
                    owner is not None and isinstance(owner.parent(), QComboBox)):
                continue  # the inner line edit of a spin box, a combo box's popup list
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text.replace("&", "").strip()):
                nameless.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return nameless


def test_maximised_matrix_keeps_its_column_headers_over_their_cells(opened, qtbot):
    editor = opened.panels["raci"]
    title = "Ruimte voor transformatorstations in het omgevingsplan van de gemeente"
    opened.document.apply("onderdeel", lambda p: p.add(WorkItem(title=title)))
    opened.toggle_maximise("raci")
    for _ in range(3):  # what a screenshot or the first frame sees, not after every later layout pass
        QApplication.processEvents()
    assert editor.view.verticalHeader().width() > 220
    view, hh = editor.view, editor.view.horizontalHeader()
    header_x = hh.mapTo(opened, hh.rect().topLeft()).x() + hh.sectionViewportPosition(0)
    cell_x = view.viewport().mapTo(opened, view.visualRect(view.model().index(0, 0)).topLeft()).x()
    load = editor.load_view
    load_x = load.viewport().mapTo(opened, load.visualRect(load.model().index(0, 0)).topLeft()).x()
    assert header_x == cell_x == load_x


def test_editing_the_title_in_the_form_renames_the_window(opened):
    form = opened.panels["inspector"].collaboration_form
    form.title_edit.setText("Warmte & water <Rivierenbuurt>")
    form.title_edit.editingFinished.emit()
    assert opened.document.data.collaboration.title == "Warmte & water <Rivierenbuurt>"
    assert opened.windowTitle().startswith("Warmte & water <Rivierenbuurt> — klein.samenwerk")
    opened.action_undo.trigger()
    assert opened.windowTitle().startswith("Warmtenet Rivierenbuurt — ")
    assert form.title_edit.text() == "Warmtenet Rivierenbuurt"


def test_language_menu_remembers_english_for_the_next_start(window, small_project, tmp_path):
    app.ensure_application("nl")  # the application's own names, so the menu and run() share one settings file
    notices = []
    window.language_notice = notices.append  # a plain function instead of the message box
    window.language_actions["en"].trigger()
    assert settings.saved_language() == "en"
    assert notices and "English" in notices[0]
    out = tmp_path / "volgende-start.png"
    try:
        assert app.run(str(small_project), screenshot=str(out), size=(800, 600)) == 0  # no --lang: the setting
        from samenwerk_desktop.core import i18n

        assert i18n.language() == "en"
    finally:
        settings.save_language("nl")
        app.ensure_application("nl")
        from samenwerk_desktop.core import i18n

        i18n.set_language("nl")
    assert out.exists()


def test_an_explicit_lang_wins_over_the_saved_language(small_project, tmp_path):
    from samenwerk_desktop.core import i18n

    settings.save_language("en")
    try:
        assert app.run(str(small_project), screenshot=str(tmp_path / "nl.png"), size=(800, 600), lang="nl") == 0
        assert i18n.language() == "nl"
    finally:
        settings.save_language("nl")
        app.ensure_application("nl")


def test_double_click_on_a_party_selects_its_name_so_typing_replaces_it(opened, qtbot):
    doc = opened.document
    pid = party_id(doc, "Gemeente Rivierstad")
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    opened.map_view.partyActivated.emit(pid)
    name = opened.panels["inspector"].findChild(QLineEdit, "nameEdit")
    qtbot.waitUntil(name.hasFocus)
    assert name.selectedText() == "Gemeente Rivierstad"
    qtbot.keyClicks(name, "Gemeente Zuid")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert doc.data.entities["party"][pid].name == "Gemeente Zuid"


def test_a_file_opened_in_the_shown_window_keeps_every_party_clear_of_the_legend(window, tmp_path, qtbot):
    """Parties in a diagonal down to the bottom right, where the legend sits (as a meeting left them)."""
    from samenwerk_desktop.core.model import Collaboration

    path = tmp_path / "diagonaal.samenwerk"
    project = Project.create(path, Collaboration(title="Diagonaal", challenge="Een opgave"))
    for n, (x, y) in enumerate([(-166, -319), (-102, -243), (-39, -205), (24, -91), (87, -15)]):
        project.add(Party(name=f"Partij nummer {n}", x=float(x), y=float(y)))
    project.close()
    window.resize(1472, 920)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(path)  # the view fits itself while it is being shown
    view = window.map_view
    qtbot.waitUntil(view.legend.isVisible)
    legend, port = view.legend.geometry(), view.viewport().geometry()
    for item in view.map_scene.parties.values():
        box = view.mapFromScene(item.mapToScene(item.boundingRect()).boundingRect()).boundingRect()
        box.translate(port.topLeft())
        assert not box.intersects(legend), item.label


def test_file_dialogs_start_beside_the_open_or_last_file_not_where_the_program_started(
        window, small_project, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    asked = []
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: asked.append(k) or None)
    assert window.open_file(small_project)
    window.export_json()
    assert asked[-1] == {"suggested": "klein.json", "folder": str(small_project.parent)}
    window.close_document()
    monkeypatch.setattr(file_actions, "ask_title", lambda parent: "Wijk Zuid")
    window.new_file()  # no file open: beside the last one used
    assert asked[-1] == {"suggested": "Wijk Zuid.samenwerk", "folder": str(small_project.parent)}
    QSettings().setValue("recentFiles", [])
    assert window.default_folder() != elsewhere
    assert window.default_folder().is_dir()
