"""Opening a database file: creation, pragmas, permissions, reopening."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import db
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.notes import NoteInput, create_note, get_note
from servicepunkt_gui.core.paths import (
    HOME_OVERRIDE_ENV,
    data_dir,
    default_database_path,
    log_dir,
    settings_file,
)

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only


def _pragma(database: Database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def _revision(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def test_head_revision_constant_matches_migrations_folder() -> None:
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [db.HEAD_REVISION]


def test_new_path_creates_file_at_head_revision(db_path: Path) -> None:
    assert not db_path.parent.exists()

    database = open_database(db_path)
    try:
        assert db_path.is_file()
        assert database.file == db_path
        assert _revision(database) == [db.HEAD_REVISION]
    finally:
        database.close()


def test_new_database_pragmas(empty_database: Database) -> None:
    assert _pragma(empty_database, "journal_mode") == "wal"
    assert _pragma(empty_database, "foreign_keys") == 1
    assert _pragma(empty_database, "application_id") == db.APPLICATION_ID


def test_application_id_is_in_file_header(empty_database: Database, db_path: Path) -> None:
    empty_database.close()
    header = db_path.read_bytes()[:100]
    assert header.startswith(db.SQLITE_HEADER)
    assert int.from_bytes(header[68:72], "big") == db.APPLICATION_ID


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_new_file_readable_only_by_owner(empty_database: Database, db_path: Path) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_reopen_keeps_data_and_does_not_migrate_again(db_path: Path) -> None:
    database = open_database(db_path, app_version="1.0.0")
    with database.session() as session:
        session.execute(text("INSERT INTO meta (key, value) VALUES ('probe', 'kept')"))
    database.close()
    files_before = sorted(p.name for p in db_path.parent.iterdir())

    reopened = open_database(db_path, app_version="1.0.0")
    try:
        assert _revision(reopened) == [db.HEAD_REVISION]
        with reopened.engine.connect() as connection:
            probe = connection.execute(text("SELECT value FROM meta WHERE key='probe'")).scalar()
        assert probe == "kept"
        assert _pragma(reopened, "journal_mode") == "wal"
        assert _pragma(reopened, "foreign_keys") == 1
    finally:
        reopened.close()
    # A migration of an existing file would first leave a "before-upgrade" copy beside it.
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before


def test_reopen_of_current_file_does_not_even_import_alembic(db_path: Path) -> None:
    open_database(db_path).close()
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from servicepunkt_gui.core.db import open_database\n"
        "open_database(Path(sys.argv[1])).close()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == []


def test_app_version_is_recorded_when_the_schema_is_written(db_path: Path) -> None:
    """The version that created or upgraded the schema is kept; plain opens write nothing."""
    open_database(db_path, app_version="1.0.0").close()
    before = db_path.read_bytes()
    open_database(db_path, app_version="1.1.0").close()
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT value FROM meta WHERE key='app_version'").fetchall()
    connection.close()
    assert rows == [("1.0.0",)]
    assert db_path.read_bytes() == before


def test_foreign_keys_are_enforced(empty_database: Database) -> None:
    with pytest.raises(IntegrityError), empty_database.session() as session:
        session.execute(
            text(
                "INSERT INTO municipality (code, name, short_name, county_code) "
                "VALUES ('9999', 'Ingenstans kommun', 'Ingenstans', '99')"
            )
        )


def test_data_written_in_one_session_is_on_disk_after_close(database: Database) -> None:
    with database.session() as session:
        note = create_note(
            session,
            "0114",
            NoteInput(body="Möte om dagligvaror", concerns_date=dt.date(2025, 1, 2)),
        )
    database.close()

    reopened = open_database(database.file)
    try:
        with reopened.session() as session:
            again = get_note(session, note.id)
        assert again == note
    finally:
        reopened.close()


def test_default_paths_follow_home_override(isolated_home: Path) -> None:
    assert os.environ[HOME_OVERRIDE_ENV] == str(isolated_home)
    assert data_dir() == isolated_home / "data"
    assert default_database_path().parent == isolated_home / "data"
    assert log_dir() == isolated_home / "logs"
    assert settings_file().parent == isolated_home


def test_servicepunkt_file_in_rollback_journal_mode_is_switched_to_wal(db_path: Path) -> None:
    """E.g. a copy made by a tool that wrote it back in the classic journal mode."""
    open_database(db_path).close()
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    connection.close()

    database = open_database(db_path)
    try:
        assert _pragma(database, "journal_mode") == "wal"
        assert _revision(database) == [db.HEAD_REVISION]
    finally:
        database.close()
