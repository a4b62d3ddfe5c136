"""Use cases for a plan's goals (mål, delmål) and actions (åtgärder)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import (
    PlanAction,
    PlanGoal,
    ServicePlan,
    utc_now,
)
from servicepunkt_gui.core.record_versions import check_version, flush_checked
from servicepunkt_gui.core.validation import cost_problem
from servicepunkt_gui.core.vocabulary import (
    FINISHED_STATUSES,
    ActionStatus,
    FinancingSource,
    is_one_of,
)


@dataclass(frozen=True)
class GoalRow:
    id: str
    plan_id: str
    parent_id: str | None
    title: str
    position: int
    row_version: int | None = None  # the version read: hand it back as ``expected_version``


@dataclass(frozen=True)
class ActionInput:
    title: str
    description: str = ""
    responsible: str = ""
    deadline: dt.date | None = None
    cost_sek: int | None = None
    financing: str = ""
    status: str = ActionStatus.NOT_STARTED
    goal_id: str | None = None


@dataclass(frozen=True)
class ActionRow:
    id: str
    plan_id: str
    values: ActionInput
    position: int
    row_version: int | None = None  # the version read: hand it back as ``expected_version``

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
    plan = session.get(ServicePlan, plan_id)
    if plan is None:
        raise ValidationError("plan", "missing")
    if parent_id is not None:
        parent = session.get(PlanGoal, parent_id)
        if parent is None or parent.plan_id != plan_id or parent.deleted_at is not None:
            raise ValidationError("parent", "missing")
    position = session.scalar(
        select(func.coalesce(func.max(PlanGoal.position), -1) + 1).where(
            PlanGoal.plan_id == plan_id
        )
    )
    row = PlanGoal(plan_id=plan_id, parent_id=parent_id, title=title.strip(), position=position)
    session.add(row)
    session.flush()
    record(session, RecordKind.GOAL, plan.municipality_code)
    return _goal(row)


def rename_goal(
    session: Session, goal_id: str, title: str, *, expected_version: int | None = None
) -> GoalRow:
    """``expected_version``: the version read (None: no check), else EditConflictError."""
    if not title.strip():
        raise ValidationError("title", "empty")
    row = session.get(PlanGoal, goal_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("goal", "missing")
    mine = {"title": title.strip()}
    check_version(row, expected_version, mine)
    row.title = title.strip()
    flush_checked(session, row, mine)
    record(session, RecordKind.GOAL, plan_municipality(session, row.plan_id))
    return _goal(row)


def delete_goal(session: Session, goal_id: str) -> None:
    """Move a goal and its sub-goals to the trash (see ``core.trash`` to restore them).

    Actions tied to them stay in the plan and keep the tie, which holds again once the goal
    is restored; while it is in the trash no goal is shown for them.
    """
    row = session.get(PlanGoal, goal_id)
    if row is None or row.deleted_at is not None:
        return
    now = utc_now()
    for goal in goal_family(session, row):
        goal.deleted_at = now
    session.flush()
    code = plan_municipality(session, row.plan_id)
    record(session, RecordKind.GOAL, code)
    record(session, RecordKind.TRASH, code)


def goal_family(session: Session, goal: PlanGoal) -> list[PlanGoal]:
    """The goal and those of its sub-goals (at any depth) that are where it is.

    For a goal outside the trash: itself and its sub-goals outside the trash. For one in the
    trash: itself and the sub-goals that went there with it (the same ``deleted_at``); a
    sub-goal deleted on its own before is a separate item in the trash.
    """
    family = [goal]
    for member in family:  # grows while it is walked: breadth first
        children = session.scalars(select(PlanGoal).where(PlanGoal.parent_id == member.id))
        family.extend(child for child in children if child.deleted_at == goal.deleted_at)
    return family


def list_goals(session: Session, plan_id: str) -> list[GoalRow]:
    """The plan's goals and sub-goals outside the trash, in their order."""
    rows = session.scalars(
        select(PlanGoal)
        .where(PlanGoal.plan_id == plan_id, PlanGoal.deleted_at.is_(None))
        .order_by(PlanGoal.position)
    ).all()
    return [_goal(row) for row in rows]


def plan_municipality(session: Session, plan_id: str) -> str | None:
    """The municipality a plan (and so its goals and actions) belongs to."""
    plan = session.get(ServicePlan, plan_id)
    return plan.municipality_code if plan is not None else None


def _goal(row: PlanGoal) -> GoalRow:
    return GoalRow(row.id, row.plan_id, row.parent_id, row.title, row.position, row.row_version)


# -- actions --------------------------------------------------------------------


def action_problems(action: ActionInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not action.title.strip():
        problems["title"] = "empty"
    elif len(action.title) > 500:
        problems["title"] = "too_long"
    if (problem := cost_problem(action.cost_sek)) is not None:
        problems["cost_sek"] = problem
    if action.financing and not is_one_of(FinancingSource, action.financing):
        problems["financing"] = "unknown"
    if not is_one_of(ActionStatus, action.status):
        problems["status"] = "unknown"
    if len(action.responsible) > 200:
        problems["responsible"] = "too_long"
    return problems


def _check(session: Session, plan_id: str, action: ActionInput, tied_to: str | None = None) -> None:
    """``tied_to``: the goal the action is tied to now, which it may keep while in the trash."""
    problems = action_problems(action)
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)
    if action.goal_id is not None:
        goal = session.get(PlanGoal, action.goal_id)
        if (
            goal is None
            or goal.plan_id != plan_id
            or (goal.deleted_at is not None and goal.id != tied_to)
        ):
            raise ValidationError("goal_id", "missing")


def add_action(session: Session, plan_id: str, action: ActionInput) -> ActionRow:
    plan = session.get(ServicePlan, plan_id)
    if plan is None:
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
    record(session, RecordKind.ACTION, plan.municipality_code)
    return _action(row)


def action_fields(action: ActionInput) -> dict[str, object]:
    """The action's fields as ``update_action`` stores them, by name."""
    fields = asdict(action)
    fields["title"] = action.title.strip()
    fields["responsible"] = action.responsible.strip()
    return fields


def update_action(
    session: Session, action_id: str, action: ActionInput, *, expected_version: int | None = None
) -> ActionRow:
    """Save the action's fields; ``expected_version`` is the version the table read (None:
    no check), a different stored one raises ``EditConflictError``."""
    row = session.get(PlanAction, action_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("action", "missing")
    _check(session, row.plan_id, action, tied_to=row.goal_id)
    mine = action_fields(action)
    check_version(row, expected_version, mine)
    _apply(row, action)
    flush_checked(session, row, mine)
    record(session, RecordKind.ACTION, plan_municipality(session, row.plan_id))
    return _action(row)


def delete_action(session: Session, action_id: str) -> None:
    """Move the action to the trash; its notes stay tied to it."""
    row = session.get(PlanAction, action_id)
    if row is not None and row.deleted_at is None:
        row.deleted_at = utc_now()
        session.flush()
        code = plan_municipality(session, row.plan_id)
        record(session, RecordKind.ACTION, code)
        record(session, RecordKind.TRASH, code)


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
        row_version=row.row_version,
    )
