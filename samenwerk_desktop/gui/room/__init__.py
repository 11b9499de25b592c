"""The room's screen: a read-only audience window drawn from the room's projection of the collaboration."""
