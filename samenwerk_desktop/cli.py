"""The command line of Samenwerk: everything that works without a display."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from datetime import datetime
from pathlib import Path

from samenwerk_desktop import paths
from samenwerk_desktop.arguments import (  # noqa: F401 - the window's arguments, also reached as cli.X
    COMMANDS,
    LOCALE_VARIABLES,
    ROOM_VIEWS,
    UserError,
    _file_arg,
    _force_arg,
    _lang_arg,
    _Parser,
    _version_arg,
    language_from,
    parse_size,
    window_parser,
)
from samenwerk_desktop.core import audience, errors, i18n, interchange, raci, storage
from samenwerk_desktop.core.i18n import tr


def command_parser() -> argparse.ArgumentParser:
    """Arguments of the commands that need no window (help in the current language)."""
    p = _Parser(prog="samenwerk")
    _version_arg(p)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar=tr("COMMANDO", "COMMAND"))

    c = sub.add_parser("demo", help=tr("schrijf het voorbeeldproject", "write the demo project"))
    c.add_argument("out", metavar=tr("DOEL", "OUT"), help=tr("doelbestand, bijvoorbeeld voorbeeld.samenwerk",
                                                            "the file to write, for example demo.samenwerk"))
    _force_arg(c, project=True)
    _lang_arg(c)

    c = sub.add_parser("check", help=tr("controleer een projectbestand en toon de RACI-bevindingen",
                                        "check a project file and show the RACI findings"))
    _file_arg(c)
    _lang_arg(c)

    c = sub.add_parser("repair", help=tr("schrijf een herstelde kopie van een project dat niet geopend wordt",
                                         "write a repaired copy of a project that does not open"))
    _file_arg(c)
    c.add_argument("-o", "--output", required=True, metavar="OUT.samenwerk",
                   help=tr("waar de herstelde kopie komt", "where the repaired copy goes"))
    c.add_argument("--force", action="store_true", help=tr("overschrijf een bestaand bestand",
                                                           "overwrite an existing file"))
    _lang_arg(c)

    c = sub.add_parser("export", help=tr("exporteer een project als JSON", "export a project as JSON"))
    _file_arg(c)
    c.add_argument("-o", "--output", required=True, metavar="OUT.json", help=tr("het JSON-bestand", "the JSON file"))
    _force_arg(c, project=False)
    _lang_arg(c)

    c = sub.add_parser("import", help=tr("maak een projectbestand van JSON", "make a project file from JSON"))
    c.add_argument("json", metavar="JSON", help=tr("het JSON-bestand", "the JSON file"))
    c.add_argument("-o", "--output", required=True, metavar="OUT.samenwerk",
                   help=tr("het nieuwe projectbestand", "the new project file"))
    _force_arg(c, project=True)
    _lang_arg(c)

    c = sub.add_parser("report", help=tr("exporteer het samenwerkingsrapport of een overlegverslag als PDF",
                                         "export the collaboration report or a meeting report as PDF"))
    _file_arg(c)
    c.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=tr("het PDF-bestand", "the PDF file"))
    which = c.add_mutually_exclusive_group()
    which.add_argument("--meeting", type=int, metavar="ID", help=tr("verslag van dit overleg (nummer)",
                                                                   "the report of this meeting (number)"))
    which.add_argument("--latest-meeting", action="store_true", help=tr("verslag van het laatste overleg",
                                                                        "the report of the latest meeting"))
    which.add_argument("--for-party", metavar="NAAM", help=tr(
        "rapport voor één partij (naam of afkorting): wat die partij mag zien",
        "the report for one party (name or short name): what that party may see"))
    c.add_argument("--include-private", action="store_true", help=tr("neem notities van de procesbegeleider op",
                                                                     "include the facilitator's private notes"))
    _force_arg(c, project=False)
    _lang_arg(c)

    c = sub.add_parser("agenda", help=tr("de agenda van een overleg als PDF van één pagina, voor bij de uitnodiging",
                                         "a meeting's agenda as a one-page PDF to send with the invitation"))
    _file_arg(c)
    c.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=tr("het PDF-bestand", "the PDF file"))
    c.add_argument("--meeting", type=int, metavar="ID", help=tr(
        "dit overleg (nummer); anders het eerstvolgende dat nog niet is afgesloten",
        "this meeting (number); else the first one that is not closed"))
    _force_arg(c, project=False)
    _lang_arg(c)

    c = sub.add_parser("csv", help=tr("exporteer als CSV voor Excel of LibreOffice",
                                      "export as CSV for Excel or LibreOffice"))
    _file_arg(c)
    c.add_argument("--what", required=True, choices=("raci", "agreements", "decisions", "parties", "disputes", "give_take"),
                   help=tr("welke tabel", "which table"))
    c.add_argument("-o", "--output", required=True, metavar="OUT.csv", help=tr("het CSV-bestand", "the CSV file"))
    _force_arg(c, project=False)
    _lang_arg(c)

    c = sub.add_parser("import-parties", help=tr("voeg partijen toe uit een CSV-bestand",
                                                 "add parties from a CSV file"))
    _file_arg(c)
    c.add_argument("csv", metavar="CSV", help=tr("het CSV-bestand met partijen", "the CSV file of parties"))
    _lang_arg(c)

    c = sub.add_parser("layout", help=tr("schik de netwerkkaart automatisch (Kaart schikken)",
                                         "arrange the network map automatically"))
    _file_arg(c)
    c.add_argument("--only-unplaced", action="store_true", help=tr("alleen partijen die nog geen plek hebben",
                                                                   "only parties without a position yet"))
    _lang_arg(c)
    return p


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


#: demo copies older than this are removed when the next one is made
DEMO_KEEP_DAYS = 7
#: the names fresh_demo_copy gives its copies (nothing else in the folder is ever removed)
DEMO_PATTERN = "Voorbeeld *.samenwerk"


def remove_old_demo_copies(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the demo copies in ``folder`` not changed for a week; the removed paths.

    Only our own names ("Voorbeeld <date> <time>.samenwerk"), only regular files, never one held
    open by a Samenwerk window; a copy that cannot be removed is left for next time.
    """
    from samenwerk_desktop.core.storage.safefile import Lock

    limit = (time.time() if now is None else now) - DEMO_KEEP_DAYS * 86400
    removed = []
    for path in sorted(folder.glob(DEMO_PATTERN)):
        try:
            if path.is_symlink() or not path.is_file() or path.stat().st_mtime >= limit:
                continue
            lock = Lock(path)
            if not lock.acquire():
                continue  # open in a window now
            lock.release()
            path.unlink()
            for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")):
                extra.unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(path)
    return removed


