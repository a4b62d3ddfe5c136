"""When the database cannot be opened as it is: explain in Swedish and offer ways forward.

Every failure at start ends here, in the start-up dialog (``startup_errors``), never in the
crash dialog: the file is never changed without the official's choice, restoring keeps a
copy of what was there, and a new database is a new file beside the unusable one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicepunkt_gui.core.errors import (
    DatabaseOpenError,
    NotAServicepunktDatabaseError,
    SharedDatabaseOpenError,
    StorageError,
)
from servicepunkt_gui.core.paths import data_dir, lock_dir
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.progress import run_with_progress
from servicepunkt_gui.ui.shell import single_instance, startup_errors
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database
    from servicepunkt_gui.core.shared_location import SharedLocation
    from servicepunkt_gui.core.wal_files import LeftoverWal

# Modules here that import SQLAlchemy are imported inside functions: this one is imported
# by application.py, on the way to the first paint.

log = logging.getLogger(__name__)
# What the connect dialog itself can put right (a password, the encryption): it comes back
# at once, with what happened, instead of the question of how to go on.
_ANSWERED_IN_THE_DIALOG = (
    SharedDatabaseOpenError.LOGIN,
    SharedDatabaseOpenError.TLS_REQUIRED,
    SharedDatabaseOpenError.TLS_FAILED,
)


class AlreadyRunning:
    """Another Servicepunkt runs on the file and was asked to come to the front."""


class UseLocalFile:
    """The shared database could not be opened and the official chose the local file."""


@dataclass(frozen=True)
class _Attempt:
    """What to try next: which file, and what the official chose about it so far."""

    path: Path
    leftover_wal: LeftoverWal | None = None  # None: ask, if a foreign -wal is found
    start_empty: bool = False  # the file is missing and the official chose to start anew


def open_with_recovery(
    path: Path, preferences: Preferences | None
) -> tuple[Database, MainWindow, single_instance.SingleInstance] | AlreadyRunning | None:
    """Open the file and build the window; when that fails, explain and offer ways forward.

    The unusable file is never changed: restoring keeps a byte copy of it first, and a
    new database is a new file beside it. A file that is missing while its backups are
    there is not silently started anew: the newest good backup is offered first. Returns
    None when the official quits.
    """
    from servicepunkt_gui.core.wal_files import LeftoverWal
    from servicepunkt_gui.store import open_store

    original = path
    attempt: _Attempt | None = _Attempt(path)
    while attempt is not None:
        path = attempt.path
        instance = single_instance.claim(path, lock_dir())
        if instance is None:
            log.info("another Servicepunkt holds %s; it was asked to come to the front", path)
            return AlreadyRunning()
        missing = None if attempt.start_empty else _missing_with_backups(path)
        if missing is not None:
            instance.release()
            attempt = _way_forward(missing, attempt)
            continue
        wal = attempt.leftover_wal or LeftoverWal.ASK
        try:
            database = run_with_progress(
                None, _opening_text(path), partial(open_store, path, leftover_wal=wal)
            )
        except DatabaseOpenError as error:
            log.error("cannot open database: %s", error)
            instance.release()
            attempt = _way_forward(error, attempt)
            continue
        try:
            window = MainWindow(database, Preferences())
        except StorageError as damaged:  # e.g. a damaged page read at start
            log.error("database damaged: %s", damaged)
            database.close()
            instance.release()
            attempt = _way_forward(NotAServicepunktDatabaseError(path, str(damaged)), attempt)
            continue
        if path != original and preferences is not None:
            preferences.database_path = str(path)  # the file chosen is the one next time
        return database, window, instance
    return None


def open_shared_with_recovery(
    location: SharedLocation,
    password: str | None,
    preferences: Preferences | None,
    parent: QWidget | None = None,
    at_start: bool = True,
    keep_password: bool | None = None,
) -> tuple[Database, MainWindow] | UseLocalFile | None:
    """Connect and build the window; when that fails, explain and offer ways forward.

    A wrong password asks for it again. ``password`` None: the keyring's, if one is kept
    (else libpq's own ways: ``.pgpass``, ``PGPASSWORD``, a server that trusts the user).
    Once open, the location (never the password) is remembered, and the password kept in
    or removed from the keyring as the official chose (``keep_password``, and each time the
    connect dialog is answered; None: leave the keyring be). None: the official gave up.
    """
    from servicepunkt_gui.core import credentials
    from servicepunkt_gui.core.errors import DatabaseFromNewerVersionError
    from servicepunkt_gui.store import open_store
    from servicepunkt_gui.ui.shell import connect_dialog

    keep = keep_password
    if password is None:
        password = credentials.load_password(location)
    opening = QCoreApplication.translate("Recovery", "Connecting to the shared database…")
    while True:
        try:
            database = run_with_progress(parent, opening, partial(open_store, location, password))
            window = _shared_window(database, location)
        except (SharedDatabaseOpenError, DatabaseFromNewerVersionError) as error:
            reason = getattr(error, "reason", "newer")
            # The driver's text names the server and the user; libpq never echoes a password.
            log.error("cannot open %s (%s): %s", location.display(), reason, error.detail)
            request = None
            if reason in _ANSWERED_IN_THE_DIALOG:
                text = connect_dialog.explain(error, location.display())
                request = connect_dialog.ask_connection(parent, location, text)
            while request is None:
                options = connect_dialog.ways_forward(error, at_start)
                way = connect_dialog.ask_way_forward(
                    parent, error, location.display(), options, at_start
                )
                if way is connect_dialog.SharedWay.TRY_AGAIN:
                    break
                if way is connect_dialog.SharedWay.LOCAL:
                    return UseLocalFile()
                if way is connect_dialog.SharedWay.CANCEL:
                    return None
                request = connect_dialog.ask_connection(parent, location)
            if request is not None:
                location, keep = request.location, request.keep_password
                password = request.password or credentials.load_password(location)
            continue
        if keep is True and password:
            credentials.store_password(location, password)
        elif keep is False:
            credentials.forget_password(location)
        if preferences is not None:
            preferences.shared_location = location
        return database, window


def _shared_window(database: Database, location: SharedLocation) -> MainWindow:
    """The window on a shared database; the server gone meanwhile counts as unreachable."""
    try:
        return MainWindow(database, Preferences())
    except StorageError as lost:
        database.close()
        raise SharedDatabaseOpenError(
            location.display(), SharedDatabaseOpenError.UNREACHABLE, str(lost)
        ) from None


def _opening_text(path: Path) -> str:
    """What the busy dialog says if opening takes a while: an upgrade, or just opening."""
    from servicepunkt_gui.core.db_files import stored_revision
    from servicepunkt_gui.core.versions import HEAD_REVISION

    revision = stored_revision(path)
    if revision is not None and revision != HEAD_REVISION:
        return QCoreApplication.translate(
            "Recovery",
            "The database file is being upgraded to this version of Servicepunkt. A copy of it "
            "is saved first. This can take a little while.",
        )
    return QCoreApplication.translate("Recovery", "Opening the database…")


def _missing_with_backups(path: Path) -> startup_errors.DatabaseMissingError | None:
    """The file is gone but its backups are there (deleted, moved, a folder restored…)."""
    from servicepunkt_gui.core.backup import newest_good_backup

    if path.exists():
        return None
    newest = newest_good_backup(path)
    if newest is None:
        return None
    log.warning("database %s is missing; its newest good backup is %s", path, newest.path)
    return startup_errors.DatabaseMissingError(path, newest.path, newest.made_at)


def _way_forward(error: DatabaseOpenError, attempt: _Attempt) -> _Attempt | None:
    """Ask what to do; returns what to try next, or None to quit."""
    from servicepunkt_gui.core.backup import list_backups
    from servicepunkt_gui.core.wal_files import LeftoverWal

    path = attempt.path
    backups = list_backups(path)
    options = startup_errors.ways_forward(error, bool(backups))
    choice = startup_errors.ask_way_forward(error, options)
    ways = startup_errors.WayForward
    if choice in (ways.TRY_AGAIN, ways.OPEN_WITHOUT_WAL, ways.REPLAY_WAL):
        wal = {
            ways.OPEN_WITHOUT_WAL: LeftoverWal.SET_ASIDE,
            ways.REPLAY_WAL: LeftoverWal.REPLAY,
        }.get(choice, attempt.leftover_wal)
        return replace(attempt, leftover_wal=wal)
    if choice == ways.RESTORE_NEWEST:
        assert isinstance(error, startup_errors.DatabaseMissingError)
        _restore_at_start(path, error.backup)
        return attempt
    if choice == ways.RESTORE_BACKUP:
        from servicepunkt_gui.ui.safety import backup_dialog

        chosen = backup_dialog.choose_backup(None, backups)
        if chosen is not None:
            _restore_at_start(path, Path(chosen))
        return attempt
    if choice == ways.OTHER_FILE:
        other = startup_errors.choose_database_file(path.parent)
        return _Attempt(other) if other is not None else attempt
    if choice == ways.NEW_DATABASE:
        if isinstance(error, startup_errors.DatabaseMissingError):
            # An empty file in its place; the backups stay (see core/backup_retention).
            return _Attempt(path, start_empty=True)
        return _Attempt(startup_errors.fresh_database_path(path, data_dir()))
    return None


def _restore_at_start(path: Path, backup: Path) -> None:
    """Put ``backup`` in place; a refused backup is explained and the file left as it was."""
    from servicepunkt_gui.core.backup import RestoreError, restore_backup
    from servicepunkt_gui.ui.safety import restore_messages

    try:
        restore_backup(path, backup)
    except RestoreError as refused:
        log.warning("restore at start refused: %s", refused)
        dialogs.show_error(
            None, restore_messages.refused_title(), restore_messages.refused_text(refused, backup)
        )


def tell_about_leftover_wal(parent: QWidget, database: Database) -> None:
    """After opening: say what became of a ``-wal`` found beside the file, where it matters.

    A crash's own ``-wal`` is simply replayed (nothing to say). A damaged one, one beside no
    file, or another file's that the official chose about, is said, with where its copy is.
    """
    from servicepunkt_gui.core.wal_files import WalKind

    found = database.found_wal
    if found is None or found.kind in (WalKind.OURS, WalKind.UNCHECKED):
        return
    copy = str(found.wal_copy)
    if found.kind == WalKind.DAMAGED:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Recovery", "Changes in a damaged log file"),
            QCoreApplication.translate(
                "Recovery",
                "The log file beside %1 (%1-wal) was damaged: %2 saved changes in it could "
                "not be read in. The file opened with everything before them. A copy of the "
                "log was kept as %3; your IT department or support can try to recover it.",
            )
            .replace("%1", str(database.path))
            .replace("%2", str(found.dropped_transactions))
            .replace("%3", copy),
        )
        return
    texts = {
        WalKind.FOREIGN_SET_ASIDE: QCoreApplication.translate(
            "Recovery",
            "%1 was opened as it is. The log file that did not belong to it was kept as %2.",
        ),
        WalKind.FOREIGN_REPLAYED: QCoreApplication.translate(
            "Recovery",
            "The log file's changes were read into %1. The file as it was before was kept "
            "as %3, and the log file as %2.",
        ),
        WalKind.WITHOUT_FILE: QCoreApplication.translate(
            "Recovery",
            "Beside the missing file %1 there was a log file with changes; a new, empty "
            "database was made, and the log file was kept as %2.",
        ),
    }
    text = texts.get(found.kind)
    if text is not None:
        dialogs.show_info(
            parent,
            QCoreApplication.translate("Recovery", "A log file was found beside the database"),
            text.replace("%1", str(database.path))
            .replace("%2", copy)
            .replace("%3", str(found.main_copy or "")),
        )
