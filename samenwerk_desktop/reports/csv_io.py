"""CSV for spreadsheets: export the RACI matrix, agreements, decisions, parties, disputes, needs and offers; import parties.

The files open correctly in Excel and LibreOffice with a Dutch locale:
UTF-8 with a byte-order mark, ``;`` as separator, CRLF line ends, Dutch
headers by default (English with ``lang="en"``).

Formula injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return would be run as a formula by a spreadsheet, so it is
written with a leading apostrophe (``'=SUM(A1)``). Plain numbers such as
``-2`` are written as they are. The import removes such an apostrophe again,
so an export followed by an import gives back the same text.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
from collections.abc import Iterable
from datetime import date

from samenwerk_desktop.core import audience, disputes, give_take, model
from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.errors import ImportProblems, SamenwerkError
from samenwerk_desktop.core.i18n import Msg, shown, symlink_loop
from samenwerk_desktop.core.model import (
    AGREEMENT_STATUSES,
    DECISION_OUTCOMES,
    DECISION_RULES,
    PARTY_KINDS,
    RATIFICATION_STATES,
    Party,
    format_roles,
)
from samenwerk_desktop.core.storage import Change, Project, atomic_target, check_output

__all__ = ["WHAT", "export_csv", "export_raci", "export_agreements", "export_decisions", "export_parties",
           "rows_for", "import_parties_csv", "parse_parties", "add_parties", "PARTY_COLUMNS", "safe_cell"]

DELIMITER = ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")

#: What can be exported, with the Dutch and English names.
WHAT: dict[str, Msg] = {
    "raci": Msg("RACI-matrix", "RACI matrix"),
    "agreements": Msg("Werkafspraken", "Agreements"),
    "decisions": Msg("Besluiten", "Decisions"),
    "parties": Msg("Partijen", "Parties"),
    "disputes": Msg("Geschillen", "Disputes"),
    "give_take": Msg("Behoeften en aanbod", "Needs and offers"),
}


def safe_cell(value: object) -> str:
    """A cell value that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int | float):
        return str(value)
    text = str(value).replace("\x00", "")
    if text.startswith(FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


def _unguard(text: str) -> str:
    """Undo ``safe_cell``: drop the apostrophe put before a formula character."""
    if len(text) >= 2 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _write(path, header: list[str], rows: Iterable[list], *, force: bool = False,
           open_project: str | os.PathLike | None = None) -> None:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    with atomic_target(path, kind="csv", force=force, open_project=open_project, suffix=".csv.tmp") as tmp, \
             open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


def _l(msg: Msg, lang: str) -> str:
    return msg.text(lang)


def _label(cls, field: str, lang: str) -> str:
    return model.field_spec(cls, field).meta["label"].text(lang)


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def rows_for(data: CollaborationData, what: str, *, lang: str = "nl", include_private: bool = False,
             today: date | None = None) -> tuple[list[str], list[list]]:
    """The header and rows of one export (before formula guarding)."""
    if what == "raci":
        parties = data.parties
        groups = {g.id: g.name for g in data.working_groups}
        header = [_label(model.WorkItem, "title", lang), _label(model.WorkItem, "working_group_id", lang),
                  *[p.name for p in parties]]
        rows = [[w.title, groups.get(w.working_group_id, ""), *[format_roles(data.roles(w.id, p.id)) for p in parties]]
                for w in data.work_items]
        return header, rows
    if what == "agreements":
        A = model.Agreement
        header = [Msg("Nr.", "No.").text(lang), _label(A, "text", lang), _label(A, "category", lang),
                  _label(A, "owner_party_id", lang), _label(A, "party_ids", lang), _label(A, "status", lang),
                  _label(A, "review_date", lang), Msg("Verlopen", "Overdue").text(lang),
                  _label(A, "meeting_id", lang), _label(A, "work_item_id", lang)]
        rows = []
        for a in data.agreements:
            meeting = data.get("meeting", a.meeting_id)
            item = data.get("work_item", a.work_item_id)
            rows.append([a.id, a.text, a.category, data.party_name(a.owner_party_id),
                         ", ".join(data.party_name(i) for i in a.party_ids),
                         _l(AGREEMENT_STATUSES[a.status], lang), a.review_date,
                         a.overdue(today), f"{meeting.date} {meeting.title}" if meeting else "",
                         item.title if item else ""])
        return header, rows
    if what == "decisions":
        D = model.Decision
        header = [Msg("Nr.", "No.").text(lang), _label(D, "title", lang), _label(D, "text", lang),
                  _label(D, "date", lang), _label(D, "rule", lang), _label(D, "outcome", lang),
                  _label(D, "meeting_id", lang), _label(D, "ratifications", lang)]
        rows = []
        for d in data.decisions:
            meeting = data.get("meeting", d.meeting_id)
            ratif = "; ".join(f"{data.party_name(p)}: {_l(RATIFICATION_STATES[s], lang)}"
                              for p, s in d.ratifications.items() if data.get("party", p))
            rows.append([d.id, d.title, d.text, d.date, _l(DECISION_RULES[d.rule], lang),
                         _l(DECISION_OUTCOMES[d.outcome], lang), f"{meeting.date} {meeting.title}" if meeting else "",
                         ratif])
        return header, rows
    if what in ("disputes", "give_take"):
        return _give_take_or_disputes(audience.project(data, audience.for_output(include_private)), what, lang)
    if what == "parties":
        cols = [c for c in PARTY_COLUMNS if include_private or c != "private_note"]
        header = [column_header(c, lang) for c in cols]
        rows = []
        for p in data.parties:
            row = []
            for c in cols:
                value = getattr(p, c)
                if c == "kind":
                    value = _l(PARTY_KINDS.get(value, PARTY_KINDS["other"]), lang)
                elif c == "interests":
                    value = "\n".join(value)
                elif c == "must_consult_board":
                    value = ("yes" if value else "no") if lang == "en" else ("ja" if value else "nee")
                row.append(value)
            rows.append(row)
        return header, rows
    raise SamenwerkError(Msg(f"Onbekende export ‘{what}’; kies uit {', '.join(WHAT)}.",
                             f"Unknown export ‘{what}’; choose from {', '.join(WHAT)}."))


def _give_take_or_disputes(data: CollaborationData, what: str, lang: str) -> tuple[list[str], list[list]]:
    """The disputes an audience may see (with the steps taken), or every need and offer with its state."""
    if what == "disputes":
        D = model.Dispute
        header = [Msg("Nr.", "No.").text(lang), _label(D, "subject", lang), _label(D, "party_ids", lang),
                  _label(D, "since", lang), _label(D, "step", lang), _label(D, "status", lang),
                  _label(D, "resolution", lang), _label(D, "visibility", lang),
                  Msg("Genomen stappen", "Steps taken").text(lang)]
        rows = []
        for d in data.all("dispute"):
            taken = "\n".join(f"{s.date} {disputes.step_name(data, s.step, lang)}: {s.what} — {s.outcome}"
                               for s in disputes.steps_of(data, d.id))
            rows.append([d.id, d.subject, ", ".join(data.party_name(p) for p in d.party_ids), d.since,
                         disputes.step_name(data, d.step, lang), _l(model.DISPUTE_STATUSES[d.status], lang),
                         d.resolution, _l(model.DISPUTE_VISIBILITY[d.visibility], lang), taken])
        return header, rows
    G = model.GiveTake
    states = {"offered": Msg("Aangeboden", "Offered"), "promised": Msg("Toegezegd in werkafspraak", "Promised"),
              "open": Msg("Open", "Open")}
    header = [_label(G, "party_id", lang), _label(G, "kind", lang), _label(G, "text", lang),
              _label(G, "other_party_id", lang), _label(G, "work_item_id", lang), _label(G, "agreement_id", lang),
              Msg("Stand", "State").text(lang)]
    rows = []
    offers = give_take.offers_by_party(data)
    for g in data.all("give_take"):
        work_item, agreement = data.get("work_item", g.work_item_id), data.get("agreement", g.agreement_id)
        state = _l(states[give_take.state_of(data, g, offers)], lang) if g.kind == "need" else ""
        rows.append([data.party_name(g.party_id), _l(model.GIVE_TAKE_KINDS[g.kind], lang), g.text,
                     data.party_name(g.other_party_id), work_item.title if work_item else "",
                     agreement.text if agreement else "", state])
    return header, rows


def export_csv(data: CollaborationData, what: str, path: str | os.PathLike, *, lang: str = "nl",
               include_private: bool = False, today: date | None = None, force: bool = False,
               open_project: str | os.PathLike | None = None) -> int:
    """Write one CSV export (``what`` is raci, agreements, decisions or parties); the number of rows.

    The output rule applies: an existing file needs ``force``; ``open_project``, a file open in a
    Samenwerk window and any project file are never written over.
    """
    lang = "en" if lang == "en" else "nl"
    check_output(path, kind="csv", force=force, open_project=open_project)
    header, rows = rows_for(data, what, lang=lang, include_private=include_private, today=today)
    _write(path, header, rows, force=force, open_project=open_project)
    return len(rows)


def export_raci(data, path, *, lang="nl", force=False, open_project=None) -> int:
    return export_csv(data, "raci", path, lang=lang, force=force, open_project=open_project)


def export_agreements(data, path, *, lang="nl", today=None, force=False, open_project=None) -> int:
    return export_csv(data, "agreements", path, lang=lang, today=today, force=force, open_project=open_project)


def export_decisions(data, path, *, lang="nl", force=False, open_project=None) -> int:
    return export_csv(data, "decisions", path, lang=lang, force=force, open_project=open_project)


def export_parties(data, path, *, lang="nl", include_private=False, force=False, open_project=None) -> int:
    return export_csv(data, "parties", path, lang=lang, include_private=include_private, force=force, open_project=open_project)


# ---------------------------------------------------------------------------
# Import of parties
# ---------------------------------------------------------------------------

#: The columns of a parties CSV, in export order (see docs/csv.md).
PARTY_COLUMNS = ("name", "short_name", "kind", "stance", "influence", "involvement", "position", "interests",
                 "culture", "experience", "beliefs", "mandate", "must_consult_board",
                 "colour", "private_note")

_EXTRA_HEADERS = {
    "stance": ("Standpunt (-2 tot 2)", "Stance (-2 to 2)"),
}


def column_header(field: str, lang: str) -> str:
    """The header of a parties column in a language."""
    return model.field_spec(Party, field).meta["label"].text(lang)


def _header_map() -> dict[str, str]:
    """Every accepted header (Dutch label, English label, field name), case-folded -> field name."""
    out = {}
    for f in PARTY_COLUMNS:
        label = model.field_spec(Party, f).meta["label"]
        for name in (label.nl, label.en, f, *_EXTRA_HEADERS.get(f, ())):
            out[name.strip().casefold()] = f
    return out


_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0", ""}


def _kind_map() -> dict[str, str]:
    out = {}
    for code, msg in PARTY_KINDS.items():
        for name in (code, msg.nl, msg.en):
            out[name.casefold()] = code
    return out


def _stance_map() -> dict[str, int]:
    out = {}
    for value, msg in model.STANCES.items():
        out[msg.nl.casefold()] = value
        out[msg.en.casefold()] = value
    return out


_UTF8_BOM = b"\xef\xbb\xbf"
_SAVE_AS = Msg("sla het in Excel of LibreOffice op als ‘CSV UTF-8’ en probeer het opnieuw",
               "save it from Excel or LibreOffice as ‘CSV UTF-8’ and try again")


def _line_of(raw: bytes, offset: int) -> int:
    """The physical line (from 1) of a byte offset."""
    return raw[:offset].count(b"\n") + 1


def _refusal(lang: str, line: int, problem: Msg, sentence: Msg) -> ImportProblems:
    return ImportProblems([model.Problem(Msg(f"regel {line}", f"line {line}").text(lang), problem)], sentence)


def _decode(raw: bytes, name: str, lang: str) -> str:
    """The text of a CSV file: UTF-8 (with or without a byte-order mark), else Windows-1252.

    Raises ImportProblems naming the line for bytes that are text in neither, and for
    a file that starts with a UTF-8 byte-order mark but is not UTF-8 after it.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refusal(lang, 1, Msg("is UTF-16 (Unicode-tekst), geen CSV UTF-8", "is UTF-16 (Unicode text), not CSV UTF-8"),
                       Msg(f"‘{name}’ is opgeslagen als UTF-16; {_SAVE_AS.nl}.", f"‘{name}’ is saved as UTF-16; {_SAVE_AS.en}."))
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = _line_of(raw, nul)
        raise _refusal(lang, line, Msg("bevat een nul-byte", "contains a NUL byte"),
                       Msg(f"‘{name}’ is geen CSV-tekstbestand (nul-byte op regel {line}); {_SAVE_AS.nl}.",
                           f"‘{name}’ is not a CSV text file (NUL byte on line {line}); {_SAVE_AS.en}."))
    if raw.startswith(_UTF8_BOM):
        try:
            return raw[len(_UTF8_BOM):].decode("utf-8")
        except UnicodeDecodeError as exc:
            offset = exc.start + len(_UTF8_BOM)
            line, byte = _line_of(raw, offset), f"{raw[offset]:#04x}"
            raise _refusal(lang, line, Msg(f"byte {byte} is geen UTF-8", f"byte {byte} is not UTF-8"), Msg(
                f"‘{name}’ begint als UTF-8 maar regel {line} is geen UTF-8; {_SAVE_AS.nl}.",
                f"‘{name}’ starts as UTF-8 but line {line} is not UTF-8; {_SAVE_AS.en}.")) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # a "CSV (gescheiden door lijstscheidingsteken)" from Dutch Excel
    except UnicodeDecodeError as exc:  # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are no Windows-1252 characters
        line, byte = _line_of(raw, exc.start), f"{raw[exc.start]:#04x}"
        raise _refusal(lang, line, Msg(f"byte {byte} is geen teken in UTF-8 of Windows-1252",
                                       f"byte {byte} is no character in UTF-8 or Windows-1252"), Msg(
            f"‘{name}’ is geen tekst in UTF-8 of Windows-1252 (regel {line}); {_SAVE_AS.nl}.",
            f"‘{name}’ is not text in UTF-8 or Windows-1252 (line {line}); {_SAVE_AS.en}.")) from None


def _sniff(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


_WHOLE = re.compile(r"[+-]?[0-9]+")


def _unreadable(exc: csv.Error) -> Msg:
    """A csv module error in the user's words."""
    if "field larger than field limit" in str(exc):
        limit = csv.field_size_limit()
        return Msg(f"een cel is langer dan {limit} tekens", f"a cell is longer than {limit} characters")
    return Msg(f"onleesbare regel ({exc})", f"unreadable line ({exc})")


def parse_parties(text: str, *, lang: str = "nl") -> list[Party]:
    """Parties from CSV text; raises ImportProblems listing every bad row ("regel 7: ...")."""
    nl = lang != "en"
    line_word = "regel" if nl else "line"
    problems: list[model.Problem] = []

    def problem(line: int, col: str, msg_nl: str, msg_en: str) -> None:
        where = f"{line_word} {line}" + (f", {col}" if col else "")
        problems.append(model.Problem(where, Msg(msg_nl, msg_en)))

    if not text.strip():
        raise ImportProblems([model.Problem(f"{line_word} 1", Msg("het bestand is leeg", "the file is empty"))])
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff(first_line))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ImportProblems([model.Problem(f"{line_word} 1", _unreadable(exc))]) from None
    known = _header_map()
    fields: list[str | None] = []
    for i, h in enumerate(header):
        key = _unguard(h).strip().casefold()
        if not key:
            fields.append(None)
            continue
        f = known.get(key)
        if f is None:
            h = shown(h)
            problem(1, h, f"onbekende kolom ‘{h}’ (zie de documentatie voor de kolommen)",
                    f"unknown column ‘{h}’ (see the documentation for the columns)")
        elif f in fields:
            h = shown(h)
            problem(1, h, f"kolom ‘{h}’ staat er twee keer in", f"column ‘{h}’ appears twice")
        fields.append(f)
        del i
    if "name" not in fields:
        problem(1, "", "de kolom ‘Naam’ ontbreekt", "the column ‘Name’ is missing")
    if problems:
        raise ImportProblems(problems)

    kinds, stances = _kind_map(), _stance_map()
    specs = {s.name: s for s in model.fields_of(Party)}
    parties: list[Party] = []
    line = reader.line_num + 1
    while True:
        start = line
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(model.Problem(f"{line_word} {start}", _unreadable(exc)))
            break
        line = reader.line_num + 1
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(fields) and any(c.strip() for c in row[len(fields):]):
            problem(start, "", f"heeft {len(row)} cellen, de kop maar {len(fields)}",
                    f"has {len(row)} cells, the header only {len(fields)}")
            continue
        values: dict[str, object] = {}
        row_ok = True
        for f, cell in zip(fields, row, strict=False):
            if f is None:
                continue
            raw = _unguard(cell)
            value = raw.strip()
            col = column_header(f, lang)
            if f == "kind":
                if not value:
                    value = "other"
                elif value.casefold() in kinds:
                    value = kinds[value.casefold()]
                else:
                    problem(start, col, f"onbekende soort ‘{shown(value)}’", f"unknown kind ‘{shown(value)}’")
                    row_ok = False
                    continue
            elif f in ("stance", "influence", "involvement"):
                if not value:
                    continue
                if f == "stance" and value.casefold() in stances:
                    value = stances[value.casefold()]
                else:
                    number = value.replace("−", "-")
                    if not _WHOLE.fullmatch(number):
                        problem(start, col, f"‘{shown(value)}’ is geen geheel getal", f"‘{shown(value)}’ is not a whole number")
                        row_ok = False
                        continue
                    # beyond 19 digits it is out of every range; the check below says so without parsing it
                    value = int(number) if len(number) <= 19 else (-1 if number.startswith("-") else 1) * 10**19
            elif f == "must_consult_board":
                v = value.casefold()
                if v in _TRUE:
                    value = True
                elif v in _FALSE:
                    value = False
                else:
                    problem(start, col, f"‘{shown(value)}’ is geen ja of nee", f"‘{shown(value)}’ is not yes or no")
                    row_ok = False
                    continue
            elif f == "interests":
                value = [x.strip() for x in raw.replace("\r\n", "\n").split("\n") if x.strip()]
            elif f == "colour":
                if not value:
                    continue
            else:
                value = raw.replace("\r\n", "\n").strip()
            values[f] = value
        party = Party(**values)
        for p in model.validate(party):
            field = p.path.split(".")[0].split("[")[0]
            col = column_header(field, lang) if field in specs and specs[field].meta.get("label") else field
            problem(start, col, p.message.nl, p.message.en)
            row_ok = False
        if row_ok:
            parties.append(party)
    if not parties and not problems:
        problem(2, "", "er staan geen partijen onder de kop", "there are no parties below the header")
    if problems:
        raise ImportProblems(problems)
    return parties


