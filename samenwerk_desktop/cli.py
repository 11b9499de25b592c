"""The command line of Samenwerk: everything that works without a display."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import datetime
from pathlib import Path

from samenwerk_desktop import __version__, paths
from samenwerk_desktop.core import errors, i18n, interchange, raci, storage
from samenwerk_desktop.core.i18n import tr

COMMANDS = ("demo", "check", "repair", "export", "import", "report", "csv", "import-parties")


class UserError(Exception):
    """A mistake on the command line: one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line starting with 'samenwerk:'."""

    def error(self, message: str):  # Override ArgumentParser.error
        raise UserError(message)


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None,
                        help="taal van meldingen en rapporten: nl (standaard) of en")


def window_parser() -> argparse.ArgumentParser:
    """Arguments of ``samenwerk [FILE]``, the window."""
    p = _Parser(prog="samenwerk", description="Samenwerk: faciliteren van opgavegericht samenwerken. "
                "Commando's zonder venster: " + ", ".join(COMMANDS) + " (samenwerk COMMANDO --help).")
    p.add_argument("file", nargs="?", help="het .samenwerk-bestand om te openen")
    p.add_argument("--demo", action="store_true", help="open een verse kopie van het voorbeeldproject")
    p.add_argument("--version", action="version", version=f"samenwerk {__version__}")
    p.add_argument("--screenshot", metavar="OUT.png", help="maak een schermafdruk van het venster en stop")
    p.add_argument("--size", default="1600x1000", metavar="BxH", help="venstergrootte voor --screenshot")
    p.add_argument("--presentation", action="store_true", help="in presentatiemodus (met --screenshot)")
    p.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    _lang_arg(p)
    return p


def command_parser() -> argparse.ArgumentParser:
    """Arguments of the commands that need no window."""
    p = _Parser(prog="samenwerk")
    p.add_argument("--version", action="version", version=f"samenwerk {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("demo", help="schrijf het voorbeeldproject")
    c.add_argument("out", help="doelbestand, bijvoorbeeld voorbeeld.samenwerk")
    c.add_argument("--force", action="store_true", help="overschrijf een bestaand project dat nergens open is")
    _lang_arg(c)

    c = sub.add_parser("check", help="controleer een projectbestand en toon de RACI-bevindingen")
    c.add_argument("file")
    _lang_arg(c)

    c = sub.add_parser("repair", help="schrijf een herstelde kopie van een project dat niet geopend wordt")
    c.add_argument("file")
    c.add_argument("-o", "--output", required=True, metavar="OUT.samenwerk")
    c.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    _lang_arg(c)

    c = sub.add_parser("export", help="exporteer een project als JSON")
    c.add_argument("file")
    c.add_argument("-o", "--output", required=True, metavar="OUT.json")
    c.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand (nooit een project)")
    _lang_arg(c)

    c = sub.add_parser("import", help="maak een projectbestand van JSON")
    c.add_argument("json")
    c.add_argument("-o", "--output", required=True, metavar="OUT.samenwerk")
    c.add_argument("--force", action="store_true", help="overschrijf een bestaand project dat nergens open is")
    _lang_arg(c)

    c = sub.add_parser("report", help="exporteer het samenwerkingsrapport of een overlegverslag als PDF")
    c.add_argument("file")
    c.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    which = c.add_mutually_exclusive_group()
    which.add_argument("--meeting", type=int, metavar="ID", help="verslag van dit overleg (nummer)")
    which.add_argument("--latest-meeting", action="store_true", help="verslag van het laatste overleg")
    c.add_argument("--include-private", action="store_true", help="neem notities van de procesbegeleider op")
    c.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand (nooit een project)")
    _lang_arg(c)

    c = sub.add_parser("csv", help="exporteer als CSV voor Excel of LibreOffice")
    c.add_argument("file")
    c.add_argument("--what", required=True, choices=("raci", "agreements", "decisions", "parties"))
    c.add_argument("-o", "--output", required=True, metavar="OUT.csv")
    c.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand (nooit een project)")
    _lang_arg(c)

    c = sub.add_parser("import-parties", help="voeg partijen toe uit een CSV-bestand")
    c.add_argument("file")
    c.add_argument("csv")
    _lang_arg(c)
    return p


def parse_size(text: str) -> tuple[int, int]:
    """Parse "1600x1000" into (1600, 1000)."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise UserError(tr(f"--size moet er uitzien als 1600x1000, niet ‘{text}’",
                           f"--size must look like 1600x1000, not ‘{text}’")) from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise UserError(tr("--size moet tussen 200 en 8000 pixels liggen", "--size must be between 200 and 8000 pixels"))
    return w, h


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


