"""Keys every list and table in the window answers the same way.

- Tab leaves the list for the next field (Qt's tables walk their cells with Tab: more than
  seventy presses to get past the municipality list); arrows move inside it.
- Delete deletes what is selected, with the same question as the button.
- Ctrl+C copies the selected rows (``table_copy``), not only the current cell.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView


def tab_leaves(view: QAbstractItemView) -> None:
    view.setTabKeyNavigation(False)


def delete_key_deletes(view: QAbstractItemView, delete: Callable[[], None]) -> QShortcut:
    """Delete (and Backspace on macOS keyboards) while the view itself has the focus.

    Not while a cell is being edited: the editor has the focus then, and Delete is the
    editor's.
    """
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(delete)
    return shortcut


class _CopyKey(QObject):
    """Ctrl+C on the view itself, taken before a window's shortcut or the view's own copy of
    the current cell could. Not while a cell is edited: the editor has the focus, and its
    own copy of the text marked in it."""

    def __init__(self, view: QAbstractItemView, copy: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._copy = copy
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_copy = isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy)
        if watched is self._view and is_copy:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # a key for this widget, not a shortcut
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._copy()
                return True
        return super().eventFilter(watched, event)


def copy_key_copies(view: QAbstractItemView, copy: Callable[[], None]) -> QObject:
    """Ctrl+C (the platform's Copy key) while the view itself has the focus runs ``copy``."""
    return _CopyKey(view, copy)
