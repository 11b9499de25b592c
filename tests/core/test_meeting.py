"""Running a meeting in the core: the current meeting, the agenda's clock, attendance, capture and closing."""

import os
import signal
import subprocess
import sys
from datetime import datetime

import pytest

from samenwerk_desktop.core import errors, meeting, storage
from samenwerk_desktop.core.model import ActionItem, AgendaItem, Collaboration, Meeting, ParkingItem, Party
from samenwerk_desktop.core.session import Session

NOW = datetime(2026, 3, 31, 19, 30)


def run(session, steps):
    for step in steps:
        session.run(step)


@pytest.fixture
def session(tmp_path):
    project = storage.Project.create(tmp_path / "overleg.samenwerk", Collaboration(title="Warm en Droog"))
    for name in ("Gemeente", "Provincie", "Waterschap"):
        project.add(Party(name=name))
    project.add(Meeting(date="2026-03-31", title="Stuurgroep", attendee_ids=[1, 2]))
    project.add(Meeting(date="2026-04-28", title="Stuurgroep 2"))
    for title, minutes in (("Opening", 10), ("Warmtenet", 45), ("Rondvraag", 5)):
        project.add(AgendaItem(meeting_id=1, title=title, minutes=minutes, owner_party_id=2))
    s = Session(project)
    yield s
    project.close()


def test_the_agenda_gets_clock_times_from_the_start_time_and_the_timeboxes(session):
    session.run(lambda p: p.update("meeting", 1, start_time="19:30"))
    lines = meeting.clock_times(session.data, 1)
    assert [(a.title, a.start, a.end) for a in lines] == [
        ("Opening", "19:30", "19:40"), ("Warmtenet", "19:40", "20:25"), ("Rondvraag", "20:25", "20:30")]
    assert lines[1].introduced_by == "Provincie"


def test_starting_a_meeting_makes_it_current_and_starts_its_first_item(session):
    run(session, meeting.start_steps(session.data, 1, NOW))
    assert meeting.current_meeting(session.data).id == 1
    assert session.data.get("meeting", 1).start_time == "19:30"
    assert meeting.running_item(session.data, 1).title == "Opening"


def test_a_second_meeting_cannot_start_while_one_runs(session):
    run(session, meeting.start_steps(session.data, 1, NOW))
    with pytest.raises(errors.SamenwerkError) as info:
        meeting.start_steps(session.data, 2, NOW)
    assert str(info.value) == "Het overleg ‘Stuurgroep’ loopt nog; sluit het eerst af."


@pytest.mark.parametrize(("minutes", "text", "over"), [(3, "7:00", False), (10, "0:00", True), (11, "+1:00", True)])
def test_the_timer_counts_down_the_running_items_timebox(session, minutes, text, over):
    run(session, meeting.start_steps(session.data, 1, NOW))
    t = meeting.timer(session.data, 1, NOW.replace(minute=30 + minutes))
    assert (t.title, t.text, t.over_time) == ("Opening", text, over)


def test_one_step_moves_to_the_next_item(session):
    run(session, meeting.start_steps(session.data, 1, NOW))
    run(session, meeting.next_item_steps(session.data, 1, NOW.replace(minute=41)))
    assert [a.state for a in meeting.clock_times(session.data, 1)] == ["done", "running", "planned"]
    assert meeting.timer(session.data, 1, NOW.replace(minute=41)).title == "Warmtenet"


def test_the_room_view_of_the_current_meeting(session):
    assert meeting.agenda_view(session.data, NOW) is None
    run(session, meeting.start_steps(session.data, 1, NOW))
    view = meeting.agenda_view(session.data, NOW.replace(minute=35))
    assert (view.title, view.timer.text, [a.start for a in view.lines]) == (
        "Stuurgroep", "5:00", ["19:30", "19:40", "20:25"])


def test_attendance_defaults_from_the_attendee_list_and_records_a_proxy(session):
    assert [a.status for a in meeting.attendance_of(session.data, 1)] == ["present", "present", "absent"]
    run(session, meeting.attendance_steps(session.data, 1, 3, status="proxy", proxy_party_id=2))
    lines = meeting.attendance_of(session.data, 1)
    assert (lines[2].status, lines[2].proxy) == ("proxy", "Provincie")
    assert session.data.get("meeting", 1).attendee_ids == [1, 2, 3]
    assert meeting.voting_parties(session.data, 1) == [1, 2, 3]


