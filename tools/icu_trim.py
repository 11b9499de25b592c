"""A smaller ICU data library for the build: only the locales the app speaks, no legacy converters.

Qt's libQt6Core links ICU, and PySide6 ships ICU's full data library (``libicudata.so.NN``,
32 MB: every locale of the world, every legacy code page, the CJK word dictionaries). Qt
uses ICU only for collation, case mapping and legacy text codecs; its locale data is its
own. This keeps ICU's common data for the root locale and Dutch, English and Arabic (the
app's languages and the one right-to-left script it is tested with), drops the ``.cnv``
code pages (UTF-8/16/32, ASCII and Latin-1 are built into ICU's code, not data) and the
word-break dictionaries, and writes the result as a shared library with the same name and
the same one symbol (``icudtNN_dat``), made with binutils' ``objcopy`` and ``ld``, which
PyInstaller needs on Linux anyway. A locale left out falls back to the root locale, as ICU
does for any locale it has no data for.

The common data format (ICU's ``udata.h``/``ucmndata.h``): a data header, a table of contents
(a count, then per item the offsets of its name and its data, relative to the table), the
names, then the items, each aligned to 16 bytes.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

#: Languages whose data stays, with every regional variant (en_GB, nl_BE, ar_SA, ...).
KEEP_LANGUAGES = frozenset({"nl", "en", "ar"})
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]+)?\.res$")


def keep(name: str) -> bool:
    """Whether the item ``name`` (e.g. "icudt73l/coll/fr.res") stays in the trimmed data."""
    base = name.rsplit("/", 1)[-1]
    if base.endswith(".cnv") or base.endswith(".dict"):
        return False
    match = _LOCALE.match(base)
    return match is None or match.group(1) in KEEP_LANGUAGES


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size in an ICU data library."""
    out = subprocess.run(["nm", "-DS", str(library)], capture_output=True, text=True, check=True).stdout
    name, address, size = next((f[3], int(f[0], 16), int(f[1], 16)) for f in (line.split() for line in out.splitlines())
                               if len(f) == 4 and f[3].startswith("icudt") and f[3].endswith("_dat"))
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[", " ").replace("]", " ").split()
        if len(fields) > 4 and fields[2] == "PROGBITS":
            start, offset, length = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            if start <= address < start + length:
                return name, address - start + offset, size
    raise ValueError(f"{library}: no section holds {name}")


def trim(blob: bytes) -> tuple[bytes, int, int]:
    """The common data ``blob`` with only the items ``keep`` accepts; also the counts before and after."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    toc = memoryview(blob)[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [entries[i + 1][1] for i in range(count - 1)] + [len(toc)]
    names = [bytes(toc[n:toc.obj.index(b"\0", header_size + n) - header_size]) for n, _ in entries]
    kept = [(name, bytes(toc[d:end])) for name, (_, d), end in zip(names, entries, ends, strict=True)
            if keep(name.decode("ascii"))]
    table = 4 + 8 * len(kept)
    name_offsets, text = [], b""
    for name, _ in kept:
        name_offsets.append(table + len(text))
        text += name + b"\0"
    at = table + len(text)
    at += (-(header_size + at)) % 16
    data_offsets, body = [], b""
    for _, item in kept:
        data_offsets.append(at + len(body))
        body += item + b"\0" * ((-len(item)) % 16)
    out = bytearray(blob[:header_size])
    out += struct.pack("<I", len(kept))
    for n, d in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", n, d)
    out += text
    out += b"\0" * ((-len(out)) % 16)
    assert len(out) == header_size + data_offsets[0]
    out += body
    return bytes(out), count, len(kept)


def build(library: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of the ICU data ``library`` into ``out_dir`` (same file name); return its path."""
    symbol, offset, size = _symbol(library)
    blob = library.read_bytes()[offset:offset + size]
    small, before, after = trim(blob)
    out_dir.mkdir(parents=True, exist_ok=True)
    raw = out_dir / f"{symbol}.bin"
    raw.write_bytes(small)
    obj = out_dir / f"{symbol}.o"
    start = "_binary_" + re.sub(r"[^A-Za-z0-9]", "_", raw.name) + "_start"  # objcopy names it by the path given
    subprocess.run(["objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
                    "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                    "--set-section-alignment", ".rodata=16", "--redefine-sym", f"{start}={symbol}",
                    "--strip-symbol", start.replace("_start", "_end"), "--strip-symbol", start.replace("_start", "_size"),
                    raw.name, obj.name], check=True, cwd=out_dir)
    target = out_dir / library.name
    subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", library.name, "-o", str(target), str(obj)],
                   check=True)
    print(f"icu_trim: {library.name} {size / 1e6:.1f} MB, {before} items -> {len(small) / 1e6:.1f} MB, {after} items")
    return target


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
