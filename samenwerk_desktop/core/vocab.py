"""The vocabularies of a collaboration (code value -> Dutch / English label) and the limits of its values."""

from __future__ import annotations

import re

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

# File version 3: running a meeting, attendance and the rounds of a decision.
MEETING_STATES: dict[str, Msg] = {
    "planned": Msg("Gepland", "Planned"),
    "running": Msg("Loopt", "Running"),
    "closed": Msg("Afgesloten", "Closed"),
}

ATTENDANCE: dict[str, Msg] = {
    "present": Msg("Aanwezig", "Present"),
    "absent": Msg("Afwezig", "Absent"),
    "proxy": Msg("Vertegenwoordigd", "By proxy"),
}

CONSENT_ANSWERS: dict[str, Msg] = {
    "consent": Msg("Instemming", "Consent"),
    "stand_aside": Msg("Staat opzij", "Stand aside"),
    "objection": Msg("Bezwaar", "Objection"),
    "block": Msg("Veto", "Block"),
}
MAJORITY_ANSWERS: dict[str, Msg] = {
    "for": Msg("Voor", "For"),
    "against": Msg("Tegen", "Against"),
    "abstain": Msg("Onthouding", "Abstain"),
}
CONSENSUS_ANSWERS: dict[str, Msg] = {
    "agree": Msg("Eens", "Agree"),
    "reservations": Msg("Eens met voorbehoud", "Agree with reservations"),
    "disagree": Msg("Oneens", "Disagree"),
}
#: Every answer a party can give in a round; which ones a rule asks for is RULE_ANSWERS.
ANSWERS: dict[str, Msg] = {**CONSENT_ANSWERS, **MAJORITY_ANSWERS, **CONSENSUS_ANSWERS}
#: The answers a decision rule asks for (the lead's consultation and "other" ask for advice).
RULE_ANSWERS: dict[str, dict[str, Msg]] = {
    "consent": CONSENT_ANSWERS,
    "majority": MAJORITY_ANSWERS,
    "consensus": CONSENSUS_ANSWERS,
    "lead_after_consultation": CONSENSUS_ANSWERS,
    "other": CONSENSUS_ANSWERS,
}
#: Answers that need a reason.
REASON_NEEDED = frozenset({"objection", "block"})

#: The five lenses of the collaboration check (samenwerkingsscan), after Kaats & Opheij.
LENSES: dict[str, Msg] = {
    "ambition": Msg("Ambitie", "Ambition"),
    "interests": Msg("Belangen", "Interests"),
    "relationship": Msg("Relatie", "Relationship"),
    "organisation": Msg("Organisatie", "Organisation"),
    "process": Msg("Proces", "Process"),
}

#: A party's give-and-take item: what it needs, or what it offers ("wat kunnen we voor elkaar betekenen?").
GIVE_TAKE_KINDS: dict[str, Msg] = {
    "need": Msg("Nodig", "Need"),
    "offer": Msg("Aanbod", "Offer"),
}

DISPUTE_STATUSES: dict[str, Msg] = {
    "open": Msg("Open", "Open"),
    "resolved": Msg("Opgelost", "Resolved"),
}

#: Who may see a dispute: disputes are sensitive, so the default is the facilitator only.
DISPUTE_VISIBILITY: dict[str, Msg] = {
    "facilitator": Msg("Alleen de procesbegeleider", "The facilitator only"),
    "involved": Msg("De betrokken partijen", "The parties involved"),
    "all": Msg("De hele samenwerking", "The whole collaboration"),
}

#: The default geschillenregeling: the steps of a dispute procedure, in order.
DEFAULT_DISPUTE_PROCEDURE: tuple[Msg, ...] = (
    Msg("Bilateraal gesprek tussen de vertegenwoordigers", "Bilateral talk between the representatives"),
    Msg("Bemiddeling door de procesbegeleider", "Mediation by the facilitator"),
    Msg("Bespreking in de stuurgroep", "The steering group"),
    Msg("Voorleggen aan de besturen van de partijen", "The boards of the parties"),
    Msg("Externe mediator", "An external mediator"),
)

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
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")
#: The range of an SQLite INTEGER.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

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
    "attendance": Msg("aanwezigheid", "attendance"),
    "round": Msg("ronde", "round"),
    "amendment": Msg("amendement", "amendment"),
    "answer": Msg("antwoord", "answer"),
    "force_state": Msg("stand van het krachtenveld", "state of the field of forces"),
    "state_party": Msg("partij in een stand", "party in a state"),
    "state_relation": Msg("relatie in een stand", "relation in a state"),
    "scan_statement": Msg("stelling van de samenwerkingsscan", "statement of the collaboration check"),
    "scan": Msg("samenwerkingsscan", "collaboration check"),
    "scan_score": Msg("score in een samenwerkingsscan", "score in a collaboration check"),
    "give_take": Msg("behoefte of aanbod", "need or offer"),
    "dispute": Msg("geschil", "dispute"),
    "dispute_step": Msg("stap in een geschil", "step in a dispute"),
}

