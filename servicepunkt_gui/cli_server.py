"""``servicepunkt server …``: the IT department sets up a shared PostgreSQL database.

    servicepunkt server init   --db postgresql://admin@host/dbname
    servicepunkt server grant  USER --db … [--municipality KOD …] [--coordinator]
    servicepunkt server revoke USER --db … [--municipality KOD …] [--coordinator] [--all]
    servicepunkt server rights [USER] --db …

Run as the admin role that owns the database's tables (``core.server_setup`` says what
``init`` makes). The password: in PGPASSWORD or ~/.pgpass as for psql (libpq reads them),
otherwise asked for on the terminal, never echoed, printed or logged. Exit codes as the
other commands: 0 done, 2 the command line was wrong, 1 the work failed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from servicepunkt_gui.cli import CommandLineError, UsageError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from servicepunkt_gui.core.errors import SharedDatabaseOpenError
    from servicepunkt_gui.core.rights import RoleRights
    from servicepunkt_gui.core.server_setup import SetupError, SetupResult
    from servicepunkt_gui.core.shared_location import SharedLocation

T = TypeVar("T")
Say = Callable[[str], None]
EXAMPLE_URL = "postgresql://admin@server/servicepunkt"


def add_parser(commands: argparse._SubParsersAction[Any]) -> None:
    server = commands.add_parser("server", help="ställ in en delad PostgreSQL-databas (för IT)")
    actions = server.add_subparsers(
        dest="server_command",
        required=True,
        parser_class=type(server),
        metavar="init|grant|revoke|rights",
    )

    def with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--db", required=True, metavar="URL", help=f"till exempel {EXAMPLE_URL}"
        )
        parser.add_argument(
            "-W", "--password", action="store_true", help="fråga efter lösenordet direkt"
        )
        return parser

    with_db(actions.add_parser("init", help="skapa eller uppgradera schema, roller och regler"))
    grant = with_db(actions.add_parser("grant", help="ge en roll rätt att läsa och ändra"))
    revoke = with_db(actions.add_parser("revoke", help="ta tillbaka rättigheter"))
    for parser in (grant, revoke):
        parser.add_argument("user", metavar="ANVÄNDARE", help="rollen på servern")
        parser.add_argument("--municipality", action="append", default=[], metavar="KOD")
        parser.add_argument("--coordinator", action="store_true", help="samordnare: alla kommuner")
    revoke.add_argument("--all", action="store_true", help="allt, även rätten att läsa")
    listing = with_db(actions.add_parser("rights", help="visa vem som får ändra vad"))
    listing.add_argument("user", nargs="?", metavar="ANVÄNDARE")


def run(args: argparse.Namespace, say: Say) -> None:
    if args.server_command == "init":
        _init(args, say)
        return
    if args.server_command == "revoke" and not (args.municipality or args.coordinator or args.all):
        raise UsageError(
            "servicepunkt server revoke: ange vad som tas tillbaka: --municipality KOD, "
            "--coordinator eller --all. Se servicepunkt server revoke --help."
        )
    from servicepunkt_gui.core import db_postgres

    location, engine = _connect(args, db_postgres.open_engine)
    try:
        lines: list[str] = []
        with _explained(location), engine.begin() as connection:
            _managed(args, location, connection, lines.append)
    finally:
        engine.dispose()
    for line in lines:  # only once committed: never "Klart" for a change that did not happen
        say(line)


def _managed(
    args: argparse.Namespace, location: SharedLocation, connection: Connection, say: Say
) -> None:
    from servicepunkt_gui.core import rights

    codes = tuple(dict.fromkeys(getattr(args, "municipality", ())))
    database = location.database
    if args.server_command == "grant":
        result = rights.grant(connection, database, args.user, codes, args.coordinator)
        say("Klart. " + _describe(result, _names(connection)))
    elif args.server_command == "revoke":
        result = rights.revoke(connection, database, args.user, codes, args.coordinator, args.all)
        say("Klart. " + _describe(result, _names(connection)))
    else:
        listed = rights.list_rights(connection, database)
        if args.user:
            listed = [r for r in listed if r.role == args.user] or [
                rights.rights_of(connection, database, args.user)
            ]
        if not listed:
            say("Ingen har fått rättigheter i databasen än (servicepunkt server grant).")
        names = _names(connection)
        for entry in listed:
            say(_describe(entry, names))


# -- init -----------------------------------------------------------------------------------


def _init(args: argparse.Namespace, say: Say) -> None:
    from servicepunkt_gui.core.exchange.bookkeeping import installation_id
    from servicepunkt_gui.core.server_setup import set_up_rights
    from servicepunkt_gui.core.versions import HEAD_REVISION
    from servicepunkt_gui.store import open_store

    # The same migrations as the app (open_store), then the shipped reference data, then rights.
    location, database = _connect(args, open_store)
    try:
        with _explained(location), database.session() as session:
            installation_id(session)  # made now: officials may not write meta later
            result = set_up_rights(session.connection(), location.database)
    finally:
        database.close()
    say(
        f"Databasen {location.display()} är klar att delas (schema {HEAD_REVISION}, "
        f"regler på {result.tables} tabeller, gruppen {result.group})."
    )
    _warn_unknown(result, say)
    say(
        "Ge rättigheter med: servicepunkt server grant ANVÄNDARE --db "
        f"{location.url()} --municipality KOD (eller --coordinator)."
    )


def _warn_unknown(result: SetupResult, say: Say) -> None:
    for table in result.unknown:
        say(f"Obs: tabellen {table} har ingen regel i den här versionen och kan bara läsas.")


# -- connecting -----------------------------------------------------------------------------


def _location(text: str) -> tuple[SharedLocation, str | None]:
    from servicepunkt_gui.core.shared_location import LocationError, from_url

    try:
        return from_url(text)
    except LocationError:
        raise UsageError(
            f"servicepunkt server: --db ska vara en PostgreSQL-adress, till exempel {EXAMPLE_URL} "
            "(eventuellt med ?sslmode=require). Se servicepunkt server --help."
        ) from None


def _connect(
    args: argparse.Namespace, opener: Callable[[SharedLocation, str | None], T]
) -> tuple[SharedLocation, T]:
    """Open with the password from the URL, libpq's PGPASSWORD/~/.pgpass, or the terminal."""
    from servicepunkt_gui.core.errors import (
        DatabaseFromNewerVersionError,
        SharedDatabaseOpenError,
        StorageError,
    )

    location, password = _location(args.db)
    if password is None and args.password:
        password = _ask(location)
    try:
        try:
            return location, opener(location, password)
        except SharedDatabaseOpenError as error:
            if error.reason != error.LOGIN or password is not None or not sys.stdin.isatty():
                raise
        return location, opener(location, _ask(location))
    except SharedDatabaseOpenError as error:
        raise CommandLineError(_open_problem(error)) from None
    except StorageError as error:
        raise CommandLineError(
            f"Databasen {location.display()} kunde inte användas ({error.problem})."
        ) from None
    except DatabaseFromNewerVersionError:
        raise CommandLineError(
            f"Databasen {location.display()} har uppgraderats av en nyare version av "
            "Servicepunkt. Kör server init med den nyare versionen."
        ) from None


