"""The collaboration check in the core: default statements, scores, spread, trend and the agreement it suggests."""

from datetime import date

import pytest

from samenwerk_desktop.core import errors, scan, storage
from samenwerk_desktop.core.model import LENSES, Collaboration, Party
from samenwerk_desktop.core.session import Session


def run(session, steps):
    for step in steps:
        session.run(step)


@pytest.fixture
def session(tmp_path):
    project = storage.Project.create(tmp_path / "scan.samenwerk", Collaboration(title="Warm en Droog"))
    for name in ("Gemeente", "Provincie", "Bewoners"):
        project.add(Party(name=name))
    s = Session(project)
    run(s, scan.start_steps(s.data, date(2026, 3, 31)))
    yield s
    project.close()


def score_all(session, scan_id, statement_id, scores):
    for party_id, value in enumerate(scores, start=1):
        run(session, scan.score_steps(session.data, scan_id, statement_id, party_id, value))


def test_the_first_check_brings_two_or_three_dutch_statements_per_lens(session):
    per_lens = {lens: [s.text for s in scan.statements(session.data) if s.lens == lens] for lens in LENSES}
    assert all(2 <= len(texts) <= 3 for texts in per_lens.values())
    assert per_lens["ambition"][0] == "We weten waar we het samen voor doen."


def test_a_second_check_keeps_the_edited_statements(session):
    run(session, [lambda p: p.update("scan_statement", 1, text="Onze eigen stelling.")])
    run(session, scan.start_steps(session.data, date(2026, 4, 28)))
    assert len(scan.scans(session.data)) == 2 and scan.statements(session.data)[0].text == "Onze eigen stelling."


@pytest.mark.parametrize(("scores", "mean", "low", "high", "spread"), [
    ((4, 4, 4), 4.0, 4, 4, 0),
    ((1, 5, 3), 3.0, 1, 5, 4),
    ((2, 3, None), 2.5, 2, 3, 1),
])
def test_a_statement_shows_its_mean_and_its_spread(session, scores, mean, low, high, spread):
    score_all(session, 1, 1, scores)
    r = scan.results(session.data, 1)[0]
    assert (r.mean, r.low, r.high, r.spread) == (mean, low, high, spread)


@pytest.mark.parametrize(("scores", "attention"), [((4, 4, 5), False), ((2, 2, 3), True), ((1, 4, 5), True)])
def test_a_low_or_widely_spread_score_needs_attention(session, scores, attention):
    score_all(session, 1, 1, scores)
    assert scan.results(session.data, 1)[0].needs_attention is attention


def test_changing_a_score_replaces_it_and_none_clears_it(session):
    score_all(session, 1, 1, (2, 2, 2))
    run(session, scan.score_steps(session.data, 1, 1, 1, 5))
    run(session, scan.score_steps(session.data, 1, 1, 2, None))
    assert scan.results(session.data, 1)[0].scores == (2, 5)


def test_a_score_outside_one_to_five_is_refused(session):
    with pytest.raises(errors.SamenwerkError) as refused:
        scan.score_steps(session.data, 1, 1, 1, 6)
    assert str(refused.value) == "Een score is een getal van 1 tot en met 5."


def test_the_trend_per_lens_follows_the_checks_in_date_order(session):
    score_all(session, 1, 1, (2, 2, 2))
    run(session, scan.start_steps(session.data, date(2026, 4, 28)))
    score_all(session, 2, 1, (4, 4, 5))
    points = scan.trend(session.data)["ambition"]
    assert [(s.date, round(m, 2)) for s, m in points] == [("2026-03-31", 2.0), ("2026-04-28", 4.33)]
    assert [m for _, m in scan.trend(session.data)["process"]] == [None, None]


def test_the_room_sees_counts_and_never_who_gave_which_score(session):
    score_all(session, 1, 1, (1, 5, 3))
    lines = scan.room_lines(scan.results(session.data, 1))
    assert lines == ["We weten waar we het samen voor doen. — 3,0 (1–5) [1:1 2:0 3:1 4:0 5:1]"]
    assert not any(name in lines[0] for name in ("Gemeente", "Provincie", "Bewoners"))


def test_a_statement_becomes_a_proposed_agreement_for_every_party(session):
    score_all(session, 1, 3, (1, 2, 2))
    agreement = scan.agreement_for(session.data, scan.results(session.data, 1)[2])
    assert agreement.text == ("Bespreken en afspreken n.a.v. de samenwerkingsscan (Belangen): "
                              "Mijn belangen zijn bekend bij de anderen.")
    assert (agreement.status, agreement.party_ids) == ("proposed", [1, 2, 3])
