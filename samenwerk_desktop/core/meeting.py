"""Running a meeting without Qt: the current meeting, attendance, the agenda's clock, capture defaults and closing.

Everything here takes the collaboration's data (and, where time matters, ``now`` from an injected
clock) and returns plain data or *steps*: core operations (``Callable[[Project], Change]``) that the
window runs in one undo macro and a test runs through a ``Session``. A step builder checks everything
first and raises a ``SamenwerkError`` with one sentence before it returns a step, so a refusal changes
nothing. The room's screen shows what ``agenda_view`` returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from samenwerk_desktop.core import errors, followups
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import (
    ATTENDANCE,
    ActionItem,
    AgendaItem,
    Agreement,
    Attendance,
    Decision,
    Meeting,
    ParkingItem,
)

#: A core operation: what ``Session.run`` and ``Document.apply`` take.
Step = Callable[..., object]


def stamp(now: datetime) -> str:
    """A moment as the file keeps it: 2026-03-31T19:30:00."""
    return now.replace(microsecond=0, tzinfo=None).isoformat(timespec="seconds")


def _moment(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def clock_time(text: str) -> datetime:
    """``text`` as ``datetime.strptime(text, "%H:%M")`` reads it (on 1 January 1900), without its regex machinery.

    strptime compiles a pattern from the locale on its first call: 5 ms of the window's start,
    where the meeting dock shows the agenda. Hours 0-23 and minutes 0-59 of one or two ASCII digits;
    anything else is a ValueError, as there.
    """
    hours, sep, minutes = text.partition(":")
    digits = hours + minutes
    if not (sep and 1 <= len(hours) <= 2 and 1 <= len(minutes) <= 2 and digits.isascii() and digits.isdigit()):
        raise ValueError(f"time data {text!r} does not match format '%H:%M'")
    return datetime(1900, 1, 1, int(hours), int(minutes))  # out of range: ValueError


# ---------------------------------------------------------------------------
# The current meeting
# ---------------------------------------------------------------------------


def current_meeting(data: CollaborationData) -> Meeting | None:
    """The meeting being run (stored in the file as status "running"), or None."""
    running = [m for m in data.meetings if m.status == "running"]
    return running[0] if running else None


def running_item(data: CollaborationData, meeting_id: int) -> AgendaItem | None:
    """The agenda item taken up and not yet left, or None."""
    for item in data.agenda_of(meeting_id):
        if item.started and not item.ended:
            return item
    return None


def next_meeting(data: CollaborationData, meeting_id: int) -> Meeting | None:
    """The first meeting after this one that is not closed (where open items are carried over to)."""
    meeting = data.get("meeting", meeting_id)
    later = [m for m in data.meetings if m.id != meeting_id and m.status != "closed"
             and (m.date, m.id) > (meeting.date, meeting.id)]
    return later[0] if later else None


def _refuse(nl: str, en: str) -> errors.SamenwerkError:
    return errors.SamenwerkError(Msg(nl, en))


def start_steps(data: CollaborationData, meeting_id: int, now: datetime, *,
                with_follow_ups: bool = False) -> list[Step]:
    """Start a meeting: it becomes the current meeting, its start time is now (unless planned) and its
    first agenda item starts. ``with_follow_ups``: when the day has follow-ups, an agenda item
    "Vervolgpunten" comes first (see ``follow_up_item``) and is the one that starts."""
    meeting = data.get("meeting", meeting_id)
    other = current_meeting(data)
    if other is not None and other.id != meeting_id:
        raise _refuse(f"Het overleg ‘{other.title}’ loopt nog; sluit het eerst af.",
                      f"The meeting ‘{other.title}’ is still running; close it first.")
    if meeting.status == "running":
        return []
    values = {"status": "running", "started": stamp(now)}
    if not meeting.start_time:
        values["start_time"] = _hhmm(now)
    steps: list[Step] = [lambda p: p.update("meeting", meeting_id, **values)]
    agenda = [a for a in data.agenda_of(meeting_id) if not a.ended]
    item = follow_up_item(data, meeting_id, now) if with_follow_ups else None
    if item is not None:
        item.started = "" if running_item(data, meeting_id) is not None else stamp(now)
        steps.append(lambda p: p.add(item))
    elif agenda and running_item(data, meeting_id) is None:
        first = agenda[0].id
        steps.append(lambda p: p.update("agenda_item", first, started=stamp(now)))
    return steps


#: the title of the agenda item that brings the follow-ups back to the table
FOLLOW_UPS_TITLE = Msg("Vervolgpunten", "Follow-ups")


def follow_up_item(data: CollaborationData, meeting_id: int, now: datetime) -> AgendaItem | None:
    """The agenda item "Vervolgpunten" to put first on a meeting's agenda: two minutes per follow-up of
    ``now``'s day (at least 5, at most 30); None when there are none or the agenda already has one."""
    found = followups.follow_ups(data, now.date())
    agenda = data.agenda_of(meeting_id)
    titles = {a.title.strip().casefold() for a in agenda}
    if not found or {FOLLOW_UPS_TITLE.nl.casefold(), FOLLOW_UPS_TITLE.en.casefold()} & titles:
        return None
    first = min((a.sort_order for a in agenda), default=1)
    return AgendaItem(meeting_id=meeting_id, title=str(FOLLOW_UPS_TITLE), minutes=max(5, min(30, 2 * len(found))),
                      sort_order=min(first, 0) - 1)  # before every other item (0 would mean "last")


