"""Backups with SQLite's backup API: consistent while in use, rolling, restorable."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.backup import (
    list_backups,
    make_backup,
    make_daily_backup,
    restore_backup,
)
from servicepunkt_gui.core.db import Database, open_database

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only


def _bodies(path: object) -> list[str]:
    with sqlite3.connect(str(path)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT body FROM note"))


def test_backup_of_a_live_database_holds_every_committed_note(database: Database) -> None:
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Före säkerhetskopian"))
    # The note is still only in the -wal file: a plain file copy would miss it.
    backup = make_backup(database.file, "manual")
    assert _bodies(backup) == ["Före säkerhetskopian"]
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    if os.name == "posix":
        assert backup.stat().st_mode & 0o777 == 0o600
    assert [b.kind for b in list_backups(database.file)] == ["manual"]


def test_daily_backups_once_a_day(database: Database) -> None:
    """Which ones are kept: tests/core/test_backups_trusted.py."""
    start = dt.datetime(2026, 11, 1, 9, 0)
    assert make_daily_backup(database.file, start) is not None
    assert make_daily_backup(database.file, start + dt.timedelta(hours=3)) is None
    for day in range(1, 10):
        make_daily_backup(database.file, start + dt.timedelta(days=day))
    dailies = [b for b in list_backups(database.file) if b.kind == "daily"]
    assert dailies[0].made_at.date() == dt.date(2026, 11, 10)
    assert len({b.made_at.date() for b in dailies}) == len(dailies)


def test_restore_puts_the_backup_back_and_keeps_what_was_there(database: Database) -> None:
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Första"))
    backup = make_backup(database.file, "manual")
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Efter säkerhetskopian"))
    database.close()

    safety = restore_backup(database.file, backup)
    assert _bodies(database.file) == ["Första"]
    assert _bodies(safety) == ["Efter säkerhetskopian", "Första"]
    reopened = open_database(database.file)
    try:
        with reopened.session() as session:
            assert notes.count_notes(session, "2284") == 1
    finally:
        reopened.close()


def test_restore_over_a_damaged_file_keeps_its_bytes(database: Database) -> None:
    backup = make_backup(database.file, "manual")
    database.close()
    damaged = b"this is not a database any more" * 100
    database.file.write_bytes(damaged)
    safety = restore_backup(database.file, backup)
    assert safety.read_bytes() == damaged
    open_database(database.file).close()
