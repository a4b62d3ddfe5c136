"""Figures across municipalities: plan stages by county, and what falls due soon."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import (
    County,
    Municipality,
    MyMunicipality,
    PlanAction,
    ServicePlan,
)
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import FINISHED_STATUSES
from servicepunkt_gui.core.vocabulary import NO_PLAN as NO_PLAN


@dataclass(frozen=True)
class CountyStages:
    code: str
    name: str
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class StageOverview:
    counties: list[CountyStages]
    total: Counter[str]


@dataclass(frozen=True)
class DueItem:
    municipality_code: str
    municipality_name: str
    kind: str  # "follow_up", "revision" or "action"
    due_on: dt.date
    title: str
    plan_id: str = ""  # what opening the row shows: the plan,
    action_id: str | None = None  # and for an action's deadline the action

    def is_overdue(self, today: dt.date) -> bool:
        return self.due_on < today


def stage_overview(session: Session) -> StageOverview:
    """How many municipalities have their current plan at each stage, per county and in all."""
    current_stage = dict(
        session.execute(
            select(ServicePlan.municipality_code, ServicePlan.stage).where(ServicePlan.is_current)
        ).all()
    )
    counties: dict[str, CountyStages] = {}
    for code, name in session.execute(select(County.code, County.short_name)):
        counties[code] = CountyStages(code, name)
    total: Counter[str] = Counter()
    for municipality_code, county_code in session.execute(
        select(Municipality.code, Municipality.county_code)
    ):
        stage = current_stage.get(municipality_code, NO_PLAN)
        counties[county_code].counts[stage] += 1
        total[stage] += 1
    ordered = sorted(counties.values(), key=lambda c: swedish_sort_key(c.name))
    return StageOverview(ordered, total)


def due_items(
    session: Session, today: dt.date, days: int = 30, mine_only: bool = True
) -> list[DueItem]:
    """Follow-ups, revisions and action deadlines due within ``days``, and every overdue one.

    There is no lower bound: whatever is past its date and not done stays listed (an
    action until it is done or cancelled, a plan's date until it is moved).
    """
    until = today + dt.timedelta(days=days)
    plans = (
        select(
            ServicePlan.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            ServicePlan.title,
            ServicePlan.next_follow_up,
            ServicePlan.revise_by,
        )
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .where(ServicePlan.is_current)
    )
    if mine_only:
        plans = plans.join(
            MyMunicipality, MyMunicipality.municipality_code == ServicePlan.municipality_code
        )
    items: list[DueItem] = []
    plan_ids: dict[str, tuple[str, str]] = {}
    for plan_id, code, name, title, follow_up, revise_by in session.execute(plans):
        plan_ids[plan_id] = (code, name)
        if follow_up is not None and follow_up <= until:
            items.append(DueItem(code, name, "follow_up", follow_up, title, plan_id))
        if revise_by is not None and revise_by <= until:
            items.append(DueItem(code, name, "revision", revise_by, title, plan_id))
    if plan_ids:
        actions = select(
            PlanAction.id, PlanAction.plan_id, PlanAction.title, PlanAction.deadline
        ).where(
            PlanAction.plan_id.in_(plan_ids),
            PlanAction.deadline.is_not(None),
            PlanAction.deadline <= until,
            PlanAction.status.not_in(FINISHED_STATUSES),
            PlanAction.deleted_at.is_(None),
        )
        for action_id, plan_id, title, deadline in session.execute(actions):
            code, name = plan_ids[plan_id]
            if deadline is not None:
                items.append(DueItem(code, name, "action", deadline, title, plan_id, action_id))
    return sorted(items, key=lambda item: (item.due_on, swedish_sort_key(item.municipality_name)))
