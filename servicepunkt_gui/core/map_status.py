"""What the map colours each municipality by: programme role, plan stage, validity, follow-up.

Three queries whatever the number of plans: the municipalities, their roles in the pilot
programme, their current plans.

Validity of the current plan (not deleted, ``is_current``):

- a plan counts as *adopted* when its stage is "adopted" or later (implementation,
  follow-up, revision: the adopted plan is in force while it is revised), or when it has a
  decision date (``adopted_on``) on or before today even though its stage has not been
  moved on yet (``plans.adopted_before_its_stage`` allows that). Anything else is
  ``NO_PLAN``, like having no plan at all.
- its revision date is ``revise_by`` ("revideras senast"); where that is empty, the end of
  the plan's period (31 December of ``last_year``): a plan for 2020–2023 is not current in
  2026 just because nobody typed a revision date.
- ``OVERDUE`` once that date has passed (it is before today), ``REVISION_DUE`` when it is
  within a year (on or before the same day next year), ``CURRENT`` otherwise.

``follow_up_overdue`` is the master list's: the current plan's next follow-up is before
today, whether the plan is adopted or not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import Municipality, ProgrammeParticipation, ServicePlan
from servicepunkt_gui.core.versions import PILOT_PROGRAMME_ID
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage, is_one_of


class Validity(StrEnum):
    CURRENT = "current"
    REVISION_DUE = "revision_due"
    OVERDUE = "overdue"
    NO_PLAN = "no_plan"


@dataclass(frozen=True)
class MapStatus:
    code: str
    role: str | None  # vocabulary.ProgrammeRole value (pilot, ambassador) or None
    stage: str  # the current plan's stage, or vocabulary.NO_PLAN
    validity: Validity
    follow_up_overdue: bool


_STAGES = list(PlanStage)
_ADOPTED_STAGES = frozenset(_STAGES[_STAGES.index(PlanStage.ADOPTED) :])


def one_year_later(day: dt.date) -> dt.date:
    """The same day next year (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def is_adopted(stage: str, adopted_on: dt.date | None, today: dt.date) -> bool:
    if is_one_of(PlanStage, stage) and PlanStage(stage) in _ADOPTED_STAGES:
        return True
    return adopted_on is not None and adopted_on <= today


def validity(
    stage: str,
    adopted_on: dt.date | None,
    revise_by: dt.date | None,
    last_year: int,
    today: dt.date,
) -> Validity:
    """The validity of one plan on ``today`` (see the module's description)."""
    if not is_adopted(stage, adopted_on, today):
        return Validity.NO_PLAN
    due = revise_by if revise_by is not None else dt.date(last_year, 12, 31)
    if due < today:
        return Validity.OVERDUE
    if due <= one_year_later(today):
        return Validity.REVISION_DUE
    return Validity.CURRENT


def map_statuses(session: Session, today: dt.date) -> dict[str, MapStatus]:
    """Every municipality's status on ``today``, by code."""
    codes = session.scalars(select(Municipality.code)).all()
    # .all(): a list of rows; dict() of the Result itself would take it for a mapping.
    roles: dict[str, str] = dict(
        session.execute(
            select(ProgrammeParticipation.municipality_code, ProgrammeParticipation.role).where(
                ProgrammeParticipation.programme_id == PILOT_PROGRAMME_ID
            )
        ).all()
    )
    plans = {
        code: (stage, adopted_on, revise_by, last_year, follow_up)
        for code, stage, adopted_on, revise_by, last_year, follow_up in session.execute(
            select(
                ServicePlan.municipality_code,
                ServicePlan.stage,
                ServicePlan.adopted_on,
                ServicePlan.revise_by,
                ServicePlan.last_year,
                ServicePlan.next_follow_up,
            ).where(ServicePlan.is_current, ServicePlan.deleted_at.is_(None))
        )
    }
    statuses: dict[str, MapStatus] = {}
    for code in codes:
        role = roles.get(code)
        plan = plans.get(code)
        if plan is None:
            statuses[code] = MapStatus(code, role, NO_PLAN, Validity.NO_PLAN, False)
            continue
        stage, adopted_on, revise_by, last_year, follow_up = plan
        statuses[code] = MapStatus(
            code,
            role,
            stage,
            validity(stage, adopted_on, revise_by, last_year, today),
            follow_up is not None and follow_up < today,
        )
    return statuses
