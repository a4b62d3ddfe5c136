"""A -wal found beside the file at open: kept, checked for its owner and for damage.

A leftover -wal (after a crash or a kill) is normally replayed by SQLite. Here its bytes are
kept first, a -wal of another file is never replayed unasked, and a damaged one is reported.
Every "crash" below is a real one as far as SQLite is concerned: the file and its -wal are
copied while the app holds the file open (every commit is synced), then put back after close.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.backup import list_backups
from servicepunkt_gui.core.db import Database, copy_database, open_database, read_only_uri
from servicepunkt_gui.core.errors import DatabaseLocationNotWritableError, ForeignWalError
from servicepunkt_gui.core.wal_files import LeftoverWal, WalKind, scan_wal

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only


@dataclass
class Crash:
    main: bytes
    wal: bytes
    shm: bytes

    def leave_at(self, path: Path, *, main: bytes | None = None, shm: bool = True) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.write_bytes(self.main if main is None else main)
        Path(f"{path}-wal").write_bytes(self.wal)
        if shm:
            Path(f"{path}-shm").write_bytes(self.shm)


def _crash(database: Database, *bodies: str) -> Crash:
    """Save one note per body (one commit each), then snapshot the open file as a crash would."""
    for body in bodies:
        with database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput(body))
    path = database.file
    crash = Crash(
        path.read_bytes(), Path(f"{path}-wal").read_bytes(), Path(f"{path}-shm").read_bytes()
    )
    database.close()  # checkpoints and removes the -wal: a clean file to build cases from
    assert not Path(f"{path}-wal").exists()
    return crash


def _bodies(path: Path) -> set[str]:
    database = open_database(path)
    try:
        with database.read_session() as session:
            return {
                note.body
                for summary in notes.list_notes(session, "2284")
                if (note := notes.get_note(session, summary.id)) is not None
            }
    finally:
        database.close()


def _found(path: Path, kind: str) -> list[Path]:
    return sorted((path.parent / "backups").glob(f"{path.name}.*.found-{kind}"))


def test_sqlite_reads_the_main_file_alone_when_told_it_is_immutable(database: Database) -> None:
    """What the owner check relies on: immutable=1 ignores the -wal (SQLite 3.40 does)."""
    crash = _crash(database, "Bara i loggen")
    crash.leave_at(database.file)
    with_wal = sqlite3.connect(read_only_uri(database.file), uri=True)
    alone = sqlite3.connect(read_only_uri(database.file) + "&immutable=1", uri=True)
    count = "SELECT count(*) FROM note"
    try:
        assert with_wal.execute(count).fetchone() == (alone.execute(count).fetchone()[0] + 1,)
    finally:
        with_wal.close()
        alone.close()
    assert Path(f"{database.file}-wal").read_bytes() == crash.wal  # neither replayed it


def test_the_wal_reader_agrees_with_sqlite(database: Database) -> None:
    crash = _crash(database, "Ett", "Två", "Tre")
    scan = scan_wal(crash.wal)
    assert scan.commits == 3
    assert scan.dropped_commits == 0
    assert scan.valid


def test_a_clean_file_has_no_finding(database: Database) -> None:
    path = database.file
    database.close()
    reopened = open_database(path)
    reopened.close()
    assert reopened.found_wal is None
    assert not (path.parent / "backups").exists()


def test_our_own_wal_after_a_crash_is_kept_replayed_and_reported(database: Database) -> None:
    path = database.file
    crash = _crash(database, "Sparad före kraschen")
    crash.leave_at(path)

    reopened = open_database(path)
    reopened.close()

    finding = reopened.found_wal
    assert finding is not None and finding.kind is WalKind.OURS
    assert finding.wal_copy.read_bytes() == crash.wal
    assert finding.shm_copy is not None and finding.shm_copy.read_bytes() == crash.shm
    assert finding.dropped_transactions == 0
    if os.name == "posix":
        assert stat.S_IMODE(finding.wal_copy.stat().st_mode) == 0o600
    assert "Sparad före kraschen" in _bodies(path)
    assert list_backups(path) == []  # the kept copies are never offered as backups


def test_a_wal_of_another_file_is_not_replayed(database: Database, tmp_path: Path) -> None:
    """The issue's case: a file copied in over one whose -wal was left beside it."""
    path = database.file
    crash = _crash(database, "Från den gamla filen")
    # Another Servicepunkt file (its own identity) with notes of its own, copied in.
    other = tmp_path / "other.sqlite3"
    copy_database(path, other)
    with sqlite3.connect(other) as connection:
        connection.execute("UPDATE meta SET value = 'another-file' WHERE key = 'file_id'")
        connection.execute("UPDATE note SET body = 'Inkopierad anteckning'")
    connection.close()
    copied_in = other.read_bytes()
    crash.leave_at(path, main=copied_in)

    with pytest.raises(ForeignWalError) as info:
        open_database(path)

    assert path.read_bytes() == copied_in
    assert Path(f"{path}-wal").read_bytes() == crash.wal  # still there, nothing replayed
    assert info.value.path == path
    assert info.value.wal_copy.read_bytes() == crash.wal
    assert list_backups(path) == []

    reopened = open_database(path, leftover_wal=LeftoverWal.SET_ASIDE)
    reopened.close()
    assert reopened.found_wal is not None
    assert reopened.found_wal.kind is WalKind.FOREIGN_SET_ASIDE
    assert reopened.found_wal.wal_copy == info.value.wal_copy  # one kept copy, not two
    assert _found(path, "wal") == [info.value.wal_copy]
    assert _bodies(path) == {"Inkopierad anteckning"}


