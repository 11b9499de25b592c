"""The PDF reports read back with pypdf: content, safety, fonts, private notes, atomic writing."""

import re
from datetime import date

import pypdf
import pytest
from report_data import ARABIC_EMOJI, DIACRITICS, HOSTILE, LONG

from samenwerk_desktop.core import interchange
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.core.model import Collaboration, Party, WorkItem
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.paths import resource
from samenwerk_desktop.reports import pdf
from samenwerk_desktop.reports.document import ReportCancelled
from samenwerk_desktop.reports.text import clean, markup

TODAY = date(2026, 6, 1)


def read(path):
    reader = pypdf.PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    return reader, pages, re.sub(r"\s+", " ", " ".join(pages))


def report(data, tmp_path, name="rapport.pdf", **kw):
    out = tmp_path / name
    kw.setdefault("today", TODAY)
    pages = pdf.collaboration_report(data, out, **kw)
    return out, pages


def test_collaboration_report_holds_every_party_agreement_decision_and_role(data, tmp_path):
    out, pages = report(data, tmp_path)
    reader, _, text = read(out)
    assert pages == len(reader.pages) > 5
    for p in data.parties:
        assert re.sub(r"\s+", " ", clean(p.name)) in text
    for needle in ("Afspraak-EEN", "Afspraak-TWEE", "Afspraak-DRIE", "Besluit-EEN", "Besluit-TWEE", "Dilemma-EEN",
                   "Startoverleg", "Tweede overleg", "A/R", "Werkgroep Water"):
        assert needle in text
    # the matrix findings and the grid quadrants
    assert "Groene daken" in text and "Nauw betrekken" in text and "Monitoren" in text


def test_header_and_footer_on_every_page_but_the_cover(data, tmp_path):
    out, pages = report(data, tmp_path)
    _, texts, _ = read(out)
    for number, page_text in enumerate(texts[1:], start=2):
        flat = re.sub(r"\s+", " ", page_text)
        assert f"pagina {number} van {pages}" in flat
        assert "Geëxporteerd op 1 juni 2026" in flat


def test_english_report(data, tmp_path):
    out, pages = report(data, tmp_path, lang="en")
    _, _, text = read(out)
    assert "Collaboration report".upper() in text
    assert f"page 2 of {pages}" in text
    assert "Responsibilities (RACI)" in text and "Strongly for" in text


def test_hostile_markup_comes_out_literally_and_nothing_links_out(data, tmp_path):
    out, _ = report(data, tmp_path)
    reader, _, text = read(out)
    for needle in HOSTILE:
        assert needle in text
    assert "Wijkaanpak <b>Oost</b> & West" in text
    raw = out.read_bytes()
    assert b"javascript" not in raw.lower()
    assert b"/URI" not in raw and b"/JavaScript" not in raw and b"/JS" not in raw
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            assert obj.get("/Subtype") == "/Link" and "/A" not in obj  # internal table-of-contents links only


def test_private_note_left_out_by_default(data, tmp_path):
    out, _ = report(data, tmp_path)
    assert "GEHEIM-NOTITIE-123" not in read(out)[2]
    out, _ = report(data, tmp_path, name="prive.pdf", include_private=True)
    assert "GEHEIM-NOTITIE-123" in read(out)[2]


def test_diacritics_euro_polish_turkish_extract_exactly(data, tmp_path):
    out, _ = report(data, tmp_path)
    text = read(out)[2]
    for word in DIACRITICS.replace(",", "").split():
        assert word in text


def test_arabic_and_emoji_do_not_drop_the_rest(data, tmp_path):
    out, _ = report(data, tmp_path)
    text = read(out)[2]
    assert "samen verder" in text
    # the embedded font draws the Arabic letters (unshaped); text extraction may give them in either order
    assert "مرحبا" in text or "مرحبا"[::-1] in text


