"""Locked, damaged and full databases: a clear error, and the file is not made worse."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database, integrity_problems, open_database
from servicepunkt_gui.core.errors import DatabaseLockedError, NotAServicepunktDatabaseError

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only


def test_database_locked_by_another_program(database: Database) -> None:
    path = database.file
    database.close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE meta SET value = value")
        before = path.read_bytes()
        with pytest.raises(DatabaseLockedError):
            open_database(path, busy_timeout_ms=100)
        assert path.read_bytes() == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    open_database(path).close()


def _corrupt_a_table_page(path: Path) -> None:
    """Overwrite the middle of the file, where note pages are, keeping the header intact."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle + 8 : middle + page - 8] = b"\xa5" * (page - 16)
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_reported_by_quick_check(database: Database) -> None:
    with database.session() as session:
        for number in range(400):
            notes.create_note(session, "2284", notes.NoteInput(f"Anteckning {number} " * 40))
    path = database.file
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert integrity_problems(path) == []
    _corrupt_a_table_page(path)
    damaged = path.read_bytes()
    assert integrity_problems(path) != []
    # Opening either refuses it or opens it without writing; never changes it.
    with contextlib.suppress(NotAServicepunktDatabaseError):
        open_database(path).close()
    assert integrity_problems(path) != []
    assert path.read_bytes() == damaged


def test_full_disk_refuses_the_save_and_keeps_the_database(database: Database) -> None:
    with database.session() as session:
        kept = notes.create_note(session, "2284", notes.NoteInput("Redan sparad"))

    @event.listens_for(database.engine, "connect")
    def _small_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()  # new connections get the full "disk"
    with pytest.raises(OperationalError, match="full"), database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("x" * 2_000_000))
    event.remove(database.engine, "connect", _small_disk)
    database.engine.dispose()
    with database.session() as session:
        assert [n.id for n in notes.list_notes(session, "2284")] == [kept.id]
    with sqlite3.connect(database.file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
