"""The entities of one collaboration as dataclasses whose fields carry their own rules in the metadata.

Every field says its range, choices, reference, length and label (see ``fld``); validation, the SQLite
schema, the JSON interchange and its JSON Schema are all derived from these rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from samenwerk_desktop.core.actors import ACTOR_TYPES, LADDER, PLACEMENTS
from samenwerk_desktop.core.dispute_entities import Dispute, DisputeStep, GiveTake
from samenwerk_desktop.core.fields import fld
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.vocab import (
    ACTION_STATUSES,
    AGREEMENT_STATUSES,
    ANSWERS,
    ATTENDANCE,
    DECISION_OUTCOMES,
    DECISION_RULES,
    DILEMMA_STATUSES,
    DIRECTIONS,
    GROUP_FORMS,
    LENSES,
    MEETING_STATES,
    NAME_MAX,
    PARTY_KINDS,
    RACI_SCHEMES,
    RATIFICATION_STATES,
    RELATION_TYPES,
    STRATEGIES,
    TEXT_MAX,
)

# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------


@dataclass
class Collaboration:
    """The collaboration itself: one per project file."""

    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Titel", "Title"))
    challenge: str = fld("", maxlen=TEXT_MAX, label=Msg("Collectieve opgave", "Collective challenge"))
    why: str = fld("", maxlen=TEXT_MAX, label=Msg("Waar doen wij het voor?", "What are we doing it for?"))
    scope: str = fld("", maxlen=TEXT_MAX, label=Msg("Afbakening", "Scope"))
    facilitator: str = fld("", maxlen=NAME_MAX, label=Msg("Procesbegeleider", "Facilitator"))
    raci_scheme: str = fld("RACI", choices=RACI_SCHEMES, label=Msg("Rollenschema", "Role scheme"))
    overload_share: float = fld(
        0.5, min=0.05, max=1.0, label=Msg("Maximaal aandeel A/R per partij", "Maximum A/R share per party")
    )
    default_decision_rule: str = fld(
        "consent", choices=DECISION_RULES, label=Msg("Besluitvormingsregel", "Decision rule")
    )
    map_layout: str = fld("network", choices={"network": 1, "grid": 1, "onion": 1, "actors": 1})
    created: str = fld("", maxlen=40)
    updated: str = fld("", maxlen=40)
    # file version 5: the collaboration's own dispute procedure (empty: the Dutch default steps)
    dispute_procedure: list[str] = fld(factory=list, maxlen=NAME_MAX,
                                       label=Msg("Geschillenregeling", "Dispute procedure"))


@dataclass
class Party:
    """An organisation at the table."""

    id: int | None = None
    name: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Naam", "Name"))
    short_name: str = fld("", maxlen=40, label=Msg("Afkorting", "Short name"))
    kind: str = fld("other", choices=PARTY_KINDS, label=Msg("Soort", "Kind"))
    colour: str = fld("#4c72b0", fmt="colour", label=Msg("Kleur", "Colour"))
    stance: int = fld(0, min=-2, max=2, label=Msg("Standpunt t.o.v. opgave", "Stance on the challenge"))
    influence: int = fld(5, min=0, max=10, label=Msg("Invloed", "Influence"))
    involvement: int = fld(5, min=0, max=10, label=Msg("Betrokkenheid", "Involvement"))
    position: str = fld("", maxlen=TEXT_MAX, label=Msg("Standpunt", "Position"))
    interests: list[str] = fld(factory=list, maxlen=TEXT_MAX, label=Msg("Belangen", "Interests"))
    culture: str = fld("", maxlen=TEXT_MAX, label=Msg("Cultuur", "Culture"))
    experience: str = fld("", maxlen=TEXT_MAX, label=Msg("Ervaring", "Experience"))
    beliefs: str = fld("", maxlen=TEXT_MAX, label=Msg("Overtuigingen", "Beliefs"))
    mandate: str = fld("", maxlen=TEXT_MAX, label=Msg("Mandaat", "Mandate"))
    must_consult_board: bool = fld(
        False, label=Msg("Terugkoppeling naar bestuur nodig", "Must consult board")
    )
    private_note: str = fld(
        "", maxlen=TEXT_MAX, private=True,
        label=Msg("Notitie van de procesbegeleider", "Facilitator's private note"),
    )
    x: float = fld(0.0, min=-1e6, max=1e6)
    y: float = fld(0.0, min=-1e6, max=1e6)
    sort_order: int = fld(0)
    # file version 2: the krachtenveldanalyse and where the network position comes from
    trust: int = fld(0, min=-2, max=2, label=Msg("Vertrouwen in de relatie", "Trust in the relationship"))
    actor_type: str = fld("", choices={"": Msg("Volgens de tabel", "By the table"), **ACTOR_TYPES},
                          label=Msg("Actortype", "Actor type"))
    ladder_now: str = fld("", choices={"": Msg("Niet gekozen", "Not chosen"), **LADDER},
                          label=Msg("Participatieladder: nu", "Participation ladder: now"))
    ladder_intended: str = fld("", choices={"": Msg("Niet gekozen", "Not chosen"), **LADDER},
                               label=Msg("Participatieladder: beoogd", "Participation ladder: intended"))
    # "manual" unless said otherwise: code that makes a party without a position says "none"
    placement: str = fld("manual", choices=PLACEMENTS, label=Msg("Plek op de kaart", "Position on the map"))
    # file version 3: the weight of its vote in a majority decision
    vote_weight: int = fld(1, min=0, max=1000, label=Msg("Stemgewicht", "Vote weight"))

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass
class Representative:
    """The person at the table for a party."""

    id: int | None = None
    party_id: int | None = fld(None, ref="party", required=True)
    name: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Naam", "Name"))
    role: str = fld("", maxlen=NAME_MAX, label=Msg("Rol", "Role"))
    mandate: str = fld("", maxlen=TEXT_MAX, label=Msg("Mandaat", "Mandate"))
    sort_order: int = fld(0)


@dataclass
class Relation:
    """A typed link between two parties."""

    id: int | None = None
    source_id: int | None = fld(None, ref="party", required=True)
    target_id: int | None = fld(None, ref="party", required=True)
    type: str = fld("informal", choices=RELATION_TYPES, label=Msg("Soort relatie", "Relation type"))
    direction: str = fld("none", choices=DIRECTIONS, label=Msg("Richting", "Direction"))
    strength: int = fld(2, min=1, max=3, label=Msg("Sterkte", "Strength"))
    note: str = fld("", maxlen=TEXT_MAX, label=Msg("Toelichting", "Note"))


@dataclass
class WorkingGroup:
    """How part of the work is coordinated: a working group, steering group, plenary or scrum."""

    id: int | None = None
    name: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Naam", "Name"))
    form: str = fld("working_group", choices=GROUP_FORMS, label=Msg("Vorm", "Form"))
    lead_party_id: int | None = fld(None, ref="party", label=Msg("Trekker", "Lead party"))
    cadence: str = fld("", maxlen=NAME_MAX, label=Msg("Ritme", "Cadence"))
    decision_rule: str = fld("consent", choices=DECISION_RULES, label=Msg("Besluitvormingsregel", "Decision rule"))
    sort_order: int = fld(0)


@dataclass
class WorkItem:
    """A row of the responsibility matrix."""

    id: int | None = None
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Onderdeel", "Work item"))
    description: str = fld("", maxlen=TEXT_MAX, label=Msg("Omschrijving", "Description"))
    working_group_id: int | None = fld(None, ref="working_group", label=Msg("Werkgroep", "Working group"))
    sort_order: int = fld(0)


@dataclass
class Meeting:
    """An overleg: date, attendees, agenda, notes."""

    id: int | None = None
    date: str = fld("", fmt="date", required=True, label=Msg("Datum", "Date"))
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Titel", "Title"))
    location: str = fld("", maxlen=NAME_MAX, label=Msg("Locatie", "Location"))
    notes: str = fld("", maxlen=TEXT_MAX, label=Msg("Verslag", "Notes"))
    attendee_ids: list[int] = fld(
        factory=list, ref="party", link=("meeting_attendee", "meeting_id", "party_id"),
        label=Msg("Aanwezig", "Attendees"),
    )
    # file version 3: running the meeting (at most one meeting runs: the current meeting)
    start_time: str = fld("", fmt="time", label=Msg("Begintijd", "Start time"))
    status: str = fld("planned", choices=MEETING_STATES, label=Msg("Stand", "State"))
    started: str = fld("", fmt="datetime", label=Msg("Begonnen om", "Started at"))


@dataclass
class AgendaItem:
    """One item on a meeting's agenda, with its timebox."""

    id: int | None = None
    meeting_id: int | None = fld(None, ref="meeting", required=True)
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Agendapunt", "Agenda item"))
    minutes: int = fld(15, min=0, max=600, label=Msg("Minuten", "Minutes"))
    owner_party_id: int | None = fld(None, ref="party", label=Msg("Inbreng door", "Introduced by"))
    sort_order: int = fld(0)
    # file version 3: when the running meeting took this item up and left it
    started: str = fld("", fmt="datetime", label=Msg("Begonnen om", "Started at"))
    ended: str = fld("", fmt="datetime", label=Msg("Afgerond om", "Ended at"))