def test_clean_replaces_undrawable_runs_with_one_placeholder():
    out = clean("a\U0001F91D\U0001F3FD\u200d\U0001FAF1b")
    assert out == "a\u25a1b"
    assert "\u200d" not in clean("a\U0001F9D1\u200d\U0001F91D\u200d\U0001F9D1b")
    assert clean("x\x00y\x07z") == "xyz"
    assert markup("<b>&</b>\nregel") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>regel"


def test_ten_thousand_characters_are_fully_present(data, tmp_path):
    assert len(LONG) > 10_000
    out, _ = report(data, tmp_path)
    words = re.findall(r"woord\d{5}", read(out)[2])
    expected = LONG.split()
    # in the profile (contributes), the agreement and the meeting notes: each complete and in order
    assert words == expected * 3


def test_meeting_report_holds_only_that_meetings_decisions(data, tmp_path):
    m1 = next(m for m in data.meetings if m.title == "Startoverleg")
    out = tmp_path / "overleg.pdf"
    pages = pdf.meeting_report(data, m1.id, out, today=TODAY)
    _, _, text = read(out)
    assert 1 <= pages <= 3
    for needle in ("Startoverleg", "Stadhuis", "1 maart 2026", "Besluit-EEN", "Afspraak-EEN", "Actie-EEN",
                   "Parkeer-EEN", "Dilemma-EEN", "Opening", "Kennismaken", "40 min", "Gemeente Oost",
                   HOSTILE[0], "Ilse <i>van</i> Dongen"):
        assert needle in text
    assert "Besluit-TWEE" not in text and "Afspraak-TWEE" not in text


def test_meeting_report_of_unknown_meeting_is_refused(data, tmp_path):
    with pytest.raises(SamenwerkError):
        pdf.meeting_report(data, 999, tmp_path / "x.pdf")
    assert not list(tmp_path.glob("*.pdf*"))


def test_latest_meeting(data):
    assert data.get("meeting", pdf.latest_meeting_id(data)).title == "Tweede overleg"


@pytest.mark.parametrize("target", ["missing/dir/out.pdf", "afile.txt/out.pdf", "adir"])
def test_unwritable_target_gives_one_sentence_and_no_file(data, tmp_path, target):
    (tmp_path / "afile.txt").write_text("x")
    (tmp_path / "adir").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SamenwerkError) as info:
        pdf.collaboration_report(data, tmp_path / target, today=TODAY)
    assert str(info.value).endswith(".") and "\n" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert list((tmp_path / "adir").iterdir()) == []


def test_invariant_mode_gives_identical_bytes(data, tmp_path):
    a, _ = report(data, tmp_path, name="a.pdf", invariant=True)
    b, _ = report(data, tmp_path, name="b.pdf", invariant=True)
    assert a.read_bytes() == b.read_bytes()


