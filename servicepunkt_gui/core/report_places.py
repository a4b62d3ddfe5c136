"""The register in the reports: serviceställen, agreements and grant cases, as plain data.

The yearly follow-up of one municipality gets its places, the agreements running in the
report's period (with what was paid in it) and the grant cases covering its years
(``places_part``); the status report gets a few counts per municipality, as columns of its
own query over the municipalities (``register_columns``). Both read the models directly.
Records in the trash are left out, and so are the agreements of a place in the trash.

Whether a grant case is *at risk* because of the plan it depends on is decided by
``core.grant_risk`` (the same rule as the grant register and the overview).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.grant_risk import (
    NO_ADOPTED_PLAN,
    NO_PLAN,
    REVISION_OVERDUE,
    REVISION_SOON,
    PlanStanding,
    open_needing_a_plan,
    risk_of,
    standings_by_municipality,
)
from servicepunkt_gui.core.models import Municipality
from servicepunkt_gui.core.payment_schedule import yearly_fee
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
)
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import GrantType


def plan_standings(
    session: Session, codes: Collection[str], today: dt.date
) -> dict[str, PlanStanding]:
    """Each municipality's standing on ``today`` (``core.grant_risk``)."""
    return standings_by_municipality(session, codes, today)


def risk_text(risk: str | None, standing: PlanStanding) -> str:
    """The risk in Swedish, for a spreadsheet cell or a report ("" for none)."""
    due = standing.revise_by.isoformat() if standing.revise_by else ""
    if risk == NO_PLAN:
        return "Kommunen har ingen serviceplan"
    if risk == NO_ADOPTED_PLAN:
        return "Serviceplanen är inte antagen än"
    if risk == REVISION_OVERDUE:
        return f"Serviceplanen skulle ha reviderats senast {due}".rstrip()
    if risk == REVISION_SOON:
        return f"Serviceplanen ska revideras senast {due}".rstrip()
    return ""


# -- the yearly follow-up ---------------------------------------------------------


@dataclass(frozen=True)
class PlaceLine:
    name: str
    kind: str  # a PlaceKind code
    locality: str
    services: str  # PlaceService codes, space-separated
    other_service: str
    status: str | None  # the latest PlaceStatus code, None without a history
    status_on: dt.date | None


@dataclass(frozen=True)
class AgreementLine:
    place: str
    starts_on: dt.date
    ends_on: dt.date
    tasks: str  # AgreementTask codes, space-separated
    other_task: str
    yearly_fee_sek: int | None  # each agreed task at its fee; None when no fee is set
    paid_in_period_sek: int  # the payments dated in the report's period


@dataclass(frozen=True)
class GrantLine:
    grant_type: str  # a GrantType code
    title: str
    applicant: str | None  # the place's name; None: the municipality itself
    first_year: int
    last_year: int
    applied_sek: int | None
    granted_sek: int | None
    paid_sek: int | None
    status: str  # a GrantStatus code
    risk: str | None  # one of core.grant_risk.RISK_REASONS


@dataclass(frozen=True)
class PlacesPart:
    """The register's share of one municipality's follow-up report."""

    period_from: dt.date
    period_to: dt.date
    standing: PlanStanding
    places: tuple[PlaceLine, ...] = ()  # in Swedish order of their names
    agreements: tuple[AgreementLine, ...] = ()  # by place, then start
    grants: tuple[GrantLine, ...] = ()  # newest years first

    @property
    def is_empty(self) -> bool:
        return not (self.places or self.agreements or self.grants)

    @property
    def grants_at_risk(self) -> tuple[GrantLine, ...]:
        return tuple(grant for grant in self.grants if grant.risk is not None)


def task_count(tasks: str, other_task: str) -> int:
    """The tasks an agreement's fee is paid for: the chosen ones and an own one."""
    return len(tasks.split()) + (1 if other_task.strip() else 0)


