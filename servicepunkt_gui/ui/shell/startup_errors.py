"""Swedish explanations for the reasons a database file cannot be opened."""

from __future__ import annotations

import datetime as dt
import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from servicepunkt_gui.core.errors import (
    BackupFolderNotWritableError,
    CopyBackIncompleteError,
    DatabaseDiskFullError,
    DatabaseFromNewerVersionError,
    DatabaseLocationNotWritableError,
    DatabaseLockedError,
    DatabaseMigrationError,
    DatabaseOpenError,
    ForeignWalError,
    NotAServicepunktDatabaseError,
)
from servicepunkt_gui.core.paths import log_dir


class DatabaseMissingError(DatabaseOpenError):
    """The database file is not there, but its backups are: offer the newest good one."""

    def __init__(self, path: Path, backup: Path, made_at: dt.datetime) -> None:
        super().__init__(path, f"missing; newest good backup {backup}")
        self.backup = backup
        self.made_at = made_at


def title() -> str:
    return QCoreApplication.translate("StartupErrors", "Servicepunkt cannot open the database")


def explain(error: DatabaseOpenError) -> str:
    path = str(error.path)
    if isinstance(error, DatabaseMissingError):
        return (
            QCoreApplication.translate(
                "StartupErrors",
                "The database file %1 is missing, but there are backups of it. The newest "
                "one that is whole is from %2.\n\nRestore it to go on where you were, or "
                "choose another file. Starting with an empty database keeps the backups.",
            )
            .replace("%1", path)
            .replace("%2", error.made_at.strftime("%Y-%m-%d %H:%M:%S"))
        )
    if isinstance(error, ForeignWalError):
        return (
            QCoreApplication.translate(
                "StartupErrors",
                "Beside the database file %1 there was a log file (%1-wal) with changes that "
                "do not belong to this file, probably left from another file that lay there "
                "before. Reading it in would mix the two. A copy of the log was saved as %2.\n\n"
                "Open the file as it is (recommended), or read in the log's changes anyway "
                "(the file as it is now is saved first).",
            )
            .replace("%1", path)
            .replace("%2", str(error.wal_copy))
        )
    if isinstance(error, DatabaseDiskFullError):
        return (
            QCoreApplication.translate(
                "StartupErrors",
                "There is no room left on the disk to upgrade the database file %1 to this "
                "version (a copy is made first, in %2). The file was not changed.\n\n"
                "Free some space, then try again.",
            )
            .replace("%1", path)
            .replace("%2", str(error.folder))
        )
    if isinstance(error, BackupFolderNotWritableError):
        return (
            QCoreApplication.translate(
                "StartupErrors",
                "Before upgrading the database file %1 to this version, Servicepunkt saves a "
                "copy of it in the folder %2, but it cannot write there. The file was not "
                "changed.\n\nMake sure the folder can be written to (and that no file has its "
                "name), then try again.",
            )
            .replace("%1", path)
            .replace("%2", str(error.folder))
        )
    if isinstance(error, CopyBackIncompleteError):
        return (
            QCoreApplication.translate(
                "StartupErrors",
                "Upgrading the database file %1 failed, and putting the original back could not "
                "be finished (for example because the disk is full). The original is kept in "
                "%2.\n\nFree some space and try again: the original is put back first.",
            )
            .replace("%1", path)
            .replace("%2", str(error.backup))
        )
    if isinstance(error, DatabaseLocationNotWritableError):
        text = QCoreApplication.translate(
            "StartupErrors",
            "Servicepunkt cannot write to the database file %1. The file or its folder is "
            "read-only, or you lack permission to change it.\n\nChoose a folder you can write "
            "to, or ask your IT department for write access. Nothing was changed.",
        )
    elif isinstance(error, DatabaseFromNewerVersionError):
        version = error.written_by or QCoreApplication.translate("StartupErrors", "a newer version")
        return (
            QCoreApplication.translate(
                "StartupErrors",
                "The database file %1 was saved by Servicepunkt %2, which is newer than this "
                "version.\n\nInstall Servicepunkt %2 or later to open it. "
                "The file was not changed.",
            )
            .replace("%1", path)
            .replace("%2", version)
        )
    elif isinstance(error, DatabaseLockedError):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The database file %1 is in use by another program.\n\nClose the other program "
            "(or another Servicepunkt window) and start Servicepunkt again. Nothing was changed.",
        )
    elif isinstance(error, DatabaseMigrationError):
        text = QCoreApplication.translate(
            "StartupErrors",
            "Upgrading the database file %1 to this version failed. The original file was put "
            "back unchanged.\n\nContact support and attach the log files from %2.",
        ).replace("%2", str(log_dir()))
    elif isinstance(error, NotAServicepunktDatabaseError):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The file %1 is not a Servicepunkt database, or it is damaged.\n\nServicepunkt did "
            "not change it. Choose another file, or move this one away so that Servicepunkt "
            "creates a new, empty database the next time it starts.",
        )
    else:
        text = QCoreApplication.translate(
            "StartupErrors", "The database file %1 could not be opened. Nothing was changed."
        )
    return text.replace("%1", path)


