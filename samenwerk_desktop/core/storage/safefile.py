"""Safe handling of the user's files: the lock, the rule for every output file, atomic writes, file errors."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from samenwerk_desktop.core import errors
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.storage.schema import APPLICATION_ID, SQLITE_HEADER, SUFFIX


def damaged(name: str) -> Msg:
    return Msg(
        f"‘{name}’ is beschadigd en kan niet worden geopend. Gebruik een reservekopie.",
        f"‘{name}’ is damaged and cannot be opened. Please use a backup copy.")


def already_open(name: str) -> errors.AlreadyOpenError:
    return errors.AlreadyOpenError(Msg(
        f"‘{name}’ is al geopend in een ander Samenwerk-venster. Sluit het daar eerst.",
        f"‘{name}’ is already open in another Samenwerk window. Close it there first."))


def file_is_read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    return not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def access_error(name: str, exc: OSError) -> Msg:
    """The sentence for a file that cannot be reached (missing, a folder, a loop, no permission...)."""
    if isinstance(exc, FileNotFoundError):
        return Msg(f"Het bestand ‘{name}’ bestaat niet.", f"The file ‘{name}’ does not exist.")
    if isinstance(exc, IsADirectoryError):
        return Msg(f"‘{name}’ is een map, geen bestand.", f"‘{name}’ is a folder, not a file.")
    if isinstance(exc, PermissionError):
        return Msg(f"Geen toestemming om ‘{name}’ te lezen.", f"No permission to read ‘{name}’.")
    if exc.errno == errno.ELOOP:
        return Msg(f"‘{name}’ is een koppeling die naar zichzelf verwijst; kies het bestand zelf.",
                   f"‘{name}’ is a link that points to itself; choose the file itself.")
    if exc.errno == errno.ENAMETOOLONG:
        return Msg(f"De naam van ‘{name[:60]}…’ is te lang; kies een kortere naam.",
                   f"The name of ‘{name[:60]}…’ is too long; choose a shorter name.")
    if exc.errno == errno.ENOTDIR:
        return Msg(f"De map van ‘{name}’ is geen map; kies een andere plek.",
                   f"The folder of ‘{name}’ is not a folder; choose another place.")
    reason = exc.strerror or type(exc).__name__
    return Msg(f"‘{name}’ kan niet worden gelezen ({reason}); kies een ander bestand.",
               f"‘{name}’ cannot be read ({reason}); choose another file.")


# ---------------------------------------------------------------------------
# The lock that keeps two Samenwerk programs from editing one file
# ---------------------------------------------------------------------------

#: (device, inode) of every project file this process holds the lock of
_HELD: dict[tuple[int, int], Lock] = {}

#: where the Windows lock byte lies: far beyond SQLite's own lock bytes and any real project's size
_WIN_LOCK_OFFSET = 0x7F_0000_0000


def _file_key(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _open_for_lock(path: Path) -> int:
    """A read-only descriptor of the project file itself (a plain function, so tests can replace it)."""
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags)


def _try_os_lock(fd: int) -> bool:
    """Take an exclusive OS lock on the descriptor without waiting; False when someone else holds one."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, getattr(errno, "EWOULDBLOCK", errno.EAGAIN), errno.EDEADLK):
            return False
        raise
    return True


class Lock:
    """An OS lock on the project file itself, held while it is open for editing.

    The lock is keyed on the file, not on its name: a hard link, a symbolic link or another relative
    path to an open project is recognised as the same file. Nothing is written, created or truncated:
    on Linux and macOS it is ``flock`` on a read-only descriptor of the file (independent of SQLite's
    own POSIX locks); on Windows one byte far beyond the end of the file is locked. The OS drops the
    lock when the process ends, so a crash leaves nothing behind.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None
        self._key: tuple[int, int] | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another program or window holds it. Raises OSError when it cannot be taken."""
        real = self.path.resolve(strict=True)
        key = _file_key(os.stat(real))
        if key in _HELD:  # open in this process: never open and close a second descriptor of it
            return False
        fd = _open_for_lock(real)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or _file_key(st) != key:
                raise OSError(errno.EINVAL, "not the project file")
            if not _try_os_lock(fd):
                os.close(fd)
                return False
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
        self._fd, self._key = fd, key
        _HELD[key] = self
        return True

    def release(self) -> None:
        """Let go of the lock; call it only after the database connection to the file is closed."""
        if self._fd is not None:
            if _HELD.get(self._key) is self:
                del _HELD[self._key]
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = self._key = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def is_open_elsewhere(path: str | os.PathLike) -> bool:
    """Whether a Samenwerk window (in this or another program) holds ``path`` open for editing."""
    try:
        real = Path(path).resolve(strict=True)
        st = os.stat(real)
    except (OSError, RuntimeError):
        return False
    if _file_key(st) in _HELD:
        return True
    if not stat.S_ISREG(st.st_mode):
        return False
    try:
        fd = _open_for_lock(real)
    except OSError:
        return False
    try:
        if _file_key(os.fstat(fd)) != _file_key(st):
            return False
        if not _try_os_lock(fd):
            return True
        return False  # closing the descriptor below drops the probe's lock again
    except OSError:
        return False
    finally:
        os.close(fd)


