"""The rules of a sound responsibility matrix, as findings about rows and parties."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from samenwerk_desktop.core.i18n import Msg

#: Finding codes in the order they are listed.
CODES = (
    "empty_row",
    "no_accountable",
    "several_accountable",
    "no_responsible",
    "board_accountable",
    "too_many_consulted",
    "idle_party",
    "overloaded_party",
)

MAX_CONSULTED = 3


@dataclass(frozen=True)
class Finding:
    """Something to look at in the matrix: a row, a party, or one cell."""

    code: str
    message: Msg
    work_item_id: int | None = None
    party_id: int | None = None

    @property
    def severity(self) -> str:
        """"error" for a row that cannot work as it is, "warning" otherwise."""
        return "error" if self.code in ("empty_row", "no_accountable", "several_accountable") else "warning"

    def __str__(self) -> str:
        return str(self.message)


def find(
    work_items: Iterable[tuple[int, str]],
    parties: Iterable[tuple[int, str, bool]],
    cells: Mapping[tuple[int, int], str],
    overload_share: float = 0.5,
) -> list[Finding]:
    """Findings for a matrix.

    ``work_items`` are (id, title) pairs, ``parties`` (id, name,
    must_consult_board) triples, ``cells`` maps (work_item_id, party_id) to
    canonical roles. Row findings come first in row order, then party
    findings in party order, so the list only depends on the order given.
    """
    work_items = list(work_items)
    parties = list(parties)
    party_ids = {p[0] for p in parties}
    # one pass over the cells: what each row and each party needs, without keeping (or sorting) the cells
    filled: set[int] = set()  # rows with a role
    accountable_in: dict[int, list[int]] = {}  # row -> its accountable parties, in the order the cells come
    responsible: set[int] = set()
    consulted: dict[int, int] = {}
    active: set[int] = set()  # parties with a role
    heavy: dict[int, int] = {}  # party -> cells with A or R
    item_ids = {w[0] for w in work_items}
    for (w, p), roles in cells.items():
        if not roles or w not in item_ids or p not in party_ids:
            continue
        filled.add(w)
        active.add(p)
        has_a = "A" in roles
        if has_a:
            accountable_in.setdefault(w, []).append(p)
        if "R" in roles:
            responsible.add(w)
            heavy[p] = heavy.get(p, 0) + 1
        elif has_a:
            heavy[p] = heavy.get(p, 0) + 1
        if "C" in roles:
            consulted[w] = consulted.get(w, 0) + 1
    column = {p[0]: i for i, p in enumerate(parties)}
    for accountable in accountable_in.values():
        if len(accountable) > 1:  # the parties of a row in column order, whatever order the cells come in
            accountable.sort(key=column.__getitem__)
    name = {p[0]: p[1] for p in parties}
    board = {p[0] for p in parties if p[2]}

    out: list[Finding] = []
    for wid, title in work_items:
        if wid not in filled:
            out.append(Finding("empty_row", Msg(
                f"‘{title}’ heeft nog geen rollen.", f"‘{title}’ has no roles yet."), wid))
            continue
        accountable = accountable_in.get(wid, ())
        if not accountable:
            out.append(Finding("no_accountable", Msg(
                f"‘{title}’ heeft geen eindverantwoordelijke (A).",
                f"‘{title}’ has no one accountable (A)."), wid))
        elif len(accountable) > 1:
            names = ", ".join(name[p] for p in accountable)
            out.append(Finding("several_accountable", Msg(
                f"‘{title}’ heeft {len(accountable)} eindverantwoordelijken (A): {names}. Kies er één.",
                f"‘{title}’ has {len(accountable)} accountable parties (A): {names}. Choose one."), wid))
        if wid not in responsible:
            out.append(Finding("no_responsible", Msg(
                f"‘{title}’ heeft niemand die het werk doet (R).",
                f"‘{title}’ has no one responsible for doing the work (R)."), wid))
        for p in accountable:
            if p in board:
                out.append(Finding("board_accountable", Msg(
                    f"{name[p]} is eindverantwoordelijk voor ‘{title}’, maar moet eerst terug naar het eigen bestuur.",
                    f"{name[p]} is accountable for ‘{title}’ but must first consult its own board."), wid, p))
        n_consulted = consulted.get(wid, 0)
        if n_consulted > MAX_CONSULTED:
            out.append(Finding("too_many_consulted", Msg(
                f"‘{title}’ heeft {n_consulted} geraadpleegde partijen (C); meer dan {MAX_CONSULTED} vertraagt.",
                f"‘{title}’ has {n_consulted} consulted parties (C); more than {MAX_CONSULTED} slows it down."), wid))

    n_rows = len(work_items)
    for pid, pname, _ in parties:
        if pid not in active:
            out.append(Finding("idle_party", Msg(
                f"{pname} heeft nog geen enkele rol.", f"{pname} has no role at all."), None, pid))
            continue
        n_heavy = heavy.get(pid, 0)
        if n_rows and n_heavy > overload_share * n_rows:
            pct = round(100 * overload_share)
            out.append(Finding("overloaded_party", Msg(
                f"{pname} is A of R op {n_heavy} van {n_rows} onderdelen (meer dan {pct}%).",
                f"{pname} is A or R on {n_heavy} of {n_rows} work items (more than {pct}%)."), None, pid))
    return out


def findings_for(data) -> list[Finding]:
    """Findings for a loaded collaboration (a CollaborationData)."""
    return find(
        ((w.id, w.title) for w in data.work_items),
        ((p.id, p.name, p.must_consult_board) for p in data.parties),
        data.raci,
        data.collaboration.overload_share,
    )


def load_per_party(data) -> dict[int, dict[str, int]]:
    """How many cells of each role letter every party holds."""
    out = {p.id: {c: 0 for c in "ARSCI"} for p in data.parties}
    for (_w, p), roles in data.raci.items():
        if p in out:
            for c in roles:
                out[p][c] += 1
    return out
