"""The trash: deleted notes, plans, goals and actions, which can be restored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from servicepunkt_gui.core.actions import goal_family, plan_municipality
from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import Municipality, Note, PlanAction, PlanGoal, ServicePlan


@dataclass(frozen=True)
class TrashItem:
    kind: str  # the kind of record: "note", "plan", "goal" or "action" (see RecordKind)
    id: str
    municipality_code: str
    municipality_name: str
    title: str
    deleted_at: dt.datetime | None  # never None in the trash; typed as the column is


def list_trash(session: Session) -> list[TrashItem]:
    """Everything deleted, most recently deleted first.

    Sub-goals that went to the trash with their goal are not items of their own: restoring
    the goal brings them back.
    """
    items: list[TrashItem] = []
    notes = session.execute(
        select(
            Note.id,
            Note.municipality_code,
            Municipality.short_name,
            Note.title,
            Note.body,
            Note.deleted_at,
        )
        .join(Municipality, Municipality.code == Note.municipality_code)
        .where(Note.deleted_at.is_not(None))
    )
    for note_id, code, name, title, body, deleted_at in notes:
        label = title or (body.strip().splitlines() or [""])[0][:80]
        items.append(TrashItem(RecordKind.NOTE, note_id, code, name, label, deleted_at))
    plans = session.execute(
        select(
            ServicePlan.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            ServicePlan.title,
            ServicePlan.deleted_at,
        )
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .where(ServicePlan.deleted_at.is_not(None))
    )
    for plan_id, code, name, title, deleted_at in plans:
        items.append(TrashItem(RecordKind.PLAN, plan_id, code, name, title, deleted_at))
    parent = aliased(PlanGoal)
    goals = session.execute(
        select(
            PlanGoal.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            PlanGoal.title,
            PlanGoal.deleted_at,
        )
        .join(ServicePlan, ServicePlan.id == PlanGoal.plan_id)
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .outerjoin(parent, parent.id == PlanGoal.parent_id)
        .where(
            PlanGoal.deleted_at.is_not(None),
            or_(parent.deleted_at.is_(None), parent.deleted_at != PlanGoal.deleted_at),
        )
    )
    for goal_id, code, name, title, deleted_at in goals:
        items.append(TrashItem(RecordKind.GOAL, goal_id, code, name, title, deleted_at))
    actions = session.execute(
        select(
            PlanAction.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            PlanAction.title,
            PlanAction.deleted_at,
        )
        .join(ServicePlan, ServicePlan.id == PlanAction.plan_id)
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .where(PlanAction.deleted_at.is_not(None))
    )
    for action_id, code, name, title, deleted_at in actions:
        items.append(TrashItem(RecordKind.ACTION, action_id, code, name, title, deleted_at))
    return sorted(items, key=lambda item: item.deleted_at or dt.datetime.min, reverse=True)


def restore(session: Session, kind: str, item_id: str) -> None:
    """Take an item out of the trash.

    A restored plan becomes current if none is. A restored goal brings back the sub-goals
    deleted with it; a sub-goal whose goal is in the trash brings that goal back too (with
    what was deleted with it), so it never comes back without a goal to hang under.
    """
    row: Note | ServicePlan | PlanGoal | PlanAction | None
    if kind == RecordKind.NOTE:
        row = session.get(Note, item_id)
    elif kind == RecordKind.PLAN:
        row = session.get(ServicePlan, item_id)
    elif kind == RecordKind.GOAL:
        row = session.get(PlanGoal, item_id)
    elif kind == RecordKind.ACTION:
        row = session.get(PlanAction, item_id)
    else:
        row = None
    if row is None:
        raise ValidationError("item", "missing")
    if isinstance(row, PlanGoal):
        _restore_goal(session, row)
    else:
        row.deleted_at = None
    if isinstance(row, ServicePlan):
        current = session.scalar(
            select(ServicePlan.id).where(
                ServicePlan.municipality_code == row.municipality_code,
                ServicePlan.is_current,
                ServicePlan.id != row.id,
            )
        )
        row.is_current = current is None
    session.flush()
    code = (
        row.municipality_code
        if isinstance(row, Note | ServicePlan)
        else plan_municipality(session, row.plan_id)
    )
    record(session, RecordKind(kind), code)
    record(session, RecordKind.TRASH, code)


def _restore_goal(session: Session, goal: PlanGoal) -> None:
    if goal.parent_id is not None:
        parent = session.get(PlanGoal, goal.parent_id)
        if parent is not None and parent.deleted_at is not None:
            _restore_goal(session, parent)
    if goal.deleted_at is not None:  # else it came back just now, with its parent
        for member in goal_family(session, goal):
            member.deleted_at = None
