"""The collaboration report's sections on how the collaboration moves: the last two states compared, and the check."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from samenwerk_desktop.core import layout, mapstyle, movement, scan
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import LENSES
from samenwerk_desktop.reports import mapdraw
from samenwerk_desktop.reports.build import WIDTH, cell
from samenwerk_desktop.reports.common import FONT, RULE, P, heading, long_date, tables

WORDS: dict[str, Msg] = {
    "development": Msg("Ontwikkeling van het krachtenveld", "Development of the field of forces"),
    "need_two": Msg("Er zijn nog geen twee standen van het krachtenveld vastgelegd om te vergelijken.",
                    "There are not yet two states of the field of forces to compare."),
    "compared": Msg("{old} ({old_day}) vergeleken met {new} ({new_day}).", "{old} ({old_day}) compared with {new} ({new_day})."),
    "map_note": Msg("Gestippelde cirkels: waar een partij stond; pijlen: waarheen zij bewoog.",
                    "Dashed circles: where a party stood; arrows: where it moved."),
    "nothing": Msg("Er is niets veranderd tussen deze twee standen.", "Nothing changed between these two states."),
    "party": Msg("Partij", "Party"),
    "what": Msg("Wat veranderde", "What changed"),
    "why": Msg("Waarom", "Why"),
    "relations": Msg("Relaties", "Relations"),
    "agreement": Msg("werkafspraak", "agreement"),
    "decision": Msg("besluit", "decision"),
    "check": Msg("Samenwerkingsscan", "Collaboration check"),
    "no_check": Msg("Er is nog geen samenwerkingsscan gedaan.", "No collaboration check has been taken yet."),
    "check_of": Msg("Scan van {day}: per stelling het gemiddelde van alle partijen (1 tot 5) en de spreiding (laagste–hoogste); "
                    "een ⚑ vraagt aandacht: laag of ver uiteen.",
                    "Check of {day}: per statement the mean of all parties (1 to 5) and the spread (lowest–highest); "
                    "a ⚑ asks for attention: low or far apart."),
    "lens": Msg("Lens", "Lens"),
    "statement": Msg("Stelling", "Statement"),
    "mean": Msg("Gem.", "Mean"),
    "spread": Msg("Spreiding", "Spread"),
    "count": Msg("Aantal", "Count"),
    "trend": Msg("Verloop per lens over de scans", "Trend per lens over the checks"),
}


def w(key: str, lang: str, **values) -> str:
    text = WORDS[key].text(lang)
    return text.format(**values) if values else text


def _num(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text if lang == "en" else text.replace(".", ",")


# ---------------------------------------------------------------------------
# Ontwikkeling van het krachtenveld
# ---------------------------------------------------------------------------


def movement_map(data: CollaborationData, comparison: movement.Comparison, lang: str, width: float,
                 height: float = 380) -> Drawing:
    """The newer state's map as on screen, with a dashed ghost at each old place and an arrow to the new one."""
    mapdraw.coverage()
    new_data = movement.side_data(data, comparison.new)
    arrows = movement.arrows(data, comparison)
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
    page = mapdraw.MapPage(new_data, width, height)
    left, top, right, bottom = layout.extent(page.placement, page.parties)
    for a in arrows:
        r = mapstyle.radius(a.influence) * 1.3
        left, top = min(left, a.old[0] - r), min(top, a.old[1] - r)
        right, bottom = max(right, a.old[0] + r), max(bottom, a.old[1] + r)
    page.fit = layout.fit((left, top, right, bottom), width, height)
    for a in arrows:  # the ghosts beneath the map
        x, y = page.point(a.old)
        fill = colors.HexColor(mapstyle.stance_colour(a.stance))
        d.add(Circle(x, y, max(2.0, page.length(mapstyle.radius(a.influence))), fillColor=fill, fillOpacity=0.35,
                     strokeColor=colors.HexColor(mapstyle.OUTLINE), strokeWidth=0.7, strokeDashArray=[2.5, 2]))
    mapdraw.draw_map(d, page, lang)
    ink = colors.HexColor("#1a1a1a")
    for a in arrows:
        if a.new is None:
            continue
        (x0, y0), (x1, y1) = page.point(a.old), page.point(a.new)
        r = max(2.0, page.length(mapstyle.radius(a.influence)))
        dx, dy = x1 - x0, y1 - y0
        length = (dx * dx + dy * dy) ** 0.5
        if length <= 2 * r + 4:
            continue
        ux, uy = dx / length, dy / length
        sx, sy, ex, ey = x0 + ux * r, y0 + uy * r, x1 - ux * (r + 1), y1 - uy * (r + 1)
        d.add(Line(sx, sy, ex, ey, strokeColor=ink, strokeWidth=1.3))
        size = 5.0
        px, py = -uy, ux
        d.add(PolyLine([ex - ux * size + px * size * 0.5, ey - uy * size + py * size * 0.5, ex, ey,
                        ex - ux * size - px * size * 0.5, ey - uy * size - py * size * 0.5],
                       strokeColor=ink, strokeWidth=1.3))
    return d


