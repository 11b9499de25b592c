"""A dataclass field that carries its own validation rules in the metadata."""

from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samenwerk_desktop.core.i18n import Msg


def fld(
    default=dataclasses.MISSING,
    *,
    factory=dataclasses.MISSING,
    min=None,
    max=None,
    choices=None,
    ref: str | None = None,
    maxlen: int | None = None,
    required: bool = False,
    fmt: str | None = None,
    private: bool = False,
    link: tuple[str, str, str] | None = None,
    label: Msg | None = None,
):
    """A dataclass field with its validation rules in the metadata.

    ``link`` names a link table (table, own column, other column) for list or
    dict fields that are stored as rows of their own.
    """
    meta = {
        "min": min,
        "max": max,
        "choices": choices,
        "ref": ref,
        "maxlen": maxlen,
        "required": required,
        "fmt": fmt,
        "private": private,
        "link": link,
        "label": label,
    }
    if factory is not dataclasses.MISSING:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)
