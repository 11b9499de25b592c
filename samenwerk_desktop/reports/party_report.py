"""The report for one party: its roles, agreements, actions, needs and offers, boards and the disputes it may see."""

from __future__ import annotations

import os
from datetime import date

from reportlab.platypus import Paragraph

from samenwerk_desktop.core import disputes, give_take
from samenwerk_desktop.core.audience import PARTY, project
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import DISPUTE_STATUSES, format_roles
from samenwerk_desktop.core.storage import check_output
from samenwerk_desktop.reports.build import WIDTH, Cancelled, Progress, build_pdf, cell, report_day
from samenwerk_desktop.reports.common import P, clean, long_date, markup, short_date, styles, tables

WORDS: dict[str, Msg] = {
    "for_party": Msg("RAPPORT VOOR ÉÉN PARTIJ", "REPORT FOR ONE PARTY"),
    "roles": Msg("Rollen in de verantwoordelijkheidsmatrix", "Roles in the responsibility matrix"),
    "work_item": Msg("Onderdeel", "Work item"),
    "role": Msg("Rol", "Role"),
    "agreements": Msg("Werkafspraken", "Agreements"),
    "agreement": Msg("Afspraak", "Agreement"),
    "as": Msg("Als", "As"),
    "owner": Msg("eigenaar", "owner"),
    "involved": Msg("betrokken", "involved"),
    "review": Msg("Evaluatie", "Review"),
    "actions": Msg("Actiepunten", "Action items"),
    "action": Msg("Actie", "Action"),
    "due": Msg("Uiterlijk", "Due"),
    "needs": Msg("Wat wij nodig hebben", "What we need"),
    "offers": Msg("Wat wij bieden", "What we offer"),
    "state": Msg("Stand", "State"),
    "boards": Msg("Besluiten die wachten op uw bestuur", "Decisions awaiting your board"),
    "disputes": Msg("Geschillen", "Disputes"),
    "decision": Msg("Besluit", "Decision"),
    "date": Msg("Datum", "Date"),
    "subject": Msg("Onderwerp", "Subject"),
    "parties": Msg("Partijen", "Parties"),
    "step": Msg("stap: {step}", "step: {step}"),
    "none": Msg("Geen.", "None."),
    "offered": Msg("aangeboden", "offered"),
    "promised": Msg("toegezegd", "promised"),
    "open": Msg("open", "open"),
}


def _w(key: str, lang: str, **values) -> str:
    text = WORDS[key].text(lang)
    return text.format(**values) if values else text


def find_party(data: CollaborationData, name: str) -> int | None:
    """The id of the party whose name or short name is ``name`` (case and spaces aside), or None."""
    wanted = " ".join(name.split()).casefold()
    for p in data.parties:
        if wanted in (" ".join(p.name.split()).casefold(), p.short_name.strip().casefold()):
            return p.id
    return None


def _section(title: str, header: list[str], rows: list[list[str]], widths: list[float], lang: str) -> list:
    out: list = [P(title, "h2")]
    if not rows:
        return [*out, P(_w("none", lang), "note")]
    return out + tables([P(h, "head") for h in header], [[cell(v) for v in r] for r in rows], widths)


def story_for(data: CollaborationData, party_id: int, lang: str) -> list:
    """The sections of one party's report, from the collaboration as that party may see it."""
    p = data.get("party", party_id)
    out: list = []
    rows = [[w.title, format_roles(data.roles(w.id, party_id))] for w in data.work_items if data.roles(w.id, party_id)]
    out += _section(_w("roles", lang), [_w("work_item", lang), _w("role", lang)], rows, [WIDTH * 0.8, WIDTH * 0.2],
                    lang)
    rows = []
    for a in data.agreements:
        if a.owner_party_id == party_id or party_id in a.party_ids:
            rows.append([a.text, _w("owner" if a.owner_party_id == party_id else "involved", lang),
                         short_date(a.review_date, lang) or "—"])
    out += _section(_w("agreements", lang), [_w("agreement", lang), _w("as", lang), _w("review", lang)], rows,
                    [WIDTH * 0.64, WIDTH * 0.16, WIDTH * 0.2], lang)
    actions = sorted((x for x in data.entities["action_item"].values() if x.owner_party_id == party_id),
                     key=lambda x: (x.due_date or "9", x.id))
    rows = [[x.text, short_date(x.due_date, lang) or "—"] for x in actions if x.status == "open"]
    out += _section(_w("actions", lang), [_w("action", lang), _w("due", lang)], rows, [WIDTH * 0.8, WIDTH * 0.2],
                    lang)
    rows = [[give_take.item_line(data, g, lang), _w(give_take.state_of(data, g), lang) if g.other_party_id else "—"]
            for g in give_take.items_of(data, party_id, "need")]
    out += _section(_w("needs", lang), [_w("needs", lang), _w("state", lang)], rows, [WIDTH * 0.8, WIDTH * 0.2], lang)
    rows = [[give_take.item_line(data, g, lang)] for g in give_take.items_of(data, party_id, "offer")]
    out += _section(_w("offers", lang), [_w("offers", lang)], rows, [WIDTH], lang)
    rows = [[d.title, short_date(d.date, lang) or "—"] for d in data.decisions
            if d.outcome == "adopted" and d.ratifications.get(party_id) == "pending"]
    out += _section(_w("boards", lang), [_w("decision", lang), _w("date", lang)], rows, [WIDTH * 0.8, WIDTH * 0.2],
                    lang)
    rows = []
    for d in data.all("dispute"):
        who = ", ".join(data.party_name(i) for i in d.party_ids)
        status = DISPUTE_STATUSES[d.status].text(lang)
        where = d.resolution if d.status == "resolved" else _w("step", lang, step=disputes.step_name(data, d.step, lang))
        rows.append([d.subject, who, f"{status}: {where}" if where else status])
    out += _section(_w("disputes", lang), [_w("subject", lang), _w("parties", lang), _w("state", lang)], rows,
                    [WIDTH * 0.4, WIDTH * 0.3, WIDTH * 0.3], lang)
    return [P(_w("for_party", lang), "cover_label"), Paragraph(markup(p.name), styles()["h1"]),
            P(data.collaboration.title, "meta"), *out]


def party_report(data: CollaborationData, party_id: int, out_path: str | os.PathLike, *, lang: str = "nl",
                 today: date | str | None = None, invariant: bool = False, force: bool = False,
                 open_project: str | os.PathLike | None = None, progress: Progress = None,
                 cancelled: Cancelled = None) -> int:
    """Write the report for one party, made from what that party may see (never a private field, never a
    dispute it may not see); the page count."""
    lang = "en" if lang == "en" else "nl"
    check_output(out_path, kind="pdf", force=force, open_project=open_project)
    if data.get("party", party_id) is None:
        raise SamenwerkError(Msg(f"Partij nummer {party_id} bestaat niet (meer).",
                                 f"Party number {party_id} does not exist (any more)."))
    seen = project(data, PARTY(party_id))
    day = report_day(today)
    header_right = f"{clean(seen.get('party', party_id).name)} · {long_date(day, lang)}"
    return build_pdf(story_for(seen, party_id, lang), out_path, lang=lang, title=clean(seen.collaboration.title),
                     header_right=header_right, cover=False, progress=progress, cancelled=cancelled,
                     invariant=invariant, force=force, open_project=open_project)
