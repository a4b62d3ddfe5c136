"""Logging in to a shared database as an IT department runs one: over TCP, TLS only, and
a password for every role (``tests.postgres_fixtures.tcp_server``).

The other PostgreSQL tests use a Unix socket that trusts every role; these show that the
password and the encryption that the connect dialog and ``--db`` take reach the server,
and that a refusal says why without ever carrying the password.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import text

from servicepunkt_gui.core.db import open_shared_database
from servicepunkt_gui.core.errors import SharedDatabaseOpenError
from servicepunkt_gui.core.shared_location import SharedLocation, from_url
from tests.postgres_fixtures import (
    TCP_DATABASE,
    TCP_PASSWORD,
    TCP_USER,
    tcp_location,
    tcp_server,
)
from tests.postgres_server import ThrowawayServer


@pytest.fixture(scope="module")
def plain_server() -> Iterator[ThrowawayServer]:
    """The same, but offering no TLS at all."""
    yield from tcp_server(tls=False)


def _refusal(where: SharedLocation, password: str | None) -> SharedDatabaseOpenError:
    with pytest.raises(SharedDatabaseOpenError) as refused:
        open_shared_database(where, password)
    for shown in (str(refused.value), refused.value.display, repr(refused.value)):
        assert TCP_PASSWORD not in shown
        assert password is None or password not in shown
    return refused.value


def test_the_password_over_tls_opens_the_database(tls_postgres_server: ThrowawayServer) -> None:
    database = open_shared_database(tcp_location(tls_postgres_server), TCP_PASSWORD)
    try:
        with database.engine.connect() as connection:
            encrypted = connection.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar_one()
            who = connection.execute(text("SELECT current_user")).scalar_one()
        assert encrypted is True and who == TCP_USER
    finally:
        database.close()


def test_the_address_carries_the_password_and_the_encryption(
    tls_postgres_server: ThrowawayServer,
) -> None:
    port = tls_postgres_server.port
    typed = f"postgresql://{TCP_USER}:{quote(TCP_PASSWORD)}@127.0.0.1:{port}/{TCP_DATABASE}"
    where, password = from_url(typed + "?sslmode=require")
    assert (where, password) == (tcp_location(tls_postgres_server), TCP_PASSWORD)
    assert quote(TCP_PASSWORD) not in where.url()  # remembered without it
    open_shared_database(where, password).close()


@pytest.mark.parametrize("password", ["fel lösenord", None], ids=["wrong", "none"])
def test_a_wrong_or_missing_password_is_refused_and_never_shown(
    tls_postgres_server: ThrowawayServer, password: str | None
) -> None:
    refused = _refusal(tcp_location(tls_postgres_server), password)
    assert refused.reason == SharedDatabaseOpenError.LOGIN


def test_a_server_that_takes_only_encrypted_connections_says_so(
    tls_postgres_server: ThrowawayServer,
) -> None:
    refused = _refusal(tcp_location(tls_postgres_server, sslmode="disable"), TCP_PASSWORD)
    assert refused.reason == SharedDatabaseOpenError.TLS_REQUIRED


@pytest.mark.parametrize("sslmode", ["require", "verify-full"])
def test_encryption_that_cannot_be_had_is_refused_not_dropped(
    plain_server: ThrowawayServer, tls_postgres_server: ThrowawayServer, sslmode: str
) -> None:
    """ "Always encrypted" from a server without TLS, or a certificate checked that no
    authority the computer knows has signed (the test's own): refused, never unencrypted."""
    server = plain_server if sslmode == "require" else tls_postgres_server
    refused = _refusal(tcp_location(server, sslmode=sslmode), TCP_PASSWORD)
    assert refused.reason == SharedDatabaseOpenError.TLS_FAILED
    # Without it asked for, the server without TLS lets the password in.
    open_shared_database(tcp_location(plain_server, sslmode="prefer"), TCP_PASSWORD).close()
