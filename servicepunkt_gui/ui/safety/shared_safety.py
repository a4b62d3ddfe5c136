"""The File menu's backups on a shared database: the server's job, not this computer's.

A shared PostgreSQL database has no file here to copy, check or put back: the IT
department backs it up on the server (``pg_dump``, docs/INSTALL.md). So on a shared
database the file backup items are disabled with a one-line reason (in the status bar
when hovered, and as their tooltip), the daily backup and the file check are not run, and
the menu offers "Save a copy as an exchange file…" (``ui/share/take_along``) instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

# The names the shell gives the file backup items in menu_table.py (Item(..., name=...)).
FILE_BACKUP_ITEMS = ("backup_now", "restore_backup", "second_backup_folder")
# The names of the items only a shared database has.
SHARED_ONLY_ITEMS = ("save_exchange_copy", "take_along")


def shared_backup_reason() -> str:
    """Why a file backup item does nothing on a shared database, in one line."""
    return QCoreApplication.translate(
        "SharedSafety",
        "The shared database is backed up on the server by your IT department; use "
        "File → Save a copy as an exchange file… for a copy of your own.",
    )


def adapt_menu(actions: Mapping[str, QAction], shared: bool) -> None:
    """Disable the file backup items on a shared database (saying why); hide the items
    that only a shared database has on a local file."""
    reason = shared_backup_reason() if shared else ""
    for name in FILE_BACKUP_ITEMS:
        action = actions.get(name)
        if action is not None:
            action.setEnabled(not shared)
            action.setToolTip(reason)
            action.setStatusTip(reason)
            for menu in action.associatedObjects():
                if shared and isinstance(menu, QMenu):
                    menu.setToolTipsVisible(True)  # the reason, when the item is hovered
    for name in SHARED_ONLY_ITEMS:
        action = actions.get(name)
        if action is not None:
            action.setVisible(shared)