@dataclass
class ActionItem:
    """An actiepunt from a meeting: who does what by when."""

    id: int | None = None
    meeting_id: int | None = fld(None, ref="meeting", required=True)
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Actie", "Action"))
    owner_party_id: int | None = fld(None, ref="party", label=Msg("Eigenaar", "Owner"))
    due_date: str = fld("", fmt="date", label=Msg("Uiterlijk", "Due"))
    status: str = fld("open", choices=ACTION_STATUSES, label=Msg("Status", "Status"))
    sort_order: int = fld(0)
    # file version 3: the agenda item it came from, and the meeting it was carried over from
    agenda_item_id: int | None = fld(None, ref="agenda_item", label=Msg("Agendapunt", "Agenda item"))
    origin_meeting_id: int | None = fld(None, ref="meeting", label=Msg("Eerder ingebracht in", "First raised in"))


@dataclass
class ParkingItem:
    """A topic set aside on the parking lot during a meeting."""

    id: int | None = None
    meeting_id: int | None = fld(None, ref="meeting", required=True)
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Onderwerp", "Topic"))
    resolved: bool = fld(False, label=Msg("Afgehandeld", "Resolved"))
    sort_order: int = fld(0)
    # file version 3: the agenda item it came from, and the meeting it was carried over from
    agenda_item_id: int | None = fld(None, ref="agenda_item", label=Msg("Agendapunt", "Agenda item"))
    origin_meeting_id: int | None = fld(None, ref="meeting", label=Msg("Eerder ingebracht in", "First raised in"))


