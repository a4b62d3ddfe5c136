"""Att göra: every date that matters, from the plans, actions, grant cases and agreements.

The list is computed from the records each time it is read (nothing is copied): the current
plan's "revideras senast" and next yearly follow-up, the deadlines of actions still to do,
the deadlines of grant applications not yet sent, the ends of agreements and their unpaid
payments. Only the marks the official sets are stored (``TodoMark``): done, or snoozed until
a date. A mark's key names the record and the date, so when the date moves (a new follow-up
date, a payment recorded, an agreement extended) the row comes back by itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.db_dialects import insertion_order
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import (
    Municipality,
    MyMunicipality,
    PlanAction,
    PlanStageChange,
    ServicePlan,
)
from servicepunkt_gui.core.payment_schedule import (
    payments_per_year,
    unpaid_due_dates,
    yearly_fee,
)
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    ServicePlace,
    TodoMark,
)
from servicepunkt_gui.core.plans import StageChange, in_date_order
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.todo_words import grant_title, kronor
from servicepunkt_gui.core.vocabulary import CLOSED_GRANT_STATUSES, FINISHED_STATUSES

DEFAULT_HORIZON_DAYS = 90
# ``horizon_days`` for "only what is overdue": due before today.
OVERDUE_ONLY = -1


class TodoKind(StrEnum):
    PLAN_REVISION = "plan_revision"
    PLAN_FOLLOW_UP = "plan_follow_up"
    ACTION_DEADLINE = "action_deadline"
    GRANT_DEADLINE = "grant_deadline"
    AGREEMENT_END = "agreement_end"
    AGREEMENT_PAYMENT = "agreement_payment"


def todo_key(kind: TodoKind, record_id: str, due: dt.date) -> str:
    """The row's key, e.g. "agreement-end:<id>:2026-12-31": the date in it, so a mark on
    it no longer applies once the date moves."""
    return f"{kind.value.replace('_', '-')}:{record_id}:{due.isoformat()}"


@dataclass(frozen=True)
class TodoItem:
    key: str
    kind: TodoKind
    due: dt.date
    municipality_code: str
    municipality_name: str
    title: str  # the record's own title or name
    detail: str  # a short extra (the amount due, the plan an action belongs to)
    owner: str  # who is responsible
    record_kind: str  # "plan", "action", "place", "agreement" or "grant": what opens
    record_id: str
    done: bool = False
    snoozed_until: dt.date | None = None

    @property
    def event_key(self) -> str:
        """What stays the same when the date moves: a calendar updates the event it has
        instead of adding one. An agreement's payments are each an event of their own."""
        if self.kind is TodoKind.AGREEMENT_PAYMENT:
            return self.key
        return self.key.rsplit(":", 1)[0]

    def days_left(self, today: dt.date) -> int:
        """Days until it is due; negative when overdue."""
        return (self.due - today).days


@dataclass(frozen=True)
class TodoMunicipality:
    """A municipality as the list's scope choice offers it."""

    code: str
    name: str
    is_mine: bool


def todo_municipalities(session: Session) -> list[TodoMunicipality]:
    """Every municipality, in Swedish alphabetical order, and whether it is one of mine."""
    rows = session.execute(
        select(
            Municipality.code, Municipality.short_name, MyMunicipality.id.is_not(None)
        ).outerjoin(MyMunicipality, MyMunicipality.municipality_code == Municipality.code)
    ).all()
    found = [TodoMunicipality(code, name, bool(mine)) for code, name, mine in rows]
    return sorted(found, key=lambda row: swedish_sort_key(row.name))


def my_codes(session: Session) -> list[str]:
    return list(session.scalars(select(MyMunicipality.municipality_code)))


def list_todo(
    session: Session,
    codes: Iterable[str] | None,
    today: dt.date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    include_done: bool = False,
) -> list[TodoItem]:
    """What is due in these municipalities (None: every one), by date.

    Overdue items of any age and those due within ``horizon_days`` of ``today``
    (``OVERDUE_ONLY``: only the overdue). A snoozed item is left out until its snooze date;
    an item marked done only with ``include_done``.
    """
    wanted = None if codes is None else set(codes)
    last_day = today + dt.timedelta(days=horizon_days)
    names = dict(session.execute(select(Municipality.code, Municipality.short_name)).all())
    marks = _marks(session, wanted)
    found: list[TodoItem] = []
    for item in _all_items(session, wanted, names):
        if item.due > last_day:
            continue
        mark = marks.get(item.key)
        if mark is not None:
            done, snoozed = mark
            if done and not include_done:
                continue
            if snoozed is not None and today < snoozed and not done:
                continue
            item = replace(item, done=done, snoozed_until=snoozed)
        found.append(item)
    found.sort(key=lambda i: (i.due, swedish_sort_key(i.municipality_name), i.title, i.key))
    return found


