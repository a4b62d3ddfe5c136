"""A plan's stage history in date order, the entry made at creation first, and the stage
the plan is in taken from the newest date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from servicepunkt_gui.core import pages, plans
from servicepunkt_gui.core.db import Database

RECORDED = dt.date(2026, 12, 1)  # the day the official typed an older plan in


def _stages(plan: plans.PlanDetail) -> list[tuple[str, dt.date]]:
    return [(change.stage, change.changed_on) for change in plan.history]


def test_history_is_in_date_order_whatever_order_it_was_typed_in(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(
            session, "2284", plans.PlanInput("Plan", 2025, 2030), "Anna", today=RECORDED
        )
        for stage, day in (
            ("adopted", dt.date(2025, 3, 24)),
            ("mapping", dt.date(2024, 6, 1)),  # remembered afterwards
            ("draft", dt.date(2024, 11, 1)),
        ):
            plan = plans.set_stage(session, plan.id, stage, "Anna", day)
        section = pages.plan_section(session, "2284")
        again = plans.get_plan(session, plan.id)
    # The entry made when the plan was recorded opens the history: nothing came before it,
    # and it takes the date of the first stage, not the day it was typed in.
    assert _stages(plan) == [
        ("not_started", dt.date(2024, 6, 1)),
        ("mapping", dt.date(2024, 6, 1)),
        ("draft", dt.date(2024, 11, 1)),
        ("adopted", dt.date(2025, 3, 24)),
    ]
    # The plan is in the stage its newest entry says, not the one typed last.
    assert plan.stage == "adopted"
    assert section.plans[0].history == plan.history == (again and again.history)
    assert section.plans[0].stage == "adopted"


def test_the_creation_entry_keeps_its_date_when_nothing_is_older(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(
            session, "2284", plans.PlanInput("Plan", 2025, 2030), "Anna", today=dt.date(2025, 1, 10)
        )
        plan = plans.set_stage(session, plan.id, "mapping", "Anna", dt.date(2025, 2, 1))
    assert _stages(plan) == [
        ("not_started", dt.date(2025, 1, 10)),
        ("mapping", dt.date(2025, 2, 1)),
    ]


def test_equal_dates_keep_the_order_they_were_recorded_in(database: Database) -> None:
    day = dt.date(2025, 3, 24)
    with database.session() as session:
        plan = plans.create_plan(
            session, "2506", plans.PlanInput("Plan", 2025, 2030), "Anna", today=day
        )
        for stage in ("draft", "consultation", "adopted", "consultation"):
            plan = plans.set_stage(session, plan.id, stage, "Anna", day)
        section = pages.plan_section(session, "2506")
    assert [change.stage for change in plan.history] == [
        "not_started",
        "draft",
        "consultation",
        "adopted",
        "consultation",
    ]
    assert plan.stage == "consultation"  # moved back on the same day: the last recorded
    assert section.plans[0].history == plan.history


def test_a_move_back_today_is_the_newest(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(
            session, "2506", plans.PlanInput("Plan", 2025, 2030), "Anna", today=dt.date(2025, 1, 1)
        )
        plans.set_stage(session, plan.id, "adopted", "Anna", dt.date(2025, 3, 24))
        plan = plans.set_stage(session, plan.id, "revision", "Per", dt.date(2026, 1, 15))
    assert plan.stage == "revision"
    assert plan.history[-1].stage == "revision"


def test_adoption_details_before_the_adopted_stage_are_worth_a_warning() -> None:
    bare = plans.PlanInput("Plan", 2025, 2030)
    for stage in ("not_started", "mapping", "dialogue", "draft", "consultation"):
        assert not plans.adopted_before_its_stage(bare, stage)
        for filled in (
            {"adopted_by": "municipal_council"},
            {"adopted_on": dt.date(2025, 3, 24)},
            {"paragraph": "§ 45"},
        ):
            assert plans.adopted_before_its_stage(replace(bare, **filled), stage), (stage, filled)
        # A case is registered (and has its diarienummer) long before it is adopted.
        assert not plans.adopted_before_its_stage(replace(bare, case_number="KS 2024/815"), stage)
        assert not plans.adopted_before_its_stage(replace(bare, paragraph="  "), stage)
    adopted = replace(bare, adopted_by="executive_board", adopted_on=dt.date(2025, 3, 24))
    for stage in ("adopted", "implementation", "follow_up", "revision"):
        assert not plans.adopted_before_its_stage(adopted, stage)
