"""The typed errors of the core; each carries one clear sentence in Dutch and English."""

from __future__ import annotations

from samenwerk_desktop.core.i18n import Msg


class SamenwerkError(Exception):
    """Base of every error a user may see; ``message`` is the sentence to show."""

    def __init__(self, message: Msg):
        super().__init__(message.en)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class FileRefused(SamenwerkError):
    """A file that cannot be opened as a project; the file was left untouched."""

    #: whether ``samenwerk repair`` (and the window's offer) can make a usable copy of the file
    repairable = False


class NotSQLiteError(FileRefused):
    pass


class NotAProjectError(FileRefused):
    pass


class NewerVersionError(FileRefused):
    pass


class DamagedError(FileRefused):
    pass


class UnexpectedContentError(FileRefused):
    """A project file whose schema or rows are not what Samenwerk writes; ``problems`` lists each one.

    Every problem is a ``Msg`` in the user's words ("Partij ‘Provincie’ heeft een onbekende soort
    ‘bogus’"); ``samenwerk repair`` writes a copy without them.
    """

    repairable = True

    def __init__(self, message: Msg, problems=(), *, reason: Msg | None = None):
        super().__init__(message)
        self.problems = list(problems)
        #: the sentence without the command line's way forward, for the window, which offers a button
        self.reason = reason or message


class AlreadyOpenError(FileRefused):
    pass


class ReadOnlyError(SamenwerkError):
    """A change was asked of a project that is open read-only."""


class OutputRefused(SamenwerkError):
    """A file is not written to this target (it exists, is the open project, is open elsewhere, ...)."""


class StorageError(SamenwerkError):
    """Writing failed (disk full, file gone, no permission); nothing was changed."""


class NotFoundError(SamenwerkError):
    """The entity to change does not exist (any more)."""


class ValidationError(SamenwerkError):
    """The values do not make a valid entity; ``problems`` lists each one with its path."""

    def __init__(self, problems):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else None
        if first is None:
            msg = Msg("Ongeldige invoer.", "Invalid input.")
        else:
            msg = Msg(f"{first.path}: {first.message.nl}", f"{first.path}: {first.message.en}")
        super().__init__(msg)


class ImportProblems(SamenwerkError):
    """A JSON or CSV import that was refused; ``problems`` lists every one."""

    def __init__(self, problems, message: Msg | None = None):
        self.problems = list(problems)
        super().__init__(message or Msg(
            f"De import is geweigerd: {len(self.problems)} probleem/problemen gevonden; er is niets geschreven.",
            f"The import was refused: {len(self.problems)} problem(s) found; nothing was written."))
