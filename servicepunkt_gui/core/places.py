"""Use cases for a municipality's register of serviceställen and their status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core import place_validation as check
from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.db_dialects import insertion_order
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import Municipality, utc_now
from servicepunkt_gui.core.place_models import Agreement, PlaceStatusChange, ServicePlace
from servicepunkt_gui.core.record_versions import check_version, flush_checked, read_values_with
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceStatus, is_one_of

MAX_COMMENT_CHARS = 2_000


@dataclass(frozen=True)
class PlaceInput:
    """A place's own fields as the official typed them (``services``: PlaceService codes)."""

    name: str
    kind: str = PlaceKind.SERVICE_POINT
    locality: str = ""
    address: str = ""
    latitude: float | None = None  # WGS84, decimal degrees
    longitude: float | None = None
    operator_name: str = ""
    org_number: str = ""  # "556036-0793" or "5560360793"; stored as NNNNNN-NNNN
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    services: tuple[str, ...] = ()
    other_service: str = ""
    staffed: bool = False
    hours_per_week: float | None = None
    last_shop: bool = False  # sista butiken på orten
    nearest_km: float | None = None  # to the nearest comparable service
    nearest_source: str = ""  # where that distance comes from
    strategic: bool = False
    service_level: str = ""  # the target service level
    # Where an imported place came from and its id there (kept by the form as loaded).
    source: str = ""
    source_id: str = ""


_INPUT_FIELDS = tuple(f.name for f in fields(PlaceInput))


@dataclass(frozen=True)
class PlaceRow:
    """A place as lists and forms show it: its fields, its latest status, its agreements."""

    id: str
    municipality_code: str
    name: str
    kind: str
    locality: str
    address: str
    latitude: float | None
    longitude: float | None
    operator_name: str
    org_number: str
    contact_person: str
    phone: str
    email: str
    services: tuple[str, ...]
    other_service: str
    staffed: bool
    hours_per_week: float | None
    last_shop: bool
    nearest_km: float | None
    nearest_source: str
    strategic: bool
    service_level: str
    source: str
    source_id: str
    status: str | None  # the latest PlaceStatus by date, None before any
    status_on: dt.date | None
    running_agreements: int  # agreements whose period includes today
    created_at: dt.datetime
    updated_at: dt.datetime
    row_version: int | None = None  # the version read: hand it back as ``expected_version``

    @property
    def values(self) -> PlaceInput:
        return PlaceInput(**{name: getattr(self, name) for name in _INPUT_FIELDS})


@dataclass(frozen=True)
class StatusChangeRow:
    id: str
    place_id: str
    status: str
    changed_on: dt.date
    comment: str


# Longest text per field (the column widths of service_place).
_TEXT_LIMITS = {
    "locality": check.MAX_TEXT_CHARS,
    "address": check.MAX_ADDRESS_CHARS,
    "operator_name": check.MAX_TEXT_CHARS,
    "contact_person": check.MAX_TEXT_CHARS,
    "phone": check.MAX_PHONE_CHARS,
    "other_service": check.MAX_TEXT_CHARS,
    "nearest_source": check.MAX_TEXT_CHARS,
    "service_level": check.MAX_TEXT_CHARS,
}


def place_problems(place: PlaceInput) -> dict[str, str]:
    """Every problem with the input, by field ("position" for latitude and longitude)."""
    problems: dict[str, str] = {}
    candidates: list[tuple[str, str | None]] = [
        ("name", check.text_problem(place.name, check.MAX_NAME_CHARS, required=True)),
        ("kind", check.kind_problem(place.kind)),
        *(
            (key, check.text_problem(getattr(place, key), most))
            for key, most in _TEXT_LIMITS.items()
        ),
        ("position", check.position_problem(place.latitude, place.longitude)),
        ("org_number", check.org_number_problem(place.org_number)),
        ("email", check.email_problem(place.email)),
        ("services", check.services_problem(place.services)),
        ("hours_per_week", check.hours_problem(place.hours_per_week)),
        ("nearest_km", check.distance_problem(place.nearest_km)),
    ]
    for key, problem in candidates:
        if problem is not None:
            problems[key] = problem
    return problems


def _check(place: PlaceInput) -> None:
    problems = place_problems(place)
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)


