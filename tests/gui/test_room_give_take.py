"""The room's give-and-take and disputes views: only what the room may see, paged."""

import pytest

from samenwerk_desktop.core.model import Dispute, GiveTake, Party
from samenwerk_desktop.gui.room.projected import ProjectedDocument
from samenwerk_desktop.gui.room.window import AudienceWindow


@pytest.fixture
def room_doc(leeg_doc):
    p = leeg_doc.project
    a, b = (p.add(Party(name=n)).ids[0] for n in ("Woonstichting Thuis", "Stroomnet Zuid"))
    for subject, visibility in (("GEHEIM-GESCHIL", "facilitator"), ("GEHEIM-BETROKKEN", "involved"),
                                ("Geschil-Iedereen", "all")):
        p.add(Dispute(subject=subject, party_ids=[a, b], visibility=visibility))
    for i in range(40):
        p.add(GiveTake(party_id=a, kind="need", text=f"Behoefte-{i:02d}", other_party_id=b))
    leeg_doc.reload()
    return leeg_doc


@pytest.fixture
def room(room_doc, qtbot):
    window = AudienceWindow(ProjectedDocument(room_doc))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def pages_text(window) -> str:
    out = []
    for page in range(len(window.page_list)):
        window.set_page(page)
        out.append(window.text.plain_text())
    return "\n".join(out)


def test_the_room_sees_only_the_disputes_of_the_whole_collaboration(room):
    room.set_view("disputes")
    text = pages_text(room)
    assert "Geschil-Iedereen" in text and "GEHEIM" not in text
    assert "Open: Bilateraal gesprek tussen de vertegenwoordigers" in text


def test_the_give_and_take_view_pages_every_need(room):
    room.set_view("give_take")
    text = pages_text(room)
    assert len(room.page_list) > 1
    assert all(f"! Behoefte-{i:02d}" in text for i in range(40))
