"""Swedish explanations for the reasons a database file cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.errors import (
    DatabaseFromNewerVersionError,
    DatabaseLocationNotWritableError,
    DatabaseLockedError,
    DatabaseMigrationError,
    DatabaseOpenError,
    NotAServicepunktDatabaseError,
)
from servicepunkt_gui.core.paths import log_dir


def title() -> str:
    return QCoreApplication.translate("StartupErrors", "Servicepunkt cannot open the database")


def explain(error: DatabaseOpenError) -> str:
    path = str(error.path)
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
