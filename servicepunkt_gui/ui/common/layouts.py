"""Laying out at once what changed, so that the window is painted once, finished."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

# Levels from a label deep in a page up to the main window, with room to spare.
_DEPTH = 16


def settle_layouts() -> None:
    """Run the layout requests that changed texts and models left, up to the window, now.

    A widget whose size hint changes asks its parent to lay out again, the parent asks its
    own parent, and so on up to the window: one level per pass of the event loop, and Qt
    paints after each pass. A page filled with new content would be painted half laid out
    and then again (and again); with its layouts settled here, the one paint that follows
    shows it finished. Each pass handles the requests posted by the one before.
    """
    for _ in range(_DEPTH):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
