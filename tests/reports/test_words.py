"""The reports print the model's field labels; their own words are only those the model does not have."""

import dataclasses
import re

import pypdf
import pytest

from samenwerk_desktop.core import model
from samenwerk_desktop.reports import pdf
from samenwerk_desktop.reports.words import FIELD_WORDS, WORDS, word


def _field_labels() -> set[tuple[str, str]]:
    labels = set()
    for cls in [model.Collaboration, *model.KINDS.values()]:
        for f in dataclasses.fields(cls):
            msg = f.metadata.get("label")
            if msg is not None:
                labels.add((msg.nl, msg.en))
    return labels


def test_no_report_word_copies_a_field_label():
    copies = {key: pair for key, pair in WORDS.items() if pair in _field_labels()}
    assert copies == {}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_field_word_is_the_models_label(lang):
    for key, (cls, name) in FIELD_WORDS.items():
        assert word(key, lang).startswith(model.field_spec(cls, name).meta["label"].text(lang)), key


def _text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))


def test_the_report_says_what_the_party_form_says(data, tmp_path):
    out = tmp_path / "rapport.pdf"
    pdf.collaboration_report(data, out, include_private=True)
    text = _text(out)
    assert "Terugkoppeling naar bestuur nodig" in text  # the model's label, as in the party's form
    assert "Notitie van de procesbegeleider (vertrouwelijk)" in text  # the label, marked confidential


def test_the_english_report_uses_the_english_labels(data, tmp_path):
    out = tmp_path / "report.pdf"
    pdf.collaboration_report(data, out, lang="en")
    text = _text(out)
    assert "Parties involved" in text and "Review date" in text and "Decision rule" in text
