"""The versioned JSON interchange format of a whole collaboration (see docs/file-format.md)."""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path

from samenwerk_desktop.core import errors, model
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.i18n import Msg, shown, symlink_loop
from samenwerk_desktop.core.model import KINDS, PLURALS, Collaboration, Problem, fields_of
from samenwerk_desktop.core.storage import Project, atomic_target, check_output, write_new

FORMAT = "samenwerk"
#: 2 adds per party: trust, actor_type, ladder_now, ladder_intended and placement; version 1 still imports
#: (a party of version 1 without x and y gets placement "none": it has no position yet).
#: 3 adds running a meeting: attendances, rounds, amendments and answers, and new fields on meetings, agenda,
#: action and parking items, agreements, decisions (agenda item, lead, working group) and parties (vote weight);
#: versions 1 and 2 still import (a missing field takes its default).
#: 4 adds how the collaboration moves: force_states with their state_parties and state_relations, and the
#: collaboration check: scan_statements, scans and scan_scores; versions 1 to 3 still import.
#: 5 adds give-and-take items (give_takes) and disputes with their steps (disputes, dispute_steps) and the
#: collaboration's dispute_procedure; a party's free-text contributes and needs of versions 1 to 4 import as
#: one offer and one need item each (when not empty), and are no longer fields of a party.
FORMAT_VERSION = 5
TOP_KEYS = ("format", "format_version", "collaboration", *PLURALS.values(), "raci")


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def _entity_json(entity) -> dict:
    out = {}
    for spec in fields_of(type(entity)):
        value = getattr(entity, spec.name)
        if spec.type == "ref_map":
            value = [{"party_id": k, "state": v} for k, v in value.items()]
        elif isinstance(value, list):
            value = list(value)
        out[spec.name] = value
    return out


def to_json(data: CollaborationData) -> dict:
    """A whole collaboration as a JSON-ready dict, in a stable order."""
    doc: dict = {"format": FORMAT, "format_version": FORMAT_VERSION,
                 "collaboration": _entity_json(data.collaboration)}
    for kind, plural in PLURALS.items():
        doc[plural] = [_entity_json(e) for _, e in sorted(data.entities[kind].items())]
    doc["raci"] = [{"work_item_id": w, "party_id": p, "roles": model.format_roles(r)}
                   for (w, p), r in sorted(data.raci.items()) if r]
    return doc


def dumps(data: CollaborationData) -> str:
    """The JSON text of a collaboration (UTF-8, two-space indent, trailing newline)."""
    return json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n"


def export_file(project: Project, path: str | os.PathLike, *, force: bool = False) -> Path:
    """Write a project's collaboration as JSON, atomically; the output rule decides whether ``path`` may be written."""
    path = check_output(path, kind="json", force=force, open_project=project.path)
    text = dumps(project.load())
    with atomic_target(path, kind="json", force=force, open_project=project.path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------

#: An integer literal longer than this is beyond SQLite's range; it is read as a too-large number, never parsed.
_MAX_INT_DIGITS = 20
_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,60}")
_MISSING = object()


def _p(path: str, nl: str, en: str) -> Problem:
    return Problem(path, Msg(nl, en))


