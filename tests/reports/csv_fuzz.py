"""Seeded hostile CSV files for the parties import: the named cases of issue 8 and mutations of real exports."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator

from samenwerk_desktop.core import generate
from samenwerk_desktop.reports import csv_io

BOM = b"\xef\xbb\xbf"


def named_cases() -> list[tuple[str, bytes, str | None]]:
    """(name, file content, the line a refusal must name, or None when the file must import)."""
    long_cell = b"x" * (csv.field_size_limit() + 10)
    return [
        ("stray bytes after a BOM", BOM + b"Naam\r\nA\xe9\xff", "regel 2"),
        ("BOM and comma", BOM + b"Naam,Soort\r\nA,Gemeente\r\n", None),
        ("semicolon without BOM", b"Naam;Invloed\r\nA;3\r\n", None),
        ("Windows-1252 from Excel", "Naam;Soort\r\nCoöperatie één;Bedrijf\r\n".encode("cp1252"), None),
        ("no character in Windows-1252", b"Naam\r\nA\x81B\r\n", "regel 2"),
        ("quoted separators and line breaks", b'Naam;Belangen\r\n"A;B";"een\r\ntwee"\r\n', None),
        ("an unclosed quote", b'Naam;Soort\r\n"A;Gemeente\r\n', None),
        ("a very long line", b"Naam\r\n" + long_cell + b"\r\n", "regel 2"),
        ("a very long header", long_cell + b"\r\nA\r\n", "regel 1"),
        ("a NUL byte", b"Naam\r\nA\x00B\r\n", "regel 2"),
        ("a NUL byte far down", b"Naam\r\n" + b"A\r\n" * 3000 + b"\x00", "regel 3002"),
        ("a binary file", bytes(range(256)) * 4, "regel 1"),
        ("UTF-16 from Excel", "Naam\tSoort\r\nA\tGemeente\r\n".encode("utf-16"), "regel 1"),
        ("an empty file", b"", "regel 1"),
        ("only a BOM", BOM, "regel 1"),
        ("a header only", b"Naam;Soort\r\n", "regel 2"),
        ("a header and empty lines", b"Naam;Soort\r\n;\r\n\r\n", "regel 2"),
        ("a huge number", b"Naam;Invloed\r\nA;" + b"9" * 5000 + b"\r\n", "regel 2"),
        ("stance 99", b"Naam;Standpunt t.o.v. opgave\r\nA;99\r\n", "regel 2"),
        ("an escape sequence as kind", b"Naam;Soort\r\nA;\x1b[31mrood\r\n", "regel 2"),
        ("old Mac line ends", b"Naam;Soort\rA;Gemeente\rB;Provincie\r", None),
    ]


def _export(rng: random.Random) -> bytes:
    """The parties of a generated collaboration as a spreadsheet writes them: either separator, either encoding."""
    data = generate.random_collaboration(rng, rng.randint(1, 4))
    lang = rng.choice(["nl", "en"])
    header, rows = csv_io.rows_for(data, "parties", lang=lang, include_private=rng.random() < 0.5)
    sep = rng.choice([";", ","])
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=sep, lineterminator=rng.choice(["\r\n", "\n"]))
    writer.writerow(header)
    writer.writerows([[csv_io.safe_cell(c) for c in row] for row in rows])
    text = buf.getvalue()
    encoding = rng.choice(["utf-8-sig", "utf-8", "cp1252"])
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8-sig")


def _mangle(rng: random.Random, raw: bytes) -> bytes:
    op = rng.random()
    i = rng.randrange(len(raw) + 1)
    if op < 0.2:
        return raw[:i]
    if op < 0.45:
        return raw[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 4))) + raw[i:]
    if op < 0.55:
        return raw[:i] + rng.choice([b'"', b";", b",", b"\r", b"\n", b"\x00", b"\xe9\xff", b"\x81"]) + raw[i:]
    if op < 0.65:
        return BOM + raw.replace(BOM, b"")[: rng.randint(0, 40)] + bytes([rng.randrange(128, 256)]) + raw[40:]
    if op < 0.75:
        return raw + b"x" * rng.choice([1000, 100_001, csv.field_size_limit() + 1]) + b"\r\n"
    if op < 0.85:
        return rng.randbytes(rng.randint(0, 2000))
    lines = raw.split(b"\n")
    j = rng.randrange(len(lines))
    lines[j] = rng.choice([b"", b";;;;;;;;;;;;;;;;;;;;;;;;;;", b"Naam;Naam", b"A;Kasteel;99;-3", lines[0]])
    return b"\n".join(lines)


def cases(seed: int, n: int) -> Iterator[tuple[str, bytes]]:
    """``n`` (class, file content) pairs: the named cases, then half real exports, half mangled exports."""
    rng = random.Random(seed)
    named = named_cases()
    for i in range(n):
        if i < len(named):
            yield "named", named[i][1]
            continue
        raw = _export(rng)
        if rng.random() < 0.5:
            yield "export", raw
        else:
            yield "mangled", _mangle(rng, raw)
