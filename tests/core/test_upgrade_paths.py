"""Databases written by earlier releases upgrade to the newest schema with data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from servicepunkt_gui.core import notes, plans
from servicepunkt_gui.core.db import HEAD_REVISION, open_database
from servicepunkt_gui.core.municipalities import get_municipality

RELEASED = Path(__file__).resolve().parents[1] / "data" / "schema_versions"


@pytest.mark.parametrize("released", sorted(RELEASED.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_released_database_upgrades_with_notes_intact(released: Path, tmp_path: Path) -> None:
    path = tmp_path / released.name
    shutil.copy(released, path)
    with sqlite3.connect(released) as original:
        stored = original.execute(
            "SELECT id, body, title, created_at FROM note ORDER BY id"
        ).fetchall()
    assert stored, "the committed file holds notes to carry over"

    database = open_database(path)
    try:
        with sqlite3.connect(path) as upgraded:
            assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == (
                HEAD_REVISION,
            )
            assert (
                upgraded.execute(
                    "SELECT id, body, title, created_at FROM note ORDER BY id"
                ).fetchall()
                == stored
            )
            assert upgraded.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        with database.session() as session:
            orn = get_municipality(session, "2284")
            assert orn is not None and orn.is_mine and orn.note_count == 2
            # The new parts of the schema work on the upgraded file.
            plan = plans.create_plan(
                session, "2284", plans.PlanInput("Serviceplan 2026–2030", 2026, 2030), "Anna"
            )
            notes.create_note(session, "2284", notes.NoteInput("Om planen", plan_id=plan.id))
    finally:
        database.close()
    backups = list(tmp_path.glob("*.before-upgrade-*"))
    assert len(backups) == 1, "the original was backed up before migrating"


def test_reopening_an_upgraded_file_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED / "0001_initial.sqlite3", path)
    open_database(path).close()
    open_database(path).close()
    assert len(list(tmp_path.glob("*.before-upgrade-*"))) == 1
