"""Backups of the database file: made with SQLite's online backup API, checked, rotated.

A backup is a complete, consistent database file even while the app writes: SQLite
copies pages under its own locking, which a plain file copy of a live WAL database
cannot promise. Backups live in a ``backups`` folder beside the database, and each daily
one is also copied to a second folder (a USB stick, a network share) when one is chosen.
How files are named, written and checked is in ``backup_files``; which automatic backups
are kept is in ``backup_retention``.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from enum import StrEnum
from pathlib import Path

from servicepunkt_gui.core.backup_files import UNCHECKED_SUFFIX as UNCHECKED_SUFFIX
from servicepunkt_gui.core.backup_files import BackupFile as BackupFile
from servicepunkt_gui.core.backup_files import (
    BackupProblem,
    UnusableBackupError,
    check_backup,
    copy_bytes,
    known_revisions,
    one_at_a_time,
    write_backup,
)
from servicepunkt_gui.core.backup_files import Contents as Contents
from servicepunkt_gui.core.backup_files import backup_dir as backup_dir
from servicepunkt_gui.core.backup_files import contents as contents
from servicepunkt_gui.core.backup_files import list_backups as list_backups
from servicepunkt_gui.core.backup_files import remove_leftovers as remove_leftovers
from servicepunkt_gui.core.backup_retention import DEFAULT_GENERATIONS, Generations, to_delete
from servicepunkt_gui.core.db_files import (
    copy_database,
    copy_file_aside,
    restrict_permissions,
)

log = logging.getLogger(__name__)

DAILY = "daily"


def make_backup(database_path: Path, kind: str = "manual", now: dt.datetime | None = None) -> Path:
    """Write a checked backup now; returns its path. Raises OSError, sqlite3.Error or
    ``UnusableBackupError`` (the copy did not pass the check); nothing is listed then."""
    made = write_backup(
        database_path, kind, lambda partial: copy_database(database_path, partial), now
    )
    log.info("backup written: %s", made.name)
    return made


def daily_backup_due(database_path: Path, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return not any(
        b.kind == DAILY and b.made_at.date() == today for b in list_backups(database_path)
    )


class SecondCopy(StrEnum):
    """What happened to the copy of a daily backup for the second backup folder."""

    MADE = "made"
    FOLDER_MISSING = "folder_missing"  # not plugged in, share not reachable: reported
    FAILED = "failed"  # the folder is there but the copy could not be written


def make_daily_backup(
    database_path: Path,
    now: dt.datetime | None = None,
    second_folder: Path | None = None,
    keep: Generations = DEFAULT_GENERATIONS,
) -> Path | None:
    """At most one automatic backup a day, rotated by day, week and month.

    Also copied to ``second_folder`` when given (what happened there is logged; the app
    calls ``bring_second_folder_up_to_date`` itself when it tells the user).
    Returns the backup made, or None when today's was made already.
    """
    now = now or dt.datetime.now()
    with one_at_a_time():  # two checks at once (a quick restart) still make one
        if not daily_backup_due(database_path, now.date()):
            return None
        made = make_backup(database_path, DAILY, now)
        rotate(database_path, now, keep)
    if second_folder is not None:
        bring_second_folder_up_to_date(database_path, second_folder, now)
    return made


def rotate(
    database_path: Path,
    now: dt.datetime,
    keep: Generations = DEFAULT_GENERATIONS,
    folder: Path | None = None,
) -> None:
    dailies = [b for b in list_backups(database_path, folder) if b.kind == DAILY]
    for old in to_delete(dailies, now, keep):
        old.path.unlink(missing_ok=True)
        log.info("old backup removed: %s", old.path.name)


def copy_to_second_folder(
    database_path: Path,
    backup: Path,
    folder: Path,
    now: dt.datetime | None = None,
    keep: Generations = DEFAULT_GENERATIONS,
) -> SecondCopy:
    """Copy ``backup`` into ``folder`` (checked, as every backup) and rotate the copies there.

    A folder that is not there (a USB stick not plugged in) is not an error: the caller
    tells the user. The folder is never created: a missing drive letter or mount point
    must not turn into a folder on the laptop's own disk.
    """
    if not folder.is_dir():
        log.info("second backup folder %s is not there", folder)
        return SecondCopy.FOLDER_MISSING
    now = now or dt.datetime.now()
    kind = backup.name.split(".")[-2]
    try:
        write_backup(database_path, kind, lambda partial: copy_bytes(backup, partial), now, folder)
        rotate(database_path, now, keep, folder)
    except (OSError, sqlite3.Error, UnusableBackupError) as error:
        log.warning("copy to the second backup folder %s failed: %s", folder, error)
        return SecondCopy.FAILED
    return SecondCopy.MADE


def bring_second_folder_up_to_date(
    database_path: Path, folder: Path, now: dt.datetime | None = None
) -> SecondCopy | None:
    """Copy the newest daily backup to ``folder`` unless it is there; None: nothing to do.

    Run after each day's backup, and at start when the stick was missing last time.
    """
    dailies = [b for b in list_backups(database_path) if b.kind == DAILY]
    if not dailies:
        return None
    if not folder.is_dir():
        return SecondCopy.FOLDER_MISSING
    copies = list_backups(database_path, folder)
    if any(c.made_at == dailies[0].made_at and c.kind == DAILY for c in copies):
        return None
    return copy_to_second_folder(database_path, dailies[0].path, folder, now)


def newest_good_backup(database_path: Path, folder: Path | None = None) -> BackupFile | None:
    """The most recently made backup that passes the check (for a missing database file)."""
    revisions = known_revisions()
    for backup in list_backups(database_path, folder):
        try:
            check_backup(backup.path, revisions)
        except UnusableBackupError as unusable:
            log.warning("backup %s unusable: %s", backup.path.name, unusable)
            continue
        return backup
    return None


RestoreProblem = BackupProblem  # why a restore was refused


class RestoreError(Exception):
    """The backup was not put in place; the database file was left as it was.

    ``problem`` is None when reading or copying failed for the disk's sake (full,
    unwritable), otherwise what is wrong with the backup.
    """

    def __init__(self, detail: str, problem: RestoreProblem | None = None) -> None:
        super().__init__(detail)
        self.problem = problem


def restore_backup(database_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database; what was there is set aside first.

    The database must be closed. The backup is checked before anything is touched, and
    copied beside the database before the current file is set aside and replaced (one
    rename). Returns where the replaced file went (None if there was none). Raises
    ``RestoreError`` when the backup is unusable or cannot be copied: the file untouched.
    """
    try:
        check_backup(backup, known_revisions())
    except UnusableBackupError as unusable:
        raise RestoreError(str(unusable), unusable.problem) from unusable
    incoming = database_path.with_name(database_path.name + ".restoring")
    try:
        incoming.unlink(missing_ok=True)
        copy_database(backup, incoming)
        check_backup(incoming, known_revisions())
        kept = copy_file_aside(database_path, "before-restore") if database_path.exists() else None
        for suffix in ("-wal", "-shm"):  # set aside with the file (copy_file_aside)
            Path(f"{database_path}{suffix}").unlink(missing_ok=True)
        incoming.replace(database_path)
        restrict_permissions(database_path)
    except (OSError, sqlite3.Error, UnusableBackupError) as error:
        incoming.unlink(missing_ok=True)
        raise RestoreError(str(error)) from error
    log.info("restored %s from %s", database_path.name, backup.name)
    return kept