def create_place(session: Session, municipality_code: str, place: PlaceInput) -> PlaceRow:
    _check(place)
    if session.get(Municipality, municipality_code) is None:
        raise ValidationError("municipality", "unknown")
    row = ServicePlace(municipality_code=municipality_code)
    _apply(row, place)
    session.add(row)
    session.flush()
    record(session, RecordKind.PLACE, municipality_code)
    return _rows(session, [row])[0]


def place_fields(place: PlaceInput) -> dict[str, object]:
    """The place's fields by name, as the stored version reads (for the conflict dialog)."""
    services = tuple(check.in_vocabulary_order(place.services))
    org_number = check.normalised_org_number(place.org_number)
    return {**asdict(place), "services": services, "org_number": org_number}


def update_place(
    session: Session, place_id: str, place: PlaceInput, *, expected_version: int | None = None
) -> PlaceRow:
    """``expected_version``: the version the form read (None: no check), else a conflict."""
    _check(place)
    row = _get(session, place_id)
    mine = place_fields(place)
    check_version(row, expected_version, mine, session)
    _apply(row, place)
    flush_checked(session, row, mine)
    record(session, RecordKind.PLACE, row.municipality_code)
    return _rows(session, [row])[0]


def delete_place(session: Session, place_id: str) -> None:
    """Move the place (with its history and agreements) to the trash."""
    row = _get(session, place_id)
    row.deleted_at = utc_now()
    session.flush()
    record(session, RecordKind.PLACE, row.municipality_code)
    record(session, RecordKind.TRASH, row.municipality_code)


def get_place(session: Session, place_id: str) -> PlaceRow | None:
    row = session.get(ServicePlace, place_id)
    if row is None or row.deleted_at is not None:
        return None
    return _rows(session, [row])[0]


def list_places(
    session: Session, municipality_code: str, service: str | None = None
) -> list[PlaceRow]:
    """The municipality's places (not those in the trash) by name in Swedish order;
    ``service`` keeps only the places that offer that PlaceService."""
    query = select(ServicePlace).where(
        ServicePlace.municipality_code == municipality_code, ServicePlace.deleted_at.is_(None)
    )
    if service is not None:
        # Codes are stored space-separated: padded, a whole code matches and no part of one.
        padded = literal(" ") + ServicePlace.services + literal(" ")
        query = query.where(padded.like(f"% {service} %"))
    found = _rows(session, list(session.scalars(query)))
    return sorted(found, key=lambda p: (swedish_sort_key(p.name), swedish_sort_key(p.locality)))


def places_by_kind(session: Session, codes: Iterable[str]) -> dict[str, dict[str, int]]:
    """For the overview: per municipality, how many places of each kind (none left out
    as zero; a municipality without places is missing)."""
    wanted = list(codes)
    result: dict[str, dict[str, int]] = {}
    if not wanted:
        return result
    counted = session.execute(
        select(ServicePlace.municipality_code, ServicePlace.kind, func.count())
        .where(ServicePlace.municipality_code.in_(wanted), ServicePlace.deleted_at.is_(None))
        .group_by(ServicePlace.municipality_code, ServicePlace.kind)
    )
    for code, kind, count in counted:
        result.setdefault(code, {})[kind] = count
    return result


# -- status history --------------------------------------------------------------------


def add_status_change(
    session: Session, place_id: str, status: str, changed_on: dt.date, comment: str = ""
) -> StatusChangeRow:
    if not is_one_of(PlaceStatus, status):
        raise ValidationError("status", "unknown")
    if len(comment.strip()) > MAX_COMMENT_CHARS:
        raise ValidationError("comment", "too_long")
    place = _get(session, place_id)
    row = PlaceStatusChange(
        place_id=place_id, status=status, changed_on=changed_on, comment=comment.strip()
    )
    session.add(row)
    session.flush()
    record(session, RecordKind.PLACE, place.municipality_code)
    return _change(row)


def delete_status_change(session: Session, change_id: str) -> None:
    """Remove a step typed by mistake (it is part of the place, not a record of its own).

    Through the trash's purge, which leaves a tombstone, so the step does not come back with
    the next exchange file from a colleague who still has it."""
    from servicepunkt_gui.core.trash import delete_records

    row = session.get(PlaceStatusChange, change_id)
    if row is None:
        return
    place = session.get(ServicePlace, row.place_id)
    delete_records(session, [("place_status", change_id)])
    session.flush()
    record(session, RecordKind.PLACE, place.municipality_code if place else None)


