"""The window's file commands: open (with the repair offer for a file that is not exactly ours), new, save as, JSON."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from samenwerk_desktop import APP_NAME
from samenwerk_desktop.core import errors
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.model import Collaboration
from samenwerk_desktop.core.storage import SUFFIX, Project, check_output, repair_file, schema
from samenwerk_desktop.core.storage.safefile import access_error

#: how many problems (or repairs) a message box lists before "… en nog N"
SHOWN_PROBLEMS = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


# -- things tests replace (plain functions, never mocks on Qt methods) -------------------


def inform(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Show one sentence to the user in a message box."""
    QMessageBox.warning(parent, title or APP_NAME, text)


def notify(parent: QWidget | None, text: str) -> None:
    """Tell the user something that went well but must be known (a migrated file)."""
    QMessageBox.information(parent, APP_NAME, text)


def documents_location() -> str:
    """The user's Documents folder as Qt knows it ("" when there is none)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def new_file_folder() -> Path:
    """Where a new collaboration is proposed: a Samenwerk folder in Documents (made when missing).

    Not beside the last file used: after a --demo that is the hidden folder where the demo copies live.
    """
    documents = documents_location()
    base = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    folder = base / "Samenwerk"
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return base
    return folder if folder.is_dir() else base


def ask_open_path(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Samenwerking openen"), folder,
                                          _tr("Samenwerkingen (*.samenwerk);;Alle bestanden (*)"))
    return path or None


def ask_title(parent: QWidget | None) -> str | None:
    """The title of a new collaboration; None when cancelled."""
    text, ok = QInputDialog.getText(parent, _tr("Nieuwe samenwerking"),
                                    _tr("Titel van de samenwerking (bijvoorbeeld de opgave in een paar woorden):"))
    return text.strip() if ok else None


def ask_replace(parent: QWidget | None, path: str) -> bool:
    """Ask whether an existing file may be replaced; False keeps it as it is."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                      _tr("Het bestand ‘%1’ bestaat al. Wilt u het vervangen?").replace("%1", Path(path).name),
                      QMessageBox.StandardButton.NoButton, parent)
    replace = box.addButton(_tr("Vervangen"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Niet vervangen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is replace


def ask_save_path(parent: QWidget | None, caption: str, name_filter: str, suffix: str,
                  suggested: str = "", folder: str = "") -> str | None:
    """A path the user chose to write to; an existing file there is one the user agreed to replace.

    The file dialog asks before it returns an existing name; when the suffix is added here, after
    the dialog, the dialog did not see that name, so it is asked about here.
    """
    start = str(Path(folder) / suggested) if folder else suggested
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, name_filter)
    return with_suffix_confirmed(parent, path, suffix) if path else None


def with_suffix_confirmed(parent: QWidget | None, path: str, suffix: str) -> str | None:
    """``path`` with ``suffix`` added when it has none; an existing file under the new name is asked about.

    The file dialog asked about the name it returned, never about the name with the suffix added.
    """
    if Path(path).suffix:
        return path
    path += suffix
    if os.path.lexists(path) and not ask_replace(parent, path):
        return None
    return path


def repair_box(parent: QWidget | None, text: str, problems: list[str]) -> QMessageBox:
    """The offer to make a repaired copy of a refused file: the sentence, its problems, two buttons."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("repairOffer")
    box.setInformativeText(_tr("Samenwerk kan een herstelde kopie maken; het bestand zelf blijft zoals het is.")
                           + "\n\n" + listed(problems))
    box.addButton(_tr("Herstelde kopie maken…"), QMessageBox.ButtonRole.AcceptRole).setObjectName("repairButton")
    box.setDefaultButton(box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole))
    return box


def ask_repair(parent: QWidget | None, text: str, problems: list[str]) -> bool:
    """True when the user chose "Herstelde kopie maken…"."""
    box = repair_box(parent, text, problems)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "repairButton"


def show_list(parent: QWidget | None, text: str, lines: list[str]) -> None:
    """Tell what was done, with the list of what changed."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("repairDone")
    box.setInformativeText(listed(lines))
    box.exec()


# -- helpers --------------------------------------------------------------------------------


def listed(lines: list[str]) -> str:
    """The first lines as a bulleted list, then "… en nog N" for the rest."""
    shown = [f"• {line}" for line in lines[:SHOWN_PROBLEMS]]
    if len(lines) > SHOWN_PROBLEMS:
        shown.append(_tr("… en nog %1").replace("%1", str(len(lines) - SHOWN_PROBLEMS)))
    return "\n".join(shown)


def same_file(a: Path, b: Path) -> bool:
    """Whether two names are one file (also through links); False when either cannot be reached."""
    with contextlib.suppress(OSError, ValueError):
        return os.path.samefile(a, b)
    return False


def repaired_name(path: Path) -> Path:
    """``NAME (hersteld).samenwerk`` beside the file, or ``NAME (hersteld 2).samenwerk``... when taken."""
    stem = path.stem
    candidate = path.with_name(f"{stem} ({_tr('hersteld')}){SUFFIX}")
    n = 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{stem} ({_tr('hersteld')} {n}){SUFFIX}")
        n += 1
    return candidate


def _exists(path: str | Path) -> bool:
    return os.path.lexists(path)


def _os_sentence(path: Path, exc: OSError) -> str:
    return str(access_error(path.name or str(path), exc))


# -- opening ----------------------------------------------------------------------------------


def open_file(window, path: str | Path, *, read_only: bool = False) -> bool:
    """Open a project file in ``window``; a refused file gives its sentence (and the repair offer) and changes nothing."""
    path = Path(path)
    if window.document is not None and same_file(window.document.project.path, path):
        return True
    try:
        project = Project.open(path, read_only=read_only)
    except errors.FileRefused as exc:
        return refused(window, path, exc)
    except SamenwerkError as exc:
        inform(window, str(exc))
        return False
    except OSError as exc:
        inform(window, _os_sentence(path, exc))
        return False
    return window.set_project(project)


def refused(window, path: Path, exc: errors.FileRefused) -> bool:
    """Show why a file was refused; offer a repaired copy when one can be made. True when a copy was opened."""
    if not exc.repairable:
        inform(window, str(exc))
        return False
    problems = [str(p) for p in getattr(exc, "problems", [])]
    if not ask_repair(window, str(getattr(exc, "reason", exc)), problems):
        return False
    return repair(window, path)


def repair(window, path: Path) -> bool:
    """Ask where the repaired copy goes, write it, say what changed and open it; the original is not touched."""
    proposed = repaired_name(path)
    target = ask_save_path(window, _tr("Herstelde kopie opslaan als"), _tr("Samenwerkingen (*.samenwerk)"), SUFFIX,
                           suggested=proposed.name, folder=str(path.parent))
    if not target:
        return False
    target = Path(target)
    open_project = window.document.project.path if window.document is not None else None
    try:
        # an existing name was confirmed by the user; the copy over the original is refused by repair_file
        changes = repair_file(path, target, force=_exists(target), open_project=open_project)
    except SamenwerkError as exc:
        inform(window, str(exc))
        return False
    except OSError as exc:
        inform(window, _os_sentence(target, exc))
        return False
    show_list(window, _tr("De herstelde kopie ‘%1’ is gemaakt; ‘%2’ zelf is niet veranderd. Dit is er veranderd:")
              .replace("%1", target.name).replace("%2", path.name), [str(c) for c in changes])
    return open_file(window, target)


def migration_notice(project: Project) -> str | None:
    """The sentence for a file that was brought up to date on open (after its backup copy), else None."""
    backup = project.backup_path
    if backup is None:
        return None
    return (_tr("‘%1’ is bijgewerkt naar bestandsversie %2; de oude versie staat ernaast als ‘%3’.")
            .replace("%1", project.path.name).replace("%2", str(schema.SCHEMA_VERSION)).replace("%3", backup.name))


def tell_migrated(window, project: Project) -> None:
    """Say once, in a message box, that the file was migrated and where its old version is."""
    text = migration_notice(project)
    if text is not None:
        notify(window, text)


# -- writing -----------------------------------------------------------------------------------


def new_file(window) -> None:
    """Ask the title and where to keep the file, create it and show the collaboration's form."""
    title = ask_title(window)
    if title is None:
        return
    suggested = "".join(c for c in title if c.isalnum() or c in " -_").strip()[:60]
    path = ask_save_path(window, _tr("Nieuwe samenwerking"), _tr("Samenwerkingen (*.samenwerk)"), SUFFIX,
                         suggested=suggested + SUFFIX if suggested else "", folder=str(new_file_folder()))
    if not path:
        return
    open_project = window.document.project.path if window.document is not None else None
    try:
        check_output(path, kind="project", force=_exists(path), open_project=open_project)
        project = Project.create(path, Collaboration(title=title or Path(path).stem), force=_exists(path))
    except SamenwerkError as exc:
        inform(window, str(exc))
        return
    except OSError as exc:
        inform(window, _os_sentence(Path(path), exc))
        return
    if window.set_project(project):
        window.show_collaboration()


def save_as(window) -> None:
    """Write a copy and go on working in the copy; a refused target changes nothing."""
    if window.document is None:
        return
    window.commit_edits(close_editors=True)
    path = ask_save_path(window, _tr("Opslaan als"), _tr("Samenwerkingen (*.samenwerk)"), SUFFIX,
                         folder=str(window.default_folder()))
    if not path:
        return
    try:
        window.document.project.save_copy(path, force=_exists(path))  # an existing name was confirmed
    except SamenwerkError as exc:
        inform(window, str(exc))
        return
    except OSError as exc:
        inform(window, _os_sentence(Path(path), exc))
        return
    window.close_document()
    open_file(window, path)


def export_json(window) -> None:
    """Write the collaboration as JSON to a file the user chose."""
    if window.document is None:
        return
    window.commit_edits()
    path = ask_save_path(window, _tr("Exporteren als JSON"), _tr("JSON (*.json)"), ".json",
                         suggested=window.document.project.path.stem + ".json", folder=str(window.default_folder()))
    if not path:
        return
    from samenwerk_desktop.core.interchange import export_file

    try:
        export_file(window.document.project, path, force=_exists(path))  # an existing name was confirmed
    except SamenwerkError as exc:
        inform(window, str(exc))
        return
    except OSError as exc:
        inform(window, _os_sentence(Path(path), exc))
        return
    window.statusBar().showMessage(_tr("Geëxporteerd naar %1").replace("%1", str(path)), 8000)

