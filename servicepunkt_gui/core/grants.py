"""Use cases for grant cases (stöd): applications by the municipality or by a place in its
register, their decisions and payments.

Whether a case is at risk because the plan is missing or due is ``core.grant_risk``; the
hemsändningsbidrag figures are ``core.home_delivery``; the de minimis total is
``core.de_minimis``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.grant_risk import risk_by_municipality, risk_of
from servicepunkt_gui.core.models import Municipality, utc_now
from servicepunkt_gui.core.place_models import GrantCase, ServicePlace
from servicepunkt_gui.core.record_versions import check_version, flush_checked
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.validation import case_number_problem, year_problem
from servicepunkt_gui.core.vocabulary import (
    GRANTS_NEEDING_A_PLAN,
    GrantDecider,
    GrantStatus,
    GrantType,
    is_one_of,
)

# An amount or a count above this is a typing error (and would not fit SQLite's integer).
MAX_AMOUNT = 10**12
AMOUNT_FIELDS = (
    "applied_sek",
    "granted_sek",
    "paid_sek",
    "households",
    "deliveries",
    "net_cost_sek",
)


@dataclass(frozen=True)
class GrantInput:
    """A grant case's own fields as the official typed them."""

    grant_type: str
    decider: str
    place_id: str | None  # the applicant; None: the municipality applies
    title: str
    first_year: int
    last_year: int
    deadline: dt.date | None = None
    sent_on: dt.date | None = None
    decider_case_number: str = ""
    applied_sek: int | None = None
    granted_sek: int | None = None
    paid_sek: int | None = None
    decided_on: dt.date | None = None
    conditions: str = ""
    responsible: str = ""
    status: str = GrantStatus.PLANNED
    needs_plan: bool = True
    households: int | None = None
    deliveries: int | None = None
    net_cost_sek: int | None = None


@dataclass(frozen=True)
class GrantRow:
    """A grant case as the views show it."""

    id: str
    municipality_code: str
    applicant_name: str  # the place's name, or the municipality's
    plan_risk: str | None  # grant_risk.NO_ADOPTED_PLAN, REVISION_OVERDUE, REVISION_SOON
    grant_type: str
    decider: str
    place_id: str | None
    title: str
    first_year: int
    last_year: int
    deadline: dt.date | None
    sent_on: dt.date | None
    decider_case_number: str
    applied_sek: int | None
    granted_sek: int | None
    paid_sek: int | None
    decided_on: dt.date | None
    conditions: str
    responsible: str
    status: str
    needs_plan: bool
    households: int | None
    deliveries: int | None
    net_cost_sek: int | None
    row_version: int | None = None  # the version read: hand it back as ``expected_version``

    @property
    def values(self) -> GrantInput:
        return GrantInput(**{f.name: getattr(self, f.name) for f in fields(GrantInput)})


def new_grant_values(today: dt.date) -> GrantInput:
    """What a new case starts as: a servicebidrag for this year, to be applied for."""
    kind = GrantType.SERVICE_GRANT
    return GrantInput(
        grant_type=kind,
        decider=GrantDecider.REGION,
        place_id=None,
        title="",
        first_year=today.year,
        last_year=today.year,
        needs_plan=default_needs_plan(kind),
    )


def default_needs_plan(grant_type: str) -> bool:
    """Whether a case of this type needs a current plan unless the official says otherwise."""
    return grant_type in GRANTS_NEEDING_A_PLAN


def grant_problems(g: GrantInput, known_places: Container[str] | None = None) -> dict[str, str]:
    """Every problem with the input, by field (reason codes, shown beside each field).

    ``known_places``: the ids of the municipality's places, when the caller knows them; an
    applicant among none of them is "other_municipality".
    """
    problems: dict[str, str] = {}
    for field, vocabulary in (
        ("grant_type", GrantType),
        ("decider", GrantDecider),
        ("status", GrantStatus),
    ):
        if not is_one_of(vocabulary, getattr(g, field)):
            problems[field] = "unknown"
    if known_places is not None and g.place_id is not None and g.place_id not in known_places:
        problems["place_id"] = "other_municipality"
    if len(g.title) > 300:
        problems["title"] = "too_long"
    if len(g.responsible) > 200:
        problems["responsible"] = "too_long"
    for field, year in (("first_year", g.first_year), ("last_year", g.last_year)):
        if (problem := year_problem(year)) is not None:
            problems[field] = problem
    years_valid = "first_year" not in problems and "last_year" not in problems
    if years_valid and g.last_year < g.first_year:
        problems["last_year"] = "period_end_before_start"
    if (problem := case_number_problem(g.decider_case_number)) is not None:
        problems["decider_case_number"] = problem
    for field in AMOUNT_FIELDS:
        value = getattr(g, field)
        if value is not None and value < 0:
            problems[field] = "negative"
        elif value is not None and value > MAX_AMOUNT:
            problems[field] = "too_large"
    return problems


