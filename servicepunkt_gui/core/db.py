"""Open, check and migrate the database: a local SQLite file or a shared PostgreSQL one.

Everything SQLite-specific (pragmas, file header checks, and in ``db_files`` copies with
the backup API and read-only checks) lives here, and PostgreSQL's in ``db_postgres``, so
the rest of ``core`` only sees sessions and a ``Database`` that says which kind it is.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session as Session  # re-exported: what ``session()`` yields
from sqlalchemy.orm import sessionmaker

from servicepunkt_gui.core import db_postgres, upgrade, wal_files
from servicepunkt_gui.core import record_versions as _record_versions  # noqa: F401 (saved_by)
from servicepunkt_gui.core.db_files import copy_database as copy_database
from servicepunkt_gui.core.db_files import copy_file_aside as copy_file_aside
from servicepunkt_gui.core.db_files import integrity_problems as integrity_problems
from servicepunkt_gui.core.db_files import read_only_uri as read_only_uri
from servicepunkt_gui.core.db_files import restrict_permissions as restrict_permissions
from servicepunkt_gui.core.errors import (
    DatabaseDiskFullError,
    DatabaseLocationNotWritableError,
    DatabaseLockedError,
    DatabaseOpenError,
    NotAServicepunktDatabaseError,
    StorageError,
    StorageProblem,
)
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.core.storage_problems import storage_error as _storage_error
from servicepunkt_gui.core.storage_problems import storage_problem as storage_problem
from servicepunkt_gui.core.upgrade import backup_before_migration as backup_before_migration
from servicepunkt_gui.core.versions import APPLICATION_ID as APPLICATION_ID
from servicepunkt_gui.core.versions import HEAD_REVISION as HEAD_REVISION
from servicepunkt_gui.core.versions import SQLITE_HEADER as SQLITE_HEADER
from servicepunkt_gui.core.wal_files import LeftoverWal as LeftoverWal
from servicepunkt_gui.core.wal_files import WalFinding as WalFinding

log = logging.getLogger(__name__)


MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return ""


@dataclass
class Database:
    # The SQLite file; None for a shared PostgreSQL database (then ``shared`` says where).
    path: Path | None
    engine: Engine
    sessions: sessionmaker[Session]
    # Bound to the same engine, but their transactions begin DEFERRED (see read_session).
    read_sessions: sessionmaker[Session]
    # A -wal found beside the file at open (kept in backups/): tell the user when it says
    # something was lost or set aside (see wal_files.WalFinding). None: there was none.
    found_wal: WalFinding | None = None
    shared: SharedLocation | None = None
    # Who saves: the database role on a shared database, the computer's user otherwise.
    user_name: str = field(default_factory=_login_name)

    @property
    def is_shared(self) -> bool:
        return self.shared is not None

    @property
    def dialect(self) -> str:
        return str(self.engine.dialect.name)  # "sqlite" or "postgresql"

    @property
    def file(self) -> Path:
        """The SQLite file; only for code that works on files (backups, copies, WAL)."""
        if self.path is None:
            raise TypeError("a shared database has no file")
        return self.path

    def display_name(self) -> str:
        """What the title bar and messages call it: the file's path or user@host/database."""
        return self.shared.display() if self.shared is not None else str(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error.

        It begins with ``BEGIN IMMEDIATE``: the write lock is taken before the first read,
        so while another connection writes it waits (the busy timeout) instead of failing
        at its first write with "database is locked".

        A failure of the file's surroundings (see ``storage_problem``) is raised as
        ``StorageError`` from the original; any other exception passes unchanged.
        """
        with self._unit(self.sessions) as session:
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only (pages, lists, search), errors as in ``session``.

        It begins DEFERRED, so in WAL mode it neither waits for nor blocks a writer, even
        while a long search runs in a worker thread. Do not write in it: a write there may
        fail at once with "database is locked" when another connection wrote meanwhile.
        """
        with self._unit(self.read_sessions) as session:
            yield session

    @contextmanager
    def _unit(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        try:
            with sessions.begin() as session:
                yield session
        except Exception as exc:
            problem = None if isinstance(exc, StorageError) else storage_problem(exc)
            if problem is None:
                raise
            raise _storage_error(problem, exc) from exc

    def close(self) -> None:
        self.engine.dispose()

    def take_over(self, other: Database) -> None:
        """Use ``other``'s freshly opened file from now on (after a restore).

        Everything that holds this Database keeps working, now on the new file.
        """
        self.engine.dispose()
        self.path = other.path
        self.engine = other.engine
        self.sessions = other.sessions
        self.read_sessions = other.read_sessions
        self.found_wal = other.found_wal
        self.shared = other.shared
        self.user_name = other.user_name


DEFAULT_BUSY_TIMEOUT_MS = 5000


def open_database(
    path: Path,
    app_version: str = "",
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    leftover_wal: LeftoverWal = LeftoverWal.ASK,
) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises only ``DatabaseOpenError`` subclasses, before the file is changed, when it
    cannot be used (a failed upgrade puts the original back first). A non-empty ``-wal``
    beside the file is copied into ``backups/`` first and checked (see ``wal_files``): one
    of another file raises ``ForeignWalError`` unless ``leftover_wal`` says what to do with
    it; any found is in the returned ``found_wal``.
    """
    path = Path(path).expanduser().absolute()
    try:
        return _open(path, app_version, busy_timeout_ms, leftover_wal)
    except DatabaseOpenError:
        raise
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError, OSError) as exc:
        # Raw from sqlite3 or wrapped by SQLAlchemy; SQLite's error code says what happened.
        problem = storage_problem(exc)
        if problem is StorageProblem.LOCKED:
            raise DatabaseLockedError(path, str(exc)) from exc
        if problem is StorageProblem.READ_ONLY:
            raise DatabaseLocationNotWritableError(path, str(exc)) from exc
        if problem is StorageProblem.DISK_FULL:
            raise DatabaseDiskFullError(path, str(exc), path.parent) from exc
        if isinstance(exc, OSError):
            raise DatabaseOpenError(path, str(exc)) from exc
        raise NotAServicepunktDatabaseError(path, str(exc)) from exc


def open_shared_database(
    location: SharedLocation, password: str | None = None, app_version: str = ""
) -> Database:
    """Connect to a shared PostgreSQL database, creating or upgrading its schema if needed.

    Raises ``SharedDatabaseOpenError`` (its ``reason`` says why) or
    ``DatabaseFromNewerVersionError``; the password appears in neither.
    """
    engine = db_postgres.open_engine(location, password)
    try:
        revision = db_postgres.current_revision(engine, location)
        if revision != HEAD_REVISION:
            db_postgres.migrate(engine, location, MIGRATIONS_DIR)
            if app_version:
                upgrade.record_app_version(engine, app_version)
    except BaseException:
        engine.dispose()
        raise
    # info["user_name"]: who saves, for VersionedRecord.saved_by (core.record_versions).
    makes = sessionmaker(engine, expire_on_commit=False, info={"user_name": location.user})
    return Database(
        path=None,
        engine=engine,
        sessions=makes,
        read_sessions=makes,
        shared=location,
        user_name=location.user,
    )


def _open(path: Path, app_version: str, busy_timeout_ms: int, leftover: LeftoverWal) -> Database:
    upgrade.finish_interrupted_copy_back(path)
    is_new = not path.exists()
    if is_new:
        _prepare_new_file_location(path)
    else:
        _check_existing_file(path)
    found_wal = wal_files.check_leftover_wal(path, leftover, is_new)

    engine = _make_engine(path, busy_timeout_ms)
    try:
        revision = _current_revision(engine, path)
        if revision != HEAD_REVISION:
            upgrade.migrate(engine, _reading(engine), path, revision, is_new, MIGRATIONS_DIR)
            # Remember which version wrote this schema, for the "newer version" message.
            # An up-to-date file is not written to at all when it is opened.
            if app_version:
                upgrade.record_app_version(engine, app_version)
        _use_write_ahead_log(engine)
        if is_new:
            restrict_permissions(path)
    except BaseException:
        engine.dispose()
        raise
    info = {"user_name": _login_name()}  # who saves (core.record_versions)
    return Database(
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False, info=info),
        read_sessions=sessionmaker(_reading(engine), expire_on_commit=False, info=info),
        found_wal=found_wal,
    )


def _prepare_new_file_location(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseLocationNotWritableError(path, str(exc)) from exc
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseLocationNotWritableError(path, "folder is not writable")


def _check_existing_file(path: Path) -> None:
    if not path.is_file():
        raise NotAServicepunktDatabaseError(path, "not a regular file")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseLocationNotWritableError(path, str(exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAServicepunktDatabaseError(path, "no SQLite header")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAServicepunktDatabaseError(path, "foreign application id")
    # SQLite writes -wal and -shm files beside the database, so the folder must be writable too.
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseLocationNotWritableError(path, "file or folder is not writable")


# Execution option read by the "begin" listener: how a transaction on that engine begins.
_BEGIN = "servicepunkt_begin"


def _reading(engine: Engine) -> Engine:
    """The same engine (pool, events), with transactions that begin DEFERRED."""
    return engine.execution_options(**{_BEGIN: "BEGIN"})  # SQLite's BEGIN is DEFERRED


def _make_engine(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    filename = os.fspath(path)

    def connect() -> sqlite3.Connection:
        # Exactly this file: a "sqlite:///…" URL would be parsed, and "%20", "?" or "#" in
        # the name would make SQLite open (and create) another file. os.fspath keeps bytes
        # that are not UTF-8 (surrogate escapes), which sqlite3 passes on unchanged. The path
        # is absolute, so it never starts with "file:" and is never taken for a URI.
        # check_same_thread=False as SQLAlchemy sets it for a file database: the pool hands
        # a connection to one thread at a time (the search runs in a worker thread).
        return sqlite3.connect(filename, check_same_thread=False)

    # The URL is only a placeholder: "sqlite://" alone would mean an in-memory database,
    # for which SQLAlchemy picks SingletonThreadPool, so the pool it picks for a file
    # database (QueuePool) is named here. hide_parameters: an error message must never
    # carry note text into the log file.
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, hide_parameters=True)
    wal_files.mark_every_write(engine)  # every committed write carries the file's identity

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from the sqlite3 module so DDL in migrations is
        # transactional too: a failed migration rolls back completely.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL in WAL mode syncs the log on every commit: a save the UI reports is on disk.
        cursor.execute("PRAGMA synchronous = FULL")
        # Deleted text is overwritten, not left in free pages: names of people in notes must
        # be removable for real (the trash's "delete permanently"). Some SQLite builds have
        # it on by default (Debian's), others not (Python's own on Windows and macOS).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE: a unit of work (and a migration) takes the write lock before it reads,
        # so the busy timeout applies. A deferred transaction that reads and then writes
        # gets SQLITE_BUSY at once if another connection wrote in between, whatever the
        # timeout. Reads use _reading(engine), whose transactions begin DEFERRED.
        connection.exec_driver_sql(
            connection.get_execution_options().get(_BEGIN, "BEGIN IMMEDIATE")
        )

    return engine


def _use_write_ahead_log(engine: Engine) -> None:
    """Switch the file to WAL (persistent in the file), once it is known to be ours.

    Not done on connect: that would rewrite the header of a file we then refuse.
    """
    with closing(engine.raw_connection()) as connection, closing(connection.cursor()) as cursor:
        cursor.execute("PRAGMA journal_mode = WAL")


def _current_revision(engine: Engine, path: Path) -> str | None:
    with _reading(engine).connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            tables = connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            if tables:
                raise NotAServicepunktDatabaseError(path, "tables without a schema version")
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
