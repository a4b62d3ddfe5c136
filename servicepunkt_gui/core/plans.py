"""Use cases for service plans and their stage history."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.db_dialects import insertion_order
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import (
    Municipality,
    PlanStageChange,
    ServicePlan,
    utc_now,
)
from servicepunkt_gui.core.record_versions import check_version, flush_checked
from servicepunkt_gui.core.validation import case_number_problem, year_problem
from servicepunkt_gui.core.vocabulary import AdoptingBody, PlanStage, is_one_of


@dataclass(frozen=True)
class PlanInput:
    """The plan's own fields as the official typed them."""

    title: str
    first_year: int
    last_year: int
    adopted_by: str | None = None
    adopted_on: dt.date | None = None
    paragraph: str = ""
    case_number: str = ""
    revise_by: dt.date | None = None
    next_follow_up: dt.date | None = None
    document: str = ""


@dataclass(frozen=True)
class StageChange:
    id: str
    stage: str
    changed_on: dt.date
    changed_by: str
    comment: str


@dataclass(frozen=True)
class PlanDetail:
    id: str
    municipality_code: str
    stage: str
    is_current: bool
    values: PlanInput
    history: list[StageChange]
    created_at: dt.datetime
    updated_at: dt.datetime
    row_version: int | None = None  # the version read: hand it back as ``expected_version``
    saved_by: str = ""

    @property
    def title(self) -> str:
        return self.values.title


def plan_problems(plan: PlanInput) -> dict[str, str]:
    """Every problem with the input, by field, so the UI can show each beside its field."""
    problems: dict[str, str] = {}
    if not plan.title.strip():
        problems["title"] = "empty"
    elif len(plan.title) > 300:
        problems["title"] = "too_long"
    for field, year in (("first_year", plan.first_year), ("last_year", plan.last_year)):
        if (problem := year_problem(year)) is not None:
            problems[field] = problem
    years_valid = "first_year" not in problems and "last_year" not in problems
    if years_valid and plan.last_year < plan.first_year:
        problems["last_year"] = "period_end_before_start"
    if plan.adopted_by is not None and not is_one_of(AdoptingBody, plan.adopted_by):
        problems["adopted_by"] = "unknown"
    if (problem := case_number_problem(plan.case_number)) is not None:
        problems["case_number"] = problem
    if len(plan.paragraph) > 40:
        problems["paragraph"] = "too_long"
    return problems


def adopted_before_its_stage(plan: PlanInput, stage: str) -> bool:
    """True if the plan says who adopted it, when or under which § while its stage is still
    before "adopted": worth a warning beside the fields, not a refusal (the stage may simply
    not have been moved on yet).

    The case number alone does not count: a case gets its diarienummer when it is
    registered, so a draft on consultation already has one.
    """
    if not is_one_of(PlanStage, stage):
        return False
    stages = list(PlanStage)
    if stages.index(PlanStage(stage)) >= stages.index(PlanStage.ADOPTED):
        return False
    filled = (plan.adopted_by is not None, plan.adopted_on is not None, plan.paragraph.strip())
    return any(filled)


def _check(plan: PlanInput) -> None:
    problems = plan_problems(plan)
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)


def _check_stage(stage: str) -> None:
    if not is_one_of(PlanStage, stage):
        raise ValidationError("stage", "unknown")


def create_plan(
    session: Session,
    municipality_code: str,
    plan: PlanInput,
    changed_by: str,
    stage: str = PlanStage.NOT_STARTED,
    today: dt.date | None = None,
) -> PlanDetail:
    """Add a plan; the municipality's first plan becomes its current one."""
    _check(plan)
    _check_stage(stage)
    if session.get(Municipality, municipality_code) is None:
        raise ValidationError("municipality", "unknown")
    has_current = session.scalar(
        select(ServicePlan.id).where(
            ServicePlan.municipality_code == municipality_code, ServicePlan.is_current
        )
    )
    row = ServicePlan(municipality_code=municipality_code, stage=stage, is_current=not has_current)
    _apply(row, plan)
    session.add(row)
    session.flush()
    session.add(
        PlanStageChange(
            plan_id=row.id,
            stage=stage,
            changed_on=today or dt.date.today(),
            changed_by=changed_by,
            comment="",
        )
    )
    session.flush()
    record(session, RecordKind.PLAN, municipality_code)
    return _detail(session, row)


def plan_fields(plan: PlanInput) -> dict[str, object]:
    """The plan's fields as ``update_plan`` stores them, by name (for the conflict dialog)."""
    fields = asdict(plan)
    for name in ("title", "paragraph", "case_number", "document"):
        fields[name] = fields[name].strip()
    return fields


def update_plan(
    session: Session, plan_id: str, plan: PlanInput, *, expected_version: int | None = None
) -> PlanDetail:
    """Save the plan's fields; ``expected_version`` is the version the form read (None:
    no check), a different stored one raises ``EditConflictError``."""
    _check(plan)
    row = _get(session, plan_id)
    mine = plan_fields(plan)
    check_version(row, expected_version, mine)
    _apply(row, plan)
    flush_checked(session, row, mine)
    record(session, RecordKind.PLAN, row.municipality_code)
    return _detail(session, row)


