"""A Qt-free publisher: every listener receives each change with its initiator (Anki's OpChanges habit)."""

from __future__ import annotations

from collections.abc import Callable

#: a listener receives the change and whoever started it (a listener can skip what it did itself)
Listener = Callable[[object, object], None]


class Publisher:
    """Hands each published change to every subscribed listener, in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it again (calling it twice is harmless)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change, initiator=None) -> None:
        """Give ``change`` and its ``initiator`` to every listener subscribed now."""
        for listener in list(self._listeners):
            listener(change, initiator)

    def __len__(self) -> int:
        return len(self._listeners)
