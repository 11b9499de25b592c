"""CSV exports for Dutch spreadsheets and the parties import, with round trips."""

import csv
import io

import pytest
from report_data import DIACRITICS, HOSTILE

from samenwerk_desktop.core.errors import ImportProblems, SamenwerkError
from samenwerk_desktop.core.model import Collaboration, Party
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.reports import csv_io


def read_rows(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.mark.parametrize("what", list(csv_io.WHAT))
def test_every_export_is_bom_semicolon_crlf(data, tmp_path, what):
    out = tmp_path / f"{what}.csv"
    n = csv_io.export_csv(data, what, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header_line = raw.split(b"\n", 1)[0]
    assert header_line.endswith(b"\r") and header_line.count(b";") >= 1
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") >= n + 1
    rows = read_rows(out)
    assert len(rows) == n + 1
    assert all(len(r) == len(rows[0]) for r in rows)


def test_raci_export_has_parties_across_and_letters(data, tmp_path):
    out = tmp_path / "raci.csv"
    csv_io.export_csv(data, "raci", out)
    rows = read_rows(out)
    assert rows[0][:2] == ["Onderdeel", "Werkgroep"]
    assert rows[0][2:] == [p.name for p in data.parties]
    groene = next(r for r in rows if r[0] == "Groene daken")
    assert groene[2] == "A/R"


def test_english_headers(data, tmp_path):
    out = tmp_path / "agreements.csv"
    csv_io.export_csv(data, "agreements", out, lang="en")
    header = read_rows(out)[0]
    assert header[:3] == ["No.", "Agreement", "Category"]
    assert "Proposed" in {r[5] for r in read_rows(out)[1:]}


@pytest.mark.parametrize("value, cell", [
    ("=SUM(A1:A3)", "'=SUM(A1:A3)"), ("+31 6 1234", "'+31 6 1234"), ("-geen-", "'-geen-"), ("@user", "'@user"),
    ("\tx", "'\tx"), ("-2", "-2"), ("+1", "+1"), ("1,5", "1,5"), ("gewoon", "gewoon"), ("", ""),
])
def test_formula_injection_guard(value, cell):
    assert csv_io.safe_cell(value) == cell


def test_formula_cells_are_guarded_in_the_file(tmp_path):
    with Project.create(tmp_path / "f.samenwerk", Collaboration(title="F")) as p:
        p.add(Party(name="=HYPERLINK(\"http://x\")", position="@SUM(1)", stance=-2))
        data = p.load()
    out = tmp_path / "p.csv"
    csv_io.export_csv(data, "parties", out)
    rows = read_rows(out)
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][3] == "-2"


def test_private_note_only_when_asked(data, tmp_path):
    out = tmp_path / "p.csv"
    csv_io.export_csv(data, "parties", out)
    assert "GEHEIM-NOTITIE-123" not in out.read_text("utf-8-sig")
    csv_io.export_csv(data, "parties", out, include_private=True, force=True)
    assert "GEHEIM-NOTITIE-123" in out.read_text("utf-8-sig")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_parties_round_trip(data, tmp_path, lang):
    out = tmp_path / "p.csv"
    csv_io.export_csv(data, "parties", out, lang=lang, include_private=True)
    parties = csv_io.import_parties_csv(out, lang=lang)
    originals = data.parties
    assert len(parties) == len(originals)
    for got, want in zip(parties, originals, strict=True):
        for field in csv_io.PARTY_COLUMNS:
            assert getattr(got, field) == getattr(want, field), field


def test_round_trip_keeps_hostile_and_foreign_text(tmp_path):
    tricky = [*HOSTILE, DIACRITICS, "=1+1", "-min", "regel1\nregel2", 'aan"hal;ing']
    with Project.create(tmp_path / "t.samenwerk", Collaboration(title="T")) as p:
        for i, text in enumerate(tricky):
            p.add(Party(name=f"P{i} {text}", position=text, interests=[text.replace("\n", " "), "tweede"]))
        data = p.load()
    out = tmp_path / "p.csv"
    csv_io.export_csv(data, "parties", out)
    back = csv_io.import_parties_csv(out)
    assert [b.position for b in back] == tricky
    assert [b.interests for b in back] == [[t.replace("\n", " "), "tweede"] for t in tricky]


def test_add_parties_is_one_transaction_and_one_undo(project):
    before = project.count("party")
    change = csv_io.add_parties(project, [Party(name="Nieuw 1"), Party(name="Nieuw 2", kind="company")])
    assert project.count("party") == before + 2 and len(change.ids) == 2
    project.revert(change)
    assert project.count("party") == before


def test_add_parties_adds_nothing_when_one_fails(project):
    before = project.count("party")
    with pytest.raises(SamenwerkError):
        csv_io.add_parties(project, [Party(name="Goed"), Party(name="")])
    assert project.count("party") == before


def write(tmp_path, text, encoding="utf-8-sig"):
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_import_reports_every_bad_row_with_its_line(tmp_path):
    path = write(tmp_path, "Naam;Soort;Invloed;Terugkoppeling naar bestuur nodig\r\n"
                           "Goed;Gemeente;5;ja\r\n"
                           ";Gemeente;5;nee\r\n"
                           "Fout soort;Kasteel;5;nee\r\n"
                           "\"Meer\nregels\";Provincie;11;nee\r\n"
                           "Ja-nee;Provincie;3;misschien\r\n")
    with pytest.raises(ImportProblems) as info:
        csv_io.import_parties_csv(path)
    lines = [p.path for p in info.value.problems]
    assert lines == ["regel 3, Naam", "regel 4, Soort", "regel 5, Invloed", "regel 7, Terugkoppeling naar bestuur nodig"]
    assert "niets" in str(info.value)


def test_import_accepts_english_headers_labels_and_comma_files(tmp_path):
    path = write(tmp_path, "Name,Kind,Stance on the challenge,Influence,Must consult board\n"
                           "Water board X,Water board,Strongly against,7,yes\n"
                           "Firma Y,company,1,2,no\n", encoding="utf-8")
    a, b = csv_io.import_parties_csv(path, lang="en")
    assert (a.name, a.kind, a.stance, a.influence, a.must_consult_board) == ("Water board X", "water_board", -2, 7, True)
    assert (b.kind, b.stance, b.must_consult_board) == ("company", 1, False)


def test_import_reads_excel_cp1252(tmp_path):
    path = write(tmp_path, "Naam;Soort\r\nCoöperatie één;Bedrijf\r\n", encoding="cp1252")
    (p,) = csv_io.import_parties_csv(path)
    assert p.name == "Coöperatie één"


@pytest.mark.parametrize("text, where", [
    ("Soort\r\nGemeente\r\n", "regel 1"),
    ("Naam;Onzin\r\nA;b\r\n", "regel 1, Onzin"),
    ("", "regel 1"),
])
def test_import_refuses_bad_headers(tmp_path, text, where):
    with pytest.raises(ImportProblems) as info:
        csv_io.import_parties_csv(write(tmp_path, text))
    assert info.value.problems[0].path == where


def test_import_of_missing_or_binary_file_is_one_sentence(tmp_path):
    with pytest.raises(SamenwerkError):
        csv_io.import_parties_csv(tmp_path / "nope.csv")
    bad = tmp_path / "bin.csv"
    bad.write_bytes(b"\x00\x01\x02")
    with pytest.raises(SamenwerkError):
        csv_io.import_parties_csv(bad)


def test_unknown_export_and_unwritable_target(data, tmp_path):
    with pytest.raises(SamenwerkError):
        csv_io.export_csv(data, "onzin", tmp_path / "x.csv")
    with pytest.raises(SamenwerkError):
        csv_io.export_csv(data, "raci", tmp_path / "missing" / "x.csv")
    assert not [p for p in tmp_path.iterdir() if ".csv" in p.name]
