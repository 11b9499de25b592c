"""The collaboration check (samenwerkingsscan) without Qt: statements per lens, scores, spread and trend.

At the end of a meeting the facilitator asks each party to score statements from 1 (not at all) to 5
(fully), grouped by the five lenses of Kaats & Opheij. ``results`` gives per statement the mean and
the spread between parties (lowest, highest), ``trend`` the mean per lens over the checks, and
``agreement_for`` turns a low or widely spread statement into a proposed working agreement. What the
room sees (``room_lines``) counts scores but never says who gave which.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from samenwerk_desktop.core import errors, i18n
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.model import LENSES, Agreement, Scan, ScanScore, ScanStatement

Step = Callable[..., object]

SCORE_MIN, SCORE_MAX = 1, 5
#: A statement needs attention when its mean is at most this, or its spread (highest - lowest) at least that.
LOW_MEAN = 2.5
WIDE_SPREAD = 3

#: The default statements, two or three per lens; the facilitator edits them in the file.
DEFAULT_STATEMENTS: dict[str, tuple[Msg, ...]] = {
    "ambition": (
        Msg("We weten waar we het samen voor doen.", "We know what we are doing this for together."),
        Msg("De opgave is voor mijn organisatie belangrijk genoeg om tijd in te steken.",
            "The challenge matters enough to my organisation to spend time on it."),
    ),
    "interests": (
        Msg("Mijn belangen zijn bekend bij de anderen.", "The others know my interests."),
        Msg("Ik ken de belangen van de andere partijen.", "I know the other parties' interests."),
        Msg("Wat we halen en brengen is in balans.", "What we give and take is in balance."),
    ),
    "relationship": (
        Msg("Ik vertrouw erop dat de anderen hun afspraken nakomen.", "I trust the others to keep their agreements."),
        Msg("Spanningen kunnen we aan tafel bespreken.", "We can discuss tensions at the table."),
    ),
    "organisation": (
        Msg("Het is duidelijk wie waarvoor verantwoordelijk is.", "It is clear who is responsible for what."),
        Msg("Mijn organisatie staat achter wat ik hier afspreek.", "My organisation backs what I agree here."),
    ),
    "process": (
        Msg("We weten hoe we besluiten nemen.", "We know how we take decisions."),
        Msg("De bijeenkomsten leveren genoeg op.", "The meetings produce enough."),
        Msg("Er is energie in de samenwerking.", "There is energy in the collaboration."),
    ),
}


def _refuse(nl: str, en: str) -> errors.SamenwerkError:
    return errors.SamenwerkError(Msg(nl, en))


def statements(data: CollaborationData) -> list[ScanStatement]:
    """The statements grouped by lens (in lens order), each lens in its own order."""
    rank = {lens: i for i, lens in enumerate(LENSES)}
    return sorted(data.entities["scan_statement"].values(), key=lambda s: (rank.get(s.lens, 99), s.sort_order, s.id))


def scans(data: CollaborationData) -> list[Scan]:
    """The checks, oldest first."""
    return sorted(data.entities["scan"].values(), key=lambda s: (s.date, s.id))


def default_statements(lang: str | None = None) -> list[ScanStatement]:
    """The default statements as new entities, in the language of the interface."""
    return [ScanStatement(lens=lens, text=m.text(lang), sort_order=i)
            for lens, texts in DEFAULT_STATEMENTS.items() for i, m in enumerate(texts, start=1)]


def start_steps(data: CollaborationData, day: date, meeting_id: int | None = None, lang: str | None = None) -> list[Step]:
    """A new check (with the default statements first, when the collaboration has none yet)."""
    steps: list[Step] = []
    if not data.entities["scan_statement"]:
        defaults = default_statements(lang)
        steps.append(lambda p: p.add_many(defaults))
    scan = Scan(id=max(data.entities["scan"], default=0) + 1, date=day.isoformat(), meeting_id=meeting_id)
    steps.append(lambda p: p.add(scan))
    return steps


def scores_of(data: CollaborationData, scan_id: int) -> dict[tuple[int, int], ScanScore]:
    """The scores of one check by (statement id, party id)."""
    return {(s.statement_id, s.party_id): s for s in data.entities["scan_score"].values() if s.scan_id == scan_id}


def score_steps(data: CollaborationData, scan_id: int, statement_id: int, party_id: int, score: int | None) -> list[Step]:
    """Give (or change, or with None clear) one party's score on one statement."""
    if data.get("scan", scan_id) is None:
        raise _refuse("Deze samenwerkingsscan bestaat niet meer.", "This collaboration check no longer exists.")
    if score is not None and not SCORE_MIN <= score <= SCORE_MAX:
        raise _refuse(f"Een score is een getal van {SCORE_MIN} tot en met {SCORE_MAX}.",
                      f"A score is a number from {SCORE_MIN} to {SCORE_MAX}.")
    existing = scores_of(data, scan_id).get((statement_id, party_id))
    if existing is None:
        if score is None:
            return []
        row = ScanScore(scan_id=scan_id, statement_id=statement_id, party_id=party_id, score=score)
        return [lambda p: p.add(row)]
    if score is None:
        return [lambda p: p.delete("scan_score", existing.id)]
    if score == existing.score:
        return []
    return [lambda p: p.update("scan_score", existing.id, score=score)]