def fresh_demo_copy() -> Path:
    """Write a new copy of the demo project in the user's data folder and return its path.

    The copies of earlier demos that nobody opened for a week are removed first.
    """
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_old_demo_copies(folder)
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
        with storage.Project.open(path, read_only=True) as project:  # Project.open checks the file once
            version = project.opened_version
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


def cmd_agenda(args) -> int:
    from samenwerk_desktop.reports.agenda_pdf import agenda_pdf

    storage.check_output(args.output, kind="pdf", force=args.force, open_project=args.file)  # before any work
    with storage.Project.open(args.file, read_only=True) as project:
        data = project.load()
    meeting_id = args.meeting
    if meeting_id is None:
        coming = [m for m in data.meetings if m.status != "closed"] or data.meetings
        if not coming:
            raise UserError(tr("dit project heeft nog geen overleggen", "this project has no meetings yet"))
        meeting_id = coming[0].id
    if meeting_id not in data.entities["meeting"]:
        raise UserError(tr(f"er is geen overleg met nummer {meeting_id}", f"there is no meeting number {meeting_id}"))
    pages = agenda_pdf(data, meeting_id, args.output, lang=i18n.language(), force=args.force, open_project=args.file)
    print(written(tr("Agenda geschreven", "Agenda written"), args.output, pages))
    return 0


def written(what: str, output, pages: int) -> str:
    """The line after a PDF is written: ``Rapport geschreven: x.pdf (1 pagina)``, with the page count's own word."""
    count = tr(f"{pages} pagina", f"{pages} page") if pages == 1 else tr(f"{pages} pagina's", f"{pages} pages")
    return f"{what}: {output} ({count})"


def _party_report(args, data, lang: str) -> int:
    """``report --for-party``: the party's own report, from what that party may see (never private notes)."""
    from samenwerk_desktop.reports import party_report

    if args.include_private:
        raise UserError(tr("een rapport voor één partij bevat nooit notities van de procesbegeleider; "
                           "laat --include-private weg",
                           "a report for one party never holds the facilitator's notes; leave out --include-private"))
    party_id = party_report.find_party(data, args.for_party)
    if party_id is None:
        names = ", ".join(p.name for p in data.parties) or "—"
        raise UserError(tr(f"{Path(args.file).name} heeft geen partij ‘{args.for_party}’; kies een van: {names}",
                           f"{Path(args.file).name} has no party ‘{args.for_party}’; choose one of: {names}"))
    pages = party_report.party_report(data, party_id, args.output, lang=lang, force=args.force,
                                      open_project=args.file)
    print(written(tr("Rapport geschreven", "Report written"), args.output, pages))
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
    if args.for_party is not None:
        return _party_report(args, data, lang)
    data = audience.output_data(data, args.include_private)  # the room's projection unless asked
    kw = dict(lang=lang, include_private=args.include_private, force=args.force, open_project=args.file)
    if meeting_id is not None:
        pages = pdf.meeting_report(data, meeting_id, args.output, **kw)
    else:
        pages = pdf.collaboration_report(data, args.output, **kw)
    print(written(tr("Rapport geschreven", "Report written"), args.output, pages))
    return 0


def cmd_csv(args) -> int:
    from samenwerk_desktop.reports import csv_io

    storage.check_output(args.output, kind="csv", force=args.force, open_project=args.file)  # before any work
    with storage.Project.open(args.file, read_only=True) as project:
        data = audience.output_data(project.load(), False)  # no private field in a CSV
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


def cmd_layout(args) -> int:
    from samenwerk_desktop.core import autolayout

    with storage.Project.open(args.file) as project:
        changes = autolayout.layout_changes(project.load(), only_unplaced=args.only_unplaced)
        if changes:
            project.update_many("party", changes)
    print(tr(f"{len(changes)} partijen op de kaart geschikt.", f"{len(changes)} parties arranged on the map."))
    return 0


HANDLERS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "repair": cmd_repair,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
    "agenda": cmd_agenda,
    "csv": cmd_csv,
    "import-parties": cmd_import_parties,
    "layout": cmd_layout,
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
    i18n.set_language(language_from(argv))  # before the parser: its help speaks this language too
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
