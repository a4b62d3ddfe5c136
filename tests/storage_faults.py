"""Make the database fail as SQLite does when its file's surroundings fail (for any test).

Real faults (a full disk, a lock, a damaged page) are tested in ``tests/core``; this helper
lets a test put any of them under any write, in core or through the window, in one line::

    with inject_storage_problem(database, StorageProblem.DISK_FULL):
        ...  # every INSERT/UPDATE/DELETE/REPLACE on database.engine fails
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import StorageProblem

_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)

# What SQLite reports for each problem: exception class of the sqlite3 module, extended
# result code, its name and SQLite's message for it (sqlite3_errstr).
SQLITE_FAULTS: dict[StorageProblem, tuple[type[sqlite3.Error], int, str, str]] = {
    StorageProblem.DISK_FULL: (
        sqlite3.OperationalError,
        sqlite3.SQLITE_FULL,
        "SQLITE_FULL",
        "database or disk is full",
    ),
    StorageProblem.READ_ONLY: (
        sqlite3.OperationalError,
        sqlite3.SQLITE_READONLY,
        "SQLITE_READONLY",
        "attempt to write a readonly database",
    ),
    StorageProblem.LOCKED: (
        sqlite3.OperationalError,
        sqlite3.SQLITE_BUSY,
        "SQLITE_BUSY",
        "database is locked",
    ),
    StorageProblem.DAMAGED: (
        sqlite3.DatabaseError,
        sqlite3.SQLITE_CORRUPT,
        "SQLITE_CORRUPT",
        "database disk image is malformed",
    ),
    StorageProblem.IO: (
        sqlite3.OperationalError,
        sqlite3.SQLITE_IOERR_WRITE,
        "SQLITE_IOERR_WRITE",
        "disk I/O error",
    ),
}


def sqlite_error(problem: StorageProblem) -> sqlite3.Error:
    """A new exception exactly as the sqlite3 module raises it for ``problem``."""
    kind, code, name, message = SQLITE_FAULTS[problem]
    error = kind(message)
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    return error


def is_write(statement: str) -> bool:
    return _WRITE.match(statement) is not None


@contextmanager
def inject_storage_problem(database: Database, problem: StorageProblem) -> Iterator[None]:
    """While inside, every write statement run on ``database.engine`` fails with ``problem``.

    Reads (SELECT), PRAGMAs and transaction control still work. The error is raised where
    the sqlite3 cursor would raise it, so SQLAlchemy wraps it as it wraps a real one.
    """
    engine = database.engine  # the listener is removed from this engine even after a restore

    def fail_writes(
        _connection: Any,
        _cursor: Any,
        statement: str,
        _parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        if is_write(statement):
            raise sqlite_error(problem)

    event.listen(engine, "before_cursor_execute", fail_writes)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", fail_writes)
