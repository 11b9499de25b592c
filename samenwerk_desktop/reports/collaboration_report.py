"""The collaboration report: the whole collaboration as one PDF, from its cover to its meetings."""

from __future__ import annotations

import os
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from samenwerk_desktop.core import give_take, layout, raci
from samenwerk_desktop.core.abbrev import abbreviations as core_abbreviations
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import (
    AGREEMENT_STATUSES,
    DECISION_RULES,
    DIRECTIONS,
    GROUP_FORMS,
    PARTY_KINDS,
    RELATION_TYPES,
    ROLE_NAMES,
    STANCES,
    format_roles,
)
from samenwerk_desktop.core.storage import check_output
from samenwerk_desktop.reports import give_take_section, mapdraw, movement_section
from samenwerk_desktop.reports.build import (
    WIDE,
    WIDTH,
    Cancelled,
    Progress,
    build_pdf,
    cell,
    check_cancelled,
    decision_table,
    dilemma_table,
    joined_cell,
    no_collections,
    party_names,
    report_day,
)
from samenwerk_desktop.reports.common import (
    ACCENT,
    ERROR,
    FONT_BOLD,
    HEAD_BG,
    PM,
    RULE,
    WARN,
    Contents,
    P,
    SideBySide,
    TextBlock,
    Together,
    clean,
    heading,
    label,
    long_date,
    markup,
    paras,
    short_date,
    table,
    tables,
    word,
)


def _labels(data: CollaborationData, ids, default: str = "—") -> str:
    """Short names (or names) of parties, for narrow columns."""
    names = [data.get("party", i).label for i in ids if data.get("party", i)]
    return ", ".join(names) if names else default


def _block(pairs: list[tuple[str, object]], style: str = "body") -> list:
    """Several labelled fields in one TextBlock (label above each text)."""
    items: list[tuple[str, str]] = []
    for lang_label, text in pairs:
        s = clean(text).strip()
        if s:
            items += [("label", clean(lang_label)), (style, s)]
    return [TextBlock(items)] if items else []


def _labelled(lang_label: str, text: object, style: str = "body") -> list:
    """A small label followed by the text (nothing when the text is empty)."""
    return _block([(lang_label, text)], style)


def abbreviations(parties) -> dict[int, str]:
    """A short, unique and readable abbreviation per party (core.abbrev), from text the PDF's font can draw."""
    return core_abbreviations(parties, clean)


def collaboration_report(data: CollaborationData, out_path: str | os.PathLike, *, lang: str = "nl",
                         include_private: bool = False, today: date | str | None = None,
                         progress: Progress = None, cancelled: Cancelled = None, invariant: bool = False,
                         force: bool = False, open_project: str | os.PathLike | None = None) -> int:
    """Write the whole collaboration as a PDF to ``out_path``; returns the number of pages.

    ``progress(done, total)`` is called now and then, ``cancelled()`` is
    polled and, when it returns True, the export stops with ``ReportCancelled``
    and no file is left. Private facilitator notes appear only with
    ``include_private=True``.
    """
    lang = "en" if lang == "en" else "nl"
    check_output(out_path, kind="pdf", force=force, open_project=open_project)  # before the work of building
    with no_collections():  # the story's millions of objects, as the build's (build.no_collections)
        day = report_day(today)
        c = data.collaboration
        story: list = []
        story += _cover(data, lang, day)
        story += [Spacer(1, 4 * mm), heading(word("contents", lang), in_toc=False), Contents([]), PageBreak()]
        check_cancelled(cancelled)
        story += _challenge(data, lang)
        story += _parties(data, lang, include_private, cancelled)
        check_cancelled(cancelled)
        story += _map(data, lang)
        story += _relations(data, lang)
        check_cancelled(cancelled)
        story += _raci(data, lang)
        check_cancelled(cancelled)
        story += _structure(data, lang)
        story += _agreements(data, lang, day)
        story += give_take_section.follow_ups_and_sharpness(data, lang, day)
        story += give_take_section.give_and_take(data, lang)
        check_cancelled(cancelled)
        story += _decisions(data, lang)
        story += _dilemmas(data, lang)
        story += give_take_section.dispute_list(data, lang)  # only those the report's audience may see
        story += _meetings(data, lang)
        story += movement_section.development(data, lang)  # the last two states of the field of forces compared
        story += movement_section.check(data, lang)  # the latest collaboration check and its trend
        header_right = f"{word('exported', lang)} {long_date(day, lang)}"
        return build_pdf(story, out_path, lang=lang, title=c.title or word("collab_report", lang), header_right=header_right,
                      cover=True, progress=progress, cancelled=cancelled, invariant=invariant, force=force,
                      open_project=open_project)


