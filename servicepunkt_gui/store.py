"""Open the database the way the app does: migrate it, then bring reference data up to date."""

from __future__ import annotations

from pathlib import Path

from servicepunkt_gui import __version__
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path


def open_store(path: Path) -> Database:
    """Open and migrate the database and load the shipped reference data if it is newer."""
    database = open_database(path, app_version=__version__)
    with database.session() as session:
        ensure_reference_data(session, resource_path("data"))
    return database