def _ask(location: SharedLocation) -> str:
    return getpass.getpass(f"Lösenord för {location.display()}: ")


def _open_problem(error: SharedDatabaseOpenError) -> str:
    where = error.display
    reasons = {
        error.UNREACHABLE: f"Servern för {where} svarar inte. Kontrollera servernamn, port, "
        "nätverk och TLS (sslmode).",
        error.LOGIN: f"Inloggningen som {where} misslyckades: fel användare eller lösenord, "
        "eller så släpper servern inte in rollen (pg_hba.conf). Ange lösenordet i "
        "PGPASSWORD eller ~/.pgpass, eller kör från en terminal så frågar kommandot.",
        error.NO_DATABASE: f"Databasen i {where} finns inte på servern. Skapa den först "
        "(CREATE DATABASE … OWNER …), se docs/INSTALL.md.",
        error.NO_RIGHTS: f"Rollen i {where} får inte använda databasen. Kör som rollen som "
        "äger databasen.",
        error.NOT_SET_UP: f"{where} kan inte ställas in: databasen innehåller andra tabeller, "
        "eller rollen får inte skapa eller ändra schemat. Kör som rollen som äger databasen.",
    }
    return reasons.get(error.reason, f"{where} kunde inte öppnas.")


@contextmanager
def _explained(location: SharedLocation) -> Iterator[None]:
    """Turn what the server or the setup refused into one Swedish line."""
    from sqlalchemy.exc import DBAPIError

    from servicepunkt_gui.core.errors import StorageError
    from servicepunkt_gui.core.server_setup import SetupError

    try:
        yield
    except SetupError as error:
        raise CommandLineError(_setup_problem(error, location)) from None
    except (StorageError, DBAPIError) as error:
        cause = error.__cause__ if isinstance(error, StorageError) else error
        if not isinstance(cause, DBAPIError):
            raise CommandLineError(
                f"Databasen {location.display()} kunde inte användas "
                f"({getattr(error, 'problem', '')}). Inget ändrades."
            ) from None
        diag = getattr(cause.orig, "diag", None)
        said = getattr(diag, "message_primary", None) or "okänt fel"
        code = getattr(cause.orig, "sqlstate", None) or "?"
        raise CommandLineError(
            f"Servern nekade eller misslyckades ({code}: {said}). Inget ändrades."
        ) from None


