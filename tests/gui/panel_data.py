"""Builders and widget helpers of the panel tests (their fixtures are in conftest.py)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

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
    Representative,
    WorkingGroup,
    WorkItem,
)
from samenwerk_desktop.core.storage import Project

PRIVATE = "Wethouder twijfelt; niet delen met de provincie <geheim> & 🤫"


def build_realistic(path) -> Project:
    """A small but realistic collaboration: an energy transition of a district."""
    project = Project.create(path, Collaboration(
        title="Wijkaanpak warmte Noorderpolder",
        challenge="De wijk Noorderpolder in 2035 aardgasvrij, betaalbaar voor iedereen.",
        why="Betaalbare, schone warmte voor 4.000 huishoudens",
        facilitator="Anouk de Vries",
    ))
    parties = [
        Party(name="Gemeente Waterland", short_name="Gem", kind="municipality", stance=2, influence=9,
              involvement=9, position="Trekt de wijkaanpak", interests=["Betaalbaarheid", "Draagvlak"],
              mandate="Wethouder besluit tot € 50.000", private_note=PRIVATE, colour="#1f77b4"),
        Party(name="Provincie Noord-Holland", short_name="Prov", kind="province", stance=1, influence=8,
              involvement=4, must_consult_board=True, colour="#ff7f0e"),
        Party(name="Hoogheemraadschap Hollands Noorderkwartier", short_name="HHNK", kind="water_board",
              stance=0, influence=5, involvement=3, colour="#2ca02c"),
        Party(name="Liander", short_name="Liander", kind="grid_operator", stance=1, influence=8, involvement=6,
              colour="#d62728"),
        Party(name="Woonstichting De Polder", short_name="WDP", kind="housing_corporation", stance=1,
              influence=6, involvement=8, must_consult_board=True, colour="#9467bd"),
        Party(name="Bewonersvereniging Noorderpolder", short_name="BV", kind="residents", stance=-1,
              influence=3, involvement=9, interests=["Geen lastenstijging", "Inspraak"], colour="#8c564b"),
        Party(name="Natuurmonumenten", short_name="NM", kind="nature", stance=0, influence=4, involvement=2,
              colour="#e377c2"),
    ]
    spots = [(-220, -40), (160, -200), (300, 60), (200, 180), (-60, 220), (-300, 160), (40, -300)]
    for party, (x, y) in zip(parties, spots, strict=True):
        party.x, party.y = float(x), float(y)
    ids = [project.add(p).ids[0] for p in parties]
    project.add(Representative(party_id=ids[0], name="Sanne Bakker", role="Programmamanager",
                               mandate="Mag toezeggen binnen budget"))
    project.add(Representative(party_id=ids[0], name="Karim El Amrani", role="Wethouder", mandate="Volledig"))
    g1 = project.add(WorkingGroup(name="Werkgroep Techniek", form="working_group", lead_party_id=ids[3],
                                  cadence="elke twee weken", decision_rule="consent")).ids[0]
    g2 = project.add(WorkingGroup(name="Stuurgroep", form="steering_group", lead_party_id=ids[0],
                                  cadence="maandelijks", decision_rule="consensus")).ids[0]
    items = [
        ("Warmtebronnen in kaart brengen", g1), ("Netcapaciteit en verzwaring", g1), ("Isolatie van huurwoningen", g1),
        ("Financiering en subsidies", g2), ("Communicatie met bewoners", g2), ("Planning en fasering", None),
    ]
    w = [project.add(WorkItem(title=t, working_group_id=g)).ids[0] for t, g in items]
    project.set_roles({
        (w[0], ids[0]): "A", (w[0], ids[3]): "R", (w[0], ids[2]): "C",
        (w[1], ids[3]): "AR", (w[1], ids[0]): "I",
        (w[2], ids[4]): "AR", (w[2], ids[5]): "C", (w[2], ids[0]): "I",
        (w[3], ids[0]): "R", (w[3], ids[1]): "A",
        (w[4], ids[0]): "A", (w[4], ids[5]): "R", (w[4], ids[4]): "C",
    })
    m1 = project.add(Meeting(date="2026-01-15", title="Startbijeenkomst", location="Gemeentehuis",
                             attendee_ids=ids[:6], notes="Kennismaking en opgave benoemd.")).ids[0]
    project.add(AgendaItem(meeting_id=m1, title="Kennismaking", minutes=20, owner_party_id=ids[0]))
    project.add(AgendaItem(meeting_id=m1, title="Waar doen wij het voor?", minutes=45))
    project.add(ActionItem(meeting_id=m1, text="Warmtescan laten maken", owner_party_id=ids[3], due_date="2026-03-01"))
    project.add(ParkingItem(meeting_id=m1, text="Rol van de energiecoöperatie"))
    project.add(Agreement(text="We delen data over netcapaciteit binnen twee weken", owner_party_id=ids[3],
                          party_ids=[ids[0], ids[3]], status="agreed", meeting_id=m1, review_date="2026-02-01"))
    project.add(Agreement(text="Bewoners krijgen elke maand een nieuwsbrief", owner_party_id=ids[0],
                          party_ids=[ids[0], ids[5]], status="proposed", review_date="2099-12-31",
                          work_item_id=w[4]))
    project.add(Agreement(text="Afspraak met <tags> & emoji 🌱 en العربية", owner_party_id=ids[4], status="done"))
    project.add(Decision(title="Wijkaanpak vastgesteld", rule="consensus", date="2026-01-15", meeting_id=m1,
                         outcome="adopted", ratifications={ids[0]: "ratified", ids[1]: "pending",
                                                           ids[4]: "rejected"}))
    project.add(Dilemma(party_id=ids[4], title="Huurverhoging na isolatie",
                        own_interest="Investering terugverdienen", collective_interest="Betaalbare woonlasten",
                        strategy="negotiate"))
    project.add(Dilemma(party_id=ids[1], title="Provinciaal budget", strategy="escalate", status="resolved"))
    return project


def build_large(path, n_items: int = 300, n_parties: int = 60) -> Project:
    """A big matrix for speed checks: n_items work items in 10 groups, n_parties parties."""
    from samenwerk_desktop.core.data import CollaborationData
    from samenwerk_desktop.core.storage import write_new

    data = CollaborationData(collaboration=Collaboration(title="Groot"))
    for g in range(1, 11):
        data.entities["working_group"][g] = WorkingGroup(id=g, name=f"Werkgroep {g}", sort_order=g)
    for p in range(1, n_parties + 1):
        data.entities["party"][p] = Party(id=p, name=f"Partij {p}", short_name=f"P{p}", sort_order=p)
    for w in range(1, n_items + 1):
        data.entities["work_item"][w] = WorkItem(id=w, title=f"Onderdeel {w}", working_group_id=1 + w % 10,
                                                 sort_order=w)
        data.raci[(w, 1 + w % n_parties)] = "A"
        data.raci[(w, 1 + (w + 1) % n_parties)] = "R"
        data.raci[(w, 1 + (w + 2) % n_parties)] = "C"
    write_new(path, data)
    return Project.open(path)


def ids_by_name(document, kind: str, attr: str = "name") -> dict[str, int]:
    """Entity ids of a kind by a text attribute."""
    return {getattr(e, attr): e.id for e in document.data.entities[kind].values()}


def all_widget_text(root) -> str:
    """Every text a widget tree holds (line edits, text edits, labels, lists, tables, tooltips)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    parts = []
    for w in [root, *root.findChildren(QWidget)]:
        parts.append(w.toolTip())
        parts.append(w.accessibleName())
        if isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            parts.append(w.text())
        elif isinstance(w, QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount(QModelIndex())):
                try:
                    columns = m.columnCount(QModelIndex())
                except TypeError:  # a list model hides columnCount
                    columns = 1
                for c in range(columns):
                    for role in (0, 2, 3):  # display, edit, tooltip
                        v = m.data(m.index(r, c), role)
                        if isinstance(v, str):
                            parts.append(v)
    text = "\n".join(p for p in parts if p)
    return text + "\n" + html.unescape(text)  # tooltips hold user text escaped


def reopen(document):
    """The file's contents as a fresh load (the document is closed)."""
    path = document.project.path
    document.close()
    with Project.open(path) as project:
        return project.load()


def w(root, cls, name):
    """The child widget of a class with an object name; fails the test when it is missing.

    The agreements panel fills a tab when it is first shown: its tabs are filled first, as if shown.
    """
    for panel in [root, *root.findChildren(QWidget)]:
        if hasattr(panel, "finish_tabs"):
            panel.finish_tabs()
    found = root.findChild(cls, name)
    assert found is not None, name
    return found
