"""The collaboration report's give-and-take matrix, follow-ups and sharp findings, and the disputes it may show."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from samenwerk_desktop.core import disputes, followups, give_take
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import DISPUTE_STATUSES
from samenwerk_desktop.reports.build import WIDTH, cell
from samenwerk_desktop.reports.common import P, heading, tables

#: columns of parties per matrix table: a wider matrix pages into several tables
COLUMNS_PER_TABLE = 5

WORDS: dict[str, Msg] = {
    "give_take": Msg("Wat kunnen we voor elkaar betekenen?", "What can we mean for each other?"),
    "intro": Msg("Per rij wat die partij nodig heeft van de partij in de kolom: ✓ toegezegd in een werkafspraak, "
                 "○ aangeboden, ! nog open.",
                 "Per row what that party needs from the party in the column: ✓ promised in an agreement, "
                 "○ offered, ! still open."),
    "needs_from": Msg("Nodig van →", "Needs from →"),
    "open_needs": Msg("Nog niet toegezegd", "Not promised yet"),
    "none": Msg("Nog geen behoeften of aanbod vastgelegd.", "No needs or offers recorded yet."),
    "follow_ups": Msg("Opvolging en scherpe afspraken", "Follow-ups and sharp agreements"),
    "follow_ups_only": Msg("Opvolging: terug aan tafel", "Follow-ups: back to the table"),
    "no_follow_ups": Msg("Niets om terug te brengen aan tafel.", "Nothing to bring back to the table."),
    "sharp": Msg("Afspraken om scherper te maken", "Agreements to sharpen"),
    "disputes": Msg("Geschillen", "Disputes"),
    "no_disputes": Msg("Geen geschillen om te tonen.", "No disputes to show."),
    "steps": Msg("Genomen stappen", "Steps taken"),
}
MARKS = {give_take.PROMISED: "✓", give_take.OFFERED: "○", give_take.OPEN: "!"}


def _w(key: str, lang: str) -> str:
    return WORDS[key].text(lang)


def _short(data: CollaborationData, party_id: int) -> str:
    p = data.get("party", party_id)
    return p.short_name.strip() or p.name


def give_and_take(data: CollaborationData, lang: str) -> list:
    """The matrix of the parties with needs or offers, paged by columns, and the open needs as findings."""
    out: list = [CondPageBreak(60 * mm), heading(_w("give_take", lang))]
    ids = give_take.matrix_parties(data)
    if not ids:
        return out + [P(_w("none", lang), "note")]
    out.append(P(_w("intro", lang), "note"))
    cells = give_take.matrix(data)
    for start in range(0, len(ids), COLUMNS_PER_TABLE):
        cols = ids[start:start + COLUMNS_PER_TABLE]
        first = WIDTH * 0.22
        width = (WIDTH - first) / len(cols)
        header = [P(_w("needs_from", lang), "head"), *[P(_short(data, c), "head") for c in cols]]
        rows = []
        for r in ids:
            row = [cell(data.party_name(r), "cellb", first)]
            for c in cols:
                found = cells.get((r, c))
                text = "\n".join(f"{MARKS[s]} {g.text}" for g, s in found.needs) if found else ("—" if r == c else "")
                row.append(cell(text, "cell", width))
            rows.append(row)
        out += tables(header, rows, [first, *[width] * len(cols)])
    open_needs = give_take.open_need_findings(data)
    if open_needs:
        out.append(P(_w("open_needs", lang), "h2"))
        out += [cell("• " + m.text(lang), "body") for m in open_needs]
    return out


def follow_up_lines(data: CollaborationData, lang: str, day: date) -> list:
    """The follow-ups of ``day`` as bulleted lines, or a note when there are none."""
    found = followups.follow_ups(data, day)
    if not found:
        return [P(_w("no_follow_ups", lang), "note")]
    return [cell("• " + f.message.text(lang), "body") for f in found]


def follow_ups_and_sharpness(data: CollaborationData, lang: str, day: date) -> list:
    """The follow-ups and, beside the RACI findings, the agreements that are not yet checkable."""
    out: list = [CondPageBreak(40 * mm), heading(_w("follow_ups", lang)), *follow_up_lines(data, lang, day)]
    sharp = followups.sharp_findings(data)
    if sharp:
        out.append(P(_w("sharp", lang), "h2"))
        out += [cell("• " + m.text(lang), "body") for _, m in sharp]
    return out


def dispute_list(data: CollaborationData, lang: str) -> list:
    """The disputes in ``data`` (already projected for the report's audience) with their steps."""
    out: list = [CondPageBreak(70 * mm), heading(_w("disputes", lang))]
    items = data.all("dispute")
    if not items:
        return out + [P(_w("no_disputes", lang), "note")]
    for d in items:
        who = ", ".join(data.party_name(i) for i in d.party_ids)
        state = DISPUTE_STATUSES[d.status].text(lang)
        where = d.resolution if d.status == "resolved" else disputes.step_name(data, d.step, lang)
        out.append(P(d.subject, "h2"))
        out.append(cell(f"{who} · {state}: {where}" if where else f"{who} · {state}", "body"))
        for s in disputes.steps_of(data, d.id):
            out.append(cell(f"• {s.date} {disputes.step_name(data, s.step, lang)} ({s.who}): {s.what} — {s.outcome}",
                            "body"))
    return out
