"""The party map: a node/link canvas over the collaboration's parties and relations."""

from samenwerk_desktop.gui.map.scene import MapScene
from samenwerk_desktop.gui.map.view import MapView

__all__ = ["MapScene", "MapView"]
