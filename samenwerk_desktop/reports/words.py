"""The words of the PDF reports: field labels from the model, the report's own words, dates."""

from __future__ import annotations

from datetime import date

from samenwerk_desktop.core.i18n import MONTHS_EN, MONTHS_NL, Msg, long_date  # noqa: F401 - the reports' words
from samenwerk_desktop.core.model import (
    ActionItem,
    AgendaItem,
    Agreement,
    Collaboration,
    Decision,
    Dilemma,
    Meeting,
    Party,
    Relation,
    WorkingGroup,
    WorkItem,
    field_spec,
)

#: Report words that are the label of a model field: the model's label is the one the report prints.
FIELD_WORDS: dict[str, tuple[type, str]] = {
    "facilitator": (Collaboration, "facilitator"),
    "why": (Collaboration, "why"),
    "scope": (Collaboration, "scope"),
    "default_rule": (Collaboration, "default_decision_rule"),
    "kind": (Party, "kind"),
    "stance": (Party, "stance"),
    "influence": (Party, "influence"),
    "involvement": (Party, "involvement"),
    "position": (Party, "position"),
    "interests": (Party, "interests"),
    "culture": (Party, "culture"),
    "experience": (Party, "experience"),
    "beliefs": (Party, "beliefs"),
    "mandate": (Party, "mandate"),
    "board": (Party, "must_consult_board"),
    "private_note": (Party, "private_note"),
    "type": (Relation, "type"),
    "direction": (Relation, "direction"),
    "strength": (Relation, "strength"),
    "note": (Relation, "note"),
    "work_item": (WorkItem, "title"),
    "working_group": (WorkItem, "working_group_id"),
    "form": (WorkingGroup, "form"),
    "lead": (WorkingGroup, "lead_party_id"),
    "cadence": (WorkingGroup, "cadence"),
    "rule": (WorkingGroup, "decision_rule"),
    "agreement": (Agreement, "text"),
    "owner": (Agreement, "owner_party_id"),
    "involved": (Agreement, "party_ids"),
    "review": (Agreement, "review_date"),
    "category": (Agreement, "category"),
    "status": (Agreement, "status"),
    "decision": (Decision, "title"),
    "outcome": (Decision, "outcome"),
    "ratification": (Decision, "ratifications"),
    "meeting": (Decision, "meeting_id"),
    "party": (Dilemma, "party_id"),
    "dilemma": (Dilemma, "title"),
    "own_interest": (Dilemma, "own_interest"),
    "collective_interest": (Dilemma, "collective_interest"),
    "strategy": (Dilemma, "strategy"),
    "resolution": (Dilemma, "resolution"),
    "date": (Meeting, "date"),
    "location": (Meeting, "location"),
    "attendees": (Meeting, "attendee_ids"),
    "notes": (Meeting, "notes"),
    "introduced_by": (AgendaItem, "owner_party_id"),
    "action": (ActionItem, "text"),
    "due": (ActionItem, "due_date"),
}

#: Words printed after a field's label in the reports (only there, not on the screen).
SUFFIXES: dict[str, str] = {"private_note": "confidential"}

