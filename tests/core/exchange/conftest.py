"""Installations of their own for exchange tests: each a database of its own with the
reference data, as after start-up: a SQLite file, or a database on the throwaway PostgreSQL
server (every test runs on both, see tests/core/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from servicepunkt_gui.core.db import Database, copy_database, open_database

MakeInstallation = Callable[[str], Database]


@pytest.fixture
def installation(
    engine_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[MakeInstallation]:
    """Make a named installation (a database of its own, as after start-up)."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        if engine_name == "postgresql":
            made: Database = request.getfixturevalue("new_postgres_database")()
            return made
        reference_template: Path = request.getfixturevalue("reference_template")
        path = tmp_path / name / "servicepunkt.sqlite3"
        path.parent.mkdir(parents=True)
        copy_database(reference_template, path)
        database = open_database(path)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()
