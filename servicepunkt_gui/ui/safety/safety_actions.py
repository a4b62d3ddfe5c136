"""What the File menu does to keep work safe: back up, restore, the trash, drafts, checks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from servicepunkt_gui.core import drafts
from servicepunkt_gui.core.backup import (
    RestoreError,
    backup_dir,
    list_backups,
    make_backup,
    make_daily_backup,
    restore_backup,
)
from servicepunkt_gui.core.changes import EVERYTHING
from servicepunkt_gui.core.db import integrity_problems
from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.background import run_in_background, wait_for_background_jobs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.safety import backup_dialog, drafts_dialog
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog

log = logging.getLogger(__name__)


class SafetyActions(QObject):
    """Backups, restore and the trash for one window; ``restore_draft`` is the shell's to wire."""

    def __init__(
        self,
        window: QMainWindow,
        context: WindowContext,
        restore_draft: Callable[[drafts.DraftRow], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._writes = context.writes
        self._restore_draft = restore_draft

    @property
    def _path(self) -> Path:
        return self._writes.database.path

    # -- drafts ------------------------------------------------------------------

    def offer_drafts(self) -> None:
        """After a crash: offer each kept draft, its text visible, to restore or throw away."""
        for draft in self._writes.read(drafts.list_drafts):
            choice = drafts_dialog.ask_about_draft(self._window, draft)
            if choice == drafts_dialog.DraftChoice.DISCARD:
                self._discard_draft(draft.key)
            elif choice == drafts_dialog.DraftChoice.RESTORE:
                self._restore_draft(draft)
                return  # one editor: the others are offered at the next start

    def _discard_draft(self, key: str) -> None:
        self._writes.write_quietly(lambda s: drafts.discard_draft(s, key))

    # -- checks and backups ------------------------------------------------------------

    def start_background_checks(self) -> None:
        """Check the file (quick_check), then make the day's backup, off the UI thread.

        A damaged file is never backed up: rolling daily backups would otherwise replace
        the good copies with damaged ones.
        """
        path = self._path

        def check_then_back_up() -> list[str]:
            problems = integrity_problems(path)
            if not problems:
                make_daily_backup(path)
            return problems

        run_in_background(
            check_then_back_up,
            self._checks_done,
            lambda error: log.warning("background check or backup failed: %s", error),
        )

    def _checks_done(self, problems: object) -> None:
        if not problems:
            return
        log.error("quick_check found problems in %s", self._path)
        dialogs.show_error(
            self._window,
            self.tr("The database file is damaged"),
            self.tr(
                "SQLite's check found damage in %1. Servicepunkt has not changed the file. "
                "Restore the latest backup with File → Restore from backup…, or contact your "
                "IT department. Until then, avoid writing more in this file."
            ).replace("%1", str(self._path)),
        )

    def backup_now(self) -> None:
        path = self._path
        self._window.statusBar().showMessage(self.tr("Making a backup…"))
        run_in_background(
            lambda: make_backup(path, "manual"),
            self._backup_made,
            self._backup_failed,
        )

    def _backup_made(self, made: object) -> None:
        name = made.name if isinstance(made, Path) else ""
        self._window.statusBar().showMessage(
            self.tr("Backup saved: %1").replace("%1", name), 10_000
        )

    def _backup_failed(self, _error: Exception) -> None:
        self._window.statusBar().clearMessage()
        dialogs.show_error(
            self._window,
            self.tr("The backup could not be made"),
            self.tr(
                "No backup was written to %1. Check that the disk is not full and that the "
                "folder can be written to, then try again. Your database is unchanged."
            ).replace("%1", str(backup_dir(self._path))),
        )

    def restore_from_backup(self) -> None:
        backups = list_backups(self._path)
        if not backups:
            dialogs.show_info(
                self._window,
                self.tr("Restore from backup"),
                self.tr("There are no backups yet. Servicepunkt makes one every day you use it."),
            )
            return
        if not self._context.forms.resolve_all():
            return
        chosen = backup_dialog.choose_backup(self._window, backups)
        if chosen is None:
            return
        wait_for_background_jobs()
        database = self._writes.database
        path = database.path
        database.close()
        try:
            safety = restore_backup(path, Path(chosen))
            database.take_over(open_store(path))
        except (RestoreError, DatabaseOpenError):
            log.exception("restore failed")
            database.take_over(open_store(path))
            dialogs.show_error(
                self._window,
                self.tr("The backup could not be restored"),
                self.tr("The chosen backup could not be read. Your data was left as it was."),
            )
            return
        self._writes.hub.announce(EVERYTHING)
        self._window.statusBar().showMessage(
            self.tr("Restored. The data from before is kept in %1.").replace("%1", safety.name),
            15_000,
        )

    # -- the trash ------------------------------------------------------------------

    def show_trash(self) -> None:
        TrashDialog(self._writes, self._window).exec()
