"""Open, check and migrate a shared PostgreSQL database (psycopg 3).

The PostgreSQL counterpart of the file handling in ``db.py``: the engine (the password
passed apart from the URL, so SQLAlchemy's URL never holds it), the schema check and the
migration (under an advisory lock, so two officials starting at once do not both
migrate), and PostgreSQL's error codes turned into the storage problems the window
already knows how to explain.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import URL, Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from servicepunkt_gui.core.errors import (
    DatabaseFromNewerVersionError,
    SharedDatabaseOpenError,
    StorageProblem,
)
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.core.versions import HEAD_REVISION

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
# Any number of ours: the advisory lock taken while the schema is created or upgraded.
_MIGRATION_LOCK = 0x53504B54

# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_UNREACHABLE_CLASSES = ("08", "57")  # connection exception; operator intervention (shutdown)
_PROBLEM_CODES: dict[str, StorageProblem] = {
    "42501": StorageProblem.REFUSED,  # insufficient_privilege, also row-level security
    "53100": StorageProblem.DISK_FULL,  # disk_full
    "25006": StorageProblem.READ_ONLY,  # read_only_sql_transaction (a standby)
    "55P03": StorageProblem.LOCKED,  # lock_not_available
    "40P01": StorageProblem.LOCKED,  # deadlock_detected: nothing stored, try again
    "40001": StorageProblem.LOCKED,  # serialization_failure
    "XX001": StorageProblem.DAMAGED,  # data_corrupted
    "XX002": StorageProblem.DAMAGED,  # index_corrupted
}


def postgres_problem(error: psycopg.Error) -> StorageProblem | None:
    """The storage problem behind a psycopg error (None: the program's or the data's)."""
    code = error.sqlstate or ""
    if code in _PROBLEM_CODES:
        return _PROBLEM_CODES[code]
    if code[:2] in _UNREACHABLE_CLASSES:
        return StorageProblem.UNREACHABLE
    if isinstance(error, psycopg.OperationalError) and not code:
        return StorageProblem.UNREACHABLE  # no answer at all: the connection broke
    if isinstance(error, psycopg.InterfaceError):
        return StorageProblem.UNREACHABLE  # the connection was already closed
    return None


def make_engine(location: SharedLocation, password: str | None) -> Engine:
    """A pooled engine for ``location``; the password is a connect argument only."""
    socket = location.host.startswith("/")
    query = {"sslmode": location.sslmode}
    if socket:
        query["host"] = location.host
    url = URL.create(
        "postgresql+psycopg",
        username=location.user,
        host=None if socket else location.host,
        port=None if socket else location.port,
        database=location.database,
        query=query,
    )
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "Servicepunkt",
    }
    if password:
        connect_args["password"] = password
    # pool_pre_ping: a connection the server or a VPN dropped overnight is replaced before
    # it is used, instead of failing the first save of the morning. hide_parameters: an
    # error message never carries note text (or anything else typed) into the log.
    return create_engine(
        url,
        connect_args=connect_args,
        pool_pre_ping=True,
        pool_size=3,
        max_overflow=4,
        hide_parameters=True,
    )


def open_engine(location: SharedLocation, password: str | None) -> Engine:
    """Connect once to find out whether the server is there and lets us in."""
    engine = make_engine(location, password)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        raise _open_error(location, exc) from None  # the driver's text may name the host only
    return engine


# libpq's words when the encryption asked for could not be had. English, as the words for a
# refused login below: a message in another language falls through to the reasons after.
_TLS_FAILED = ("does not support ssl", "certificate", "ssl error", "ssl negotiation")


def _open_error(location: SharedLocation, exc: DBAPIError) -> SharedDatabaseOpenError:
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or ""
    message = str(orig).lower()
    # At connect time psycopg has no SQLSTATE: libpq's text says what was refused.
    refused_login = (
        code in ("28P01", "28000")
        or "password" in message
        or "authentication" in message
        or ('role "' in message and "does not exist" in message)
        or "not permitted to log in" in message
        or "no pg_hba.conf entry" in message
    )
    if "pg_hba.conf" in message and "no encryption" in message:
        reason = SharedDatabaseOpenError.TLS_REQUIRED  # no rule for an unencrypted login
    elif "ssl" in message and any(words in message for words in _TLS_FAILED):
        reason = SharedDatabaseOpenError.TLS_FAILED
    elif refused_login:
        reason = SharedDatabaseOpenError.LOGIN
    elif code == "3D000" or ("database" in message and "does not exist" in message):
        reason = SharedDatabaseOpenError.NO_DATABASE
    elif code == "42501" or "permission denied" in message:
        reason = SharedDatabaseOpenError.NO_RIGHTS
    else:
        reason = SharedDatabaseOpenError.UNREACHABLE
    # The driver's message names host and user, never the password (libpq does not echo it).
    return SharedDatabaseOpenError(location.display(), reason, str(orig).strip())


def current_revision(engine: Engine, location: SharedLocation) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            tables = inspect(connection).get_table_names()
            if tables:
                raise SharedDatabaseOpenError(
                    location.display(), SharedDatabaseOpenError.NOT_SET_UP, "foreign tables"
                )
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(value) if value is not None else None


def migrate(engine: Engine, location: SharedLocation, scripts: Path) -> None:
    """Create or upgrade the schema in one transaction (PostgreSQL's DDL is transactional)."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(scripts))
    known = {r.revision for r in ScriptDirectory.from_config(config).walk_revisions()}
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            revision = (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if inspect(connection).has_table("alembic_version")
                else None
            )
            if revision is not None and revision not in known:
                raise DatabaseFromNewerVersionError(Path(location.display()), revision, None)
            if revision == HEAD_REVISION:
                return  # someone else migrated while we waited for the lock
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as exc:
        code = getattr(exc.orig, "sqlstate", None) or ""
        if code == "42501":  # an official, not the owner: the IT department upgrades
            raise SharedDatabaseOpenError(
                location.display(), SharedDatabaseOpenError.NOT_SET_UP, "no right to migrate"
            ) from None
        raise


def read_sessions(engine: Engine) -> sessionmaker[Any]:
    from servicepunkt_gui.core.db import Session

    return sessionmaker(engine, class_=Session, expire_on_commit=False)
