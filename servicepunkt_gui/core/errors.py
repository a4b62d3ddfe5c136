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


class DatabaseDiskFullError(DatabaseOpenError):
    """No room on the disk in ``folder``: for the copy kept before an upgrade (or of a
    leftover -wal) in ``backups/``, or for the upgrade itself (the original was put back).
    Nothing was changed; with room made, opening again works."""

    def __init__(self, path: Path, detail: str = "", folder: Path | None = None) -> None:
        super().__init__(path, detail)
        self.folder = folder if folder is not None else path.parent


class BackupFolderNotWritableError(DatabaseLocationNotWritableError):
    """The copy an upgrade (or a leftover -wal) needs cannot be written into ``folder``
    (``backups/`` beside the file): it was not upgraded, nothing was changed."""

    def __init__(self, path: Path, folder: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.folder = folder


class ForeignWalError(DatabaseOpenError):
    """A ``-wal`` beside the file belongs to another file (or to another state of this one):
    replaying it would put its pages over this file's. Nothing was replayed or changed; its
    bytes are kept at ``wal_copy`` (and the ``-shm`` at ``shm_copy``). Open again with
    ``leftover_wal=LeftoverWal.SET_ASIDE`` (the file as it is) or ``REPLAY`` (with the -wal)."""

    def __init__(self, path: Path, wal_copy: Path, shm_copy: Path | None, reason: str) -> None:
        super().__init__(path, reason)
        self.wal_copy = wal_copy
        self.shm_copy = shm_copy
        self.reason = reason


class CopyBackIncompleteError(DatabaseOpenError):
    """An upgrade failed and putting the original back from ``backup`` (the copy made before
    the upgrade) could not be finished. The next open finishes it first; if ``backup`` is
    gone, restore a backup by hand."""

    def __init__(self, path: Path, backup: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.backup = backup


class StorageProblem(StrEnum):
    """Why the database file could not be read or written: the environment, not the data."""

    DISK_FULL = "disk_full"  # no room left on the disk (or the file may not grow)
    READ_ONLY = "read_only"  # the file, its folder or the drive may not be written
    LOCKED = "locked"  # another program holds a lock on the file (locked or busy)
    DAMAGED = "damaged"  # SQLite found the file corrupt, or it is not a database any more
    IO = "io"  # any other failure to reach the file: I/O error, cannot open, no permission…
    # A shared database (PostgreSQL):
    UNREACHABLE = "unreachable"  # the server cannot be reached (network, VPN, server down)
    REFUSED = "refused"  # the server refused the write: the user may not change this


class SharedDatabaseOpenError(DatabaseOpenError):
    """A shared database could not be opened; ``reason`` says why, nothing was changed.

    ``path`` holds the location's display form (``user@host/database``, never a password)
    so code that names ``error.path`` in a message still says which database it was.
    """

    UNREACHABLE = "unreachable"  # no answer from the server (name, network, port, TLS)
    LOGIN = "login"  # wrong user or password, or the server does not let this user in
    NO_DATABASE = "no_database"  # the server has no database of that name
    NO_RIGHTS = "no_rights"  # the user may not use this database (or its schema)
    NOT_SET_UP = "not_set_up"  # empty, or an older schema the user may not upgrade
    TLS_REQUIRED = "tls_required"  # the server takes only encrypted connections
    TLS_FAILED = "tls_failed"  # encryption asked for, and the server offers none or its
    # certificate could not be checked

    def __init__(self, display: str, reason: str, detail: str = "") -> None:
        super().__init__(Path(display), detail)
        self.display = display
        self.reason = reason


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
