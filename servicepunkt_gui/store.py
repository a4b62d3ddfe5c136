"""Open the database the way the app does: migrate it, then bring reference data up to date."""

from __future__ import annotations

from pathlib import Path

from servicepunkt_gui import __version__
from servicepunkt_gui.core.db import Database, LeftoverWal, open_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path


def open_store(path: Path, leftover_wal: LeftoverWal = LeftoverWal.ASK) -> Database:
    """Open and migrate the database and load the shipped reference data if it is newer.

    ``leftover_wal``: what to do with a ``-wal`` of another file found beside it (see
    ``core.wal_files``); by default ``ForeignWalError`` is raised so the official is asked.
    """
    database = open_database(path, app_version=__version__, leftover_wal=leftover_wal)
    with database.session() as session:
        ensure_reference_data(session, resource_path("data"))
    return database