def _why(data: CollaborationData, mark: movement.PartyMark | None, lang: str) -> str:
    if mark is None:
        return ""
    parts = [mark.reason] if mark.reason else []
    agreement, decision = data.get("agreement", mark.agreement_id), data.get("decision", mark.decision_id)
    if agreement is not None:
        parts.append(f"{w('agreement', lang)}: {agreement.text}")
    if decision is not None:
        parts.append(f"{w('decision', lang)}: {decision.title}")
    return " — ".join(parts)


def development(data: CollaborationData, lang: str) -> list:
    """Ontwikkeling van het krachtenveld: the last two states, the map with ghosts and arrows, the changes, the reasons."""
    out: list = [PageBreak(), heading(w("development", lang))]
    found = movement.latest_comparison(data)
    if found is None:
        return out + [P(w("need_two", lang), "note")]
    old, new = (data.get("force_state", s.state_id) for s in (found.old, found.new))
    out.append(P(w("compared", lang, old=old.title, old_day=long_date(old.taken[:10], lang), new=new.title,
                   new_day=long_date(new.taken[:10], lang)), "meta"))
    if found.empty:
        return out + [P(w("nothing", lang), "note")]
    out += [movement_map(data, found, lang, WIDTH), P(w("map_note", lang), "meta")]
    widths = [WIDTH * 0.25, WIDTH * 0.33, WIDTH * 0.42]
    header = [P(w("party", lang), "head"), P(w("what", lang), "head"), P(w("why", lang), "head")]
    rows = [[cell(m.name, "cellb", widths[0]),
             cell("\n".join(line.text(lang) for line in movement.describe_party(m)), "cell", widths[1]),
             cell(_why(data, m.after, lang), "cell", widths[2])] for m in found.parties]
    if rows:
        out += [CondPageBreak(40 * mm), *tables(header, rows, widths)]
    if found.relations:
        names = movement.names_of(found)
        out += [P(w("relations", lang), "h3"),
                *[P(movement.describe_relation(m, names).text(lang), "body") for m in found.relations]]
    return out


# ---------------------------------------------------------------------------
# De samenwerkingsscan
# ---------------------------------------------------------------------------


def trend_drawing(data: CollaborationData, lang: str, width: float, height: float = 70) -> Drawing:
    """A small chart per lens: the mean of each check, 1 at the bottom, 5 at the top."""
    found = scan.trend(data)
    d = Drawing(width, height + 14)
    box_w = width / len(LENSES)
    ink, line = colors.HexColor("#333333"), colors.HexColor("#5e3c99")
    for i, (lens, words) in enumerate(LENSES.items()):
        x0 = i * box_w + 12
        pw, ph = box_w - 20, height - 8
        d.add(String(x0 + pw / 2, height + 4, words.text(lang), fontName=FONT, fontSize=8, fillColor=ink,
                     textAnchor="middle"))
        d.add(Rect(x0, 4, pw, ph, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
        for v in (1, 5):
            d.add(String(x0 - 3, 4 + (v - 1) / 4 * ph - 2.5, str(v), fontName=FONT, fontSize=6.5, fillColor=ink,
                         textAnchor="end"))
        points = found[lens]
        coords = [(x0 + pw * (k + 0.5) / len(points), 4 + (m - 1) / 4 * ph) for k, (_, m) in enumerate(points)
                  if m is not None]
        if len(coords) > 1:
            d.add(PolyLine([c for xy in coords for c in xy], strokeColor=line, strokeWidth=1.4))
        for x, y in coords:
            d.add(Circle(x, y, 1.8, fillColor=line, strokeColor=None))
    return d


def check(data: CollaborationData, lang: str) -> list:
    """The latest collaboration check per lens (mean, spread, count; never who gave which score) and its trend."""
    out: list = [CondPageBreak(80 * mm), heading(w("check", lang))]
    latest = scan.latest_scan(data)
    if latest is None:
        return out + [P(w("no_check", lang), "note")]
    out.append(P(w("check_of", lang, day=long_date(latest.date, lang)), "meta"))
    widths = [WIDTH * 0.16, WIDTH * 0.54, WIDTH * 0.1, WIDTH * 0.12, WIDTH * 0.08]
    header = [P(w("lens", lang), "head"), P(w("statement", lang), "head"), P(w("mean", lang), "headc"),
              P(w("spread", lang), "headc"), P(w("count", lang), "headc")]
    rows = []
    for r in scan.results(data, latest.id):
        flag = " ⚑" if r.needs_attention else ""
        rows.append([cell(LENSES[r.statement.lens].text(lang), "cell", widths[0]),
                     cell(r.statement.text, "cell", widths[1]),
                     cell(_num(r.mean, lang) + flag, "cellc", widths[2]),
                     cell(f"{r.low}–{r.high}" if r.scores else "–", "cellc", widths[3]),
                     cell(str(r.count), "cellc", widths[4])])
    out += tables(header, rows, widths)
    if len(scan.scans(data)) > 1:
        out += [P(w("trend", lang), "h3"), trend_drawing(data, lang, WIDTH)]
    return out
