"""One open collaboration without Qt: the project, its data in memory and the publisher of its changes."""

from __future__ import annotations

from collections.abc import Callable

from samenwerk_desktop.core.data import CollaborationData
from samenwerk_desktop.core.events import Publisher
from samenwerk_desktop.core.storage import Change, Project, apply_change


class Session:
    """Runs core operations on a project, keeps ``data`` up to date by applying each Change and publishes it.

    Nothing is read back from the file after an edit: ``data`` is the state before with the
    change applied. Undo and redo are operations too (``revert``), and are published the same way.
    """

    def __init__(self, project: Project):
        self.project = project
        self.data: CollaborationData = project.load()
        self.publisher = Publisher()

    def subscribe(self, listener) -> Callable[[], None]:
        """Receive every change with its initiator; returns the unsubscribe function."""
        return self.publisher.subscribe(listener)

    def run(self, op: Callable[[Project], Change], initiator=None) -> Change:
        """Run one core operation; raises the core's SamenwerkError when it is refused (nothing changed then)."""
        change = op(self.project)
        apply_change(self.data, change)
        self.publisher.publish(change, initiator)
        return change

    def revert(self, change: Change, initiator=None) -> Change:
        """Undo ``change`` (or redo, given the change its undo returned); the change that goes back again."""
        return self.run(lambda p: p.revert(change), initiator)

    def reload(self) -> CollaborationData:
        """Read the whole file again (after opening or replacing it); nothing is published."""
        self.data = self.project.load()
        return self.data
