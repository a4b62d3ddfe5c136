"""Which storage problem an exception means: SQLite's result code, PostgreSQL's SQLSTATE
or the OS error number, found anywhere in the chain of wrapped and causing exceptions.

``db.Database`` raises the problem as a ``StorageError`` that is also the SQLAlchemy
error it replaces, so older handlers still catch it.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

import psycopg
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError

from servicepunkt_gui.core import db_postgres
from servicepunkt_gui.core.errors import StorageError, StorageProblem

# SQLite's primary result codes (extended code & 0xFF) that mean the file's surroundings
# failed. Any other code (CONSTRAINT, ERROR, MISUSE…) is the program's or the data's.
_SQLITE_PROBLEMS: dict[int, StorageProblem] = {
    sqlite3.SQLITE_FULL: StorageProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_BUSY: StorageProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StorageProblem.LOCKED,
    sqlite3.SQLITE_CORRUPT: StorageProblem.DAMAGED,
    sqlite3.SQLITE_NOTADB: StorageProblem.DAMAGED,
    sqlite3.SQLITE_IOERR: StorageProblem.IO,
    sqlite3.SQLITE_CANTOPEN: StorageProblem.IO,
    sqlite3.SQLITE_PERM: StorageProblem.IO,
    sqlite3.SQLITE_NOLFS: StorageProblem.IO,
    sqlite3.SQLITE_PROTOCOL: StorageProblem.IO,
}
_OS_PROBLEMS: dict[int, StorageProblem] = {  # any other OSError: StorageProblem.IO
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
}


def storage_problem(error: BaseException) -> StorageProblem | None:
    """Which storage problem caused ``error`` (None: not the environment's fault).

    From SQLite's result code or the OS error number, through ``.orig`` and ``__cause__``.
    """
    for current in _error_chain(error):
        if isinstance(current, StorageError):
            return current.problem
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int):
                return _SQLITE_PROBLEMS.get(code & 0xFF)
            # Raised by the sqlite3 module itself (no SQLite code): look further down.
        elif isinstance(current, psycopg.Error):
            return db_postgres.postgres_problem(current)
        elif isinstance(current, OSError):
            return _OS_PROBLEMS.get(current.errno or 0, StorageProblem.IO)
    return None


def _error_chain(error: BaseException) -> Iterator[BaseException]:
    """``error``, then what it wraps (``.orig``) and what caused it, breadth first, once each."""
    seen: set[int] = set()
    pending = [error]
    for current in pending:  # grows while it is walked
        if id(current) not in seen:
            seen.add(id(current))
            yield current
            wrapped = current.orig if isinstance(current, StatementError) else None
            pending.extend(e for e in (wrapped, current.__cause__) if e is not None)


class _StorageDBAPIError(StorageError, DBAPIError):
    """A StorageError that is also the SQLAlchemy error it replaces, so handlers written
    before StorageError (``except SQLAlchemyError``) still catch it. Its message has
    SQLite's text and the statement, never the parameters."""

    def __init__(self, problem: StorageProblem, wrapped: DBAPIError) -> None:
        orig = wrapped.orig if wrapped.orig is not None else wrapped
        DBAPIError.__init__(self, wrapped.statement, None, orig, hide_parameters=True)
        self.problem = problem


class _StorageOperationalError(_StorageDBAPIError, OperationalError):
    pass


class _StorageDatabaseError(_StorageDBAPIError, SQLAlchemyDatabaseError):
    pass  # SQLite reports a damaged file as DatabaseError


def storage_error(problem: StorageProblem, error: BaseException) -> StorageError:
    wrapped = next((e for e in _error_chain(error) if isinstance(e, DBAPIError)), None)
    if isinstance(wrapped, OperationalError):
        return _StorageOperationalError(problem, wrapped)
    if isinstance(wrapped, SQLAlchemyDatabaseError):
        return _StorageDatabaseError(problem, wrapped)
    source = next(
        (e for e in _error_chain(error) if isinstance(e, sqlite3.Error | psycopg.Error | OSError)),
        error,
    )
    return StorageError(problem, str(source))
