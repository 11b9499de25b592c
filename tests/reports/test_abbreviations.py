"""RACI abbreviations in the report: unique, and readable on a large collaboration."""

import re

import pytest

from samenwerk_desktop.core.model import Party
from samenwerk_desktop.reports.pdf import abbreviations


@pytest.mark.parametrize("names, expected", [
    (["Gemeente Maasoever", "Provincie Rijnmaasland"], ["GM", "PR"]),
    (["Gemeente Maasoever 12", "Gemeente Maasoever 13"], ["GM12", "GM13"]),
    (["Gemeente Maasoever", "Gemeente Maasdal"], ["GMaas", "GMaasda"]),
    (["Gemeente Oost", "Gemeente Oostzaan", "Gemeente Oudorp"], ["GOost", "GOostza", "GOudo"]),
])
def test_abbreviations_are_initials_and_grow_only_where_they_collide(names, expected):
    parties = [Party(id=i, name=n) for i, n in enumerate(names, 1)]
    assert list(abbreviations(parties).values()) == expected


def test_a_short_name_is_used_as_it_is():
    assert abbreviations([Party(id=1, name="Gemeente Maasoever", short_name="Oever")]) == {1: "Oever"}


def test_a_thousand_generated_parties_get_unique_readable_abbreviations():
    kinds = ["Gemeente", "Provincie", "Waterschap", "Bedrijf", "Stichting"]
    places = ["Maasoever", "Heuvelland-Oost", "Café Ñandú", "Lindeloo", "Oeverwijk"]
    parties = [Party(id=i, name=f"{kinds[i % 5]} {places[(i // 5) % 5]} {i}") for i in range(1, 1001)]
    abbr = abbreviations(parties)
    assert len({a.casefold() for a in abbr.values()}) == 1000
    assert all(re.fullmatch(r"[A-ZÀ-Þ0-9]{2,8}", a) for a in abbr.values())  # no counters, no spaces