@dataclass
class Agreement:
    """A working agreement (werkafspraak)."""

    id: int | None = None
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Afspraak", "Agreement"))
    category: str = fld("", maxlen=NAME_MAX, label=Msg("Categorie", "Category"))
    owner_party_id: int | None = fld(None, ref="party", label=Msg("Eigenaar", "Owner"))
    party_ids: list[int] = fld(
        factory=list, ref="party", link=("agreement_party", "agreement_id", "party_id"),
        label=Msg("Betrokken partijen", "Parties involved"),
    )
    status: str = fld("proposed", choices=AGREEMENT_STATUSES, label=Msg("Status", "Status"))
    meeting_id: int | None = fld(None, ref="meeting", label=Msg("Afgesproken in overleg", "Agreed in meeting"))
    review_date: str = fld("", fmt="date", label=Msg("Evaluatiedatum", "Review date"))
    work_item_id: int | None = fld(None, ref="work_item", label=Msg("Onderdeel", "Work item"))
    sort_order: int = fld(0)
    # file version 3: the agenda item it was agreed under
    agenda_item_id: int | None = fld(None, ref="agenda_item", label=Msg("Agendapunt", "Agenda item"))

    def overdue(self, today: date | None = None) -> bool:
        """True when the review date has passed and the agreement is still live."""
        if not self.review_date or self.status not in ("proposed", "agreed"):
            return False
        return self.review_date < (today or date.today()).isoformat()


@dataclass
class Decision:
    """A besluit: what was decided, when, how, and who ratified it."""

    id: int | None = None
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Besluit", "Decision"))
    text: str = fld("", maxlen=TEXT_MAX, label=Msg("Toelichting", "Text"))
    rule: str = fld("consent", choices=DECISION_RULES, label=Msg("Besluitvormingsregel", "Decision rule"))
    date: str = fld("", fmt="date", label=Msg("Datum", "Date"))
    meeting_id: int | None = fld(None, ref="meeting", label=Msg("Overleg", "Meeting"))
    outcome: str = fld("pending", choices=DECISION_OUTCOMES, label=Msg("Uitkomst", "Outcome"))
    ratifications: dict[int, str] = fld(
        factory=dict, ref="party", choices=RATIFICATION_STATES,
        link=("ratification", "decision_id", "party_id"),
        label=Msg("Bekrachtiging", "Ratification"),
    )
    sort_order: int = fld(0)
    # file version 3: the agenda item, and who leads it (the working group's lead unless named)
    agenda_item_id: int | None = fld(None, ref="agenda_item", label=Msg("Agendapunt", "Agenda item"))
    working_group_id: int | None = fld(None, ref="working_group", label=Msg("Werkgroep", "Working group"))
    lead_party_id: int | None = fld(None, ref="party", label=Msg("Trekker", "Lead party"))


