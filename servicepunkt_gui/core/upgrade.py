"""Upgrading a file's schema: its copy first, the migration, the original put back on failure.

Every failure is a ``DatabaseOpenError`` that says what to do: another program writing
(try again), no room for the copy or the migration, a ``backups/`` folder that cannot be
written (the upgrade is refused: never without its copy), a copy-back that did not finish.

A kill while the original is put back is repaired at the next open: a marker file
``<file>.copy-back`` naming the copy is written (and synced) before the copy-back starts and
removed once it is done, so a marker still there means "put this copy back first".
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from servicepunkt_gui.core.db_files import copy_file_aside, restore_copy
from servicepunkt_gui.core.errors import (
    BackupFolderNotWritableError,
    CopyBackIncompleteError,
    DatabaseDiskFullError,
    DatabaseFromNewerVersionError,
    DatabaseLocationNotWritableError,
    DatabaseLockedError,
    DatabaseMigrationError,
    NotAServicepunktDatabaseError,
    StorageProblem,
)
from servicepunkt_gui.core.models import Meta
from servicepunkt_gui.core.versions import APPLICATION_ID

log = logging.getLogger(__name__)

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def migrate(
    engine: Engine, reading: Engine, path: Path, revision: str | None, is_new: bool, scripts: Path
) -> None:
    """Bring the file at ``path`` from ``revision`` to the newest migration in ``scripts``."""
    from alembic import command
    from alembic.config import Config  # only needed when the schema changes
    from alembic.script import ScriptDirectory

    from servicepunkt_gui.core.db import storage_problem

    config = Config()
    config.set_main_option("script_location", str(scripts))
    script = ScriptDirectory.from_config(config)
    if revision is not None and revision not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseFromNewerVersionError(path, revision, read_meta(reading, "app_version"))

    backup = None
    if not is_new:
        _wait_for_write_lock(engine, path)  # before copying: another program may be writing
        engine.dispose()  # nothing of ours holds the file while it is copied
        backup = backup_before_migration(path, revision)
    started = False
    try:
        with engine.begin() as connection:
            started = True  # BEGIN IMMEDIATE went through: the write lock is ours
            if is_new:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        problem = storage_problem(exc)
        if problem is StorageProblem.LOCKED:
            # Nothing of ours was committed, and another program has the file open: SQLite's
            # rollback is enough, a copy put back would overwrite under its feet.
            raise DatabaseLockedError(path, str(exc)) from exc
        log.exception("migration from %s failed", revision)
        if backup is not None and started:
            engine.dispose()
            put_back(backup, path)
        if problem is StorageProblem.DISK_FULL:
            raise DatabaseDiskFullError(path, str(exc), path.parent) from exc
        if problem is StorageProblem.READ_ONLY:
            raise DatabaseLocationNotWritableError(path, str(exc)) from exc
        raise DatabaseMigrationError(path, str(exc)) from exc
    log.info("database %s migrated from %s to head", path, revision)


def _wait_for_write_lock(engine: Engine, path: Path) -> None:
    try:
        with engine.begin():  # BEGIN IMMEDIATE, waiting the busy timeout; then rolled back
            pass
    except OperationalError as exc:
        from servicepunkt_gui.core.db import storage_problem

        if storage_problem(exc) is StorageProblem.LOCKED:
            raise DatabaseLockedError(path, str(exc)) from exc
        raise


def backup_before_migration(path: Path, revision: str | None) -> Path:
    """Copy the file exactly into backups/ before migrating it; refuse the upgrade without it.

    The app holds the only lock on the file (one instance per file) and has no
    connection open at this point, so a plain copy is exact and consistent.
    """
    folder = path.parent / "backups"
    if folder.exists() and not (folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)):
        raise BackupFolderNotWritableError(path, folder, "the backups folder is not writable")
    try:
        return copy_file_aside(path, f"before-upgrade-{revision}")
    except OSError as exc:
        if exc.errno in _FULL:
            raise DatabaseDiskFullError(path, str(exc), folder) from exc
        raise BackupFolderNotWritableError(path, folder, str(exc)) from exc
    except sqlite3.Error as exc:  # the copy with SQLite's backup API (a -wal beside the file)
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
            raise DatabaseDiskFullError(path, str(exc), folder) from exc
        raise NotAServicepunktDatabaseError(path, str(exc)) from exc
    except Exception as exc:  # e.g. the copy failed its check: the file is damaged
        raise NotAServicepunktDatabaseError(path, f"no copy before the upgrade: {exc}") from exc


def copy_back_marker(path: Path) -> Path:
    return path.with_name(f"{path.name}.copy-back")


def put_back(backup: Path, path: Path) -> None:
    """Put the pre-upgrade copy back; a marker beside the file says so until it is done."""
    marker = copy_back_marker(path)
    try:
        _write_synced(marker, os.fsencode(backup.name))
        restore_copy(backup, path)
        marker.unlink()
    except OSError as exc:
        log.exception("putting %s back over %s failed", backup, path)
        raise CopyBackIncompleteError(path, backup, str(exc)) from exc


def finish_interrupted_copy_back(path: Path) -> Path | None:
    """If putting a pre-upgrade copy back was cut short (a kill, a full disk), finish it.

    Returns the copy put back, or None when there was nothing to finish.
    """
    marker = copy_back_marker(path)
    try:
        if not marker.exists():
            return None
        name = Path(os.fsdecode(marker.read_bytes().strip())).name
    except OSError as exc:
        raise DatabaseLocationNotWritableError(path, str(exc)) from exc
    backup = path.parent / "backups" / name
    if not name or not backup.is_file():
        raise CopyBackIncompleteError(path, backup, "the copy made before the upgrade is gone")
    log.warning("finishing putting %s back over %s (it was cut short)", backup, path)
    put_back(backup, path)
    return backup


def _write_synced(target: Path, data: bytes) -> None:
    with target.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if os.name == "posix":  # the marker's name is durable once its folder is synced
        descriptor = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def read_meta(reading: Engine, key: str) -> str | None:
    try:
        with reading.connect() as connection:
            value = connection.execute(
                text("SELECT value FROM meta WHERE key = :key"), {"key": key}
            ).scalar()
            return str(value) if value is not None else None
    except OperationalError:
        return None


def record_app_version(engine: Engine, app_version: str) -> None:
    with Session(engine) as session, session.begin():
        session.merge(Meta(key="app_version", value=app_version))
