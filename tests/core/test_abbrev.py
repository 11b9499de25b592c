"""The matrix abbreviations without ReportLab: the room's screen gets the report's abbreviations."""

import subprocess
import sys

import pytest

from samenwerk_desktop.core import abbrev
from samenwerk_desktop.core.model import Party
from samenwerk_desktop.reports.pdf import abbreviations as report_abbreviations


@pytest.mark.parametrize("names", [
    ["Gemeente Maasoever", "Gemeente Maasdal", "Provincie Rijnmaasland"],
    ["Gemeente Oost", "Gemeente Oostzaan", "Gemeente Oudorp", "Waterschap 12"],
])
def test_the_room_and_the_report_abbreviate_alike(names):
    parties = [Party(id=i, name=n) for i, n in enumerate(names, 1)]
    assert abbrev.abbreviations(parties) == report_abbreviations(parties)


def test_control_characters_never_reach_an_abbreviation():
    assert abbrev.abbreviations([Party(id=1, name="Ge\x07meente\x1b Oost")]) == {1: "GO"}


def test_abbreviating_loads_no_reportlab():
    code = "import sys, samenwerk_desktop.core.abbrev; print('reportlab' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
