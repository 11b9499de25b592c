"""The project file: one SQLite database per collaboration, and every change to it.

All SQL of Samenwerk lives in this package. A ``Project`` is opened after the
file has been checked read-only; every change is one core operation that runs
in one transaction and returns a ``Change`` saying what changed, which
``Project.revert`` can undo.

- ``frozen``: the literal schema of each released file version
- ``schema``: the schema derived from the model and the migrations between versions
- ``inspect``: the read-only check of a file before it is opened
- ``verify``: the check that the schema and every row are exactly what Samenwerk writes
- ``migrate``: bringing an older file up to date after a backup copy beside it
- ``repair``: a usable copy of a file that is not exactly ours
- ``safefile``: the lock, the rule for every output file, atomic writes and the sentences for file errors
- ``changes``: the record of what one operation changed (before and after), applied to the data in memory
- ``rows``: entities as table rows and back
- ``newfile``: a new file with the newest schema and all its rows, written atomically
- ``snapshots``: what a delete removes, collected before it and put back by its undo
- ``project``: the open project and its operations
"""

from samenwerk_desktop.core.storage.changes import Change, Snapshot, apply_change, inverse
from samenwerk_desktop.core.storage.inspect import inspect_file
from samenwerk_desktop.core.storage.newfile import write_new
from samenwerk_desktop.core.storage.project import Project
from samenwerk_desktop.core.storage.repair import file_problems, repair_file
from samenwerk_desktop.core.storage.safefile import (
    atomic_target,
    check_output,
    is_open_elsewhere,
    is_project_file,
)
from samenwerk_desktop.core.storage.schema import (
    APPLICATION_ID,
    FOREIGN_KEYS,
    LINK_TABLES,
    MIGRATIONS,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    SUFFIX,
    TABLES,
    schema_sql,
)

__all__ = [
    "APPLICATION_ID", "FOREIGN_KEYS", "LINK_TABLES", "MIGRATIONS", "SCHEMA_VERSION", "SQLITE_HEADER", "SUFFIX",
    "TABLES", "Change", "Project", "Snapshot", "apply_change", "atomic_target", "check_output", "file_problems", "inspect_file",
    "inverse", "is_open_elsewhere", "is_project_file", "repair_file", "schema_sql", "write_new",
]
