"""The trash: deleted notes, plans and actions, which can be restored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import Municipality, Note, PlanAction, ServicePlan


@dataclass(frozen=True)
class TrashItem:
    kind: str  # "note", "plan" or "action"
    id: str
    municipality_code: str
    municipality_name: str
    title: str
    deleted_at: dt.datetime | None  # never None in the trash; typed as the column is


def list_trash(session: Session) -> list[TrashItem]:
    """Everything deleted, most recently deleted first."""
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
        items.append(TrashItem("note", note_id, code, name, label, deleted_at))
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
        items.append(TrashItem("plan", plan_id, code, name, title, deleted_at))
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
        items.append(TrashItem("action", action_id, code, name, title, deleted_at))
    return sorted(items, key=lambda item: item.deleted_at or dt.datetime.min, reverse=True)


def restore(session: Session, kind: str, item_id: str) -> None:
    """Take an item out of the trash. A restored plan becomes current if none is."""
    row: Note | ServicePlan | PlanAction | None
    if kind == "note":
        row = session.get(Note, item_id)
    elif kind == "plan":
        row = session.get(ServicePlan, item_id)
    elif kind == "action":
        row = session.get(PlanAction, item_id)
    else:
        row = None
    if row is None:
        raise ValidationError("item", "missing")
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
