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
    "present": Msg("Aanwezig", "Present"),
    "absent": Msg("Afwezig", "Absent"),
    "by_proxy": Msg("Vertegenwoordigd", "By proxy"),
    "proxy_of": Msg("{party} door {who}", "{party} by {who}"),
    "clock": Msg("Tijd", "Time"),
    "rounds": Msg("Rondes", "Rounds"),
    "round": Msg("Ronde {n}", "Round {n}"),
    "proposal": Msg("Voorstel", "Proposal"),
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
    """Present (with who spoke), by proxy (with by whom) and absent, one line each."""
    lines = run.attendance_of(data, m.id)
    out = [P(w("attendance", lang), "h2")]
    for status in ("present", "proxy", "absent"):
        group = [line for line in lines if line.status == status]
        if not group:
            continue
        if status == "proxy":
            names = "; ".join(w("proxy_of", lang, party=line.party, who=line.proxy or "—") for line in group)
            what = w("by_proxy", lang)
        else:
            names = "; ".join(f"{line.party} ({line.speaker})" if line.speaker else line.party for line in group)
            what = w(status, lang)
        out.append(PM(f"<b>{markup(what)}</b> ({len(group)}): {markup(names)}", "body"))
    return out


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
    groups: dict[str, list] = {}
    for line in view.lines:
        groups.setdefault(line.answer, []).append(line)
    for answer, lines in groups.items():  # one line per answer, in the order the parties come
        first = lines[0]
        what = label(first.answer_text, lang, answer) if answer else w("not_answered", lang)
        if answer in rounds.OBJECTIONS:
            for line in lines:  # each objection on its own, with its reason and how it was resolved
                why = markup(line.reason)
                if line.resolved_by:
                    why += " — <i>" + markup(w("resolved_by", lang, text=line.resolved_by)) + "</i>"
                out.append(PM(f"<b>{markup(what)}</b>: {markup(_who(line, view.rule, lang))}: {why}", "body"))
            continue
        who = "; ".join(_who(line, view.rule, lang) for line in lines)
        out.append(PM(f"<b>{markup(what)}</b> ({len(lines)}): {markup(who)}", "body"))
    for text in view.amendments:
        out.append(PM(f"<i>{markup(w('amendment', lang, text=text))}</i>", "body"))
    proposed = (w("proposed", lang, what=label(view.proposed_text, lang, view.proposed)) if view.proposed
                else w("no_proposal", lang))
    if view.confirmed:
        proposed += " · " + w("confirmed", lang, what=label(DECISION_OUTCOMES.get(view.confirmed), lang, view.confirmed))
    out.append(P(proposed, "meta"))
    return out


def _who(line, rule: str, lang: str) -> str:
    """A party in a round's summary: its name, who answered for it, its weight in a vote."""
    extra = [line.given_by] if line.given_by else []
    if rule == "majority":
        extra.append(w("weight", lang, n=line.weight))
    text = f"{line.party} ({', '.join(extra)})" if extra else line.party
    return text + (f" — {line.reason}" if line.reason and line.answer not in rounds.OBJECTIONS else "")


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
