"""The room's legend: the map's visual language in one narrow column beside the map (never over it)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from samenwerk_desktop.gui.map import overlays


class RoomLegend(overlays.MapLegend):
    """Stance, relation and kind of party, one entry a line (kinds in two columns) (object name ``roomLegend``)."""

    PER_ROW = (1, 1, 2)
    STRETCH = True

    def set_up(self, grid: QGridLayout) -> None:
        """Override MapLegend.set_up: no frame, a column beside the map."""
        self.setObjectName("roomLegend")
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
