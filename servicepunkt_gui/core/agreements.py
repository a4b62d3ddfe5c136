"""Use cases for the agreements with a place (servicepunkt agreements) and their payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import utc_now
from servicepunkt_gui.core.payment_schedule import payments_per_year, unpaid_due_dates, yearly_fee
from servicepunkt_gui.core.place_models import Agreement, AgreementPayment, ServicePlace
from servicepunkt_gui.core.record_versions import check_version, flush_checked, read_values_with
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.validation import case_number_problem
from servicepunkt_gui.core.vocabulary import AgreementTask, PaymentInterval, is_one_of

# More than any agreement pays a place per task and year: a typing error (an extra zero).
MAX_FEE_SEK = 100_000_000
MAX_NAME_CHARS = 200  # other_task, responsible (the columns' lengths)
# "Att göra" and the agreements box mark an agreement ending within this many days.
ENDING_SOON_DAYS = 90


@dataclass(frozen=True)
class AgreementInput:
    """The agreement's own fields as the official typed them."""

    starts_on: dt.date
    ends_on: dt.date
    extension_terms: str = ""
    tasks: tuple[str, ...] = ()  # AgreementTask values
    other_task: str = ""
    fee_per_task_sek: int | None = None  # per task and year
    payment_interval: str = PaymentInterval.QUARTERLY
    case_number: str = ""  # diarienummer
    responsible: str = ""
    comment: str = ""

    @property
    def task_count(self) -> int:
        """The tasks agreed; an own task ("Annat uppdrag") counts as one."""
        return len(set(self.tasks)) + (1 if self.other_task.strip() else 0)


@dataclass(frozen=True)
class AgreementRow:
    id: str
    municipality_code: str
    place_id: str
    place_name: str
    starts_on: dt.date
    ends_on: dt.date
    extension_terms: str
    tasks: tuple[str, ...]
    other_task: str
    fee_per_task_sek: int | None
    payment_interval: str
    case_number: str
    responsible: str
    comment: str
    paid_total_sek: int
    payments_made: int
    created_at: dt.datetime
    updated_at: dt.datetime
    row_version: int | None = None  # the version read: hand it back as ``expected_version``

    @property
    def values(self) -> AgreementInput:
        return AgreementInput(
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            extension_terms=self.extension_terms,
            tasks=self.tasks,
            other_task=self.other_task,
            fee_per_task_sek=self.fee_per_task_sek,
            payment_interval=self.payment_interval,
            case_number=self.case_number,
            responsible=self.responsible,
            comment=self.comment,
        )

    @property
    def yearly_fee_sek(self) -> int | None:
        return yearly_fee(self.values.task_count, self.fee_per_task_sek)

    @property
    def amount_per_payment_sek(self) -> int | None:
        return amount_per_payment(self.values)

    def unpaid_due_dates(self) -> list[dt.date]:
        """The due dates the payments recorded do not cover yet, oldest first."""
        return unpaid_due_dates(
            self.starts_on, self.ends_on, self.payment_interval, self.payments_made
        )

    @property
    def next_due(self) -> dt.date | None:
        unpaid = self.unpaid_due_dates()
        return unpaid[0] if unpaid else None

    def is_running(self, today: dt.date) -> bool:
        return self.starts_on <= today <= self.ends_on

    def ends_soon(self, today: dt.date, days: int = ENDING_SOON_DAYS) -> bool:
        """True if it ends within ``days`` from ``today`` (and has not ended yet)."""
        return today <= self.ends_on <= today + dt.timedelta(days=days)


@dataclass(frozen=True)
class PaymentRow:
    id: str
    agreement_id: str
    paid_on: dt.date
    amount_sek: int
    comment: str


def amount_per_payment(a: AgreementInput) -> int | None:
    """The yearly fee shared over the year's payments, in whole kronor."""
    fee = yearly_fee(a.task_count, a.fee_per_task_sek)
    if fee is None or not is_one_of(PaymentInterval, a.payment_interval):
        return None
    return round(fee / payments_per_year(a.payment_interval))


