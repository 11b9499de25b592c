"""The report's streams: binary FlateDecode at zlib's fastest level; ReportLab's own saves as they were."""

import re
import zlib

from reportlab.pdfgen.canvas import Canvas

from samenwerk_desktop.reports import pdf

FASTEST = b"\x78\x01"  # zlib's header of its fastest level


def _streams(path) -> list[bytes]:
    """The raw bytes of every stream in the file."""
    return re.findall(rb"[^d]stream\r?\n(.*?)endstream", path.read_bytes(), flags=re.DOTALL)


def test_every_stream_of_a_report_is_flate_at_the_fastest_level_without_ascii85(data, tmp_path):
    pdf.collaboration_report(data, tmp_path / "r.pdf")
    streams = _streams(tmp_path / "r.pdf")
    assert len(streams) > 10
    assert {s[:2] for s in streams} == {FASTEST}
    assert b"/ASCII85Decode" not in tmp_path.joinpath("r.pdf").read_bytes()


def test_a_reports_page_stream_decompresses_to_its_text_operators(data, tmp_path):
    pdf.collaboration_report(data, tmp_path / "r.pdf")
    pages = [zlib.decompressobj().decompress(s) for s in _streams(tmp_path / "r.pdf")]
    assert any(b" Tm " in p and b"BT" in p for p in pages)


def test_reportlabs_own_save_after_a_report_keeps_its_defaults(data, tmp_path):
    pdf.collaboration_report(data, tmp_path / "r.pdf")
    canv = Canvas(str(tmp_path / "plain.pdf"), pageCompression=1)
    canv.drawString(10, 10, "Gewoon ReportLab " * 20)
    canv.save()
    raw = tmp_path.joinpath("plain.pdf").read_bytes()
    assert b"/ASCII85Decode" in raw
    assert FASTEST not in {s[:2] for s in _streams(tmp_path / "plain.pdf")}
