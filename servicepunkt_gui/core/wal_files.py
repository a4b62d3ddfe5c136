"""A ``-wal`` found beside the database at open: kept, checked for its owner and for damage.

SQLite replays whatever valid ``-wal`` lies beside a file, whoever wrote it: a ``-wal`` left
by a crash beside a file that was then copied in over it would put its pages over the
copied-in notes, and ``integrity_check`` might still say ok. And a ``-wal`` with one damaged
frame is cut there, with every transaction committed after it. So before SQLite opens the
file, its ``-wal`` and ``-shm`` are copied into ``backups/`` (never listed as backups), and:

* **whose it is**: the WAL format names no database, so every Servicepunkt file has a
  random ``file_id`` and a ``write_count`` in ``meta``, and every transaction that writes
  anything also counts ``write_count`` up (``mark_every_write``): each transaction in a
  ``-wal`` writes the meta page. The ``-wal`` belongs to the file when the file alone
  (``immutable=1``: SQLite then ignores the ``-wal``) and the file with its ``-wal``
  (``mode=ro``: it can neither checkpoint nor delete it) have the same ``file_id``, and the
  count of the file alone is one the ``-wal`` was written on top of: at least the count
  after replay less the transactions in the ``-wal``, at most that count.
* **whether it is damaged**: its frames are read with the checksums of the file format
  (https://www.sqlite.org/fileformat2.html#walformat). A frame with the right salts whose
  checksum fails, followed by valid frames with a commit, means committed transactions
  that SQLite will drop.
"""

from __future__ import annotations

import datetime as dt
import errno
import filecmp
import logging
import os
import re
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine, event

from servicepunkt_gui.core.db_files import read_only_uri
from servicepunkt_gui.core.errors import (
    BackupFolderNotWritableError,
    DatabaseDiskFullError,
    DatabaseLocationNotWritableError,
    DatabaseLockedError,
    ForeignWalError,
)

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database

log = logging.getLogger(__name__)

FILE_ID_KEY = "file_id"
WRITE_COUNT_KEY = "write_count"
FOUND_SUFFIXES = (".found-wal", ".found-shm", ".found-main")


class LeftoverWal(StrEnum):
    """What ``open_database`` does with a ``-wal`` that does not belong to the file."""

    ASK = "ask"  # raise ForeignWalError (nothing replayed): the UI asks, then opens again
    SET_ASIDE = "set_aside"  # remove it (its copy is kept) and open the file as it is
    REPLAY = "replay"  # open with it, as SQLite would (the file alone is kept first)


class WalKind(StrEnum):
    OURS = "ours"  # the file's own, after a crash: replayed, nothing lost
    UNCHECKED = "unchecked"  # a file from before file_id (or unreadable alone): replayed
    DAMAGED = "damaged"  # the file's own, but SQLite drops committed transactions of it
    FOREIGN_SET_ASIDE = "foreign_set_aside"  # another file's: removed, the file opened as is
    FOREIGN_REPLAYED = "foreign_replayed"  # another file's, replayed because asked to
    WITHOUT_FILE = "without_file"  # beside no database (SQLite would delete it): removed


@dataclass(frozen=True)
class WalFinding:
    """A -wal found at open; its bytes (and the -shm's) are kept at ``wal_copy``/``shm_copy``."""

    kind: WalKind
    wal_copy: Path
    shm_copy: Path | None
    committed_transactions: int  # valid commits SQLite replays (0: nothing to replay)
    dropped_transactions: int  # committed after a damaged frame: lost in the file itself
    main_copy: Path | None = None  # the file alone, kept before a foreign -wal was replayed


@dataclass
class WalScan:
    valid: bool  # the header is sound
    commits: int = 0  # commits SQLite will replay
    dropped_commits: int = 0  # valid commits after a damaged frame


_MAGIC = (0x377F0682, 0x377F0683)  # little- / big-endian checksums


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def scan_wal(source: bytes | IO[bytes]) -> WalScan:
    """Read a WAL as SQLite's recovery does, and look past the first bad frame for commits."""
    handle: Any = source
    if isinstance(source, bytes):
        import io

        handle = io.BytesIO(source)
    header = handle.read(32)
    if len(header) < 32:
        return WalScan(valid=False)
    magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", header)
    order = ">" if magic == _MAGIC[1] else "<"
    if magic not in _MAGIC or version != 3007000 or page_size < 512 or page_size & page_size - 1:
        return WalScan(valid=False)
    valid = _checksum(header[:24], order, 0, 0) == (c0, c1)
    scan = WalScan(valid=valid)
    chain_ok = valid
    for commit, f_salts, stored, computed in _frames(handle, page_size, order, (c0, c1)):
        if f_salts != (salt1, salt2):
            break  # an older generation of the file: SQLite stops here too
        if chain_ok and computed == stored:
            scan.commits += commit
        elif chain_ok:
            chain_ok = False  # SQLite stops here; look on for what it will drop
        elif computed == stored and commit:
            scan.dropped_commits += 1
    return scan


