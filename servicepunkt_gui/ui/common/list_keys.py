"""Keys every list and table in the window answers the same way.

- Tab leaves the list for the next field (Qt's tables walk their cells with Tab: more than
  seventy presses to get past the municipality list); arrows move inside it.
- Delete deletes what is selected, with the same question as the button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
