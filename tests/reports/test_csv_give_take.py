"""The disputes and the needs-and-offers CSV: only what the room may see, each need with its state."""

import pytest

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.model import Agreement, Dispute, DisputeStep, GiveTake, Party
from samenwerk_desktop.reports import csv_io


@pytest.fixture
def data():
    d = CollaborationData()
    for i, name in enumerate(("Woningcorporatie", "Stroomnet Zuid"), start=1):
        d.entities["party"][i] = Party(id=i, name=name)
    d.entities["dispute"][1] = Dispute(id=1, subject="GEHEIM-GESCHIL", party_ids=[1, 2], visibility="facilitator")
    d.entities["dispute"][2] = Dispute(id=2, subject="Planning", party_ids=[1, 2], visibility="all", step=1)
    d.entities["dispute_step"][1] = DisputeStep(id=1, dispute_id=1, what="GEHEIM-STAP")
    d.entities["dispute_step"][2] = DisputeStep(id=2, dispute_id=2, step=1, date="2026-10-01", what="Gesprek",
                                                outcome="Voorstel")
    d.entities["agreement"][1] = Agreement(id=1, text="Capaciteit reserveren", status="agreed")
    d.entities["give_take"][1] = GiveTake(id=1, party_id=1, kind="need", text="Netcapaciteit", other_party_id=2,
                                          agreement_id=1)
    d.entities["give_take"][2] = GiveTake(id=2, party_id=2, kind="need", text="Planning", other_party_id=1)
    return d


def test_a_facilitator_only_dispute_is_not_in_the_csv(data, tmp_path):
    out = tmp_path / "geschillen.csv"
    assert csv_io.export_csv(data, "disputes", out) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "GEHEIM" not in text
    assert "Planning;Woningcorporatie, Stroomnet Zuid;" in text
    assert "2026-10-01 Bemiddeling door de procesbegeleider: Gesprek — Voorstel" in text


def test_each_need_is_listed_with_its_state(data):
    _, rows = csv_io.rows_for(data, "give_take")
    assert [(r[0], r[2], r[3], r[6]) for r in rows] == [
        ("Woningcorporatie", "Netcapaciteit", "Stroomnet Zuid", "Toegezegd in werkafspraak"),
        ("Stroomnet Zuid", "Planning", "Woningcorporatie", "Open")]


def test_the_csv_refuses_to_write_into_a_missing_folder(data, tmp_path):
    with pytest.raises(csv_io.SamenwerkError):
        csv_io.export_csv(data, "give_take", tmp_path / "nergens" / "x.csv")
    assert not (tmp_path / "nergens").exists()