def next_item_steps(data: CollaborationData, meeting_id: int, now: datetime) -> list[Step]:
    """Leave the running agenda item and take up the next one not yet done (nothing after the last)."""
    current = running_item(data, meeting_id)
    steps: list[Step] = []
    if current is not None:
        steps.append(lambda p: p.update("agenda_item", current.id, ended=stamp(now)))
    following = [a for a in data.agenda_of(meeting_id) if not a.started]
    if following:
        nxt = following[0].id
        steps.append(lambda p: p.update("agenda_item", nxt, started=stamp(now)))
    return steps


def carry_over_candidates(data: CollaborationData, meeting_id: int) -> tuple[list[ActionItem], list[ParkingItem]]:
    """What can go to a next meeting: the open action items and the unresolved parking-lot items."""
    return ([a for a in data.actions_of(meeting_id) if a.status == "open"],
            [p for p in data.parking_of(meeting_id) if not p.resolved])


def close_steps(data: CollaborationData, meeting_id: int, now: datetime, carry_to: int | None = None,
                take_state: bool = True) -> list[Step]:
    """Close a meeting: the running item ends, the meeting is closed, and, given a next meeting, its open
    action items and unresolved parking-lot items move there (remembering where they were first raised);
    the state of the field of forces is taken (``core/movement.py``) when there are parties."""
    meeting = data.get("meeting", meeting_id)
    if carry_to is not None:
        target = data.get("meeting", carry_to)
        if target is None or carry_to == meeting_id or target.status == "closed":
            raise _refuse("Open punten kunnen alleen naar een ander overleg dat nog niet is afgesloten.",
                          "Open items can only go to another meeting that is not closed.")
    steps: list[Step] = []
    current = running_item(data, meeting_id)
    if current is not None:
        steps.append(lambda p: p.update("agenda_item", current.id, ended=stamp(now)))
    steps.append(lambda p: p.update("meeting", meeting_id, status="closed",
                                    **({} if meeting.started else {"started": stamp(now)})))
    if carry_to is not None:
        actions, parking = carry_over_candidates(data, meeting_id)
        moved_a = {a.id: {"meeting_id": carry_to, "agenda_item_id": None,
                          "origin_meeting_id": a.origin_meeting_id or meeting_id} for a in actions}
        moved_p = {i.id: {"meeting_id": carry_to, "agenda_item_id": None,
                          "origin_meeting_id": i.origin_meeting_id or meeting_id} for i in parking}
        if moved_a:
            steps.append(lambda p: p.update_many("action_item", moved_a))
        if moved_p:
            steps.append(lambda p: p.update_many("parking_item", moved_p))
    if take_state and data.parties:
        from samenwerk_desktop.core import movement  # at a close only: the window loads this module at start

        title = Msg(f"Na {meeting.title[:480]}", f"After {meeting.title[:480]}").text()
        steps += movement.capture_steps(data, title, now, meeting_id)
    return steps


# ---------------------------------------------------------------------------
# Attendance
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    """One party's attendance at a meeting, as shown and reported."""

    party_id: int
    party: str
    status: str  # "present" | "absent" | "proxy"
    status_text: Msg
    speaker: str  # the representative who speaks for a party present
    proxy: str  # who represents a party by proxy: another party's name or a person
    record_id: int | None  # the Attendance row, None while only the attendee list says it


def _attendance_record(data: CollaborationData, meeting_id: int, party_id: int) -> Attendance | None:
    for a in data.entities["attendance"].values():
        if a.meeting_id == meeting_id and a.party_id == party_id:
            return a
    return None


def attendance_of(data: CollaborationData, meeting_id: int) -> list[AttendanceLine]:
    """Every party's attendance at a meeting, in party order; without a record of its own a party on the
    meeting's attendee list is present and any other is absent."""
    meeting = data.get("meeting", meeting_id)
    out = []
    for party in data.parties:
        rec = _attendance_record(data, meeting_id, party.id)
        status = rec.status if rec else ("present" if party.id in meeting.attendee_ids else "absent")
        speaker = ""
        if rec and rec.speaker_id and status == "present":
            rep = data.get("representative", rec.speaker_id)
            speaker = rep.name if rep else ""
        proxy = ""
        if rec and status == "proxy":
            proxy = rec.proxy_name or data.party_name(rec.proxy_party_id)
        out.append(AttendanceLine(party.id, party.name, status, ATTENDANCE[status], speaker, proxy,
                                  rec.id if rec else None))
    return out


def voting_parties(data: CollaborationData, meeting_id: int | None) -> list[int]:
    """The parties that answer in a round: present or by proxy at the meeting (every party without one)."""
    if meeting_id is None or data.get("meeting", meeting_id) is None:
        return [p.id for p in data.parties]
    return [line.party_id for line in attendance_of(data, meeting_id) if line.status != "absent"]