def places_part(
    session: Session, code: str, period_from: dt.date, period_to: dt.date, today: dt.date
) -> PlacesPart:
    """The places, the agreements running in the period and the grants covering its years."""
    standing = plan_standings(session, [code], today)[code]
    places = session.scalars(
        select(ServicePlace).where(
            ServicePlace.municipality_code == code, ServicePlace.deleted_at.is_(None)
        )
    ).all()
    names = {place.id: place.name for place in places}
    latest: dict[str, PlaceStatusChange] = {}
    for step in session.scalars(
        select(PlaceStatusChange)
        .where(PlaceStatusChange.place_id.in_(list(names)))
        .order_by(PlaceStatusChange.changed_on, PlaceStatusChange.created_at)
    ):
        latest[step.place_id] = step  # the last one wins
    place_lines = sorted(
        (
            PlaceLine(
                place.name,
                place.kind,
                place.locality,
                place.services,
                place.other_service,
                latest[place.id].status if place.id in latest else None,
                latest[place.id].changed_on if place.id in latest else None,
            )
            for place in places
        ),
        key=lambda line: (swedish_sort_key(line.name), swedish_sort_key(line.locality)),
    )
    agreements = session.scalars(
        select(Agreement).where(
            Agreement.municipality_code == code,
            Agreement.deleted_at.is_(None),
            Agreement.place_id.in_(list(names)),
            Agreement.starts_on <= period_to,
            Agreement.ends_on >= period_from,
        )
    ).all()
    paid = dict(
        session.execute(
            select(AgreementPayment.agreement_id, func.sum(AgreementPayment.amount_sek))
            .where(
                AgreementPayment.agreement_id.in_([a.id for a in agreements]),
                AgreementPayment.paid_on >= period_from,
                AgreementPayment.paid_on <= period_to,
            )
            .group_by(AgreementPayment.agreement_id)
        ).all()
    )
    agreement_lines = sorted(
        (
            AgreementLine(
                names[a.place_id],
                a.starts_on,
                a.ends_on,
                a.tasks,
                a.other_task,
                _yearly_fee(a),
                int(paid.get(a.id) or 0),
            )
            for a in agreements
        ),
        key=lambda line: (swedish_sort_key(line.place), line.starts_on, line.ends_on),
    )
    grants = session.scalars(
        select(GrantCase).where(
            GrantCase.municipality_code == code,
            GrantCase.deleted_at.is_(None),
            GrantCase.first_year <= period_to.year,
            GrantCase.last_year >= period_from.year,
        )
    ).all()
    type_order = {kind.value: index for index, kind in enumerate(GrantType)}
    grant_lines = sorted(
        (
            GrantLine(
                grant.grant_type,
                grant.title,
                _applicant(grant.place_id, names),
                grant.first_year,
                grant.last_year,
                grant.applied_sek,
                grant.granted_sek,
                grant.paid_sek,
                grant.status,
                risk_of(grant.needs_plan, grant.status, standing.risk),
            )
            for grant in grants
        ),
        key=lambda g: (
            -g.last_year,
            -g.first_year,
            type_order.get(g.grant_type, len(type_order)),
            swedish_sort_key(g.applicant or ""),
            swedish_sort_key(g.title),
        ),
    )
    return PlacesPart(
        period_from,
        period_to,
        standing,
        tuple(place_lines),
        tuple(agreement_lines),
        tuple(grant_lines),
    )


def _yearly_fee(agreement: Agreement) -> int | None:
    return yearly_fee(task_count(agreement.tasks, agreement.other_task), agreement.fee_per_task_sek)


def _applicant(place_id: str | None, names: dict[str, str]) -> str | None:
    """The applicant place's name; None for the municipality; "" for a place in the trash
    (as a note shows no plan once its plan is in the trash)."""
    if place_id is None:
        return None
    return names.get(place_id, "")


# -- the status report ------------------------------------------------------------


@dataclass(frozen=True)
class PlaceCounts:
    places: int = 0
    agreements_running: int = 0  # on the report's day
    granted_this_year_sek: int = 0  # granted in the cases covering the report's year
    grants_at_risk: int = 0  # open cases of any year


NO_COUNTS = PlaceCounts()  # a municipality without any of them


def register_columns(today: dt.date) -> tuple[ScalarSelect[Any], ...]:
    """Four columns to add to a query over ``Municipality``, one subquery each, so that the
    status report needs no query of its own for them: the places, the agreements running
    on ``today``, the amount granted in the cases covering ``today``'s year, and the open
    cases that need a plan (at risk if the plan is: ``register_counts``)."""
    code = Municipality.code
    places = (
        select(func.count())
        .where(ServicePlace.municipality_code == code, ServicePlace.deleted_at.is_(None))
        .scalar_subquery()
    )
    running = (
        select(func.count())
        .select_from(Agreement)
        .join(ServicePlace, ServicePlace.id == Agreement.place_id)
        .where(
            Agreement.municipality_code == code,
            Agreement.deleted_at.is_(None),
            ServicePlace.deleted_at.is_(None),
            Agreement.starts_on <= today,
            Agreement.ends_on >= today,
        )
        .scalar_subquery()
    )
    live = (GrantCase.municipality_code == code) & GrantCase.deleted_at.is_(None)
    granted = (
        select(func.coalesce(func.sum(GrantCase.granted_sek), 0))
        .where(live, GrantCase.first_year <= today.year, GrantCase.last_year >= today.year)
        .scalar_subquery()
    )
    # Any open case, this year's or one still to apply for, is at risk with the plan.
    needing = (
        select(func.count())
        .where(GrantCase.municipality_code == code, open_needing_a_plan())
        .scalar_subquery()
    )
    return places, running, granted, needing


def register_counts(
    places: int | None,
    running: int | None,
    granted: int | None,
    needing_a_plan: int | None,
    standing: PlanStanding,
) -> PlaceCounts:
    """A municipality's counts from the values of ``register_columns``."""
    at_risk = (needing_a_plan or 0) if standing.risk is not None else 0
    counts = PlaceCounts(int(places or 0), int(running or 0), int(granted or 0), at_risk)
    return NO_COUNTS if counts == NO_COUNTS else counts