def test_progress_reaches_the_end_and_cancel_leaves_no_file(data, tmp_path):
    seen = []
    report(data, tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen) and [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 30

    with pytest.raises(ReportCancelled):
        report(data, tmp_path, name="weg.pdf", cancelled=cancelled)
    assert not (tmp_path / "weg.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".weg.pdf")]


def test_wide_matrix_goes_landscape_split_by_column_groups_with_a_key(tmp_path):
    with Project.create(tmp_path / "breed.samenwerk", Collaboration(title="Breed")) as p:
        ids = [p.add(Party(name=f"Organisatie nummer {i} met een lange naam")).ids[0] for i in range(25)]
        w = p.add(WorkItem(title="Onderdeel")).ids[0]
        p.set_roles({(w, pid): "A" if k == 0 else "I" for k, pid in enumerate(ids)})
        data = p.load()
    out, _ = report(data, tmp_path)
    reader, _, text = read(out)
    assert any(page.mediabox.width > page.mediabox.height for page in reader.pages)
    assert "partijen 1–" in text and "van 25" in text
    assert "Afkortingen" in text and "ONMEL" not in text  # key present; abbreviations are initials
    assert "Organisatie nummer 24 met een lange naam" in text


def test_landscape_and_portrait_pages_both_have_their_header_and_footer(tmp_path):
    with Project.create(tmp_path / "breed.samenwerk", Collaboration(title="Breed")) as p:
        ids = [p.add(Party(name=f"Organisatie nummer {i} met een lange naam")).ids[0] for i in range(25)]
        w = p.add(WorkItem(title="Onderdeel")).ids[0]
        p.set_roles({(w, pid): "A" if k == 0 else "I" for k, pid in enumerate(ids)})
        data = p.load()
    out, pages = report(data, tmp_path)
    reader, texts, _ = read(out)
    shapes = set()
    for number, (page, page_text) in enumerate(zip(reader.pages[1:], texts[1:], strict=True), start=2):
        flat = re.sub(r"\s+", " ", page_text)
        assert f"pagina {number} van {pages}" in flat
        assert "Breed" in flat and "Samenwerk" in flat
        shapes.add(page.mediabox.width > page.mediabox.height)
    assert shapes == {True, False}


def test_empty_collaboration_still_gives_a_report(tmp_path):
    with Project.create(tmp_path / "leeg.samenwerk", Collaboration(title="Leeg")) as p:
        data = p.load()
    out, pages = report(data, tmp_path)
    assert pages >= 3 and "Nog niets vastgelegd." in read(out)[2]


@pytest.mark.parametrize("layout", ["network", "grid", "onion"])
def test_every_map_layout_draws(data, tmp_path, layout):
    data.collaboration.map_layout = layout
    out, _ = report(data, tmp_path, name=f"{layout}.pdf")
    text = read(out)[2]
    assert "Krachtenveld" in text and "Legenda" in text


def test_demo_reports(tmp_path):
    data = interchange.read_file(resource("demo", "demo.json"))
    out, pages = report(data, tmp_path)
    text = read(out)[2]
    assert pages > 8
    for p in data.parties:
        assert re.sub(r"\s+", " ", p.name) in text
    for lang in ("nl", "en"):
        for m in data.meetings:
            n = pdf.meeting_report(data, m.id, tmp_path / f"m{m.id}{lang}.pdf", lang=lang, today=TODAY)
            assert 1 <= n <= 5  # a meeting that was run: attendance, clock times, every round, the follow-ups


def test_a_table_row_taller_than_a_page_splits(tmp_path):
    with Project.create(tmp_path / "hoog.samenwerk", Collaboration(title="Hoog")) as p:
        from samenwerk_desktop.core.model import WorkingGroup

        g = p.add(WorkingGroup(name="Grote werkgroep")).ids[0]
        for i in range(120):
            p.add(WorkItem(title=f"Onderdeel-{i:03d} met een wat langere titel", working_group_id=g))
        data = p.load()
    out, _ = report(data, tmp_path)
    text = read(out)[2]
    assert all(f"Onderdeel-{i:03d}" in text for i in range(120))


@pytest.mark.parametrize("seed", range(6))
def test_random_collaborations_always_lay_out(tmp_path, seed):
    import random

    from samenwerk_desktop.core import generate

    rng = random.Random(seed)
    texts = [LONG, ARABIC_EMOJI, DIACRITICS, *HOSTILE, "x" * 3000, "kort", "\n\n\nregels\n\n"]
    data = generate.random_collaboration(rng, size=8, texts=texts)
    out, pages = report(data, tmp_path, lang="en" if seed % 2 else "nl", include_private=bool(seed % 3))
    assert pages == len(pypdf.PdfReader(str(out)).pages)
    for m in data.meetings:
        assert pdf.meeting_report(data, m.id, tmp_path / f"m{m.id}.pdf", today=TODAY) >= 1


def test_large_generated_collaboration_lays_out(tmp_path):
    from samenwerk_desktop.core import generate

    path = tmp_path / "groot.samenwerk"
    generate.large_collaboration(path, parties=60, relations=150, work_items=300, raci_parties=30, agreements=100)
    with Project.open(path, read_only=True) as p:
        data = p.load()
    out, pages = report(data, tmp_path)
    assert pages > 20 and "Werkstructuur en besluitvorming" in read(out)[2]
