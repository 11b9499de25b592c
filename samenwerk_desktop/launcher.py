"""The ``samenwerk`` program: the window, or a command that needs no display."""

from __future__ import annotations

import gc
import os
import sys

from samenwerk_desktop import arguments
from samenwerk_desktop.core import errors, i18n


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``samenwerk`` gui-script and of ``python -m samenwerk_desktop``.

    The start runs without Python's cyclic garbage collector (it allocates the window, the
    panels and the collaboration's objects, nearly all of them for good, and the collector
    scanned them 200-250 times: 50-110 ms on the large collaboration); the window turns it back
    on once every panel is filled (``gui.startup.resume_gc``), and it is on again when this returns.
    What the start froze stays frozen until its document is deleted: at the program's end that
    spares the interpreter's last collection a scan of the whole window.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if was_enabled:
            gc.enable()


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in arguments.COMMANDS:
        gc.enable()  # a command may run long (a report of the large collaboration)
        from samenwerk_desktop import cli  # the commands import the whole core; the window's start needs less

        return cli.run_command(argv)
    i18n.set_language(arguments.language_from(argv))  # the help and the errors below; the window decides its own
    try:
        parser = arguments.window_parser()
        args, extra = parser.parse_known_args(argv)
        if args.lang:
            i18n.set_language(args.lang)
        size = arguments.parse_size(args.size or ("1920x1080" if args.room_screenshot else "1600x1000"))
        if args.demo and args.file:
            raise arguments.UserError(i18n.tr("kies een bestand of --demo, niet allebei", "choose a file or --demo, not both"))
        if args.file and not os.path.exists(args.file):
            raise arguments.UserError(i18n.tr(
                f"‘{args.file}’ is geen bestand en geen commando (commando's: {', '.join(arguments.COMMANDS)})",
                f"‘{args.file}’ is neither a file nor a command (commands: {', '.join(arguments.COMMANDS)})"))
        if extra:
            raise arguments.UserError(i18n.tr(f"onbekende argumenten: {' '.join(extra)}", f"unknown arguments: {' '.join(extra)}"))
        if args.room_screenshot and not (args.demo or args.file):
            raise arguments.UserError(i18n.tr("--room-screenshot heeft een bestand of --demo nodig",
                                        "--room-screenshot needs a file or --demo"))
        if args.room_screenshot:  # the output rule before any window is made
            from samenwerk_desktop.core import storage

            storage.check_output(args.room_screenshot, kind="png", force=args.force, open_project=args.file)
        path = _demo_copy() if args.demo else args.file
    except arguments.UserError as exc:
        print(f"samenwerk: {exc}", file=sys.stderr)
        return 2
    except errors.SamenwerkError as exc:
        print(f"samenwerk: {exc}", file=sys.stderr)
        return 2
    from samenwerk_desktop.gui import app

    lang = args.lang or (os.environ.get("SAMENWERK_LANG") if os.environ.get("SAMENWERK_LANG") in i18n.LANGUAGES else None)
    if args.room_screenshot:
        return app.room_screenshot(path, args.room_screenshot, args.room_view, size, lang=lang, force=args.force)
    code = app.run(path, lang=lang, screenshot=args.screenshot, size=size,
                   presentation=args.presentation, quit_when_shown=args.quit_when_shown)
    # The window is closed and its file released: the program ends. Frozen, the objects it leaves are not
    # scanned once more by the interpreter's last collection (on the large collaboration 130-350 ms -> 20-50 ms).
    gc.freeze()
    return code


def _demo_copy() -> str:
    """A fresh copy of the demo project to open (``--demo``)."""
    from samenwerk_desktop import cli

    return str(cli.fresh_demo_copy())
