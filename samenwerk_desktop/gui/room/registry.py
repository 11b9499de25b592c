"""Every view of the room, registered: the modules that draw them, imported together (``REGISTRY`` by key, in number order)."""

from samenwerk_desktop.gui.room import give_take_views, meeting_views, movement_views, views  # noqa: F401 - they register

REGISTRY = views.REGISTRY
