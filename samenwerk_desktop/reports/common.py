"""The shared pieces of the PDF reports under their old address: text, words and document template.

The pieces live in :mod:`.text` (fonts, safe text, styles, paragraphs, tables), :mod:`.words`
(field labels from the model, the reports' own words, dates) and :mod:`.document` (the page
template, contents, headings, progress and cancel). New code imports from those modules.
"""

from __future__ import annotations

from samenwerk_desktop.reports.document import (
    Contents,
    ReportCancelled,
    ReportDoc,
    ReportError,
    SideBySide,
    Together,
    fit,
    heading,
    prepare_contents,
)
from samenwerk_desktop.reports.text import (
    ACCENT,
    CHUNK,
    ERROR,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    HEAD_BG,
    INK,
    LANDSCAPE,
    MARGIN,
    MAX_ROWS,
    MUTED,
    PAGE,
    PLACEHOLDER,
    PM,
    RULE,
    WARN,
    ZEBRA,
    P,
    TextBlock,
    chunks,
    clean,
    coverage,
    display_order,
    has_rtl,
    markup,
    paras,
    shaping_available,
    styles,
    table,
    tables,
    wrap_lines,
)
from samenwerk_desktop.reports.words import (
    FIELD_WORDS,
    MONTHS_EN,
    MONTHS_NL,
    WORDS,
    field_label,
    label,
    long_date,
    short_date,
    word,
)

__all__ = [
    "ACCENT", "CHUNK", "ERROR", "FIELD_WORDS", "FONT", "FONT_BOLD", "FONT_BOLD_ITALIC", "FONT_ITALIC", "HEAD_BG",
    "INK", "LANDSCAPE", "MARGIN", "MAX_ROWS", "MONTHS_EN", "MONTHS_NL", "MUTED", "PAGE", "PLACEHOLDER", "PM", "RULE",
    "WARN", "WORDS", "ZEBRA", "Contents", "P", "ReportCancelled", "ReportDoc", "ReportError", "SideBySide",
    "TextBlock", "Together", "chunks", "display_order", "has_rtl", "shaping_available", "clean", "coverage", "field_label", "fit", "heading", "label", "long_date", "markup",
    "paras", "prepare_contents", "short_date", "styles", "table", "tables", "word", "wrap_lines",
]
