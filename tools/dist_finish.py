"""After PyInstaller: add the Linux desktop integration (launcher, icons, MIME type) to the build."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "dist" / "samenwerk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icons(svg: Path, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(svg))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "icons" / f"{size}x{size}"
        target.mkdir(parents=True, exist_ok=True)
        image.save(str(target / "samenwerk.png"))


def main() -> int:
    share = BUILD / "share"
    share.mkdir(parents=True, exist_ok=True)
    linux = ROOT / "packaging" / "linux"
    for name in ("samenwerk.desktop", "samenwerk-mime.xml"):
        shutil.copy2(linux / name, share / name)
    shutil.copy2(linux / "install.sh", BUILD / "install.sh")
    svg = ROOT / "resources" / "icons" / "samenwerk.svg"
    (share / "icons").mkdir(exist_ok=True)
    shutil.copy2(svg, share / "icons" / "samenwerk.svg")
    render_icons(svg, share)
    size_mb = sum(f.lstat().st_size for f in BUILD.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(f"build ready: {BUILD.relative_to(ROOT)} ({size_mb:.0f} MB unpacked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