def demo_json() -> Path:
    """The demo collaboration's JSON file."""
    return paths.resource("demo", "demo.json")


def write_demo(out: str | os.PathLike, *, force: bool = False) -> Path:
    """Write the demo project through the JSON import path."""
    return interchange.import_file(demo_json(), out, force=force)


def user_data_dir() -> Path:
    """Where Samenwerk keeps files it makes for the user (the demo copies)."""
    if sys.platform == "win32":  # pragma: no cover
        base = Path(os.environ.get("APPDATA", Path.home()))
    elif sys.platform == "darwin":  # pragma: no cover
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Samenwerk"


def fresh_demo_copy() -> Path:
    """Write a new copy of the demo project in the user's data folder and return its path."""
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="samenwerk-"))
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M")
    target = folder / f"Voorbeeld {stamp}.samenwerk"
    n = 2
    while target.exists():
        target = folder / f"Voorbeeld {stamp} ({n}).samenwerk"
        n += 1
    return write_demo(target)


def cmd_demo(args) -> int:
    out = write_demo(args.out, force=args.force)
    print(tr(f"Voorbeeldproject geschreven: {out}", f"Demo project written: {out}"))
    return 0


def cmd_check(args) -> int:
    path = Path(args.file)
    try:
        version = storage.inspect_file(path)
        with storage.Project.open(path, read_only=True) as project:
            data = project.load()
    except errors.UnexpectedContentError as exc:  # every problem, each on its own line
        print(f"samenwerk: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    findings = raci.findings_for(data)
    size_kb = path.stat().st_size / 1024
    print(tr(f"{path.name}: in orde (bestandsversie {version}, {size_kb:.0f} kB)",
             f"{path.name}: healthy (file version {version}, {size_kb:.0f} kB)"))
    print(tr(f"Samenwerking: {data.collaboration.title}", f"Collaboration: {data.collaboration.title}"))
    counts = [
        (tr("partijen", "parties"), len(data.entities["party"])),
        (tr("relaties", "relations"), len(data.entities["relation"])),
        (tr("onderdelen", "work items"), len(data.entities["work_item"])),
        (tr("werkafspraken", "agreements"), len(data.entities["agreement"])),
        (tr("besluiten", "decisions"), len(data.entities["decision"])),
        (tr("dilemma's", "dilemmas"), len(data.entities["dilemma"])),
        (tr("overleggen", "meetings"), len(data.entities["meeting"])),
    ]
    print(", ".join(f"{n} {label}" for label, n in counts))
    if findings:
        print(tr(f"RACI-bevindingen ({len(findings)}):", f"RACI findings ({len(findings)}):"))
        for f in findings:
            mark = "!" if f.severity == "error" else "-"
            print(f"  {mark} {f.message}")
    else:
        print(tr("Geen RACI-bevindingen.", "No RACI findings."))
    return 0


def cmd_repair(args) -> int:
    source = Path(args.file)
    changes = storage.repair_file(source, args.output, force=args.force)
    for change in changes:
        print(f"  - {change}")
    print(tr(f"Herstelde kopie geschreven: {args.output} ({len(changes)} wijziging(en)); ‘{source.name}’ zelf is "
             f"niet veranderd.",
             f"Repaired copy written: {args.output} ({len(changes)} change(s)); ‘{source.name}’ itself was not changed."))
    return 0


def cmd_export(args) -> int:
    storage.check_output(args.output, kind="json", force=args.force, open_project=args.file)  # before any work
    with storage.Project.open(args.file, read_only=True) as project:
        out = interchange.export_file(project, args.output, force=args.force)
    print(tr(f"Geëxporteerd naar {out}", f"Exported to {out}"))
    return 0


def cmd_import(args) -> int:
    out = interchange.import_file(args.json, args.output, force=args.force)
    print(tr(f"Projectbestand geschreven: {out}", f"Project file written: {out}"))
    return 0


def cmd_report(args) -> int:
    from samenwerk_desktop.reports import pdf

    storage.check_output(args.output, kind="pdf", force=args.force, open_project=args.file)  # before any work
    with storage.Project.open(args.file, read_only=True) as project:
        data = project.load()
    lang = i18n.language()
    meeting_id = args.meeting
    if args.latest_meeting:
        meetings = data.meetings
        if not meetings:
            raise UserError(tr("dit project heeft nog geen overleggen", "this project has no meetings yet"))
        meeting_id = meetings[-1].id
    if meeting_id is not None:
        if meeting_id not in data.entities["meeting"]:
            raise UserError(tr(f"er is geen overleg met nummer {meeting_id}", f"there is no meeting number {meeting_id}"))
    kw = dict(lang=lang, include_private=args.include_private, force=args.force, open_project=args.file)
    if meeting_id is not None:
        pages = pdf.meeting_report(data, meeting_id, args.output, **kw)
    else:
        pages = pdf.collaboration_report(data, args.output, **kw)
    print(tr(f"Rapport geschreven: {args.output} ({pages} pagina's)", f"Report written: {args.output} ({pages} pages)"))
    return 0


def cmd_csv(args) -> int:
    from samenwerk_desktop.reports import csv_io

    storage.check_output(args.output, kind="csv", force=args.force, open_project=args.file)  # before any work
    with storage.Project.open(args.file, read_only=True) as project:
        data = project.load()
    csv_io.export_csv(data, args.what, args.output, lang=i18n.language(), force=args.force, open_project=args.file)
    print(tr(f"CSV geschreven: {args.output}", f"CSV written: {args.output}"))
    return 0


def cmd_import_parties(args) -> int:
    from samenwerk_desktop.reports import csv_io

    parties = csv_io.import_parties_csv(args.csv, lang=i18n.language())
    with storage.Project.open(args.file) as project:
        csv_io.add_parties(project, parties)
    print(tr(f"{len(parties)} partijen toegevoegd.", f"{len(parties)} parties added."))
    return 0


HANDLERS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "repair": cmd_repair,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
    "csv": cmd_csv,
    "import-parties": cmd_import_parties,
}


