"""Backup files on disk: their names, listing them, writing one so it is complete or absent.

A backup counts only once it is complete and checked: it is written under a ``.partial``
name that the listing never matches, checked (it opens, ``integrity_check`` passes, it is
a Servicepunkt file of a schema this version knows), and only then renamed. A copy cut short
(a kill, a full disk) is removed, now or at the next backup.

Names: ``<database file name>.<YYYYmmdd-HHMMSS>.<sequence>.<kind>.sqlite3``. The whole file
name, not its stem, so ``kommun.sqlite3`` and ``kommun.db`` in one folder never share or
rotate each other's backups. The sequence number counts up per database file: it makes two
backups in one second two files, and it orders backups by when they were made, whatever
the clock said (the time in the name is only what the clock said).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from servicepunkt_gui.core.db_files import copy_database, read_only_uri, restrict_permissions
from servicepunkt_gui.core.versions import APPLICATION_ID

BACKUP_FOLDER_NAME = "backups"
_KINDS = r"daily|manual|import|before-restore|before-upgrade-[A-Za-z0-9_]+"
_NAME = re.compile(
    rf"^(?P<name>.+)\.(?P<stamp>\d{{8}}-\d{{6}})\.(?P<seq>\d{{6,}})\.(?P<kind>{_KINDS})\.sqlite3$"
)
# Before sequence numbers: ``<stem>.<stamp>.<kind>.sqlite3``.
_EARLIER_NAME = re.compile(
    rf"^(?P<name>.+)\.(?P<stamp>\d{{8}}-\d{{6}})\.(?P<kind>{_KINDS})\.sqlite3$"
)
_STAMP = "%Y%m%d-%H%M%S"
PARTIAL_SUFFIX = ".partial"
# A copy set aside that did not pass the check (the file was damaged): kept, never listed.
UNCHECKED_SUFFIX = ".unchecked"

# One backup of a file at a time in this process: the sequence number is chosen and the
# file renamed under it. Another process cannot back up the same file (one instance per file).
_writing = threading.RLock()
_in_progress: set[Path] = set()


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # what the clock said when it was made
    kind: str  # "daily", "manual", "before-restore" or "before-upgrade-<revision>"
    size: int
    sequence: int  # order of making; 0 for backups named by earlier versions


class BackupProblem(StrEnum):
    """Why a file is not a usable backup."""

    DAMAGED = "damaged"  # cut short, or integrity_check found damage
    NOT_SERVICEPUNKT = "not_servicepunkt"  # another program's file, or not a database
    NEWER_VERSION = "newer_version"  # made by a newer Servicepunkt than this one
    UNREADABLE = "unreadable"  # could not be read at all (permissions, I/O)


class UnusableBackupError(Exception):
    def __init__(self, path: Path, problem: BackupProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.path = path
        self.problem = problem


def one_at_a_time() -> threading.RLock:
    """Held while a backup is chosen and written: ``with one_at_a_time(): …``."""
    return _writing


@dataclass(frozen=True)
class Contents:
    """What a database file or backup holds: to say what a restore replaces with what, and
    to keep the backup that holds far more than the newest one (``backup_retention``)."""

    notes: int
    plans: int
    goals: int
    actions: int

    @property
    def records(self) -> int:
        return self.notes + self.plans + self.goals + self.actions


_RECORD_TABLES = ("note", "service_plan", "plan_goal", "plan_action")


def contents(path: Path, is_backup: bool = True) -> Contents | None:
    """Counts of the user's records in ``path``, the trash left out (None: unreadable).

    A backup is read ``immutable`` (no -wal or -shm appears beside it); the live file is
    read as SQLite reads it, its -wal included. Files from before the trash (schema 0004)
    have no ``deleted_at``: everything in them counts.
    """
    uri = read_only_uri(path) + ("&immutable=1" if is_backup else "")
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            for live in ("WHERE deleted_at IS NULL", ""):
                query = "SELECT " + ", ".join(
                    f"(SELECT count(*) FROM {table} {live})" for table in _RECORD_TABLES
                )
                try:
                    notes, plans, goals, actions = connection.execute(query).fetchone()
                except sqlite3.OperationalError:
                    continue  # no deleted_at: count every row
                return Contents(int(notes), int(plans), int(goals), int(actions))
    except sqlite3.Error:
        return None
    return None


def backup_dir(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER_NAME


# File systems allow 255 bytes a name; the time, number, kind and ".partial-journal" take
# up to about 90 of them, so a longer database name is shortened, made unique by a hash.
_NAME_PART_MAX_BYTES = 120


def _name_part(database_path: Path) -> str:
    name = database_path.name
    encoded = os.fsencode(name)
    if len(encoded) <= _NAME_PART_MAX_BYTES:
        return name
    digest = hashlib.sha256(encoded).hexdigest()[:12]
    shortened = encoded[: _NAME_PART_MAX_BYTES - 13].decode("utf-8", "ignore")
    return f"{shortened}~{digest}"


def backup_name(database_path: Path, made_at: dt.datetime, sequence: int, kind: str) -> str:
    stamp = made_at.strftime(_STAMP)
    return f"{_name_part(database_path)}.{stamp}.{sequence:06d}.{kind}.sqlite3"


def _belongs(database_path: Path, path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    sequence = 0
    if match is not None:
        if match["name"] != _name_part(database_path):
            return None
        sequence = int(match["seq"])
    else:
        match = _EARLIER_NAME.match(path.name)
        # Earlier versions named backups by the stem; they belong to "<stem>.sqlite3".
        if match is None or match["name"] != database_path.stem:
            return None
        if database_path.suffix != ".sqlite3":
            return None
    try:
        made_at = dt.datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, made_at, match["kind"], size, sequence)


def list_backups(database_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """This database file's backups in ``folder`` (its own backups folder), newest first.

    Newest means most recently made (the sequence number), not the time in the name.
    """
    folder = folder if folder is not None else backup_dir(database_path)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        backup = _belongs(database_path, path)
        if backup is not None:
            found.append(backup)
    return sorted(found, key=lambda b: (b.sequence, b.made_at), reverse=True)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents); on POSIX only the user may enter a new one."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_uid == os.getuid():
        folder.chmod(0o700)


def _create_private(path: Path) -> None:
    """An empty file only the user can read, created before any data goes into it."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)