def attendance_steps(data: CollaborationData, meeting_id: int, party_id: int, **values) -> list[Step]:
    """Set a party's attendance (status, speaker_id, proxy_party_id, proxy_name); the meeting's attendee
    list follows (present or by proxy)."""
    rec = _attendance_record(data, meeting_id, party_id)
    meeting = data.get("meeting", meeting_id)
    steps: list[Step] = []
    if rec is None:
        base = {"status": "present" if party_id in meeting.attendee_ids else "absent", **values}
        steps.append(lambda p: p.add(Attendance(meeting_id=meeting_id, party_id=party_id, **base)))
        status = base["status"]
    else:
        steps.append(lambda p: p.update("attendance", rec.id, **values))
        status = values.get("status", rec.status)
    attending = status != "absent"
    ids = list(meeting.attendee_ids)
    if attending and party_id not in ids:
        ids.append(party_id)
    elif not attending and party_id in ids:
        ids.remove(party_id)
    if ids != meeting.attendee_ids:
        steps.append(lambda p: p.update("meeting", meeting_id, attendee_ids=ids))
    return steps


# ---------------------------------------------------------------------------
# The agenda's clock
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaLine:
    """One agenda item with its planned clock times and, while the meeting runs, its state."""

    item_id: int
    title: str
    minutes: int
    start: str  # "19:30", "" without a start time
    end: str
    introduced_by: str
    state: str  # "planned" | "running" | "done"


def clock_times(data: CollaborationData, meeting_id: int) -> list[AgendaLine]:
    """The agenda with clock times from the meeting's start time and the timeboxes."""
    meeting = data.get("meeting", meeting_id)
    at = clock_time(meeting.start_time) if meeting.start_time else None
    out = []
    for item in data.agenda_of(meeting_id):
        start = _hhmm(at) if at else ""
        if at:
            at += timedelta(minutes=item.minutes)
        state = "done" if item.ended else "running" if item.started else "planned"
        out.append(AgendaLine(item.id, item.title, item.minutes, start, _hhmm(at) if at else "",
                              data.party_name(item.owner_party_id), state))
    return out


@dataclass(frozen=True)
class Timer:
    """The running agenda item's clock: seconds gone and left (negative when over time)."""

    item_id: int
    title: str
    minutes: int
    elapsed: int
    remaining: int

    @property
    def over_time(self) -> bool:
        return self.remaining <= 0

    @property
    def text(self) -> str:
        """What the clock shows: "12:05" left, or "+1:30" over time."""
        left = abs(self.remaining)
        return f"{'+' if self.remaining < 0 else ''}{left // 60}:{left % 60:02d}"


def timer(data: CollaborationData, meeting_id: int, now: datetime) -> Timer | None:
    """The running item's timer at ``now``, or None when no item runs."""
    item = running_item(data, meeting_id)
    if item is None:
        return None
    elapsed = max(0, int((now.replace(tzinfo=None) - _moment(item.started)).total_seconds()))
    return Timer(item.id, item.title, item.minutes, elapsed, item.minutes * 60 - elapsed)


@dataclass(frozen=True)
class AgendaView:
    """What the room sees of the current meeting: its title, the agenda with clock times and the timer."""

    meeting_id: int
    title: str
    date: str
    location: str
    lines: list[AgendaLine]
    timer: Timer | None


def agenda_view(data: CollaborationData, now: datetime, meeting_id: int | None = None) -> AgendaView | None:
    """The room's view of the current (or a given) meeting at ``now``; None when there is none."""
    meeting = data.get("meeting", meeting_id) if meeting_id else current_meeting(data)
    if meeting is None:
        return None
    return AgendaView(meeting.id, meeting.title, meeting.date, meeting.location, clock_times(data, meeting.id),
                      timer(data, meeting.id, now))


# ---------------------------------------------------------------------------
# Capture
# ---------------------------------------------------------------------------

CAPTURE_KINDS = ("agreement", "decision", "action_item", "parking_item")


def capture_entity(data: CollaborationData, kind: str):
    """A new entity of a capture kind, linked to the current meeting and its running agenda item; an
    agreement names the parties attending. Raises when no meeting runs."""
    meeting = current_meeting(data)
    if meeting is None:
        raise _refuse("Er loopt geen overleg; start eerst een overleg op het tabblad Overleggen.",
                      "No meeting is running; start a meeting on the Meetings tab first.")
    item = running_item(data, meeting.id)
    link = {"meeting_id": meeting.id, "agenda_item_id": item.id if item else None}
    if kind == "agreement":
        return Agreement(party_ids=voting_parties(data, meeting.id), status="agreed", **link)
    if kind == "decision":
        return Decision(rule=data.collaboration.default_decision_rule, date=meeting.date, **link)
    if kind == "action_item":
        return ActionItem(**link)
    if kind == "parking_item":
        return ParkingItem(**link)
    raise ValueError(kind)
