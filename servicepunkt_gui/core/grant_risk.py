"""Which grant cases are at risk because the plan they depend on is missing or due.

Servicebidrag and hemsändningsbidrag may only be given where the municipality has planned
its service, and regions refuse support to rural shops without a current plan. So a case
that needs a plan (``needs_plan``) and is still open is at risk when the municipality has
no current plan, when that plan is not adopted yet, when its "revideras senast" date has
passed, or (a softer warning) when that date is near. A plan without a "revideras senast"
date is due at the end of its period (its last year), as the map has it
(``core.map_status.validity``).

This is the only rule: the grant register, the overview, the reports and the spreadsheet
all ask it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import ServicePlan
from servicepunkt_gui.core.place_models import GrantCase
from servicepunkt_gui.core.vocabulary import CLOSED_GRANT_STATUSES, PlanStage, is_one_of

NO_PLAN = "no_plan"
NO_ADOPTED_PLAN = "no_adopted_plan"
REVISION_OVERDUE = "revision_overdue"
REVISION_SOON = "revision_soon"
RISK_REASONS = (NO_PLAN, NO_ADOPTED_PLAN, REVISION_OVERDUE, REVISION_SOON)
# A revision this near counts as coming: the same horizon as "Att göra"'s coming dates.
SOON_DAYS = 90

_STAGES = list(PlanStage)
_BEFORE_ADOPTION = frozenset(_STAGES[: _STAGES.index(PlanStage.ADOPTED)])


@dataclass(frozen=True)
class GrantSummary:
    """One municipality's grant cases covering a year, for the overview."""

    count_by_type: dict[str, int] = field(default_factory=dict)
    granted_by_type: dict[str, int] = field(default_factory=dict)  # kronor; None counts 0
    at_risk: int = 0

    @property
    def count(self) -> int:
        return sum(self.count_by_type.values())

    @property
    def granted_sek(self) -> int:
        return sum(self.granted_by_type.values())


@dataclass(frozen=True)
class PlanStanding:
    """What a municipality's current plan means for its grants that need one."""

    risk: str | None  # one of RISK_REASONS, None: a current plan not due for revision soon
    revise_by: dt.date | None  # the date that counts: revise_by, else its period's end


NO_PLAN_STANDING = PlanStanding(NO_PLAN, None)


def revision_date(revise_by: dt.date | None, last_year: int | None) -> dt.date | None:
    """When a plan is to be revised: its "revideras senast", else the end of its period."""
    if revise_by is not None:
        return revise_by
    return dt.date(last_year, 12, 31) if last_year is not None else None


def plan_standing(
    stage: str | None, revise_by: dt.date | None, last_year: int | None, today: dt.date
) -> PlanStanding:
    """The standing given the current plan's stage and dates (``stage`` None: no plan)."""
    if stage is None:
        return NO_PLAN_STANDING
    due = revision_date(revise_by, last_year)
    if not is_one_of(PlanStage, stage) or stage in _BEFORE_ADOPTION:
        return PlanStanding(NO_ADOPTED_PLAN, due)
    if due is None:
        return PlanStanding(None, None)
    if due < today:
        return PlanStanding(REVISION_OVERDUE, due)
    if due <= today + dt.timedelta(days=SOON_DAYS):
        return PlanStanding(REVISION_SOON, due)
    return PlanStanding(None, due)


def plan_risk(
    stage: str | None, revise_by: dt.date | None, last_year: int | None, today: dt.date
) -> str | None:
    """Why a municipality's grants are at risk, given its current plan (None: no plan)."""
    return plan_standing(stage, revise_by, last_year, today).risk


def risk_of(needs_plan: bool, status: str, municipal_risk: str | None) -> str | None:
    """A case's risk: its municipality's, if the case needs a plan and is still open."""
    if not needs_plan or status in CLOSED_GRANT_STATUSES:
        return None
    return municipal_risk


def open_needing_a_plan() -> ColumnElement[bool]:
    """The cases ``risk_of`` may put at risk, as a condition for a query: needing a plan,
    still open, not in the trash (so counting queries follow the same rule)."""
    return and_(
        GrantCase.needs_plan,
        GrantCase.status.not_in(CLOSED_GRANT_STATUSES),
        GrantCase.deleted_at.is_(None),
    )


def standings_by_municipality(
    session: Session, codes: Iterable[str], today: dt.date
) -> dict[str, PlanStanding]:
    """Each municipality's standing on ``today``; every code asked for is in the answer."""
    found = dict.fromkeys(codes, NO_PLAN_STANDING)
    for code, stage, revise_by, last_year in session.execute(
        select(
            ServicePlan.municipality_code,
            ServicePlan.stage,
            ServicePlan.revise_by,
            ServicePlan.last_year,
        ).where(
            ServicePlan.municipality_code.in_(list(found)),
            ServicePlan.is_current,
            ServicePlan.deleted_at.is_(None),
        )
    ):
        found[code] = plan_standing(stage, revise_by, last_year, today)
    return found


def risk_by_municipality(
    session: Session, codes: Iterable[str], today: dt.date
) -> dict[str, str | None]:
    """For each municipality, why its grants that need a plan are at risk (or None)."""
    return {
        code: standing.risk
        for code, standing in standings_by_municipality(session, codes, today).items()
    }


def grants_at_risk(session: Session, codes: Iterable[str], today: dt.date) -> dict[str, str]:
    """Grant id → why it is at risk, for the open cases needing a plan in ``codes``."""
    municipal = risk_by_municipality(session, codes, today)
    risky = [code for code, reason in municipal.items() if reason is not None]
    if not risky:
        return {}
    found = session.execute(
        select(GrantCase.id, GrantCase.municipality_code, GrantCase.status).where(
            GrantCase.municipality_code.in_(risky), open_needing_a_plan()
        )
    ).all()
    at_risk = {row.id: risk_of(True, row.status, municipal[row.municipality_code]) for row in found}
    return {grant_id: reason for grant_id, reason in at_risk.items() if reason is not None}


def grant_summary(
    session: Session, codes: Iterable[str], year: int, today: dt.date | None = None
) -> dict[str, GrantSummary]:
    """Per municipality: the cases covering ``year`` (count and granted sum by type), and
    how many of them are at risk today. Every code asked for is in the answer."""
    wanted = list(dict.fromkeys(codes))
    found = session.execute(
        select(
            GrantCase.id,
            GrantCase.municipality_code,
            GrantCase.grant_type,
            GrantCase.granted_sek,
        ).where(
            GrantCase.municipality_code.in_(wanted),
            GrantCase.deleted_at.is_(None),
            GrantCase.first_year <= year,
            GrantCase.last_year >= year,
        )
    ).all()
    risky = grants_at_risk(session, wanted, today or dt.date.today())
    counts: dict[str, dict[str, int]] = {code: {} for code in wanted}
    granted: dict[str, dict[str, int]] = {code: {} for code in wanted}
    at_risk = dict.fromkeys(wanted, 0)
    for row in found:
        code, kind = row.municipality_code, row.grant_type
        counts[code][kind] = counts[code].get(kind, 0) + 1
        granted[code][kind] = granted[code].get(kind, 0) + (row.granted_sek or 0)
        at_risk[code] += row.id in risky
    return {code: GrantSummary(counts[code], granted[code], at_risk[code]) for code in wanted}
