"""Starting a meeting with the follow-ups as its first agenda item (core/meeting.py, core/followups.py)."""

from datetime import datetime

import pytest

from samenwerk_desktop.core import meeting, storage
from samenwerk_desktop.core.model import ActionItem, AgendaItem, Agreement, Collaboration, Meeting, Party
from samenwerk_desktop.core.session import Session

NOW = datetime(2026, 3, 31, 19, 30)


@pytest.fixture
def session(tmp_path):
    project = storage.Project.create(tmp_path / "overleg.samenwerk", Collaboration(title="Warm en Droog"))
    project.add(Party(name="Gemeente"))
    project.add(Meeting(date="2026-03-03", title="Stuurgroep 1"))
    project.add(Meeting(date="2026-03-31", title="Stuurgroep 2"))
    for title in ("Opening", "Warmtenet"):
        project.add(AgendaItem(meeting_id=2, title=title, minutes=10))
    s = Session(project)
    yield s
    project.close()


def run(session, steps):
    for step in steps:
        session.run(step)


def agenda(session) -> list[tuple[str, int, bool]]:
    return [(a.title, a.minutes, bool(a.started)) for a in session.data.agenda_of(2)]


def add_due(session, n: int = 1) -> None:
    for i in range(n):
        session.run(lambda p, i=i: p.add(ActionItem(meeting_id=1, text=f"Actie {i}", due_date="2026-03-20")))


def test_with_follow_ups_the_item_comes_first_and_is_the_one_that_starts(session):
    add_due(session)
    session.run(lambda p: p.add(Agreement(text="Planning delen", review_date="2026-03-01", status="agreed")))
    run(session, meeting.start_steps(session.data, 2, NOW, with_follow_ups=True))
    assert agenda(session) == [("Vervolgpunten", 5, True), ("Opening", 10, False), ("Warmtenet", 10, False)]
    assert meeting.running_item(session.data, 2).title == "Vervolgpunten"


@pytest.mark.parametrize(("due", "minutes"), [(1, 5), (4, 8), (20, 30)])
def test_the_item_takes_two_minutes_per_follow_up_within_five_and_thirty(session, due, minutes):
    add_due(session, due)
    assert meeting.follow_up_item(session.data, 2, NOW).minutes == minutes


def test_without_follow_ups_nothing_is_added_and_the_first_item_starts(session):
    run(session, meeting.start_steps(session.data, 2, NOW, with_follow_ups=True))
    assert agenda(session) == [("Opening", 10, True), ("Warmtenet", 10, False)]


def test_an_action_due_today_is_not_yet_a_follow_up(session):
    session.run(lambda p: p.add(ActionItem(meeting_id=1, text="Vandaag", due_date="2026-03-31")))
    assert meeting.follow_up_item(session.data, 2, NOW) is None


def test_not_asked_for_the_start_is_as_before(session):
    add_due(session)
    run(session, meeting.start_steps(session.data, 2, NOW))
    assert agenda(session) == [("Opening", 10, True), ("Warmtenet", 10, False)]


def test_an_agenda_that_already_has_the_item_gets_no_second_one(session):
    add_due(session)
    session.run(lambda p: p.add(AgendaItem(meeting_id=2, title="Vervolgpunten", minutes=15)))
    assert meeting.follow_up_item(session.data, 2, NOW) is None


def test_the_item_first_on_the_agenda_survives_reopening_the_file(session):
    add_due(session)
    run(session, meeting.start_steps(session.data, 2, NOW, with_follow_ups=True))
    path = session.project.path
    session.project.close()
    with storage.Project.open(path, read_only=True) as again:
        assert [a.title for a in again.load().agenda_of(2)] == ["Vervolgpunten", "Opening", "Warmtenet"]
