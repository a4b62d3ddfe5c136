"""Keeping work safe: backups, restore, drafts after a crash, the trash.

Public: ``SafetyActions`` (the File menu's work for one window) and ``backup_dialog``
(choosing a backup, also at start-up when the file cannot be opened).
"""

from servicepunkt_gui.ui.safety import backup_dialog
from servicepunkt_gui.ui.safety.safety_actions import SafetyActions

__all__ = ["SafetyActions", "backup_dialog"]
