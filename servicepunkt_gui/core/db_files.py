"""A database file as a file: exact byte copies, copies with SQLite's backup API, read-only checks.

Every way here of naming the file to SQLite opens exactly that file, whatever its name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import urllib.parse
from contextlib import closing
from pathlib import Path


def copy_file_aside(path: Path, kind: str) -> Path:
    """Byte copy of a closed database into its backups folder (see ``backup_files``)."""
    from servicepunkt_gui.core import backup_files  # it builds on this module

    return backup_files.copy_file_aside(path, kind)


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI with which SQLite opens exactly ``path``, read-only.

    Every byte of the path but "/" is percent-encoded ("%", "?", "#", spaces, non-ASCII and
    bytes that are not UTF-8 alike), and SQLite decodes them back to the same bytes. The
    authority is always empty: ``Path.as_uri()`` puts the server of a Windows network path
    there (``file://server/share/…``), which SQLite refuses.
    """
    posix = os.fsencode(Path(path).absolute().as_posix())
    if not posix.startswith(b"/"):  # C:/… on Windows
        posix = b"/" + posix
    return f"file://{urllib.parse.quote_from_bytes(posix, safe='/')}?mode=ro"


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (its ``-wal`` included) with SQLite's backup API.

    The copy uses a rollback journal, not WAL: reading it later (checking a backup,
    restoring from it) then never creates ``-wal`` or ``-shm`` files beside it. Opening a
    copy as the database switches it back to WAL (``db.open_database``).
    """
    src = sqlite3.connect(read_only_uri(source), uri=True)
    with closing(src), closing(sqlite3.connect(os.fspath(target))) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    restrict_permissions(target)


def restore_copy(backup: Path, path: Path) -> None:
    """Put the pre-migration bytes back exactly: never leave a half-migrated file.

    Each file is copied beside its place under a temporary name and then renamed over it,
    so a kill during the copy leaves either the old file or the whole copy, never half.
    """
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    _replace_with_copy(backup, path)
    saved_wal = Path(f"{backup}-wal")
    if saved_wal.exists():
        _replace_with_copy(saved_wal, Path(f"{path}-wal"))


def _replace_with_copy(source: Path, target: Path) -> None:
    incoming = target.with_name(target.name + ".putting-back")
    incoming.unlink(missing_ok=True)
    shutil.copy2(source, incoming)
    with incoming.open("rb+") as handle:
        os.fsync(handle.fileno())
    restrict_permissions(incoming)
    incoming.replace(target)


def restrict_permissions(path: Path) -> None:
    """Notes can be personal: on shared computers only the user may read the file."""
    if os.name == "posix":
        path.chmod(0o600)


def integrity_problems(path: Path) -> list[str]:
    """SQLite's quick_check of the file, read-only; an empty list means it is sound.

    Takes about a second per few hundred MB, so the app runs it in the background.
    """
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def stored_revision(path: Path) -> str | None:
    """The schema revision written in ``path`` (None: no file, not ours, unreadable).

    Read-only and ``immutable`` (no lock, no -wal read or written): only to say beforehand
    that opening will upgrade the file, which may take a while.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path) + "&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None
