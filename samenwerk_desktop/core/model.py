"""The domain of one collaboration as plain Python types, with validation.

Every entity is a dataclass whose fields carry their own rules in the field
metadata (range, choices, reference, length). Validation, the SQLite schema,
the JSON interchange and its JSON Schema are all derived from these rules,
so there is one place that says what a valid collaboration is.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import dataclass, field
from datetime import date

from samenwerk_desktop.core.actors import ACTOR_TYPES, LADDER, PLACEMENTS
from samenwerk_desktop.core.i18n import Msg

# ---------------------------------------------------------------------------
# Vocabularies (code value -> Dutch / English label)
# ---------------------------------------------------------------------------

PARTY_KINDS: dict[str, Msg] = {
    "municipality": Msg("Gemeente", "Municipality"),
    "province": Msg("Provincie", "Province"),
    "water_board": Msg("Waterschap", "Water board"),
    "state": Msg("Rijk", "National government"),
    "grid_operator": Msg("Netbeheerder", "Grid operator"),
    "housing_corporation": Msg("Woningcorporatie", "Housing corporation"),
    "residents": Msg("Bewonersorganisatie", "Residents' organisation"),
    "nature": Msg("Natuurorganisatie", "Nature organisation"),
    "company": Msg("Bedrijf", "Company"),
    "knowledge": Msg("Kennisinstelling", "Knowledge institution"),
    "other": Msg("Overig", "Other"),
}

STANCES: dict[int, Msg] = {
    -2: Msg("Sterk tegen", "Strongly against"),
    -1: Msg("Tegen", "Against"),
    0: Msg("Neutraal", "Neutral"),
    1: Msg("Voor", "For"),
    2: Msg("Sterk voor", "Strongly for"),
}

RELATION_TYPES: dict[str, Msg] = {
    "coalition": Msg("Coalitie", "Coalition"),
    "tension": Msg("Spanning", "Tension"),
    "dependency": Msg("Afhankelijkheid", "Dependency"),
    "informal": Msg("Informeel contact", "Informal contact"),
}

DIRECTIONS: dict[str, Msg] = {
    "none": Msg("Wederzijds", "Mutual"),
    "forward": Msg("Van bron naar doel", "From source to target"),
    "both": Msg("Beide richtingen", "Both directions"),
}

GROUP_FORMS: dict[str, Msg] = {
    "working_group": Msg("Werkgroep", "Working group"),
    "steering_group": Msg("Stuurgroep", "Steering group"),
    "plenary": Msg("Plenair overleg", "Plenary meeting"),
    "scrum": Msg("Scrum", "Scrum"),
}

DECISION_RULES: dict[str, Msg] = {
    "consent": Msg("Consent", "Consent"),
    "consensus": Msg("Consensus", "Consensus"),
    "majority": Msg("Meerderheid", "Majority"),
    "lead_after_consultation": Msg("Trekker besluit na consultatie", "Lead decides after consultation"),
    "other": Msg("Anders", "Other"),
}

AGREEMENT_STATUSES: dict[str, Msg] = {
    "proposed": Msg("Voorgesteld", "Proposed"),
    "agreed": Msg("Afgesproken", "Agreed"),
    "done": Msg("Uitgevoerd", "Done"),
    "lapsed": Msg("Verlopen", "Lapsed"),
    "dropped": Msg("Vervallen", "Dropped"),
}

DECISION_OUTCOMES: dict[str, Msg] = {
    "pending": Msg("Nog te besluiten", "Pending"),
    "adopted": Msg("Aangenomen", "Adopted"),
    "rejected": Msg("Verworpen", "Rejected"),
    "postponed": Msg("Aangehouden", "Postponed"),
}

RATIFICATION_STATES: dict[str, Msg] = {
    "pending": Msg("Nog voorleggen", "Pending"),
    "ratified": Msg("Bekrachtigd", "Ratified"),
    "rejected": Msg("Afgewezen", "Rejected"),
}

STRATEGIES: dict[str, Msg] = {
    "form_coalition": Msg("Coalitie vormen", "Form coalition"),
    "negotiate": Msg("Onderhandelen", "Negotiate"),
    "escalate": Msg("Escaleren", "Escalate"),
    "accept": Msg("Accepteren", "Accept"),
    "step_out": Msg("Uitstappen", "Step out"),
}

DILEMMA_STATUSES: dict[str, Msg] = {
    "open": Msg("Open", "Open"),
    "in_progress": Msg("In behandeling", "In progress"),
    "resolved": Msg("Opgelost", "Resolved"),
}

ACTION_STATUSES: dict[str, Msg] = {
    "open": Msg("Open", "Open"),
    "done": Msg("Gereed", "Done"),
}

RACI_SCHEMES: dict[str, str] = {"RACI": "RACI", "RASCI": "RASCI"}

#: Canonical order of role letters in a cell: "A/R", never "R/A".
ROLE_ORDER = "ARSCI"

ROLE_NAMES: dict[str, Msg] = {
    "R": Msg("Verantwoordelijk", "Responsible"),
    "A": Msg("Eindverantwoordelijk", "Accountable"),
    "S": Msg("Ondersteunend", "Support"),
    "C": Msg("Geraadpleegd", "Consulted"),
    "I": Msg("Geïnformeerd", "Informed"),
}

NAME_MAX = 500
TEXT_MAX = 100_000
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: The range of an SQLite INTEGER.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


def fld(
    default=dataclasses.MISSING,
    *,
    factory=dataclasses.MISSING,
    min=None,
    max=None,
    choices=None,
    ref: str | None = None,
    maxlen: int | None = None,
    required: bool = False,
    fmt: str | None = None,
    private: bool = False,
    link: tuple[str, str, str] | None = None,
    label: Msg | None = None,
):
    """A dataclass field with its validation rules in the metadata.

    ``link`` names a link table (table, own column, other column) for list or
    dict fields that are stored as rows of their own.
    """
    meta = {
        "min": min,
        "max": max,
        "choices": choices,
        "ref": ref,
        "maxlen": maxlen,
        "required": required,
        "fmt": fmt,
        "private": private,
        "link": link,
        "label": label,
    }
    if factory is not dataclasses.MISSING:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


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
    contributes: str = fld("", maxlen=TEXT_MAX, label=Msg("Wat wij bijdragen", "What we contribute"))
    needs: str = fld("", maxlen=TEXT_MAX, label=Msg("Wat wij nodig hebben", "What we need"))
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


@dataclass
class AgendaItem:
    """One item on a meeting's agenda, with its timebox."""

    id: int | None = None
    meeting_id: int | None = fld(None, ref="meeting", required=True)
    title: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Agendapunt", "Agenda item"))
    minutes: int = fld(15, min=0, max=600, label=Msg("Minuten", "Minutes"))
    owner_party_id: int | None = fld(None, ref="party", label=Msg("Inbreng door", "Introduced by"))
    sort_order: int = fld(0)


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