# ---------------------------------------------------------------------------
# Statistics
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementResult:
    """One statement's scores in one check: how many, the mean, the lowest and highest, the distribution."""

    statement: ScanStatement
    scores: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.scores)

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.scores) if self.scores else None

    @property
    def low(self) -> int | None:
        return min(self.scores) if self.scores else None

    @property
    def high(self) -> int | None:
        return max(self.scores) if self.scores else None

    @property
    def spread(self) -> int:
        return self.high - self.low if self.scores else 0

    @property
    def stdev(self) -> float:
        return statistics.pstdev(self.scores) if len(self.scores) > 1 else 0.0

    def counts(self) -> tuple[int, ...]:
        """How many parties gave 1, 2, 3, 4 and 5 (what the room may see)."""
        return tuple(self.scores.count(v) for v in range(SCORE_MIN, SCORE_MAX + 1))

    @property
    def low_score(self) -> bool:
        return self.mean is not None and self.mean <= LOW_MEAN

    @property
    def wide_spread(self) -> bool:
        return self.spread >= WIDE_SPREAD

    @property
    def needs_attention(self) -> bool:
        return self.low_score or self.wide_spread


def results(data: CollaborationData, scan_id: int) -> list[StatementResult]:
    """Every statement's result in one check, in statement order (parties sorted out, scores only)."""
    by_statement: dict[int, list[int]] = {}
    for (statement_id, _party), s in sorted(scores_of(data, scan_id).items()):
        by_statement.setdefault(statement_id, []).append(s.score)
    return [StatementResult(st, tuple(sorted(by_statement.get(st.id, ())))) for st in statements(data)]


def lens_mean(found: list[StatementResult], lens: str) -> float | None:
    """The mean of every score under one lens in one check."""
    scores = [v for r in found if r.statement.lens == lens for v in r.scores]
    return statistics.fmean(scores) if scores else None


def trend(data: CollaborationData) -> dict[str, list[tuple[Scan, float | None]]]:
    """Per lens, the mean of each check in date order (None where nobody scored that lens)."""
    found = [(s, results(data, s.id)) for s in scans(data)]
    return {lens: [(s, lens_mean(r, lens)) for s, r in found] for lens in LENSES}


def latest_scan(data: CollaborationData) -> Scan | None:
    """The newest check that has scores, else the newest check."""
    stored = scans(data)
    scored = {s.scan_id for s in data.entities["scan_score"].values()}
    with_scores = [s for s in stored if s.id in scored]
    return (with_scores or stored or [None])[-1]


def room_lines(found: list[StatementResult], lang: str | None = None) -> list[str]:
    """The result as the room may see it: per statement the mean, lowest-highest and the count per score."""
    out = []
    for r in found:
        if not r.scores:
            continue
        counts = " ".join(f"{v}:{n}" for v, n in zip(range(SCORE_MIN, SCORE_MAX + 1), r.counts(), strict=True))
        mean = f"{r.mean:.1f}".replace(".", "," if (lang or "") != "en" else ".")
        out.append(f"{r.statement.text} — {mean} ({r.low}–{r.high}) [{counts}]")
    return out


def agreement_for(data: CollaborationData, result: StatementResult, meeting_id: int | None = None,
                  lang: str | None = None) -> Agreement:
    """A proposed working agreement that answers a low or widely spread statement (one step in the window)."""
    lens = LENSES.get(result.statement.lens, Msg("", "")).text(lang)
    text = Msg(f"Bespreken en afspreken n.a.v. de samenwerkingsscan ({lens}): {result.statement.text}",
               f"Discuss and agree following the collaboration check ({lens}): {result.statement.text}").text(lang)
    return Agreement(text=text, category=Msg("Samenwerking", "Collaboration").text(lang), status="proposed",
                     meeting_id=meeting_id, party_ids=[p.id for p in data.parties])


def decimal(value: float | None) -> str:
    """A mean as the room reads it: one decimal, a comma in Dutch; "–" when nobody scored."""
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text if i18n.language() == "en" else text.replace(".", ",")
