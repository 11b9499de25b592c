"""A report's build holds back Python's cyclic garbage collector and leaves it as it found it."""

import gc

import pytest

from samenwerk_desktop.reports.build import no_collections


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_off_during_a_build_and_as_before_after_it(enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        with no_collections():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_a_failed_build_turns_the_collector_on_again():
    with pytest.raises(ValueError), no_collections():
        raise ValueError("layout")
    assert gc.isenabled()
