"""The room's screen with two virtual screens (Qt's offscreen platform), each layout in its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("room_screens_child.py")
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900}
PROJECTOR = {"name": "projector", "x": 1440, "y": 0, "width": 1920, "height": 1080}


def _run(tmp_path, screens, scenario="open") -> dict:
    config = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
              "screens": [{**s, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1} for s in screens]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}", "SAMENWERK_LANG": "nl",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, str(CHILD), scenario], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("order", [(LAPTOP, PROJECTOR), (PROJECTOR, LAPTOP)], ids=["laptop-first", "projector-first"])
def test_the_audience_window_lands_full_screen_on_the_second_screen(tmp_path, order):
    out = _run(tmp_path, order)
    opened = out["opened"]
    assert opened["open"] and opened["full"]
    assert opened["screen"] == "projector"
    assert opened["geometry"] == [1440, 0, 1920, 1080]
    assert opened["main"] == "laptop"
    assert not opened["escape_closes"]


def test_with_one_screen_the_audience_window_fills_it_and_escape_returns(tmp_path):
    out = _run(tmp_path, [LAPTOP])
    opened = out["opened"]
    assert opened["open"] and opened["full"] and opened["screen"] == "laptop"
    assert opened["geometry"] == [0, 0, 1440, 900]
    assert opened["escape_closes"]


def test_a_projector_connected_later_takes_the_audience_window(tmp_path):
    out = _run(tmp_path, [LAPTOP, PROJECTOR], "added")
    assert out["opened"]["screen"] == "laptop"
    assert out["after"]["screen"] == "projector" and out["after"]["full"]
    assert not out["after"]["escape_closes"]


def test_a_projector_disconnected_closes_the_audience_window_not_onto_the_laptop(tmp_path):
    out = _run(tmp_path, [LAPTOP, PROJECTOR], "removed")
    assert out["opened"]["screen"] == "projector"
    assert not out["after"]["open"]
    assert out["status"] == ("Het zaalscherm is gesloten: het scherm van de zaal is losgekoppeld. Druk op F5 om "
                             "het hier te tonen.")


class _Screen:
    def __init__(self, name):
        self._name = name

    def name(self):
        return self._name


@pytest.mark.parametrize(("names", "remembered", "expected"), [
    (["laptop", "beamer", "tv"], "tv", "tv"),          # the remembered screen, by its name
    (["laptop", "beamer", "tv"], "weg", "beamer"),     # not connected: the first that is not the laptop
    (["beamer", "laptop"], "", "beamer"),              # the laptop need not be the first
    (["laptop"], "tv", "laptop"),                      # one screen: the laptop's own
    (["laptop", "beamer"], "laptop", "beamer"),        # never the laptop while another screen is there
])
def test_the_rooms_screen_is_chosen_by_name(names, remembered, expected):
    from samenwerk_desktop.gui.room.screens import choose

    screens = [_Screen(n) for n in names]
    laptop = next(s for s in screens if s.name() == "laptop")
    assert choose(screens, laptop, remembered).name() == expected