def _print_problems(exc: errors.SamenwerkError) -> None:
    problems = getattr(exc, "problems", None) or []
    for problem in problems[:200]:
        _say(f"  {problem}")
    if len(problems) > 200:
        _say(tr(f"  … en nog {len(problems) - 200}", f"  … and {len(problems) - 200} more"))


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at devnull so the interpreter's final flush has nowhere to fail.

    See the note on SIGPIPE in the Python documentation of the ``signal`` module.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _say(line: str) -> None:
    """One line on stderr; a closed stderr is not an error of its own."""
    try:
        print(line, file=sys.stderr)
    except (BrokenPipeError, ValueError):
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())


def run_command(argv: list[str]) -> int:
    """Run one of COMMANDS; user errors become one line on stderr and exit code 2.

    A reader that stops early (``samenwerk check f | head -1``) ends the command quietly with exit code 1.
    """
    try:
        try:
            args = command_parser().parse_args(argv)
            if args.lang:
                i18n.set_language(args.lang)
            code = HANDLERS[args.command](args)
            sys.stdout.flush()  # here, not at exit, so that a closed pipe is seen by the handler below
            return code
        except UserError as exc:
            _say(f"samenwerk: {exc}")
            return 2
        except errors.SamenwerkError as exc:
            _say(f"samenwerk: {exc}")
            _print_problems(exc)
            return 2
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except KeyboardInterrupt:
        _say(tr("samenwerk: afgebroken", "samenwerk: interrupted"))
        return 130
    except Exception as exc:  # the last line of defence: never a traceback
        _say(tr(f"samenwerk: onverwachte fout: {type(exc).__name__}: {exc}",
                f"samenwerk: unexpected error: {type(exc).__name__}: {exc}"))
        return 1
