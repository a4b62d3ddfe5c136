"""A second writer waits instead of failing (issue 10, point 7).

Units of work begin with ``BEGIN IMMEDIATE``: they take the write lock before their first
read, so SQLite's busy timeout applies. A deferred ``BEGIN`` that reads and then writes
fails at once with "database is locked" when another connection wrote in between.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import StorageError

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

OTHER_PROGRAM_SECONDS = 2.0


def _other_program(path: Path, stop: threading.Event, started: threading.Event) -> list[int]:
    """Writes the same file in a loop, as a sync tool or a second copy of a script would."""
    counts = [0, 0]  # committed, failed
    connection = sqlite3.connect(os.fspath(path), isolation_level=None, timeout=5.0)
    try:
        started.set()
        deadline = time.monotonic() + OTHER_PROGRAM_SECONDS
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('other_program', ?)",
                    (str(counts[0]),),
                )
                time.sleep(0.002)  # holds the write lock a moment, as real writers do
                connection.execute("COMMIT")
                counts[0] += 1
            except sqlite3.OperationalError:
                counts[1] += 1
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
            time.sleep(0.001)
    finally:
        connection.close()
    return counts


def _run_with_other_program(database: Database, unit_of_work: object) -> tuple[int, int, list[int]]:
    stop, started = threading.Event(), threading.Event()
    result: list[list[int]] = []
    other = threading.Thread(
        target=lambda: result.append(_other_program(database.file, stop, started))
    )
    other.start()
    started.wait(5)
    saved = failed = 0
    deadline = time.monotonic() + OTHER_PROGRAM_SECONDS
    try:
        while time.monotonic() < deadline:
            try:
                unit_of_work()  # type: ignore[operator]
                saved += 1
            except StorageError:
                failed += 1
            time.sleep(0.002)  # leaves the other program its turns even on a busy machine
    finally:
        stop.set()
        other.join(10)
    return saved, failed, result[0]


def test_saves_wait_for_another_program_writing_the_same_file(database: Database) -> None:
    def save() -> None:
        with database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Medan ett annat program skriver"))

    saved, failed, (other_committed, _other_failed) = _run_with_other_program(database, save)
    assert other_committed > 0, "the other program must really have written meanwhile"
    assert saved > 10
    assert failed == 0, f"{failed} of {saved + failed} saves failed with 'database is locked'"
    with database.session() as session:
        assert notes.count_notes(session, "2284") == saved


def test_reads_neither_wait_for_nor_block_another_writer(database: Database) -> None:
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Finns"))
    held = threading.Event()
    release = threading.Event()

    def long_read() -> None:
        with database.read_session() as session:
            notes.list_notes(session, "2284")
            held.set()
            release.wait(10)  # a long search in the worker thread

    reader = threading.Thread(target=long_read)
    reader.start()
    assert held.wait(5)
    try:
        other = sqlite3.connect(os.fspath(database.file), isolation_level=None, timeout=0.2)
        try:
            # Another writer (here another program) gets the write lock at once.
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('x', 'y')")
            other.execute("COMMIT")
        finally:
            other.close()
        started = time.monotonic()
        with database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Under sökningen"))
        assert time.monotonic() - started < 1.0
    finally:
        release.set()
        reader.join(10)
    with database.read_session() as session:
        assert notes.count_notes(session, "2284") == 2