def list_status_changes(session: Session, place_id: str) -> list[StatusChangeRow]:
    """The place's history, oldest first by date (equal dates in the order recorded)."""
    rows = session.scalars(
        select(PlaceStatusChange)
        .where(PlaceStatusChange.place_id == place_id)
        .order_by(
            PlaceStatusChange.changed_on,
            PlaceStatusChange.created_at,
            insertion_order("place_status_change"),
        )
    )
    return [_change(row) for row in rows]


# -- rows --------------------------------------------------------------------------------


def _get(session: Session, place_id: str) -> ServicePlace:
    row = session.get(ServicePlace, place_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("place", "missing")
    return row


def _apply(row: ServicePlace, place: PlaceInput) -> None:
    for key in _TEXT_LIMITS:
        setattr(row, key, getattr(place, key).strip())
    row.name = place.name.strip()
    row.kind = place.kind
    row.latitude = place.latitude
    row.longitude = place.longitude
    row.org_number = check.normalised_org_number(place.org_number)
    row.email = place.email.strip()
    row.services = " ".join(check.in_vocabulary_order(place.services))
    row.staffed = place.staffed
    row.hours_per_week = place.hours_per_week
    row.last_shop = place.last_shop
    row.nearest_km = place.nearest_km
    row.strategic = place.strategic
    row.source = place.source.strip()
    row.source_id = place.source_id.strip()


def _change(row: PlaceStatusChange) -> StatusChangeRow:
    return StatusChangeRow(row.id, row.place_id, row.status, row.changed_on, row.comment)


def _latest_statuses(session: Session, place_ids: Sequence[str]) -> dict[str, tuple[str, dt.date]]:
    latest: dict[str, tuple[str, dt.date]] = {}
    if not place_ids:
        return latest
    rows = session.execute(
        select(PlaceStatusChange.place_id, PlaceStatusChange.status, PlaceStatusChange.changed_on)
        .where(PlaceStatusChange.place_id.in_(place_ids))
        .order_by(
            PlaceStatusChange.changed_on,
            PlaceStatusChange.created_at,
            insertion_order("place_status_change"),
        )
    )
    for place_id, status, changed_on in rows:
        latest[place_id] = (status, changed_on)  # the last by date wins
    return latest


def _running_agreements(session: Session, place_ids: Sequence[str]) -> dict[str, int]:
    if not place_ids:
        return {}
    today = dt.date.today()
    counted = session.execute(
        select(Agreement.place_id, func.count())
        .where(
            Agreement.place_id.in_(place_ids),
            Agreement.deleted_at.is_(None),
            Agreement.starts_on <= today,
            Agreement.ends_on >= today,
        )
        .group_by(Agreement.place_id)
    )
    return {str(row[0]): int(row[1]) for row in counted}


def _rows(session: Session, found: list[ServicePlace]) -> list[PlaceRow]:
    """The places as rows, their statuses and agreements read in two queries for all."""
    ids = [row.id for row in found]
    statuses = _latest_statuses(session, ids)
    agreements = _running_agreements(session, ids)
    result = []
    for row in found:
        status, status_on = statuses.get(row.id, (None, None))
        result.append(
            PlaceRow(
                id=row.id,
                municipality_code=row.municipality_code,
                name=row.name,
                kind=row.kind,
                locality=row.locality,
                address=row.address,
                latitude=row.latitude,
                longitude=row.longitude,
                operator_name=row.operator_name,
                org_number=row.org_number,
                contact_person=row.contact_person,
                phone=row.phone,
                email=row.email,
                services=tuple(row.services.split()),
                other_service=row.other_service,
                staffed=row.staffed,
                hours_per_week=row.hours_per_week,
                last_shop=row.last_shop,
                nearest_km=row.nearest_km,
                nearest_source=row.nearest_source,
                strategic=row.strategic,
                service_level=row.service_level,
                source=row.source,
                source_id=row.source_id,
                status=status,
                status_on=status_on,
                running_agreements=agreements.get(row.id, 0),
                created_at=row.created_at,
                updated_at=row.updated_at,
                row_version=row.row_version,
            )
        )
    return result


read_values_with("service_place", lambda session, row: asdict(_rows(session, [row])[0].values))
