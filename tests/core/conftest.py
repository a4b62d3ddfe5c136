"""Fixtures for the Qt-free core tests: every test gets its own database.

Every test that uses ``database`` or ``empty_database`` runs twice: on a SQLite file and
on a database of a throwaway PostgreSQL server (``tests/postgres_fixtures.py``). A test
about what only a file has (backups, the -wal, file permissions, damaged pages) is marked
``sqlite_only`` (for a whole module: ``pytestmark = pytest.mark.sqlite_only``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from servicepunkt_gui.core.db import Database, copy_database, open_database
from servicepunkt_gui.core.paths import HOME_OVERRIDE_ENV
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder into the test's temporary directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_OVERRIDE_ENV, str(home))
    return home


@pytest.fixture
def data_dir() -> Path:
    """The reference data shipped with the app (resources/data)."""
    return resource_path("data")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db" / "servicepunkt.sqlite3"


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_name" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("engine_name", ENGINES[:1] if only_sqlite else ENGINES)


@pytest.fixture
def empty_database(engine_name: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A freshly created, migrated database without reference data."""
    if engine_name == "postgresql":
        yield request.getfixturevalue("new_postgres_database")(with_data=False)
        return
    database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def reference_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One closed database with the shipped reference data, copied for each test.

    Loading the reference data takes a few tenths of a second; copying the file is
    much faster and gives every test the same starting point in a file of its own.
    """
    path = tmp_path_factory.mktemp("template") / "servicepunkt.sqlite3"
    database = open_database(path)
    with database.session() as session:
        ensure_reference_data(session, resource_path("data"))
    database.close()
    return path


@pytest.fixture
def database(engine_name: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A database of this test's own holding the shipped reference data, as after start-up."""
    if engine_name == "postgresql":
        yield request.getfixturevalue("new_postgres_database")()
        return
    reference_template: Path = request.getfixturevalue("reference_template")
    db_path: Path = request.getfixturevalue("db_path")
    db_path.parent.mkdir(parents=True)
    copy_database(reference_template, db_path)
    database = open_database(db_path)
    yield database
    database.close()
