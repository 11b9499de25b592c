"""Seeded hostile JSON for the import: the named cases of issue 8 and mutations of the demo and of generated collaborations."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from samenwerk_desktop.core import generate, interchange

DEMO_JSON = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"
DEMO_TEXT = DEMO_JSON.read_text(encoding="utf-8")

#: Values that belong nowhere, or somewhere else: wrong types, out of range, unstorable.
HOSTILE_VALUES = [
    None, True, False, 0, -1, 3, 11, 2**63, 2**64, -(2**63) - 1, 10**30, 1.5, -0.0, 1e308, float("nan"), float("inf"),
    float("-inf"), "", " ", "x", "1", "\ud800", "a\x00b", "a" * 600, "2026-02-30", "#12345", [], [1], [1, 1], ["x"],
    [[1]], [None], {}, {"a": 1}, {"party_id": [1], "state": "ratified"}, {"party_id": 1, "state": "nee"},
    [{"party_id": {"x": 1}, "state": "ratified"}], [{"party_id": 1.0, "state": "ratified"}],
]

#: Values that are valid wherever text may stand.
FRIENDLY_TEXTS = [*generate.HOSTILE, *generate.SENTENCES, "", "Ω" * 40]


def demo_doc() -> dict:
    return json.loads(DEMO_TEXT)


def _edit(change: Callable[[dict], object]) -> bytes:
    doc = demo_doc()
    change(doc)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _set(path: tuple, value) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


def _drop(path: tuple) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return change


def named_cases() -> list[tuple[str, bytes, str]]:
    """(name, file content, the JSON path or line a refusal must name) for every hostile input the issue names."""
    demo = DEMO_TEXT.encode("utf-8")
    return [
        ("nested lists", b"[" * 100_000, "$"),
        ("nested objects", b'{"a":' * 100_000, "$"),
        ("dilemma without its party", _edit(_drop(("dilemmas", 0, "party_id"))), "$.dilemmas[0].party_id"),
        ("relation without its source", _edit(_drop(("relations", 0, "source_id"))), "$.relations[0].source_id"),
        ("relation to a missing party", _edit(_set(("relations", 1, "target_id"), 99)), "$.relations[1].target_id"),
        ("party with a null name", _edit(_set(("parties", 0, "name"), None)), "$.parties[0].name"),
        ("list as an id", _edit(_set(("parties", 0, "id"), [1])), "$.parties[0].id"),
        ("list as a reference", _edit(_set(("agreements", 0, "owner_party_id"), [1])), "$.agreements[0].owner_party_id"),
        ("list as a raci party", _edit(_set(("raci", 0, "party_id"), [1])), "$.raci[0].party_id"),
        ("object as a ratifying party", _edit(_set(("decisions", 0, "ratifications"),
                                                   [{"party_id": {"id": 1}, "state": "ratified"}])),
         "$.decisions[0].ratifications[0].party_id"),
        ("object as a name", _edit(_set(("parties", 0, "name"), {"nl": "Gemeente"})), "$.parties[0].name"),
        ("bool as a stance", _edit(_set(("parties", 3, "stance"), True)), "$.parties[3].stance"),
        ("float as an influence", _edit(_set(("parties", 2, "influence"), 5.5)), "$.parties[2].influence"),
        ("id beyond SQLite", _edit(_set(("parties", 0, "id"), 2**64)), "$.parties[0].id"),
        ("order beyond SQLite", _edit(_set(("parties", 0, "sort_order"), 2**63)), "$.parties[0].sort_order"),
        ("a 5000-digit number", demo.replace(b'"stance": 2', b'"stance": 1' + b"0" * 5000, 1), "$.parties[0].stance"),
        ("NaN as a position", demo.replace(b'"x": ', b'"x": NaN, "y0": ', 1), "$.parties[0].x"),
        ("Infinity as a share", demo.replace(b'"overload_share": 0.5', b'"overload_share": Infinity'),
         "$.collaboration.overload_share"),
        ("lone surrogate", demo.replace(b'"name": "Gemeente Maasoever"', b'"name": "\\ud800"', 1), "$.parties[0].name"),
        ("lone surrogate as a key", demo.replace(b'"format": ', b'"\\udfff": 1, "format": ', 1), '$["\\udfff"]'),
        ("duplicate ids", _edit(_set(("parties", 1, "id"), 1)), "$.parties[1].id"),
        ("string id", _edit(_set(("parties", 0, "id"), "1")), "$.parties[0].id"),
        ("not UTF-8", b'{"format": "samenwerk",\n "x": "\xff"}', "regel 2"),
        ("UTF-16", DEMO_TEXT.encode("utf-16"), "regel 1"),
        ("empty file", b"", "$"),
        ("only spaces", b" \n\t ", "$"),
        ("a number", b"7", "$"),
        ("null", b"null", "$"),
        ("a list", b"[]", "$"),
        ("truncated", demo[: len(demo) // 2], "regel"),
        ("no collaboration", _edit(_drop(("collaboration",))), "$.collaboration"),
        ("format version zero", _edit(_set(("format_version",), 0)), "$.format_version"),
    ]


def _paths(node, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


def _at(doc, path: tuple):
    for key in path:
        doc = doc[key]
    return doc


def _break(rng: random.Random, doc: dict) -> None:
    """One hostile change anywhere in the document."""
    paths = list(_paths(doc))[1:]
    path = rng.choice(paths)
    parent, key = _at(doc, path[:-1]), path[-1]
    op = rng.random()
    if op < 0.6:
        parent[key] = rng.choice(HOSTILE_VALUES)
    elif op < 0.75:
        del parent[key]
    elif op < 0.85 and isinstance(parent, list):
        parent.append(json.loads(json.dumps(parent[key])))  # the same id twice
    elif op < 0.95 and isinstance(parent, dict):
        parent[rng.choice(["extra", "Name", "\ud800", "a\nb", "x" * 200])] = 1
    else:
        parent[key] = json.loads("[" * 60 + "]" * 60)


def _keep_valid(rng: random.Random, doc: dict) -> None:
    """One change that keeps the document valid: other text, another stance, a field left out, an entity less."""
    parties = doc.get("parties") or []
    op = rng.random()
    if parties and op < 0.4:
        party = rng.choice(parties)
        party[rng.choice(["name", "position", "culture", "mandate"])] = rng.choice(FRIENDLY_TEXTS) or "Naam"
        party["stance"] = rng.randint(-2, 2)
    elif parties and op < 0.6:
        party = rng.choice(parties)
        for key in rng.sample(["short_name", "kind", "colour", "interests", "x", "sort_order"], 3):
            party.pop(key, None)  # left out: the default
    elif op < 0.8:
        doc["raci"] = doc.get("raci", [])[: rng.randint(0, len(doc.get("raci", [])))]
    else:
        doc["collaboration"]["title"] = rng.choice(FRIENDLY_TEXTS).strip() or "Titel"


def _mangle(rng: random.Random, raw: bytes) -> bytes:
    """One change to the bytes: truncated, a byte changed or inserted, nested deeper, a huge number, NaN."""
    op = rng.random()
    if op < 0.2:
        return raw[: rng.randint(0, len(raw))]
    if op < 0.4:
        i = rng.randrange(len(raw))
        return raw[:i] + bytes([rng.randrange(256)]) + raw[i + 1:]
    if op < 0.55:
        i = rng.randrange(len(raw))
        return raw[:i] + rng.choice([b"\xff", b"\x00", b"\xc3", b"{", b"]", b",", b'"', b"\\u", b"NaN"]) + raw[i:]
    if op < 0.7:
        depth = rng.choice([10, 500, 5000, 50_000])
        return raw.replace(b'"interests": [', b'"interests": ' + b"[" * depth, 1)
    if op < 0.85:
        return raw.replace(b": 1,", b": " + b"9" * rng.choice([19, 20, 400, 4400]) + b",", 1)
    return raw.replace(b'"stance": ', rng.choice([b'"stance": NaN, "s": ', b'"stance": -Infinity, "s": ',
                                                   b'"stance": 1, "stance": ']), 1)


def _base(rng: random.Random) -> dict:
    if rng.random() < 0.15:
        return demo_doc()
    return interchange.to_json(generate.random_collaboration(rng, rng.randint(0, 4)))


def cases(seed: int, n: int) -> Iterator[tuple[str, bytes]]:
    """``n`` (class, file content) pairs: after the named cases, a quarter each kept valid, broken once or thrice, mangled."""
    rng = random.Random(seed)
    named = named_cases()
    for i in range(n):
        if i < len(named):
            yield "named", named[i][1]
            continue
        doc = _base(rng)
        which = rng.choice(["valid", "broken once", "broken thrice", "bytes"])
        if which == "valid":
            _keep_valid(rng, doc)
        elif which == "broken once":
            _break(rng, doc)
        elif which == "broken thrice":
            for _ in range(3):
                _break(rng, doc)
        raw = json.dumps(doc, ensure_ascii=rng.random() < 0.3, indent=rng.choice([None, 2])).encode("utf-8", "surrogatepass")
        if which == "bytes":
            raw = _mangle(rng, raw)
        elif rng.random() < 0.1:
            raw = b"\xef\xbb\xbf" + raw  # a byte-order mark is allowed
        yield which, raw