@dataclass
class ParkingItem:
    """A topic set aside on the parking lot during a meeting."""

    id: int | None = None
    meeting_id: int | None = fld(None, ref="meeting", required=True)
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Onderwerp", "Topic"))
    resolved: bool = fld(False, label=Msg("Afgehandeld", "Resolved"))
    sort_order: int = fld(0)


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
}

KIND_NAMES: dict[str, Msg] = {
    "party": Msg("partij", "party"),
    "representative": Msg("vertegenwoordiger", "representative"),
    "relation": Msg("relatie", "relation"),
    "working_group": Msg("werkgroep", "working group"),
    "work_item": Msg("onderdeel", "work item"),
    "meeting": Msg("overleg", "meeting"),
    "agenda_item": Msg("agendapunt", "agenda item"),
    "action_item": Msg("actiepunt", "action item"),
    "parking_item": Msg("parkeerplaatsonderwerp", "parking-lot topic"),
    "agreement": Msg("werkafspraak", "agreement"),
    "decision": Msg("besluit", "decision"),
    "dilemma": Msg("dilemma", "dilemma"),
}


def kind_of(entity) -> str:
    """The kind name of an entity instance."""
    for name, cls in KINDS.items():
        if type(entity) is cls:
            return name
    raise TypeError(f"not an entity: {entity!r}")


# ---------------------------------------------------------------------------
# Field introspection
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """A field of an entity with its Python type and rules."""

    name: str
    type: str  # "str" | "int" | "float" | "bool" | "ref" | "str_list" | "ref_list" | "ref_map"
    default: object
    meta: dict

    @property
    def stored_inline(self) -> bool:
        """True for fields kept as a column of the entity's own table."""
        return self.meta.get("link") is None


_SPEC_CACHE: dict[type, tuple[FieldSpec, ...]] = {}


