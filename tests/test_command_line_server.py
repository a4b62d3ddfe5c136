"""``servicepunkt server init/grant/revoke/rights``: the IT department sets up a shared database.

Against a real PostgreSQL server, as a realistic admin role (owner of the database and
CREATEROLE, not a superuser). A forbidden write afterwards is refused by the server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from servicepunkt_gui.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import open_shared_database
from servicepunkt_gui.core.errors import StorageError, StorageProblem
from tests.postgres_fixtures import admin, drop_database, location
from tests.postgres_server import ThrowawayServer

SORSELE, ARJEPLOG = "2422", "2506"


@dataclass
class Setup:
    server: ThrowawayServer
    name: str
    it: str  # the admin role

    def url(self, user: str | None = None) -> str:
        return self.server.url(self.name, user or self.it)

    def login_role(self, prefix: str) -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        with admin(self.server) as connection:
            connection.execute(f'CREATE ROLE "{name}" LOGIN')
        return name


@pytest.fixture
def setup(postgres_server: ThrowawayServer) -> Iterator[Setup]:
    """An empty database owned by an admin role, as docs/INSTALL.md has IT create it."""
    suffix = uuid.uuid4().hex[:8]
    it, name = f"it_{suffix}", f"sp_cli_{suffix}"
    with admin(postgres_server) as connection:
        connection.execute(f'CREATE ROLE "{it}" LOGIN CREATEROLE')
        connection.execute(f'CREATE DATABASE "{name}" OWNER "{it}"')
    yield Setup(postgres_server, name, it)
    drop_database(postgres_server, name)


def _run(*args: str) -> tuple[int, list[str]]:
    printed: list[str] = []
    return main(list(args), printed.append), printed


def _write_note(setup: Setup, user: str, code: str) -> None:
    database = open_shared_database(location(setup.server, setup.name, user=user))
    try:
        with database.session() as session:
            notes.create_note(session, code, notes.NoteInput(body="Paketombud"))
    finally:
        database.close()


def _state(setup: Setup) -> list[object]:
    with psycopg.connect(setup.server.conninfo(setup.name)) as connection:
        return [
            connection.execute(query).fetchall()
            for query in (
                "SELECT tablename, policyname, qual, with_check FROM pg_policies ORDER BY 1, 2",
                "SELECT relname, relacl::text FROM pg_class WHERE relkind = 'r' ORDER BY 1",
                "SELECT count(*), max(value) FROM meta",
                "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
            )
        ]


def test_init_grant_and_revoke_as_the_it_department(setup: Setup) -> None:
    code, said = _run("server", "init", "--db", setup.url())
    assert code == EXIT_OK, said
    assert "klar att delas" in said[0]
    state = _state(setup)
    assert _run("server", "init", "--db", setup.url())[0] == EXIT_OK
    assert _state(setup) == state  # a second init changes nothing

    anna, bo = setup.login_role("anna"), setup.login_role("bo")
    code, said = _run("server", "grant", anna, "--db", setup.url(), "--municipality", SORSELE)
    assert code == EXIT_OK and "2422 Sorsele" in said[0], said
    assert _run("server", "grant", bo, "--db", setup.url(), "--coordinator")[0] == EXIT_OK
    code, said = _run("server", "rights", "--db", setup.url())
    assert code == EXIT_OK
    assert any(line.startswith(f"{anna}: får ändra 2422 Sorsele") for line in said), said
    assert any(line.startswith(f"{bo}: samordnare") for line in said), said

    _write_note(setup, anna, SORSELE)
    _write_note(setup, bo, ARJEPLOG)
    with pytest.raises(StorageError) as refused:
        _write_note(setup, anna, ARJEPLOG)
    assert refused.value.problem is StorageProblem.REFUSED

    code, said = _run("server", "revoke", anna, "--db", setup.url(), "--municipality", SORSELE)
    assert code == EXIT_OK and "får läsa alla kommuner men inte ändra" in said[0], said
    with pytest.raises(StorageError):
        _write_note(setup, anna, SORSELE)
    assert _run("server", "revoke", anna, "--db", setup.url(), "--all")[0] == EXIT_OK
    code, said = _run("server", "rights", anna, "--db", setup.url())
    assert said == [f"{anna}: har ingen tillgång till databasen."]


def test_mistakes_get_one_swedish_line_and_change_nothing(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = setup.login_role("anna")
    assert _run("server", "grant", anna, "--db", setup.url())[0] == EXIT_FAILED
    assert "Kör först: servicepunkt server init" in capsys.readouterr().err

    assert _run("server", "init", "--db", setup.url())[0] == EXIT_OK
    capsys.readouterr()
    cases = [
        (("server", "revoke", anna, "--db", setup.url()), EXIT_USAGE, "ange vad som tas"),
        (("server", "init", "--db", "/tmp/fil.sqlite3"), EXIT_USAGE, "PostgreSQL-adress"),
        (("server", "grant", "--db", setup.url()), EXIT_USAGE, "det saknas"),
        (("server", "grant", "nobody_here", "--db", setup.url()), EXIT_FAILED, "CREATE ROLE"),
        (("server", "grant", anna, "--db", setup.url(), "--municipality", "9999"), EXIT_FAILED,
         "ingen kommun med koden 9999"),
        (("server", "init", "--db", setup.url(anna)), EXIT_FAILED, "får inte använda"),
    ]  # fmt: skip
    reader = setup.login_role("reader")
    assert _run("server", "grant", reader, "--db", setup.url())[0] == EXIT_OK
    cases.append((("server", "init", "--db", setup.url(reader)), EXIT_FAILED, "äger inte"))
    for args, expected, words in cases:
        code, _said = _run(*args)
        err = capsys.readouterr().err
        assert code == expected, (args, err)
        assert len(err.strip().splitlines()) == 1 and words in err, (args, err)
    code, said = _run("server", "rights", anna, "--db", setup.url())
    assert said == [f"{anna}: har ingen tillgång till databasen."]


def test_the_command_runs_as_a_separate_process_and_never_shows_a_password(setup: Setup) -> None:
    secret = "hemligt-Lösen-42"
    with_password = setup.url().replace(f"{setup.it}@", f"{setup.it}:{secret}@")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    command = [sys.executable, "-m", "servicepunkt_gui.cli", "server"]
    done = subprocess.run(
        [*command, "init", "--db", with_password],
        capture_output=True, text=True, env=env, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert secret not in done.stdout + done.stderr
    missing = with_password.replace(f"/{setup.name}?", f"/{setup.name}_gone?")
    failed = subprocess.run(
        [*command, "rights", "--db", missing],
        capture_output=True, text=True, env=env, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert failed.returncode == EXIT_FAILED
    assert len(failed.stderr.strip().splitlines()) == 1, failed.stderr
    assert "finns inte" in failed.stderr and secret not in failed.stdout + failed.stderr
