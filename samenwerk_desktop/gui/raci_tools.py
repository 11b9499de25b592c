"""The RACI matrix's party columns (only those with a role, found by name) and its widenable titles column."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from samenwerk_desktop.gui import settings

#: QSettings key of the titles column's width the facilitator chose
TITLE_WIDTH_KEY = "raci/titleWidth"
#: how near the right edge of the titles column a press starts widening it (pixels)
GRIP = 6
#: one key press widens or narrows the titles column this much
STEP = 40


def visible_columns(parties: list[int], names: dict[int, str], with_role: set[int], only_roles: bool,
                    text: str) -> list[bool]:
    """Which party columns to show: with a role (when asked) and whose name contains ``text`` (any case)."""
    wanted = text.strip().casefold()
    return [(not only_roles or pid in with_role) and (not wanted or wanted in names.get(pid, "").casefold())
            for pid in parties]


class PartyColumns(QObject):
    """A row above the matrix: "Alleen partijen met een rol" and "Partij zoeken"; hides the other columns."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.row = QWidget(editor)
        self.row.setObjectName("raciPartyFilter")
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(4, 2, 4, 2)
        self.only_roles = QCheckBox(self.tr("Alleen partijen met een rol"), self.row)
        self.only_roles.setObjectName("onlyRolesCheck")
        self.only_roles.setToolTip(self.tr("Verberg de kolommen van partijen die nog geen enkele rol hebben"))
        self.find_edit = QLineEdit(self.row)
        self.find_edit.setObjectName("raciFindParty")
        self.find_edit.setPlaceholderText(self.tr("Partij zoeken…"))
        self.find_edit.setAccessibleName(self.tr("Partij zoeken in de matrix"))
        self.find_edit.setToolTip(self.tr("Toont alleen de partijen waarvan de naam dit bevat"))
        self.find_edit.setClearButtonEnabled(True)
        self.status = QLabel(self.row)
        self.status.setObjectName("raciFilterStatus")
        layout.addWidget(self.only_roles)
        layout.addWidget(self.find_edit, 1)
        layout.addWidget(self.status)
        bar = editor.findChild(QWidget, "raciToolBar")
        host = bar.parentWidget().layout() if bar is not None else None
        if host is not None:
            host.insertWidget(host.indexOf(bar) + 1, self.row)
        #: some columns may be hidden now (a filter was on since the last full showing)
        self._hiding = False
        self.only_roles.toggled.connect(lambda _on: self.apply())
        self.find_edit.textChanged.connect(lambda _text: self.apply())
        editor.model.modelReset.connect(self.apply)
        editor.model.columnsInserted.connect(lambda *_: self.apply())
        editor.model.columnsRemoved.connect(lambda *_: self.apply())
        editor._doc.changed.connect(self._on_changed)

    def _on_changed(self, change) -> None:
        if self.only_roles.isChecked() or self.find_edit.text():
            if change.kinds & {"raci", "party", "work_item"} or change.kind in ("raci", "party"):
                self.apply()

    def apply(self) -> None:
        """Hide the party columns the filter leaves out (in the matrix and in its load table); the first in view."""
        filtered = self.only_roles.isChecked() or bool(self.find_edit.text().strip())
        if not filtered and not self._hiding:
            return  # nothing hidden, nothing to hide: a role typed in the matrix costs nothing here
        self._hiding = filtered
        model = self.editor.model
        data = self.editor._doc.data
        parties = [model.party_at(c) for c in range(model.columnCount())]
        only, text = self.only_roles.isChecked(), self.find_edit.text()
        with_role = {pid for (_w, pid), roles in data.raci.items() if roles} if only else set()
        names = {pid: p.name for pid, p in data.entities["party"].items()} if text.strip() else {}
        shown = visible_columns(parties, names, with_role, only, text)
        for view in (self.editor.view, self.editor.load_view):
            header = view.horizontalHeader()
            for column, visible in enumerate(shown):
                if header.isSectionHidden(column) == visible:
                    header.setSectionHidden(column, not visible)
        count = sum(shown)
        self.status.setText(self.tr("%1 van %2 partijen").replace("%1", str(count)).replace("%2", str(len(shown)))
                            if filtered else "")
        if filtered and count:
            first = shown.index(True)
            self.editor.view.scrollTo(model.index(0, first))


class TitleColumn(QObject):
    """The work items' titles column: dragged wider at its right edge (or Ctrl+Alt+Right), remembered."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        #: the width the facilitator chose; None: as wide as the longest title (the editor decides)
        self.chosen: int | None = settings.saved_width(TITLE_WIDTH_KEY)
        self._dragging = False
        header = editor.view.verticalHeader()
        header.setMouseTracking(True)
        header.installEventFilter(self)
        header.setToolTip(self.tr("Sleep de rechterrand om de kolom met onderdelen breder of smaller te maken "
                                  "(Ctrl+Alt+Rechts / Ctrl+Alt+Links)"))
        for name, text, key, step in (("widenTitlesAction", self.tr("Kolom met onderdelen breder"), "Ctrl+Alt+Right",
                                       STEP),
                                      ("narrowTitlesAction", self.tr("Kolom met onderdelen smaller"), "Ctrl+Alt+Left",
                                       -STEP)):
            act = QAction(text, editor)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False, s=step: self.set_width(self.width() + s))
            editor.addAction(act)

    def width(self) -> int:
        return self.editor.view.verticalHeader().width()

    def set_width(self, width: int, *, save: bool = True) -> None:
        """Give the titles column a width the facilitator chose (between a minimum and most of the editor)."""
        width = max(80, min(int(width), max(120, self.editor.width() - 80)))
        self.chosen = width
        for view in (self.editor.view, self.editor.load_view):
            view.verticalHeader().setFixedWidth(width)
            view.updateGeometries()
        if save:
            settings.save_width(TITLE_WIDTH_KEY, width)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: a drag at the right edge of the titles column resizes it."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            if obj.width() - event.position().x() <= GRIP:
                self._dragging = True
                return True
        elif kind == QEvent.Type.MouseMove:
            if self._dragging:
                self.set_width(event.position().x(), save=False)
                return True
            near = obj.width() - event.position().x() <= GRIP
            obj.setCursor(Qt.CursorShape.SplitHCursor if near else Qt.CursorShape.ArrowCursor)
        elif kind == QEvent.Type.MouseButtonRelease and self._dragging:
            self._dragging = False
            self.set_width(event.position().x())
            return True
        return False