def _type_name(hint) -> str:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return "str"
    if hint is bool:
        return "bool"
    if hint is int:
        return "int"
    if hint is float:
        return "float"
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        return "ref"
    if origin is list and args == (str,):
        return "str_list"
    if origin is list and args == (int,):
        return "ref_list"
    if origin is dict:
        return "ref_map"
    raise TypeError(f"unsupported field type {hint!r}")


def fields_of(cls: type) -> tuple[FieldSpec, ...]:
    """The field specs of an entity class (or of Collaboration), cached."""
    specs = _SPEC_CACHE.get(cls)
    if specs is None:
        hints = typing.get_type_hints(cls)
        out = []
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
                default = f.default_factory()  # type: ignore[misc]
            else:
                default = None
            kind = "int" if f.name == "id" else _type_name(hints[f.name])
            out.append(FieldSpec(f.name, kind, default, dict(f.metadata)))
        specs = _SPEC_CACHE[cls] = tuple(out)
    return specs


def field_spec(cls: type, name: str) -> FieldSpec:
    for spec in fields_of(cls):
        if spec.name == name:
            return spec
    raise KeyError(f"{cls.__name__} has no field {name!r}")


def private_fields(cls: type) -> tuple[str, ...]:
    """Names of facilitator-only fields of a class."""
    return tuple(s.name for s in fields_of(cls) if s.meta.get("private"))


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a value, with where it is: a JSON-style path, and (when the core refuses an
    operation) the kind, id and field it concerns, so a window can show it on that field."""

    path: str
    message: Msg
    kind: str = ""  # an entity kind, "collaboration" or "raci"; "" when not known
    id: object = None
    field: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def at(self, kind: str, id_, field: str) -> Problem:
        """The same problem, placed on a field of an entity."""
        return dataclasses.replace(self, kind=kind, id=id_, field=field)

    @property
    def label(self) -> Msg | None:
        """The field's label in the user's words ("Evaluatiedatum"), or None when there is none."""
        cls = Collaboration if self.kind == "collaboration" else KINDS.get(self.kind)
        if cls is None or not self.field:
            return None
        try:
            label = field_spec(cls, self.field).meta.get("label")
        except KeyError:
            return None
        return label or None


def _encodable(value: str) -> bool:
    """False for text with lone surrogates, which no file can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_date(value: str) -> bool:
    if not DATE_RE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_value(spec: FieldSpec, value, path: str) -> list[Problem]:
    """Problems with one field value (type, range, choices, length, format)."""
    meta = spec.meta
    t = spec.type
    problems: list[Problem] = []

    def bad(nl: str, en: str) -> list[Problem]:
        return [Problem(path, Msg(nl, en))]

    if t == "str":
        if not isinstance(value, str):
            return bad("moet tekst zijn", "must be text")
        if meta.get("required") and not value.strip():
            return bad("mag niet leeg zijn", "must not be empty")
        maxlen = meta.get("maxlen")
        if maxlen and len(value) > maxlen:
            return bad(f"is langer dan {maxlen} tekens", f"is longer than {maxlen} characters")
        if "\x00" in value:
            return bad("bevat een nul-teken", "contains a NUL character")
        if not _encodable(value):
            return bad("bevat een ongeldig teken (losse surrogaat)", "contains an invalid character (lone surrogate)")
        fmt = meta.get("fmt")
        if fmt == "date" and value and not _is_date(value):
            return bad("moet een datum zijn als 2026-03-31", "must be a date such as 2026-03-31")
        if fmt == "colour" and not COLOUR_RE.fullmatch(value):
            return bad("moet een kleur zijn als #1f77b4", "must be a colour such as #1f77b4")
        choices = meta.get("choices")
        if choices is not None and value not in choices:
            allowed = ", ".join(str(c) for c in choices)
            return bad(f"moet een van deze zijn: {allowed}", f"must be one of: {allowed}")
    elif t == "bool":
        if not isinstance(value, bool):
            return bad("moet waar of onwaar zijn", "must be true or false")
    elif t in ("int", "float"):
        ok_types = (int,) if t == "int" else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_types):
            return bad("moet een getal zijn", "must be a number")
        if t == "float" and value != value:  # NaN
            return bad("moet een getal zijn", "must be a number")
        lo, hi = meta.get("min"), meta.get("max")
        if lo is not None and value < lo or hi is not None and value > hi:
            return bad(f"moet tussen {lo} en {hi} liggen", f"must be between {lo} and {hi}")
        if t == "int" and not INT_MIN <= value <= INT_MAX:  # what SQLite can store
            return bad("is te groot", "is too large")
        choices = meta.get("choices")
        if choices is not None and value not in choices:
            return bad("is geen geldige waarde", "is not a valid value")
    elif t == "ref":
        if value is None:
            if meta.get("required"):
                return bad("moet verwijzen naar een " + str(KIND_NAMES[meta["ref"]].nl),
                           "must refer to a " + KIND_NAMES[meta["ref"]].en)
            return []
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= INT_MAX:
            return bad("moet een nummer (id) zijn", "must be an id number")
    elif t == "str_list":
        if not isinstance(value, list):
            return bad("moet een lijst met teksten zijn", "must be a list of texts")
        for i, item in enumerate(value):
            if not isinstance(item, str) or "\x00" in item or not _encodable(item):
                problems += [Problem(f"{path}[{i}]", Msg("moet tekst zijn", "must be text"))]
            elif len(item) > (meta.get("maxlen") or TEXT_MAX):
                problems += [Problem(f"{path}[{i}]", Msg("is te lang", "is too long"))]
    elif t == "ref_list":
        if not isinstance(value, list):
            return bad("moet een lijst met nummers zijn", "must be a list of ids")
        ids = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= INT_MAX:
                problems += [Problem(f"{path}[{i}]", Msg("moet een nummer (id) zijn", "must be an id number"))]
            else:
                ids.append(item)
        if len(set(ids)) != len(ids):
            problems += [Problem(path, Msg("noemt een partij twee keer", "names a party twice"))]
    elif t == "ref_map":
        if not isinstance(value, dict):
            return bad("moet een tabel partij → waarde zijn", "must be a map party → value")
        choices = meta.get("choices") or {}
        for k, v in value.items():
            if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= INT_MAX:
                problems += [Problem(f"{path}.{k}", Msg("sleutel moet een nummer (id) zijn", "key must be an id number"))]
            if not isinstance(v, str) or v not in choices:
                allowed = ", ".join(choices)
                problems += [Problem(f"{path}.{k}", Msg(f"moet een van deze zijn: {allowed}", f"must be one of: {allowed}"))]
    return problems


