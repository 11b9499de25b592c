"""What the room can see: one class per view, registered once; each takes the projected data and a page size."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument

from samenwerk_desktop.core import raci
from samenwerk_desktop.core.abbrev import abbreviations
from samenwerk_desktop.core.model import (
    AGREEMENT_STATUSES,
    DECISION_OUTCOMES,
    DECISION_RULES,
    DILEMMA_STATUSES,
    RATIFICATION_STATES,
    STRATEGIES,
)
from samenwerk_desktop.gui.elide import is_right_to_left
from samenwerk_desktop.gui.room import catalog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


def esc(text: object) -> str:
    """User text for rich text: escaped, line breaks kept."""
    return html.escape(str(text)).replace("\n", "<br>")


#: a name on the room's screen is cut after this many characters (about two lines): a name of 500 filled the page
ROOM_NAME_MAX = 80


def room_name(name: str | None) -> str:
    """A party's name as the room sees it: whole up to ROOM_NAME_MAX characters, else cut with "…"
    (a right-to-left mark after it keeps the "…" at the end of Arabic or Hebrew words)."""
    name = " ".join((name or "").split())
    if len(name) <= ROOM_NAME_MAX:
        return name
    cut = name[:ROOM_NAME_MAX - 1].rstrip() + "…"
    return cut + "\u200f" if is_right_to_left(cut[::-1]) else cut


#: "volg selectie": what concerns a party selected on the laptop is marked for the room, by a sign and a colour
MARK = "▶ "
MARK_BACKGROUND = "#ffe14d"


@dataclass(frozen=True)
class Page:
    """One screen of a view: rich text (``html``, or made by ``build`` when first shown), or the map."""

    html: str = ""
    map: bool = False
    build: Callable[[], str] | None = field(default=None, compare=False)
    #: on a map page: the comparison whose ghosts and arrows the map shows (``data -> Comparison | None``)
    ghosts: Callable | None = field(default=None, compare=False)

    def text(self) -> str:
        return self.build() if self.build is not None else self.html


@dataclass(frozen=True)
class RoomFonts:
    """The room's type for a screen height: at least twice the normal size, never below 20 pt at 1080 lines."""

    body_px: int

    @classmethod
    def for_height(cls, height: int) -> RoomFonts:
        # 24 pt at 1080 lines (32 px at 96 dpi), scaled with the screen; 20 pt at 1080 lines is the floor
        return cls(max(round(20 * 96 / 72 * height / 1080), round(32 * height / 1080), 12))

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(self.body_px * scale)))
        font.setBold(bold)
        return font


class RoomView:
    """A view of the room. Subclasses set ``key`` and ``number`` and make ``pages``."""

    key = ""
    number = 0

    def title(self) -> str:
        """The view's name in the menus and on the room's screen (gui/room/catalog.py)."""
        return catalog.title(self.key)

    def pages(self, data, size: QSize, fonts: RoomFonts, findings=None, selected=frozenset()) -> list[Page]:
        """The view in pages of ``size``; what concerns a party in ``selected`` (ids) is marked."""
        raise NotImplementedError


#: every view by key, in number order (adding a view is one class and one ``register``)
REGISTRY: dict[str, RoomView] = {}


def register(view_class: type[RoomView]) -> type[RoomView]:
    REGISTRY[view_class.key] = view_class()
    ordered = sorted(REGISTRY.values(), key=lambda v: v.number)  # in number order, whichever module loads first
    REGISTRY.clear()
    REGISTRY.update((v.key, v) for v in ordered)
    return view_class


def by_number(number: int) -> RoomView | None:
    return next((v for v in REGISTRY.values() if v.number == number), None)


