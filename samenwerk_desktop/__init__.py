"""Samenwerk: a desktop facilitation app for opgavegericht samenwerken."""

import sys as _sys

__version__ = "0.1.0"
APP_NAME = "Samenwerk"


class _NoNumpyForSqliteUtils:
    """WORKAROUND: sqlite-utils imports numpy and pandas at its own import when they are installed.

    It needs them only to convert their values, which Samenwerk never passes in; numpy is
    here for the map's automatic layout and must load only when a layout is made, never at
    start-up (sqlite_utils/db.py: ``np = importlib.import_module("numpy")``). So while
    sqlite_utils.db is being imported, numpy and pandas are not found; afterwards this
    finder removes itself.
    """

    def find_spec(self, name, path=None, target=None):
        if name in ("numpy", "pandas"):
            frame = _sys._getframe(1)
            while frame is not None:
                if frame.f_globals.get("__name__") == "sqlite_utils.db":
                    raise ModuleNotFoundError(f"No module named {name!r} (not for sqlite-utils)", name=name)
                frame = frame.f_back
        elif "sqlite_utils.db" in _sys.modules and hasattr(_sys.modules["sqlite_utils.db"], "Database"):
            if self in _sys.meta_path:
                _sys.meta_path.remove(self)
        return None


if "sqlite_utils.db" not in _sys.modules:
    _sys.meta_path.insert(0, _NoNumpyForSqliteUtils())
