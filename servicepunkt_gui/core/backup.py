"""Backups of the database file, made with SQLite's online backup API.

A backup is a complete, consistent database file even while the app writes: SQLite
copies pages under its own locking, which a plain file copy of a live WAL database
cannot promise. Backups live in a ``backups`` folder beside the database.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from servicepunkt_gui.core.db import copy_database, copy_file_aside

log = logging.getLogger(__name__)

KEEP_DAILY = 7
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})\."
    r"(?P<kind>daily|manual|before-restore|before-upgrade-[A-Za-z0-9_]+)\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime
    kind: str  # "daily", "manual", "before-restore" or "before-upgrade-<revision>"
    size: int


def backup_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"


def make_backup(database_path: Path, kind: str = "manual", now: dt.datetime | None = None) -> Path:
    """Write a backup now; returns its path. Raises OSError or sqlite3.Error on failure."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir(database_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database_path.stem}.{stamp}.{kind}.sqlite3"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    copy_database(database_path, partial)
    partial.replace(target)  # a backup is either complete or absent
    log.info("backup written: %s", target.name)
    return target


def list_backups(database_path: Path) -> list[BackupFile]:
    """This database's backups, newest first."""
    folder = backup_dir(database_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and match["stem"] == database_path.stem:
                made_at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                found.append(BackupFile(path, made_at, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def daily_backup_due(database_path: Path, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return not any(
        b.kind == "daily" and b.made_at.date() == today for b in list_backups(database_path)
    )


def make_daily_backup(database_path: Path, now: dt.datetime | None = None) -> Path | None:
    """At most one automatic backup a day; the last KEEP_DAILY are kept."""
    now = now or dt.datetime.now()
    if not daily_backup_due(database_path, now.date()):
        return None
    made = make_backup(database_path, "daily", now)
    dailies = [b for b in list_backups(database_path) if b.kind == "daily"]
    for old in dailies[KEEP_DAILY:]:
        old.path.unlink(missing_ok=True)
    return made


class RestoreError(Exception):
    """The backup could not be read or put in place; the database file was left as it was."""


def restore_backup(database_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the database; the current file is backed up first.

    The database must be closed. Returns the backup made of the file that was replaced.
    Raises ``RestoreError`` (the file untouched) when the backup cannot be read or copied.
    """
    try:
        return _restore(database_path, backup)
    except (OSError, sqlite3.Error) as error:
        raise RestoreError(str(error)) from error


def _restore(database_path: Path, backup: Path) -> Path:
    exists = database_path.exists()
    safety = copy_file_aside(database_path, "before-restore") if exists else database_path
    for suffix in ("-wal", "-shm"):
        Path(f"{database_path}{suffix}").unlink(missing_ok=True)
    partial = database_path.with_suffix(".restoring")
    copy_database(backup, partial)
    partial.replace(database_path)
    log.info("restored %s from %s", database_path.name, backup.name)
    return safety
