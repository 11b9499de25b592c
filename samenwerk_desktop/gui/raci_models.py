"""The RACI editor's item models: the matrix, the load per party and the findings list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from samenwerk_desktop.core import raci
from samenwerk_desktop.core.model import ROLE_NAMES, ROLE_ORDER
from samenwerk_desktop.gui.panel_common import (
    ERROR_TINT,
    GROUP_TINT,
    SELECTED_TINT,
    WARNING_TINT,
    icon,
    party_names_changed,
    tooltip,
)

# Roles and flags as plain values: data() runs for every visible cell and role.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RaciModel(QAbstractTableModel):
    """Rows: working-group header rows and work items; columns: parties in party order."""

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._rows: list[tuple[str, int | None]] = []
        self._row_of_item: dict[int, int] = {}
        self._parties: list[int] = []
        self._col_of_party: dict[int, int] = {}
        self._party_label: list[str] = []
        self._party_name: dict[int, str] = {}
        self._titles: dict[int, str] = {}
        self._group_names: dict[int | None, str] = {}
        #: the window's selected parties (set by the editor from its ViewState)
        self._selected: frozenset[int] = frozenset()
        #: work item / party -> (severity, findings); cell -> findings
        self._row_find: dict[int, tuple[str, tuple]] = {}
        self._party_find: dict[int, tuple[str, tuple]] = {}
        self._cell_find: dict[tuple[int, int], tuple] = {}
        self._bold = _bold()
        self._icons = {"error": icon("error"), "warning": icon("warning")}
        self._group_brush = QBrush(GROUP_TINT)
        self._brushes = {"cell": QBrush(WARNING_TINT.darker(112)), "error": QBrush(ERROR_TINT),
                         "warning": QBrush(WARNING_TINT), "selected": QBrush(SELECTED_TINT),
                         "column": QBrush(WARNING_TINT.lighter(110))}
        self._build()

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        data = self._doc.data
        groups = data.working_groups
        group_ids = {g.id for g in groups}
        items = data.work_items
        rows: list[tuple[str, int | None]] = []
        if groups:
            by_group: dict[int | None, list[int]] = {g.id: [] for g in groups}
            by_group[None] = []
            for w in items:
                by_group[w.working_group_id if w.working_group_id in group_ids else None].append(w.id)
            for g in groups:
                rows.append(("group", g.id))
                rows += [("item", wid) for wid in by_group[g.id]]
            if by_group[None]:
                rows.append(("group", None))
                rows += [("item", wid) for wid in by_group[None]]
        else:
            rows = [("item", w.id) for w in items]
        self._rows = rows
        self._row_of_item = {id_: r for r, (kind, id_) in enumerate(rows) if kind == "item"}
        self._titles = {w.id: w.title for w in items}
        self._group_names = {g.id: g.name for g in groups}
        self._group_names[None] = self.tr("Zonder werkgroep")
        self._read_parties()
        self._read_findings()

    def _read_parties(self) -> None:
        parties = self._doc.data.parties
        self._parties = [p.id for p in parties]
        self._col_of_party = {pid: c for c, pid in enumerate(self._parties)}
        self._party_label = [p.label for p in parties]
        self._party_name = {p.id: p.name for p in parties}

    def _read_findings(self) -> None:
        """Findings by row, party and cell; messages are only rendered when a tooltip asks."""
        rows: dict[int, list] = {}
        parties: dict[int, list] = {}
        cells: dict[tuple[int, int], list] = {}
        for f in self._doc.findings:
            if f.work_item_id is not None:
                rows.setdefault(f.work_item_id, []).append(f)
                if f.party_id is not None:
                    cells.setdefault((f.work_item_id, f.party_id), []).append(f)
            elif f.party_id is not None:
                parties.setdefault(f.party_id, []).append(f)

        def summary(found):
            sev = "error" if any(f.severity == "error" for f in found) else "warning"
            return sev, tuple(found)

        self._row_find = {k: summary(v) for k, v in rows.items()}
        self._party_find = {k: summary(v) for k, v in parties.items()}
        self._cell_find = {k: tuple(v) for k, v in cells.items()}

    @staticmethod
    def _looks(found) -> tuple | None:
        """What a finding changes in the picture: severity and codes (not the wording)."""
        if found is None:
            return None
        if isinstance(found, tuple) and found and isinstance(found[0], str):
            return found[0], tuple(f.code for f in found[1])
        return tuple(f.code for f in found)

    @staticmethod
    def _messages(found) -> list[str]:
        return [str(f.message) for f in found] if found else []

    def rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    # -- lookups for the editor -------------------------------------------------------

    def row_kind(self, row: int) -> tuple[str, int | None]:
        return self._rows[row]

    def item_at(self, row: int) -> int | None:
        if 0 <= row < len(self._rows) and self._rows[row][0] == "item":
            return self._rows[row][1]
        return None

    def group_at(self, row: int) -> int | None:
        """The working group of a row (a header row or a work item's group)."""
        if not 0 <= row < len(self._rows):
            return None
        kind, id_ = self._rows[row]
        if kind == "group":
            return id_
        item = self._doc.data.get("work_item", id_)
        return item.working_group_id if item else None

    def row_labels(self) -> list[str]:
        """The row headers: working-group names and work-item titles."""
        return [self._group_names.get(id_, "") if kind == "group" else self._titles.get(id_, "")
                for kind, id_ in self._rows]

    def party_labels(self) -> list[str]:
        """The column headers: the parties' short names (full names are in the tooltips)."""
        return list(self._party_label)

    def party_at(self, column: int) -> int | None:
        return self._parties[column] if 0 <= column < len(self._parties) else None

    def row_of_item(self, work_item_id: int) -> int:
        return self._row_of_item.get(work_item_id, -1)

    def column_of_party(self, party_id: int) -> int:
        return self._col_of_party.get(party_id, -1)

    def cell_key(self, index: QModelIndex) -> tuple[int, int] | None:
        if not index.isValid():
            return None
        wid = self.item_at(index.row())
        pid = self.party_at(index.column())
        return (wid, pid) if wid is not None and pid is not None else None

    # -- reacting to the document ------------------------------------------------------

    def on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if "party" in kinds and not party_names_changed(change):
            kinds = kinds - {"party"}
            if not kinds:
                return
        structural = bool(kinds & {"work_item", "working_group"})
        if "party" in kinds and (change.action != "update" or "sort_order" in change.fields):
            structural = True
        if structural:
            self.rebuild()
            return
        if "party" in kinds:
            self._read_parties()
            if self._parties:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._parties) - 1)
        if "raci" in kinds and change.action == "roles":
            self._emit_cells(change.ids)
        self._refresh_findings(full=bool(kinds & {"party", "collaboration"}) or change.action != "roles")

    def _emit_cells(self, keys) -> None:
        spots = [(self._row_of_item.get(w, -1), self._col_of_party.get(p, -1)) for w, p in keys]
        spots = [(r, c) for r, c in spots if r >= 0 and c >= 0]
        if not spots:
            return
        if len(spots) > 64:
            rs, cs = [s[0] for s in spots], [s[1] for s in spots]
            self.dataChanged.emit(self.index(min(rs), min(cs)), self.index(max(rs), max(cs)))
            return
        for r, c in spots:
            index = self.index(r, c)
            self.dataChanged.emit(index, index)

    def _refresh_findings(self, *, full: bool) -> None:
        old_rows, old_parties, old_cells = self._row_find, self._party_find, self._cell_find
        self._read_findings()
        if not self._rows or not self._parties:
            return
        last_row, last_col = len(self._rows) - 1, len(self._parties) - 1
        if full:
            self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_col))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last_row)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_col)
            return
        looks = self._looks
        for wid in set(old_rows) | set(self._row_find):
            if looks(old_rows.get(wid)) != looks(self._row_find.get(wid)):
                r = self._row_of_item.get(wid, -1)
                if r >= 0:
                    self.dataChanged.emit(self.index(r, 0), self.index(r, last_col))
                    self.headerDataChanged.emit(Qt.Orientation.Vertical, r, r)
        for pid in set(old_parties) | set(self._party_find):
            if looks(old_parties.get(pid)) != looks(self._party_find.get(pid)):
                c = self._col_of_party.get(pid, -1)
                if c >= 0:
                    self.dataChanged.emit(self.index(0, c), self.index(last_row, c))
                    self.headerDataChanged.emit(Qt.Orientation.Horizontal, c, c)
        self._emit_cells(k for k in set(old_cells) | set(self._cell_find)
                         if looks(old_cells.get(k)) != looks(self._cell_find.get(k)))

    def set_selected(self, party_ids) -> None:
        old, self._selected = self._selected, frozenset(party_ids)
        if not self._rows:
            return
        for pid in old ^ self._selected:
            c = self._col_of_party.get(pid, -1)
            if c >= 0:
                self.dataChanged.emit(self.index(0, c), self.index(len(self._rows) - 1, c))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, c, c)

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self._parties)

    def data(self, index, role=_DISPLAY):
        """Override QAbstractItemModel.data (called for every visible cell and role: kept lean)."""
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if r >= len(self._rows) or c >= len(self._parties):
            return None
        role = int(role)
        kind, wid = self._rows[r]
        if kind == "group":
            return self._group_brush if role == _BACKGROUND else None
        pid = self._parties[c]
        if role == _DISPLAY:
            roles = self._doc.data.raci.get((wid, pid))
            return "/".join(roles) if roles else ""
        if role == _ALIGN:
            return _CENTER
        if role == _BACKGROUND:
            if (wid, pid) in self._cell_find:
                return self._brushes["cell"]
            found = self._row_find.get(wid)
            if found is not None:
                return self._brushes[found[0]]
            if pid in self._selected:
                return self._brushes["selected"]
            return self._brushes["column"] if pid in self._party_find else None
        if role == _FONT:
            return self._bold if (wid, pid) in self._cell_find or pid in self._selected else None
        if role == _DECORATION:
            return self._icons["warning"] if (wid, pid) in self._cell_find else None
        if role == _EDIT:
            return self._doc.data.raci.get((wid, pid), "")
        if role in (_TOOLTIP, _ACCESSIBLE):
            roles = self._doc.data.raci.get((wid, pid), "")
            names = ", ".join(str(ROLE_NAMES[x]) for x in roles) or self.tr("geen rol")
            lines = [f"{self._party_name.get(pid, '')} — {self._titles.get(wid, '')}: {names}"]
            lines += self._messages(self._cell_find.get((wid, pid)))
            return tooltip("\n".join(lines)) if role == _TOOLTIP else ". ".join(lines)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Override QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._parties):
                return None
            pid = self._parties[section]
            found = self._party_find.get(pid)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._party_label[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip("\n".join([self._party_name.get(pid, ""), *self._messages(found and found[1])]))
            if role == Qt.ItemDataRole.DecorationRole and found is not None:
                return self._icons[found[0]]
            if role == Qt.ItemDataRole.FontRole and pid in self._selected:
                font = QFont(self._bold)
                font.setUnderline(True)
                return font
            return None
        if not 0 <= section < len(self._rows):
            return None
        kind, id_ = self._rows[section]
        if kind == "group":
            if role == Qt.ItemDataRole.DisplayRole:
                return self._group_names.get(id_, "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(self._group_names.get(id_, ""))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        found = self._row_find.get(id_)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(id_, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip("\n".join([self._titles.get(id_, ""), *self._messages(found and found[1])]))
        if role == Qt.ItemDataRole.DecorationRole and found is not None:
            return self._icons[found[0]]
        if role == Qt.ItemDataRole.FontRole and found is not None and found[0] == "error":
            return self._bold
        return None

    def flags(self, index):
        """Override QAbstractItemModel.flags: header rows of working groups cannot be edited."""
        if not index.isValid():
            return _NO_FLAGS
        return _GROUP_FLAGS if self._rows[index.row()][0] == "group" else _CELL_FLAGS

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Override QAbstractItemModel.setData: one core ``set_roles``, one undo step."""
        key = self.cell_key(index)
        if key is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        return self.set_cells({key: text}, self.tr("Rol wijzigen")) is not None

    def set_cells(self, cells: dict[tuple[int, int], str], text: str):
        cells = dict(cells)
        return self._doc.apply(text, lambda p: p.set_roles(cells))


class LoadModel(QAbstractTableModel):
    """A footer table: for every party (column) how many A, R, (S,) C and I it holds."""

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._letters = ""
        self._parties: list[int] = []
        self._load: dict[int, dict[str, int]] = {}
        self._heavy: set[int] = set()
        self._build()

    def _build(self) -> None:
        data = self._doc.data
        scheme = data.collaboration.raci_scheme
        self._letters = "".join(c for c in ROLE_ORDER if c in scheme)
        self._parties = [p.id for p in data.parties]
        self._load = raci.load_per_party(data)
        self._heavy = {f.party_id for f in self._doc.findings if f.code == "overloaded_party"}

    def rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def on_changed(self, change) -> None:
        kinds = change.kinds | {change.kind}
        if "party" in kinds and not party_names_changed(change):
            kinds = kinds - {"party"}
        if kinds & {"party", "collaboration", "work_item"}:
            self.rebuild()
        elif "raci" in kinds and self._parties:
            self._build()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._letters) - 1, len(self._parties) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self._parties)

    def count(self, letter: str, party_id: int) -> int:
        return self._load.get(party_id, {}).get(letter, 0)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel.data."""
        if not index.isValid() or index.row() >= len(self._letters) or index.column() >= len(self._parties):
            return None
        letter, pid = self._letters[index.row()], self._parties[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.count(letter, pid))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and pid in self._heavy and letter in "AR":
            return QBrush(WARNING_TINT)
        if role == Qt.ItemDataRole.FontRole and pid in self._heavy and letter in "AR":
            return _bold()
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Override QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._letters):
            letter = self._letters[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{letter} — {ROLE_NAMES[letter]}"
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._parties):
            if role == Qt.ItemDataRole.DisplayRole:
                party = self._doc.data.get("party", self._parties[section])
                return party.label if party else ""
        return None

    def flags(self, index):
        """Override QAbstractItemModel.flags."""
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class FindingsModel(QAbstractListModel):
    """The core's findings about the matrix, in the core's order."""

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._findings: list[raci.Finding] = list(document.findings)
        self._icons = {"error": icon("error"), "warning": icon("warning")}

    def refresh(self) -> None:
        new = list(self._doc.findings)
        if new != self._findings:
            self.beginResetModel()
            self._findings = new
            self.endResetModel()

    def finding(self, row: int) -> raci.Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel.data."""
        if not index.isValid() or index.row() >= len(self._findings):
            return None
        f = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(f.message)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(str(f.message))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[f.severity]
        return None
