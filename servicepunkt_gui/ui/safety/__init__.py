"""Keeping work safe: backups, restore, drafts after a crash, the trash.

Public: ``SafetyActions`` (the File menu's work for one window), ``backup_dialog``
(choosing a backup, also at start-up when the file cannot be opened) and
``restore_messages`` (what a refused or done restore says, also at start-up) and
``shared_safety`` (the backup items on a shared database: disabled, with the reason).
"""

from servicepunkt_gui.ui.safety import backup_dialog, restore_messages, shared_safety
from servicepunkt_gui.ui.safety.safety_actions import SafetyActions

__all__ = ["SafetyActions", "backup_dialog", "restore_messages", "shared_safety"]
