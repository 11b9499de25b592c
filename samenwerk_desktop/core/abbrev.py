"""Short, unique, readable abbreviations of party names for narrow matrix columns (the report's and the room's)."""

from __future__ import annotations

import re
from collections.abc import Callable

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain(text: str) -> str:
    """The name without control characters (the report passes its own cleaning, which knows the PDF's font)."""
    return _CONTROL.sub("", str(text or ""))


def initials(name: str, clean: Callable[[str], str] = plain) -> str:
    """Initials of the words, numbers kept whole: "Gemeente Maasoever 12" -> "GM12"."""
    words = [w for w in re.split(r"[\s\-–/]+", clean(name)) if w]
    return "".join(w if w.isdigit() else w[0] for w in words if w[0].isalnum()).upper()


def abbreviations(parties, clean: Callable[[str], str] = plain) -> dict[int, str]:
    """A short, unique and readable abbreviation per party for narrow matrix columns.

    The short name when it is short; else the initials (numbers whole); where those collide,
    the initials with the start of the last word ("GMaas", "GMaasda"), and only then a counter ("GM-2").
    """
    parties = list(parties)
    out: dict[int, str] = {}
    used: set[str] = set()
    firsts = {}
    for p in parties:
        short = clean(p.short_name).strip()
        firsts[p.id] = short if short and len(short) <= 8 else (initials(p.name, clean) if len(initials(p.name, clean)) >= 2
                                                                else clean(p.name).strip()[:6] or "?")
    counts: dict[str, int] = {}
    for base in firsts.values():
        counts[base.casefold()] = counts.get(base.casefold(), 0) + 1
    for p in parties:
        base = firsts[p.id]
        candidates = [base]
        if counts[base.casefold()] > 1:  # shared: try the start of the last word before counting
            words = [w for w in re.split(r"[\s\-–/]+", clean(p.name)) if w and w[0].isalnum()]
            if len(words) >= 2 and not words[-1].isdigit():
                head = initials(" ".join(words[:-1]), clean)
                candidates = [(head + words[-1][:n].capitalize())[:8] for n in (4, 6, 8)]
        candidate = next((c for c in candidates if c.casefold() not in used), None)
        n = 2
        while candidate is None or candidate.casefold() in used:
            candidate = f"{base}-{n}"
            n += 1
        used.add(candidate.casefold())
        out[p.id] = candidate
    return out
