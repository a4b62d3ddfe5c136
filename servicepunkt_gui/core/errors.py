"""Errors the storage layer raises. The UI turns each into a Swedish message."""

from __future__ import annotations

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


class ValidationError(ValueError):
    """User input that cannot be stored. ``field`` names the offending field."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
