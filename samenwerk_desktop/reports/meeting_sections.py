"""The meeting report's sections of a meeting that was run: attendance, the agenda's clock, rounds, carried-over items."""

from __future__ import annotations

from samenwerk_desktop.core import meeting as run
from samenwerk_desktop.core import rounds
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import ACTION_STATUSES, DECISION_OUTCOMES, Meeting
from samenwerk_desktop.reports.build import WIDTH, cell
from samenwerk_desktop.reports.common import PM, P, label, markup, short_date, tables, word

WORDS: dict[str, Msg] = {
    "attendance": Msg("Aanwezigheid", "Attendance"),
    "party": Msg("Partij", "Party"),
    "present": Msg("Aanwezig", "Present"),
    "absent": Msg("Afwezig", "Absent"),
    "proxy": Msg("Vertegenwoordigd door {who}", "Represented by {who}"),
    "speaker": Msg("Woordvoerder", "Speaker"),
    "clock": Msg("Tijd", "Time"),
    "rounds": Msg("Rondes", "Rounds"),
    "round": Msg("Ronde {n}", "Round {n}"),
    "proposal": Msg("Voorstel", "Proposal"),
    "answer": Msg("Antwoord", "Answer"),
    "given_by": Msg("Gegeven door", "Given by"),
    "reason": Msg("Reden, en hoe opgelost", "Reason, and how it was resolved"),
    "resolved_by": Msg("Opgelost door amendement: {text}", "Resolved by amendment: {text}"),
    "amendment": Msg("Amendement: {text}", "Amendment: {text}"),
    "proposed": Msg("Voorgestelde uitkomst: {what}", "Proposed outcome: {what}"),
    "confirmed": Msg("Bevestigd: {what}", "Confirmed: {what}"),
    "no_proposal": Msg("De regel stelt geen uitkomst voor; de procesbegeleider legt die vast.",
                       "The rule proposes no outcome; the facilitator records it."),
    "weight": Msg("gewicht {n}", "weight {n}"),
    "not_answered": Msg("Nog geen antwoord", "No answer yet"),
    "carried_to": Msg("doorgeschoven naar {meeting}", "carried over to {meeting}"),
    "carried_from": Msg("uit {meeting}", "from {meeting}"),
    "lead": Msg("Trekker: {who}", "Lead: {who}"),
}


def w(key: str, lang: str, **values) -> str:
    """One of this module's words in the report's language, with its values filled in."""
    text = WORDS[key].text(lang)
    return text.format(**values) if values else text


def attendance_section(data: CollaborationData, m: Meeting, lang: str) -> list:
    """Every party with present, absent or by proxy, and who spoke for it."""
    lines = run.attendance_of(data, m.id)
    rows = []
    for line in lines:
        if line.status == "proxy":
            status = w("proxy", lang, who=line.proxy or "—")
        else:
            status = w(line.status, lang)
        rows.append([cell(line.party), cell(status), cell(line.speaker or "—")])
    header = [P(w("party", lang), "head"), P(w("attendance", lang), "head"), P(w("speaker", lang), "head")]
    return [P(w("attendance", lang), "h2"), *tables(header, rows, [WIDTH * 0.42, WIDTH * 0.34, WIDTH * 0.24])]


def agenda_rows(data: CollaborationData, m: Meeting, lang: str) -> tuple[list, list]:
    """The agenda's header and rows with clock times (from the start time), minutes and who introduces."""
    header = [P(word("nr", lang), "head"), P(w("clock", lang), "head"), P(word("agenda", lang), "head"),
              P(word("introduced_by", lang), "head"), P(word("minutes", lang), "head")]
    rows = []
    for i, line in enumerate(run.clock_times(data, m.id), 1):
        span = f"{line.start}–{line.end}" if line.start else "—"
        rows.append([P(str(i), "cell"), P(span, "cell"), cell(line.title), cell(line.introduced_by or "—"),
                     P(str(line.minutes), "cell")])
    return header, rows


def agenda_section(data: CollaborationData, m: Meeting, lang: str) -> list:
    header, rows = agenda_rows(data, m, lang)
    out = [P(word("agenda", lang), "h2")]
    if not rows:
        return [*out, P(word("none", lang), "note")]
    total = sum(a.minutes for a in data.agenda_of(m.id))
    rows.append(["", "", P(word("total", lang), "cellb"), "", P(str(total), "cellb")])
    return out + tables(header, rows, [WIDTH * 0.06, WIDTH * 0.16, WIDTH * 0.5, WIDTH * 0.18, WIDTH * 0.1])


