"""Generated collaborations: large files for benchmarks and random ones for property tests."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence

from samenwerk_desktop.core import model, storage
from samenwerk_desktop.core.data import CollaborationData
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

PLACES = (
    "Maasoever", "Heuvelland-Oost", "Rijnmaasland", "Oeverwijk", "Dijkzicht", "Veenhoven", "Lindeloo",
    "Brederwiel", "Zandmere", "Kraaienhorst", "Wilgenrode", "Beekhuizen", "Polderdam", "Steenwaard",
    "Eikenlo", "Noorderweide", "Klaverveld", "Rietbroek", "Hoogmoer", "Vlasakker",
)
KIND_WORDS = {
    "municipality": "Gemeente",
    "province": "Provincie",
    "water_board": "Waterschap",
    "state": "Rijksdienst",
    "grid_operator": "Netbeheerder",
    "housing_corporation": "Woonstichting",
    "residents": "Bewonersvereniging",
    "nature": "Natuurvereniging",
    "company": "Bedrijf",
    "knowledge": "Kenniscentrum",
    "other": "Stichting",
}
TOPICS = (
    "warmtenet", "waterberging", "netcongestie", "isolatie", "groene schoolpleinen", "zonnedaken",
    "hittestress", "wijkambassadeurs", "aquathermie", "laadpalen", "subsidieaanvraag", "participatie",
    "bodemenergie", "tracékeuze", "renovatieplanning", "monitoring",
)
VERBS = ("in kaart brengen", "uitwerken", "voorleggen aan het bestuur", "afstemmen", "aanbesteden",
         "evalueren", "organiseren", "plannen", "doorrekenen", "vastleggen")
FIRST = ("Anouk", "Bram", "Chantal", "Daan", "Esra", "Fenna", "Gijs", "Hanna", "Ilse", "Joost", "Karim",
         "Lotte", "Mehmet", "Noor", "Olaf", "Petra", "Ruben", "Sanne", "Tijn", "Yara")
LAST = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
        "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Yilmaz", "Kramer")
SENTENCES = (
    "Wij willen dat de wijk betaalbaar verduurzaamt.",
    "Het bestuur moet eerst akkoord geven.",
    "Zonder netcapaciteit kunnen wij niet verder.",
    "De bewoners willen zelf kunnen kiezen.",
    "Natuurwaarden mogen niet worden aangetast.",
    "We leveren kennis en menskracht.",
    "De planning moet passen bij het onderhoudsprogramma.",
    "Wij zoeken zekerheid over de kosten.",
)
#: Text that has broken programs before: markup, entities, emoji, right-to-left script, quotes.
HOSTILE = (
    "<b>vet</b> & 'quotes' \"dubbel\"",
    "Grond & water <script>alert(1)</script>",
    "Klimaat 🌍🔥💧 en warmte ♨️",
    "مرحبا بالجميع في الاجتماع",
    "Café Ñandú — ‘Straße’ № 5",
    "regel één\nregel twee\r\nregel drie",
    "%s {0} $HOME \\n \\\\ ; DROP TABLE party; --",
    "",
    "   ",
)
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf")
ROLE_CHOICES = ("A", "R", "AR", "C", "C", "I", "I", "")



def _free_text(ents: dict, party_id: int, contributes: str, needs: str) -> dict:
    """What a party contributes and needs as one offer and one need item each (when not blank)."""
    items = ents["give_take"]
    for kind, text, order in (("offer", contributes, 0), ("need", needs, 1)):
        if text.strip():
            new_id = len(items) + 1
            items[new_id] = model.GiveTake(id=new_id, party_id=party_id, kind=kind, text=text, sort_order=order)
    return {}

def _date(rng: random.Random, year_from: int = 2026, year_to: int = 2027) -> str:
    return f"{rng.randint(year_from, year_to)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _sentence(rng: random.Random, texts: Sequence[str]) -> str:
    return " ".join(rng.choice(texts) for _ in range(rng.randint(1, 3)))


def _party_name(rng: random.Random, kind: str, i: int) -> str:
    return f"{KIND_WORDS[kind]} {rng.choice(PLACES)} {i}"


def large_collaboration(path: str | os.PathLike, *, parties: int = 1000, relations: int = 5000, work_items: int = 300,
                        raci_parties: int = 60, agreements: int = 2000, seed: int = 1, force: bool = False) -> None:
    """Write a large generated project file (for benchmarks and stress tests)."""
    storage.check_output(path, kind="project", force=force)  # refuses before the work, with the usual sentence
    rng = random.Random(seed)
    data = CollaborationData(collaboration=Collaboration(
        title="Regionale Energiestrategie Maasoever (gegenereerd)",
        challenge="Samen de regio in 2035 aardgasvrij en klimaatbestendig maken.",
        why="Voor betaalbare warmte en droge voeten in alle wijken.",
        facilitator="Procesbegeleider",
    ))
    kinds = list(model.PARTY_KINDS)
    ents = data.entities
    for i in range(1, parties + 1):
        kind = rng.choice(kinds)
        ents["party"][i] = Party(
            id=i, name=_party_name(rng, kind, i), short_name=f"P{i}", kind=kind, colour=rng.choice(COLOURS),
            stance=rng.randint(-2, 2), influence=rng.randint(0, 10), involvement=rng.randint(0, 10),
            position=_sentence(rng, SENTENCES), interests=[rng.choice(TOPICS) for _ in range(rng.randint(0, 3))],
            mandate=_sentence(rng, SENTENCES), must_consult_board=rng.random() < 0.3,
            **_free_text(ents, i, _sentence(rng, SENTENCES), _sentence(rng, SENTENCES)),
            private_note=rng.choice(("", "Let op: gevoelig bij de achterban.")),
            x=round(rng.uniform(-2000, 2000), 1), y=round(rng.uniform(-1500, 1500), 1), sort_order=i)
        ents["representative"][i] = Representative(
            id=i, party_id=i, name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", role="Vertegenwoordiger", sort_order=i)
    pairs: set[tuple[int, int]] = set()
    rel_types = list(model.RELATION_TYPES)
    while len(pairs) < min(relations, parties * (parties - 1)):
        a, b = rng.randint(1, parties), rng.randint(1, parties)
        if a != b:
            pairs.add((a, b))
    for i, (a, b) in enumerate(sorted(pairs), start=1):
        rtype = rng.choice(rel_types)
        ents["relation"][i] = Relation(id=i, source_id=a, target_id=b, type=rtype,
                                       direction="forward" if rtype == "dependency" else "none",
                                       strength=rng.randint(1, 3))
    n_groups = max(1, work_items // 25)
    forms = list(model.GROUP_FORMS)
    for g in range(1, n_groups + 1):
        ents["working_group"][g] = WorkingGroup(
            id=g, name=f"Werkgroep {rng.choice(TOPICS)} {g}", form=forms[g % len(forms)],
            lead_party_id=rng.randint(1, parties), cadence="Om de twee weken", sort_order=g)
    raci_ids = rng.sample(range(1, parties + 1), min(raci_parties, parties))
    for w in range(1, work_items + 1):
        ents["work_item"][w] = WorkItem(
            id=w, title=f"{rng.choice(TOPICS).capitalize()} {rng.choice(VERBS)} ({w})",
            working_group_id=rng.randint(1, n_groups), sort_order=w)
        for p in raci_ids:
            roles = rng.choice(ROLE_CHOICES)
            if roles:
                data.raci[(w, p)] = roles
    n_meetings = 12
    for m in range(1, n_meetings + 1):
        ents["meeting"][m] = Meeting(id=m, date=f"2026-{m:02d}-15", title=f"Stuurgroep {m}",
                                     attendee_ids=rng.sample(raci_ids, min(12, len(raci_ids))))
        for k in range(1, 6):
            aid = (m - 1) * 5 + k
            ents["agenda_item"][aid] = AgendaItem(id=aid, meeting_id=m, title=f"Agendapunt {rng.choice(TOPICS)}",
                                                  minutes=rng.choice((10, 15, 20, 30)), sort_order=k)
            ents["action_item"][aid] = ActionItem(id=aid, meeting_id=m, text=f"{rng.choice(TOPICS)} {rng.choice(VERBS)}",
                                                  owner_party_id=rng.choice(raci_ids), due_date=_date(rng), sort_order=k)
        ents["parking_item"][m] = ParkingItem(id=m, meeting_id=m, text=f"Later bespreken: {rng.choice(TOPICS)}",
                                              sort_order=1)
    statuses = list(model.AGREEMENT_STATUSES)
    for a in range(1, agreements + 1):
        ents["agreement"][a] = Agreement(
            id=a, text=f"Afspraak over {rng.choice(TOPICS)}: {_sentence(rng, SENTENCES)}",
            category=rng.choice(("Samenwerking", "Besluitvorming", "Informatie delen", "Warmte", "Water")),
            owner_party_id=rng.randint(1, parties), party_ids=rng.sample(range(1, parties + 1), rng.randint(0, 5)),
            status=rng.choice(statuses), meeting_id=rng.choice((None, rng.randint(1, n_meetings))),
            review_date=rng.choice(("", _date(rng))), work_item_id=rng.choice((None, rng.randint(1, work_items))),
            sort_order=a)
    rules, outcomes, states = list(model.DECISION_RULES), list(model.DECISION_OUTCOMES), list(model.RATIFICATION_STATES)
    for d in range(1, 201):
        ents["decision"][d] = Decision(
            id=d, title=f"Besluit over {rng.choice(TOPICS)} ({d})", rule=rng.choice(rules), date=_date(rng),
            meeting_id=rng.randint(1, n_meetings), outcome=rng.choice(outcomes),
            ratifications={p: rng.choice(states) for p in rng.sample(raci_ids, min(4, len(raci_ids)))}, sort_order=d)
    strategies = list(model.STRATEGIES)
    for d in range(1, 101):
        ents["dilemma"][d] = Dilemma(id=d, party_id=rng.randint(1, parties), title=f"Dilemma {rng.choice(TOPICS)}",
                                     own_interest=_sentence(rng, SENTENCES), collective_interest=_sentence(rng, SENTENCES),
                                     strategy=rng.choice(strategies), sort_order=d)
    storage.write_new(path, data, force=force)


def random_collaboration(rng: random.Random, size: int = 5, texts: Sequence[str] | None = None) -> CollaborationData:
    """A small valid collaboration with every kind of entity, drawn from ``rng``.

    ``size`` scales the number of entities (0 gives an almost empty one);
    ``texts`` is the pool free text is drawn from (default: Dutch sentences
    mixed with hostile text).
    """
    pool = list(texts) if texts else [*SENTENCES, *HOSTILE]

    def text(required: bool = False, maxlen: int = model.TEXT_MAX) -> str:
        value = rng.choice(pool)[:maxlen]
        if required and not value.strip():
            value = rng.choice(TOPICS)
        return value

    def maybe(ids: list[int]) -> int | None:
        return rng.choice(ids) if ids and rng.random() < 0.7 else None

    data = CollaborationData(collaboration=Collaboration(
        title=text(True, model.NAME_MAX), challenge=text(), why=text(), scope=text(), facilitator=text(maxlen=model.NAME_MAX),
        raci_scheme=rng.choice(("RACI", "RASCI")), overload_share=rng.choice((0.05, 0.25, 0.5, 1.0)),
        default_decision_rule=rng.choice(list(model.DECISION_RULES)), map_layout=rng.choice(("network", "grid", "onion")),
        created="2026-01-01T00:00:00+00:00", updated="2026-01-02T00:00:00+00:00"))
    ents = data.entities
    n_parties = rng.randint(0, 2 * size)
    party_ids = list(range(1, n_parties + 1))
    for i in party_ids:
        kind = rng.choice(list(model.PARTY_KINDS))
        ents["party"][i] = Party(
            id=i, name=text(True, model.NAME_MAX), short_name=text(maxlen=40), kind=kind, colour=rng.choice(COLOURS),
            stance=rng.randint(-2, 2), influence=rng.randint(0, 10), involvement=rng.randint(0, 10),
            position=text(), interests=[text() for _ in range(rng.randint(0, 3))], culture=text(), experience=text(),
            beliefs=text(), mandate=text(), must_consult_board=rng.random() < 0.4,
            **_free_text(ents, i, text(), text()),
            private_note=text(), x=rng.uniform(-500, 500), y=rng.uniform(-400, 400), sort_order=rng.randint(0, 9))
    # the krachtenveldanalyse fields from a generator of their own, so the draws above stay as they were
    method = random.Random(n_parties * 7919 + size)
    for i in party_ids:
        p = ents["party"][i]
        p.trust = method.randint(-2, 2)
        p.actor_type = method.choice(["", *model.ACTOR_TYPES])
        p.ladder_now, p.ladder_intended = (method.choice(["", *model.LADDER]) for _ in range(2))
        p.placement = method.choice(list(model.PLACEMENTS))
    rep_id = 0
    for p in party_ids:
        for _ in range(rng.randint(0, 2)):
            rep_id += 1
            ents["representative"][rep_id] = Representative(id=rep_id, party_id=p, name=text(True, model.NAME_MAX),
                                                            role=text(maxlen=model.NAME_MAX), mandate=text(),
                                                            sort_order=rep_id)
    if n_parties >= 2:
        for r in range(1, rng.randint(0, 3 * size) + 1):
            a, b = rng.sample(party_ids, 2)
            ents["relation"][r] = Relation(id=r, source_id=a, target_id=b, type=rng.choice(list(model.RELATION_TYPES)),
                                           direction=rng.choice(list(model.DIRECTIONS)), strength=rng.randint(1, 3),
                                           note=text())
    group_ids = list(range(1, rng.randint(0, 3) + 1))
    for g in group_ids:
        ents["working_group"][g] = WorkingGroup(id=g, name=text(True, model.NAME_MAX),
                                                form=rng.choice(list(model.GROUP_FORMS)), lead_party_id=maybe(party_ids),
                                                cadence=text(maxlen=model.NAME_MAX),
                                                decision_rule=rng.choice(list(model.DECISION_RULES)), sort_order=g)
    item_ids = list(range(1, rng.randint(0, 2 * size) + 1))
    scheme = data.collaboration.raci_scheme
    for w in item_ids:
        ents["work_item"][w] = WorkItem(id=w, title=text(True, model.NAME_MAX), description=text(),
                                        working_group_id=maybe(group_ids), sort_order=rng.randint(0, 5))
        for p in party_ids:
            if rng.random() < 0.5:
                letters = "".join(c for c in scheme if rng.random() < 0.3)
                if letters:
                    data.raci[(w, p)] = model.normalise_roles(letters, scheme)
    meeting_ids = list(range(1, rng.randint(0, 3) + 1))
    sub = 0
    for m in meeting_ids:
        ents["meeting"][m] = Meeting(id=m, date=_date(rng), title=text(True, model.NAME_MAX),
                                     location=text(maxlen=model.NAME_MAX), notes=text(),
                                     attendee_ids=rng.sample(party_ids, rng.randint(0, len(party_ids))))
        for k in range(rng.randint(0, 3)):
            sub += 1
            ents["agenda_item"][sub] = AgendaItem(id=sub, meeting_id=m, title=text(True, model.NAME_MAX),
                                                  minutes=rng.randint(0, 600), owner_party_id=maybe(party_ids),
                                                  sort_order=k + 1)
            ents["action_item"][sub] = ActionItem(id=sub, meeting_id=m, text=text(True), owner_party_id=maybe(party_ids),
                                                  due_date=rng.choice(("", _date(rng))),
                                                  status=rng.choice(list(model.ACTION_STATUSES)), sort_order=k + 1)
            ents["parking_item"][sub] = ParkingItem(id=sub, meeting_id=m, text=text(True),
                                                    resolved=rng.random() < 0.5, sort_order=k + 1)
    for a in range(1, rng.randint(0, 2 * size) + 1):
        ents["agreement"][a] = Agreement(
            id=a, text=text(True), category=text(maxlen=model.NAME_MAX), owner_party_id=maybe(party_ids),
            party_ids=rng.sample(party_ids, rng.randint(0, len(party_ids))),
            status=rng.choice(list(model.AGREEMENT_STATUSES)), meeting_id=maybe(meeting_ids),
            review_date=rng.choice(("", _date(rng, 2025, 2028))), work_item_id=maybe(item_ids), sort_order=a)
    for d in range(1, rng.randint(0, size) + 1):
        chosen = rng.sample(party_ids, rng.randint(0, len(party_ids)))
        ents["decision"][d] = Decision(
            id=d, title=text(True, model.NAME_MAX), text=text(), rule=rng.choice(list(model.DECISION_RULES)),
            date=rng.choice(("", _date(rng))), meeting_id=maybe(meeting_ids),
            outcome=rng.choice(list(model.DECISION_OUTCOMES)),
            ratifications={p: rng.choice(list(model.RATIFICATION_STATES)) for p in chosen}, sort_order=d)
    if party_ids:
        for d in range(1, rng.randint(0, size) + 1):
            ents["dilemma"][d] = Dilemma(
                id=d, party_id=rng.choice(party_ids), title=text(True, model.NAME_MAX), own_interest=text(),
                collective_interest=text(), strategy=rng.choice(list(model.STRATEGIES)),
                status=rng.choice(list(model.DILEMMA_STATUSES)), resolution=text(), sort_order=d)
    # file version 4 from a generator of its own, so the draws above stay as they were
    _add_movement(data, random.Random(n_parties * 104729 + size), text)
    return data


def _add_movement(data: CollaborationData, rng: random.Random, text) -> None:
    """States of the field of forces and collaboration checks for ``random_collaboration``."""
    ents = data.entities
    parties, meetings = list(ents["party"]), list(ents["meeting"])
    row = rel = 0
    for s in range(1, rng.randint(0, 2) + 1):
        ents["force_state"][s] = model.ForceFieldState(
            id=s, title=text(True, model.NAME_MAX), taken=f"2026-0{s}-01T19:30:00",
            meeting_id=rng.choice([None, *meetings]), sort_order=s)
        for pid in rng.sample(parties, rng.randint(0, len(parties))):
            row += 1
            ents["state_party"][row] = model.StateParty(
                id=row, state_id=s, party_id=rng.choice([pid, pid, None]), name=text(True, model.NAME_MAX),
                stance=rng.randint(-2, 2), influence=rng.randint(0, 10), involvement=rng.randint(0, 10),
                position=text(), x=rng.uniform(-500, 500), y=rng.uniform(-400, 400), reason=text(),
                agreement_id=rng.choice([None, *ents["agreement"]]), decision_id=rng.choice([None, *ents["decision"]]))
        if len(parties) >= 2:
            for _ in range(rng.randint(0, 3)):
                rel += 1
                a, b = rng.sample(parties, 2)
                ents["state_relation"][rel] = model.StateRelation(
                    id=rel, state_id=s, source_id=a, target_id=b, type=rng.choice(list(model.RELATION_TYPES)),
                    strength=rng.randint(1, 3))
    statement_ids = []
    for i in range(1, rng.randint(0, 4) + 1):
        ents["scan_statement"][i] = model.ScanStatement(id=i, lens=rng.choice(list(model.LENSES)), text=text(True),
                                                        sort_order=i)
        statement_ids.append(i)
    score = 0
    for c in range(1, rng.randint(0, 2) + 1):
        ents["scan"][c] = model.Scan(id=c, date=_date(rng), meeting_id=rng.choice([None, *meetings]), sort_order=c)
        for st in statement_ids:
            for pid in rng.sample(parties, rng.randint(0, len(parties))):
                score += 1
                ents["scan_score"][score] = model.ScanScore(id=score, scan_id=c, statement_id=st, party_id=pid,
                                                            score=rng.randint(1, 5))