def paginate(blocks: list, size: QSize, fonts: RoomFonts, empty: str) -> list[Page]:
    """Rich-text blocks laid into pages of ``size``; a block never splits (one too tall gets a page alone).

    A block is rich text, or ``(rich text, plain text)`` for one line of plain type: measured by its
    font's metrics, much faster than a text layout (a large matrix has thousands of findings)."""
    if not blocks:
        return [Page(f"<p>{esc(empty)}</p>")]
    doc = QTextDocument()
    doc.setDefaultFont(fonts.font())
    doc.setDocumentMargin(0)
    doc.setTextWidth(size.width())
    room = size.height() * 0.96  # the blocks are measured one by one: a little room for their margins
    pages: list[Page] = []
    current: list[str] = []
    used = 0.0
    metrics = QFontMetrics(fonts.font())
    # shaping each line costs ~70 µs: plain lines are estimated from a generous character width instead
    char_w = metrics.averageCharWidth() * 1.25
    per_line = max(1, int(size.width() // char_w) - 4)  # a few characters lost to word wrapping
    height_of: dict[int, float] = {}
    for block in blocks:
        if isinstance(block, tuple):
            block, plain, below = (*block, 0.0) if len(block) == 2 else block
            lines = sum(len(line) // per_line + 1 for line in plain.split("\n"))
            height = metrics.lineSpacing() * lines + fonts.body_px * below
        else:
            doc.setHtml(block)
            height = doc.size().height()
        height += fonts.body_px * 0.2
        if current and used + height > room:
            carried = [current.pop()] if isinstance(current[-1], Heading) and len(current) > 1 else []
            pages.append(Page("".join(current)))
            current, used = carried, (height_of[id(carried[0])] if carried else 0.0)
        current.append(block)
        height_of[id(block)] = height
        used += height
    pages.append(Page("".join(current)))
    return pages


class Heading(str):
    """A heading block: it never ends a page (it goes with what follows)."""


def _heading(text: str) -> str:
    return Heading("<p style='font-size:1.15em; font-weight:600; margin-top:0.5em; margin-bottom:0.1em'>"
                   f"{esc(text)}</p>")


def _line(text: str, muted: bool = False, marked: bool = False) -> str:
    colour = "#333333" if muted else "#000000"
    background = f" background-color:{MARK_BACKGROUND};" if marked else ""
    return f"<p style='color:{colour};{background} margin-top:0; margin-bottom:0.2em'>{text}</p>"


def _item(text: str, marked: bool = False) -> tuple[str, str, float]:
    """One agreement, decision or dilemma: a paragraph with room below it, measured as plain lines;
    ``marked``: it concerns a party the facilitator selected (volg selectie)."""
    if marked:
        text = esc(MARK) + text
        return (f"<p style='margin-top:0; margin-bottom:0.8em; background-color:{MARK_BACKGROUND}'>{text}</p>",
                _plain(text), 0.8)
    return f"<p style='margin-top:0; margin-bottom:0.8em'>{text}</p>", _plain(text), 0.8


def _plain(rich: str) -> str:
    """The lines of a block's rich text as plain text (for measuring)."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich.replace("<br>", "\n")))


@register
class MapRoomView(RoomView):
    key = "map"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        return [Page(map=True)]


@register
class RaciRoomView(RoomView):
    """The matrix in pages by rows and by columns, then its findings."""

    key = "raci"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        items = data.work_items
        with_roles = {pid for (_w, pid) in data.raci}
        parties = [p for p in data.parties if p.id in with_roles]
        if not parties or not items:
            return [Page(f"<p>{esc(_tr('Nog geen onderdelen of partijen in de matrix.'))}</p>")]
        metrics = QFontMetrics(fonts.font())
        short = abbreviations(parties)
        longest = sorted(short.values(), key=len)[-5:]  # measuring every name costs ~70 µs each
        cell_w = round(max(metrics.horizontalAdvance(s) + 24 for s in ["A/R/C", *longest]) * 1.1)
        titles = sorted((w.title for w in items), key=len)[-5:]
        first_w = min(size.width() // 2, max(metrics.horizontalAdvance(t) + 24 for t in titles))
        per_row = max(1, (size.width() - first_w) // cell_w)
        line_h = metrics.height() + 12
        rows = max(1, size.height() // line_h - 2)
        pages = [Page(build=lambda r=items[r0:r0 + rows], c=parties[c0:c0 + per_row]: _table(data, r, c, short, selected))
                 for r0 in range(0, len(items), rows) for c0 in range(0, len(parties), per_row)]
        key = [(_line(f"<b>{esc(short[p.id])}</b> = {esc(room_name(p.name))}", marked=p.id in selected), f"{short[p.id]} = {room_name(p.name)}")
               for p in parties]
        found = findings if findings is not None else raci.findings_for(data)
        notes = []
        for f in found:
            text = ("⚠ " if f.severity == "error" else "• ") + str(f.message)
            notes.append((_line(esc(text)), text))
        blocks = [_heading(_tr("Afkortingen"))] + key
        if notes:
            blocks += [_heading(_tr("Aandachtspunten in de matrix"))] + notes
        return pages + paginate(blocks, size, fonts, "")


def _table(data, items, parties, short, selected=frozenset()) -> str:
    """One page of the matrix: these rows and these columns; a selected party's column is marked, and
    the rows where it holds a role."""
    def style(marked: bool) -> str:
        return f"padding:4px 10px; background-color:{MARK_BACKGROUND}" if marked else "padding:4px 10px"

    head = "".join(f"<th style='{style(p.id in selected)}'>{esc((MARK if p.id in selected else '') + short[p.id])}"
                   "</th>" for p in parties)
    body = []
    for w in items:
        cells = "".join(f"<td align='center' style='{style(p.id in selected)}'>"
                        f"{esc('/'.join(data.roles(w.id, p.id)))}</td>" for p in parties)
        holds = any(data.roles(w.id, pid) for pid in selected)
        body.append(f"<tr><td style='{style(holds)}'>{esc((MARK if holds else '') + w.title)}</td>{cells}</tr>")
    return ("<table border='1' cellspacing='0' style='border-color:#000000'>"
            f"<tr><th></th>{head}</tr>{''.join(body)}</table>")


@register
class AgreementsRoomView(RoomView):
    key = "agreements"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        blocks = []
        for a in data.agreements:
            owner = room_name(data.party_name(a.owner_party_id))
            facts = [str(AGREEMENT_STATUSES.get(a.status, a.status))]
            if owner:
                facts.append(_tr("eigenaar: %1").replace("%1", owner))
            if a.review_date:
                facts.append(_tr("evaluatie: %1").replace("%1", a.review_date))
            blocks.append(_item(f"<b>{esc(a.text)}</b><br><span style='color:#333333'>{esc(' · '.join(facts))}"
                                "</span>", a.owner_party_id in selected))
        return paginate(blocks, size, fonts, _tr("Nog geen werkafspraken."))


@register
class DecisionsRoomView(RoomView):
    key = "decisions"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        blocks = []
        for d in data.decisions:
            facts = [str(DECISION_RULES.get(d.rule, d.rule)), str(DECISION_OUTCOMES.get(d.outcome, d.outcome))]
            if d.date:
                facts.insert(0, d.date)
            rat = [f"{room_name(data.party_name(pid, '?'))}: {RATIFICATION_STATES.get(state, state)}"
                   for pid, state in sorted(d.ratifications.items(), key=lambda kv: data.party_name(kv[0]))]
            text = f"<b>{esc(d.title)}</b><br>{esc(' · '.join(facts))}"
            if d.text:
                text += f"<br><span style='color:#333333'>{esc(d.text)}</span>"
            if rat:
                text += "<br><span style='color:#333333'>" + esc(_tr("Bekrachtiging: %1").replace(
                    "%1", "; ".join(rat))) + "</span>"
            blocks.append(_item(text, any(pid in selected for pid in d.ratifications)))
        return paginate(blocks, size, fonts, _tr("Nog geen besluiten."))


@register
class DilemmasRoomView(RoomView):
    key = "dilemmas"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        blocks = []
        for d in data.dilemmas:
            head = f"<b>{esc(d.title)}</b> ({esc(room_name(data.party_name(d.party_id, '?')))})"
            rows = [(_tr("Eigen belang"), d.own_interest), (_tr("Collectief belang"), d.collective_interest),
                    (_tr("Strategie"), str(STRATEGIES.get(d.strategy, d.strategy))),
                    (_tr("Status"), str(DILEMMA_STATUSES.get(d.status, d.status))), (_tr("Uitkomst"), d.resolution)]
            body = "".join(f"<br>{esc(label)}: {esc(value)}" for label, value in rows if value)
            blocks.append(_item(head + f"<span style='color:#333333'>{body}</span>", d.party_id in selected))
        return paginate(blocks, size, fonts, _tr("Nog geen dilemma's."))


@register
class ChallengeRoomView(RoomView):
    key = "challenge"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        c = data.collaboration
        blocks = []
        if c.why:
            blocks.append(f"<p style='font-size:1.5em; font-weight:600'>{esc(c.why)}</p>")
        if c.challenge:
            blocks += [_heading(_tr("Collectieve opgave")), _line(esc(c.challenge))]
        if c.scope:
            blocks += [_heading(_tr("Afbakening")), _line(esc(c.scope))]
        return paginate(blocks, size, fonts, _tr("De collectieve opgave is nog niet beschreven."))


@register
class AgendaRoomView(RoomView):
    """The agenda of the next meeting (today or later), else of the latest one, with its timeboxes."""

    key = "agenda"
    number = catalog.NUMBERS[key]

    def pages(self, data, size, fonts, findings=None, selected=frozenset()):
        meeting = current_meeting(data)
        if meeting is None:
            return [Page(f"<p>{esc(_tr('Nog geen overleggen.'))}</p>")]
        items = data.agenda_of(meeting.id)
        blocks = [_heading(f"{meeting.title} · {meeting.date}" + (f" · {meeting.location}" if meeting.location
                                                                 else ""))]
        total = 0
        for i, item in enumerate(items, 1):
            total += item.minutes
            by = room_name(data.party_name(item.owner_party_id))
            extra = f" <span style='color:#333333'>({esc(by)})</span>" if by else ""
            marked = item.owner_party_id in selected
            blocks.append(_line(f"{esc(MARK) if marked else ''}{i}. {esc(item.title)}{extra} — "
                                + esc(_tr("%1 min").replace("%1", str(item.minutes))), marked=marked))
        blocks.append(_line("<b>" + esc(_tr("Totaal: %1 minuten").replace("%1", str(total))) + "</b>"))
        return paginate(blocks, size, fonts, "")


def current_meeting(data):
    """The first meeting from today on, else the latest one; None without meetings."""
    from datetime import date

    meetings = data.meetings
    if not meetings:
        return None
    today = date.today().isoformat()
    return next((m for m in meetings if m.date >= today), meetings[-1])
