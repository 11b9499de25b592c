"""Run all benchmarks and print their figures with the aims (`make bench`)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _quiet_offscreen_notice() -> None:
    """Drop the offscreen platform's harmless propagateSizeHints notice from the figures."""
    try:
        from PySide6.QtCore import qInstallMessageHandler
    except ImportError:
        return

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
    main._handler = handler  # keep a reference for the life of the run


def main(argv: list[str]) -> int:
    import bench

    _quiet_offscreen_notice()

    only = set(argv)
    rows: list[tuple[str, str, float, str, object]] = []
    failed = []
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    for name in names:
        if only and name not in only and name.removeprefix("bench_") not in only:
            continue
        module = importlib.import_module(f"bench.{name}")

        def report(label, value, unit, aim=None, _name=name):
            rows.append((_name, label, float(value), unit, aim))
            aim_text = f"  (aim {aim} {unit})" if aim is not None else ""
            print(f"{_name:14s} {label:60s} {value:10.2f} {unit}{aim_text}", flush=True)

        start = time.perf_counter()
        try:
            module.run(report)
        except Exception:
            failed.append(name)
            traceback.print_exc()
        print(f"{name:14s} done in {time.perf_counter() - start:.1f} s", flush=True)
    missed = [r for r in rows if r[4] is not None and isinstance(r[4], (int, float)) and r[2] > r[4]]
    print()
    print(f"{len(rows)} figures, {len(missed)} above their aim" + (f", failed: {', '.join(failed)}" if failed else ""))
    for r in missed:
        print(f"  above aim: {r[0]} {r[1]}: {r[2]:.2f} {r[3]} (aim {r[4]})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
