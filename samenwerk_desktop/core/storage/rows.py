"""Entities as table rows and back: the one place that knows how each field type is stored."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

from samenwerk_desktop.core.model import KINDS, FieldSpec, fields_of


def to_row(entity) -> dict:
    """The columns of an entity's own table row (lists as JSON, booleans as 0/1; no id when it has none)."""
    row = {}
    for s in fields_of(type(entity)):
        if not s.stored_inline:
            continue
        value = getattr(entity, s.name)
        if s.type == "str_list":
            value = json.dumps(value, ensure_ascii=False)
        elif s.type == "bool":
            value = 1 if value else 0
        elif s.type == "float":
            value = float(value)
        if s.name == "id" and value is None:
            continue
        row[s.name] = value
    return row


def row_converter(cls):
    """A function that makes an entity of ``cls`` from a row of its table."""
    specs = [s for s in fields_of(cls) if s.stored_inline]
    bools = {s.name for s in specs if s.type == "bool"}
    lists = {s.name for s in specs if s.type == "str_list"}

    def convert(row: Mapping) -> object:
        kwargs = dict(row)
        for name in bools:
            kwargs[name] = bool(kwargs[name])
        for name in lists:
            kwargs[name] = json.loads(kwargs[name])
        return cls(**kwargs)

    return convert


def row_reader(cls) -> tuple[str, object]:
    """The columns to select for ``cls`` (its stored fields, in field order) and a function that makes an entity
    of a plain tuple row of them: what ``row_converter`` makes of a ``sqlite3.Row``, without the mapping per row."""
    specs = [s for s in fields_of(cls) if s.stored_inline]
    names = tuple(s.name for s in specs)
    bools = tuple(i for i, s in enumerate(specs) if s.type == "bool")
    lists = tuple(i for i, s in enumerate(specs) if s.type == "str_list")
    loads = json.loads

    # the stored fields first in the class's own order (most kinds): the row is its arguments as they stand
    positional = [f.name for f in dataclasses.fields(cls) if f.init][:len(names)] == list(names)

    def convert(row: tuple) -> object:
        if bools or lists:
            row = list(row)
            for i in bools:
                row[i] = bool(row[i])
            for i in lists:
                row[i] = loads(row[i])
        if positional:
            return cls(*row)
        return cls(**dict(zip(names, row, strict=True)))

    return ", ".join(names), convert


def db_value(spec: FieldSpec, value):
    """A field's value as it is stored in its column."""
    if spec.type == "str_list":
        return json.dumps(value, ensure_ascii=False)
    if spec.type == "bool":
        return 1 if value else 0
    if spec.type == "float":
        return float(value)
    return value


def py_value(spec: FieldSpec, value):
    """A column's stored value as the field's value."""
    if spec.type == "str_list":
        return json.loads(value)
    if spec.type == "bool":
        return bool(value)
    return value


def link_field(owner: str, table: str) -> str:
    """The name of the list or mapping field of ``owner`` that the link table ``table`` stores."""
    for spec in fields_of(KINDS[owner]):
        if spec.meta.get("link") and spec.meta["link"][0] == table:
            return spec.name
    raise KeyError(table)
