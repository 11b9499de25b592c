"""The build's smaller ICU data (tools/icu_trim.py): which items stay, and a table of contents ICU can read."""

from __future__ import annotations

import struct

import pytest

from tools import icu_trim

#: a data header of 32 bytes: size, magic, then the data info ("CmnD", format 1) and padding
HEADER = (struct.pack("<HBB", 32, 0xDA, 0x27) + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD\x01\x00\x00\x00"
          + b"\x03\x00\x00\x00").ljust(32, b"\0")


def common_data(items: dict[str, bytes]) -> bytes:
    """ICU common data as ICU's own tools write it: header, table of contents, names, items 16-aligned."""
    names = sorted(items)
    table = 4 + 8 * len(names)
    text, name_at = b"", []
    for name in names:
        name_at.append(table + len(text))
        text += name.encode() + b"\0"
    at = table + len(text)
    at += (-(len(HEADER) + at)) % 16
    body, data_at = b"", []
    for name in names:
        data_at.append(at + len(body))
        body += items[name] + b"\0" * ((-len(items[name])) % 16)
    toc = struct.pack("<I", len(names)) + b"".join(struct.pack("<II", n, d) for n, d in zip(name_at, data_at, strict=True))
    toc += text
    toc += b"\0" * ((-(len(HEADER) + len(toc))) % 16)
    return HEADER + toc + body


def items_of(blob: bytes) -> dict[str, bytes]:
    header = struct.unpack_from("<H", blob, 0)[0]
    toc = blob[header:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    assert all((header + d) % 16 == 0 for _, d in entries)  # ICU reads its items aligned
    ends = [d for _, d in entries[1:]] + [len(toc)]
    return {toc[n:toc.index(b"\0", n)].decode(): toc[d:end].rstrip(b"\0") for (n, d), end in zip(entries, ends, strict=True)}


@pytest.mark.parametrize("name, kept", [
    ("icudt73l/nl.res", True),
    ("icudt73l/nl_BE.res", True),
    ("icudt73l/coll/ar.res", True),
    ("icudt73l/curr/en_GB.res", True),
    ("icudt73l/root.res", True),
    ("icudt73l/pool.res", True),
    ("icudt73l/zoneinfo64.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/fr.res", False),
    ("icudt73l/zone/zh_Hant_TW.res", False),
    ("icudt73l/ibm-943_P15A-2003.cnv", False),
    ("icudt73l/brkitr/cjdict.dict", False),
])
def test_only_root_dutch_english_and_arabic_stay(name, kept):
    assert icu_trim.keep(name) is kept


def test_the_trimmed_data_keeps_each_kept_item_unchanged_and_aligned():
    items = {"icudt73l/nl.res": b"nederlands", "icudt73l/fr.res": b"francais" * 5, "icudt73l/pool.res": b"p" * 17,
             "icudt73l/x.cnv": b"codepage"}
    small, before, after = icu_trim.trim(common_data(items))
    assert (before, after) == (4, 2)
    assert items_of(small) == {"icudt73l/nl.res": b"nederlands", "icudt73l/pool.res": b"p" * 17}


def test_what_is_not_ICU_data_is_refused():
    with pytest.raises(ValueError):
        icu_trim.trim(b"\x20\x00PK" + bytes(60))
