"""Safe handling of the user's files: the lock, atomic writes, and the sentences for file errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from samenwerk_desktop.core import errors
from samenwerk_desktop.core.i18n import Msg


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


# ---------------------------------------------------------------------------
# The lock that keeps two Samenwerk programs from editing one file
# ---------------------------------------------------------------------------


class Lock:
    """An OS lock on ``FILE.lock`` beside the project; stale lock files are taken over."""

    def __init__(self, path: Path):
        self.path = path.with_name(path.name + ".lock")
        self._fh = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it. Raises OSError when it cannot be made."""
        fh = open(self.path, "a+b")
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n".encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._fh.close()
            self._fh = None


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


def refuse_existing(path: Path, *, force: bool) -> None:
    """Refuse to overwrite an existing file unless asked to on purpose."""
    if path.exists() and not force:
        raise errors.SamenwerkError(Msg(
            f"‘{path.name}’ bestaat al; kies een andere naam of overschrijf het bewust (--force).",
            f"‘{path.name}’ already exists; choose another name or overwrite it on purpose (--force)."))


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike, *, force: bool = False, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one step.

    On any error the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    name = path.name
    refuse_existing(path, force=force)
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


def write_error(name: str, exc: OSError) -> errors.StorageError:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full(name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.StorageError(Msg(f"Geen toestemming om ‘{name}’ te schrijven.", f"No permission to write ‘{name}’."))
    return errors.StorageError(Msg(
        f"‘{name}’ kon niet worden geschreven ({exc.strerror or exc}).",
        f"‘{name}’ could not be written ({exc.strerror or exc})."))