class WayForward(Enum):
    OPEN_WITHOUT_WAL = "open-without-wal"
    REPLAY_WAL = "replay-wal"
    RESTORE_NEWEST = "restore-newest"
    RESTORE_BACKUP = "restore"
    OTHER_FILE = "other"
    NEW_DATABASE = "new"
    TRY_AGAIN = "again"
    QUIT = "quit"


def ways_forward(error: DatabaseOpenError, has_backups: bool) -> list[WayForward]:
    """What the official can do about ``error``, the most likely first."""
    if isinstance(error, DatabaseLockedError):
        return [WayForward.TRY_AGAIN, WayForward.QUIT]  # the other program finishes or closes
    if isinstance(error, DatabaseDiskFullError | BackupFolderNotWritableError):
        return [WayForward.TRY_AGAIN, WayForward.OTHER_FILE, WayForward.QUIT]
    if isinstance(error, ForeignWalError):
        return [WayForward.OPEN_WITHOUT_WAL, WayForward.REPLAY_WAL, WayForward.QUIT]
    if isinstance(error, CopyBackIncompleteError):
        restore = [WayForward.RESTORE_BACKUP] if has_backups else []
        return [WayForward.TRY_AGAIN, *restore, WayForward.QUIT]
    if isinstance(error, DatabaseLocationNotWritableError):
        return [
            WayForward.TRY_AGAIN,
            WayForward.OTHER_FILE,
            WayForward.NEW_DATABASE,
            WayForward.QUIT,
        ]
    if isinstance(error, DatabaseMissingError):
        return [
            WayForward.RESTORE_NEWEST,
            WayForward.RESTORE_BACKUP,
            WayForward.OTHER_FILE,
            WayForward.NEW_DATABASE,
            WayForward.QUIT,
        ]
    options = []
    if has_backups and not isinstance(error, DatabaseFromNewerVersionError):
        options.append(WayForward.RESTORE_BACKUP)
    options += [WayForward.OTHER_FILE, WayForward.NEW_DATABASE, WayForward.QUIT]
    return options


def _label(way: WayForward) -> str:
    return {
        WayForward.OPEN_WITHOUT_WAL: QCoreApplication.translate(
            "StartupErrors", "Open the file as it is"
        ),
        WayForward.REPLAY_WAL: QCoreApplication.translate(
            "StartupErrors", "Read in the log's changes"
        ),
        WayForward.RESTORE_NEWEST: QCoreApplication.translate(
            "StartupErrors", "Restore the newest backup"
        ),
        WayForward.RESTORE_BACKUP: QCoreApplication.translate(
            "StartupErrors", "Restore from backup…"
        ),
        WayForward.OTHER_FILE: QCoreApplication.translate("StartupErrors", "Choose another file…"),
        WayForward.NEW_DATABASE: QCoreApplication.translate(
            "StartupErrors", "Start with a new database"
        ),
        WayForward.TRY_AGAIN: QCoreApplication.translate("StartupErrors", "Try again"),
        WayForward.QUIT: QCoreApplication.translate("StartupErrors", "Quit"),
    }[way]


def ask_way_forward(error: DatabaseOpenError, options: list[WayForward]) -> WayForward:
    """Explain ``error`` and let the official choose what to do. Tests replace this."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title())
    box.setText(explain(error))
    buttons: dict[QAbstractButton, WayForward] = {}
    for way in options:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if way == WayForward.QUIT
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = box.addButton(_label(way), role)
        buttons[button] = way
        if len(buttons) == 1:
            box.setDefaultButton(button)
    box.exec()
    return buttons.get(box.clickedButton(), WayForward.QUIT)


def choose_database_file(start: Path) -> Path | None:
    """Ask for another database file (existing or new). Tests replace this."""
    name, _filter = QFileDialog.getSaveFileName(
        None,
        QCoreApplication.translate("StartupErrors", "Choose a database file"),
        str(start),
        QCoreApplication.translate("StartupErrors", "Servicepunkt database (*.sqlite3)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def fresh_database_path(unusable: Path, fallback_dir: Path) -> Path:
    """A new file beside the unusable one (which stays as it is), or in ``fallback_dir``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{unusable.stem}-ny-{stamp}.sqlite3"
    folder = unusable.parent
    if not (folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)):
        folder = fallback_dir
    return folder / name
