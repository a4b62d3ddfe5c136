"""The status report: where many municipalities' service plans stand, one row each.

Read in five queries whatever the number of municipalities (all 290 of Sweden included):
the municipalities (with the register's counts as subqueries: places, running agreements,
this year's grants, ``report_places.register_columns``), their current plans, the plans'
action counts, the plans' latest follow-up steps, and the latest follow-up notes.

"Senaste uppföljning" is the later of two dates, up to today: the latest step of the
current plan's history into the stage "uppföljning", and the latest note (not in the trash)
of the category "uppföljning" about the municipality. Officials record a follow-up either
way (some move the plan on, some only write a note of the meeting), and a plan that has
left the stage again must not lose its follow-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.grant_risk import NO_PLAN_STANDING, PlanStanding, plan_standing
from servicepunkt_gui.core.models import (
    County,
    Municipality,
    Note,
    PlanAction,
    PlanStageChange,
    ServicePlan,
)
from servicepunkt_gui.core.report_places import (
    NO_COUNTS,
    PlaceCounts,
    register_columns,
    register_counts,
)
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import (
    FINISHED_STATUSES,
    NO_PLAN,
    ActionStatus,
    NoteCategory,
    PlanStage,
)


@dataclass(frozen=True)
class StatusRow:
    code: str
    name: str
    county_name: str
    stage: str  # a PlanStage code, or NO_PLAN
    plan_title: str
    adopted_on: dt.date | None
    revise_by: dt.date | None
    last_follow_up: dt.date | None
    next_follow_up: dt.date | None
    actions_done: int
    actions_total: int  # cancelled actions do not count
    actions_delayed: int
    # The register: places, agreements running today, this year's grants, grants at risk.
    register: PlaceCounts = NO_COUNTS

    @property
    def has_plan(self) -> bool:
        return self.stage != NO_PLAN


@dataclass(frozen=True)
class StageCount:
    stage: str  # a PlanStage code, or NO_PLAN (last)
    municipalities: int


@dataclass(frozen=True)
class StatusReport:
    title: str  # e.g. "Västerbottens län", "Mina kommuner", "Hela Sverige"
    rows: tuple[StatusRow, ...]  # in Swedish order of the municipality's name
    stages: tuple[StageCount, ...]  # every stage in stage order, then "no plan"
    today: dt.date
    written_by: str

    @property
    def actions_done(self) -> int:
        return sum(row.actions_done for row in self.rows)

    @property
    def actions_total(self) -> int:
        return sum(row.actions_total for row in self.rows)

    @property
    def actions_delayed(self) -> int:
        return sum(row.actions_delayed for row in self.rows)

    @property
    def register(self) -> PlaceCounts:
        """The register's counts summed over the rows."""
        counts = [row.register for row in self.rows]
        return PlaceCounts(
            sum(c.places for c in counts),
            sum(c.agreements_running for c in counts),
            sum(c.granted_this_year_sek for c in counts),
            sum(c.grants_at_risk for c in counts),
        )


def status_report(
    session: Session, codes: list[str], *, today: dt.date, written_by: str, title: str
) -> StatusReport:
    """One row per municipality in ``codes`` (unknown codes are left out) and the sums."""
    wanted = sorted(set(codes))
    municipalities = session.execute(
        select(Municipality.code, Municipality.short_name, County.name, *register_columns(today))
        .join(County, County.code == Municipality.county_code)
        .where(Municipality.code.in_(wanted))
    ).all()
    standings: dict[str, PlanStanding] = {}
    plans: dict[str, tuple[str, str, str, dt.date | None, dt.date | None, dt.date | None]] = {}
    for (
        code,
        plan_id,
        stage,
        plan_title,
        adopted_on,
        revise_by,
        follow_up,
        last_year,
    ) in session.execute(
        select(
            ServicePlan.municipality_code,
            ServicePlan.id,
            ServicePlan.stage,
            ServicePlan.title,
            ServicePlan.adopted_on,
            ServicePlan.revise_by,
            ServicePlan.next_follow_up,
            ServicePlan.last_year,
        ).where(
            ServicePlan.is_current,
            ServicePlan.deleted_at.is_(None),
            ServicePlan.municipality_code.in_(wanted),
        )
    ):
        plans[code] = (plan_id, stage, plan_title, adopted_on, revise_by, follow_up)
        standings[code] = plan_standing(stage, revise_by, last_year, today)
    plan_ids = [plan[0] for plan in plans.values()]
    counts = _action_counts(session, plan_ids, today)
    stepped = dict(
        session.execute(
            select(PlanStageChange.plan_id, func.max(PlanStageChange.changed_on))
            .where(
                PlanStageChange.plan_id.in_(plan_ids),
                PlanStageChange.stage == PlanStage.FOLLOW_UP,
                PlanStageChange.changed_on <= today,
            )
            .group_by(PlanStageChange.plan_id)
        ).all()
    )
    noted = dict(
        session.execute(
            select(Note.municipality_code, func.max(Note.concerns_date))
            .where(
                Note.municipality_code.in_(wanted),
                Note.category == NoteCategory.FOLLOW_UP,
                Note.deleted_at.is_(None),
                Note.concerns_date <= today,
            )
            .group_by(Note.municipality_code)
        ).all()
    )
    rows: list[StatusRow] = []
    for code, name, county_name, places, running, granted, needing in municipalities:
        plan = plans.get(code)
        last = _later(noted.get(code), stepped.get(plan[0]) if plan else None)
        standing = standings.get(code, NO_PLAN_STANDING)
        register = register_counts(places, running, granted, needing, standing)
        if plan is None:
            rows.append(
                StatusRow(
                    code, name, county_name, NO_PLAN, "", None, None, last, None, 0, 0, 0, register
                )
            )
            continue
        plan_id, stage, plan_title, adopted_on, revise_by, follow_up = plan
        done, total, delayed = counts.get(plan_id, (0, 0, 0))
        rows.append(
            StatusRow(
                code,
                name,
                county_name,
                stage,
                plan_title,
                adopted_on,
                revise_by,
                last,
                follow_up,
                done,
                total,
                delayed,
                register,
            )
        )
    rows.sort(key=lambda row: (swedish_sort_key(row.name), row.code))
    order = [*PlanStage, NO_PLAN]
    stages = tuple(StageCount(stage, sum(row.stage == stage for row in rows)) for stage in order)
    return StatusReport(title, tuple(rows), stages, today, written_by.strip())


def _later(first: dt.date | None, second: dt.date | None) -> dt.date | None:
    dates = [date for date in (first, second) if date is not None]
    return max(dates) if dates else None


def _action_counts(
    session: Session, plan_ids: list[str], today: dt.date
) -> dict[str, tuple[int, int, int]]:
    """Per plan: actions done, actions counted (not cancelled), actions delayed."""
    if not plan_ids:
        return {}
    delayed = PlanAction.deadline.is_not(None) & (PlanAction.deadline < today)
    delayed = delayed & PlanAction.status.not_in(FINISHED_STATUSES)
    query = (
        select(
            PlanAction.plan_id,
            func.sum(case((PlanAction.status == ActionStatus.DONE, 1), else_=0)),
            func.sum(case((PlanAction.status != ActionStatus.CANCELLED, 1), else_=0)),
            func.sum(case((delayed, 1), else_=0)),
        )
        .where(PlanAction.plan_id.in_(plan_ids), PlanAction.deleted_at.is_(None))
        .group_by(PlanAction.plan_id)
    )
    return {
        plan_id: (int(done), int(total), int(late))
        for plan_id, done, total, late in session.execute(query)
    }