#: The reports' own words, which have no counterpart in the model (titles, headings, notes, formats).
WORDS: dict[str, tuple[str, str]] = {
    "contributes": ("Wat wij bieden", "What we offer"),
    "needs": ("Wat wij nodig hebben", "What we need"),
    "collab_report": ("Samenwerkingsrapport", "Collaboration report"),
    "meeting_report": ("Afspraken- en besluitenlijst", "Agreements and decisions list"),
    "contents": ("Inhoud", "Contents"),
    "challenge": ("De collectieve opgave", "The collective challenge"),
    "parties": ("Partijen", "Parties"),
    "map": ("Krachtenveld", "Stakeholder map"),
    "relations": ("Relaties", "Relations"),
    "raci": ("Verantwoordelijkheden (RACI)", "Responsibilities (RACI)"),
    "findings": ("Aandachtspunten in de matrix", "Points of attention in the matrix"),
    "structure": ("Werkstructuur en besluitvorming", "Working structure and decision-making"),
    "agreements": ("Werkafspraken", "Working agreements"),
    "decisions": ("Besluiten", "Decisions"),
    "dilemmas": ("Dilemma's", "Dilemmas"),
    "meetings": ("Overleggen", "Meetings"),
    "exported": ("Geëxporteerd op", "Exported on"),
    "page_of": ("pagina {x} van {y}", "page {x} of {y}"),
    "none": ("Geen.", "None."),
    "none_yet": ("Nog niets vastgelegd.", "Nothing recorded yet."),
    "board_yes": ("Ja: eerst terug naar het eigen bestuur", "Yes: must consult its own board first"),
    "board_no": ("Nee", "No"),
    "representatives": ("Vertegenwoordigers", "Representatives"),
    "source": ("Van", "From"),
    "target": ("Naar", "To"),
    "no_group": ("Zonder werkgroep", "Without working group"),
    "key": ("Afkortingen", "Abbreviations"),
    "legend": ("Legenda", "Legend"),
    "roles_legend": ("Rollen", "Roles"),
    "columns_part": ("partijen {a}–{b} van {n}", "parties {a}–{b} of {n}"),
    "no_findings": ("De matrix heeft geen aandachtspunten.", "The matrix has no points of attention."),
    "error": ("Fout", "Error"),
    "warning": ("Let op", "Warning"),
    "overdue": ("verlopen", "overdue"),
    "overdue_note": ("Achterstallig: de evaluatiedatum is verstreken.", "Overdue: the review date has passed."),
    "agenda": ("Agenda", "Agenda"),
    "minutes": ("min", "min"),
    "total": ("Totaal", "Total"),
    "actions": ("Actiepunten", "Action items"),
    "open_dilemmas": ("Openstaande dilemma's", "Open dilemmas"),
    "parking": ("Parkeerplaats", "Parking lot"),
    "resolved": ("afgehandeld", "resolved"),
    "nr": ("Nr.", "No."),
    "time": ("Tijd", "Time"),
    "meeting_decisions": ("Besluiten in dit overleg", "Decisions in this meeting"),
    "meeting_agreements": ("Werkafspraken uit dit overleg", "Agreements made in this meeting"),
    "parties_count": ("{n} partijen", "{n} parties"),
    "map_layout_network": ("Netwerk", "Network"),
    "map_layout_grid": ("Invloed/betrokkenheid-matrix", "Power/interest grid"),
    "map_layout_onion": ("Ui-model", "Onion model"),
    "map_note_many": ("Namen staan bij de {n} partijen met de meeste invloed.",
                      "Names are shown for the {n} most influential parties."),
    "map_focus": ("Uitsnede: {name} en zijn relaties", "Close-up: {name} and its relations"),
    "map_focus_intro": ("Het overzicht hierboven is te vol om te lezen; hieronder de {n} partijen met de meeste "
                        "relaties, elk met de partijen waarmee zij een relatie hebben.",
                        "The overview above is too full to read; below, the {n} parties with the most relations, "
                        "each with the parties it is related to."),
    "trust": ("Vertrouwen", "Trust"),
    "by_table": ("volgens standpunt en vertrouwen", "by stance and trust"),
    "ladder": ("Participatieladder nu → beoogd", "Participation ladder now → intended"),
    "map_layout_actors": ("Actortypen (standpunt × vertrouwen)", "Actor types (stance × trust)"),
    "direction_arrow": ("Richting (pijl)", "Direction (arrow)"),
    "open_dispute": ("Open geschil", "Open dispute"),
    "no_meeting": ("Dit overleg bestaat niet (meer).", "This meeting does not exist (any more)."),
    "of": ("van", "of"),
    "raci_left_out": ("{n} partijen zonder enige rol staan niet als kolom in de matrix; zie de aandachtspunten.",
                      "{n} parties without any role are not shown as columns; see the points of attention."),
    "rule_short": ("Regel", "Rule"),
    "size_influence": ("Grootte = invloed", "Size = influence"),
    "quadrant": ("Kwadrant", "Quadrant"),
    "overview": ("Overzicht", "Overview"),
    "profiles": ("Profielen", "Profiles"),
    "scores": ("Invloed {i}/10 · betrokkenheid {v}/10", "Influence {i}/10 · involvement {v}/10"),
    "layout": ("Weergave", "Layout"),
    "work_items": ("Onderdelen", "Work items"),
    "count": ("{n}", "{n}"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "no_meetings": ("Er zijn nog geen overleggen.", "There are no meetings yet."),
    "challenge_missing": ("De opgave is nog niet beschreven.", "The challenge has not been described yet."),
    "confidential": ("(vertrouwelijk)", "(confidential)"),
}


def field_label(cls: type, name: str, lang: str) -> str:
    """The label of a model field in the report's language (the field's name when it has none)."""
    msg = field_spec(cls, name).meta.get("label")
    return msg.text(lang) if msg is not None else name


def word(key: str, lang: str, **fmt) -> str:
    """A fixed word of the reports in the report's language: a model field's label or one of WORDS."""
    if key in FIELD_WORDS:
        text = field_label(*FIELD_WORDS[key], lang)
        if key in SUFFIXES:
            text = f"{text} {word(SUFFIXES[key], lang)}"
        return text
    nl, en = WORDS[key]
    text = en if lang == "en" else nl
    return text.format(**fmt) if fmt else text


def label(msg: Msg | None, lang: str, default: str = "") -> str:
    """The label of a vocabulary entry in the report's language."""
    return msg.text(lang) if msg is not None else default


def short_date(value: str | None, lang: str) -> str:
    """2026-03-31 as "31-03-2026" (Dutch) or "2026-03-31" (English)."""
    if not value:
        return ""
    try:
        d = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return d.isoformat() if lang == "en" else d.strftime("%d-%m-%Y")
