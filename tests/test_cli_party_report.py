"""`samenwerk report FILE --for-party NAME`: what that party may see, through the output rule."""

import hashlib

import pytest
from pypdf import PdfReader
from test_cli import samenwerk, user_error

from samenwerk_desktop.core import storage
from samenwerk_desktop.core.model import Dispute, GiveTake, Party


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    """Three parties, a dispute of each visibility between the first two, a need and an offer."""
    path = tmp_path_factory.mktemp("partij") / "geschil.samenwerk"
    with storage.Project.create(path) as p:
        a = p.add(Party(name="Woningcorporatie Thuis", short_name="WT")).ids[0]
        b = p.add(Party(name="Stroomnet Zuid")).ids[0]
        c = p.add(Party(name="Bewoners", private_note="GEHEIM-NOTITIE")).ids[0]
        for subject, visibility in (("GEHEIM-GESCHIL", "facilitator"), ("Geschil-Betrokken", "involved"),
                                    ("Geschil-Iedereen", "all")):
            p.add(Dispute(subject=subject, party_ids=[a, b], visibility=visibility))
        p.add(GiveTake(party_id=a, kind="need", text="Netcapaciteit voor 400 woningen", other_party_id=b))
        p.add(GiveTake(party_id=c, kind="offer", text="Buurtavonden"))
    return path


@pytest.mark.parametrize(("party", "seen", "unseen"), [
    ("WT", ["Woningcorporatie Thuis", "Netcapaciteit voor 400 woningen", "Geschil-Betrokken", "Geschil-Iedereen"],
     ["GEHEIM-GESCHIL", "Buurtavonden"]),
    ("Bewoners", ["Buurtavonden", "Geschil-Iedereen"], ["GEHEIM-GESCHIL", "Geschil-Betrokken", "GEHEIM-NOTITIE"]),
])
def test_a_party_report_holds_what_that_party_may_see(project_file, tmp_path, party, seen, unseen):
    code, out, err = samenwerk("report", project_file, "--for-party", party, "-o", "partij.pdf", cwd=tmp_path)
    assert code == 0, err
    text = text_of(tmp_path / "partij.pdf")
    assert all(s in text for s in seen) and not any(s in text for s in unseen)


def test_a_facilitator_only_dispute_never_appears_in_the_default_report(project_file, tmp_path):
    code, _, err = samenwerk("report", project_file, "-o", "rapport.pdf", cwd=tmp_path)
    assert code == 0, err
    text = text_of(tmp_path / "rapport.pdf")
    assert "Netcapaciteit voor 400 woningen" in text and "GEHEIM" not in text


def test_an_unknown_party_is_refused_naming_the_file_and_the_parties(project_file, tmp_path):
    line = user_error(samenwerk("report", project_file, "--for-party", "Provincie", "-o", "p.pdf", cwd=tmp_path))
    assert line == ("samenwerk: geschil.samenwerk heeft geen partij ‘Provincie’; kies een van: "
                    "Woningcorporatie Thuis, Stroomnet Zuid, Bewoners")
    assert not (tmp_path / "p.pdf").exists()


def test_a_party_report_refuses_the_open_project_file(project_file, tmp_path):
    before = sha(project_file)
    user_error(samenwerk("report", project_file, "--for-party", "WT", "-o", project_file, "--force", cwd=tmp_path))
    assert sha(project_file) == before


def test_a_party_report_refuses_a_missing_folder(project_file, tmp_path):
    user_error(samenwerk("report", project_file, "--for-party", "WT", "-o", "nergens/p.pdf", cwd=tmp_path))
    assert not (tmp_path / "nergens").exists()


def test_a_party_report_asks_before_replacing(project_file, tmp_path):
    target = tmp_path / "p.pdf"
    target.write_bytes(b"oud")
    user_error(samenwerk("report", project_file, "--for-party", "WT", "-o", target, cwd=tmp_path))
    assert target.read_bytes() == b"oud"
    code, _, err = samenwerk("report", project_file, "--for-party", "WT", "-o", target, "--force", cwd=tmp_path)
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("lang", "one", "more"), [("nl", "(1 pagina)", "pagina's)"), ("en", "(1 page)", "pages)")])
def test_the_written_line_names_one_page_in_the_singular(project_file, tmp_path, lang, one, more):
    code, out, err = samenwerk("report", project_file, "--for-party", "Bewoners", "-o", "p.pdf", cwd=tmp_path,
                               lang=lang)
    assert code == 0, err
    assert len(PdfReader(tmp_path / "p.pdf").pages) == 1
    assert out.strip().endswith(f"p.pdf {one}") and more not in out


@pytest.mark.parametrize(("lang", "pages", "expected"), [
    ("nl", 1, "Rapport geschreven: r.pdf (1 pagina)"), ("nl", 2, "Rapport geschreven: r.pdf (2 pagina's)"),
    ("en", 1, "Report written: r.pdf (1 page)"), ("en", 968, "Report written: r.pdf (968 pages)"),
])
def test_the_written_line_counts_pages_in_the_right_number(lang, pages, expected):
    from samenwerk_desktop.cli import written
    from samenwerk_desktop.core import i18n
    from samenwerk_desktop.core.i18n import tr

    i18n.set_language(lang)
    assert written(tr("Rapport geschreven", "Report written"), "r.pdf", pages) == expected
