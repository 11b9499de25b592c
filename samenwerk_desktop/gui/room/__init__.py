"""The room's screen: a read-only audience window drawn from the room's projection of the collaboration."""

# the views of a meeting being run register after the others (their number keys are 8 and 9)
from samenwerk_desktop.gui.room import meeting_views as _meeting_views  # noqa: F401
