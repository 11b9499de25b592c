"""The map's category colours through a simulated colour-vision deficiency: every pair a reader tells apart stays apart.

Simulation: Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of
Color Vision Deficiency", IEEE Transactions on Visualization and Computer Graphics 15(6), 1291-1298;
the precomputed matrices published with it at severity 1.0 (protanopia, deuteranopia, tritanopia), applied to
linear sRGB. Difference: CIEDE2000 (CIE 142-2001) in CIELAB under D65, checked against the test
data of Sharma, Wu and Dalal (2005), Color Research and Application 30(1).

What MapStyle tells apart by colour: the stance fills (their signs are not drawn when a large map
is zoomed out, so the fill must do it alone) and the relation types (at overview zoom a relation is
a one-pixel line: no zigzag, no width, only its colour and its dashes). Grid quadrants, onion bands
and actor-type areas carry their names and positions; they are not read by colour.
"""

from __future__ import annotations

import itertools
import math

import pytest

from samenwerk_desktop.core import mapstyle

#: Machado et al. 2009, precomputed matrices, severity 1.0: simulated linear RGB = M x linear RGB.
MACHADO_2009 = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
NORMAL = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
#: A CIEDE2000 of about 1 is just noticeable between two large patches side by side; a node or a
#: one-pixel line on a projector, told from another across the room, asks for ten.
APART = 10.0


def linear_rgb(hex_colour: str) -> tuple[float, float, float]:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return tuple(channel(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5))


def seen(hex_colour: str, matrix=NORMAL) -> tuple[float, float, float]:
    """The colour as CIELAB (D65) after the simulation ``matrix``."""
    rgb = linear_rgb(hex_colour)
    r, g, b = (min(1.0, max(0.0, sum(row[j] * rgb[j] for j in range(3)))) for row in matrix)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(lab1, lab2) -> float:
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_l, d_c, d_h = l2 - l1, c2 - c1, 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    rotation = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_mean, 1 + 0.015 * c_mean * t
    r_t = -math.sin(math.radians(2 * rotation)) * r_c
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))


def apart(a: str, b: str, deficiency: str) -> float:
    matrix = MACHADO_2009[deficiency]
    return ciede2000(seen(a, matrix), seen(b, matrix))


@pytest.mark.parametrize(("lab1", "lab2", "expected"), [  # Sharma, Wu and Dalal 2005, pairs 1, 7 and 17
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
])
def test_ciede2000_gives_the_published_differences(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(("deficiency", "a", "b"), [  # colours each deficiency is known to confuse
    ("protanopia", "#ff0000", "#336600"),
    ("deuteranopia", "#d62728", "#2ca02c"),  # the red and green of matplotlib's tab10
    ("tritanopia", "#ff0099", "#ff6600"),
])
def test_the_simulation_merges_colours_that_the_deficiency_confuses(deficiency, a, b):
    assert ciede2000(seen(a), seen(b)) > 2.5 * APART
    assert apart(a, b, deficiency) < APART


@pytest.mark.parametrize("deficiency", sorted(MACHADO_2009))
@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(sorted(mapstyle.STANCE_COLOURS), 2)))
def test_every_two_stance_fills_stay_apart(a, b, deficiency):
    assert apart(mapstyle.stance_colour(a), mapstyle.stance_colour(b), deficiency) >= APART


@pytest.mark.parametrize("deficiency", sorted(MACHADO_2009))
@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(sorted(mapstyle.RELATION_STYLES), 2)))
def test_every_two_relation_types_stay_apart_by_colour_or_by_dashes(a, b, deficiency):
    one, other = mapstyle.relation_style(a), mapstyle.relation_style(b)
    assert one.dashes != other.dashes or apart(one.colour, other.colour, deficiency) >= APART