def _member(path: str, key: str) -> str:
    """The JSON path of an object member whose key may be anything."""
    if _NAME_RE.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[\"{shown(key)}\"]"


def _is_id(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and 1 <= value <= model.INT_MAX


def _parse_int(text: str) -> int:
    """Override json's int parsing: a huge literal becomes a number the checks call too large."""
    if len(text) - text.startswith("-") > _MAX_INT_DIGITS:
        return -(10 ** _MAX_INT_DIGITS) if text.startswith("-") else 10 ** _MAX_INT_DIGITS
    return int(text)


def _ref_map_from_json(spec, value, sub: str, problems: list[Problem]):
    """A party → state map from its JSON list form, or None when any item is wrong."""
    if not isinstance(value, list):
        problems.append(_p(sub, "moet een lijst zijn", "must be a list"))
        return None
    choices = spec.meta.get("choices") or {}
    mapping: dict[int, str] = {}
    ok = True
    for i, item in enumerate(value):
        path = f"{sub}[{i}]"
        if not isinstance(item, dict) or set(item) != {"party_id", "state"}:
            problems.append(_p(path, "moet {party_id, state} zijn", "must be {party_id, state}"))
            ok = False
            continue
        party_id, state = item["party_id"], item["state"]
        if not _is_id(party_id):
            problems.append(_p(f"{path}.party_id", "moet een nummer (id) zijn", "must be an id number"))
            ok = False
        elif party_id in mapping:
            problems.append(_p(path, "noemt een partij twee keer", "names a party twice"))
            ok = False
        if not isinstance(state, str) or state not in choices:
            allowed = ", ".join(choices)
            problems.append(_p(f"{path}.state", f"moet een van deze zijn: {allowed}", f"must be one of: {allowed}"))
            ok = False
        if ok:
            mapping[party_id] = state
    return mapping if ok else None


def _entity_from_json(cls, obj, path: str, problems: list[Problem], *, with_id: bool = True):
    """An entity from its JSON object; None when it cannot be built. Every problem is added to ``problems``."""
    if not isinstance(obj, dict):
        problems.append(_p(path, "moet een object zijn", "must be an object"))
        return None
    specs = {s.name: s for s in fields_of(cls)}
    for key in obj:
        if key not in specs or (key == "id" and not with_id):
            problems.append(_p(_member(path, key), "is geen bekend veld", "is not a known field"))
    kwargs = {}
    for name, spec in specs.items():
        if name == "id":
            if not with_id:
                continue
            value = obj.get("id", _MISSING)
            if value is _MISSING:
                problems.append(_p(f"{path}.id", "ontbreekt", "is missing"))
                return None
            if not _is_id(value):
                problems.append(_p(f"{path}.id", "moet een positief geheel getal zijn", "must be a positive whole number"))
                return None
            kwargs["id"] = value
            continue
        sub = f"{path}.{name}"
        value = obj.get(name, _MISSING)
        if value is _MISSING:  # a field left out takes its default, but a required value has none
            if spec.meta.get("required"):
                problems.append(_p(sub, "ontbreekt", "is missing"))
            continue
        if spec.type == "ref_map":
            value = _ref_map_from_json(spec, value, sub, problems)
            if value is None:
                continue
        found = model.check_value(spec, value, sub)
        if found:
            problems += found
            continue
        kwargs[name] = list(value) if isinstance(value, list) else value
    return cls(**kwargs)


def _check_header(doc: dict, problems: list[Problem], the: Msg) -> None:
    if doc.get("format") != FORMAT:
        problems.append(_p("$.format", f"moet \"{FORMAT}\" zijn", f"must be \"{FORMAT}\""))
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(_p("$.format_version", "moet een geheel getal vanaf 1 zijn", "must be a whole number from 1"))
    elif version > FORMAT_VERSION:
        raise errors.ImportProblems(
            [_p("$.format_version", f"is {version}; deze versie leest tot en met {FORMAT_VERSION}",
                f"is {version}; this version reads up to {FORMAT_VERSION}")],
            Msg(f"{the.nl} is gemaakt met een nieuwere Samenwerk (formaatversie {version}) en deze versie leest "
                f"formaatversie {FORMAT_VERSION}; werk Samenwerk bij.",
                f"{the.en} was made by a newer Samenwerk (format version {version}) and this version reads "
                f"format version {FORMAT_VERSION}; please update Samenwerk."))
    for key in doc:
        if key not in TOP_KEYS:
            problems.append(_p(_member("$", key), "is geen bekend onderdeel", "is not a known part"))


_FREE_TEXT = (("contributes", "offer"), ("needs", "need"))


def _free_give_take(doc: dict, problems: list[Problem]) -> tuple[dict, list[tuple[int, str, str]]]:
    """Before format version 5 a party had free-text ``contributes`` and ``needs``: take them out of the
    party objects (a copy of ``doc``), as (party id, item kind, text) for ``_give_take_from_free_text``."""
    version = doc.get("format_version")
    parties = doc.get("parties")
    if not isinstance(version, int) or version >= 5 or not isinstance(parties, list):
        return doc, []
    found: list[tuple[int, str, str]] = []
    text_spec = next(s for s in fields_of(model.GiveTake) if s.name == "text")
    copies = []
    for i, obj in enumerate(parties):
        if not isinstance(obj, dict) or not any(k in obj for k, _ in _FREE_TEXT):
            copies.append(obj)
            continue
        obj = dict(obj)
        for key, item_kind in _FREE_TEXT:
            value = obj.pop(key, "")
            if isinstance(value, str) and not value.strip():
                continue
            bad = model.check_value(text_spec, value, f"$.parties[{i}].{key}")
            if bad:
                problems += bad
            elif _is_id(obj.get("id")):
                found.append((obj["id"], item_kind, value))
        copies.append(obj)
    return {**doc, "parties": copies}, found


def _give_take_from_free_text(data: CollaborationData, free_texts: list[tuple[int, str, str]],
                              where: dict[str, dict[int, int]]) -> None:
    """One give-and-take item per non-empty free text of an older format, after the items the file has."""
    items = data.entities["give_take"]
    next_id = max(items, default=0) + 1
    for party_id, item_kind, text in free_texts:
        if party_id not in data.entities["party"]:
            continue
        order = 0 if item_kind == "offer" else 1
        items[next_id] = model.GiveTake(id=next_id, party_id=party_id, kind=item_kind, text=text, sort_order=order)
        where["give_take"][next_id] = len(where["give_take"])  # refers to a party that is there
        next_id += 1


def _check_references(data: CollaborationData, where: dict[str, dict[int, int]], problems: list[Problem]) -> None:
    """Every reference points to an entity of the right kind, named with the JSON path that makes it."""
    for kind, plural in PLURALS.items():
        for entity in data.entities[kind].values():
            path = f"$.{plural}[{where[kind][entity.id]}]"
            for spec in fields_of(type(entity)):
                ref = spec.meta.get("ref")
                if not ref:
                    continue
                value = getattr(entity, spec.name)
                targets = [value] if spec.type == "ref" else list(value)
                for t in targets:
                    if t is not None and t not in data.entities[ref]:
                        problems.append(_p(f"{path}.{spec.name}",
                                           f"verwijst naar {model.KIND_NAMES[ref].nl} {t}, die niet bestaat",
                                           f"refers to {model.KIND_NAMES[ref].en} {t}, which does not exist"))


def _raci_from_json(cells, data: CollaborationData, problems: list[Problem]) -> None:
    scheme = data.collaboration.raci_scheme
    if not isinstance(cells, list):
        problems.append(_p("$.raci", "moet een lijst zijn", "must be a list"))
        return
    seen: set[tuple[int, int]] = set()
    for i, cell in enumerate(cells):
        path = f"$.raci[{i}]"
        if not isinstance(cell, dict) or set(cell) != {"work_item_id", "party_id", "roles"}:
            problems.append(_p(path, "moet {work_item_id, party_id, roles} zijn", "must be {work_item_id, party_id, roles}"))
            continue
        w, p, roles = cell["work_item_id"], cell["party_id"], cell["roles"]
        bad_id = False
        for key, value in (("work_item_id", w), ("party_id", p)):
            if not _is_id(value):
                problems.append(_p(f"{path}.{key}", "moet een nummer (id) zijn", "must be an id number"))
                bad_id = True
        if bad_id:
            continue
        if w not in data.entities["work_item"]:
            problems.append(_p(f"{path}.work_item_id", f"onderdeel {w} bestaat niet", f"work item {w} does not exist"))
        if p not in data.entities["party"]:
            problems.append(_p(f"{path}.party_id", f"partij {p} bestaat niet", f"party {p} does not exist"))
        if (w, p) in seen:
            problems.append(_p(path, "deze cel komt twee keer voor", "this cell occurs twice"))
        seen.add((w, p))
        if not isinstance(roles, str):
            problems.append(_p(f"{path}.roles", "moet tekst zijn", "must be text"))
            continue
        try:
            normal = model.normalise_roles(roles, scheme)
        except ValueError:
            problems.append(_p(f"{path}.roles", f"‘{shown(roles)}’ past niet in schema {scheme}",
                               f"‘{shown(roles)}’ does not fit scheme {scheme}"))
            continue
        if normal:
            data.raci[(w, p)] = normal


def _the(name: str | None) -> Msg:
    """How a message names what is imported: the file by its name, else "the JSON text"."""
    return Msg(f"‘{name}’", f"‘{name}’") if name else Msg("De JSON-tekst", "The JSON text")


def _refused(the: Msg, problems: list[Problem]) -> errors.ImportProblems:
    n = len(problems)
    return errors.ImportProblems(problems, Msg(
        f"{the.nl} is niet geïmporteerd en er is niets geschreven: {n} {'probleem' if n == 1 else 'problemen'}, "
        f"hieronder genoemd; verbeter {'het' if n == 1 else 'ze'} en probeer het opnieuw.",
        f"{the.en} was not imported and nothing was written: {n} {'problem' if n == 1 else 'problems'}, "
        f"listed below; correct {'it' if n == 1 else 'them'} and try again."))


def from_json(doc, *, name: str | None = None) -> CollaborationData:
    """Validate a JSON document completely and build the collaboration.

    Raises ``ImportProblems`` listing every problem with its JSON path; nothing
    is built when anything is wrong. Any JSON value is a valid argument;
    ``name`` is the file's name for the message.
    """
    problems: list[Problem] = []
    the = _the(name)
    if not isinstance(doc, dict):
        raise _refused(the, [_p("$", "moet een JSON-object zijn", "must be a JSON object")])
    _check_header(doc, problems, the)

    data = CollaborationData()
    collab_doc = doc.get("collaboration", _MISSING)
    if collab_doc is _MISSING:
        problems.append(_p("$.collaboration", "ontbreekt", "is missing"))
    else:
        collab = _entity_from_json(Collaboration, collab_doc, "$.collaboration", problems, with_id=False)
        if collab is not None:
            data.collaboration = collab
    #: kind -> id -> index in the JSON list, for the paths of later problems
    where: dict[str, dict[int, int]] = {kind: {} for kind in PLURALS}
    doc, free_texts = _free_give_take(doc, problems)
    for kind, plural in PLURALS.items():
        items = doc.get(plural, [])
        if not isinstance(items, list):
            problems.append(_p(f"$.{plural}", "moet een lijst zijn", "must be a list"))
            continue
        for i, obj in enumerate(items):
            path = f"$.{plural}[{i}]"
            entity = _entity_from_json(KINDS[kind], obj, path, problems)
            if entity is None:
                continue
            if entity.id in data.entities[kind]:
                problems.append(_p(f"{path}.id", f"nummer {entity.id} komt twee keer voor", f"id {entity.id} occurs twice"))
                continue
            if kind == "party" and isinstance(obj, dict) and "placement" not in obj and "x" not in obj \
                    and "y" not in obj:
                entity.placement = "none"  # an exported list without positions: arranged on the map later
            data.entities[kind][entity.id] = entity
            where[kind][entity.id] = i
            if isinstance(entity, model.Relation) and entity.source_id == entity.target_id and entity.source_id is not None:
                problems.append(_p(f"{path}.target_id", "een relatie verbindt twee verschillende partijen",
                                   "a relation links two different parties"))
    _give_take_from_free_text(data, free_texts, where)
    _check_references(data, where, problems)
    _raci_from_json(doc.get("raci", []), data, problems)
    if problems:
        raise _refused(the, problems)
    return data


_EXPORTED = Msg("kies een JSON-bestand dat Samenwerk heeft geëxporteerd", "choose a JSON file exported by Samenwerk")


def loads(text: str, *, name: str | None = None) -> CollaborationData:
    """Parse and validate JSON text; any text either gives a collaboration or raises ``ImportProblems``."""
    the = _the(name)
    if not text.strip():
        raise errors.ImportProblems([_p("$", "is leeg", "is empty")],
                                    Msg(f"{the.nl} is leeg; {_EXPORTED.nl}.", f"{the.en} is empty; {_EXPORTED.en}."))
    try:
        doc = json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise errors.ImportProblems(
            [_p(f"regel {exc.lineno}, kolom {exc.colno}", f"geen geldige JSON: {exc.msg}", f"not valid JSON: {exc.msg}")],
            Msg(f"{the.nl} is geen geldige JSON (regel {exc.lineno}); {_EXPORTED.nl}, of verbeter de tekst daar.",
                f"{the.en} is not valid JSON (line {exc.lineno}); {_EXPORTED.en}, or correct the text there.")) from None
    except RecursionError:  # the parser's own limit, far deeper than any collaboration
        raise errors.ImportProblems(
            [_p("$", "is te diep genest (lijsten of objecten in elkaar)", "is nested too deeply (lists or objects)")],
            Msg(f"{the.nl} is te diep genest voor een samenwerking; {_EXPORTED.nl}.",
                f"{the.en} is nested too deeply for a collaboration; {_EXPORTED.en}.")) from None
    return from_json(doc, name=name)


def read_file(path: str | os.PathLike) -> CollaborationData:
    """Read and validate a JSON interchange file; every refusal is a ``SamenwerkError`` that names the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise errors.SamenwerkError(Msg(f"Het bestand ‘{path.name}’ bestaat niet.", f"The file ‘{path.name}’ does not exist.")) from None
    except IsADirectoryError:
        raise errors.SamenwerkError(Msg(f"‘{path.name}’ is een map; kies een JSON-bestand.",
                                        f"‘{path.name}’ is a folder; choose a JSON file.")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise errors.SamenwerkError(symlink_loop(path.name)) from None
        raise errors.SamenwerkError(Msg(f"‘{path.name}’ kan niet worden gelezen ({exc.strerror}).",
                                        f"‘{path.name}’ cannot be read ({exc.strerror}).")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        byte = f"{raw[exc.start]:#04x}"
        raise errors.ImportProblems(
            [_p(f"regel {line}", f"byte {byte} is geen UTF-8", f"byte {byte} is not UTF-8")],
            Msg(f"‘{path.name}’ is geen UTF-8-tekst (regel {line}); sla het op als UTF-8 of {_EXPORTED.nl}.",
                f"‘{path.name}’ is not UTF-8 text (line {line}); save it as UTF-8 or {_EXPORTED.en}.")) from None
    return loads(text, name=path.name)


def import_file(json_path: str | os.PathLike, out_path: str | os.PathLike, *, force: bool = False,
                open_project: str | os.PathLike | None = None) -> Path:
    """Validate a JSON file and write it as a new project file, atomically; never overwrites without ``force``."""
    out_path = check_output(out_path, kind="project", force=force, open_project=open_project)  # before reading
    data = read_file(json_path)
    write_new(out_path, data, force=force, open_project=open_project)
    return out_path


# ---------------------------------------------------------------------------
# JSON Schema, generated from the model
# ---------------------------------------------------------------------------


def _field_schema(spec) -> dict:
    meta = spec.meta
    t = spec.type
    if t == "str":
        s: dict = {"type": "string"}
        if meta.get("maxlen"):
            s["maxLength"] = meta["maxlen"]
        if meta.get("choices"):
            s["enum"] = list(meta["choices"])
        if meta.get("fmt") == "date":
            s["anyOf"] = [{"const": ""}, {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}]
        if meta.get("fmt") == "time":
            s["pattern"] = r"^$|^([01]\d|2[0-3]):[0-5]\d$"
        if meta.get("fmt") == "datetime":
            s["pattern"] = r"^$|^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$"
        if meta.get("fmt") == "colour":
            s["pattern"] = model.COLOUR_RE.pattern
        if meta.get("required"):
            s["minLength"] = 1
    elif t == "bool":
        s = {"type": "boolean"}
    elif t in ("int", "float"):
        s = {"type": "integer" if t == "int" else "number"}
        if meta.get("min") is not None:
            s["minimum"] = meta["min"]
        if meta.get("max") is not None:
            s["maximum"] = meta["max"]
    elif t == "ref":
        s = {"type": "integer", "minimum": 1} if meta.get("required") else {"type": ["integer", "null"], "minimum": 1}
    elif t == "str_list":
        s = {"type": "array", "items": {"type": "string"}}
    elif t == "ref_list":
        s = {"type": "array", "items": {"type": "integer", "minimum": 1}, "uniqueItems": True}
    else:  # ref_map
        s = {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["party_id", "state"],
            "properties": {"party_id": {"type": "integer", "minimum": 1},
                           "state": {"enum": list(meta.get("choices") or [])}}}}
    label = meta.get("label")
    if label is not None:
        s["title"] = label.nl
        s["description"] = label.en
    if meta.get("ref"):
        s["x-refers-to"] = meta["ref"]
    if meta.get("private"):
        s["x-private"] = True
    return s


def _object_schema(cls, with_id: bool) -> dict:
    props = {}
    for spec in fields_of(cls):
        if spec.name == "id":
            if with_id:
                props["id"] = {"type": "integer", "minimum": 1}
            continue
        props[spec.name] = _field_schema(spec)
    required = ["id"] if with_id else []
    required += [s.name for s in fields_of(cls) if s.meta.get("required") and s.name != "id"]
    return {"type": "object", "additionalProperties": False, "required": required, "properties": props}


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of format version 1."""
    props: dict = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "collaboration": _object_schema(Collaboration, with_id=False),
    }
    for kind, plural in PLURALS.items():
        props[plural] = {"type": "array", "items": {"$ref": f"#/$defs/{kind}"}}
    props["raci"] = {"type": "array", "items": {
        "type": "object", "additionalProperties": False, "required": ["work_item_id", "party_id", "roles"],
        "properties": {"work_item_id": {"type": "integer", "minimum": 1},
                       "party_id": {"type": "integer", "minimum": 1},
                       "roles": {"type": "string", "pattern": r"^[ARSCIarsci/ ]*$"}}}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://samenwerk.invalid/schema/samenwerk-{FORMAT_VERSION}.json",
        "title": f"Samenwerk collaboration, format version {FORMAT_VERSION}",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "collaboration"],
        "properties": props,
        "$defs": {kind: _object_schema(cls, with_id=True) for kind, cls in KINDS.items()},
    }
