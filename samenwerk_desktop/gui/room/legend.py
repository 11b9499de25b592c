"""The room's legend: the map's visual language in one narrow column beside the map (never over it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from samenwerk_desktop.core import mapstyle
from samenwerk_desktop.core.model import PARTY_KINDS, RELATION_TYPES
from samenwerk_desktop.gui.map import overlays


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)  # the same words as the editing window's legend


class RoomLegend(QFrame):
    """Stance, relation and kind of party, one entry a line (kinds in two columns) (object name ``roomLegend``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("roomLegend")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        row = 0

        def heading(text):
            nonlocal row
            label = QLabel(text, self)
            label.setObjectName("legendHeading")
            grid.addWidget(label, row, 0, 1, 4)
            row += 1

        def entries(pairs, per_row=1):
            nonlocal row
            for i, (drawer, text) in enumerate(pairs):
                r, c = divmod(i, per_row)
                grid.addWidget(overlays._Swatch(drawer, self), row + r, 2 * c)
                grid.addWidget(QLabel(text, self), row + r, 2 * c + 1)
            row += (len(pairs) + per_row - 1) // per_row

        heading(_tr("Standpunt (kleur en teken)"))
        entries([(overlays._stance_drawer(s), label) for s, label in
                 ((-2, _tr("sterk tegen")), (-1, _tr("tegen")), (0, _tr("neutraal")), (1, _tr("voor")),
                  (2, _tr("sterk voor")))])
        heading(_tr("Relatie"))
        entries([*((overlays._relation_drawer(t), str(RELATION_TYPES[t])) for t in mapstyle.RELATION_STYLES),
                 (overlays._direction_drawer, _tr("richting (pijl)"))])
        heading(_tr("Soort partij (grootte = invloed)"))
        entries([(overlays._shape_drawer(k), str(PARTY_KINDS[k])) for k in mapstyle.KIND_SHAPES], per_row=2)
        grid.setRowStretch(row, 1)