def _check(session: Session, municipality_code: str, g: GrantInput) -> None:
    places = None
    if g.place_id is not None:
        place = session.get(ServicePlace, g.place_id)
        same = place is not None and place.municipality_code == municipality_code
        places = {g.place_id} if same else set()
    problems = grant_problems(g, places)
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)


def create_grant(session: Session, municipality_code: str, g: GrantInput) -> GrantRow:
    if session.get(Municipality, municipality_code) is None:
        raise ValidationError("municipality", "unknown")
    _check(session, municipality_code, g)
    row = GrantCase(municipality_code=municipality_code)
    _apply(row, g)
    session.add(row)
    session.flush()
    record(session, RecordKind.GRANT, municipality_code)
    return _row(session, row)


def update_grant(
    session: Session, grant_id: str, g: GrantInput, *, expected_version: int | None = None
) -> GrantRow:
    """``expected_version``: the version the form read (None: no check), else a conflict."""
    row = _get(session, grant_id)
    _check(session, row.municipality_code, g)
    mine = {
        key: value.strip() if isinstance(value, str) else value for key, value in asdict(g).items()
    }
    check_version(row, expected_version, mine)
    _apply(row, g)
    flush_checked(session, row, mine)
    record(session, RecordKind.GRANT, row.municipality_code)
    return _row(session, row)


def delete_grant(session: Session, grant_id: str) -> None:
    """Move a grant case to the trash."""
    row = _get(session, grant_id)
    row.deleted_at = utc_now()
    session.flush()
    record(session, RecordKind.GRANT, row.municipality_code)
    record(session, RecordKind.TRASH, row.municipality_code)


def get_grant(session: Session, grant_id: str, today: dt.date | None = None) -> GrantRow | None:
    row = session.get(GrantCase, grant_id)
    if row is None or row.deleted_at is not None:
        return None
    return _row(session, row, today)


def list_grants(
    session: Session, municipality_code: str, today: dt.date | None = None
) -> list[GrantRow]:
    """The municipality's grant cases (not those in the trash), newest period first."""
    found = session.scalars(
        select(GrantCase)
        .where(GrantCase.municipality_code == municipality_code, GrantCase.deleted_at.is_(None))
        .order_by(
            GrantCase.first_year.desc(), GrantCase.last_year.desc(), GrantCase.created_at.desc()
        )
    ).all()
    if not found:
        return []
    names = _applicant_names(session, municipality_code)
    risk = risk_by_municipality(session, [municipality_code], today or dt.date.today())
    municipal = risk.get(municipality_code)
    return [_as_row(row, names, municipal) for row in found]


def applicant_choices(session: Session, municipality_code: str) -> list[tuple[str | None, str]]:
    """Who can apply: the municipality first, then the places of its register by name."""
    municipality = session.get(Municipality, municipality_code)
    first: list[tuple[str | None, str]] = [(None, municipality.name if municipality else "")]
    places = session.execute(
        select(ServicePlace.id, ServicePlace.name).where(
            ServicePlace.municipality_code == municipality_code,
            ServicePlace.deleted_at.is_(None),
        )
    ).all()
    ordered = sorted(places, key=lambda place: (swedish_sort_key(place.name), place.id))
    return first + [(place.id, place.name) for place in ordered]


def _get(session: Session, grant_id: str) -> GrantCase:
    row = session.get(GrantCase, grant_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("grant", "missing")
    return row


def _apply(row: GrantCase, g: GrantInput) -> None:
    for field in fields(GrantInput):
        value = getattr(g, field.name)
        setattr(row, field.name, value.strip() if isinstance(value, str) else value)


def _applicant_names(session: Session, municipality_code: str) -> dict[str | None, str]:
    """Every place's name (those in the trash too: a case keeps naming its applicant)."""
    municipality = session.get(Municipality, municipality_code)
    names: dict[str | None, str] = {None: municipality.name if municipality else ""}
    for place_id, name in session.execute(
        select(ServicePlace.id, ServicePlace.name).where(
            ServicePlace.municipality_code == municipality_code
        )
    ):
        names[place_id] = name
    return names


def _row(session: Session, row: GrantCase, today: dt.date | None = None) -> GrantRow:
    code = row.municipality_code
    risk = risk_by_municipality(session, [code], today or dt.date.today())
    return _as_row(row, _applicant_names(session, code), risk.get(code))


def _as_row(row: GrantCase, names: dict[str | None, str], municipal: str | None) -> GrantRow:
    values = {f.name: getattr(row, f.name) for f in fields(GrantInput)}
    return GrantRow(
        id=row.id,
        municipality_code=row.municipality_code,
        applicant_name=names.get(row.place_id, names[None]),
        plan_risk=risk_of(row.needs_plan, row.status, municipal),
        **values,
        row_version=row.row_version,
    )
