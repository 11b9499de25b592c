"""The room's views of how the collaboration moves: the map with ghosts and arrows, and the check without names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samenwerk_desktop.core import movement, scan
from samenwerk_desktop.core.model import LENSES
from samenwerk_desktop.core.scan import decimal
from samenwerk_desktop.gui.room import catalog
from samenwerk_desktop.gui.room.views import (
    Page,
    RoomView,
    _heading,
    _item,
    _line,
    esc,
    paginate,
    register,
    room_name,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


def room_comparison(data, choice: tuple[int, int | None] | None = None) -> movement.Comparison | None:
    """What the room's movement view compares: the facilitator's ``choice`` (old state id, new state id or None
    for now) while both exist, else the last two states, or the only state with now."""
    if choice is not None and data.get("force_state", choice[0]) is not None:
        old, new = choice
        if new is None:
            return movement.compare(movement.state_of(data, old), movement.now_state(data))
        if data.get("force_state", new) is not None:
            return movement.compare(movement.state_of(data, old), movement.state_of(data, new))
    found = movement.latest_comparison(data)
    if found is not None:
        return found
    stored = movement.states(data)
    if stored:
        return movement.compare(movement.state_of(data, stored[-1].id), movement.now_state(data))
    return None


@register
class MovementRoomView(RoomView):
    """The map with ghosts at the old places and arrows to the new ones, then the list of what changed."""

    key = "movement"
    number = catalog.NUMBERS[key]
    #: the comparison the facilitator chose in Ontwikkeling van het krachtenveld (one main window per process)
    choice: tuple[int, int | None] | None = None


    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        found = room_comparison(data, self.choice)
        if found is None:
            return [Page(f"<p>{esc(_tr('Er is nog geen stand van het krachtenveld vastgelegd.'))}</p>")]
        blocks = [_heading(f"{found.old.title} → {found.new.title}")]
        for move in found.parties:
            lines = "; ".join(str(m) for m in movement.describe_party(move))
            reason = move.after.reason if move.after is not None else ""
            blocks.append(_item(f"<b>{esc(room_name(move.name))}</b>: {esc(lines)}" + (f" — {esc(reason)}" if reason else "")))
        names = movement.names_of(found)
        blocks += [_item(esc(str(movement.describe_relation(m, names)))) for m in found.relations]
        if len(blocks) == 1:
            blocks.append(_line(esc(_tr("Er is niets veranderd."))))
        text_pages = paginate(blocks, size, fonts, "")
        return [Page(map=True, ghosts=lambda d, choice=self.choice: room_comparison(d, choice)), *text_pages]


@register
class ScanRoomView(RoomView):
    """The latest collaboration check: per lens each statement's mean, lowest and highest and how many gave
    each score; never who gave which."""

    key = "scan"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        latest = scan.latest_scan(data)
        if latest is None:
            return [Page(f"<p>{esc(_tr('Er is nog geen samenwerkingsscan gedaan.'))}</p>")]
        found = scan.results(data, latest.id)
        blocks = [_heading(_tr("Scan van %1").replace("%1", latest.date))]
        for lens, words in LENSES.items():
            rows = [r for r in found if r.statement.lens == lens and r.scores]
            if not rows:
                continue
            blocks.append(_heading(words.text()))
            for r in rows:
                mean = decimal(r.mean)
                counts = _tr("zo vaak gegeven, 1 tot 5: %1").replace("%1", " · ".join(str(n) for n in r.counts()))
                mark = " ⚑" if r.needs_attention else ""
                blocks.append(_line(f"{esc(r.statement.text)} — <b>{mean}</b> ({r.low}–{r.high}){mark}<br>"
                                    f"<span style='color:#333333'>{esc(counts)}</span>"))
        return paginate(blocks, size, fonts, _tr("Er zijn nog geen scores gegeven."))
