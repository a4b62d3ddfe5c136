"""Use cases for a plan's goals (mål, delmål) and actions (åtgärder)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import (
    ACTION_STATUSES,
    FINANCING_SOURCES,
    PlanAction,
    PlanGoal,
    ServicePlan,
    utc_now,
)
from servicepunkt_gui.core.validation import cost_problem

FINISHED_STATUSES = ("done", "cancelled")


@dataclass(frozen=True)
class GoalRow:
    id: str
    plan_id: str
    parent_id: str | None
    title: str
    position: int


@dataclass(frozen=True)
class ActionInput:
    title: str
    description: str = ""
    responsible: str = ""
    deadline: dt.date | None = None
    cost_sek: int | None = None
    financing: str = ""
    status: str = "not_started"
    goal_id: str | None = None


@dataclass(frozen=True)
class ActionRow:
    id: str
    plan_id: str
    values: ActionInput
    position: int

    def is_delayed(self, today: dt.date) -> bool:
        """Past its deadline and neither done nor cancelled (computed, never stored)."""
        deadline = self.values.deadline
        return (
            deadline is not None
            and deadline < today
            and self.values.status not in FINISHED_STATUSES
        )


# -- goals ----------------------------------------------------------------------


def add_goal(session: Session, plan_id: str, title: str, parent_id: str | None = None) -> GoalRow:
    if not title.strip():
        raise ValidationError("title", "empty")
    if session.get(ServicePlan, plan_id) is None:
        raise ValidationError("plan", "missing")
    if parent_id is not None:
        parent = session.get(PlanGoal, parent_id)
        if parent is None or parent.plan_id != plan_id:
            raise ValidationError("parent", "missing")
    position = session.scalar(
        select(func.coalesce(func.max(PlanGoal.position), -1) + 1).where(
            PlanGoal.plan_id == plan_id
        )
    )
    row = PlanGoal(plan_id=plan_id, parent_id=parent_id, title=title.strip(), position=position)
    session.add(row)
    session.flush()
    return _goal(row)


def rename_goal(session: Session, goal_id: str, title: str) -> GoalRow:
    if not title.strip():
        raise ValidationError("title", "empty")
    row = session.get(PlanGoal, goal_id)
    if row is None:
        raise ValidationError("goal", "missing")
    row.title = title.strip()
    session.flush()
    return _goal(row)


def delete_goal(session: Session, goal_id: str) -> None:
    """Delete a goal and its sub-goals; actions tied to them stay, untied."""
    row = session.get(PlanGoal, goal_id)
    if row is not None:
        session.delete(row)
        session.flush()


def list_goals(session: Session, plan_id: str) -> list[GoalRow]:
    rows = session.scalars(
        select(PlanGoal).where(PlanGoal.plan_id == plan_id).order_by(PlanGoal.position)
    ).all()
    return [_goal(row) for row in rows]


def _goal(row: PlanGoal) -> GoalRow:
    return GoalRow(row.id, row.plan_id, row.parent_id, row.title, row.position)


# -- actions --------------------------------------------------------------------


def action_problems(action: ActionInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not action.title.strip():
        problems["title"] = "empty"
    elif len(action.title) > 500:
        problems["title"] = "too_long"
    if (problem := cost_problem(action.cost_sek)) is not None:
        problems["cost_sek"] = problem
    if action.financing and action.financing not in FINANCING_SOURCES:
        problems["financing"] = "unknown"
    if action.status not in ACTION_STATUSES:
        problems["status"] = "unknown"
    if len(action.responsible) > 200:
        problems["responsible"] = "too_long"
    return problems


def _check(session: Session, plan_id: str, action: ActionInput) -> None:
    problems = action_problems(action)
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)
    if action.goal_id is not None:
        goal = session.get(PlanGoal, action.goal_id)
        if goal is None or goal.plan_id != plan_id:
            raise ValidationError("goal_id", "missing")


def add_action(session: Session, plan_id: str, action: ActionInput) -> ActionRow:
    if session.get(ServicePlan, plan_id) is None:
        raise ValidationError("plan", "missing")
    _check(session, plan_id, action)
    position = session.scalar(
        select(func.coalesce(func.max(PlanAction.position), -1) + 1).where(
            PlanAction.plan_id == plan_id
        )
    )
    row = PlanAction(plan_id=plan_id, position=position)
    _apply(row, action)
    session.add(row)
    session.flush()
    return _action(row)


def update_action(session: Session, action_id: str, action: ActionInput) -> ActionRow:
    row = session.get(PlanAction, action_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("action", "missing")
    _check(session, row.plan_id, action)
    _apply(row, action)
    session.flush()
    return _action(row)


def delete_action(session: Session, action_id: str) -> None:
    """Move the action to the trash; its notes stay tied to it."""
    row = session.get(PlanAction, action_id)
    if row is not None and row.deleted_at is None:
        row.deleted_at = utc_now()
        session.flush()


def get_action(session: Session, action_id: str) -> ActionRow | None:
    row = session.get(PlanAction, action_id)
    return _action(row) if row is not None and row.deleted_at is None else None


def list_actions(session: Session, plan_id: str) -> list[ActionRow]:
    rows = session.scalars(
        select(PlanAction)
        .where(PlanAction.plan_id == plan_id, PlanAction.deleted_at.is_(None))
        .order_by(PlanAction.position)
    ).all()
    return [_action(row) for row in rows]


def _apply(row: PlanAction, action: ActionInput) -> None:
    row.title = action.title.strip()
    row.description = action.description
    row.responsible = action.responsible.strip()
    row.deadline = action.deadline
    row.cost_sek = action.cost_sek
    row.financing = action.financing
    row.status = action.status
    row.goal_id = action.goal_id


def _action(row: PlanAction) -> ActionRow:
    return ActionRow(
        id=row.id,
        plan_id=row.plan_id,
        values=ActionInput(
            title=row.title,
            description=row.description,
            responsible=row.responsible,
            deadline=row.deadline,
            cost_sek=row.cost_sek,
            financing=row.financing,
            status=row.status,
            goal_id=row.goal_id,
        ),
        position=row.position,
    )