@dataclass
class Dilemma:
    """A party's tension between its own and the collective interest."""

    id: int | None = None
    party_id: int | None = fld(None, ref="party", required=True, label=Msg("Partij", "Party"))
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Dilemma", "Dilemma"))
    own_interest: str = fld("", maxlen=TEXT_MAX, label=Msg("Eigen belang", "Own interest"))
    collective_interest: str = fld("", maxlen=TEXT_MAX, label=Msg("Collectief belang", "Collective interest"))
    strategy: str = fld("negotiate", choices=STRATEGIES, label=Msg("Strategie", "Strategy"))
    status: str = fld("open", choices=DILEMMA_STATUSES, label=Msg("Status", "Status"))
    resolution: str = fld("", maxlen=TEXT_MAX, label=Msg("Uitkomst", "Resolution"))
    sort_order: int = fld(0)


@dataclass
class Attendance:
    """How one party attends one meeting: present (and who speaks), absent, or by proxy."""

    id: int | None = None
    meeting_id: int | None = fld(None, ref="meeting", required=True)
    party_id: int | None = fld(None, ref="party", required=True, label=Msg("Partij", "Party"))
    status: str = fld("present", choices=ATTENDANCE, label=Msg("Aanwezigheid", "Attendance"))
    speaker_id: int | None = fld(None, ref="representative", label=Msg("Woordvoerder", "Speaker"))
    proxy_party_id: int | None = fld(
        None, ref="party", label=Msg("Vertegenwoordigd door partij", "Represented by party"))
    proxy_name: str = fld("", maxlen=NAME_MAX, label=Msg("Vertegenwoordigd door", "Represented by"))


@dataclass
class Round:
    """One round in which a decision was put to the room; every round stays in the decision's history."""

    id: int | None = None
    decision_id: int | None = fld(None, ref="decision", required=True, label=Msg("Besluit", "Decision"))
    meeting_id: int | None = fld(None, ref="meeting", label=Msg("Overleg", "Meeting"))
    agenda_item_id: int | None = fld(None, ref="agenda_item", label=Msg("Agendapunt", "Agenda item"))
    text: str = fld("", maxlen=TEXT_MAX, label=Msg("Voorstel", "Proposal"))
    outcome: str = fld("", choices={"": Msg("Niet bevestigd", "Not confirmed"), **DECISION_OUTCOMES},
                       label=Msg("Bevestigde uitkomst", "Confirmed outcome"))
    sort_order: int = fld(0)


@dataclass
class Amendment:
    """A change to the proposal of a round that answers one or more objections."""

    id: int | None = None
    round_id: int | None = fld(None, ref="round", required=True, label=Msg("Ronde", "Round"))
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Amendement", "Amendment"))
    sort_order: int = fld(0)


@dataclass
class Answer:
    """One party's answer in a round, who gave it and why; an objection can be resolved by an amendment."""

    id: int | None = None
    round_id: int | None = fld(None, ref="round", required=True, label=Msg("Ronde", "Round"))
    party_id: int | None = fld(None, ref="party", required=True, label=Msg("Partij", "Party"))
    answer: str = fld("consent", choices=ANSWERS, label=Msg("Antwoord", "Answer"))
    given_by: str = fld("", maxlen=NAME_MAX, label=Msg("Gegeven door", "Given by"))
    reason: str = fld("", maxlen=TEXT_MAX, label=Msg("Reden", "Reason"))
    amendment_id: int | None = fld(
        None, ref="amendment", label=Msg("Opgelost door amendement", "Resolved by amendment"))


# file version 4: how the collaboration moves (states of the field of forces) and the collaboration check


@dataclass
class ForceFieldState:
    """A stand van het krachtenveld: the map as it was at a moment (a meeting's close, or taken by hand)."""

    id: int | None = None
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Stand", "State"))
    taken: str = fld("", fmt="datetime", label=Msg("Vastgelegd op", "Taken at"))
    meeting_id: int | None = fld(None, ref="meeting", label=Msg("Overleg", "Meeting"))
    sort_order: int = fld(0)