def _cover(data: CollaborationData, lang: str, day: date) -> list:
    c = data.collaboration
    out: list = [Spacer(1, 40 * mm), P(word("collab_report", lang).upper(), "cover_label"),
                 P(c.title or "—", "title")]
    challenge = clean(c.challenge).strip()
    if challenge:
        short = challenge if len(challenge) <= 600 else challenge[:600].rsplit(" ", 1)[0] + " …"
        out.append(P(short, "subtitle"))
    why = clean(c.why).strip()
    if why:
        short = why if len(why) <= 400 else why[:400].rsplit(" ", 1)[0] + " …"
        out += [Spacer(1, 4 * mm), P(word("why", lang), "label"), P(short, "body")]
    rows = [
        [P(word("date", lang), "cellb"), P(long_date(day, lang), "cell")],
        [P(word("facilitator", lang), "cellb"), P(c.facilitator or "—", "cell")],
        [P(word("parties", lang), "cellb"), P(str(len(data.parties)), "cell")],
    ]
    t = Table(rows, colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    out += [Spacer(1, 18 * mm), t, PageBreak()]
    return out


def _challenge(data: CollaborationData, lang: str) -> list:
    c = data.collaboration
    out: list = [heading(word("challenge", lang))]
    body = paras(c.challenge)
    out += body or [P(word("challenge_missing", lang), "note")]
    out += _labelled(word("why", lang), c.why)
    out += _labelled(word("scope", lang), c.scope)
    out += [P(word("default_rule", lang), "label"),
            P(label(DECISION_RULES.get(c.default_decision_rule), lang, c.default_decision_rule))]
    if c.facilitator:
        out += [P(word("facilitator", lang), "label"), P(c.facilitator)]
    return out


def _stance(value: int, lang: str) -> str:
    return f"{mapdraw.STANCE_SYMBOLS.get(value, '?')} {label(STANCES.get(value), lang, str(value))}"


def _method(p, lang: str) -> str:
    """The krachtenveldanalyse of a party in one line: trust, actor type, participation ladder now → intended."""
    from samenwerk_desktop.core.actors import ACTOR_TYPES, LADDER, TRUST_LEVELS, actor_type
    from samenwerk_desktop.core.model import Party
    from samenwerk_desktop.reports.words import field_label

    chosen = "" if p.actor_type else f" ({word('by_table', lang)})"
    parts = [f"{word('trust', lang)} {p.trust:+d}".replace("+0", "0") + f" ({TRUST_LEVELS[p.trust].text(lang)})",
             f"{field_label(Party, 'actor_type', lang)}: {ACTOR_TYPES[actor_type(p)].text(lang)}{chosen}"]
    if p.ladder_now or p.ladder_intended:
        now = LADDER[p.ladder_now].text(lang) if p.ladder_now else "—"
        wanted = LADDER[p.ladder_intended].text(lang) if p.ladder_intended else "—"
        parts.append(f"{word('ladder', lang)}: {now} → {wanted}")
    return " · ".join(parts)


def _parties(data: CollaborationData, lang: str, include_private: bool, cancelled: Cancelled) -> list:
    parties = data.parties
    out: list = [PageBreak(), heading(word("parties", lang))]
    if not parties:
        return out + [P(word("none_yet", lang), "note")]
    header = [P(word("party", lang), "head"), P(word("kind", lang), "head"), P(word("stance", lang), "head"),
              P(word("influence", lang), "headc"), P(word("involvement", lang), "headc7"),
              P(word("quadrant", lang), "head")]
    rows = []
    widths = [WIDTH * 0.25, WIDTH * 0.20, WIDTH * 0.15, WIDTH * 0.09, WIDTH * 0.15, WIDTH * 0.16]
    for p in parties:
        rows.append([cell(p.name, "cellb", widths[0]), cell(label(PARTY_KINDS.get(p.kind), lang, p.kind), "cell", widths[1]),
                     cell(_stance(p.stance, lang), "cell", widths[2]), str(p.influence),
                     str(p.involvement), cell(layout.quadrant(p.influence, p.involvement).text(lang), "cell", widths[5])])
    centre = [("ALIGN", (3, 0), (4, -1), "CENTER"), ("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5)]
    out += [P(word("overview", lang), "h2"), *tables(header, rows, widths, extra_for=lambda i, n: [], extra=centre)]
    half = (WIDTH - 6 * mm) / 2
    give_and_take = give_take.summaries(data, lang)  # one pass, not one per party
    reps_of: dict[int, list] = {}
    for r in data.all("representative"):
        reps_of.setdefault(r.party_id, []).append(r)
    for i, p in enumerate(parties):
        if i % 50 == 0:
            check_cancelled(cancelled)
        out += [CondPageBreak(60 * mm), P(p.name, "h2")]
        meta = " · ".join([
            markup(label(PARTY_KINDS.get(p.kind), lang, p.kind)),
            markup(_stance(p.stance, lang)),
            markup(word("scores", lang, i=p.influence, v=p.involvement)),
        ])
        if p.short_name:
            meta = markup(p.short_name) + " · " + meta
        out.append(PM(meta, "meta"))
        out.append(PM(markup(_method(p, lang)), "meta"))
        interests = "\n".join(f"• {clean(x)}" for x in p.interests if str(x).strip())
        out += _side_by_side(word("position", lang), p.position, word("interests", lang), interests, half)
        out += _block([(word("culture", lang), p.culture), (word("experience", lang), p.experience),
                       (word("beliefs", lang), p.beliefs), (word("mandate", lang), p.mandate),
                       (word("board", lang), word("board_yes", lang) if p.must_consult_board else word("board_no", lang))])
        offers, needs = give_and_take.get(p.id, ("", ""))
        out += _side_by_side(word("contributes", lang), offers, word("needs", lang), needs, half)
        reps = reps_of.get(p.id)
        if reps:
            items = [("label", word("representatives", lang))]
            for r in reps:
                items.append(("bodyb", f"{clean(r.name)} — {clean(r.role)}" if r.role.strip() else clean(r.name)))
                if r.mandate.strip():
                    items.append(("small", f"{word('mandate', lang)}: {clean(r.mandate).strip()}"))
            out.append(TextBlock(items))
        if include_private and p.private_note.strip():
            out += _labelled(word("private_note", lang), p.private_note, "private")
    return out


def _side_by_side(left_label: str, left: str, right_label: str, right: str, half: float) -> list:
    """Two texts next to each other when they are short, else one after the other."""
    left_s, right_s = clean(left).strip(), clean(right).strip()
    if not left_s and not right_s:
        return []
    if len(left_s) + len(right_s) > 1800:
        return _labelled(left_label, left_s) + _labelled(right_label, right_s)
    return [SideBySide(_labelled(left_label, left_s or "—"), _labelled(right_label, right_s or "—"), 6 * mm)]


def _map(data: CollaborationData, lang: str) -> list:
    lay = data.collaboration.map_layout
    out: list = [PageBreak(), heading(word("map", lang)),
                 P(f"{word('layout', lang)}: {word('map_layout_' + lay, lang)}", "meta")]
    out.append(mapdraw.map_drawing(data, lang, WIDTH, 420))
    return out + _map_focus(data, lang)


#: A map with more parties than this gets close-ups of its FOCUS_COUNT most connected parties.
FOCUS_AFTER = 60
FOCUS_COUNT = 6


def _map_focus(data: CollaborationData, lang: str) -> list:
    """Close-ups after the overview of a large map: each busy party with the parties it is related to."""
    if len(data.parties) <= FOCUS_AFTER or not data.relations:
        return []
    from samenwerk_desktop.core import mapstyle

    degree = mapstyle.degrees(data.relations)
    busiest = sorted(degree, key=lambda pid: (-degree[pid], pid))[:FOCUS_COUNT]
    out: list = [CondPageBreak(60 * mm), P(word("map_focus_intro", lang, n=len(busiest)), "note")]
    for pid in busiest:
        party = data.get("party", pid)
        if party is None:
            continue
        ids = {pid} | {r.target_id for r in data.relations if r.source_id == pid} | {
            r.source_id for r in data.relations if r.target_id == pid}
        out += [CondPageBreak(120 * mm), P(word("map_focus", lang, name=party.name), "h2"),
                mapdraw.map_drawing(data, lang, WIDTH, 300, party_ids=ids, legend=False)]
    return out


def _together(section: list) -> list:
    """A section's heading and its first table as one ``Together`` (see common.py); the rest follows as is."""
    first = next((i for i, f in enumerate(section) if isinstance(f, Table)), None)
    start = next((i for i, f in enumerate(section) if not isinstance(f, CondPageBreak)), 0)
    if first is None:
        return section
    return [*section[:start], Together(section[start:first + 1]), *section[first + 1:]]


def _relations(data: CollaborationData, lang: str) -> list:
    rels = data.relations
    out: list = [CondPageBreak(50 * mm), heading(word("relations", lang))]
    if not rels:
        return out + [P(word("none_yet", lang), "note")]
    header = [P(word("source", lang), "head"), P(word("type", lang), "head"), P(word("target", lang), "head"),
              P(word("direction", lang), "head"), P(word("strength", lang), "headc"), P(word("note", lang), "head")]
    rows = []
    widths = [WIDTH * 0.21, WIDTH * 0.16, WIDTH * 0.21, WIDTH * 0.13, WIDTH * 0.08, WIDTH * 0.21]
    for r in rels:
        rows.append([cell(data.party_name(r.source_id, "?"), "cell", widths[0]),
                     cell(label(RELATION_TYPES.get(r.type), lang, r.type), "cell", widths[1]),
                     cell(data.party_name(r.target_id, "?"), "cell", widths[2]),
                     cell(label(DIRECTIONS.get(r.direction), lang), "cell", widths[3]),
                     str(r.strength), cell(r.note, "cell", widths[5])])
    return _together(out + tables(header, rows, widths, extra=[("ALIGN", (4, 0), (4, -1), "CENTER")]))


#: More parties without a role than this are named in one finding.
IDLE_LIST = 10

ROLE_TINT = {"A": colors.HexColor("#dbe7f3"), "R": colors.HexColor("#e6f2ec")}


def _raci(data: CollaborationData, lang: str) -> list:
    parties = data.parties
    items = data.work_items
    findings = raci.findings_for(data)
    wide = len(parties) > 9
    avail = WIDE if wide else WIDTH
    out: list = []
    if wide:
        out += [NextPageTemplate("landscape")]
    out += [PageBreak(), heading(word("raci", lang))]
    scheme = data.collaboration.raci_scheme
    legend = " · ".join(f"<b>{r}</b> {markup(ROLE_NAMES[r].text(lang))}" for r in "RACI" if r in scheme or r != "S")
    if "S" in scheme:
        legend += f" · <b>S</b> {markup(ROLE_NAMES['S'].text(lang))}"
    out.append(PM(f"{markup(word('roles_legend', lang))}: {legend}", "meta"))
    if not items or not parties:
        out.append(P(word("none_yet", lang), "note"))
    else:
        if len(parties) > 30:
            active = {p for (_, p), r in data.raci.items() if r}
            shown = [p for p in parties if p.id in active]
            if len(shown) < len(parties):
                out.append(P(word("raci_left_out", lang, n=len(parties) - len(shown)), "note"))
            parties = shown or parties
        out += _raci_tables(data, lang, parties, items, findings, avail)
        abbr = abbreviations(parties)
        if any(abbr[p.id] != p.name for p in parties):
            out += [CondPageBreak(30 * mm), P(word("key", lang), "h2")]
            kw = [30 * mm, min(avail - 30 * mm, 120 * mm)]
            rows = [[cell(abbr[p.id], "cellb", kw[0]), cell(p.name, "cell", kw[1])] for p in parties]
            out += tables([P(word("key", lang), "head"), P(word("party", lang), "head")], rows, kw,
                          extra=[("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5)])
    out += [CondPageBreak(40 * mm), P(word("findings", lang), "h2")]
    if not findings:
        out.append(P(word("no_findings", lang), "note"))
    else:
        rows = []
        idle = [f for f in findings if f.code == "idle_party"]
        if len(idle) > IDLE_LIST:
            # one row naming every party without a role, instead of hundreds of rows
            first = findings.index(idle[0])
            names = ", ".join(data.party_name(f.party_id) for f in idle)
            summary = raci.Finding("idle_party", Msg(
                f"{len(idle)} partijen hebben nog geen enkele rol: {names}.",
                f"{len(idle)} parties have no role at all: {names}."))
            findings = [f for f in findings if f.code != "idle_party"]
            findings.insert(first, summary)
        for f in findings:
            sev = word("error" if f.severity == "error" else "warning", lang)
            rows.append([sev, cell(f.message.text(lang), "cell", avail - 25 * mm)])

        def tint(i, n):
            colour = ERROR if findings[n].severity == "error" else WARN
            return [("TEXTCOLOR", (0, i), (0, i), colour)]

        out += tables([P(word("status", lang), "head"), P(word("findings", lang), "head")], rows,
                      [25 * mm, avail - 25 * mm], extra_for=tint, extra=[("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5)])
    if wide:
        out += [NextPageTemplate("portrait")]
    return out


def _raci_tables(data, lang, parties, items, findings, avail) -> list:
    abbr = abbreviations(parties)
    first_w = 56 * mm if avail > WIDTH else 50 * mm
    per_group = max(1, int((avail - first_w) // (10 * mm)))
    col_w = min((avail - first_w) / min(per_group, len(parties)), 16 * mm)
    error_rows = {f.work_item_id for f in findings if f.severity == "error" and f.work_item_id is not None}
    groups = {g.id: g for g in data.working_groups}
    out: list = []
    n = len(parties)
    for start in range(0, n, per_group):
        cols = parties[start:start + per_group]
        if n > per_group:
            out += [CondPageBreak(40 * mm),
                    P(word("columns_part", lang, a=start + 1, b=start + len(cols), n=n), "h3")]
        header = [P(word("work_item", lang), "head"), *[P(abbr[p.id], "headc") for p in cols]]
        rows: list[list] = []
        styles_: list[tuple] = []
        current_group = object()
        for w in items:
            if w.working_group_id != current_group:
                current_group = w.working_group_id
                g = groups.get(current_group)
                name = g.name if g else word("no_group", lang)
                rows.append([cell(name, "cellb", avail)] + [""] * len(cols))
                r = len(rows)
                styles_ += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), HEAD_BG),
                            ("FONT", (0, r), (0, r), FONT_BOLD, 8.5)]
            cells = [cell(("! " if w.id in error_rows else "") + clean(w.title), "cell", first_w)]
            r = len(rows) + 1
            if w.id in error_rows:
                styles_.append(("TEXTCOLOR", (0, r), (0, r), ERROR))
            for j, p in enumerate(cols):
                roles = data.roles(w.id, p.id)
                cells.append(format_roles(roles) if roles else "")
                if roles and roles[0] in ROLE_TINT:
                    styles_.append(("BACKGROUND", (j + 1, r), (j + 1, r), ROLE_TINT[roles[0]]))
            rows.append(cells)
        widths = [first_w] + [col_w] * len(cols)
        # many tables of at most ~150 rows, each repeating the header
        chunk = 150
        for s in range(0, len(rows), chunk):
            part = rows[s:s + chunk]
            extra = []
            for cmd in styles_:
                (c0, r0), (c1, r1) = cmd[1], cmd[2]
                if s < r0 <= s + len(part):
                    extra.append((cmd[0], (c0, r0 - s), (c1, r1 - s), *cmd[3:]))
            t = table([header, *part], widths, zebra=False, extra=[
                ("GRID", (1, 0), (-1, -1), 0.3, RULE), ("VALIGN", (1, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("FONT", (1, 1), (-1, -1), FONT_BOLD, 8.5), *extra])
            out.append(t)
    return out


def _structure(data: CollaborationData, lang: str) -> list:
    out: list = [PageBreak(), heading(word("structure", lang))]
    c = data.collaboration
    out += [P(word("default_rule", lang), "label"),
            P(label(DECISION_RULES.get(c.default_decision_rule), lang, c.default_decision_rule))]
    groups = data.working_groups
    if not groups:
        return out + [P(word("none_yet", lang), "note")]
    header = [P(word("working_group", lang), "head"), P(word("form", lang), "head"), P(word("lead", lang), "head"),
              P(word("cadence", lang), "head"), P(word("rule_short", lang), "head"), P(word("work_items", lang), "head")]
    by_group: dict[int | None, list] = {}
    for w in data.work_items:
        by_group.setdefault(w.working_group_id, []).append(w)
    rows = []
    for g in groups:
        titles = "\n".join(f"• {clean(w.title)}" for w in by_group.get(g.id, []))
        rows.append([cell(g.name, "cellb"), P(label(GROUP_FORMS.get(g.form), lang, g.form), "cell"),
                     cell(data.party_name(g.lead_party_id, "—")), cell(g.cadence or "—"),
                     P(label(DECISION_RULES.get(g.decision_rule), lang, g.decision_rule), "cell"),
                     cell(titles or "—")])
    widths = [WIDTH * 0.18, WIDTH * 0.13, WIDTH * 0.16, WIDTH * 0.12, WIDTH * 0.15, WIDTH * 0.26]
    return out + tables(header, rows, widths)


def _agreements(data: CollaborationData, lang: str, day: date) -> list:
    out: list = [CondPageBreak(60 * mm), heading(word("agreements", lang))]
    agreements = data.agreements
    if not agreements:
        return out + [P(word("none_yet", lang), "note")]
    header = [P(word("nr", lang), "head"), P(word("agreement", lang), "head"), P(word("owner", lang), "head"),
              P(word("involved", lang), "head"), P(word("review", lang), "head")]
    widths = [WIDTH * 0.07, WIDTH * 0.36, WIDTH * 0.20, WIDTH * 0.19, WIDTH * 0.18]
    for status, msg in AGREEMENT_STATUSES.items():
        group = [a for a in agreements if a.status == status]
        if not group:
            continue
        out.append(P(f"{msg.text(lang)} ({len(group)})", "h2"))
        rows = []
        late_rows = []
        for i, a in enumerate(group):
            category = f"{word('category', lang)}: {clean(a.category)}" if a.category.strip() else ""
            text_cell = joined_cell([("cellmuted", category), ("cell", a.text)])
            review = markup(short_date(a.review_date, lang) or "—")
            if a.overdue(day):
                review = f"<font color='#a33a00'><b>⚠ {review}<br/>{markup(word('overdue', lang))}</b></font>"
                late_rows.append(i)
            rows.append([str(a.id), text_cell, cell(data.party_name(a.owner_party_id, "—"), "cell", widths[2]),
                         cell(_labels(data, a.party_ids), "cell", widths[3]),
                         PM(review, "cell") if a.overdue(day) else (short_date(a.review_date, lang) or "—")])
        late = set(late_rows)
        out += tables(header, rows, widths,
                      extra_for=lambda i, n, late=late: [("BACKGROUND", (4, i), (4, i), colors.HexColor("#fbeee6"))]
                      if n in late else [])
    if any(a.overdue(day) for a in agreements):
        out.append(P(word("overdue_note", lang), "note"))
    return out


def _decisions(data: CollaborationData, lang: str) -> list:
    out: list = [CondPageBreak(60 * mm), heading(word("decisions", lang))]
    decisions = data.decisions
    if not decisions:
        return out + [P(word("none_yet", lang), "note")]
    out += decision_table(data, decisions, lang)
    return _together(out)


def _dilemmas(data: CollaborationData, lang: str) -> list:
    out: list = [CondPageBreak(60 * mm), heading(word("dilemmas", lang))]
    dilemmas = data.dilemmas
    if not dilemmas:
        return out + [P(word("none_yet", lang), "note")]
    return _together(out + dilemma_table(data, dilemmas, lang))


def _meetings(data: CollaborationData, lang: str) -> list:
    out: list = [CondPageBreak(60 * mm), heading(word("meetings", lang))]
    meetings = data.meetings
    if not meetings:
        return out + [P(word("no_meetings", lang), "note")]
    for m in meetings:
        out.append(P(f"{long_date(m.date, lang)} — {clean(m.title)}", "h3"))
        meta = []
        if m.location:
            meta.append(f"{word('location', lang)}: {clean(m.location)}")
        meta.append(f"{word('attendees', lang)}: {party_names(data, m.attendee_ids)}")
        out += paras(" · ".join(meta), "meta")
        out += paras(m.notes)
    return out


