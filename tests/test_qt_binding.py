"""The installed PySide6 and Python are a pair that works (6.12.0 on 3.11 leaks None and dies)."""

import subprocess
import sys
from importlib import metadata

LOOP = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(20000):
    obj.setObjectName("naam")  # a Qt method that returns nothing
    obj.blockSignals(False)
after = sys.getrefcount(None)
print(before, after)
"""


def test_void_qt_calls_do_not_leak_references_to_none():
    out = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    before, after = (int(v) for v in out.stdout.split())
    # A leaking binding drops None's count by about one per call (40,000 here).
    assert abs(after - before) < 1000


def test_installed_pair_is_not_the_known_broken_one():
    version = metadata.version("PySide6-Essentials")
    assert not (version == "6.12.0" and sys.version_info[:2] == (3, 11))
