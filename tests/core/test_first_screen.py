"""The first screen read with plain sqlite3 shows exactly what the ORM read shows."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.first_screen import read_first_screen
from servicepunkt_gui.core.municipalities import list_counties, list_municipalities, set_mine
from servicepunkt_gui.core.versions import HEAD_REVISION, data_version
from servicepunkt_gui.core.vocabulary import ActionStatus, PlanStage
from servicepunkt_gui.resources import resource_path

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schema_versions"
TODAY = dt.date(2026, 12, 1)


def _version() -> str:
    return data_version(resource_path("data"))


def _fill(database: Database) -> None:
    """Notes (one in the trash), mine, current and old plans, actions of every status."""
    with database.session() as session:
        for body in ("Möte i Bjästa", "Hemsändning", "Papperskorgen"):
            note = notes.create_note(session, "2284", notes.NoteInput(body))
        notes.delete_note(session, note.id)
        notes.create_note(session, "0180", notes.NoteInput("Stockholm"))
        set_mine(session, "2284", True)
        set_mine(session, "1737", True)
        old = plans.create_plan(session, "2284", plans.PlanInput("Gammal", 2015, 2019), "Anna")
        plan = plans.create_plan(
            session,
            "2284",
            plans.PlanInput(
                "Serviceplan 2025–2028",
                2025,
                2028,
                next_follow_up=dt.date(2026, 11, 30),
                revise_by=dt.date(2027, 1, 1),
            ),
            "Anna",
        )
        plans.make_current(session, plan.id)
        plans.set_stage(session, plan.id, PlanStage.ADOPTED, "Anna", dt.date(2025, 6, 12), "")
        for status in (*ActionStatus, ActionStatus.DONE):
            actions.add_action(session, plan.id, actions.ActionInput("Åtgärd", status=status))
        trashed = actions.add_action(session, plan.id, actions.ActionInput("Borta"))
        actions.delete_action(session, trashed.id)
        actions.add_action(session, old.id, actions.ActionInput("Gammal åtgärd"))
        plans.create_plan(session, "0880", plans.PlanInput("Kalmar", 2024, 2027), "Bo")


def test_same_rows_as_the_orm(database: Database) -> None:
    _fill(database)
    database.engine.dispose()  # closed, as at a start: no -wal left beside the file
    first = read_first_screen(database.file, HEAD_REVISION, _version(), today=TODAY)
    assert first is not None
    with database.session() as session:
        assert first.counties == list_counties(session)
        assert first.municipalities == list_municipalities(session, today=TODAY)
    by_code = {row.code: row for row in first.municipalities}
    assert by_code["2284"].note_count == 2 and by_code["2284"].is_mine
    assert by_code["2284"].plan is not None and by_code["2284"].plan.actions_total == 4
    assert by_code["2284"].plan.follow_up_overdue and not by_code["2284"].plan.revision_overdue


def test_a_file_that_needs_work_takes_the_ordinary_path(database: Database, tmp_path: Path) -> None:
    path = database.file
    database.close()
    assert read_first_screen(path, HEAD_REVISION, _version()) is not None
    # A newer shipped reference data set, or a schema this version would migrate:
    assert read_first_screen(path, HEAD_REVISION, "a newer version") is None
    assert read_first_screen(path, "0099_future", _version()) is None
    older = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMAS / "0004_trash_versions_drafts.sqlite3", older)
    assert read_first_screen(older, HEAD_REVISION, _version()) is None
    # No file yet, somebody else's SQLite file, not a database at all:
    assert read_first_screen(tmp_path / "new.sqlite3", HEAD_REVISION, _version()) is None
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert read_first_screen(foreign, HEAD_REVISION, _version()) is None
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert read_first_screen(text, HEAD_REVISION, _version()) is None


def test_a_file_without_reference_data_takes_the_ordinary_path(db_path: Path) -> None:
    open_database(db_path).close()  # migrated, but the reference data is not loaded yet
    assert read_first_screen(db_path, HEAD_REVISION, _version()) is None


def test_reading_the_first_screen_imports_no_sqlalchemy() -> None:
    script = (
        "import sys; import servicepunkt_gui.core.first_screen, servicepunkt_gui.core.versions; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_leftover_wal_takes_the_ordinary_open(database: Database) -> None:
    """A crash's or another file's -wal is checked by open_database before SQLite reads it."""
    _fill(database)  # the database is still open: its -wal is beside it, as after a crash
    assert read_first_screen(database.file, HEAD_REVISION, _version(), today=TODAY) is None
