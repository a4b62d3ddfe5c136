"""Service plans: stages with history, goals, actions, delayed status, validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import actions, notes, overview, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.municipalities import get_municipality, set_mine
from servicepunkt_gui.core.validation import case_number_problem, parse_date

ADOPTED = plans.PlanInput(
    title="Serviceplan 2025–2030",
    first_year=2025,
    last_year=2030,
    adopted_by="municipal_council",
    adopted_on=dt.date(2025, 3, 24),
    paragraph="§ 45",
    case_number="KS 2024/0815",
    revise_by=dt.date(2029, 12, 31),
    next_follow_up=dt.date(2026, 3, 1),
    document="https://example.se/serviceplan.pdf",
)


def test_first_plan_is_current_and_history_starts(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "2284", ADOPTED, "Anna", today=dt.date(2025, 1, 10))
        older = plans.create_plan(
            session, "2284", plans.PlanInput("Serviceplan 2019–2024", 2019, 2024), "Anna"
        )
    assert plan.is_current and not older.is_current
    assert [h.stage for h in plan.history] == ["not_started"]
    assert plan.history[0].changed_on == dt.date(2025, 1, 10)
    assert plan.values == ADOPTED
    with database.session() as session:
        listed = plans.list_plans(session, "2284")
        assert [p.title for p in listed] == ["Serviceplan 2025–2030", "Serviceplan 2019–2024"]
        plans.make_current(session, older.id)
        assert [p.is_current for p in plans.list_plans(session, "2284")] == [False, True]


def test_stages_move_forward_and_back_keeping_history(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "2506", ADOPTED, "Anna", today=dt.date(2025, 1, 10))
        for stage in ("mapping", "dialogue", "draft", "consultation", "adopted"):
            plan = plans.set_stage(session, plan.id, stage, "Anna", dt.date(2025, 3, 24))
        plan = plans.set_stage(session, plan.id, "revision", "Per", comment="Ny butik i Jäckvik")
    assert plan.stage == "revision"
    assert [h.stage for h in plan.history] == [
        "not_started",
        "mapping",
        "dialogue",
        "draft",
        "consultation",
        "adopted",
        "revision",
    ]
    assert plan.history[-1].changed_by == "Per"
    assert plan.history[-1].comment == "Ny butik i Jäckvik"
    with database.session() as session, pytest.raises(ValidationError):
        plans.set_stage(session, plan.id, "finished", "Per")


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"title": "  "}, "title", "empty"),
        ({"first_year": 2030, "last_year": 2025}, "last_year", "period_end_before_start"),
        ({"first_year": 1800}, "first_year", "year_out_of_range"),
        ({"case_number": "hej"}, "case_number", "case_number_format"),
        ({"adopted_by": "riksdagen"}, "adopted_by", "unknown"),
    ],
)
def test_invalid_plans_are_refused(
    database: Database, changes: dict[str, object], field: str, reason: str
) -> None:
    values = {**ADOPTED.__dict__, **changes}
    bad = plans.PlanInput(**values)
    assert plans.plan_problems(bad)[field] == reason
    with database.session() as session, pytest.raises(ValidationError) as raised:
        plans.create_plan(session, "2284", bad, "Anna")
    assert raised.value.field == field


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE service_plan SET last_year = first_year - 1",
        "UPDATE service_plan SET stage = 'klar'",
        "UPDATE service_plan SET case_number = 'x'",
        "UPDATE plan_action SET cost_sek = -5",
        "UPDATE plan_action SET status = 'delayed'",
        "UPDATE service_plan SET is_current = TRUE",
    ],
)
def test_the_database_itself_refuses_invalid_values(database: Database, sql: str) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "2284", ADOPTED, "Anna")
        plans.create_plan(session, "2284", plans.PlanInput("Äldre plan", 2019, 2024), "Anna")
        actions.add_action(session, plan.id, actions.ActionInput("Laddstolpe i Husum"))
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(text(sql))


def test_case_numbers_and_dates() -> None:
    for good in ("KS 2024/0815", "KS2019.123", "2024-000123", "KFN 2020/45-1.2", "Dnr KS 2021/77"):
        assert case_number_problem(good) is None, good
    for bad in ("hej", "KS/", "12"):
        assert case_number_problem(bad) == "case_number_format", bad
    assert case_number_problem("x1" * 25) == "too_long"  # more in test_plans_case_numbers.py
    assert parse_date("2026-02-28") == dt.date(2026, 2, 28)
    assert parse_date("") is None
    for impossible in ("2026-02-30", "2026-13-01", "28/2 2026"):
        with pytest.raises(ValueError):
            parse_date(impossible)


def test_goals_actions_and_delayed_status(database: Database) -> None:
    today = dt.date(2026, 6, 1)
    with database.session() as session:
        plan = plans.create_plan(session, "1730", ADOPTED, "Anna")
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
        sub = actions.add_goal(session, plan.id, "Hemsändning i hela kommunen", goal.id)
        late = actions.add_action(
            session,
            plan.id,
            actions.ActionInput(
                "Avtal med handlaren i Koppom",
                responsible="Näringslivskontoret",
                deadline=dt.date(2026, 5, 1),
                cost_sek=120_000,
                financing="service_grant",
                status="in_progress",
                goal_id=sub.id,
            ),
        )
        done = actions.add_action(
            session,
            plan.id,
            actions.ActionInput("Kartläggning", deadline=dt.date(2026, 1, 1), status="done"),
        )
        future = actions.add_action(
            session, plan.id, actions.ActionInput("Laddstolpe", deadline=dt.date(2027, 1, 1))
        )
        assert [g.parent_id for g in actions.list_goals(session, plan.id)] == [None, goal.id]
    assert late.is_delayed(today) and not done.is_delayed(today) and not future.is_delayed(today)
    with database.session() as session:
        with pytest.raises(ValidationError) as raised:
            actions.add_action(session, plan.id, actions.ActionInput("Dyrt", cost_sek=-1))
        assert raised.value.field == "cost_sek"
        actions.delete_goal(session, goal.id)
        # Deleting a goal moves its sub-goals to the trash too; the action stays in the plan,
        # still tied to its sub-goal so that restoring the goal ties it again.
        assert actions.list_goals(session, plan.id) == []
        assert actions.get_action(session, late.id).values.goal_id == sub.id
        # No action can be newly tied to a goal in the trash; the tied one can still be edited.
        with pytest.raises(ValidationError):
            actions.add_action(session, plan.id, actions.ActionInput("Ny", goal_id=goal.id))
        edited = replace(late.values, description="Avtalet är på remiss.")
        assert actions.update_action(session, late.id, edited).values.goal_id == sub.id
        with pytest.raises(ValidationError):
            actions.update_action(session, done.id, replace(done.values, goal_id=sub.id))
        status = get_municipality(session, "1730")
        assert status is not None and status.plan is not None
        assert (status.plan.actions_done, status.plan.actions_total) == (1, 3)


def test_notes_tied_to_plans_and_actions(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "1766", ADOPTED, "Anna")
        action = actions.add_action(session, plan.id, actions.ActionInput("Hemsändning"))
        tied = notes.create_note(
            session, "1766", notes.NoteInput("Möte om hemsändning", action_id=action.id)
        )
        notes.create_note(session, "1766", notes.NoteInput("Om planen", plan_id=plan.id))
        assert [n.id for n in notes.list_notes(session, "1766", action_id=action.id)] == [tied.id]
        with pytest.raises(ValidationError):
            notes.create_note(session, "2284", notes.NoteInput("Fel kommun", plan_id=plan.id))
        plans.delete_plan(session, plan.id)
        # The notes stay with the municipality when the plan goes.
        assert notes.count_notes(session, "1766") == 2


def test_overview_counts_and_due_items(database: Database) -> None:
    today = dt.date(2026, 2, 20)
    with database.session() as session:
        for code in ("2284", "2506"):
            plan = plans.create_plan(session, code, ADOPTED, "Anna")
            plans.set_stage(session, plan.id, "adopted", "Anna")
        actions.add_action(
            session, plan.id, actions.ActionInput("Snart", deadline=today + dt.timedelta(10))
        )
        actions.add_action(
            session, plan.id, actions.ActionInput("Senare", deadline=today + dt.timedelta(60))
        )
        set_mine(session, "2506", True)
        summary = overview.stage_overview(session)
        due = overview.due_items(session, today)
    assert summary.total["adopted"] == 2
    assert summary.total[overview.NO_PLAN] == 288
    norrbotten = next(c for c in summary.counties if c.code == "25")
    assert norrbotten.counts["adopted"] == 1 and norrbotten.total == 14
    # Only "mine" (Arjeplog): its follow-up on 1 March and the action due in 10 days.
    assert [(d.municipality_name, d.kind) for d in due] == [
        ("Arjeplog", "follow_up"),
        ("Arjeplog", "action"),
    ]