@dataclass
class StateParty:
    """One party as a state holds it; ``reason`` and the links say why it moved since the state before."""

    id: int | None = None
    state_id: int | None = fld(None, ref="force_state", required=True, label=Msg("Stand", "State"))
    party_id: int | None = fld(None, ref="party", label=Msg("Partij", "Party"))
    name: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Naam", "Name"))
    stance: int = fld(0, min=-2, max=2, label=Msg("Standpunt t.o.v. opgave", "Stance on the challenge"))
    influence: int = fld(5, min=0, max=10, label=Msg("Invloed", "Influence"))
    involvement: int = fld(5, min=0, max=10, label=Msg("Betrokkenheid", "Involvement"))
    position: str = fld("", maxlen=TEXT_MAX, label=Msg("Standpunt", "Position"))
    x: float = fld(0.0, min=-1e6, max=1e6)
    y: float = fld(0.0, min=-1e6, max=1e6)
    reason: str = fld("", maxlen=TEXT_MAX, label=Msg("Waarom bewogen", "Why it moved"))
    agreement_id: int | None = fld(None, ref="agreement", label=Msg("Door werkafspraak", "Because of agreement"))
    decision_id: int | None = fld(None, ref="decision", label=Msg("Door besluit", "Because of decision"))


@dataclass
class StateRelation:
    """One relation as a state holds it."""

    id: int | None = None
    state_id: int | None = fld(None, ref="force_state", required=True, label=Msg("Stand", "State"))
    source_id: int | None = fld(None, ref="party", label=Msg("Van partij", "From party"))
    target_id: int | None = fld(None, ref="party", label=Msg("Naar partij", "To party"))
    type: str = fld("informal", choices=RELATION_TYPES, label=Msg("Soort relatie", "Relation type"))
    strength: int = fld(2, min=1, max=3, label=Msg("Sterkte", "Strength"))


@dataclass
class ScanStatement:
    """A statement of the collaboration check, under one of the five lenses."""

    id: int | None = None
    lens: str = fld("ambition", choices=LENSES, label=Msg("Lens", "Lens"))
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Stelling", "Statement"))
    sort_order: int = fld(0)


@dataclass
class Scan:
    """One collaboration check (samenwerkingsscan), usually at the end of a meeting."""

    id: int | None = None
    date: str = fld("", fmt="date", required=True, label=Msg("Datum", "Date"))
    meeting_id: int | None = fld(None, ref="meeting", label=Msg("Overleg", "Meeting"))
    sort_order: int = fld(0)


@dataclass
class ScanScore:
    """One party's score (1 to 5) on one statement in one check."""

    id: int | None = None
    scan_id: int | None = fld(None, ref="scan", required=True, label=Msg("Scan", "Check"))
    statement_id: int | None = fld(None, ref="scan_statement", required=True, label=Msg("Stelling", "Statement"))
    party_id: int | None = fld(None, ref="party", required=True, label=Msg("Partij", "Party"))
    score: int = fld(3, min=1, max=5, label=Msg("Score", "Score"))


@dataclass
class RaciCell:
    """The roles of one party on one work item, e.g. "AR" shown as A/R."""

    work_item_id: int
    party_id: int
    roles: str


#: Entity kinds in dependency order (a kind only refers to kinds before it).
KINDS: dict[str, type] = {
    "party": Party,
    "representative": Representative,
    "relation": Relation,
    "working_group": WorkingGroup,
    "work_item": WorkItem,
    "meeting": Meeting,
    "agenda_item": AgendaItem,
    "action_item": ActionItem,
    "parking_item": ParkingItem,
    "agreement": Agreement,
    "decision": Decision,
    "dilemma": Dilemma,
    "attendance": Attendance,
    "round": Round,
    "amendment": Amendment,
    "answer": Answer,
    "force_state": ForceFieldState,
    "state_party": StateParty,
    "state_relation": StateRelation,
    "scan_statement": ScanStatement,
    "scan": Scan,
    "scan_score": ScanScore,
    "give_take": GiveTake,
    "dispute": Dispute,
    "dispute_step": DisputeStep,
}

#: Plural names used as JSON keys and in messages.
PLURALS: dict[str, str] = {
    "party": "parties",
    "representative": "representatives",
    "relation": "relations",
    "working_group": "working_groups",
    "work_item": "work_items",
    "meeting": "meetings",
    "agenda_item": "agenda_items",
    "action_item": "action_items",
    "parking_item": "parking_items",
    "agreement": "agreements",
    "decision": "decisions",
    "dilemma": "dilemmas",
    "attendance": "attendances",
    "round": "rounds",
    "amendment": "amendments",
    "answer": "answers",
    "force_state": "force_states",
    "state_party": "state_parties",
    "state_relation": "state_relations",
    "scan_statement": "scan_statements",
    "scan": "scans",
    "scan_score": "scan_scores",
    "give_take": "give_takes",
    "dispute": "disputes",
    "dispute_step": "dispute_steps",
}


def kind_of(entity) -> str:
    """The kind name of an entity instance."""
    for name, cls in KINDS.items():
        if type(entity) is cls:
            return name
    raise TypeError(f"not an entity: {entity!r}")


