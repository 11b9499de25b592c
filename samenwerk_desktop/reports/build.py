"""What both PDF reports share: the cells of user text, the build with progress and cancel, two tables."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Paragraph
from reportlab.platypus.doctemplate import LayoutError

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import (
    DECISION_OUTCOMES,
    DECISION_RULES,
    DILEMMA_STATUSES,
    RATIFICATION_STATES,
    STRATEGIES,
)
from samenwerk_desktop.core.storage import atomic_target
from samenwerk_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    LANDSCAPE,
    MARGIN,
    PAGE,
    P,
    ReportCancelled,
    ReportDoc,
    ReportError,
    TextBlock,
    clean,
    has_rtl,
    label,
    prepare_contents,
    short_date,
    tables,
    word,
)

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None

WIDTH = PAGE[0] - 2 * MARGIN
WIDE = LANDSCAPE[0] - 2 * MARGIN


def party_names(data: CollaborationData, ids, default: str = "—") -> str:
    names = [data.party_name(i) for i in ids if data.get("party", i)]
    return ", ".join(names) if names else default


def _fits(text: str, width: float | None, font: str = FONT) -> bool:
    return (width is not None and len(text) < 90 and "\n" not in text
            and pdfmetrics.stringWidth(text, font, 8.5) <= width - 9)


def cell(text: object, style: str = "cell", width: float | None = None) -> list[Paragraph] | Paragraph | str:
    """A table cell of user text; long text becomes several paragraphs so rows can split.

    With ``width``, short plain text that fits on one line stays a plain
    string, which a Table lays out far faster than a Paragraph.
    """
    s = clean(text).strip()
    if width is not None and style in ("cell", "cellb"):
        plain = _plain_cell(s, FONT_BOLD if style == "cellb" else FONT, width)
        if plain is not None:
            return plain  # the caller sets the bold font of a "cellb" column
    return TextBlock([(style, s)]) if s else ""


@functools.lru_cache(maxsize=65_536)
def _plain_cell(s: str, font: str, width: float) -> str | None:
    """``s`` as a plain string cell (wrapped into lines), or None when it needs a TextBlock.

    Remembered: the same names fill thousands of cells (5,000 relations name 1,000 parties).
    """
    if has_rtl(s):  # a plain string is unshaped
        return None
    if _fits(s, width, font):
        return s
    if len(s) <= 400:
        lines = simpleSplit(s, font, 8.5, width - 9)
        words = s.split()
        if len(lines) <= 12 and all(pdfmetrics.stringWidth(w, font, 8.5) <= width - 9 for w in words):
            return "\n".join(lines)  # wrapped here: a multi-line string cell is far cheaper than a Paragraph
    return None


def joined_cell(items: list[tuple[str, object]]) -> TextBlock | str:
    """A table cell of several styled user texts (title, text, note) as one TextBlock."""
    kept = [(style, clean(text).strip()) for style, text in items]
    kept = [(style, text) for style, text in kept if text]
    return TextBlock(kept) if kept else ""


def report_day(today) -> date:
    if today is None:
        return date.today()
    if isinstance(today, str):
        return date.fromisoformat(today)
    return today


@contextmanager
def no_collections():
    """No cyclic garbage collections while a document is built; the collector runs as usual afterwards.

    A build makes millions of short-lived objects, almost none of them in cycles, and so sets off
    full collections that walk every live object, the collaboration's data included: 0.5-0.6 s
    of CPU time on the large collaboration. Its few cycles wait for the next collection.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def build_pdf(story: list, out_path, *, lang: str, title: str, header_right: str, cover: bool, progress: Progress,
           cancelled: Cancelled, invariant: bool, force: bool, open_project) -> int:
    """Build the story into ``out_path`` atomically; the page count."""
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    story = _keep_headings(story)
    total = max(len(story), 1)  # build() consumes the list
    if progress is not None:
        progress(0, total)
    try:
        with atomic_target(out_path, kind="pdf", force=force, open_project=open_project, suffix=".pdf.tmp") as tmp:
            doc = ReportDoc(
                str(tmp), header_left=title, header_right=header_right, footer_left="Samenwerk",
                page_of=word("page_of", lang), cover=cover, progress=progress, cancelled=cancelled,
                flowables=len(story), invariant=1 if invariant else 0, pageCompression=1,
                title=word("collab_report" if cover else "meeting_report", lang), author="Samenwerk",
                creator="Samenwerk", subject="", lang=lang,
            )
            prepare_contents(story, doc)
            with no_collections():
                pages = doc.build_once(story)
    except SamenwerkError:
        raise
    except LayoutError as exc:
        raise ReportError(Msg(f"Het rapport kon niet worden opgemaakt: {exc}",
                              f"The report could not be laid out: {exc}")) from exc
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise ReportError(Msg(f"Het rapport kon niet worden gemaakt ({type(exc).__name__}: {exc}).",
                              f"The report could not be made ({type(exc).__name__}: {exc}).")) from exc
    if progress is not None:
        progress(total, total)
    return pages