def test_an_older_copy_of_the_same_file_does_not_take_a_newer_wal(database: Database) -> None:
    """Same identity, but the -wal was written on top of a later state of the file."""
    path = database.file
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Första"))
    database.close()
    older = path.read_bytes()  # e.g. a copy on a USB stick
    database = open_database(path)
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Andra"))
    database.close()  # checkpointed into the file
    crash = _crash(open_database(path), "Tredje")
    crash.leave_at(path, main=older)

    with pytest.raises(ForeignWalError):
        open_database(path)
    assert path.read_bytes() == older


def test_replaying_a_foreign_wal_when_asked_keeps_the_file_as_it_was(
    database: Database, tmp_path: Path
) -> None:
    path = database.file
    crash = _crash(database, "Ur loggen")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = 'copied-in' WHERE key = 'file_id'")
    connection.close()
    copied_in = path.read_bytes()
    crash.leave_at(path, main=copied_in)

    reopened = open_database(path, leftover_wal=LeftoverWal.REPLAY)
    reopened.close()

    finding = reopened.found_wal
    assert finding is not None and finding.kind is WalKind.FOREIGN_REPLAYED
    assert finding.main_copy is not None and finding.main_copy.read_bytes() == copied_in
    assert finding.wal_copy.read_bytes() == crash.wal
    assert "Ur loggen" in _bodies(path)


def test_a_damaged_wal_is_kept_and_what_it_drops_is_told(database: Database) -> None:
    path = database.file
    crash = _crash(database, "Ett", "Två", "Tre")
    damaged = bytearray(crash.wal)
    damaged[32 + 24 + 100] ^= 0xFF  # page data of the first frame: its checksum fails
    crash.wal = bytes(damaged)
    crash.leave_at(path, shm=False)

    reopened = open_database(path)
    reopened.close()

    finding = reopened.found_wal
    assert finding is not None and finding.kind is WalKind.DAMAGED
    assert finding.dropped_transactions == 3
    assert finding.wal_copy.read_bytes() == crash.wal
    assert "Tre" not in _bodies(path)  # SQLite dropped them; the copy still has them


def test_a_wal_this_user_may_not_write_is_not_writable_not_full(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root, who may write anything: os.access answers as for another user's file."""
    path = database.file
    crash = _crash(database, "Någon annans logg")
    crash.leave_at(path)
    real_access = os.access

    def access(target: object, mode: int, **kwargs: object) -> bool:
        if str(target).endswith(("-wal", "-shm")) and mode & os.W_OK:
            return False
        return real_access(target, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(DatabaseLocationNotWritableError):
        open_database(path)
    monkeypatch.undo()
    assert Path(f"{path}-wal").read_bytes() == crash.wal


def test_two_crashes_keep_two_copies(database: Database) -> None:
    """Two crashes in the same second keep two copies side by side."""
    path = database.file
    first = _crash(database, "Första kraschen")
    first.leave_at(path)
    open_database(path).close()
    second = _crash(open_database(path), "Andra kraschen")
    second.leave_at(path)
    open_database(path).close()
    kept = {p.read_bytes() for p in _found(path, "wal")}
    assert kept == {first.wal, second.wal}


def test_a_wal_beside_no_file_is_kept_before_a_new_file_is_made(database: Database) -> None:
    """SQLite would delete it when it creates the file; its pages may still be wanted."""
    path = database.file
    crash = _crash(database, "Filen försvann")
    path.unlink()
    Path(f"{path}-wal").write_bytes(crash.wal)

    created = open_database(path)
    created.close()

    assert created.found_wal is not None and created.found_wal.kind is WalKind.WITHOUT_FILE
    assert created.found_wal.wal_copy.read_bytes() == crash.wal
    assert _bodies(path) == set()


def test_a_wal_that_is_all_damage_is_reported(database: Database) -> None:
    path = database.file
    crash = _crash(database, "Ett", "Två")
    damaged = bytearray(crash.wal)
    damaged[30] ^= 0xFF  # the header's own checksum: SQLite ignores every frame
    crash.wal = bytes(damaged)
    crash.leave_at(path, shm=False)

    reopened = open_database(path)
    reopened.close()

    assert reopened.found_wal is not None and reopened.found_wal.kind is WalKind.DAMAGED
    assert reopened.found_wal.dropped_transactions == 2
    assert not {"Ett", "Två"} & _bodies(path)


def test_a_wal_of_a_file_from_before_file_ids_is_replayed_unchecked(tmp_path: Path) -> None:
    """A crash of a version before file_id, then this version: whose -wal cannot be told."""
    released = Path(__file__).resolve().parents[1] / "data" / "schema_versions"
    path = tmp_path / "old.sqlite3"
    shutil.copy(released / "0004_trash_versions_drafts.sqlite3", path)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("INSERT INTO meta (key, value) VALUES ('written_before_the_crash', 'ja')")
        crash = Crash(path.read_bytes(), Path(f"{path}-wal").read_bytes(), b"")
    finally:
        writer.close()
    crash.leave_at(path, shm=False)

    reopened = open_database(path)
    reopened.close()

    assert reopened.found_wal is not None and reopened.found_wal.kind is WalKind.UNCHECKED
    with sqlite3.connect(path) as check:
        assert check.execute(
            "SELECT value FROM meta WHERE key = 'written_before_the_crash'"
        ).fetchone() == ("ja",)
    check.close()