def set_stage(
    session: Session,
    plan_id: str,
    stage: str,
    changed_by: str,
    changed_on: dt.date | None = None,
    comment: str = "",
) -> PlanDetail:
    """Move the plan to ``stage`` (forward or back) and record the step in its history."""
    _check_stage(stage)
    row = _get(session, plan_id)
    session.add(
        PlanStageChange(
            plan_id=plan_id,
            stage=stage,
            changed_on=changed_on or dt.date.today(),
            changed_by=changed_by.strip(),
            comment=comment.strip(),
        )
    )
    session.flush()
    # The plan is in the stage of its newest step by date: a step remembered afterwards and
    # dated before the others goes into the history without moving the plan back.
    row.stage = _detail(session, row).history[-1].stage
    session.flush()
    record(session, RecordKind.PLAN, row.municipality_code)
    return _detail(session, row)


def make_current(session: Session, plan_id: str) -> PlanDetail:
    row = _get(session, plan_id)
    session.execute(
        update(ServicePlan)
        .where(ServicePlan.municipality_code == row.municipality_code, ServicePlan.id != plan_id)
        # A bulk UPDATE does not raise the version itself; the flag is part of the record.
        .where(ServicePlan.is_current)
        .values(is_current=False, row_version=ServicePlan.row_version + 1)
    )
    session.flush()
    row.is_current = True
    session.flush()
    record(session, RecordKind.PLAN, row.municipality_code)
    return _detail(session, row)


def delete_plan(session: Session, plan_id: str) -> None:
    """Move a plan (with its history, goals and actions) to the trash.

    If it was the current plan, the newest remaining plan becomes current.
    """
    row = _get(session, plan_id)
    was_current = row.is_current
    row.deleted_at = utc_now()
    row.is_current = False
    session.flush()
    record(session, RecordKind.PLAN, row.municipality_code)
    record(session, RecordKind.TRASH, row.municipality_code)
    if was_current:
        newest = session.scalar(
            select(ServicePlan)
            .where(
                ServicePlan.municipality_code == row.municipality_code,
                ServicePlan.deleted_at.is_(None),
            )
            .order_by(ServicePlan.last_year.desc(), ServicePlan.created_at.desc())
        )
        if newest is not None:
            newest.is_current = True
            session.flush()


def get_plan(session: Session, plan_id: str) -> PlanDetail | None:
    row = session.get(ServicePlan, plan_id)
    return _detail(session, row) if row is not None and row.deleted_at is None else None


def list_plans(session: Session, municipality_code: str) -> list[PlanDetail]:
    """The municipality's plans, newest period first."""
    rows = session.scalars(
        select(ServicePlan)
        .where(ServicePlan.municipality_code == municipality_code, ServicePlan.deleted_at.is_(None))
        .order_by(ServicePlan.first_year.desc(), ServicePlan.created_at.desc())
    ).all()
    return [_detail(session, row) for row in rows]


def _get(session: Session, plan_id: str) -> ServicePlan:
    row = session.get(ServicePlan, plan_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("plan", "missing")
    return row


def _apply(row: ServicePlan, plan: PlanInput) -> None:
    row.title = plan.title.strip()
    row.first_year = plan.first_year
    row.last_year = plan.last_year
    row.adopted_by = plan.adopted_by
    row.adopted_on = plan.adopted_on
    row.paragraph = plan.paragraph.strip()
    row.case_number = plan.case_number.strip()
    row.revise_by = plan.revise_by
    row.next_follow_up = plan.next_follow_up
    row.document = plan.document.strip()


def _detail(session: Session, row: ServicePlan) -> PlanDetail:
    history = session.scalars(
        select(PlanStageChange)
        .where(PlanStageChange.plan_id == row.id)
        .order_by(PlanStageChange.created_at, insertion_order("plan_stage_change"))
    ).all()
    return plan_detail(
        row, [StageChange(h.id, h.stage, h.changed_on, h.changed_by, h.comment) for h in history]
    )


def in_date_order(recorded: list[StageChange]) -> list[StageChange]:
    """A plan's history, given in the order it was recorded, in the order of its dates.

    Each step has the date the official gave for it; equal dates keep the order they were
    recorded in. The first step recorded is the one ``create_plan`` made, dated the day the
    plan was typed in, which is no stage's date: an official typing in an older plan dates
    its later steps back, before that day. So it always opens the history (nothing came
    before the plan's first stage) and takes the earliest date of the history: a plan was
    "not started" until its first step, whenever it was recorded.
    """
    if not recorded:
        return []
    first, rest = recorded[0], recorded[1:]
    earliest = min((change.changed_on for change in rest), default=first.changed_on)
    opening = replace(first, changed_on=min(first.changed_on, earliest))
    # sorted() is stable: equal dates stay in the order they were recorded.
    return [opening, *sorted(rest, key=lambda change: change.changed_on)]


def plan_detail(row: ServicePlan, history: list[StageChange]) -> PlanDetail:
    """The plan as the views show it, its stage history already read in the order it was
    recorded (pages.py reads the history of all a municipality's plans in one query)."""
    return PlanDetail(
        id=row.id,
        municipality_code=row.municipality_code,
        stage=row.stage,
        is_current=row.is_current,
        values=PlanInput(
            title=row.title,
            first_year=row.first_year,
            last_year=row.last_year,
            adopted_by=row.adopted_by,
            adopted_on=row.adopted_on,
            paragraph=row.paragraph,
            case_number=row.case_number,
            revise_by=row.revise_by,
            next_follow_up=row.next_follow_up,
            document=row.document,
        ),
        history=in_date_order(history),
        created_at=row.created_at,
        updated_at=row.updated_at,
        row_version=row.row_version,
        saved_by=row.saved_by,
    )
