"""What the File menu does to keep work safe: back up, restore, the trash, drafts, checks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from servicepunkt_gui.core import drafts
from servicepunkt_gui.core.backup import (
    RestoreError,
    SecondCopy,
    backup_dir,
    bring_second_folder_up_to_date,
    contents,
    list_backups,
    make_backup,
    make_daily_backup,
    remove_leftovers,
    restore_backup,
)
from servicepunkt_gui.core.changes import EVERYTHING, Changes, RecordKind
from servicepunkt_gui.core.db import integrity_problems
from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.core.paths import log_dir
from servicepunkt_gui.core.search_health import (
    SearchIndexNotHealedError,
    SearchIndexProblem,
    check_and_heal,
)
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.background import run_in_background, wait_for_background_jobs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.progress import run_with_progress
from servicepunkt_gui.ui.safety import (
    backup_dialog,
    drafts_dialog,
    restore_messages,
    second_folder_dialog,
    shared_safety,
)
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog

log = logging.getLogger(__name__)


class BackupSettings(Protocol):
    """Where the settings keep the second backup folder ("" for none): the shell's Preferences."""

    second_backup_folder: str


SEARCHABLE = Changes(frozenset({RecordKind.NOTE, RecordKind.PLAN, RecordKind.ACTION}))


@dataclass(frozen=True)
class _CheckOutcome:
    problems: list[str]  # quick_check's findings: the file is damaged
    healed: list[SearchIndexProblem]  # what was wrong with the search index, now rebuilt
    not_healed: bool  # the search index is broken and rebuilding it did not help
    after_failure: bool  # run because a save failed: say so even when all is well
    second_copy: SecondCopy | None


