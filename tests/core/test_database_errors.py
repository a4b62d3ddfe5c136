"""Files the app must refuse, each left exactly as it was."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from servicepunkt_gui.core import db
from servicepunkt_gui.core.db import open_database
from servicepunkt_gui.core.errors import (
    DatabaseFromNewerVersionError,
    DatabaseLocationNotWritableError,
    DatabaseOpenError,
    NotAServicepunktDatabaseError,
)


def _folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _assert_refused_unchanged(path: Path, error: type[DatabaseOpenError]) -> DatabaseOpenError:
    """Opening ``path`` raises ``error``; the file and its folder stay byte-for-byte the same."""
    before = _folder_snapshot(path.parent)
    with pytest.raises(error) as info:
        open_database(path)
    assert _folder_snapshot(path.parent) == before
    assert info.value.path == path
    return info.value


@pytest.fixture
def real_database_bytes(tmp_path: Path) -> bytes:
    """The bytes of a real, closed Servicepunkt database."""
    path = tmp_path / "real" / "servicepunkt.sqlite3"
    open_database(path).close()
    return path.read_bytes()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder / "servicepunkt.sqlite3"


def test_empty_file_is_refused(target: Path) -> None:
    target.write_bytes(b"")
    _assert_refused_unchanged(target, NotAServicepunktDatabaseError)
    assert target.stat().st_size == 0


def test_random_bytes_are_refused(target: Path) -> None:
    target.write_bytes(random.Random(20240601).randbytes(64 * 1024))
    _assert_refused_unchanged(target, NotAServicepunktDatabaseError)


def test_text_file_is_refused(target: Path) -> None:
    target.write_text("kommunkod;namn\n0114;Upplands Väsby\n" * 20, encoding="utf-8")
    _assert_refused_unchanged(target, NotAServicepunktDatabaseError)


@pytest.mark.parametrize("length", [1000, 4096, 5000])
def test_truncated_database_is_refused(
    target: Path, real_database_bytes: bytes, length: int
) -> None:
    assert len(real_database_bytes) > length
    target.write_bytes(real_database_bytes[:length])
    error = _assert_refused_unchanged(target, NotAServicepunktDatabaseError)
    assert "malformed" in error.detail


def test_sqlite_file_of_another_program_is_refused(target: Path) -> None:
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoice (amount) VALUES (125.5)")
    connection.close()
    _assert_refused_unchanged(target, NotAServicepunktDatabaseError)
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT amount FROM invoice").fetchall() == [(125.5,)]
    connection.close()


def test_file_with_our_id_but_foreign_tables_is_refused(target: Path) -> None:
    # A rollback-journal file: switching it to WAL would rewrite its header.
    with sqlite3.connect(target) as connection:
        connection.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
        connection.execute("CREATE TABLE something_else (x)")
    connection.close()
    _assert_refused_unchanged(target, NotAServicepunktDatabaseError)


def test_directory_instead_of_file_is_refused(target: Path) -> None:
    target.mkdir()
    with pytest.raises(NotAServicepunktDatabaseError):
        open_database(target)
    assert target.is_dir()
    assert list(target.iterdir()) == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (e.g. root) can write into a read-only folder")
        yield folder
    finally:
        folder.chmod(0o700)


def test_new_database_in_read_only_folder_is_refused(read_only_folder: Path) -> None:
    path = read_only_folder / "servicepunkt.sqlite3"
    with pytest.raises(DatabaseLocationNotWritableError):
        open_database(path)
    assert list(read_only_folder.iterdir()) == []


def test_existing_database_in_read_only_folder_is_refused(
    tmp_path: Path, real_database_bytes: bytes
) -> None:
    folder = tmp_path / "read-only-existing"
    folder.mkdir()
    path = folder / "servicepunkt.sqlite3"
    path.write_bytes(real_database_bytes)
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (e.g. root) can write into a read-only folder")
        _assert_refused_unchanged(path, DatabaseLocationNotWritableError)
    finally:
        folder.chmod(0o700)


def test_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    """Works as root too: no permission can make a regular file into a folder."""
    blocker = tmp_path / "file.txt"
    blocker.write_text("inte en mapp\n", encoding="utf-8")
    path = blocker / "servicepunkt.sqlite3"

    with pytest.raises(DatabaseLocationNotWritableError) as info:
        open_database(path)

    assert info.value.path == path
    assert blocker.read_bytes() == b"inte en mapp\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "home"]


def test_folder_below_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseLocationNotWritableError):
        open_database(blocker / "sub" / "deeper" / "servicepunkt.sqlite3")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_database_from_newer_version_is_refused(target: Path) -> None:
    open_database(target, app_version="7.3.0").close()
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()

    error = _assert_refused_unchanged(target, DatabaseFromNewerVersionError)

    assert isinstance(error, DatabaseFromNewerVersionError)
    assert error.revision == "9999_future"
    assert error.written_by == "7.3.0"
    backups = [p for p in target.parent.iterdir() if "before-upgrade" in p.name]
    assert backups == []


def test_database_from_newer_version_without_app_version(target: Path) -> None:
    open_database(target).close()
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()

    error = _assert_refused_unchanged(target, DatabaseFromNewerVersionError)

    assert isinstance(error, DatabaseFromNewerVersionError)
    assert error.written_by is None


def test_refused_file_can_be_opened_after_it_is_replaced(
    target: Path, real_database_bytes: bytes
) -> None:
    """A refusal leaves no lock or stray file behind that would block the next attempt."""
    target.write_bytes(b"garbage" * 100)
    with pytest.raises(NotAServicepunktDatabaseError):
        open_database(target)
    target.write_bytes(real_database_bytes)
    database = open_database(target)
    database.close()
