"""SQLAlchemy models of the register of serviceställen, their agreements, and grant cases.

Migration 0010 made these tables. Every rule a wrong value would break is also a CHECK
constraint, so a file written by anything else cannot hold it either: an agreement that ends
before it starts, a negative amount, an organisation number with a wrong check digit, a
position outside Sweden. ``core.place_validation`` says the same in Swedish beside the field.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from servicepunkt_gui.core.db_dialects import (
    DIALECTS,
    ORG_NUMBER_SHAPE,
    Dialect,
    dialect_checks,
    where,
)
from servicepunkt_gui.core.models import Base, UserRecord, VersionedRecord, _in
from servicepunkt_gui.core.vocabulary import (
    GrantDecider,
    GrantStatus,
    GrantType,
    PaymentInterval,
    PlaceKind,
    PlaceStatus,
)

# A box around Sweden (Smygehuk 55.34° N, Treriksröset 69.06° N, Koster 10.96° E,
# Haparanda 24.17° E) with a little margin: a position outside it is a typing error.
SWEDEN_LATITUDE = (55.0, 69.2)
SWEDEN_LONGITUDE = (10.5, 24.3)


def _digit(column: str, position: int) -> str:
    return f"CAST(substr({column}, {position}, 1) AS INTEGER)"


def _doubled(column: str, position: int) -> str:
    """Luhn: a digit in a doubled position counts as the sum of the digits of its double."""
    digit = _digit(column, position)
    return f"(CASE WHEN {digit} >= 5 THEN 2 * {digit} - 9 ELSE 2 * {digit} END)"


def organisation_number_check(column: str, dialect: Dialect = "sqlite") -> str:
    """SQL: ``column`` is empty or ``NNNNNN-NNNN`` with a right Luhn check digit."""
    positions = (1, 2, 3, 4, 5, 6, 8, 9, 10, 11)  # the hyphen is the 7th character
    terms = [
        _doubled(column, position) if index % 2 == 0 else _digit(column, position)
        for index, position in enumerate(positions)
    ]
    return (
        f"{column} = '' OR (length({column}) = 11 AND substr({column}, 7, 1) = '-' "
        f"AND {column} {ORG_NUMBER_SHAPE[dialect]} "
        f"AND ({' + '.join(terms)}) % 10 = 0)"
    )


def _not_negative(*columns: str) -> str:
    return " AND ".join(f"({column} IS NULL OR {column} >= 0)" for column in columns)


class ServicePlace(VersionedRecord, Base):
    """A place in a municipality's register of serviceställen."""

    __tablename__ = "service_place"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="ck_place_name"),
        CheckConstraint(_in("kind", PlaceKind), name="ck_place_kind"),
        CheckConstraint(
            "(latitude IS NULL AND longitude IS NULL) OR "
            f"(latitude BETWEEN {SWEDEN_LATITUDE[0]} AND {SWEDEN_LATITUDE[1]} "
            f"AND longitude BETWEEN {SWEDEN_LONGITUDE[0]} AND {SWEDEN_LONGITUDE[1]})",
            name="ck_place_position_in_sweden",
        ),
        *dialect_checks(
            "ck_place_org_number",
            {d: organisation_number_check("org_number", d) for d in DIALECTS},
        ),
        CheckConstraint(
            "hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 168",
            name="ck_place_hours_per_week",
        ),
        CheckConstraint(_not_negative("nearest_km"), name="ck_place_nearest_km"),
        # A place imported from a service table keeps the source's own id, once per file.
        Index(
            "ux_place_source_id",
            "municipality_code",
            "source",
            "source_id",
            unique=True,
            **where("has_source_id"),
        ),
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30), default=PlaceKind.SERVICE_POINT)
    locality: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    latitude: Mapped[float | None] = mapped_column(Float)  # WGS84
    longitude: Mapped[float | None] = mapped_column(Float)
    operator_name: Mapped[str] = mapped_column(String(200), default="")
    org_number: Mapped[str] = mapped_column(String(11), default="")  # NNNNNN-NNNN
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # The PlaceService codes offered, space-separated in vocabulary order ("" for none).
    services: Mapped[str] = mapped_column(Text, default="")
    other_service: Mapped[str] = mapped_column(String(200), default="")
    staffed: Mapped[bool] = mapped_column(Boolean, default=False)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    last_shop: Mapped[bool] = mapped_column(Boolean, default=False)  # sista butiken på orten
    nearest_km: Mapped[float | None] = mapped_column(Float)  # to the nearest comparable service
    nearest_source: Mapped[str] = mapped_column(String(200), default="")  # where that came from
    strategic: Mapped[bool] = mapped_column(Boolean, default=False)
    service_level: Mapped[str] = mapped_column(String(200), default="")  # the target level
    source: Mapped[str] = mapped_column(String(30), default="")  # e.g. "pipos" when imported
    source_id: Mapped[str] = mapped_column(String(100), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PlaceStatusChange(VersionedRecord, Base):
    """A dated step in a place's history: opened, threatened, closed, reopened."""

    __tablename__ = "place_status_change"
    __table_args__ = (CheckConstraint(_in("status", PlaceStatus), name="ck_place_status"),)
    place_id: Mapped[str] = mapped_column(
        ForeignKey("service_place.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


class Agreement(VersionedRecord, Base):
    """A written agreement between the municipality and the operator of a place."""

    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ck_agreement_period"),
        CheckConstraint(_in("payment_interval", PaymentInterval), name="ck_agreement_interval"),
        CheckConstraint(_not_negative("fee_per_task_sek"), name="ck_agreement_fee"),
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    place_id: Mapped[str] = mapped_column(
        ForeignKey("service_place.id", ondelete="CASCADE"), index=True
    )
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    extension_terms: Mapped[str] = mapped_column(Text, default="")
    # The AgreementTask codes agreed, space-separated in vocabulary order.
    tasks: Mapped[str] = mapped_column(Text, default="")
    other_task: Mapped[str] = mapped_column(String(200), default="")
    fee_per_task_sek: Mapped[int | None] = mapped_column(Integer)  # per task and year
    payment_interval: Mapped[str] = mapped_column(String(20), default=PaymentInterval.QUARTERLY)
    case_number: Mapped[str] = mapped_column(String(40), default="")  # diarienummer
    responsible: Mapped[str] = mapped_column(String(200), default="")  # who follows it up
    comment: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AgreementPayment(VersionedRecord, Base):
    """A payment made under an agreement."""

    __tablename__ = "agreement_payment"
    __table_args__ = (CheckConstraint("amount_sek >= 0", name="ck_payment_amount"),)
    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_sek: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class GrantCase(VersionedRecord, Base):
    """An application for a grant (stöd), by the municipality or by a place in the register."""

    __tablename__ = "grant_case"
    __table_args__ = (
        CheckConstraint(_in("grant_type", GrantType), name="ck_grant_type"),
        CheckConstraint(_in("decider", GrantDecider), name="ck_grant_decider"),
        CheckConstraint(_in("status", GrantStatus), name="ck_grant_status"),
        CheckConstraint(
            "first_year BETWEEN 1990 AND 2100 AND last_year BETWEEN 1990 AND 2100 "
            "AND last_year >= first_year",
            name="ck_grant_period",
        ),
        CheckConstraint(
            _not_negative(
                "applied_sek",
                "granted_sek",
                "paid_sek",
                "households",
                "deliveries",
                "net_cost_sek",
            ),
            name="ck_grant_amounts",
        ),
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    # The applicant: a place in the register, or the municipality itself when empty.
    place_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_place.id", ondelete="SET NULL"), index=True
    )
    grant_type: Mapped[str] = mapped_column(String(30))
    decider: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300), default="")
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[dt.date | None] = mapped_column(Date)  # the application deadline
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    decider_case_number: Mapped[str] = mapped_column(String(40), default="")
    applied_sek: Mapped[int | None] = mapped_column(Integer)
    granted_sek: Mapped[int | None] = mapped_column(Integer)
    paid_sek: Mapped[int | None] = mapped_column(Integer)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    conditions: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")  # who handles the case
    status: Mapped[str] = mapped_column(String(20), default=GrantStatus.PLANNED)
    # Whether the grant may only be given where the municipality has a current plan.
    needs_plan: Mapped[bool] = mapped_column(Boolean, default=True)
    # Hemsändningsbidrag: the year's deliveries and what they cost the municipality.
    households: Mapped[int | None] = mapped_column(Integer)
    deliveries: Mapped[int | None] = mapped_column(Integer)
    net_cost_sek: Mapped[int | None] = mapped_column(Integer)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HomeDeliveryRule(VersionedRecord, Base):
    """The rules a hemsändningsbidrag is computed from, from a date on (editable data:
    they change with the ordinance and the prisbasbelopp, so no figure is in the code)."""

    __tablename__ = "home_delivery_rule"
    __table_args__ = (
        CheckConstraint("max_share_percent BETWEEN 0 AND 100", name="ck_rule_share"),
        CheckConstraint("min_share_of_base_percent BETWEEN 0 AND 1000", name="ck_rule_minimum"),
        CheckConstraint(
            _not_negative("max_per_delivery_sek", "price_base_amount_sek"), name="ck_rule_amounts"
        ),
    )
    valid_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    max_share_percent: Mapped[int] = mapped_column(Integer)  # of the net cost
    max_per_delivery_sek: Mapped[int] = mapped_column(Integer)  # per household and delivery
    # The net cost must reach this share of the prisbasbelopp for any grant.
    min_share_of_base_percent: Mapped[int] = mapped_column(Integer)
    price_base_amount_sek: Mapped[int] = mapped_column(Integer)  # prisbasbelopp
    source: Mapped[str] = mapped_column(Text, default="")


class TodoMark(UserRecord, Base):
    """An "Att göra" row marked done or snoozed. The key names the record and the date, so
    a moved date brings the row back."""

    __tablename__ = "todo_mark"
    key: Mapped[str] = mapped_column(String(120), unique=True)  # e.g. "agreement-end:<id>:<date>"
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
