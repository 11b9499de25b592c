"""Validation rules of the model: ranges, choices, dates, colours, required, length, self-relation."""

import pytest

from samenwerk_desktop.core import model
from samenwerk_desktop.core.i18n import set_language
from samenwerk_desktop.core.model import (
    ActionItem,
    AgendaItem,
    Agreement,
    Collaboration,
    Decision,
    Dilemma,
    Meeting,
    ParkingItem,
    Party,
    Relation,
    Representative,
    WorkingGroup,
    WorkItem,
)


def paths(entity):
    return [p.path for p in model.validate(entity)]


def valid_examples():
    return [
        Collaboration(title="Warm en Droog"),
        Party(name="Gemeente Maasoever"),
        Representative(party_id=1, name="Ilse van Dongen"),
        Relation(source_id=1, target_id=2),
        WorkingGroup(name="Stuurgroep"),
        WorkItem(title="Tracé"),
        Meeting(date="2026-06-18", title="Startbijeenkomst"),
        AgendaItem(meeting_id=1, title="Opening"),
        ActionItem(meeting_id=1, text="Notitie schrijven"),
        ParkingItem(meeting_id=1, text="Aquathermie"),
        Agreement(text="We sturen een vervanger met mandaat."),
        Decision(title="Opgave vastgesteld"),
        Dilemma(party_id=1, title="Eigen begroting"),
    ]


@pytest.mark.parametrize("entity", valid_examples(), ids=lambda e: type(e).__name__)
def test_minimal_valid_entity_has_no_problems(entity):
    assert model.validate(entity) == []


@pytest.mark.parametrize("entity", [
    Collaboration(title=""), Party(name=""), Party(name="   \n\t"), Representative(party_id=1, name=""),
    WorkingGroup(name=""), WorkItem(title=""), Meeting(date="2026-01-01", title=""),
    AgendaItem(meeting_id=1, title=""), ActionItem(meeting_id=1, text=""), ParkingItem(meeting_id=1, text=" "),
    Agreement(text=""), Decision(title=""), Dilemma(party_id=1, title=""),
], ids=lambda e: type(e).__name__)
def test_required_text_must_not_be_empty(entity):
    problems = model.validate(entity)
    assert len(problems) == 1
    assert problems[0].message.en == "must not be empty"


@pytest.mark.parametrize("entity, path", [
    (Representative(name="Ilse"), "party_id"),
    (Relation(source_id=None, target_id=2), "source_id"),
    (Relation(source_id=1, target_id=None), "target_id"),
    (AgendaItem(title="Opening"), "meeting_id"),
    (ActionItem(text="Iets doen"), "meeting_id"),
    (ParkingItem(text="Later"), "meeting_id"),
    (Dilemma(title="Eigen belang"), "party_id"),
    (Meeting(title="Overleg"), "date"),
])
def test_required_reference_or_date_is_missing(entity, path):
    assert path in paths(entity)


@pytest.mark.parametrize("field, value, ok", [
    ("stance", -2, True), ("stance", 2, True), ("stance", -3, False), ("stance", 3, False),
    ("influence", 0, True), ("influence", 10, True), ("influence", -1, False), ("influence", 11, False),
    ("involvement", 11, False), ("x", 1e6, True), ("x", 1e6 + 1, False), ("y", -1e6 - 1, False),
    ("x", float("nan"), False), ("stance", 1.5, False), ("stance", True, False), ("stance", "1", False),
])
def test_party_number_ranges(field, value, ok):
    problems = paths(Party(name="Provincie", **{field: value}))
    assert (problems == []) is ok
    if not ok:
        assert problems == [field]


@pytest.mark.parametrize("value, ok", [(0.05, True), (1.0, True), (0.5, True), (0.04, False), (1.01, False), (0, False)])
def test_overload_share_range(value, ok):
    assert (paths(Collaboration(title="T", overload_share=value)) == []) is ok