def remove_leftovers(database_path: Path, folder: Path | None = None) -> None:
    """Delete what killed or failed backups of this file left (never one being written)."""
    folder = folder if folder is not None else backup_dir(database_path)
    names = (f"{_name_part(database_path)}.", f"{database_path.stem}.")
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for path in entries:
        base = path.name.removesuffix("-journal").removesuffix("-wal").removesuffix("-shm")
        ours = base.endswith(PARTIAL_SUFFIX) and base.startswith(names)
        if ours and folder / base not in _in_progress:
            path.unlink(missing_ok=True)


def check_backup(path: Path, known_revisions: frozenset[str]) -> None:
    """Raise ``UnusableBackupError`` unless ``path`` is a sound Servicepunkt database.

    Read-only and ``immutable``: SQLite takes no locks and writes no ``-wal`` or ``-shm``
    beside the file (nobody writes a backup).
    """
    if not path.is_file():
        raise UnusableBackupError(path, BackupProblem.UNREADABLE, "missing")
    uri = read_only_uri(path) + "&immutable=1"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != APPLICATION_ID:
                raise UnusableBackupError(path, BackupProblem.NOT_SERVICEPUNKT, "application id")
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            if [row[0] for row in rows] != ["ok"]:
                raise UnusableBackupError(path, BackupProblem.DAMAGED, str(rows[:3]))
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        problem = (
            BackupProblem.DAMAGED
            if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, 0, sqlite3.SQLITE_ERROR)
            else BackupProblem.UNREADABLE
        )
        raise UnusableBackupError(path, problem, str(error)) from error
    if revision is None or revision[0] not in known_revisions:
        raise UnusableBackupError(path, BackupProblem.NEWER_VERSION, str(revision))


def known_revisions() -> frozenset[str]:
    """The schema revisions this version can open: the migrations it ships."""
    folder = Path(__file__).resolve().parent / "migrations" / "versions"
    return frozenset(
        path.name.split(".")[0] for path in folder.iterdir() if re.match(r"^\d{4}_", path.name)
    )


def sync_file(path: Path) -> None:
    """Make ``path``'s bytes durable before it is renamed into place."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":  # a rename is durable once its folder is synced
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextmanager
def _partial(target: Path) -> Iterator[Path]:
    """A private ``.partial`` file for ``target``, removed unless renamed into place."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    _in_progress.add(partial)
    try:
        _create_private(partial)
        yield partial
    finally:
        _in_progress.discard(partial)
        for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def write_backup(
    database_path: Path,
    kind: str,
    fill: Callable[[Path], None],
    now: dt.datetime | None = None,
    folder: Path | None = None,
    check: bool = True,
) -> Path:
    """Write one backup of ``database_path`` with ``fill(partial)``, checked, then named.

    With ``check=False`` a copy that fails the check is kept under an ``.unchecked`` name
    (never listed) and that path returned: used for byte copies of a file that may itself
    be damaged, which must still be kept. Raises OSError, sqlite3.Error or
    ``UnusableBackupError``; nothing is listed then.
    """
    folder = folder if folder is not None else backup_dir(database_path)
    with _writing:
        make_private_folder(folder)
        remove_leftovers(database_path, folder)
        existing = list_backups(database_path, folder)
        sequence = max((b.sequence for b in existing), default=0) + 1
        target = folder / backup_name(database_path, now or dt.datetime.now(), sequence, kind)
        with _partial(target) as partial:
            fill(partial)
            sync_file(partial)
            try:
                check_backup(partial, known_revisions())
            except UnusableBackupError:
                if check:
                    raise
                target = target.with_name(target.name + UNCHECKED_SUFFIX)
            partial.replace(target)
            restrict_permissions(target)
        _sync_folder(folder)
    return target


def copy_bytes(source: Path, target: Path) -> None:
    """Copy ``source``'s bytes into the existing (private) ``target``; raise if cut short."""
    with source.open("rb") as reading, target.open("r+b") as writing:
        writing.truncate(0)
        shutil.copyfileobj(reading, writing)
        writing.flush()
        os.fsync(writing.fileno())
    if target.stat().st_size != source.stat().st_size:
        raise OSError(f"copy of {source} cut short")


def copy_file_aside(path: Path, kind: str) -> Path:
    """Byte copy of a closed database into its backups, named as a backup once checked.

    Used where the exact bytes matter: before a migration and before a restore, also when
    the file is damaged and SQLite's backup API could not read it (the copy is then kept
    as ``….unchecked``, not offered as a backup). A ``-wal`` left beside the file is folded
    into the copy with SQLite's backup API only when it can be read; the exact bytes of
    the file itself always go first.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        try:  # the file as SQLite sees it, -wal included: one consistent file
            return write_backup(path, kind, lambda partial: copy_database(path, partial))
        except (OSError, sqlite3.Error, UnusableBackupError):
            pass  # damaged: the exact bytes below, -wal beside them
        copied = write_backup(path, kind, lambda partial: copy_bytes(path, partial), check=False)
        kept_wal = Path(f"{copied}-wal")
        shutil.copy2(wal, kept_wal)
        restrict_permissions(kept_wal)
        return copied
    return write_backup(path, kind, lambda partial: copy_bytes(path, partial), check=False)
