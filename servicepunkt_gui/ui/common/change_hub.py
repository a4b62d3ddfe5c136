"""The one place the window hears what changed in the database.

Every write goes through the write path, which announces here what ``core`` said it changed.
Views listen and refresh only what they show; no view calls into another. A new feature
listens without any existing view changing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from servicepunkt_gui.core.changes import Changes


class ChangeHub(QObject):
    """``changed(changes, origin)``: ``origin`` is the object that wrote, or None.

    A view that already updated itself after its own write may skip the announcement of it
    (``origin is self``); everyone else refreshes.
    """

    changed = Signal(object, object)

    def announce(self, changes: Changes, origin: object | None = None) -> None:
        if changes:
            self.changed.emit(changes, origin)
