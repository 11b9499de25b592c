"""Field introspection and validation of the entities: FieldSpec, fields_of, check_value, validate, Problem."""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from datetime import date

from samenwerk_desktop.core.entities import KINDS, Answer, Collaboration, Relation, StateRelation, kind_of
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.vocab import (
    COLOUR_RE,
    DATE_RE,
    DATETIME_RE,
    INT_MAX,
    INT_MIN,
    KIND_NAMES,
    REASON_NEEDED,
    ROLE_ORDER,
    TEXT_MAX,
    TIME_RE,
)

# ---------------------------------------------------------------------------
# Field introspection
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """A field of an entity with its Python type and rules."""

    name: str
    type: str  # "str" | "int" | "float" | "bool" | "ref" | "str_list" | "ref_list" | "ref_map"
    default: object
    meta: dict

    @property
    def stored_inline(self) -> bool:
        """True for fields kept as a column of the entity's own table."""
        return self.meta.get("link") is None


_SPEC_CACHE: dict[type, tuple[FieldSpec, ...]] = {}


def _type_name(hint) -> str:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return "str"
    if hint is bool:
        return "bool"
    if hint is int:
        return "int"
    if hint is float:
        return "float"
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        return "ref"
    if origin is list and args == (str,):
        return "str_list"
    if origin is list and args == (int,):
        return "ref_list"
    if origin is dict:
        return "ref_map"
    raise TypeError(f"unsupported field type {hint!r}")


def fields_of(cls: type) -> tuple[FieldSpec, ...]:
    """The field specs of an entity class (or of Collaboration), cached."""
    specs = _SPEC_CACHE.get(cls)
    if specs is None:
        hints = typing.get_type_hints(cls)
        out = []
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
                default = f.default_factory()  # type: ignore[misc]
            else:
                default = None
            kind = "int" if f.name == "id" else _type_name(hints[f.name])
            out.append(FieldSpec(f.name, kind, default, dict(f.metadata)))
        specs = _SPEC_CACHE[cls] = tuple(out)
    return specs


def field_spec(cls: type, name: str) -> FieldSpec:
    for spec in fields_of(cls):
        if spec.name == name:
            return spec
    raise KeyError(f"{cls.__name__} has no field {name!r}")


def private_fields(cls: type) -> tuple[str, ...]:
    """Names of facilitator-only fields of a class."""
    return tuple(s.name for s in fields_of(cls) if s.meta.get("private"))


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a value, with where it is: a JSON-style path, and (when the core refuses an
    operation) the kind, id and field it concerns, so a window can show it on that field."""

    path: str
    message: Msg
    kind: str = ""  # an entity kind, "collaboration" or "raci"; "" when not known
    id: object = None
    field: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def at(self, kind: str, id_, field: str) -> Problem:
        """The same problem, placed on a field of an entity."""
        return dataclasses.replace(self, kind=kind, id=id_, field=field)

    @property
    def label(self) -> Msg | None:
        """The field's label in the user's words ("Evaluatiedatum"), or None when there is none."""
        cls = Collaboration if self.kind == "collaboration" else KINDS.get(self.kind)
        if cls is None or not self.field:
            return None
        try:
            label = field_spec(cls, self.field).meta.get("label")
        except KeyError:
            return None
        return label or None


def _encodable(value: str) -> bool:
    """False for text with lone surrogates, which no file can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: what a date field that holds no date is told, in the file's form (a window says it in the form one types)
DATE_EXPECTED = Msg("moet een datum zijn als 2026-03-31", "must be a date such as 2026-03-31")


def _is_date(value: str) -> bool:
    if not DATE_RE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: str) -> bool:
    return bool(DATETIME_RE.fullmatch(value)) and _is_date(value[:10])


