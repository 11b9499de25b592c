"""The window's command line (``samenwerk [FILE]``), its language and its one-line errors: what the start reads first.

Kept apart from cli.py, whose commands import the whole core: the window's start needs none of it
before its first paint. cli.py builds the commands' parser on the same classes.
"""

from __future__ import annotations

import argparse
import os
import re

from samenwerk_desktop import __version__
from samenwerk_desktop.core import i18n
from samenwerk_desktop.core.i18n import tr

COMMANDS = ("demo", "check", "repair", "export", "import", "report", "agenda", "csv", "import-parties", "layout")


class UserError(Exception):
    """A mistake on the command line: one line on stderr, exit code 2."""


#: Environment variables that name the user's language, strongest first (POSIX: the first one set decides).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_from(argv: list[str], environ=None) -> str:
    """The language the command line speaks in: ``--lang`` if given, else the environment's, else Dutch.

    The environment is our own ``SAMENWERK_LANG`` ("nl" or "en"), else the first of LC_ALL, LC_MESSAGES
    and LANG that is set: English when it starts with "en", Dutch for anything else.
    """
    environ = os.environ if environ is None else environ
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg.partition("=")[2] if (
            arg.startswith("--lang=")) else None
        if value in i18n.LANGUAGES:
            return value
    if environ.get("SAMENWERK_LANG") in i18n.LANGUAGES:
        return environ["SAMENWERK_LANG"]
    for name in LOCALE_VARIABLES:
        value = environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


#: argparse's own English error messages and their Dutch (the messages are formatted before we see them).
_ARGPARSE_NL = (
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", r"argument \1: ongeldige keuze \2 (kies uit \3)"),
    (r"argument (\S+): expected one argument", r"argument \1: hier hoort één waarde bij"),
    (r"argument (\S+): not allowed with argument (\S+)", r"argument \1: niet samen met argument \2"),
    (r"argument (\S+): invalid \w+ value: (.*)", r"argument \1: ongeldige waarde \2"),
    (r"one of the arguments (.*) is required", r"een van de argumenten \1 is nodig"),
    (r"ambiguous option: (\S+) could match (.*)", r"dubbelzinnige optie: \1 kan \2 zijn"),
)


def _argparse_message(message: str) -> str:
    """argparse's message in the current language."""
    if i18n.language() == "nl":
        for pattern, dutch in _ARGPARSE_NL:
            if re.fullmatch(pattern, message):
                return re.sub(pattern, dutch, message)
    return message


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with the word "usage" in the current language."""

    def add_usage(self, usage, actions, groups, prefix=None):  # Override HelpFormatter.add_usage
        super().add_usage(usage, actions, groups, tr("gebruik: ", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the current language and whose errors are one line starting with 'samenwerk:'."""

    def __init__(self, *args, **kw):
        kw.setdefault("formatter_class", _Formatter)
        kw["add_help"] = False
        super().__init__(*args, **kw)
        self._positionals.title = tr("argumenten", "positional arguments")
        self._optionals.title = tr("opties", "options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=tr("toon deze hulp en stop", "show this help message and exit"))

    def error(self, message: str):  # Override ArgumentParser.error
        raise UserError(_argparse_message(message))


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None,
                        help=tr("taal van hulp, meldingen en rapporten: nl of en (standaard die van de omgeving: "
                                "LC_ALL, LC_MESSAGES of LANG; anders nl)",
                                "language of help, messages and reports: nl or en (default: the environment's, "
                                "from LC_ALL, LC_MESSAGES or LANG; else nl)"))


def _version_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"samenwerk {__version__}",
                        help=tr("toon het versienummer en stop", "show the version number and exit"))


def _file_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar=tr("BESTAND", "FILE"), help=tr("het projectbestand (.samenwerk)",
                                                                      "the project file (.samenwerk)"))


def _force_arg(parser: argparse.ArgumentParser, *, project: bool) -> None:
    parser.add_argument("--force", action="store_true", help=tr(
        "overschrijf een bestaand project dat nergens open is", "overwrite an existing project that is not open anywhere"
    ) if project else tr("overschrijf een bestaand bestand (nooit een project)",
                         "overwrite an existing file (never a project)"))


#: the views of the room's screen (gui/room/views.py registers one class for each)
ROOM_VIEWS = ("map", "raci", "agreements", "decisions", "dilemmas", "challenge", "agenda", "meeting", "round",
              "movement", "scan", "give_take", "disputes")


def window_parser() -> argparse.ArgumentParser:
    """Arguments of ``samenwerk [FILE]``, the window (help in the current language)."""
    p = _Parser(prog="samenwerk", description=tr(
        "Samenwerk: faciliteren van opgavegericht samenwerken. Commando's zonder venster: {0} "
        "(samenwerk COMMANDO --help).",
        "Samenwerk: facilitating collaboration on a shared challenge. Commands without a window: {0} "
        "(samenwerk COMMAND --help).").format(", ".join(COMMANDS)))
    p.add_argument("file", nargs="?", metavar=tr("BESTAND", "FILE"),
                   help=tr("het .samenwerk-bestand om te openen", "the .samenwerk file to open"))
    p.add_argument("--demo", action="store_true",
                   help=tr("open een verse kopie van het voorbeeldproject", "open a fresh copy of the demo project"))
    _version_arg(p)
    p.add_argument("--screenshot", metavar="OUT.png", help=tr("maak een schermafdruk van het venster en stop",
                                                               "save a screenshot of the window and stop"))
    p.add_argument("--size", metavar=tr("BxH", "WxH"), help=tr(
        "venstergrootte voor --screenshot (1600x1000) of --room-screenshot (1920x1080)",
        "window size for --screenshot (1600x1000) or --room-screenshot (1920x1080)"))
    p.add_argument("--presentation", action="store_true",
                   help=tr("open het zaalscherm (wat de zaal ziet); met --screenshot: de kaart daarop",
                           "open the audience window (what the room sees); with --screenshot: its map"))
    p.add_argument("--room-screenshot", metavar="OUT.png", help=tr(
        "maak een afbeelding van het zaalscherm (wat de zaal ziet) en stop",
        "save an image of the audience window (what the room sees) and stop"))
    p.add_argument("--room-view", default="map", choices=ROOM_VIEWS, metavar=tr("WEERGAVE", "VIEW"), help=tr(
        f"wat de zaal ziet, met --room-screenshot: {', '.join(ROOM_VIEWS)}",
        f"what the room sees, with --room-screenshot: {', '.join(ROOM_VIEWS)}"))
    p.add_argument("--force", action="store_true", help=tr(
        "overschrijf een bestaande afbeelding (met --room-screenshot)",
        "overwrite an existing image (with --room-screenshot)"))
    p.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    _lang_arg(p)
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
