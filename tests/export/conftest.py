"""Fixtures for the export tests: a real database file opened as the app opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from servicepunkt_gui.core.db import Database, copy_database
from servicepunkt_gui.store import open_store


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file opened with ``open_store`` (schema, reference data), copied for each test."""
    path = tmp_path_factory.mktemp("store-template") / "servicepunkt.sqlite3"
    open_store(path).close()
    return path


@pytest.fixture
def store(store_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A database file of this test's own, opened with ``open_store`` as the app does."""
    path = tmp_path / "db" / "servicepunkt.sqlite3"
    path.parent.mkdir()
    copy_database(store_template, path)
    database = open_store(path)
    yield database
    database.close()