def check_value(spec: FieldSpec, value, path: str) -> list[Problem]:
    """Problems with one field value (type, range, choices, length, format)."""
    meta = spec.meta
    t = spec.type
    problems: list[Problem] = []

    def bad(nl: str, en: str) -> list[Problem]:
        return [Problem(path, Msg(nl, en))]

    if t == "str":
        if not isinstance(value, str):
            return bad("moet tekst zijn", "must be text")
        if meta.get("required") and not value.strip():
            return bad("mag niet leeg zijn", "must not be empty")
        maxlen = meta.get("maxlen")
        if maxlen and len(value) > maxlen:
            return bad(f"is langer dan {maxlen} tekens", f"is longer than {maxlen} characters")
        if "\x00" in value:
            return bad("bevat een nul-teken", "contains a NUL character")
        if not _encodable(value):
            return bad("bevat een ongeldig teken (losse surrogaat)", "contains an invalid character (lone surrogate)")
        fmt = meta.get("fmt")
        if fmt == "date" and value and not _is_date(value):
            return [Problem(path, DATE_EXPECTED)]
        if fmt == "time" and value and not TIME_RE.fullmatch(value):
            return bad("moet een tijd zijn als 19:30", "must be a time such as 19:30")
        if fmt == "datetime" and value and not _is_datetime(value):
            return bad("moet een tijdstip zijn als 2026-03-31T19:30:00", "must be a moment such as 2026-03-31T19:30:00")
        if fmt == "colour" and not COLOUR_RE.fullmatch(value):
            return bad("moet een kleur zijn als #1f77b4", "must be a colour such as #1f77b4")
        choices = meta.get("choices")
        if choices is not None and value not in choices:
            allowed = ", ".join(str(c) for c in choices)
            return bad(f"moet een van deze zijn: {allowed}", f"must be one of: {allowed}")
    elif t == "bool":
        if not isinstance(value, bool):
            return bad("moet waar of onwaar zijn", "must be true or false")
    elif t in ("int", "float"):
        ok_types = (int,) if t == "int" else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_types):
            return bad("moet een getal zijn", "must be a number")
        if t == "float" and value != value:  # NaN
            return bad("moet een getal zijn", "must be a number")
        lo, hi = meta.get("min"), meta.get("max")
        if lo is not None and value < lo or hi is not None and value > hi:
            return bad(f"moet tussen {lo} en {hi} liggen", f"must be between {lo} and {hi}")
        if t == "int" and not INT_MIN <= value <= INT_MAX:  # what SQLite can store
            return bad("is te groot", "is too large")
        choices = meta.get("choices")
        if choices is not None and value not in choices:
            return bad("is geen geldige waarde", "is not a valid value")
    elif t == "ref":
        if value is None:
            if meta.get("required"):
                return bad("moet verwijzen naar een " + str(KIND_NAMES[meta["ref"]].nl),
                           "must refer to a " + KIND_NAMES[meta["ref"]].en)
            return []
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= INT_MAX:
            return bad("moet een nummer (id) zijn", "must be an id number")
    elif t == "str_list":
        if not isinstance(value, list):
            return bad("moet een lijst met teksten zijn", "must be a list of texts")
        for i, item in enumerate(value):
            if not isinstance(item, str) or "\x00" in item or not _encodable(item):
                problems += [Problem(f"{path}[{i}]", Msg("moet tekst zijn", "must be text"))]
            elif len(item) > (meta.get("maxlen") or TEXT_MAX):
                problems += [Problem(f"{path}[{i}]", Msg("is te lang", "is too long"))]
    elif t == "ref_list":
        if not isinstance(value, list):
            return bad("moet een lijst met nummers zijn", "must be a list of ids")
        ids = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= INT_MAX:
                problems += [Problem(f"{path}[{i}]", Msg("moet een nummer (id) zijn", "must be an id number"))]
            else:
                ids.append(item)
        if len(set(ids)) != len(ids):
            problems += [Problem(path, Msg("noemt een partij twee keer", "names a party twice"))]
    elif t == "ref_map":
        if not isinstance(value, dict):
            return bad("moet een tabel partij → waarde zijn", "must be a map party → value")
        choices = meta.get("choices") or {}
        for k, v in value.items():
            if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= INT_MAX:
                problems += [Problem(f"{path}.{k}", Msg("sleutel moet een nummer (id) zijn", "key must be an id number"))]
            if not isinstance(v, str) or v not in choices:
                allowed = ", ".join(choices)
                problems += [Problem(f"{path}.{k}", Msg(f"moet een van deze zijn: {allowed}", f"must be one of: {allowed}"))]
    return problems


def validate(entity, path: str = "") -> list[Problem]:
    """All problems with an entity's own fields (references are checked by the store)."""
    problems: list[Problem] = []
    for spec in fields_of(type(entity)):
        if spec.name == "id":
            continue
        sub = f"{path}.{spec.name}" if path else spec.name
        problems += check_value(spec, getattr(entity, spec.name), sub)
    if isinstance(entity, Relation | StateRelation) and entity.source_id is not None and entity.source_id == entity.target_id:
        problems.append(Problem(f"{path}.target_id" if path else "target_id",
                                Msg("een relatie verbindt twee verschillende partijen",
                                    "a relation links two different parties")))
    if isinstance(entity, Answer) and entity.answer in REASON_NEEDED and not entity.reason.strip():
        problems.append(Problem(f"{path}.reason" if path else "reason",
                                Msg("een bezwaar of veto heeft een reden nodig", "an objection or block needs a reason")))
    kind = "collaboration" if isinstance(entity, Collaboration) else kind_of(entity)
    return [p.at(kind, getattr(entity, "id", None), _field_of(p.path, path)) for p in problems]


def _field_of(path: str, prefix: str) -> str:
    """The field a problem's path names below an entity's own path ("parties[3].tags[0]" -> "tags")."""
    rest = path[len(prefix) + 1:] if prefix else path
    return rest.split(".")[0].split("[")[0]


def normalise_roles(text: str, scheme: str = "RASCI") -> str:
    """Turn user input such as "r/a", "A R" or "ra" into canonical "AR".

    Raises ValueError for letters outside the scheme.
    """
    letters = [c for c in text.upper() if not c.isspace() and c not in "/,+-;"]
    allowed = set(scheme)
    bad = [c for c in letters if c not in allowed]
    if bad:
        raise ValueError(f"unknown role {''.join(bad)!r} for scheme {scheme}")
    chosen = set(letters)
    return "".join(c for c in ROLE_ORDER if c in chosen)


def format_roles(roles: str) -> str:
    """Canonical roles "AR" as shown to people: "A/R"."""
    return "/".join(roles)


def replace(entity, **changes):
    """A copy of an entity with some fields changed (deep-copies list and dict fields)."""
    copy = dataclasses.replace(entity, **changes)
    for spec in fields_of(type(entity)):
        value = getattr(copy, spec.name)
        if isinstance(value, list):
            setattr(copy, spec.name, list(value))
        elif isinstance(value, dict):
            setattr(copy, spec.name, dict(value))
    return copy