def _marks(session: Session, wanted: set[str] | None) -> dict[str, tuple[bool, dt.date | None]]:
    query = select(TodoMark.key, TodoMark.done_on, TodoMark.snoozed_until)
    if wanted is not None:
        query = query.where(TodoMark.municipality_code.in_(wanted))
    return {key: (done is not None, snoozed) for key, done, snoozed in session.execute(query)}


def _all_items(
    session: Session, wanted: set[str] | None, names: dict[str, str]
) -> Iterator[TodoItem]:
    yield from _plan_items(session, wanted, names)
    yield from _action_items(session, wanted, names)
    yield from _grant_items(session, wanted, names)
    yield from _agreement_items(session, wanted, names)


def _item(
    kind: TodoKind,
    record_kind: str,
    record_id: str,
    due: dt.date,
    code: str,
    names: dict[str, str],
    title: str,
    owner: str,
    detail: str = "",
) -> TodoItem:
    return TodoItem(
        key=todo_key(kind, record_id, due),
        kind=kind,
        due=due,
        municipality_code=code,
        municipality_name=names.get(code, code),
        title=title,
        detail=detail,
        owner=owner,
        record_kind=record_kind,
        record_id=record_id,
    )


def _plan_items(
    session: Session, wanted: set[str] | None, names: dict[str, str]
) -> Iterator[TodoItem]:
    query = select(ServicePlan).where(ServicePlan.is_current, ServicePlan.deleted_at.is_(None))
    if wanted is not None:
        query = query.where(ServicePlan.municipality_code.in_(wanted))
    plans = session.scalars(query).all()
    owners = _plan_owners(session, [plan.id for plan in plans])
    for plan in plans:
        owner = owners.get(plan.id, "")
        code = plan.municipality_code
        if plan.revise_by is not None:
            kind = TodoKind.PLAN_REVISION
            yield _item(kind, "plan", plan.id, plan.revise_by, code, names, plan.title, owner)
        if plan.next_follow_up is not None:
            due = plan.next_follow_up
            kind = TodoKind.PLAN_FOLLOW_UP
            yield _item(kind, "plan", plan.id, due, code, names, plan.title, owner)


def _plan_owners(session: Session, plan_ids: list[str]) -> dict[str, str]:
    """Who moved each plan to its present stage: the newest step of its history by date."""
    if not plan_ids:
        return {}
    histories: dict[str, list[StageChange]] = defaultdict(list)
    rows = session.scalars(
        select(PlanStageChange)
        .where(PlanStageChange.plan_id.in_(plan_ids))
        .order_by(PlanStageChange.created_at, insertion_order("plan_stage_change"))
    )
    for h in rows:
        histories[h.plan_id].append(
            StageChange(h.id, h.stage, h.changed_on, h.changed_by, h.comment)
        )
    return {plan_id: in_date_order(steps)[-1].changed_by for plan_id, steps in histories.items()}


def _action_items(
    session: Session, wanted: set[str] | None, names: dict[str, str]
) -> Iterator[TodoItem]:
    query = (
        select(PlanAction, ServicePlan.municipality_code, ServicePlan.title)
        .join(ServicePlan, ServicePlan.id == PlanAction.plan_id)
        .where(
            PlanAction.deleted_at.is_(None),
            ServicePlan.deleted_at.is_(None),
            PlanAction.deadline.is_not(None),
            PlanAction.status.not_in(FINISHED_STATUSES),
        )
    )
    if wanted is not None:
        query = query.where(ServicePlan.municipality_code.in_(wanted))
    for action, code, plan_title in session.execute(query).all():
        assert action.deadline is not None
        yield _item(
            TodoKind.ACTION_DEADLINE,
            "action",
            action.id,
            action.deadline,
            code,
            names,
            action.title,
            action.responsible,
            plan_title,
        )


