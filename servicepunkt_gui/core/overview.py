"""Figures across municipalities: plan stages by county, what falls due soon, and each
municipality's register (places, agreements running, grants this year and those at risk)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from servicepunkt_gui.core.grant_risk import open_needing_a_plan, plan_standing
from servicepunkt_gui.core.models import (
    County,
    Municipality,
    MyMunicipality,
    PlanAction,
    ServicePlan,
)
from servicepunkt_gui.core.place_models import Agreement, GrantCase, ServicePlace
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import (
    FINISHED_STATUSES,
    GrantType,
    PlaceKind,
)
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


T = TypeVar("T")


@dataclass(frozen=True)
class GrantFigures:
    """A municipality's grant cases of one type covering the year."""

    count: int = 0
    granted_sek: int = 0  # what was granted; a case not (yet) granted counts 0


@dataclass(frozen=True)
class RegisterFigures:
    """One municipality's register, as the overview shows it."""

    code: str
    name: str
    county_code: str
    mine: bool
    places: dict[str, int]  # PlaceKind -> places not in the trash (vocabulary order)
    agreements_running: int  # starts_on <= today <= ends_on, neither it nor its place trashed
    grants: dict[str, GrantFigures]  # GrantType -> the cases covering the year (vocab order)
    grants_at_risk: int  # open cases needing a plan, of any year, while plan_risk holds
    plan_risk: str | None  # one of core.grant_risk.RISK_REASONS, or None
    revise_by: dt.date | None  # when the current plan is to be revised (grant_risk's date)

    @property
    def place_count(self) -> int:
        return sum(self.places.values())

    @property
    def grant_count(self) -> int:
        return sum(figures.count for figures in self.grants.values())

    @property
    def granted_sek(self) -> int:
        return sum(figures.granted_sek for figures in self.grants.values())


@dataclass(frozen=True)
class RegisterOverview:
    year: int
    rows: tuple[RegisterFigures, ...]  # every municipality with anything to show, by name

    @property
    def grants_at_risk(self) -> int:
        return sum(row.grants_at_risk for row in self.rows)


def register_overview(session: Session, today: dt.date) -> RegisterOverview:
    """Every municipality's places by kind, agreements running ``today``, grant cases
    covering this year by type (count and granted sum), and open grant cases that need a
    plan while the plan puts them at risk (``core.grant_risk.plan_standing``).

    Five SELECTs whatever the number of municipalities and records (each grouped in SQLite),
    so the overview of all 290 stays as quick as one. A municipality with nothing of these
    to show is left out.
    """
    places: dict[str, dict[str, int]] = {}
    for code, kind, count in session.execute(
        select(ServicePlace.municipality_code, ServicePlace.kind, func.count())
        .where(ServicePlace.deleted_at.is_(None))
        .group_by(ServicePlace.municipality_code, ServicePlace.kind)
    ):
        places.setdefault(code, {})[kind] = int(count)

    place = aliased(ServicePlace)
    running: dict[str, int] = {
        code: int(count)
        for code, count in session.execute(
            select(Agreement.municipality_code, func.count())
            .join(place, place.id == Agreement.place_id)
            .where(
                Agreement.deleted_at.is_(None),
                place.deleted_at.is_(None),
                Agreement.starts_on <= today,
                Agreement.ends_on >= today,
            )
            .group_by(Agreement.municipality_code)
        )
    }

    grants: dict[str, dict[str, GrantFigures]] = {}
    for code, grant_type, count, granted in session.execute(
        select(
            GrantCase.municipality_code,
            GrantCase.grant_type,
            func.count(),
            func.coalesce(func.sum(GrantCase.granted_sek), 0),
        )
        .where(
            GrantCase.deleted_at.is_(None),
            GrantCase.first_year <= today.year,
            GrantCase.last_year >= today.year,
        )
        .group_by(GrantCase.municipality_code, GrantCase.grant_type)
    ):
        grants.setdefault(code, {})[grant_type] = GrantFigures(int(count), int(granted or 0))

    open_needing_plan: dict[str, int] = {
        code: int(count)
        for code, count in session.execute(
            select(GrantCase.municipality_code, func.count())
            .where(open_needing_a_plan())
            .group_by(GrantCase.municipality_code)
        )
    }

    codes = set(places) | set(running) | set(grants) | set(open_needing_plan)
    if not codes:
        return RegisterOverview(today.year, ())
    current = aliased(ServicePlan)
    municipalities = session.execute(
        select(
            Municipality.code,
            Municipality.short_name,
            Municipality.county_code,
            MyMunicipality.municipality_code,
            current.stage,
            current.revise_by,
            current.last_year,
        )
        .outerjoin(MyMunicipality, MyMunicipality.municipality_code == Municipality.code)
        .outerjoin(
            current,
            and_(
                current.municipality_code == Municipality.code,
                current.is_current,
                current.deleted_at.is_(None),
            ),
        )
        .where(Municipality.code.in_(codes))
    ).all()
    rows: list[RegisterFigures] = []
    for code, name, county, mine, stage, revise_by, last_year in municipalities:
        standing = plan_standing(stage, revise_by, last_year, today)
        risk = standing.risk
        rows.append(
            RegisterFigures(
                code,
                name,
                county,
                mine is not None,
                _in_order(places.get(code, {}), PlaceKind),
                running.get(code, 0),
                _in_order(grants.get(code, {}), GrantType),
                open_needing_plan.get(code, 0) if risk is not None else 0,
                risk,
                standing.revise_by,
            )
        )
    rows.sort(key=lambda row: swedish_sort_key(row.name))
    return RegisterOverview(today.year, tuple(rows))


def _in_order(found: dict[str, T], vocabulary: type[StrEnum]) -> dict[str, T]:
    """``found`` in vocabulary order; a code the vocabulary does not know comes last."""
    order = {member.value: position for position, member in enumerate(vocabulary)}
    return dict(sorted(found.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))
