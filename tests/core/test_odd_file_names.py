"""The file the user chose is the file that is opened, whatever its name (issue 10, point 3).

Downloaded and mailed files often carry ``%20``, ``?`` or ``#`` in their names; a URL parser
would decode or cut them and SQLite would open (and create) another file beside it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.backup import list_backups, make_backup, restore_backup
from servicepunkt_gui.core.db import integrity_problems
from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.core.first_screen import read_first_screen
from servicepunkt_gui.core.versions import HEAD_REVISION, REFERENCE_VERSION_KEY
from servicepunkt_gui.store import open_store

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

ODD_NAMES = {
    "space": "mina anteckningar.sqlite3",
    "percent-20": "anteckningar%20kopia.sqlite3",
    "percent-utf8": "m%C3%B6te.sqlite3",
    "percent-bad": "100%.sqlite3",
    "percent-zz": "a%zz%2.sqlite3",
    "question": "fråga?.sqlite3",
    "query-like": "notes?mode=ro&cache=shared.sqlite3",
    "hash": "nummer#1.sqlite3",
    "hash-and-question": "a#b?c.sqlite3",
    "non-ascii": "Örnsköldsvik – möte 2026 ✓.sqlite3",
    "semicolon-plus": "a;b+c=d&e.sqlite3",
    "leading-file-uri": "file:anteckningar.sqlite3",
    "no-suffix": "anteckningar",
    "memory-name": ":memory:",
    # 200 bytes of name: the backups' longer names and -journal/-wal still fit in 255.
    "very-long": "ö" * 96 + ".sqlite3",
}
if sys.platform.startswith("linux"):  # other systems refuse names that are not UTF-8
    ODD_NAMES["not-utf8"] = os.fsdecode(b"caf\xe9 \xff\xfe.sqlite3")


def _assert_only_database_files(folder: Path, name: str) -> None:
    allowed = {name, f"{name}-wal", f"{name}-shm", f"{name}-journal", "backups"}
    assert {entry.name for entry in folder.iterdir()} <= allowed
    assert (folder / name).is_file()


def _bodies(path: Path) -> list[str]:
    # sqlite3.connect with a plain path (no URI) opens exactly that file.
    connection = sqlite3.connect(os.fspath(path))
    try:
        return sorted(row[0] for row in connection.execute("SELECT body FROM note"))
    finally:
        connection.close()


def _file_url_pool() -> type:
    """The pool SQLAlchemy picks for a file database (it would pick another for memory)."""
    engine = create_engine(URL.create("sqlite", database="/nowhere/servicepunkt.sqlite3"))
    return type(engine.pool)


def _write_close_reopen(path: Path) -> None:
    database = open_store(path)
    try:
        assert database.file == path
        assert type(database.engine.pool) is _file_url_pool()
        with database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Anteckningen finns kvar"))
    finally:
        database.close()
    _assert_only_database_files(path.parent, path.name)

    database = open_store(path)
    try:
        with database.read_session() as session:
            listed = notes.list_notes(session, "2284")
        assert [n.preview for n in listed] == ["Anteckningen finns kvar"]
        with database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Andra"))
    finally:
        database.close()
    assert _bodies(path) == ["Andra", "Anteckningen finns kvar"]
    _assert_only_database_files(path.parent, path.name)


def _backup_check_restore(path: Path) -> None:
    assert integrity_problems(path) == []
    backup = make_backup(path, "manual")
    assert backup.parent == path.parent / "backups"
    assert _bodies(backup) == ["Andra", "Anteckningen finns kvar"]
    assert integrity_problems(backup) == []
    assert [b.path for b in list_backups(path)] == [backup]

    database = open_store(path)
    try:
        with database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Efter säkerhetskopian"))
    finally:
        database.close()
    restore_backup(path, backup)
    assert _bodies(path) == ["Andra", "Anteckningen finns kvar"]
    _assert_only_database_files(path.parent, path.name)


@pytest.mark.parametrize("name", list(ODD_NAMES.values()), ids=list(ODD_NAMES))
def test_a_file_with_an_odd_name_is_the_file_that_is_used(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    path = folder / name
    _write_close_reopen(path)
    _backup_check_restore(path)


@pytest.mark.parametrize("name", list(ODD_NAMES.values()), ids=list(ODD_NAMES))
def test_an_existing_file_with_an_odd_name_is_read_for_the_first_screen(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / "folder" / name
    path.parent.mkdir()
    open_store(path).close()
    first = read_first_screen(path, HEAD_REVISION, _reference_version(path))
    assert first is not None
    assert len(first.municipalities) == 290
    _assert_only_database_files(path.parent, name)


def _reference_version(path: Path) -> str:
    connection = sqlite3.connect(os.fspath(path))
    try:
        (value,) = connection.execute(
            "SELECT value FROM meta WHERE key = ?", (REFERENCE_VERSION_KEY,)
        ).fetchone()
        return str(value)
    finally:
        connection.close()


def test_an_odd_folder_name_works_too(tmp_path: Path) -> None:
    folder = tmp_path / "parent" / "Hämtade filer %20 ?x=1 #2"
    folder.mkdir(parents=True)
    path = folder / "servicepunkt.sqlite3"
    _write_close_reopen(path)
    _backup_check_restore(path)
    assert [entry.name for entry in folder.parent.iterdir()] == [folder.name]


# SQLite's Unix VFS takes paths of up to about 505 bytes (512 with the "-journal" it adds);
# a backup's path is about 50 bytes longer than the database's (backups/<stem>.<time>.<kind>).
SQLITE_PATH_LIMIT = 450


def _long_folder(base: Path, total_bytes: int) -> Path:
    folder = base
    part = 0
    while len(os.fsencode(folder / "servicepunkt.sqlite3")) < total_bytes - 40:
        folder = folder / f"mapp {part:02d} %41 ?#{'å' * 15}"
        part += 1
    return folder


def test_a_long_path_works(tmp_path: Path) -> None:
    folder = _long_folder(tmp_path / "parent", SQLITE_PATH_LIMIT)
    folder.mkdir(parents=True)
    path = folder / "servicepunkt.sqlite3"
    assert SQLITE_PATH_LIMIT - 50 < len(os.fsencode(path)) <= SQLITE_PATH_LIMIT
    _write_close_reopen(path)
    _backup_check_restore(path)


def test_a_path_too_long_for_sqlite_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    folder = _long_folder(tmp_path / "parent", 900)
    folder.mkdir(parents=True)
    path = folder / "servicepunkt.sqlite3"
    with pytest.raises(DatabaseOpenError):
        open_store(path)
    assert list(folder.iterdir()) == []