def is_project_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` holds a Samenwerk project, judged by its content (never by its name)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    return header.startswith(SQLITE_HEADER) and len(header) == 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


# ---------------------------------------------------------------------------
# The one rule for every file Samenwerk writes for the user
# ---------------------------------------------------------------------------

#: what is written, its usual extension and its name in a sentence (Dutch, English)
KINDS = {
    "project": (SUFFIX, "een projectbestand", "a project file"),
    "pdf": (".pdf", "een rapport (PDF)", "a report (PDF)"),
    "csv": (".csv", "een CSV-bestand", "a CSV file"),
    "json": (".json", "een JSON-bestand", "a JSON file"),
    "png": (".png", "een afbeelding (PNG)", "an image (PNG)"),
}


def _refused(nl: str, en: str) -> errors.OutputRefused:
    return errors.OutputRefused(Msg(nl, en))


def check_output(path: str | os.PathLike, *, kind: str, force: bool,
                 open_project: str | os.PathLike | None = None) -> Path:
    """Check that ``kind`` ("project", "pdf", "csv" or "json") may be written to ``path``; the path.

    Raises ``OutputRefused`` with one sentence. An existing file needs ``force``; the open project,
    a file open in another Samenwerk window, and (for a report, CSV or JSON) any Samenwerk project
    are refused even with ``force``; so is a name with the extension of another kind of file.
    """
    path = Path(path)
    name = path.name or str(path)
    suffix, what_nl, what_en = KINDS[kind]
    own = path.suffix.lower()
    for other, (other_suffix, other_nl, other_en) in KINDS.items():
        if other != kind and own == other_suffix:
            raise _refused(
                f"‘{name}’ heeft de extensie van {other_nl}, maar hier wordt {what_nl} geschreven; "
                f"kies een naam die eindigt op {suffix}.",
                f"‘{name}’ has the extension of {other_en}, but {what_en} is written here; "
                f"choose a name that ends in {suffix}.")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _refused(f"‘{name}’ is een koppeling die naar zichzelf verwijst; kies een andere naam.",
                           f"‘{name}’ is a link that points to itself; choose another name.") from None
        if exc.errno in (errno.ENAMETOOLONG, errno.ENOTDIR):
            raise errors.OutputRefused(access_error(name, exc)) from None
        st = None
    if st is None:
        if os.path.lexists(path):  # a link to nowhere: replacing it writes a new file, never its target
            if not force:
                raise _exists(name)
        elif not path.parent.is_dir():
            raise _refused(f"De map van ‘{name}’ bestaat niet; kies een bestaande map.",
                           f"The folder of ‘{name}’ does not exist; choose an existing folder.")
        return path
    if stat.S_ISDIR(st.st_mode):
        raise _refused(f"‘{name}’ is een map; kies een bestandsnaam in die map.",
                       f"‘{name}’ is a folder; choose a file name inside it.")
    if open_project is not None:
        with contextlib.suppress(OSError):
            if os.path.samefile(path, open_project):
                raise _refused(f"‘{name}’ is het geopende project zelf; kies een andere naam.",
                               f"‘{name}’ is the open project itself; choose another name.")
    if is_open_elsewhere(path):
        raise _refused(f"‘{name}’ is geopend in een ander Samenwerk-venster; sluit het daar of kies een andere naam.",
                       f"‘{name}’ is open in another Samenwerk window; close it there or choose another name.")
    if kind != "project" and is_project_file(path):
        raise _refused(f"‘{name}’ is een Samenwerk-project; daar wordt nooit {what_nl} overheen geschreven. "
                       f"Kies een andere naam.",
                       f"‘{name}’ is a Samenwerk project; {what_en} is never written over it. Choose another name.")
    if not stat.S_ISREG(st.st_mode):
        raise _refused(f"‘{name}’ is geen gewoon bestand; kies een andere naam.",
                       f"‘{name}’ is not a regular file; choose another name.")
    if not force:
        raise _exists(name)
    return path


def _exists(name: str) -> errors.OutputRefused:
    return _refused(f"‘{name}’ bestaat al; kies een andere naam of overschrijf het bewust (--force).",
                    f"‘{name}’ already exists; choose another name or overwrite it on purpose (--force).")


# ---------------------------------------------------------------------------
# Writing whole files atomically
# ---------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _target_mode(path: Path) -> int:
    """The mode a replaced file keeps, or a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike, *, kind: str, force: bool = False,
                  open_project: str | os.PathLike | None = None, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one step.

    ``check_output`` decides first whether ``path`` may be written at all. On any error the
    temporary file is removed and ``path`` is untouched. A symbolic link at ``path`` is replaced
    by the new file; the file it pointed to is never written.
    """
    path = check_output(path, kind=kind, force=force, open_project=open_project)
    name = path.name
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=suffix, dir=folder)
    except FileNotFoundError:
        raise errors.StorageError(Msg(f"De map van ‘{name}’ bestaat niet.", f"The folder of ‘{name}’ does not exist.")) from None
    except PermissionError:
        raise errors.StorageError(Msg(f"Geen toestemming om ‘{name}’ hier te schrijven.",
                                      f"No permission to write ‘{name}’ here.")) from None
    except OSError as exc:
        raise write_error(name, exc) from None
    os.close(fd)
    tmp_path = Path(tmp)
    with contextlib.suppress(OSError):  # mkstemp makes 0600; a written file gets the usual mode
        os.chmod(tmp_path, _target_mode(path))
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        # the last look: another window may have opened the target meanwhile
        check_output(path, kind=kind, force=force, open_project=open_project)
        os.replace(tmp_path, path)
        _fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        if isinstance(exc, OSError):
            raise write_error(name, exc) from None
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise disk_full(name) from None
        raise


def disk_full(name: str) -> errors.StorageError:
    return errors.StorageError(Msg(
        f"De schijf is vol: ‘{name}’ is niet geschreven. Maak ruimte vrij en probeer het opnieuw.",
        f"The disk is full: ‘{name}’ was not written. Free some space and try again."))


def disk_full_on_open(name: str) -> errors.StorageError:
    return errors.StorageError(Msg(
        f"De schijf is vol: ‘{name}’ kan niet worden geopend. Maak ruimte vrij en probeer het opnieuw.",
        f"The disk is full: ‘{name}’ cannot be opened. Free some space and try again."))


def is_disk_full(exc: BaseException) -> bool:
    """Whether an OS or SQLite error means that the disk (or the user's quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
    return isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)


def write_error(name: str, exc: OSError) -> errors.StorageError:
    if is_disk_full(exc):
        return disk_full(name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.StorageError(Msg(f"Geen toestemming om ‘{name}’ te schrijven.", f"No permission to write ‘{name}’."))
    return errors.StorageError(Msg(
        f"‘{name}’ kon niet worden geschreven ({exc.strerror or exc}).",
        f"‘{name}’ could not be written ({exc.strerror or exc})."))


# ---------------------------------------------------------------------------
# One file, always: reading a file in WAL mode without changing it
# ---------------------------------------------------------------------------

SIDE_FILES = ("-journal", "-wal", "-shm")


def side_file(path: Path, ending: str) -> Path:
    return path.with_name(path.name + ending)


def in_wal_mode(path: Path) -> bool:
    """Whether the file was left in WAL mode (header bytes 18 and 19 are 2) or has a ``-wal`` beside it."""
    if side_file(path, "-wal").exists():
        return True
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def private_snapshot(path: Path) -> Path:
    """A private, self-contained copy of ``path`` with its ``-wal`` folded in; the caller deletes its folder.

    The user's file and its ``-wal`` are only read; SQLite's ``-shm`` and the checkpoint happen
    in the private folder.
    """
    folder = Path(tempfile.mkdtemp(prefix="samenwerk-read-"))
    try:
        copy = folder / path.name  # the same name, so every sentence about it names the user's file
        shutil.copyfile(path, copy)
        wal = side_file(path, "-wal")
        if wal.exists():
            shutil.copyfile(wal, side_file(copy, "-wal"))
        conn = sqlite3.connect(str(copy))
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def drop_snapshot(copy: Path | None) -> None:
    if copy is not None:
        shutil.rmtree(copy.parent, ignore_errors=True)
