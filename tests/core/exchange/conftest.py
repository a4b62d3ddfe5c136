"""Installations of their own for exchange tests: each a real file with the reference data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from servicepunkt_gui.core.db import Database, copy_database, open_database

MakeInstallation = Callable[[str], Database]


@pytest.fixture
def installation(reference_template: Path, tmp_path: Path) -> Iterator[MakeInstallation]:
    """Make a named installation (a database file of its own, as after start-up)."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / name / "servicepunkt.sqlite3"
        path.parent.mkdir(parents=True)
        copy_database(reference_template, path)
        database = open_database(path)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()