def test_marking_a_party_absent_takes_it_off_the_attendee_list(session):
    run(session, meeting.attendance_steps(session.data, 1, 1, status="absent"))
    assert session.data.get("meeting", 1).attendee_ids == [2]
    assert meeting.voting_parties(session.data, 1) == [2]


@pytest.mark.parametrize("kind", meeting.CAPTURE_KINDS)
def test_a_captured_item_is_linked_to_the_current_meeting_and_its_running_item(session, kind):
    run(session, meeting.start_steps(session.data, 1, NOW))
    run(session, meeting.next_item_steps(session.data, 1, NOW))
    entity = meeting.capture_entity(session.data, kind)
    assert (entity.meeting_id, entity.agenda_item_id) == (1, 2)


def test_a_captured_agreement_names_the_parties_attending(session):
    run(session, meeting.start_steps(session.data, 1, NOW))
    assert meeting.capture_entity(session.data, "agreement").party_ids == [1, 2]


def test_capture_without_a_running_meeting_is_refused_in_one_sentence(session):
    with pytest.raises(errors.SamenwerkError) as info:
        meeting.capture_entity(session.data, "agreement")
    assert str(info.value) == "Er loopt geen overleg; start eerst een overleg op het tabblad Overleggen."


def test_closing_carries_open_actions_and_unresolved_parking_items_over(session):
    p = session.project
    p.add(ActionItem(meeting_id=1, text="Open actie"))
    p.add(ActionItem(meeting_id=1, text="Klaar", status="done"))
    p.add(ParkingItem(meeting_id=1, text="Later"))
    p.add(ParkingItem(meeting_id=1, text="Besproken", resolved=True))
    session.reload()
    run(session, meeting.start_steps(session.data, 1, NOW))
    assert meeting.next_meeting(session.data, 1).id == 2
    run(session, meeting.close_steps(session.data, 1, NOW.replace(hour=21), carry_to=2))
    data = session.data
    assert data.get("meeting", 1).status == "closed" and meeting.current_meeting(data) is None
    assert [(a.text, a.origin_meeting_id) for a in data.actions_of(2)] == [("Open actie", 1)]
    assert [a.text for a in data.actions_of(1)] == ["Klaar"]
    assert [(i.text, i.origin_meeting_id) for i in data.parking_of(2)] == [("Later", 1)]
    assert data.get("agenda_item", 1).ended == "2026-03-31T21:30:00"


def test_closing_without_a_next_meeting_keeps_every_item_where_it_was(session):
    session.project.add(ActionItem(meeting_id=1, text="Open actie"))
    session.reload()
    run(session, meeting.close_steps(session.data, 1, NOW))
    assert [a.text for a in session.data.actions_of(1)] == ["Open actie"]


def test_carry_over_to_a_closed_meeting_is_refused(session):
    run(session, meeting.close_steps(session.data, 2, NOW))
    with pytest.raises(errors.SamenwerkError):
        meeting.close_steps(session.data, 1, NOW, carry_to=2)


CHILD = """
import sys, time
from datetime import datetime
from samenwerk_desktop.core import meeting, storage
from samenwerk_desktop.core.session import Session
s = Session(storage.Project.open(sys.argv[1]))
for step in meeting.start_steps(s.data, 1, datetime(2026, 3, 31, 19, 30)):
    s.run(step)
print("started", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_program_reopens_with_the_meeting_still_running(session):
    path = session.project.path
    session.project.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "started"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    with storage.Project.open(path) as project:
        data = project.load()
    assert meeting.current_meeting(data).title == "Stuurgroep"
    assert meeting.running_item(data, 1).started == "2026-03-31T19:30:00"


@pytest.mark.parametrize("text", ["19:30", "7:05", "07:5", "0:0", "23:59", "00:00", "٠٧:٣٠", "24:00", "12:60", "1930",
                                  "19:30:00", " 19:30", "19:30 ", "19.30", "", ":", "19:", ":30", "123:4", "+1:30",
                                  "²:30", "-1:30", "１９:３０", "19:3a"])
def test_a_start_time_is_read_as_strptime_reads_it(text):
    try:
        expected = datetime.strptime(text, "%H:%M")
    except ValueError:
        with pytest.raises(ValueError):
            meeting.clock_time(text)
    else:
        assert meeting.clock_time(text) == expected
