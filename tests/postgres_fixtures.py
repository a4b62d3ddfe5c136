"""pytest fixtures for tests against a real PostgreSQL server (loaded by tests/conftest.py).

``postgres_server`` starts one throwaway server for the whole run (``tests.postgres_server``)
the first time a test asks for it, and stops it at the end. ``new_postgres_database`` makes a
database of its own for one test, copied from a template that already holds the schema
and the shipped reference data (a copy takes a few hundredths of a second; migrating
and loading takes a second).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import psycopg
import pytest

from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.resources import resource_path
from tests.postgres_server import (
    MISSING_MESSAGE,
    SUPERUSER,
    ThrowawayServer,
    find_server_programs,
    start_server,
    start_tcp_server,
)

TEMPLATE_WITH_DATA = "sp_template_data"
TEMPLATE_EMPTY = "sp_template_empty"
# The role and password on a server that listens on TCP (``tcp_server``), and its database.
TCP_USER = "anna_lind"
TCP_PASSWORD = "Hemlig fjällbjörk 42"  # a space and letters outside ASCII, as people choose
TCP_DATABASE = "delad"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayServer]:
    programs = find_server_programs()
    if programs is None:
        pytest.fail(MISSING_MESSAGE)  # not a skip: a run without the server proves nothing
    server = start_server(programs)
    try:
        _make_templates(server)
        yield server
    finally:
        server.stop()


def admin(server: ThrowawayServer) -> psycopg.Connection[tuple[object, ...]]:
    """A superuser connection to the server's maintenance database, in autocommit."""
    return psycopg.connect(server.conninfo(), autocommit=True)


def location(server: ThrowawayServer, name: str, user: str = SUPERUSER) -> SharedLocation:
    return SharedLocation(host=server.socket_dir, database=name, user=user)


def _make_templates(server: ThrowawayServer) -> None:
    with admin(server) as connection:
        for name in (TEMPLATE_EMPTY, TEMPLATE_WITH_DATA):
            connection.execute(f'CREATE DATABASE "{name}"')
    open_shared_database(location(server, TEMPLATE_EMPTY)).close()
    filled = open_shared_database(location(server, TEMPLATE_WITH_DATA))
    with filled.session() as session:
        ensure_reference_data(session, resource_path("data"))
    filled.close()


def create_database(server: ThrowawayServer, template: str | None = TEMPLATE_WITH_DATA) -> str:
    """A new database on ``server`` (a copy of ``template``, or empty); returns its name."""
    name = f"sp_test_{next(_numbers)}"
    with admin(server) as connection:
        source = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        connection.execute(f'CREATE DATABASE "{name}"{source}')
    return name


def drop_database(server: ThrowawayServer, name: str) -> None:
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def new_postgres_database(
    postgres_server: ThrowawayServer,
) -> Iterator[Callable[..., Database]]:
    """Call it for a migrated database of this test's own (``with_data``: reference data)."""
    made: list[tuple[str, Database]] = []

    def make(with_data: bool = True) -> Database:
        template = TEMPLATE_WITH_DATA if with_data else TEMPLATE_EMPTY
        name = create_database(postgres_server, template)
        database = open_shared_database(location(postgres_server, name))
        made.append((name, database))
        return database

    yield make
    for name, database in made:
        database.close()
        drop_database(postgres_server, name)


def tcp_server(tls: bool) -> Iterator[ThrowawayServer]:
    """A server on a loopback port where TCP_USER logs in with TCP_PASSWORD (TLS only,
    unless ``tls`` is False) and owns the empty database TCP_DATABASE."""
    programs = find_server_programs()
    if programs is None:
        pytest.fail(MISSING_MESSAGE)
    server = start_tcp_server(programs, tls=tls)
    try:
        with admin(server) as connection:
            connection.execute(f"CREATE ROLE {TCP_USER} LOGIN PASSWORD '{TCP_PASSWORD}'")
            connection.execute(f"CREATE DATABASE {TCP_DATABASE} OWNER {TCP_USER}")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def tls_postgres_server() -> Iterator[ThrowawayServer]:
    """As an IT department runs one: TLS only, a password for every role (``tcp_server``)."""
    yield from tcp_server(tls=True)


def tcp_location(server: ThrowawayServer, sslmode: str = "require") -> SharedLocation:
    """TCP_DATABASE on ``server``'s loopback port, as TCP_USER, with this encryption."""
    assert server.port is not None
    return SharedLocation("127.0.0.1", TCP_DATABASE, TCP_USER, port=server.port, sslmode=sslmode)
