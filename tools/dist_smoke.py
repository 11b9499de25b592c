"""Smoke test of the built program (`make dist-test`): run the bundle as a user would, headless."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "samenwerk" / ("samenwerk.exe" if os.name == "nt" else "samenwerk")
#: The one-folder build may take this much room unpacked (MB of 10^6 bytes, symbolic links not counted).
SIZE_LIMIT_MB = 150


def _run(*args: str, expect: int = 0, **extra_env: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMENWERK_LANG": "nl", **extra_env}  # Dutch, whatever the locale
    out = subprocess.run([str(EXE), *args], capture_output=True, text=True, env=env, timeout=180)
    print(f"$ samenwerk {' '.join(args)}  -> exit {out.returncode}")
    if out.returncode != expect or "Traceback" in out.stderr:
        print(out.stdout[-3000:], out.stderr[-3000:], sep="\n")
        raise SystemExit(f"dist smoke test failed: samenwerk {' '.join(args)} exited {out.returncode}")
    return out


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path} is not a PNG")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def main() -> int:
    if not EXE.exists():
        raise SystemExit(f"no build at {EXE}; run make dist first")
    for name in ("samenwerk_en.qm", "samenwerk_nl.qm"):  # the compiled translations travel with the build
        if not any(EXE.parent.rglob(name)):
            raise SystemExit(f"dist smoke test failed: {name} is not in the build")
    size_mb = sum(f.lstat().st_size for f in EXE.parent.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    if size_mb > SIZE_LIMIT_MB:
        raise SystemExit(f"dist smoke test failed: the build is {size_mb:.0f} MB, over its limit of {SIZE_LIMIT_MB} MB")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        version = _run("--version").stdout.strip()
        assert version.startswith("samenwerk "), version
        demo = tmp / "demo.samenwerk"
        _run("demo", str(demo))
        check = _run("check", str(demo)).stdout
        assert "in orde" in check and "RACI" in check, check
        _run("export", str(demo), "-o", str(tmp / "demo.json"))
        _run("import", str(tmp / "demo.json"), "-o", str(tmp / "again.samenwerk"))
        _run("check", str(tmp / "not-there.samenwerk"), expect=2)
        # the map's automatic layout: networkx and numpy, loaded lazily, are in the bundle
        arranged = _run("layout", str(tmp / "again.samenwerk")).stdout
        assert "partijen op de kaart geschikt" in arranged, arranged
        pdf = tmp / "rapport.pdf"
        _run("report", str(demo), "-o", str(pdf))
        from pypdf import PdfReader

        reader = PdfReader(str(pdf))
        text = "".join(page.extract_text() or "" for page in reader.pages)
        assert len(reader.pages) >= 3 and "Gemeente Maasoever" in text, (len(reader.pages), text[:300])
        _run("report", str(demo), "--latest-meeting", "-o", str(tmp / "overleg.pdf"))
        # the output rule: an existing report needs --force, the project itself is never written over
        _run("report", str(demo), "--latest-meeting", "-o", str(tmp / "overleg.pdf"), expect=2)
        _run("report", str(demo), "--latest-meeting", "-o", str(tmp / "overleg.pdf"), "--force")
        before = demo.read_bytes()
        _run("csv", str(demo), "--what", "raci", "-o", str(demo), "--force", expect=2)
        _run("export", str(demo), "-o", str(demo), "--force", expect=2)
        assert demo.read_bytes() == before, "a refused output changed the project"
        _run("csv", str(demo), "--what", "raci", "-o", str(tmp / "raci.csv"))
        # the start-up benchmark's two hooks: every panel filled, and the first painted frame
        _run(str(demo), "--quit-when-shown", XDG_CONFIG_HOME=str(tmp / "config"))
        _run(str(demo), SAMENWERK_QUIT_AT_FIRST_PAINT="1", XDG_CONFIG_HOME=str(tmp / "config"))
        shot = tmp / "scherm.png"
        _run(str(demo), "--screenshot", str(shot), "--size", "1280x800")
        assert _png_size(shot) == (1280, 800), _png_size(shot)
        keep = ROOT / "dist" / "smoke-screenshot.png"
        keep.write_bytes(shot.read_bytes())
    print(f"dist smoke test passed: {version}, {len(reader.pages)} report pages, build {size_mb:.0f} MB, "
          f"screenshot kept at {keep.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