def validate(entity, path: str = "") -> list[Problem]:
    """All problems with an entity's own fields (references are checked by the store)."""
    problems: list[Problem] = []
    for spec in fields_of(type(entity)):
        if spec.name == "id":
            continue
        sub = f"{path}.{spec.name}" if path else spec.name
        problems += check_value(spec, getattr(entity, spec.name), sub)
    if isinstance(entity, Relation) and entity.source_id is not None and entity.source_id == entity.target_id:
        problems.append(Problem(f"{path}.target_id" if path else "target_id",
                                Msg("een relatie verbindt twee verschillende partijen",
                                    "a relation links two different parties")))
    kind = "collaboration" if isinstance(entity, Collaboration) else kind_of(entity)
    return [p.at(kind, getattr(entity, "id", None), _field_of(p.path, path)) for p in problems]


def _field_of(path: str, prefix: str) -> str:
    """The field a problem's path names below an entity's own path ("parties[3].tags[0]" -> "tags")."""
    rest = path[len(prefix) + 1:] if prefix else path
    return rest.split(".")[0].split("[")[0]


def normalise_roles(text: str, scheme: str = "RASCI") -> str:
    """Turn user input such as "r/a", "A R" or "ra" into canonical "AR".

    Raises ValueError for letters outside the scheme.
    """
    letters = [c for c in text.upper() if not c.isspace() and c not in "/,+-;"]
    allowed = set(scheme)
    bad = [c for c in letters if c not in allowed]
    if bad:
        raise ValueError(f"unknown role {''.join(bad)!r} for scheme {scheme}")
    chosen = set(letters)
    return "".join(c for c in ROLE_ORDER if c in chosen)


def format_roles(roles: str) -> str:
    """Canonical roles "AR" as shown to people: "A/R"."""
    return "/".join(roles)


def replace(entity, **changes):
    """A copy of an entity with some fields changed (deep-copies list and dict fields)."""
    copy = dataclasses.replace(entity, **changes)
    for spec in fields_of(type(entity)):
        value = getattr(copy, spec.name)
        if isinstance(value, list):
            setattr(copy, spec.name, list(value))
        elif isinstance(value, dict):
            setattr(copy, spec.name, dict(value))
    return copy