@pytest.mark.parametrize("entity, field", [
    (Party(name="P", kind="ministry"), "kind"),
    (Relation(source_id=1, target_id=2, type="friendship"), "type"),
    (Relation(source_id=1, target_id=2, direction="backward"), "direction"),
    (WorkingGroup(name="W", form="committee"), "form"),
    (WorkingGroup(name="W", decision_rule="unanimity"), "decision_rule"),
    (Agreement(text="A", status="open"), "status"),
    (Decision(title="D", outcome="accepted"), "outcome"),
    (Decision(title="D", rule="vote"), "rule"),
    (Dilemma(party_id=1, title="D", strategy="ignore"), "strategy"),
    (Dilemma(party_id=1, title="D", status="closed"), "status"),
    (ActionItem(meeting_id=1, text="A", status="waiting"), "status"),
    (Collaboration(title="T", raci_scheme="RAPID"), "raci_scheme"),
    (Collaboration(title="T", map_layout="circle"), "map_layout"),
])
def test_value_outside_choices_is_refused(entity, field):
    problems = model.validate(entity)
    assert [p.path for p in problems] == [field]
    assert "must be one of" in problems[0].message.en


@pytest.mark.parametrize("value", ["proposed", "agreed", "done", "lapsed", "dropped"])
def test_every_agreement_status_is_allowed(value):
    assert model.validate(Agreement(text="A", status=value)) == []


@pytest.mark.parametrize("value, ok", [
    ("", True), ("2026-03-31", True), ("2028-02-29", True), ("2027-02-29", False), ("2026-13-01", False),
    ("31-03-2026", False), ("2026-3-31", False), ("2026-03-31T10:00", False), ("morgen", False),
])
def test_date_format(value, ok):
    assert (paths(Agreement(text="A", review_date=value)) == []) is ok


def test_meeting_date_is_required():
    assert paths(Meeting(title="Overleg", date="")) == ["date"]


@pytest.mark.parametrize("value, ok", [
    ("#1f77b4", True), ("#ABCDEF", True), ("#abc", False), ("1f77b4", False), ("#1f77b4ff", False),
    ("#gggggg", False), ("red", False), ("", False),
])
def test_colour_format(value, ok):
    assert (paths(Party(name="P", colour=value)) == []) is ok


@pytest.mark.parametrize("field, limit", [("name", model.NAME_MAX), ("short_name", 40), ("position", model.TEXT_MAX)])
def test_text_length_limit(field, limit):
    assert paths(Party(**({"name": "P"} | {field: "x" * limit}))) == []
    assert paths(Party(**({"name": "P"} | {field: "x" * (limit + 1)}))) == [field]


def test_ten_thousand_characters_of_free_text_are_fine():
    assert model.validate(Party(name="P", position="é" * 10_000, private_note="<&>" * 3_333)) == []


def test_nul_character_is_refused():
    assert paths(Party(name="Gemeente\x00Maasoever")) == ["name"]


def test_wrong_type_is_refused():
    assert paths(Party(name=12)) == ["name"]
    assert paths(Party(name="P", must_consult_board=1)) == ["must_consult_board"]
    assert paths(Party(name="P", interests="alles")) == ["interests"]
    assert paths(Party(name="P", interests=["ok", 3])) == ["interests[1]"]


def test_relation_to_itself_is_refused():
    problems = model.validate(Relation(source_id=4, target_id=4))
    assert [p.path for p in problems] == ["target_id"]
    assert problems[0].message.nl == "een relatie verbindt twee verschillende partijen"


def test_reference_lists_must_not_repeat_a_party():
    assert paths(Meeting(date="2026-01-01", title="M", attendee_ids=[1, 2, 1])) == ["attendee_ids"]
    assert paths(Agreement(text="A", party_ids=[1, "2"])) == ["party_ids[1]"]
    assert paths(Agreement(text="A", party_ids=[3, 1, 2])) == []


@pytest.mark.parametrize("state, ok", [("pending", True), ("ratified", True), ("rejected", True), ("maybe", False)])
def test_ratification_states(state, ok):
    assert (paths(Decision(title="D", ratifications={3: state})) == []) is ok


