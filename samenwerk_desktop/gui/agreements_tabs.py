"""The agreements panel's tabs after the first: each one's section is built when it is first needed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from samenwerk_desktop.gui.panel_common import child

#: the sections in tab order, each with its tab's page, the panel method that builds it and its table. The pages' widgets are
#: all made with the panel's form (so the panel's size is the same before and after a tab is built: no layout jump);
#: a section's build fills them: its table's model, its filters, its form's fields bound to the file
TABS: dict[str, tuple[str, str, str]] = {
    "agreement": ("agreementsTab", "_build_agreements", "agreementsTable"),
    "decision": ("decisionsTab", "_build_decisions", "decisionsTable"),
    "dilemma": ("dilemmasTab", "_build_dilemmas", "dilemmasTable"),
    "working_group": ("structureTab", "_build_structure", "groupsTable"),
    "meeting": ("meetingsTab", "_build_meetings", "meetingsTable"),
}
#: the object names of a tab's widgets start with its kind, or with this
PREFIXES = {"working_group": "group"}
#: the panel's attributes that a tab's build makes, and that tab: reading one builds its tab
ATTRIBUTES = {
    "decision_title": "decision", "ratification_table": "decision", "ratifications": "decision",
    "dilemma_title": "dilemma", "group_name": "working_group", "collab_binder": "working_group",
    "meeting_title": "meeting", "sub": "meeting", "_sub_view": "meeting", "agenda_total": "meeting",
    "meeting_outcomes": "meeting",
}


class LazySections(Mapping):
    """The panel's sections by kind, in tab order; looking one up builds its tab if it is not built yet.

    ``built`` holds the sections built so far: what follows the document (a change, the
    selection, a narrower pane) updates only those; a tab built later reads the document as it
    is then.
    """

    def __init__(self, panel):
        self._panel = panel
        self.built: dict[str, object] = {}

    def __getitem__(self, kind: str):
        if kind not in TABS:
            raise KeyError(kind)
        if kind not in self.built:
            build_tab(self._panel, kind)
        return self.built[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(TABS)

    def __len__(self) -> int:
        return len(TABS)

    def __setitem__(self, kind: str, section) -> None:
        self.built[kind] = section


def build_tab(panel, kind: str) -> None:
    """Build ``kind``'s section on its tab (the widgets are the panel's form's: only the lists and fields are filled)."""
    getattr(panel, TABS[kind][1])()
    panel._tab_built(kind, child(panel._form, QWidget, TABS[kind][0]))


def kind_at(index: int) -> str | None:
    """The kind of the section on the tab at ``index``."""
    kinds = list(TABS)
    return kinds[index] if 0 <= index < len(kinds) else None


def tab_splitter(panel, kind: str) -> QSplitter | None:
    """The splitter between ``kind``'s table and its form (built or not)."""
    parent = child(panel._form, QTableView, TABS[kind][2]).parentWidget()
    return parent if isinstance(parent, QSplitter) else None