def _grant_items(
    session: Session, wanted: set[str] | None, names: dict[str, str]
) -> Iterator[TodoItem]:
    # A case whose applicant (a place) is in the trash went there with it.
    place_in_trash = select(ServicePlace.id).where(
        ServicePlace.id == GrantCase.place_id, ServicePlace.deleted_at.is_not(None)
    )
    query = select(GrantCase).where(
        GrantCase.deleted_at.is_(None),
        GrantCase.deadline.is_not(None),
        GrantCase.sent_on.is_(None),
        GrantCase.status.not_in(CLOSED_GRANT_STATUSES),
        ~place_in_trash.exists(),
    )
    if wanted is not None:
        query = query.where(GrantCase.municipality_code.in_(wanted))
    for grant in session.scalars(query).all():
        assert grant.deadline is not None
        yield _item(
            TodoKind.GRANT_DEADLINE,
            "grant",
            grant.id,
            grant.deadline,
            grant.municipality_code,
            names,
            grant_title(grant.grant_type, grant.first_year, grant.last_year, grant.title),
            grant.responsible,
            kronor(grant.applied_sek) if grant.applied_sek is not None else "",
        )


def _agreement_items(
    session: Session, wanted: set[str] | None, names: dict[str, str]
) -> Iterator[TodoItem]:
    paid = (
        select(AgreementPayment.agreement_id, func.count().label("n"))
        .group_by(AgreementPayment.agreement_id)
        .subquery()
    )
    query = (
        select(Agreement, ServicePlace.name, func.coalesce(paid.c.n, 0))
        .join(ServicePlace, ServicePlace.id == Agreement.place_id)
        .outerjoin(paid, paid.c.agreement_id == Agreement.id)
        .where(Agreement.deleted_at.is_(None), ServicePlace.deleted_at.is_(None))
    )
    if wanted is not None:
        query = query.where(Agreement.municipality_code.in_(wanted))
    for agreement, place_name, payments_made in session.execute(query).all():
        code = agreement.municipality_code
        owner = agreement.responsible
        yield _item(
            TodoKind.AGREEMENT_END,
            "agreement",
            agreement.id,
            agreement.ends_on,
            code,
            names,
            place_name,
            owner,
            agreement.case_number,
        )
        amount = payment_amount(agreement)
        detail = kronor(amount) if amount is not None else ""
        for due in unpaid_due_dates(
            agreement.starts_on, agreement.ends_on, agreement.payment_interval, payments_made
        ):
            kind = TodoKind.AGREEMENT_PAYMENT
            yield _item(
                kind, "agreement", agreement.id, due, code, names, place_name, owner, detail
            )


def payment_amount(agreement: Agreement) -> int | None:
    """One payment: the yearly fee over the payments a year (None when no fee is set)."""
    tasks = len(agreement.tasks.split()) + (1 if agreement.other_task.strip() else 0)
    fee = yearly_fee(tasks, agreement.fee_per_task_sek)
    if fee is None:
        return None
    return round(fee / payments_per_year(agreement.payment_interval))


# -- marks ------------------------------------------------------------------------------


def _mark(session: Session, key: str, municipality_code: str) -> TodoMark:
    if session.get(Municipality, municipality_code) is None:
        raise ValidationError("municipality", "unknown")
    if not key or len(key) > 120:
        raise ValidationError("key", "unknown")
    row = session.scalar(select(TodoMark).where(TodoMark.key == key))
    if row is None:
        row = TodoMark(key=key, municipality_code=municipality_code)
        session.add(row)
    return row


def mark_done(
    session: Session, key: str, municipality_code: str, today: dt.date | None = None
) -> None:
    """Mark the row done: it leaves the list (unless done rows are shown)."""
    row = _mark(session, key, municipality_code)
    row.done_on = today or dt.date.today()
    row.snoozed_until = None
    session.flush()
    record(session, RecordKind.TODO, municipality_code)


def undo_done(session: Session, key: str, municipality_code: str) -> None:
    """Take the done mark back: the row is in the list again."""
    row = session.scalar(select(TodoMark).where(TodoMark.key == key))
    if row is None:
        return
    session.delete(row)
    session.flush()
    record(session, RecordKind.TODO, municipality_code)


def snooze_problem(until: dt.date, today: dt.date) -> str | None:
    """A snooze must end after today (the code the UI explains beside the date)."""
    return "not_after_today" if until <= today else None


def snooze(
    session: Session,
    key: str,
    municipality_code: str,
    until: dt.date,
    today: dt.date | None = None,
) -> None:
    """Hide the row until ``until``; from that day on it is in the list again."""
    if (problem := snooze_problem(until, today or dt.date.today())) is not None:
        raise ValidationError("until", problem)
    row = _mark(session, key, municipality_code)
    row.snoozed_until = until
    row.done_on = None
    session.flush()
    record(session, RecordKind.TODO, municipality_code)
