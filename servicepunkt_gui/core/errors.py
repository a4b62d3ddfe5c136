"""Errors the storage layer raises. The UI turns each into a Swedish message."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class DatabaseOpenError(Exception):
    """The database file could not be opened; nothing in it was changed."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{type(self).__name__}: {path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseLocationNotWritableError(DatabaseOpenError):
    """The file or its folder cannot be written (read-only folder, no permission)."""


class NotAServicepunktDatabaseError(DatabaseOpenError):
    """The file exists but is not a Servicepunkt database (other program, damaged, empty)."""


class DatabaseFromNewerVersionError(DatabaseOpenError):
    """The file was written by a newer Servicepunkt with a schema this version does not know."""

    def __init__(self, path: Path, revision: str, written_by: str | None) -> None:
        super().__init__(path, f"unknown schema revision {revision}")
        self.revision = revision
        self.written_by = written_by


class DatabaseLockedError(DatabaseOpenError):
    """Another program holds a lock on the file."""


class DatabaseMigrationError(DatabaseOpenError):
    """Upgrading the file failed; the original was put back."""


class StorageProblem(StrEnum):
    """Why the database file could not be read or written: the environment, not the data."""

    DISK_FULL = "disk_full"  # no room left on the disk (or the file may not grow)
    READ_ONLY = "read_only"  # the file, its folder or the drive may not be written
    LOCKED = "locked"  # another program holds a lock on the file (locked or busy)
    DAMAGED = "damaged"  # SQLite found the file corrupt, or it is not a database any more
    IO = "io"  # any other failure to reach the file: I/O error, cannot open, no permission…


class StorageError(Exception):
    """A unit of work failed because of the file's surroundings; nothing of it was stored.

    ``problem`` says which kind of failure; the SQLite or OS error is ``__cause__``. The
    message carries SQLite's text and never the values of the statement's parameters.
    """

    problem: StorageProblem

    def __init__(self, problem: StorageProblem, message: str = "") -> None:
        super().__init__(f"{problem.value}: {message}" if message else problem.value)
        self.problem = problem


class ValidationError(ValueError):
    """User input that cannot be stored. ``field`` names the offending field."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
