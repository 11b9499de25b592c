"""Test data of the window and map tests: a small collaboration with a private note."""

from __future__ import annotations

from samenwerk_desktop.core.model import Collaboration, Party, Relation
from samenwerk_desktop.core.storage import Project

SECRET = "GEHEIM-NOTITIE-123"


def make_small_project(path) -> None:
    """A collaboration with four parties (one with a private note) and three relations."""
    project = Project.create(path, Collaboration(
        title="Warmtenet Rivierenbuurt", why="Betaalbare, duurzame warmte voor 3.000 woningen in 2030.",
        challenge="Samen een wijkwarmtenet realiseren."))
    try:
        ids = []
        for name, short, kind, stance, inf, inv, x, y, note in [
            ("Gemeente Rivierstad", "Gemeente", "municipality", 2, 9, 9, -200.0, -50.0, ""),
            ("Woningcorporatie Thuis & Co", "Thuis & Co", "housing_corporation", 1, 7, 8, 150.0, -120.0, ""),
            ("Bewonersvereniging <De Rivier>", "", "residents", -1, 3, 9, 0.0, 180.0, SECRET),
            ("Netbeheerder Stroomnet", "Stroomnet", "grid_operator", 0, 8, 3, 260.0, 120.0, ""),
        ]:
            change = project.add(Party(name=name, short_name=short, kind=kind, stance=stance, influence=inf,
                                       involvement=inv, x=x, y=y, private_note=note))
            ids.append(change.ids[0])
        project.add(Relation(source_id=ids[0], target_id=ids[1], type="coalition"))
        project.add(Relation(source_id=ids[1], target_id=ids[2], type="tension"))
        project.add(Relation(source_id=ids[0], target_id=ids[3], type="dependency"))
    finally:
        project.close()
