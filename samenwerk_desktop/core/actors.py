"""The Dutch method in the map (Qt-free): actor types of the krachtenveldanalyse and the participation ladder.

Actor type: from two scores, the agreement on the content (the party's stance on the
challenge, -2..+2) and the trust in the relationship with the collaboration (-2..+2), by the
usual agreement x trust table; the facilitator may override it per party.

============================  ==============  ==============
                              trust >= +1     trust <= -1
============================  ==============  ==============
agreement >= +1               bondgenoot      bedgenoot
agreement <= -1               opponent        tegenstander
============================  ==============  ==============

Everything else (a 0 on either score) is a twijfelaar.
"""

from __future__ import annotations

from samenwerk_desktop.core.i18n import Msg

ACTOR_TYPES: dict[str, Msg] = {
    "ally": Msg("Bondgenoot", "Ally"),
    "opponent": Msg("Opponent", "Opponent"),
    "bedfellow": Msg("Bedgenoot", "Bedfellow"),
    "adversary": Msg("Tegenstander", "Adversary"),
    "fence_sitter": Msg("Twijfelaar", "Fence-sitter"),
}

#: Trust in the relationship with the collaboration, -2..+2.
TRUST_LEVELS: dict[int, Msg] = {
    -2: Msg("Zeer weinig vertrouwen", "Very little trust"),
    -1: Msg("Weinig vertrouwen", "Little trust"),
    0: Msg("Neutraal", "Neutral"),
    1: Msg("Vertrouwen", "Trust"),
    2: Msg("Veel vertrouwen", "Much trust"),
}

#: Where a party's network position comes from: none yet, the automatic layout, or the facilitator's hand.
PLACEMENTS: dict[str, Msg] = {
    "none": Msg("Nog geen plek", "No position yet"),
    "auto": Msg("Geschikt door Kaart schikken", "Arranged automatically"),
    "manual": Msg("Zelf geplaatst", "Placed by hand"),
}

#: The rungs of the participation ladder, lowest first.
LADDER: dict[str, Msg] = {
    "inform": Msg("Informeren", "Inform"),
    "consult": Msg("Raadplegen", "Consult"),
    "advise": Msg("Adviseren", "Advise"),
    "coproduce": Msg("Coproduceren", "Co-produce"),
    "codecide": Msg("Meebeslissen", "Co-decide"),
}


def derived_actor_type(agreement: int, trust: int) -> str:
    """The actor type the agreement x trust table gives."""
    if agreement >= 1 and trust >= 1:
        return "ally"
    if agreement <= -1 and trust >= 1:
        return "opponent"
    if agreement >= 1 and trust <= -1:
        return "bedfellow"
    if agreement <= -1 and trust <= -1:
        return "adversary"
    return "fence_sitter"


def actor_type(party) -> str:
    """A party's actor type: the facilitator's choice when there is one, else derived from stance and trust."""
    override = getattr(party, "actor_type", "") or ""
    if override in ACTOR_TYPES:
        return override
    return derived_actor_type(party.stance, getattr(party, "trust", 0))


def ladder_gap(party) -> int:
    """How many rungs the intended participation lies above the current one (0 when either is unset)."""
    order = list(LADDER)
    now, wanted = getattr(party, "ladder_now", ""), getattr(party, "ladder_intended", "")
    if now not in LADDER or wanted not in LADDER:
        return 0
    return order.index(wanted) - order.index(now)
