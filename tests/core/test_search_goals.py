"""Goals are searchable (migration 0008): found by their title, also in upgraded files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from servicepunkt_gui.core import actions, plans, trash
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.search import search

RELEASED = Path(__file__).resolve().parents[1] / "data" / "schema_versions"


def _goal_hits(database: Database, query: str) -> list[tuple[str, str, str | None, str]]:
    with database.read_session() as session:
        return [
            (hit.item_id, hit.municipality_name, hit.plan_id, hit.title)
            for hit in search(session, query)
            if hit.kind == "goal"
        ]


def test_a_goal_is_found_by_its_title_and_leads_to_its_plan(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "1730", plans.PlanInput("Plan för Eda", 2025, 2030), "A")
        goal = actions.add_goal(session, plan.id, "Drivmedel inom 30 kilometer")
        sub = actions.add_goal(session, plan.id, "Tankautomat i Koppom", goal.id)
    assert _goal_hits(database, "drivmed") == [
        (goal.id, "Eda", plan.id, "Drivmedel inom 30 kilometer")
    ]
    assert [hit[0] for hit in _goal_hits(database, "koppom")] == [sub.id]

    with database.session() as session:
        actions.rename_goal(session, goal.id, "Laddstolpar inom 30 kilometer")
    assert _goal_hits(database, "drivmedel") == []
    assert [hit[0] for hit in _goal_hits(database, "laddstolpar")] == [goal.id]

    # In the trash, with its sub-goals: not found; restored: found again.
    with database.session() as session:
        actions.delete_goal(session, goal.id)
    assert _goal_hits(database, "laddstolpar") == [] and _goal_hits(database, "koppom") == []
    with database.session() as session:
        trash.restore(session, "goal", goal.id)
    assert [hit[0] for hit in _goal_hits(database, "koppom")] == [sub.id]
    # The plan in the trash takes its goals out of search too.
    with database.session() as session:
        plans.delete_plan(session, plan.id)
    assert _goal_hits(database, "koppom") == []


def test_goals_of_an_upgraded_file_are_found(tmp_path: Path) -> None:
    released = RELEASED / "0004_trash_versions_drafts.sqlite3"
    with sqlite3.connect(released) as original:
        [(goal_id, plan_id, title)] = original.execute(
            "SELECT id, plan_id, title FROM plan_goal"
        ).fetchall()
    path = tmp_path / released.name
    shutil.copy(released, path)
    database = open_database(path)
    try:
        assert _goal_hits(database, "dagligvaror") == [(goal_id, "Örnsköldsvik", plan_id, title)]
        with database.session() as session:  # and new goals from now on
            actions.add_goal(session, plan_id, "Apoteksombud i Bredbyn")
        assert [hit[3] for hit in _goal_hits(database, "apoteksombud")] == [
            "Apoteksombud i Bredbyn"
        ]
    finally:
        database.close()
