"""The entities of file version 5: what parties need from and offer each other, disputes and their steps."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerk_desktop.core.fields import fld
from samenwerk_desktop.core.i18n import Msg
from samenwerk_desktop.core.vocab import (
    DISPUTE_STATUSES,
    DISPUTE_VISIBILITY,
    GIVE_TAKE_KINDS,
    NAME_MAX,
    TEXT_MAX,
)


@dataclass
class GiveTake:
    """One thing a party needs (from another party, or from anyone) or offers; a short text."""

    id: int | None = None
    party_id: int | None = fld(None, ref="party", required=True, label=Msg("Partij", "Party"))
    kind: str = fld("need", choices=GIVE_TAKE_KINDS, label=Msg("Soort", "Kind"))
    text: str = fld("", maxlen=TEXT_MAX, required=True, label=Msg("Omschrijving", "Description"))
    other_party_id: int | None = fld(None, ref="party", label=Msg("Van of voor partij", "From or for party"))
    work_item_id: int | None = fld(None, ref="work_item", label=Msg("Onderdeel", "Work item"))
    agreement_id: int | None = fld(None, ref="agreement", label=Msg("Toegezegd in werkafspraak", "Promised in agreement"))
    sort_order: int = fld(0)


@dataclass
class Dispute:
    """A geschil between two or more parties, and where it stands in the collaboration's dispute procedure."""

    id: int | None = None
    subject: str = fld("", maxlen=NAME_MAX, required=True, label=Msg("Onderwerp", "Subject"))
    party_ids: list[int] = fld(
        factory=list, ref="party", link=("dispute_party", "dispute_id", "party_id"),
        label=Msg("Betrokken partijen", "Parties involved"),
    )
    since: str = fld("", fmt="date", label=Msg("Sinds", "Since"))
    agreement_id: int | None = fld(None, ref="agreement", label=Msg("Over werkafspraak", "About agreement"))
    decision_id: int | None = fld(None, ref="decision", label=Msg("Over besluit", "About decision"))
    work_item_id: int | None = fld(None, ref="work_item", label=Msg("Over onderdeel", "About work item"))
    step: int = fld(0, min=0, max=19, label=Msg("Huidige stap", "Current step"))
    status: str = fld("open", choices=DISPUTE_STATUSES, label=Msg("Status", "Status"))
    resolution: str = fld("", maxlen=TEXT_MAX, label=Msg("Oplossing", "Resolution"))
    visibility: str = fld("facilitator", choices=DISPUTE_VISIBILITY, label=Msg("Zichtbaar voor", "Visible to"))
    sort_order: int = fld(0)


@dataclass
class DisputeStep:
    """One step taken in a dispute: when, by whom, what was tried and with what outcome."""

    id: int | None = None
    dispute_id: int | None = fld(None, ref="dispute", required=True, label=Msg("Geschil", "Dispute"))
    step: int = fld(0, min=0, max=19, label=Msg("Stap", "Step"))
    date: str = fld("", fmt="date", label=Msg("Datum", "Date"))
    who: str = fld("", maxlen=NAME_MAX, label=Msg("Wie", "Who"))
    what: str = fld("", maxlen=TEXT_MAX, label=Msg("Wat is geprobeerd", "What was tried"))
    outcome: str = fld("", maxlen=TEXT_MAX, label=Msg("Uitkomst", "Outcome"))
    sort_order: int = fld(0)
