"""The map scene's operations: gestures and menu choices become core operations (the scene only draws)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu

from samenwerk_desktop.core import layout as shared
from samenwerk_desktop.core.model import Party, Relation
from samenwerk_desktop.gui.map.dialogs import AddPartyDialog, RelationDialog
from samenwerk_desktop.gui.map.items import PartyItem, RelationItem


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


def _trn(text: str, n: int) -> str:
    """A plural message: Qt picks the form for ``n`` (numerusform in the .ts files)."""
    return QCoreApplication.translate("MapScene", text, "", n)


class SceneOperations:
    """What MapScene does for a gesture or a menu choice: each one operation on the document, one undo step.

    A mixin of MapScene (its messages keep the context "MapScene"); it changes the model, never the items."""

    def commit_moves(self) -> None:
        """Write where the moved parties were dropped: one update_many, one undo step."""
        stored = self.document.data.entities["party"]
        changes: dict[int, dict] = {}
        snap_back = []
        for pid, start in self._press_positions.items():
            item = self.parties.get(pid)
            if item is None or pid not in stored:
                continue
            pos = item.pos()
            if (pos.x(), pos.y()) == start:
                continue
            fields = self.placement.frame.fields_for(stored[pid], pos.x(), pos.y())
            if fields:
                changes[pid] = fields
            snap_back.append(pid)
        self._press_positions = {}
        if changes:
            text = _trn("%n partij(en) verplaatsen", len(changes))
            self.document.apply(text, lambda p: p.update_many("party", changes))
        for pid in snap_back:  # unchanged scores, or a refused write: back to what the file says
            if pid in self.parties and pid in self.document.data.entities["party"]:
                self._place(self.parties[pid], self.document.data.entities["party"][pid])

    def add_party(self, name: str, at: tuple[float, float] | None = None) -> int | None:
        """Add a party named ``name``, dropped at scene position ``at`` (or on a free spot)."""
        party = Party(name=name)
        if at is None:
            view = self._view_widget()
            centre = view.mapToScene(view.viewport().rect().center()) if view else QPointF(0, 0)
            at = (centre.x(), centre.y())
            if self.layout == "network":
                taken = [(i.pos().x(), i.pos().y()) for i in self.parties.values()]
                at = shared.free_spot(taken, at)
        frame = self.placement.frame
        if self.layout == "grid":
            party.influence, party.involvement = frame.grid_scores(*at)
        elif self.layout == "onion":
            party.influence = frame.onion_score(*at)
        elif self.layout == "actors":
            party.stance, party.trust = frame.actors_scores(*at)
        else:
            party.x, party.y = round(at[0], 1), round(at[1], 1)
        change = self.document.apply(_tr("Partij toevoegen"), lambda p: p.add(party))
        if change is None:
            return None
        new_id = change.ids[0]
        self.view_state.set_selection({new_id})
        return new_id

    def ask_add_party(self, at: tuple[float, float] | None = None) -> int | None:
        name = AddPartyDialog.ask(self._view_widget())
        if not name:
            return None
        new_id = self.add_party(name, at)
        if new_id is not None:
            self.partyAdded.emit(new_id)
        return new_id

    def connect_parties(self, source_id: int, target_id: int, type_: str = "informal",
                        direction: str = "none") -> int | None:
        relation = Relation(source_id=source_id, target_id=target_id, type=type_, direction=direction)
        change = self.document.apply(_tr("Partijen verbinden"), lambda p: p.add(relation))
        return change.ids[0] if change else None

    def ask_connect(self, source_id: int, target_id: int | None = None) -> int | None:
        parties = [(p.id, p.name) for p in self.document.data.parties]
        answer = RelationDialog.ask(self._view_widget(), parties, source_id, target_id)
        if answer is None:
            return None
        target, type_, direction = answer
        return self.connect_parties(source_id, target, type_, direction)

    def delete_selected(self) -> bool:
        """Delete the selected parties (with their relations) and relations: one undo step."""
        party_ids = sorted(self.selected_party_ids())
        relation_ids = sorted(
            item.relation_id for item in self.selectedItems()
            if isinstance(item, RelationItem) and item.source.party_id not in party_ids
            and item.target.party_id not in party_ids
        )
        if not party_ids and not relation_ids:
            return False
        with self.document.macro(_tr("Verwijderen")):
            if relation_ids:
                self.document.apply(_tr("Relatie verwijderen"), lambda p: p.delete("relation", relation_ids))
            if party_ids:
                self.document.apply(_tr("Partij verwijderen"), lambda p: p.delete("party", party_ids))
        return True

    def relation_menu(self, rid: int) -> QMenu:
        """What can be done with one relation: a dispute of a tension in one step, delete."""
        menu = QMenu(self._view_widget())
        if (relation := self.document.data.get("relation", rid)) is not None and relation.type == "tension":
            menu.addAction(_tr("Geschil vastleggen…"), lambda: self.disputeRequested.emit(rid))
        menu.addAction(_tr("Relatie verwijderen"),
                       lambda: self.document.apply(_tr("Relatie verwijderen"), lambda p: p.delete("relation", [rid])))
        return menu

    def party_menu(self, pid: int) -> QMenu:
        """What can be done with one party: connect, edit, delete (mouse and keyboard alike)."""
        menu = QMenu(self._view_widget())
        menu.addAction(_tr("Verbinden met…"), lambda: self.ask_connect(pid))
        menu.addAction(_tr("Bewerken"), lambda: self.partyActivated.emit(pid))
        menu.addAction(_tr("Focus op deze partij"), lambda: self.focusRequested.emit(pid))
        menu.addSeparator()
        menu.addAction(_tr("Verwijderen"), self.delete_selected)
        return menu

    def move_selected_by(self, dx: float, dy: float) -> bool:
        """Move the selected parties by a step (the keyboard's drag): one update, one undo step.

        On the grid and the onion a position stands for whole scores, so there a step is one
        score whatever its size: right/left is involvement, up/down influence (on the onion,
        up or right comes closer to the challenge).
        """
        items = [item for item in self.selectedItems() if isinstance(item, PartyItem)]
        if not items:
            return False
        if self.layout in ("grid", "onion", "actors"):
            return self._step_scores(items, dx, dy)
        self._press_positions = {item.party_id: (item.pos().x(), item.pos().y()) for item in items}
        for item in items:
            item.setPos(item.pos() + QPointF(dx, dy))
        self.follow(self._press_positions)
        self.commit_moves()
        return True

    def _step_scores(self, items: list[PartyItem], dx: float, dy: float) -> bool:
        def sign(v: float) -> int:
            return (v > 0) - (v < 0)

        stored = self.document.data.entities["party"]
        changes: dict[int, dict] = {}
        for item in items:
            party = stored.get(item.party_id)
            if party is None:
                continue
            if self.layout == "grid":
                wanted = {"involvement": party.involvement + sign(dx), "influence": party.influence - sign(dy)}
                wanted = {k: max(0, min(10, v)) for k, v in wanted.items()}
            elif self.layout == "actors":
                wanted = {"stance": party.stance + sign(dx), "trust": getattr(party, "trust", 0) - sign(dy)}
                wanted = {k: max(-2, min(2, v)) for k, v in wanted.items()}
            else:
                wanted = {"influence": max(0, min(10, party.influence + (sign(dx) or -sign(dy))))}
            fields = {k: v for k, v in wanted.items() if getattr(party, k, None) != v}
            if fields:
                changes[item.party_id] = fields
        if not changes:
            return False
        text = _trn("%n partij(en) verplaatsen", len(changes))
        return self.document.apply(text, lambda p: p.update_many("party", changes)) is not None