def agreement_problems(a: AgreementInput) -> dict[str, str]:
    """Every problem with the input, by field, so the UI can show each beside its field."""
    problems: dict[str, str] = {}
    if a.ends_on < a.starts_on:
        problems["ends_on"] = "period_end_before_start"
    if any(not is_one_of(AgreementTask, task) for task in a.tasks):
        problems["tasks"] = "unknown"
    if len(a.other_task) > MAX_NAME_CHARS:
        problems["other_task"] = "too_long"
    if a.fee_per_task_sek is not None and a.fee_per_task_sek < 0:
        problems["fee_per_task_sek"] = "negative"
    elif a.fee_per_task_sek is not None and a.fee_per_task_sek > MAX_FEE_SEK:
        problems["fee_per_task_sek"] = "too_large"
    if not is_one_of(PaymentInterval, a.payment_interval):
        problems["payment_interval"] = "unknown"
    if (problem := case_number_problem(a.case_number)) is not None:
        problems["case_number"] = problem
    if len(a.responsible) > MAX_NAME_CHARS:
        problems["responsible"] = "too_long"
    return problems


def payment_problems(amount_sek: int) -> dict[str, str]:
    if amount_sek < 0:
        return {"amount_sek": "negative"}
    if amount_sek > MAX_FEE_SEK:
        return {"amount_sek": "too_large"}
    return {}


def _check(problems: dict[str, str]) -> None:
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)


def _tasks_text(tasks: Iterable[str]) -> str:
    """Space-separated codes in vocabulary order, each once (how the column stores them)."""
    chosen = set(tasks)
    return " ".join(task.value for task in AgreementTask if task.value in chosen)


def _apply(row: Agreement, a: AgreementInput) -> None:
    row.starts_on = a.starts_on
    row.ends_on = a.ends_on
    row.extension_terms = a.extension_terms.strip()
    row.tasks = _tasks_text(a.tasks)
    row.other_task = a.other_task.strip()
    row.fee_per_task_sek = a.fee_per_task_sek
    row.payment_interval = a.payment_interval
    row.case_number = a.case_number.strip()
    row.responsible = a.responsible.strip()
    row.comment = a.comment.strip()


# -- writes ---------------------------------------------------------------------------


def create_agreement(session: Session, place_id: str, a: AgreementInput) -> AgreementRow:
    """Add an agreement with the place; it belongs to the place's municipality."""
    _check(agreement_problems(a))
    place = session.get(ServicePlace, place_id)
    if place is None or place.deleted_at is not None:
        raise ValidationError("place", "missing")
    row = Agreement(municipality_code=place.municipality_code, place_id=place_id)
    _apply(row, a)
    session.add(row)
    session.flush()
    record(session, RecordKind.AGREEMENT, row.municipality_code)
    return _one(session, row.id)


def update_agreement(
    session: Session, agreement_id: str, a: AgreementInput, *, expected_version: int | None = None
) -> AgreementRow:
    """``expected_version``: the version the form read (None: no check), else a conflict."""
    _check(agreement_problems(a))
    row = _get(session, agreement_id)
    mine = asdict(a)
    check_version(row, expected_version, mine, session)
    _apply(row, a)
    flush_checked(session, row, mine)
    record(session, RecordKind.AGREEMENT, row.municipality_code)
    return _one(session, row.id)


def delete_agreement(session: Session, agreement_id: str) -> None:
    """Move an agreement (with its payments) to the trash."""
    row = _get(session, agreement_id)
    row.deleted_at = utc_now()
    session.flush()
    record(session, RecordKind.AGREEMENT, row.municipality_code)
    record(session, RecordKind.TRASH, row.municipality_code)


def add_payment(
    session: Session, agreement_id: str, paid_on: dt.date, amount_sek: int, comment: str = ""
) -> PaymentRow:
    _check(payment_problems(amount_sek))
    agreement = _get(session, agreement_id)
    row = AgreementPayment(
        agreement_id=agreement_id, paid_on=paid_on, amount_sek=amount_sek, comment=comment.strip()
    )
    session.add(row)
    session.flush()
    record(session, RecordKind.AGREEMENT, agreement.municipality_code)
    return _payment_row(row)


def delete_payment(session: Session, payment_id: str) -> None:
    """Remove a payment for good: it was registered by mistake (a correction, no trash).

    Through the trash's purge, which leaves a tombstone: a plain delete let the payment come
    back with the next exchange file from a colleague who still had it."""
    from servicepunkt_gui.core.trash import delete_records

    row = session.get(AgreementPayment, payment_id)
    if row is None:
        raise ValidationError("payment", "missing")
    agreement = session.get(Agreement, row.agreement_id)
    delete_records(session, [("payment", payment_id)])
    session.flush()
    record(session, RecordKind.AGREEMENT, agreement.municipality_code if agreement else None)


# -- reads ----------------------------------------------------------------------------


def get_agreement(session: Session, agreement_id: str) -> AgreementRow | None:
    """The agreement, or None when it (or its place) is in the trash or gone."""
    rows = _rows(session, _query().where(Agreement.id == agreement_id))
    return rows[0] if rows else None


