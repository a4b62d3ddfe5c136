"""Backups that can be counted on (issue 10 point 4).

Each test names the failure it reproduces: cut-short copies offered as backups, leftovers
never cleaned, retention fooled by a wrong clock or by a week of little data, two files
sharing their backups, a restore that replaces the live file before checking the backup.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import resource
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.backup import (
    RestoreError,
    RestoreProblem,
    list_backups,
    make_backup,
    make_daily_backup,
    newest_good_backup,
    restore_backup,
)
from servicepunkt_gui.core.db import Database, copy_database, open_database
from servicepunkt_gui.core.db_files import copy_file_aside

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

DAY = dt.timedelta(days=1)
START = dt.datetime(2026, 1, 5, 9, 0)  # a Monday


def _note_count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as connection:
        return int(connection.execute("SELECT count(*) FROM note").fetchone()[0])


def _add_notes(database: Database, count: int) -> None:
    with database.session() as session:
        for number in range(count):
            notes.create_note(session, "2284", notes.NoteInput(f"Anteckning {number}"))


@contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """Writes beyond ``limit`` bytes fail with EFBIG, as on a full disk (a real limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


# -- complete and verified, or absent ------------------------------------------------------


def test_a_backup_cut_short_by_a_full_disk_leaves_nothing(database: Database) -> None:
    folder = database.file.parent / "backups"
    with _file_size_limit(64 * 1024), pytest.raises((OSError, sqlite3.Error)):
        make_backup(database.file, "manual")
    assert list_backups(database.file) == []
    assert [p.name for p in folder.iterdir()] == [] if folder.exists() else True


def test_leftovers_of_a_killed_backup_are_never_listed_and_are_removed(database: Database) -> None:
    folder = database.file.parent / "backups"
    folder.mkdir()
    stem = database.file.stem
    leftovers = [
        folder / f"{stem}.20261101-101010.daily.partial",  # named by earlier versions
        folder / f"{database.file.name}.20261101-101010.000003.daily.sqlite3.partial",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"\0" * 100_000)
    assert list_backups(database.file) == []
    make_backup(database.file, "manual")
    assert not any(p.exists() for p in leftovers)
    assert [b.kind for b in list_backups(database.file)] == ["manual"]


def test_a_copy_set_aside_that_is_cut_short_is_removed_and_reported(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    database.close()
    real_copy = shutil.copyfileobj

    def disk_fills_half_way(source: object, target: object, length: int = 0) -> None:
        target.write(source.read(4096))  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", disk_fills_half_way)
    with pytest.raises(OSError):
        copy_file_aside(database.file, "before-upgrade-0005_note_list_index")
    monkeypatch.setattr(shutil, "copyfileobj", real_copy)
    assert list_backups(database.file) == []
    assert list((database.file.parent / "backups").iterdir()) == []


def test_backups_are_private_and_never_leave_wal_files_behind(database: Database) -> None:
    _add_notes(database, 1)
    backup = make_backup(database.file, "manual")
    folder = backup.parent
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
        assert backup.stat().st_mode & 0o777 == 0o600
    # Reading a backup (listing, checking, restoring from it) creates no -wal or -shm.
    assert newest_good_backup(database.file) == list_backups(database.file)[0]
    database.close()
    restore_backup(database.file, backup)
    assert sorted(p.suffix for p in folder.iterdir()) == [".sqlite3", ".sqlite3"]


# -- names: two files, two backups in one second ---------------------------------------------


def test_two_backups_in_the_same_second_both_succeed(database: Database) -> None:
    now = dt.datetime(2026, 11, 2, 10, 0, 0)
    first = make_backup(database.file, "manual", now)
    second = make_backup(database.file, "manual", now)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in list_backups(database.file)] == [second, first]


def test_two_files_in_one_folder_keep_their_own_backups(database: Database) -> None:
    other = database.file.with_suffix(".db")
    copy_database(database.file, other)
    other_db = open_database(other)
    try:
        _add_notes(other_db, 3)
        make_backup(other, "manual")
        for day in range(12):
            make_daily_backup(database.file, START + day * DAY)
        assert [b.kind for b in list_backups(other)] == ["manual"]
        assert _note_count(list_backups(other)[0].path) == 3
        assert all(_note_count(b.path) == 0 for b in list_backups(database.file))
    finally:
        other_db.close()


def test_backups_named_by_earlier_versions_are_still_listed(database: Database) -> None:
    folder = database.file.parent / "backups"
    folder.mkdir()
    legacy = folder / f"{database.file.stem}.20261020-080000.daily.sqlite3"
    copy_database(database.file, legacy)
    [listed] = list_backups(database.file)
    assert listed.path == legacy and listed.made_at == dt.datetime(2026, 10, 20, 8, 0)


# -- retention -----------------------------------------------------------------------------


def test_a_year_of_daily_backups_keeps_days_weeks_and_months(database: Database) -> None:
    for day in range(400):
        make_daily_backup(database.file, START + day * DAY)
    kept = [b.made_at.date() for b in list_backups(database.file)]
    last = (START + 399 * DAY).date()
    # the last seven days ...
    assert kept[:7] == [last - n * DAY for n in range(7)]
    # ... one in each of the last four weeks, one in each of the last twelve months
    weeks = {d.isocalendar()[:2] for d in kept}
    months = {(d.year, d.month) for d in kept}
    for back in range(4):
        assert (last - back * 7 * DAY).isocalendar()[:2] in weeks
    for back in range(12):
        month = (last.year * 12 + last.month - 1 - back) % 12 + 1
        year = (last.year * 12 + last.month - 1 - back) // 12
        assert (year, month) in months
    assert len(kept) <= 7 + 4 + 12


def test_a_clock_in_the_past_does_not_delete_each_new_backup(database: Database) -> None:
    for day in range(10):
        make_daily_backup(database.file, START + day * DAY)
    wrong = START - 365 * DAY  # the clock jumped a year back (a flat CMOS battery)
    for day in range(3):
        _add_notes(database, 1)
        made = make_daily_backup(database.file, wrong + day * DAY)
        assert made is not None and made.exists()
        assert list_backups(database.file)[0].path == made  # newest first, whatever the clock
    assert _note_count(list_backups(database.file)[0].path) == 3


def test_a_clock_far_ahead_once_does_not_stay_first_forever(database: Database) -> None:
    ahead = make_daily_backup(database.file, START + 5 * 365 * DAY)
    assert ahead is not None
    for day in range(1, 12):
        make_daily_backup(database.file, START + day * DAY)
    backups = list_backups(database.file)
    assert backups[0].made_at.date() == (START + 11 * DAY).date()
    assert ahead not in [b.path for b in backups]


def test_backups_that_hold_the_data_survive_weeks_of_an_almost_empty_file(
    database: Database,
) -> None:
    _add_notes(database, 40)
    for day in range(5):
        make_daily_backup(database.file, START + day * DAY)
    # The file is lost and the app starts on an empty one; it is used for months.
    with database.session() as session:
        for row in notes.list_notes(session, "2284"):
            notes.delete_note(session, row.id)
    database.engine.dispose()
    with sqlite3.connect(database.file) as connection:
        connection.execute("DELETE FROM note")
    for day in range(5, 200):
        make_daily_backup(database.file, START + day * DAY)
    assert max(_note_count(b.path) for b in list_backups(database.file)) == 40


# -- restoring checks the backup first --------------------------------------------------------


def test_a_damaged_backup_is_refused_before_anything_is_replaced(database: Database) -> None:
    _add_notes(database, 2)
    backup = make_backup(database.file, "manual")
    database.close()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    backup.write_bytes(bytes(data))
    before = database.file.read_bytes()
    with pytest.raises(RestoreError) as refused:
        restore_backup(database.file, backup)
    assert refused.value.problem is RestoreProblem.DAMAGED
    assert database.file.read_bytes() == before
    assert [b.path for b in list_backups(database.file)] == [backup]  # no safety copy made


def test_a_backup_from_a_newer_version_is_refused(database: Database) -> None:
    backup = make_backup(database.file, "manual")
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    database.close()
    before = database.file.read_bytes()
    with pytest.raises(RestoreError) as refused:
        restore_backup(database.file, backup)
    assert refused.value.problem is RestoreProblem.NEWER_VERSION
    assert database.file.read_bytes() == before


def test_a_file_that_is_not_a_backup_is_refused(database: Database, tmp_path: Path) -> None:
    stranger = tmp_path / "främmande.sqlite3"
    with sqlite3.connect(stranger) as connection:
        connection.execute("CREATE TABLE x (y)")
    database.close()
    with pytest.raises(RestoreError) as refused:
        restore_backup(database.file, stranger)
    assert refused.value.problem is RestoreProblem.NOT_SERVICEPUNKT


def test_the_newest_good_backup_skips_damaged_ones(database: Database) -> None:
    _add_notes(database, 1)
    good = make_backup(database.file, "manual", dt.datetime(2026, 11, 1, 9, 0))
    bad = make_backup(database.file, "manual", dt.datetime(2026, 11, 2, 9, 0))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    found = newest_good_backup(database.file)
    assert found is not None and found.path == good


# -- a second backup folder -----------------------------------------------------------------


def test_the_daily_backup_is_copied_to_the_second_folder(
    database: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    _add_notes(database, 2)
    result = make_daily_backup(database.file, START, second_folder=stick)
    assert result is not None
    copies = list_backups(database.file, folder=stick)
    assert [c.path.name for c in copies] == [result.name]
    assert _note_count(copies[0].path) == 2
    for day in range(1, 30):
        make_daily_backup(database.file, START + day * DAY, second_folder=stick)
    assert len(list_backups(database.file, folder=stick)) <= 7 + 4 + 12


def test_a_missing_second_folder_is_reported_not_an_error(
    database: Database, tmp_path: Path
) -> None:
    from servicepunkt_gui.core.backup import SecondCopy, copy_to_second_folder

    made = make_backup(database.file, "daily", START)
    outcome = copy_to_second_folder(database.file, made, tmp_path / "not-plugged-in", START)
    assert outcome is SecondCopy.FOLDER_MISSING
    assert made.exists()
