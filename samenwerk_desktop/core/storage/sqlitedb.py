"""The one seam to sqlite-utils: imported when a file is first written, not when it is read or the window starts."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    import sqlite_utils


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """A ``sqlite_utils.Database`` over ``conn`` (plug-ins off).

    Reading a file needs nothing but ``sqlite3``; sqlite-utils (with click, dateutil and
    pluggy, about 50 ms) is imported at the first write, after the window is shown.
    """
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)
