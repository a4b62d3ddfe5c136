"""Databases written by earlier releases upgrade to the newest schema with data intact."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import actions, agreements, notes, places, plans, trash
from servicepunkt_gui.core.db import HEAD_REVISION, open_database
from servicepunkt_gui.core.municipalities import get_municipality
from servicepunkt_gui.core.search import search

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

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
    with sqlite3.connect(released) as original:
        tables = {row[0] for row in original.execute("SELECT name FROM sqlite_master")}
        goals = (
            original.execute("SELECT id, plan_id, parent_id, title FROM plan_goal").fetchall()
            if "plan_goal" in tables
            else []
        )

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
            assert search(session, "bredbyn")[0].municipality_name == "Örnsköldsvik"
            # The new parts of the schema work on the upgraded file.
            plan = plans.create_plan(
                session, "2284", plans.PlanInput("Serviceplan 2026–2030", 2026, 2030), "Anna"
            )
            notes.create_note(session, "2284", notes.NoteInput("Om planen", plan_id=plan.id))
            # Goals written before goals had a trash are all outside it, and can go there.
            for goal_id, plan_id, parent_id, title in goals:
                listed = actions.list_goals(session, plan_id)
                assert (goal_id, parent_id, title) in {(g.id, g.parent_id, g.title) for g in listed}
                actions.delete_goal(session, goal_id)
                assert goal_id in {item.id for item in trash.list_trash(session)}
                trash.restore(session, "goal", goal_id)
                assert len(actions.list_goals(session, plan_id)) == len(listed)
            goal = actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
            actions.delete_goal(session, goal.id)
            assert actions.list_goals(session, plan.id) == []
            # The register of places, agreements and grants (0010) works on it too, and the
            # database itself refuses what its CHECK constraints forbid.
            place = places.create_place(
                session, "2284", places.PlaceInput(name="Bredbyn Handel", org_number="5560360793")
            )
            notes.create_note(session, "2284", notes.NoteInput("Om butiken", place_id=place.id))
            agreements.create_agreement(
                session,
                place.id,
                agreements.AgreementInput(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
            )
            assert [p.org_number for p in places.list_places(session, "2284")] == ["556036-0793"]
            with pytest.raises(IntegrityError), session.begin_nested():
                session.execute(
                    text("UPDATE agreement SET ends_on = '2025-01-01' WHERE place_id = :p"),
                    {"p": place.id},
                )
    finally:
        database.close()
    backups = list((tmp_path / "backups").glob("*.before-upgrade-*"))
    if released.stem != HEAD_REVISION:
        assert len(backups) == 1, "the original was backed up before migrating"


def test_reopening_an_upgraded_file_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED / "0001_initial.sqlite3", path)
    open_database(path).close()
    open_database(path).close()
    assert len(list((tmp_path / "backups").glob("*.before-upgrade-*"))) == 1


BROKEN_MIGRATION = '''
"""A migration that fails half-way, to prove nothing half-migrated is left."""
from alembic import op

revision = "0099_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE half_done (x INTEGER)")
    op.execute("UPDATE note SET body = 'overwritten'")
    raise RuntimeError("migration fails after writing")


def downgrade() -> None:
    pass
'''


def test_failed_migration_puts_the_original_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicepunkt_gui.core import db
    from servicepunkt_gui.core.errors import DatabaseMigrationError

    path = tmp_path / "current.sqlite3"
    shutil.copy(RELEASED / "0001_initial.sqlite3", path)
    open_database(path).close()  # bring it to today's schema first
    original = path.read_bytes()

    broken = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, broken, ignore=shutil.ignore_patterns("__pycache__"))
    (broken / "versions" / "0099_broken.py").write_text(
        BROKEN_MIGRATION.replace("{head}", HEAD_REVISION), encoding="utf-8"
    )
    monkeypatch.setattr(db, "MIGRATIONS_DIR", broken)
    monkeypatch.setattr(db, "HEAD_REVISION", "0099_broken")
    with pytest.raises(DatabaseMigrationError):
        open_database(path)
    assert path.read_bytes() == original
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0

    monkeypatch.undo()
    database = open_database(path)
    try:
        with database.session() as session:
            assert notes.count_notes(session, "2284") == 2
    finally:
        database.close()


def test_the_copy_made_before_an_upgrade_is_offered_as_a_backup(tmp_path: Path) -> None:
    from servicepunkt_gui.core.backup import list_backups

    path = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED / "0001_initial.sqlite3", path)
    open_database(path).close()
    [backup] = list_backups(path)
    assert backup.kind == "before-upgrade-0001_initial"
    assert backup.path.read_bytes() == (RELEASED / "0001_initial.sqlite3").read_bytes()