def import_parties_csv(path: str | os.PathLike, *, lang: str = "nl") -> list[Party]:
    """Read and check a parties CSV; the parties (without ids). Nothing is written.

    Raises ImportProblems with every bad row when any row is bad, and a
    SamenwerkError when the file cannot be read.
    """
    name = os.path.basename(os.fspath(path))
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise SamenwerkError(Msg(f"Het bestand ‘{name}’ bestaat niet.", f"The file ‘{name}’ does not exist.")) from None
    except IsADirectoryError:
        raise SamenwerkError(Msg(f"‘{name}’ is een map, geen bestand.", f"‘{name}’ is a folder, not a file.")) from None
    except PermissionError:
        raise SamenwerkError(Msg(f"Geen toestemming om ‘{name}’ te lezen.", f"No permission to read ‘{name}’.")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SamenwerkError(symlink_loop(name)) from None
        raise SamenwerkError(Msg(f"‘{name}’ kon niet worden gelezen ({exc.strerror}).",
                                 f"‘{name}’ could not be read ({exc.strerror}).")) from None
    lang = "en" if lang == "en" else "nl"
    text = _decode(raw, name, lang)
    try:
        return parse_parties(text, lang=lang)
    except ImportProblems as exc:
        n = len(exc.problems)
        raise ImportProblems(exc.problems, Msg(
            f"‘{name}’ is niet geïmporteerd en er is niets toegevoegd: {n} {'probleem' if n == 1 else 'problemen'}, "
            f"hieronder genoemd met de regel; verbeter {'het' if n == 1 else 'ze'} en probeer het opnieuw.",
            f"‘{name}’ was not imported and nothing was added: {n} {'problem' if n == 1 else 'problems'}, "
            f"listed below with the line; correct {'it' if n == 1 else 'them'} and try again.")) from None


def add_parties(project: Project, parties: Iterable[Party]) -> Change:
    """Add parties in one transaction; one Change (undo removes them all)."""
    return project.add_many(parties)