def rounds_section(data: CollaborationData, decisions: list, lang: str) -> list:
    """Each decision's rounds: the proposal, who answered what, objections and how they were resolved."""
    out: list = []
    for d in decisions:
        held = rounds.rounds_of(data, d.id)
        if not held:
            continue
        if not out:
            out.append(P(w("rounds", lang), "h2"))
        out.append(P(d.title, "h3"))
        lead = rounds.decision_lead(data, d)
        if d.rule == "lead_after_consultation" and lead:
            out.append(P(w("lead", lang, who=data.party_name(lead)), "meta"))
        for rnd in held:
            out += _round(data, rnd.id, lang)
    return out


def _round(data: CollaborationData, round_id: int, lang: str) -> list:
    view = rounds.round_view(data, round_id)
    out = [PM(f"<b>{markup(w('round', lang, n=view.number))}</b> · {markup(label(view.rule_text, lang, view.rule))}",
              "body")]
    if view.text:
        out.append(PM(f"<i>{markup(w('proposal', lang))}:</i> {markup(view.text)}", "body"))
    header = [P(w("party", lang), "head"), P(w("answer", lang), "head"), P(w("given_by", lang), "head"),
              P(w("reason", lang), "head")]
    rows = []
    for line in view.lines:
        answer = label(line.answer_text, lang, line.answer) if line.answer else w("not_answered", lang)
        if view.rule == "majority":
            answer += f" ({w('weight', lang, n=line.weight)})"
        why = line.reason
        if line.resolved_by:
            why = (why + " — " if why else "") + w("resolved_by", lang, text=line.resolved_by)
        rows.append([cell(line.party), cell(answer), cell(line.given_by or "—"), cell(why or "—")])
    out += tables(header, rows, [WIDTH * 0.3, WIDTH * 0.18, WIDTH * 0.2, WIDTH * 0.32])
    for text in view.amendments:
        out.append(PM(f"<i>{markup(w('amendment', lang, text=text))}</i>", "body"))
    proposed = (w("proposed", lang, what=label(view.proposed_text, lang, view.proposed)) if view.proposed
                else w("no_proposal", lang))
    if view.confirmed:
        proposed += " · " + w("confirmed", lang, what=label(DECISION_OUTCOMES.get(view.confirmed), lang, view.confirmed))
    out.append(P(proposed, "meta"))
    return out


def meeting_actions(data: CollaborationData, m: Meeting) -> list:
    """The action items made in a meeting: those still there and those carried over from it since."""
    moved = [a for a in data.entities["action_item"].values() if a.origin_meeting_id == m.id and a.meeting_id != m.id]
    here = data.actions_of(m.id)
    return here + sorted(moved, key=lambda a: (a.sort_order, a.id))


def actions_section(data: CollaborationData, m: Meeting, lang: str) -> list:
    """The action items made in the meeting (carried-over ones say where to) and those carried in."""
    actions = meeting_actions(data, m)
    out = [P(word("actions", lang), "h2")]
    if not actions:
        return [*out, P(word("none", lang), "note")]
    header = [P(word("action", lang), "head"), P(word("owner", lang), "head"), P(word("due", lang), "head"),
              P(word("status", lang), "head")]
    rows = []
    for a in actions:
        status = label(ACTION_STATUSES.get(a.status), lang, a.status)
        if a.meeting_id != m.id:
            status += f" ({w('carried_to', lang, meeting=short_date(data.get('meeting', a.meeting_id).date, lang))})"
        elif a.origin_meeting_id:
            status += f" ({w('carried_from', lang, meeting=short_date(data.get('meeting', a.origin_meeting_id).date, lang))})"
        rows.append([cell(a.text), cell(data.party_name(a.owner_party_id, "—")),
                     P(short_date(a.due_date, lang) or "—", "cell"), cell(status)])
    return out + tables(header, rows, [WIDTH * 0.46, WIDTH * 0.2, WIDTH * 0.12, WIDTH * 0.22])


def meeting_parking(data: CollaborationData, m: Meeting) -> list:
    """The parking lot of a meeting: its own topics and those set aside there and carried over since."""
    moved = [p for p in data.entities["parking_item"].values() if p.origin_meeting_id == m.id and p.meeting_id != m.id]
    return data.parking_of(m.id) + sorted(moved, key=lambda p: (p.sort_order, p.id))
