"""The room's views of a meeting being run: the current agenda item with its timer, and a round's answers live."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from samenwerk_desktop.core import meeting as run
from samenwerk_desktop.core import rounds
from samenwerk_desktop.core.model import DECISION_OUTCOMES
from samenwerk_desktop.gui.room import catalog
from samenwerk_desktop.gui.room.views import (
    REGISTRY,
    Page,
    RoomView,
    _heading,
    esc,
    paginate,
    register,
    room_name,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


#: the gentle warning of an item over its time (the meeting panel's colour)
WARNING = "#a35a00"
MUTED = "#333333"
#: how many items before and after the current one the meeting view shows
BEFORE, AFTER = 2, 3


@dataclass
class RoomContext:
    """What an audience window knows beyond the data: its clock (injected in tests) and the round it follows."""

    clock: Callable[[], datetime] = field(default=datetime.now)
    round_id: int | None = None


def _p(px: int, text: str, scale: float = 1.0, bold: bool = False, colour: str = "#000000",
       below: float = 0.2) -> str:
    """A paragraph at ``scale`` times the room's body size ``px`` (Qt's rich text knows px and pt, not em)."""
    weight = "font-weight:600; " if bold else ""
    return (f"<p style='font-size:{round(px * scale)}px; {weight}color:{colour}; margin-top:0; "
            f"margin-bottom:{round(px * scale * below)}px'>{text}</p>")


def _when(line: run.AgendaLine) -> str:
    return f"{line.start}–{line.end}" if line.start else _tr("%1 min").replace("%1", str(line.minutes))


@register
class MeetingRoomView(RoomView):
    """The running meeting: its current agenda item large with a running timer, the items around it; without a
    running meeting, the planned agenda as the agenda view shows it."""

    key = "meeting"
    number = catalog.NUMBERS[key]
    #: its page changes with the clock: the window draws it again every second
    live = True
    uses_context = True


    def pages(self, data, size, fonts, findings=None, selected=frozenset(), context: RoomContext | None = None):
        context = context or RoomContext()
        meeting = run.current_meeting(data)
        if meeting is None:
            return REGISTRY["agenda"].pages(data, size, fonts, findings)
        return [Page(build=lambda: self.page_html(data, meeting.id, context.clock(), fonts.body_px))]

    def page_html(self, data, meeting_id: int, now: datetime, px: int = 32) -> str:
        """The one page of the running meeting at ``now``, in the room's body size ``px``."""
        view = run.agenda_view(data, now, meeting_id)
        head = " · ".join(x for x in (view.title, view.date, view.location) if x)
        out = [_p(px, esc(head), 0.8, colour=MUTED, below=0.6)]
        index = next((i for i, line in enumerate(view.lines) if line.state == "running"), None)
        if index is None:
            done = all(line.state == "done" for line in view.lines) and view.lines
            out.append(_p(px, esc(_tr("Alle agendapunten zijn behandeld.") if done
                              else _tr("Het overleg is begonnen.")), 1.5, bold=True, below=0.6))
            out += [_agenda_line(px, line) for line in view.lines]
            return "".join(out)
        current = view.lines[index]
        for line in view.lines[max(0, index - BEFORE):index]:
            out.append(_agenda_line(px, line, scale=0.8))
        out.append(_p(px, esc(current.title), 2.2, bold=True, below=0.1))
        facts = [_when(current)]
        if current.introduced_by:
            facts.append(_tr("inbreng: %1").replace("%1", current.introduced_by))
        out.append(_p(px, esc(" · ".join(facts)), 0.9, colour=MUTED, below=0.3))
        t = view.timer
        if t is not None:
            if t.over_time:
                out.append(_p(px, esc(_tr("De tijd is om: %1").replace("%1", t.text)), 3.2, bold=True, colour=WARNING,
                              below=0.3))
            else:
                out.append(_p(px, esc(_tr("nog %1").replace("%1", t.text)), 3.2, bold=True, below=0.3))
        after = view.lines[index + 1:index + 1 + AFTER]
        if after:
            out.append(_heading(_tr("Hierna")))
            out += [_agenda_line(px, line) for line in after]
        rest = len(view.lines) - (index + 1 + AFTER)
        if rest > 0:
            out.append(_p(px, esc(_tr("en nog %1 agendapunten").replace("%1", str(rest))), 0.8, colour=MUTED))
        return "".join(out)


def _agenda_line(px: int, line: run.AgendaLine, scale: float = 1.0) -> str:
    mark = {"done": "✓ ", "running": "▶ "}.get(line.state, "")
    colour = MUTED if line.state == "done" else "#000000"
    by = f" ({line.introduced_by})" if line.introduced_by else ""
    return _p(px, esc(f"{mark}{_when(line)}  {line.title}{by}"), scale, colour=colour)