def _setup_problem(error: SetupError, location: SharedLocation) -> str:
    user, url = location.user, location.url()
    texts = {
        error.NOT_OWNER: f"Rollen {user} äger inte databasens tabeller. Kör server init som "
        "rollen som skapade dem (databasens ägare).",
        error.NO_CREATEROLE: f"Rollen {user} får inte skapa roller. Ge den CREATEROLE "
        f"(ALTER ROLE {user} CREATEROLE;) och kör igen.",
        error.NOT_SET_UP: f"Databasen är inte inställd för delning än. Kör först: "
        f"servicepunkt server init --db {url}",
        error.NO_SUCH_ROLE: f"Rollen {error.detail} finns inte på servern. Skapa den först, "
        f"till exempel: CREATE ROLE {error.detail} LOGIN PASSWORD '…'; och kör igen.",
        error.NO_SUCH_MUNICIPALITY: f"Det finns ingen kommun med koden {error.detail}; "
        "inget ändrades.",
    }
    return texts.get(error.reason, f"Inställningen misslyckades ({error.reason}).")


# -- output ---------------------------------------------------------------------------------


def _names(connection: Connection) -> dict[str, str]:
    from sqlalchemy import text

    rows = connection.execute(text("SELECT code, short_name FROM municipality"))
    return {str(row.code): str(row.short_name) for row in rows}


def _describe(rights: RoleRights, names: dict[str, str]) -> str:
    granted = ", ".join(f"{code} {names.get(code, '')}".strip() for code in rights.municipalities)
    if not rights.exists:
        return (
            f"{rights.role}: rollen finns inte på servern (rättigheter kvar: {granted or 'inga'})."
        )
    if not rights.member and not rights.coordinator and not granted:
        return f"{rights.role}: har ingen tillgång till databasen."
    if rights.coordinator:
        what = "samordnare, får läsa och ändra alla kommuner"
    elif granted:
        what = f"får ändra {granted} och läsa övriga kommuner"
    else:
        what = "får läsa alla kommuner men inte ändra något"
    if not rights.member:
        what += " (men är inte med i gruppen: kör server init igen)"
    return f"{rights.role}: {what}."
