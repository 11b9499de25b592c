"""The room's views of give-and-take (what each party needs from another, paged) and of the disputes it may see."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samenwerk_desktop.core import disputes, give_take
from samenwerk_desktop.core.model import DISPUTE_STATUSES
from samenwerk_desktop.gui.room import catalog
from samenwerk_desktop.gui.room.views import RoomView, _heading, _item, esc, paginate, register, room_name

MARKS = {give_take.PROMISED: "✓", give_take.OFFERED: "○", give_take.OPEN: "!"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


@register
class GiveTakeRoomView(RoomView):
    """Per party what it needs from each other party, with ✓ promised, ○ offered, ! open; paged."""

    key = "give_take"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        cells = give_take.matrix(data)
        blocks: list = []
        for row in give_take.matrix_parties(data):
            mine = [(col, cell) for (r, col), cell in cells.items() if r == row]
            if not mine:
                continue
            blocks.append(_heading(_tr("%1 heeft nodig van:").replace("%1", room_name(data.party_name(row)))))
            for col, cell in sorted(mine, key=lambda x: data.party_name(x[0])):
                needs = "<br>".join(f"{MARKS[s]} {esc(g.text)}" for g, s in cell.needs)
                blocks.append(_item(f"<b>{esc(room_name(data.party_name(col)))}</b><br>{needs}"))
        if blocks:
            blocks.insert(0, _item(esc(_tr("✓ toegezegd in een werkafspraak · ○ aangeboden · ! nog open"))))
        return paginate(blocks, size, fonts, _tr("Nog geen behoeften van partijen aan elkaar."))


@register
class DisputesRoomView(RoomView):
    """The disputes the room may see (the room's projection holds no other), with where each stands."""

    key = "disputes"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        blocks = []
        for d in data.all("dispute"):
            who = ", ".join(room_name(data.party_name(p)) for p in d.party_ids)
            where = d.resolution if d.status == "resolved" else disputes.step_name(data, d.step)
            facts = f"{DISPUTE_STATUSES[d.status]}: {where}" if where else str(DISPUTE_STATUSES[d.status])
            blocks.append(_item(f"<b>{esc(d.subject)}</b><br>{esc(who)}<br>"
                                f"<span style='color:#333333'>{esc(facts)}</span>"))
        return paginate(blocks, size, fonts, _tr("Geen geschillen om te tonen."))
