"""Open the database the way the app does: migrate it, then bring reference data up to date.

A local file or a shared PostgreSQL database. On a shared one the reference data is loaded
only when the server's is missing or older than the shipped data, and only if this user may
write it: an official whose role may not (42501) works with what the server has.
"""

from __future__ import annotations

import logging
from pathlib import Path

from servicepunkt_gui import __version__
from servicepunkt_gui.core.db import Database, LeftoverWal, open_database, open_shared_database
from servicepunkt_gui.core.errors import StorageError, StorageProblem
from servicepunkt_gui.core.models import Meta
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.core.versions import REFERENCE_VERSION_KEY, data_version
from servicepunkt_gui.resources import resource_path

log = logging.getLogger(__name__)

Target = Path | SharedLocation


def open_store(
    target: Target, password: str | None = None, leftover_wal: LeftoverWal = LeftoverWal.ASK
) -> Database:
    """Open and migrate the database and load the shipped reference data if it is newer.

    ``target``: a file, or a shared location (then ``password``, if the server wants one).
    ``leftover_wal``: what to do with a ``-wal`` of another file found beside it (see
    ``core.wal_files``); by default ``ForeignWalError`` is raised so the official is asked.
    """
    if isinstance(target, SharedLocation):
        database = open_shared_database(target, password, app_version=__version__)
        try:
            _load_shared_reference_data(database)
        except BaseException:
            database.close()
            raise
        return database
    database = open_database(target, app_version=__version__, leftover_wal=leftover_wal)
    with database.session() as session:
        ensure_reference_data(session, resource_path("data"))
    return database


def _older(loaded: str | None, shipped: str) -> bool:
    if loaded is None:
        return True
    if loaded.isdigit() and shipped.isdigit():
        return int(loaded) < int(shipped)
    return loaded != shipped  # not numbers: any difference means ours is to be loaded


def _load_shared_reference_data(database: Database) -> None:
    data = resource_path("data")
    shipped = data_version(data)
    with database.read_session() as session:
        row = session.get(Meta, REFERENCE_VERSION_KEY)
        loaded = row.value if row is not None else None
    if not _older(loaded, shipped):
        return  # the same, or newer from a colleague's newer Servicepunkt: leave it
    try:
        with database.session() as session:
            ensure_reference_data(session, data)
    except StorageError as error:
        if error.problem is not StorageProblem.REFUSED:
            raise
        # Reference data is the coordinator's or the IT department's to load.
        log.warning(
            "reference data %s not loaded on %s: no right", shipped, database.display_name()
        )
