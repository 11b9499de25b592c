"""The meeting report: the agreements and decisions list of one meeting."""

from __future__ import annotations

import os
from datetime import date

from reportlab.platypus import Paragraph

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import (
    AGREEMENT_STATUSES,
)
from samenwerk_desktop.core.storage import check_output
from samenwerk_desktop.reports import give_take_section
from samenwerk_desktop.reports import meeting_sections as sections
from samenwerk_desktop.reports.build import (
    WIDTH,
    Cancelled,
    Progress,
    build_pdf,
    cell,
    decision_table,
    dilemma_table,
    party_names,
    report_day,
)
from samenwerk_desktop.reports.common import (
    PM,
    P,
    chunks,
    clean,
    label,
    long_date,
    markup,
    paras,
    short_date,
    styles,
    tables,
    word,
)


def latest_meeting_id(data: CollaborationData) -> int | None:
    """The meeting with the latest date (None when there are none)."""
    meetings = data.meetings
    return meetings[-1].id if meetings else None


def meeting_report(data: CollaborationData, meeting_id: int, out_path: str | os.PathLike, *, lang: str = "nl",
                   include_private: bool = False, today: date | str | None = None, progress: Progress = None,
                   cancelled: Cancelled = None, invariant: bool = False, force: bool = False,
                   open_project: str | os.PathLike | None = None) -> int:
    """Write the agreements and decisions list of one meeting as a PDF; returns the number of pages.

    The meeting report holds no private fields, so ``include_private`` changes nothing today; it is
    accepted so both reports take the same options.
    """
    lang = "en" if lang == "en" else "nl"
    check_output(out_path, kind="pdf", force=force, open_project=open_project)  # before the work of building
    day = report_day(today)
    m = data.get("meeting", meeting_id)
    if m is None:
        raise SamenwerkError(Msg(f"Overleg nummer {meeting_id} bestaat niet (meer).",
                                 f"Meeting number {meeting_id} does not exist (any more)."))
    c = data.collaboration
    st = styles()
    story: list = [P(word("meeting_report", lang).upper(), "cover_label"),
                   Paragraph(markup(m.title), st["h1"]), ]
    meta = [long_date(m.date, lang)]
    if m.location:
        meta.append(clean(m.location))
    story += [P(" · ".join(meta), "subtitle"), P(c.title, "meta")]
    if any(a.meeting_id == m.id for a in data.entities["attendance"].values()):
        story += sections.attendance_section(data, m, lang)  # present, absent, by proxy (file version 3)
    else:
        story += [P(word("attendees", lang), "h2"), P(party_names(data, m.attendee_ids))]
        reps = [r for pid in m.attendee_ids for r in data.representatives_of(pid)]
        if reps:
            story += paras(", ".join(f"{clean(r.name)} ({clean(data.party_name(r.party_id))})" for r in reps), "meta")

    if m.start_time:
        story += sections.agenda_section(data, m, lang)  # with clock times from the start time
    else:
        agenda = data.agenda_of(m.id)
        story.append(P(word("agenda", lang), "h2"))
        if agenda:
            header = [P(word("nr", lang), "head"), P(word("agenda", lang), "head"), P(word("introduced_by", lang), "head"),
                      P(word("time", lang), "head")]
            rows, start = [], 0
            for i, a in enumerate(agenda, 1):
                span = f"{start // 60}:{start % 60:02d}–{(start + a.minutes) // 60}:{(start + a.minutes) % 60:02d}"
                rows.append([P(str(i), "cell"), cell(a.title), cell(data.party_name(a.owner_party_id, "—")),
                             P(f"{a.minutes} {word('minutes', lang)} ({span})", "cell")])
                start += a.minutes
            rows.append(["", P(word("total", lang), "cellb"), "", P(f"{start} {word('minutes', lang)}", "cellb")])
            story += tables(header, rows, [WIDTH * 0.07, WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.23])
        else:
            story.append(P(word("none", lang), "note"))

    decisions = [d for d in data.decisions if d.meeting_id == m.id]
    story.append(P(word("meeting_decisions", lang), "h2"))
    story += decision_table(data, decisions, lang) if decisions else [P(word("none", lang), "note")]
    story += sections.rounds_section(data, decisions, lang)

    agreements = [a for a in data.agreements if a.meeting_id == m.id]
    story.append(P(word("meeting_agreements", lang), "h2"))
    if agreements:
        header = [P(word("nr", lang), "head"), P(word("agreement", lang), "head"), P(word("owner", lang), "head"),
                  P(word("status", lang), "head"), P(word("review", lang), "head")]
        rows = []
        for a in agreements:
            review = markup(short_date(a.review_date, lang) or "—")
            if a.overdue(day):
                review = f"<font color='#a33a00'><b>⚠ {review} {markup(word('overdue', lang))}</b></font>"
            rows.append([P(str(a.id), "cell"), cell(a.text), cell(data.party_name(a.owner_party_id, "—")),
                         P(label(AGREEMENT_STATUSES.get(a.status), lang, a.status), "cell"), PM(review, "cell")])
        story += tables(header, rows, [WIDTH * 0.07, WIDTH * 0.43, WIDTH * 0.18, WIDTH * 0.14, WIDTH * 0.18])
    else:
        story.append(P(word("none", lang), "note"))

    story += sections.actions_section(data, m, lang)

    open_dilemmas = [d for d in data.dilemmas if d.status != "resolved"]
    story.append(P(word("open_dilemmas", lang), "h2"))
    story += dilemma_table(data, open_dilemmas, lang) if open_dilemmas else [P(word("none", lang), "note")]

    parking = sections.meeting_parking(data, m)
    story.append(P(word("parking", lang), "h2"))
    if parking:
        for item in parking:
            suffix = f" <i>({markup(word('resolved', lang))})</i>" if item.resolved else ""
            parts = chunks(item.text)
            for k, part in enumerate(parts):
                story.append(PM(("• " if k == 0 else "") + markup(part) + (suffix if k == len(parts) - 1 else ""),
                                "body"))
    else:
        story.append(P(word("none", lang), "note"))

    if m.notes.strip():
        story += [P(word("notes", lang), "h2"), *paras(m.notes)]
    # what is due on the report's day, from any meeting: last, after this meeting's own lists
    story += [P(give_take_section.WORDS["follow_ups_only"].text(lang), "h2"),
              *give_take_section.follow_up_lines(data, lang, day)]
    header_right = f"{word('exported', lang)} {long_date(day, lang)}"
    title = f"{clean(c.title)} — {clean(m.title)}"
    return build_pdf(story, out_path, lang=lang, title=title, header_right=header_right, cover=False,
                  progress=progress, cancelled=cancelled, invariant=invariant, force=force, open_project=open_project)

