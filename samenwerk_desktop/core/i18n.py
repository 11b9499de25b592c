"""Bilingual messages of the Qt-free core: Dutch first, English second."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

LANGUAGES = ("nl", "en")
_language = os.environ.get("SAMENWERK_LANG", "nl") if os.environ.get("SAMENWERK_LANG") in LANGUAGES else "nl"


def set_language(lang: str) -> None:
    """Choose the language of core messages ("nl" or "en")."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang


def language() -> str:
    """The language core messages are rendered in."""
    return _language


@dataclass(frozen=True)
class Msg:
    """A message in Dutch and English; str() renders the current language."""

    nl: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.en if (lang or _language) == "en" else self.nl

    def __str__(self) -> str:
        return self.text()


def tr(nl: str, en: str) -> str:
    """Pick the Dutch or English text for the current language."""
    return en if _language == "en" else nl


def shown(text: str, limit: int = 40) -> str:
    """A user's text as it may appear inside a message: short, printable, without lone surrogates."""
    out = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text[:limit])
    return out + ("…" if len(text) > limit else "")


def symlink_loop(name: str) -> Msg:
    """The sentence for a path that is a loop of symbolic links."""
    return Msg(f"‘{name}’ is een symbolische koppeling die naar zichzelf terugverwijst; kies het bestand zelf.",
               f"‘{name}’ is a symbolic link that leads back to itself; choose the file itself.")


MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def long_date(value: str | date | None, lang: str) -> str:
    """2026-03-31 as "31 maart 2026" / "31 March 2026"; other text unchanged."""
    if not value:
        return ""
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{d.day} {months[d.month - 1]} {d.year}"


def dates(value: str | date | None) -> tuple[str, str]:
    """A date written out in both languages, for a Msg: ("31 maart 2026", "31 March 2026")."""
    return long_date(value, "nl"), long_date(value, "en")