def _frames(
    handle: IO[bytes], page_size: int, order: str, seed: tuple[int, int]
) -> Iterator[tuple[bool, tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """Each frame: commit?, salts, stored checksum, checksum from the previous frame's."""
    previous = seed
    while len(frame := handle.read(24 + page_size)) == 24 + page_size:
        _page, size_after, salt1, salt2, c0, c1 = struct.unpack(">6I", frame[:24])
        computed = _checksum(frame[:8] + frame[24:], order, *previous)
        yield size_after != 0, (salt1, salt2), (c0, c1), computed
        previous = (c0, c1)  # the next frame chains from what this one stored


# -- marking every write -----------------------------------------------------------------

_MARK = f"UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '{WRITE_COUNT_KEY}'"
_CHANGES = "servicepunkt_changes"  # connection.info: row changes not yet marked
# FTS5's integrity-check is an INSERT that SQLite counts as a change but writes nothing.
_CHECK_ONLY = re.compile(
    r"\s*INSERT\s+INTO\s+(\w+)\s*\(\s*\1\s*(,\s*rank\s*)?\)\s*VALUES\s*\(\s*'integrity-check'",
    re.IGNORECASE,
)


def mark_every_write(engine: Engine) -> None:
    """A transaction on ``engine`` that changed any row also counts ``write_count`` up.

    "Changed a row": SQLite's ``total_changes`` moved, less FTS5 integrity-checks; a
    transaction that only read (or only checked) writes nothing, as before.
    """

    def changes(connection: Any) -> int:
        return int(connection.connection.dbapi_connection.total_changes)

    @event.listens_for(engine, "begin")
    def _remember(connection: Any) -> None:
        connection.info[_CHANGES] = changes(connection)

    @event.listens_for(engine, "before_cursor_execute")
    def _before(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if _CHECK_ONLY.match(statement):
            connection.info[_CHANGES + "_check"] = changes(connection)

    @event.listens_for(engine, "after_cursor_execute")
    def _after(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        before = connection.info.pop(_CHANGES + "_check", None)
        if before is not None and _CHANGES in connection.info:
            connection.info[_CHANGES] += changes(connection) - before  # not a change

    @event.listens_for(engine, "commit")
    def _mark(connection: Any) -> None:
        at_begin = connection.info.pop(_CHANGES, None)
        if at_begin is not None and changes(connection) != at_begin:
            connection.connection.dbapi_connection.execute(_MARK)


# -- at open -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Identity:
    file_id: str | None
    write_count: int | None


def _identity(uri: str) -> _Identity:
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        connection.execute("PRAGMA busy_timeout = 1000")
        has_meta = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if has_meta is None:
            return _Identity(None, None)
        values = dict(
            connection.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)", (FILE_ID_KEY, WRITE_COUNT_KEY)
            ).fetchall()
        )
    count = values.get(WRITE_COUNT_KEY)
    return _Identity(values.get(FILE_ID_KEY), int(count) if count is not None else None)


_UNKNOWN = ""  # _foreign_reason: whose it is cannot be told


def _foreign_reason(path: Path, scan: WalScan) -> str | None:
    """Why the -wal beside ``path`` is not the file's own: None when it is its own,
    ``_UNKNOWN`` when that cannot be told (a file from before file_id, or unreadable)."""
    try:
        alone = _identity(read_only_uri(path) + "&immutable=1")
    except sqlite3.Error:
        return _UNKNOWN  # the file itself is unreadable: the ordinary open explains that
    try:
        replayed = _identity(read_only_uri(path))
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseLockedError(path, str(exc)) from exc
        return f"the file with the -wal cannot be read: {exc}"
    if alone.file_id is None and replayed.file_id is None:
        return _UNKNOWN  # a file from before file_id
    if alone.file_id != replayed.file_id:
        return "the -wal is another file's"
    if alone.write_count is None or replayed.write_count is None:
        return _UNKNOWN
    if not replayed.write_count - scan.commits <= alone.write_count <= replayed.write_count:
        return "the -wal was written on another state of this file"
    return None


def check_writable(path: Path) -> None:
    """A -wal or -shm the user may not write (another user's) is "cannot write", not damage."""
    for suffix in ("-wal", "-shm"):
        beside = Path(f"{path}{suffix}")
        if beside.exists() and not os.access(beside, os.R_OK | os.W_OK):
            raise DatabaseLocationNotWritableError(path, f"{beside.name} is not writable")


def check_leftover_wal(path: Path, choice: LeftoverWal, is_new: bool) -> WalFinding | None:
    """Keep, check and (as ``choice`` says) remove a non-empty -wal beside ``path``.

    Raises ForeignWalError (``choice`` ASK) before SQLite has seen the -wal.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    check_writable(path)
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return None
        wal_copy, shm_copy = keep_copy(path, wal), keep_copy(path, shm) if shm.is_file() else None
    except OSError as exc:
        raise _copy_error(path, exc) from exc
    log.warning("a -wal was found beside %s; its copy: %s", path, wal_copy)
    if is_new:
        _remove(path, wal, shm)
        return WalFinding(WalKind.WITHOUT_FILE, wal_copy, shm_copy, 0, 0)
    with wal_copy.open("rb") as handle:
        scan = scan_wal(handle)
    reason = _foreign_reason(path, scan)
    found = (wal_copy, shm_copy, scan.commits, scan.dropped_commits)
    if not reason:  # its own, or cannot be told: SQLite replays it
        damaged = scan.dropped_commits > 0 or not scan.valid
        kind = WalKind.OURS if reason is None else WalKind.UNCHECKED
        return WalFinding(WalKind.DAMAGED if damaged else kind, *found)
    log.warning("the -wal beside %s is not its own (%s)", path, reason)
    if choice == LeftoverWal.ASK:
        raise ForeignWalError(path, wal_copy, shm_copy, reason)
    if choice == LeftoverWal.SET_ASIDE:
        _remove(path, wal, shm)
        return WalFinding(WalKind.FOREIGN_SET_ASIDE, *found)
    try:
        main_copy = keep_copy(path, path, "main")
    except OSError as exc:
        raise _copy_error(path, exc) from exc
    return WalFinding(WalKind.FOREIGN_REPLAYED, *found, main_copy=main_copy)


def _remove(path: Path, *files: Path) -> None:
    try:
        for beside in files:
            beside.unlink(missing_ok=True)
    except OSError as exc:
        raise DatabaseLocationNotWritableError(path, str(exc)) from exc


def _copy_error(path: Path, exc: OSError) -> DatabaseDiskFullError | BackupFolderNotWritableError:
    folder = path.parent / "backups"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DatabaseDiskFullError(path, str(exc), folder)
    return BackupFolderNotWritableError(path, folder, str(exc))


def keep_copy(path: Path, source: Path, what: str = "") -> Path:
    """Copy ``source`` to ``backups/<name>.<time>.found-<what>`` (private), or reuse the
    identical copy kept at an earlier attempt. Raises OSError."""
    what = what or source.name.rsplit("-", 1)[-1]
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    size = source.stat().st_size
    for earlier in sorted(folder.glob(f"{glob_escape(path.name)}.*.found-{what}")):
        if earlier.stat().st_size == size and filecmp.cmp(earlier, source, shallow=False):
            return earlier
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(1000):
        target = folder / f"{path.name}.{stamp}{f'-{attempt}' if attempt else ''}.found-{what}"
        try:
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            with source.open("rb") as reading, os.fdopen(descriptor, "wb") as writing:
                shutil.copyfileobj(reading, writing)
                writing.flush()
                os.fsync(writing.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target
    raise OSError(errno.EEXIST, "no free name for the kept copy", str(folder))


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def truncate_write_ahead_log(database: Database) -> bool:
    """Copy the ``-wal`` into the file and empty it, so earlier frames holding deleted text
    do not stay beside it (or end up in ``backups/`` after a crash). True when emptied;
    False when a reader kept it (it is emptied at the next checkpoint or when the app
    closes) or it failed (logged: the deletion itself is committed either way). A shared
    database has no -wal of ours: True."""
    if database.path is None:
        return True
    try:
        with closing(database.engine.raw_connection()) as connection:
            cursor = connection.cursor()
            busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
    except sqlite3.Error as error:
        log.warning("could not empty the write-ahead log after deleting for good: %s", error)
        return False
    return not busy
