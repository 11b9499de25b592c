"""The agenda of a meeting as a one-page PDF to send with the invitation."""

from __future__ import annotations

import os
from datetime import date

from reportlab.platypus import Paragraph

from samenwerk_desktop.core import rounds
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.storage import check_output
from samenwerk_desktop.reports.build import WIDTH, Cancelled, Progress, build_pdf, cell, report_day
from samenwerk_desktop.reports.common import PM, P, clean, long_date, markup, short_date, styles, tables, word
from samenwerk_desktop.reports.meeting_sections import agenda_rows

WORDS: dict[str, Msg] = {
    "agenda": Msg("AGENDA", "AGENDA"),
    "invitation": Msg("Uitnodiging", "Invitation"),
    "challenge": Msg("De opgave", "The challenge"),
    "follow_ups": Msg("Open punten uit eerdere overleggen", "Open follow-ups from earlier meetings"),
    "action": Msg("Actie: {text} ({owner}, uiterlijk {due})", "Action: {text} ({owner}, due {due})"),
    "topic": Msg("Parkeerplaats: {text}", "Parking lot: {text}"),
    "ratify": Msg("Wacht op bekrachtiging door {who}: {title}", "Awaiting ratification by {who}: {title}"),
    "from": Msg("uit het overleg van {day}", "from the meeting of {day}"),
    "start": Msg("Aanvang {time}", "Starts at {time}"),
    "more": Msg("… en nog {n}", "… and {n} more"),
}
#: How many follow-ups fit on the page beside a long agenda; the rest are counted.
MAX_FOLLOW_UPS = 10


def _w(key: str, lang: str, **values) -> str:
    text = WORDS[key].text(lang)
    return text.format(**values) if values else text


def one_line(text: str, limit: int = 160) -> str:
    """The first sentence of a text, at most ``limit`` characters (the challenge in one line)."""
    first = " ".join(text.split())
    for stop in (". ", "; "):
        if stop in first:
            first = first.split(stop, 1)[0] + ("." if stop == ". " else "")
            break
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def follow_ups(data: CollaborationData, meeting_id: int, lang: str) -> list[str]:
    """What is still open from earlier meetings: open action items, unresolved parking-lot topics, and
    adopted decisions that still await a board."""
    m = data.get("meeting", meeting_id)
    earlier = {e.id: e for e in data.meetings if (e.date, e.id) < (m.date, m.id)}
    out = []
    for a in sorted(data.entities["action_item"].values(), key=lambda a: (a.due_date or "9", a.id)):
        origin = a.origin_meeting_id if a.origin_meeting_id in earlier else a.meeting_id
        if a.status == "open" and origin in earlier:
            text = _w("action", lang, text=a.text, owner=data.party_name(a.owner_party_id, "—"),
                      due=short_date(a.due_date, lang) or "—")
            out.append(f"{text}, {_w('from', lang, day=short_date(earlier[origin].date, lang))}")
    for p in sorted(data.entities["parking_item"].values(), key=lambda p: p.id):
        origin = p.origin_meeting_id if p.origin_meeting_id in earlier else p.meeting_id
        if not p.resolved and origin in earlier:
            out.append(_w("topic", lang, text=p.text))
    for d, names in rounds.awaiting_ratification(data):
        if d.meeting_id in earlier:
            out.append(_w("ratify", lang, who=", ".join(names), title=d.title))
    return out


def agenda_pdf(data: CollaborationData, meeting_id: int, out_path: str | os.PathLike, *, lang: str = "nl",
               today: date | str | None = None, invariant: bool = False, force: bool = False,
               open_project: str | os.PathLike | None = None, progress: Progress = None,
               cancelled: Cancelled = None) -> int:
    """Write one meeting's agenda on one page (title, date, place, the challenge in one line, the agenda
    with clock times and who introduces each item, open follow-ups from earlier meetings); the page count."""
    lang = "en" if lang == "en" else "nl"
    check_output(out_path, kind="pdf", force=force, open_project=open_project)
    day = report_day(today)
    m = data.get("meeting", meeting_id)
    if m is None:
        raise SamenwerkError(Msg(f"Overleg nummer {meeting_id} bestaat niet (meer).",
                                 f"Meeting number {meeting_id} does not exist (any more)."))
    c = data.collaboration
    st = styles()
    meta = [long_date(m.date, lang)]
    if m.start_time:
        meta.append(_w("start", lang, time=m.start_time))
    if m.location:
        meta.append(clean(m.location))
    story: list = [P(_w("agenda", lang), "cover_label"), Paragraph(markup(m.title), st["h1"]),
                   P(" · ".join(meta), "subtitle"), P(c.title, "meta")]
    if c.challenge.strip():
        story.append(PM(f"<b>{markup(_w('challenge', lang))}:</b> {markup(one_line(c.challenge))}", "body"))
    header, rows = agenda_rows(data, m, lang)
    story.append(P(word("agenda", lang), "h2"))
    if rows:
        story += tables(header, rows, [WIDTH * 0.06, WIDTH * 0.16, WIDTH * 0.5, WIDTH * 0.18, WIDTH * 0.1])
    else:
        story.append(P(word("none", lang), "note"))
    items = follow_ups(data, meeting_id, lang)
    if items:
        story.append(P(_w("follow_ups", lang), "h2"))
        shown = items[:MAX_FOLLOW_UPS]
        story += [cell("• " + (text if len(text) <= 200 else text[:199] + "…"), "body") for text in shown]
        if len(items) > len(shown):
            story.append(P(_w("more", lang, n=len(items) - len(shown)), "note"))
    header_right = f"{_w('invitation', lang)} · {long_date(day, lang)}"
    return build_pdf(story, out_path, lang=lang, title=clean(c.title), header_right=header_right, cover=False,
                     progress=progress, cancelled=cancelled, invariant=invariant, force=force,
                     open_project=open_project)