def _keep_headings(story: list) -> list:
    """Start a new page before a sub-heading near the bottom, instead of ``keepWithNext``.

    ``keepWithNext`` would glue a heading to a whole table and push the table
    to the next page even when most of it fits.
    """
    out = []
    for i, f in enumerate(story):
        style = getattr(f, "style", None)
        if isinstance(f, Paragraph) and style is not None and style.name in ("H2", "H3"):
            need = 50 * mm if style.name == "H2" else 25 * mm
            following = story[i + 1] if i + 1 < len(story) else None
            lead = getattr(following, "_lead_height", None)
            if lead is not None and lead < 600:
                need = max(need, lead + 30)  # the heading, the table header and its first row together
            out.append(CondPageBreak(need))
        out.append(f)
    return out


def check_cancelled(cancelled: Cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled()


def ratifications(data: CollaborationData, decision, lang: str) -> str:
    parts = []
    for pid, state in decision.ratifications.items():
        if data.get("party", pid):
            parts.append(f"{data.get('party', pid).label}: {label(RATIFICATION_STATES.get(state), lang, state)}")
    return "; ".join(parts)


def decision_table(data, decisions, lang) -> list:
    header = [P(word("decision", lang), "head"), P(word("date", lang), "head"), P(word("rule_short", lang), "head"),
              P(word("outcome", lang), "head"), P(word("ratification", lang), "head")]
    widths = [WIDTH * 0.33, WIDTH * 0.12, WIDTH * 0.17, WIDTH * 0.14, WIDTH * 0.24]
    rows = []
    for d in decisions:
        meeting = data.get("meeting", d.meeting_id)
        where = ""
        if meeting is not None:
            where = f"{word('meeting', lang)}: {clean(meeting.title)} ({short_date(meeting.date, lang)})"
        first = joined_cell([("cellb", d.title), ("cellsmall", d.text), ("cellmuted", where)])
        rows.append([first, P(short_date(d.date, lang) or "—", "cell"),
                     P(label(DECISION_RULES.get(d.rule), lang, d.rule), "cell"),
                     P(label(DECISION_OUTCOMES.get(d.outcome), lang, d.outcome), "cell"),
                     cell(ratifications(data, d, lang) or "—")])
    return tables(header, rows, widths)


def dilemma_table(data, dilemmas, lang) -> list:
    header = [P(word("party", lang), "head"), P(word("dilemma", lang), "head"), P(word("strategy", lang), "head"),
              P(word("status", lang), "head"), P(word("resolution", lang), "head")]
    widths = [WIDTH * 0.20, WIDTH * 0.30, WIDTH * 0.16, WIDTH * 0.13, WIDTH * 0.21]  # fits "Onderhandelen", "Bewonersvereniging"
    rows = []
    for d in dilemmas:
        body = joined_cell([("cellb", d.title),
                             ("celllabel", word("own_interest", lang) if d.own_interest.strip() else ""),
                             ("cell", d.own_interest),
                             ("celllabel", word("collective_interest", lang) if d.collective_interest.strip() else ""),
                             ("cell", d.collective_interest)])
        rows.append([cell(data.party_name(d.party_id, "—")), body,
                     P(label(STRATEGIES.get(d.strategy), lang, d.strategy), "cell"),
                     P(label(DILEMMA_STATUSES.get(d.status), lang, d.status), "cell"), cell(d.resolution or "—")])
    return tables(header, rows, widths)


