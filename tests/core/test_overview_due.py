"""What the overview's due list holds: overdue items too, and where each one leads."""

from __future__ import annotations

import datetime as dt

from servicepunkt_gui.core import actions, overview, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.municipalities import set_mine

TODAY = dt.date(2026, 2, 20)


def _plan(follow_up: dt.date | None, revise_by: dt.date | None) -> plans.PlanInput:
    return plans.PlanInput(
        title="Serviceplan 2025–2030",
        first_year=2025,
        last_year=2030,
        next_follow_up=follow_up,
        revise_by=revise_by,
    )


def test_overdue_items_are_listed_with_the_plan_and_action_they_belong_to(
    database: Database,
) -> None:
    with database.session() as session:
        plan = plans.create_plan(
            session, "2284", _plan(TODAY - dt.timedelta(40), TODAY - dt.timedelta(1)), "Anna"
        )
        late = actions.add_action(
            session, plan.id, actions.ActionInput("Sen", deadline=TODAY - dt.timedelta(100))
        )
        soon = actions.add_action(
            session, plan.id, actions.ActionInput("Snart", deadline=TODAY + dt.timedelta(30))
        )
        actions.add_action(  # finished: not due, however late
            session,
            plan.id,
            actions.ActionInput("Klar", deadline=TODAY - dt.timedelta(5), status="done"),
        )
        gone = actions.add_action(
            session, plan.id, actions.ActionInput("Borta", deadline=TODAY - dt.timedelta(5))
        )
        actions.delete_action(session, gone.id)
        actions.add_action(  # a day beyond the window
            session, plan.id, actions.ActionInput("Sedan", deadline=TODAY + dt.timedelta(31))
        )
        set_mine(session, "2284", True)
        due = overview.due_items(session, TODAY, 30)

    assert [(d.kind, d.title, d.due_on) for d in due] == [
        ("action", "Sen", TODAY - dt.timedelta(100)),
        ("follow_up", "Serviceplan 2025–2030", TODAY - dt.timedelta(40)),
        ("revision", "Serviceplan 2025–2030", TODAY - dt.timedelta(1)),
        ("action", "Snart", TODAY + dt.timedelta(30)),
    ]
    assert [d.is_overdue(TODAY) for d in due] == [True, True, True, False]
    # Each row knows what to open: the plan, and for an action the action itself.
    assert {d.plan_id for d in due} == {plan.id}
    assert [d.action_id for d in due] == [late.id, None, None, soon.id]


def test_a_plan_no_longer_current_has_nothing_due(database: Database) -> None:
    with database.session() as session:
        old = plans.create_plan(session, "2284", _plan(TODAY - dt.timedelta(3), None), "Anna")
        plans.create_plan(session, "2284", _plan(None, None), "Anna")
        plans.delete_plan(session, old.id)
        set_mine(session, "2284", True)
        assert overview.due_items(session, TODAY) == []
