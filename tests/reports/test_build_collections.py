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


def test_the_collaboration_reports_story_is_made_with_the_collector_off(data, tmp_path, monkeypatch):
    from samenwerk_desktop.reports import collaboration_report as report

    seen = []
    made = report._cover
    monkeypatch.setattr(report, "_cover", lambda *a: seen.append(gc.isenabled()) or made(*a))
    report.collaboration_report(data, tmp_path / "rapport.pdf")
    assert seen == [False]
    assert gc.isenabled()


def test_the_worker_reads_its_data_and_makes_the_report_with_the_collector_off(data, tmp_path, monkeypatch):
    import pickle

    from samenwerk_desktop.reports import worker

    data_file = tmp_path / "data.pickle"
    data_file.write_bytes(pickle.dumps(data))
    loads, reports, sent = [], [], []
    load = pickle.load
    monkeypatch.setattr(worker.pickle, "load", lambda f: loads.append(gc.isenabled()) or load(f))
    monkeypatch.setattr(worker, "make_report", lambda *a: reports.append(gc.isenabled()) or 3)

    class Conn:
        send, close = sent.append, staticmethod(lambda: None)

    class Never:
        is_set = staticmethod(lambda: False)

    worker.child_main(Conn(), Never(), str(data_file), {}, "nl")
    assert (loads, reports, sent) == ([False], [False], [("ok", 3)])
    assert gc.isenabled()