def test_ratification_key_must_be_a_party_id():
    assert paths(Decision(title="D", ratifications={"drie": "ratified"})) == ["ratifications.drie"]


def test_validate_prefixes_the_path():
    problems = model.validate(Party(name="", stance=9), "parties[3]")
    assert [p.path for p in problems] == ["parties[3].name", "parties[3].stance"]


def test_problem_message_follows_language():
    problem = model.validate(Party(name=""))[0]
    assert str(problem) == "name: mag niet leeg zijn"
    set_language("en")
    assert str(problem) == "name: must not be empty"


def test_private_fields_are_marked():
    assert model.private_fields(Party) == ("private_note",)
    assert model.field_spec(Party, "private_note").meta["private"] is True
    for cls in model.KINDS.values():
        if cls is not Party:
            assert model.private_fields(cls) == ()


def test_every_user_field_has_a_dutch_and_english_label():
    hidden = {"id", "x", "y", "sort_order", "party_id", "meeting_id", "source_id", "target_id", "map_layout",
              "created", "updated"}
    for cls in [Collaboration, *model.KINDS.values()]:
        for spec in model.fields_of(cls):
            if spec.name in hidden:
                continue
            label = spec.meta["label"]
            assert label is not None and label.nl and label.en, (cls.__name__, spec.name)


def test_replace_copies_lists_and_dicts():
    original = Agreement(text="A", party_ids=[1, 2])
    copy = model.replace(original, text="B")
    copy.party_ids.append(3)
    assert original.party_ids == [1, 2]
    assert copy.text == "B"


def test_kind_of_names_every_entity_class():
    for kind, cls in model.KINDS.items():
        assert model.kind_of(cls()) == kind
    with pytest.raises(TypeError):
        model.kind_of(Collaboration())


@pytest.mark.parametrize("review, status, today, overdue", [
    ("2026-09-01", "agreed", "2026-11-26", True),
    ("2026-09-01", "proposed", "2026-11-26", True),
    ("2026-09-01", "done", "2026-11-26", False),
    ("2026-09-01", "lapsed", "2026-11-26", False),
    ("2027-03-01", "agreed", "2026-11-26", False),
    ("2026-11-26", "agreed", "2026-11-26", False),
    ("", "agreed", "2026-11-26", False),
])
def test_agreement_overdue(review, status, today, overdue):
    from datetime import date

    assert Agreement(text="A", review_date=review, status=status).overdue(date.fromisoformat(today)) is overdue


@pytest.mark.parametrize("entity, path", [
    (Party(name="Gemeente \ud800Maasoever"), "name"),
    (Party(name="P", interests=["goed", "\udfffkapot"]), "interests[1]"),
    (Party(name="P", interests=["met\x00nul"]), "interests[0]"),
])
def test_text_that_no_file_can_hold_is_refused(entity, path):
    assert paths(entity) == [path]


@pytest.mark.parametrize("value, ok", [(2**63 - 1, True), (-(2**63), True), (2**63, False), (-(2**63) - 1, False)])
def test_whole_numbers_must_fit_in_the_file(value, ok):
    assert (paths(Party(name="P", sort_order=value)) == []) is ok


@pytest.mark.parametrize("value", [0, -1, 2**63])
def test_references_must_be_positive_ids(value):
    assert paths(WorkItem(title="T", working_group_id=value)) == ["working_group_id"]
    assert paths(Agreement(text="A", party_ids=[value])) == ["party_ids[0]"]
    assert paths(Decision(title="D", ratifications={value: "ratified"})) == [f"ratifications.{value}"]


@pytest.mark.parametrize("entity, path", [
    (Party(name="P", colour="#1f77b4\n"), "colour"),
    (Agreement(text="A", review_date="2026-03-31\n"), "review_date"),
])
def test_a_trailing_newline_does_not_sneak_through_a_format(entity, path):
    assert paths(entity) == [path]


def test_an_unhashable_ratification_state_is_refused_not_a_crash():
    assert paths(Decision(title="D", ratifications={1: ["ratified"]})) == ["ratifications.1"]