def list_agreements(session: Session, place_id: str) -> list[AgreementRow]:
    """The place's agreements, the newest start first."""
    query = _query().where(Agreement.place_id == place_id)
    return _rows(session, query.order_by(Agreement.starts_on.desc(), Agreement.created_at.desc()))


def list_municipality_agreements(session: Session, codes: Iterable[str]) -> list[AgreementRow]:
    """The agreements of the municipalities, by place name, the newest start first."""
    query = _query().where(Agreement.municipality_code.in_(list(codes)))
    rows = _rows(session, query.order_by(Agreement.starts_on.desc(), Agreement.created_at.desc()))
    return sorted(rows, key=lambda row: swedish_sort_key(row.place_name))


def agreements_ending(
    session: Session, codes: Iterable[str], start: dt.date, end: dt.date
) -> list[AgreementRow]:
    """The agreements that end on a day in [start, end], the first to end first."""
    query = _query().where(
        Agreement.municipality_code.in_(list(codes)),
        Agreement.ends_on >= start,
        Agreement.ends_on <= end,
    )
    return _rows(session, query.order_by(Agreement.ends_on, Agreement.created_at))


def running_agreements_count(
    session: Session, codes: Iterable[str], today: dt.date
) -> dict[str, int]:
    """How many agreements run on ``today``, per municipality (those with none left out)."""
    counts = session.execute(
        select(Agreement.municipality_code, func.count())
        .join(ServicePlace, ServicePlace.id == Agreement.place_id)
        .where(
            Agreement.municipality_code.in_(list(codes)),
            Agreement.deleted_at.is_(None),
            ServicePlace.deleted_at.is_(None),
            Agreement.starts_on <= today,
            Agreement.ends_on >= today,
        )
        .group_by(Agreement.municipality_code)
    )
    return {str(code): int(count) for code, count in counts}


def list_payments(session: Session, agreement_id: str) -> list[PaymentRow]:
    """The payments made under the agreement, the oldest first."""
    rows = session.scalars(
        select(AgreementPayment)
        .where(AgreementPayment.agreement_id == agreement_id)
        .order_by(AgreementPayment.paid_on, AgreementPayment.created_at)
    )
    return [_payment_row(row) for row in rows]


def _get(session: Session, agreement_id: str) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("agreement", "missing")
    return row


def _one(session: Session, agreement_id: str) -> AgreementRow:
    row = get_agreement(session, agreement_id)
    if row is None:
        raise ValidationError("agreement", "missing")
    return row


# An agreement, its place's name, and the number and sum of its payments.
_Query = Select[Agreement, str, int | None, int | None]

_PaidTotals = (
    select(
        AgreementPayment.agreement_id.label("agreement_id"),
        func.count().label("made"),
        func.coalesce(func.sum(AgreementPayment.amount_sek), 0).label("total"),
    )
    .group_by(AgreementPayment.agreement_id)
    .subquery()
)


def _query() -> _Query:
    """Agreements (with their place's name and what was paid) not in the trash, in one
    statement whatever their number; an agreement whose place is in the trash is left out."""
    return (
        select(Agreement, ServicePlace.name, _PaidTotals.c.made, _PaidTotals.c.total)
        .join(ServicePlace, ServicePlace.id == Agreement.place_id)
        .outerjoin(_PaidTotals, _PaidTotals.c.agreement_id == Agreement.id)
        .where(Agreement.deleted_at.is_(None), ServicePlace.deleted_at.is_(None))
    )


def _rows(session: Session, query: _Query) -> list[AgreementRow]:
    return [
        AgreementRow(
            id=row.id,
            municipality_code=row.municipality_code,
            place_id=row.place_id,
            place_name=place_name,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            extension_terms=row.extension_terms,
            tasks=tuple(row.tasks.split()),
            other_task=row.other_task,
            fee_per_task_sek=row.fee_per_task_sek,
            payment_interval=row.payment_interval,
            case_number=row.case_number,
            responsible=row.responsible,
            comment=row.comment,
            paid_total_sek=int(total or 0),
            payments_made=int(made or 0),
            created_at=row.created_at,
            updated_at=row.updated_at,
            row_version=row.row_version,
        )
        for row, place_name, made, total in session.execute(query)
    ]


read_values_with("agreement", lambda session, row: asdict(_one(session, row.id).values))


def _payment_row(row: AgreementPayment) -> PaymentRow:
    return PaymentRow(row.id, row.agreement_id, row.paid_on, row.amount_sek, row.comment)
