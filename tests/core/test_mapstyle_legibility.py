"""The map's stance colours read in the room: sign text that contrasts with its fill, fills apart in black and white."""

from __future__ import annotations

import itertools

import pytest

from samenwerk_desktop.core import mapstyle


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2): what a greyscale print or a washed-out projector keeps of a colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("stance", sorted(mapstyle.STANCE_COLOURS))
def test_the_sign_on_each_stance_fill_has_the_contrast_of_body_text(stance):
    assert contrast(mapstyle.stance_text_colour(stance), mapstyle.stance_colour(stance)) >= 4.5


def test_no_two_stance_fills_look_alike_in_black_and_white():
    greys = {s: luminance(c) for s, c in mapstyle.STANCE_COLOURS.items()}
    assert min(abs(greys[a] - greys[b]) for a, b in itertools.combinations(greys, 2)) >= 0.1