class SafetyActions(QObject):
    """Backups, restore and the trash for one window; ``restore_draft`` is the shell's to wire."""

    def __init__(
        self,
        window: QMainWindow,
        context: WindowContext,
        restore_draft: Callable[[drafts.DraftRow], None],
        settings: BackupSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._writes = context.writes
        self._restore_draft = restore_draft
        self._settings = settings
        self.last_second_copy: SecondCopy | None = None
        self._writes.after_unexpected_failure.append(self.check_now)

    @property
    def _path(self) -> Path:
        return self._writes.database.file

    def _on_server(self) -> bool:
        """True on a shared database, whose backups are the server's: then says so in one line."""
        if not self._writes.database.is_shared:
            return False
        self._window.statusBar().showMessage(shared_safety.shared_backup_reason(), 15_000)
        return True

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
        self._start_checks(back_up=True)

    def _start_checks(self, back_up: bool) -> None:
        """Check the file (quick_check), then make the day's backup, off the UI thread.

        A damaged file is never backed up: rolling daily backups would otherwise replace
        the good copies with damaged ones. The day's backup then goes to the second
        folder too, if one is chosen (also when it was missing at the last backup).
        """
        database = self._writes.database
        if database.is_shared:
            return  # no file here to check or back up: the server's job
        path = self._path
        second = self.second_folder()

        def check_then_back_up() -> _CheckOutcome:
            problems = integrity_problems(path)
            healed: list[SearchIndexProblem] = []
            not_healed = False
            second_copy = None
            if not problems:
                # A broken search index makes every save of its kind fail: mend it first.
                try:
                    healed = check_and_heal(database)
                except SearchIndexNotHealedError as left:
                    log.error("search index could not be rebuilt: %s", left)
                    not_healed = True
            if not problems and back_up:
                remove_leftovers(path)
                make_daily_backup(path)
                if second is not None:
                    second_copy = bring_second_folder_up_to_date(path, second)
            return _CheckOutcome(problems, healed, not_healed, not back_up, second_copy)

        run_in_background(
            check_then_back_up,
            self._checks_done,
            lambda error: log.warning("background check or backup failed: %s", error),
        )

    def check_now(self) -> None:
        """After a save failed unexpectedly: check the file and the search index now."""
        self._start_checks(back_up=False)

    def _checks_done(self, outcome: object) -> None:
        assert isinstance(outcome, _CheckOutcome)
        if outcome.healed:
            log.warning("search index rebuilt: %s", "; ".join(map(str, outcome.healed)))
            # What search finds changed; no record did, so no other view reloads.
            self._writes.hub.announce(SEARCHABLE)
            dialogs.show_info(
                self._window,
                self.tr("The search index was rebuilt"),
                self.tr(
                    "Servicepunkt found that the index used for searching was damaged or "
                    "incomplete, and has rebuilt it. Search finds everything again, and saving "
                    "works as usual. Nothing you wrote was changed."
                ),
            )
        if outcome.not_healed:
            dialogs.show_error(
                self._window,
                self.tr("The search index is damaged"),
                self.tr(
                    "The index used for searching is damaged and could not be rebuilt. Search "
                    "may miss things, and saving may fail. Restore the latest backup with File → "
                    "Restore from backup…, or contact your IT department."
                ),
            )
        if outcome.second_copy is not None:
            self._report_second_copy(outcome.second_copy)
        if outcome.after_failure and not (outcome.problems or outcome.healed or outcome.not_healed):
            dialogs.show_info(
                self._window,
                self.tr("The check found nothing wrong"),
                self.tr(
                    "The database file and its search index are sound. Try saving again; if it "
                    "fails again, contact support and attach the log files from %1."
                ).replace("%1", str(log_dir())),
            )
        if not outcome.problems:
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

    # -- the second backup folder ---------------------------------------------------

    def second_folder(self) -> Path | None:
        chosen = self._settings.second_backup_folder
        return Path(chosen) if chosen else None

    def _report_second_copy(self, outcome: SecondCopy) -> None:
        self.last_second_copy = outcome
        if outcome is SecondCopy.MADE:
            return
        if outcome is SecondCopy.FOLDER_MISSING:
            # Not an error: the stick is often not plugged in. Said where it is seen, and
            # in Settings → Second backup folder…; the copy is made when it is back.
            self._window.statusBar().showMessage(self._second_copy_text(outcome), 60_000)
            return
        dialogs.show_error(
            self._window,
            self.tr("The copy for the second folder failed"),
            self._second_copy_text(outcome),
        )

    def _second_copy_text(self, outcome: SecondCopy | None) -> str:
        folder = str(self.second_folder() or "")
        if outcome is SecondCopy.FOLDER_MISSING:
            return self.tr(
                "The second backup folder %1 was not found (is the USB stick plugged in?). "
                "Today's backup is only on this computer; it is copied there next time."
            ).replace("%1", folder)
        if outcome is SecondCopy.FAILED:
            return self.tr(
                "Today's backup could not be copied to %1. Check that there is room on it and "
                "that it can be written to. The backup on this computer is fine."
            ).replace("%1", folder)
        if outcome is SecondCopy.MADE:
            return self.tr("The latest daily backup was copied there.")
        return ""

    def edit_second_folder(self) -> None:
        """Settings → Second backup folder…; a newly chosen folder gets a copy at once."""
        if self._on_server():
            return
        before = self.second_folder()
        chosen = second_folder_dialog.edit_second_folder(
            self._window,
            backup_dir(self._path),
            before,
            self._second_copy_text(self.last_second_copy),
        )
        self._settings.second_backup_folder = str(chosen) if chosen is not None else ""
        if chosen is not None and chosen != before:
            self.last_second_copy = None
            path = self._path
            run_in_background(
                lambda: bring_second_folder_up_to_date(path, chosen),
                lambda outcome: (
                    self._report_second_copy(outcome) if isinstance(outcome, SecondCopy) else None
                ),
                lambda error: log.warning("copy to the second folder failed: %s", error),
            )

    # -- backing up and restoring -----------------------------------------------------

    def backup_now(self) -> None:
        if self._on_server():
            return
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
        dialogs.show_info(
            self._window,
            self.tr("Back up now"),
            self.tr(
                "The backup was saved and checked:\n%1\n\nFile → Restore from backup… "
                "brings it back."
            ).replace("%1", str(made)),
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
        if self._on_server():
            return
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
        backup = next(b for b in backups if str(b.path) == chosen)
        if not dialogs.confirm(
            self._window,
            self.tr("Restore from backup"),
            restore_messages.replace_question(
                restore_messages.when(backup.made_at),
                contents(self._path, is_backup=False),
                contents(backup.path),
            ),
            self.tr("&Restore"),
        ):
            return
        wait_for_background_jobs()
        database = self._writes.database
        path = database.file
        database.close()
        try:
            kept = run_with_progress(
                self._window,
                self.tr("Restoring the backup…"),
                lambda: restore_backup(path, backup.path),
            )
        except RestoreError as refused:
            log.warning("restore refused: %s", refused)
            self._reopen(path)
            dialogs.show_error(
                self._window,
                restore_messages.refused_title(),
                restore_messages.refused_text(refused, backup.path),
            )
            return
        if not self._reopen(path):
            return
        self._writes.hub.announce(EVERYTHING)
        self._window.statusBar().showMessage(self.tr("Restored."), 15_000)
        dialogs.show_info(
            self._window,
            self.tr("Restore from backup"),
            restore_messages.restored_text(restore_messages.when(backup.made_at), kept),
        )

    def _reopen(self, path: Path) -> bool:
        """Open ``path`` again after a restore (or a refused one); False if that failed."""
        try:
            reopened = run_with_progress(
                self._window, self.tr("Opening the database…"), lambda: open_store(path)
            )
            self._writes.database.take_over(reopened)
        except DatabaseOpenError as error:
            log.error("cannot reopen %s after a restore: %s", path, error)
            dialogs.show_error(
                self._window,
                self.tr("The database cannot be opened"),
                self.tr(
                    "After the restore, %1 could not be opened again. Close Servicepunkt and "
                    "start it again: it explains what is wrong and offers the backups."
                ).replace("%1", str(path)),
            )
            return False
        return True

    # -- the trash ------------------------------------------------------------------

    def show_trash(self) -> None:
        TrashDialog(self._writes, self._window).exec()