def default_round(data) -> int | None:
    """The round the room sees unless it follows one: the current meeting's latest, else the latest of all."""
    every = sorted(data.entities["round"].values(), key=lambda r: r.id)
    meeting = run.current_meeting(data)
    here = [r for r in every if meeting is not None and r.meeting_id == meeting.id]
    chosen = here or every
    return chosen[-1].id if chosen else None


@register
class RoundRoomView(RoomView):
    """A round of a decision: the proposal, the rule, each party's answer as it is entered, the outcome."""

    key = "round"
    number = catalog.NUMBERS[key]
    uses_context = True


    def pages(self, data, size, fonts, findings=None, selected=frozenset(), context: RoomContext | None = None):
        context = context or RoomContext()
        px = fonts.body_px
        round_id = context.round_id if data.get("round", context.round_id) is not None else default_round(data)
        if round_id is None:
            return [Page(f"<p>{esc(_tr('Nog geen ronden over een besluit.'))}</p>")]
        view = rounds.round_view(data, round_id)
        rnd = data.get("round", round_id)
        proxies = {}
        if rnd.meeting_id is not None and data.get("meeting", rnd.meeting_id) is not None:
            proxies = {a.party_id: a.proxy for a in run.attendance_of(data, rnd.meeting_id) if a.status == "proxy"}
        head = _tr("Ronde %1 · %2").replace("%1", str(view.number)).replace("%2", str(view.rule_text))
        blocks = [_p(px, esc(head), 0.8, colour=MUTED, below=0.1), _p(px, esc(view.decision), 1.4, bold=True, below=0.2)]
        if view.text:
            blocks.append(_p(px, esc(view.text), below=0.4))
        for text in view.amendments:
            blocks.append(_p(px, f"<b>{esc(_tr('Amendement:'))}</b> {esc(text)}", below=0.4))
        blocks.append(_outcome(px, data, view, rnd.decision_id))
        answered = sum(1 for line in view.lines if line.answer)
        blocks.append(_heading(_tr("Antwoorden (%1 van %2)").replace("%1", str(answered))
                               .replace("%2", str(len(view.lines)))))
        blocks += [_answer(px, view, line, proxies.get(line.party_id, "")) for line in view.lines]
        return paginate(blocks, size, fonts, "")


def _outcome(px: int, data, view: rounds.RoundView, decision_id: int) -> str:
    """The confirmed outcome once confirmed, else the rule's proposal (live)."""
    if view.confirmed:
        text = _tr("Uitkomst: %1").replace("%1", str(DECISION_OUTCOMES.get(view.confirmed, view.confirmed)))
        return _p(px, esc(text), 1.3, bold=True, below=0.4)
    if view.proposed_text is not None:
        text = _tr("Voorgestelde uitkomst: %1").replace("%1", str(view.proposed_text))
        return _p(px, esc(text), 1.2, bold=True, below=0.4)
    if view.rule == "lead":
        lead = room_name(data.party_name(rounds.decision_lead(data, data.get("decision", decision_id))))
        text = (_tr("De antwoorden zijn advies; %1 besluit.").replace("%1", lead) if lead
                else _tr("De antwoorden zijn advies; de trekker besluit."))
        return _p(px, esc(text), 1.0, colour=MUTED, below=0.4)
    return _p(px, esc(_tr("Nog geen voorstel voor de uitkomst.")), 1.0, colour=MUTED, below=0.4)


def _answer(px: int, view: rounds.RoundView, line: rounds.AnswerLine, proxy: str) -> str:
    """One party's line: its answer and who gave it; an objection or block with its reason and amendment
    (measured as laid out: a round has a few dozen lines at most)."""
    who = line.party + (" " + _tr("(vertegenwoordigd door %1)").replace("%1", proxy) if proxy else "")
    if view.rule == "majority" and line.weight != 1:
        who += " · " + _tr("stemgewicht %1").replace("%1", str(line.weight))
    if not line.answer:
        return _p(px, f"<b>{esc(who)}</b> — <span style='color:{MUTED}'>{esc(_tr('nog geen antwoord'))}</span>")
    answer = str(line.answer_text)
    if line.given_by:
        answer += f" ({line.given_by})"
    rich = f"<b>{esc(who)}</b> — {esc(answer)}"
    if line.answer in rounds.OBJECTIONS and line.reason:
        rich += f"<br><span style='color:{MUTED}'>{esc(_tr('Reden: %1').replace('%1', line.reason))}</span>"
    if line.resolved_by:
        rich += (f"<br><span style='color:{MUTED}'>"
                 f"{esc(_tr('Opgelost door het amendement: %1').replace('%1', line.resolved_by))}</span>")
    return _p(px, rich)
