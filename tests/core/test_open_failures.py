"""Every failure at start and during an upgrade is a DatabaseOpenError that says what to do.

Full disks are real where they can be: SQLite's max_page_count for the migration, an
OSError(ENOSPC) from the copy at the OS boundary (shutil) for the pre-upgrade copy.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import HEAD_REVISION, integrity_problems, open_database, read_only_uri
from servicepunkt_gui.core.errors import (
    BackupFolderNotWritableError,
    CopyBackIncompleteError,
    DatabaseDiskFullError,
    DatabaseLocationNotWritableError,
    DatabaseLockedError,
)

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

RELEASED = Path(__file__).resolve().parents[1] / "data" / "schema_versions"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A file of the first release: opening it upgrades it."""
    path = tmp_path / "portable" / "servicepunkt.sqlite3"
    path.parent.mkdir()
    shutil.copy(RELEASED / "0001_initial.sqlite3", path)
    return path


def _revision(path: Path) -> str:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def _pre_upgrade_copies(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob("*.before-upgrade-*.sqlite3"))


def _fail_copies_to(
    monkeypatch: pytest.MonkeyPatch, error: int, beside: Path | None = None
) -> list[str]:
    """Every shutil copy fails with ``error`` as the OS would raise it; with ``beside``,
    only copies into the file's own folder (the copy back, under any temporary name)."""
    real_copyfile, real_copyfileobj = shutil.copyfile, shutil.copyfileobj
    attempts: list[str] = []

    def fails(target: object) -> bool:
        name = Path(str(target))
        if beside is None or (name.parent == beside.parent and name.name.startswith(beside.name)):
            attempts.append(str(target))
            return True
        return False

    def copyfile(src: object, dst: object, *args: object, **kwargs: object) -> object:
        if fails(dst):
            raise OSError(error, os.strerror(error), str(dst))
        return real_copyfile(src, dst, *args, **kwargs)  # type: ignore[arg-type, type-var]

    def copyfileobj(src: object, dst: object, *args: object, **kwargs: object) -> None:
        if fails(getattr(dst, "name", "")):
            raise OSError(error, os.strerror(error))
        real_copyfileobj(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", copyfile)
    monkeypatch.setattr(shutil, "copyfileobj", copyfileobj)
    return attempts


def test_a_full_disk_during_the_pre_upgrade_copy(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old_file.read_bytes()
    attempts = _fail_copies_to(monkeypatch, errno.ENOSPC)
    with pytest.raises(DatabaseDiskFullError) as info:
        open_database(old_file)
    assert attempts, "the copy was tried"
    assert info.value.folder == old_file.parent / "backups"
    assert old_file.read_bytes() == before  # not upgraded without its copy
    monkeypatch.undo()
    open_database(old_file).close()  # with room again it upgrades
    assert _revision(old_file) == HEAD_REVISION


@pytest.fixture
def small_disk(old_file: Path) -> Iterator[None]:
    """SQLite may not grow the file by one page: as a full disk does to a migration."""

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(Engine, "connect", limit)


def test_a_full_disk_during_the_migration(old_file: Path, small_disk: None) -> None:
    before = old_file.read_bytes()
    with pytest.raises(DatabaseDiskFullError) as info:
        open_database(old_file)
    assert info.value.folder == old_file.parent
    assert old_file.read_bytes() == before  # the original is back
    assert len(_pre_upgrade_copies(old_file)) == 1


def test_a_backups_folder_that_cannot_be_made_refuses_the_upgrade(old_file: Path) -> None:
    """Works as root too: a file named "backups" blocks the folder."""
    (old_file.parent / "backups").write_text("ingen mapp", encoding="utf-8")
    before = old_file.read_bytes()
    with pytest.raises(BackupFolderNotWritableError) as info:
        open_database(old_file)
    assert isinstance(info.value, DatabaseLocationNotWritableError)
    assert info.value.folder == old_file.parent / "backups"
    assert old_file.read_bytes() == before


def test_a_backups_folder_without_write_permission_refuses_before_migrating(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root may write anywhere, so os.access answers as for another user's folder."""
    backups = old_file.parent / "backups"
    backups.mkdir()
    real_access = os.access

    def access(target: object, mode: int, **kwargs: object) -> bool:
        if Path(str(target)) == backups:
            return False
        return real_access(target, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    attempts = _fail_copies_to(monkeypatch, errno.EACCES)
    before = old_file.read_bytes()
    with pytest.raises(BackupFolderNotWritableError):
        open_database(old_file)
    assert attempts == []  # refused before copying anything
    assert old_file.read_bytes() == before


def test_a_read_only_portable_folder(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access

    def access(target: object, mode: int, **kwargs: object) -> bool:
        if Path(str(target)) == old_file.parent and mode & os.W_OK:
            return False
        return real_access(target, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(DatabaseLocationNotWritableError):
        open_database(old_file)


def test_another_program_writing_during_the_upgrade_is_try_again(old_file: Path) -> None:
    other = sqlite3.connect(old_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO meta (key, value) VALUES ('other_program', 'skriver')")
        with pytest.raises(DatabaseLockedError):
            open_database(old_file, busy_timeout_ms=50)
        assert _pre_upgrade_copies(old_file) == []  # refused before copying a file in use
        other.execute("COMMIT")  # its work is not overwritten by a copy put back
    finally:
        other.close()
    with sqlite3.connect(old_file) as check:
        assert check.execute("SELECT value FROM meta WHERE key = 'other_program'").fetchone()
    check.close()
    open_database(old_file).close()
    assert _revision(old_file) == HEAD_REVISION


def test_another_program_holding_the_file_at_the_first_read_is_try_again(old_file: Path) -> None:
    other = sqlite3.connect(old_file, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError):
            open_database(old_file, busy_timeout_ms=50)
    finally:
        other.close()


BROKEN_MIGRATION = """
from alembic import op

revision = "0099_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE note SET body = 'overwritten'")
    raise RuntimeError("migration fails after writing")


def downgrade() -> None:
    pass
"""


def _break_the_next_migration(tmp_path: Path) -> Path:
    from servicepunkt_gui.core import db

    broken = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, broken, ignore=shutil.ignore_patterns("__pycache__"))
    (broken / "versions" / "0099_broken.py").write_text(
        BROKEN_MIGRATION.replace("{head}", HEAD_REVISION), encoding="utf-8"
    )
    return broken


def _note_count(path: Path) -> int:
    database = open_database(path)
    try:
        with database.read_session() as session:
            return notes.count_notes(session, "2284")
    finally:
        database.close()


def test_a_copy_back_that_fails_is_finished_at_the_next_open(
    old_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicepunkt_gui.core import db

    open_database(old_file).close()  # today's schema
    monkeypatch.setattr(db, "MIGRATIONS_DIR", _break_the_next_migration(tmp_path))
    monkeypatch.setattr(db, "HEAD_REVISION", "0099_broken")
    _fail_copies_to(monkeypatch, errno.ENOSPC, beside=old_file)
    with pytest.raises(CopyBackIncompleteError) as info:
        open_database(old_file)
    assert info.value.backup in _pre_upgrade_copies(old_file)
    monkeypatch.undo()
    # What a copy back cut short leaves when it writes over the file itself: half of it.
    data = old_file.read_bytes()
    old_file.write_bytes(data[: len(data) // 2])
    assert _note_count(old_file) == 2  # the next open puts the copy back first
    assert not old_file.with_name(f"{old_file.name}.copy-back").exists()


def test_a_copy_back_whose_copy_is_gone_says_so(
    old_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicepunkt_gui.core import db

    open_database(old_file).close()
    monkeypatch.setattr(db, "MIGRATIONS_DIR", _break_the_next_migration(tmp_path))
    monkeypatch.setattr(db, "HEAD_REVISION", "0099_broken")
    _fail_copies_to(monkeypatch, errno.ENOSPC, beside=old_file)
    with pytest.raises(CopyBackIncompleteError) as info:
        open_database(old_file)
    monkeypatch.undo()
    info.value.backup.unlink()
    with pytest.raises(CopyBackIncompleteError) as again:
        open_database(old_file)
    assert again.value.backup == info.value.backup


KILLED_COPY_BACK = """
import os, shutil, sys
from pathlib import Path
from servicepunkt_gui.core import db

path, broken = Path(sys.argv[1]), Path(sys.argv[2])
db.MIGRATIONS_DIR, db.HEAD_REVISION = broken, "0099_broken"
real = shutil.copyfile

def copyfile(src, dst, *args, **kwargs):
    target = Path(dst)
    if target.parent == path.parent and target.name.startswith(path.name):
        # The copy back (under whatever temporary name): half of it, then killed.
        data = Path(src).read_bytes()
        with open(dst, "wb") as handle:
            handle.write(data[: len(data) // 2])
        os._exit(9)
    return real(src, dst, *args, **kwargs)

shutil.copyfile = copyfile
db.open_database(path)
"""


def test_a_kill_during_the_copy_back_is_repaired_at_the_next_open(
    old_file: Path, tmp_path: Path
) -> None:
    open_database(old_file).close()  # today's schema
    broken = _break_the_next_migration(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_COPY_BACK), str(old_file), str(broken)],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 9, result.stderr.decode(errors="replace")
    [copy] = [c for c in _pre_upgrade_copies(old_file) if HEAD_REVISION in c.name]
    assert _note_count(old_file) == 2
    assert old_file.read_bytes() == copy.read_bytes()  # put back whole
    assert integrity_problems(old_file) == []
    assert not list(old_file.parent.glob("*.copy-back"))
