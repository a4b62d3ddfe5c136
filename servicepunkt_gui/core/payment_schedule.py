"""When the payments of an agreement fall due, and which are still unpaid.

An agreement's fee is paid in arrears, at the end of each period of its payment interval
(quarterly: three months after the start, six months after, …), the last one on the day the
agreement ends. The n-th payment recorded covers the n-th due date, so a late payment is
counted against the oldest unpaid date. Pure functions: "Att göra" and the agreement view
both use them.
"""

from __future__ import annotations

import calendar
import datetime as dt

from servicepunkt_gui.core.vocabulary import PAYMENT_MONTHS, PaymentInterval


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day where it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_dates(starts_on: dt.date, ends_on: dt.date, interval: str) -> list[dt.date]:
    """Every date a payment falls due, in order; none for a period shorter than a day."""
    if ends_on <= starts_on:
        return []
    months = PAYMENT_MONTHS[PaymentInterval(interval)]
    dates: list[dt.date] = []
    step = 1
    while (due := add_months(starts_on, months * step)) < ends_on:
        # The period from the previous due date to this one, paid as it ends.
        dates.append(due - dt.timedelta(days=1))
        step += 1
    dates.append(ends_on)
    return dates


def unpaid_due_dates(
    starts_on: dt.date, ends_on: dt.date, interval: str, payments_made: int
) -> list[dt.date]:
    """The due dates not yet covered by the ``payments_made`` recorded, oldest first."""
    return due_dates(starts_on, ends_on, interval)[max(payments_made, 0) :]


def payments_per_year(interval: str) -> int:
    return 12 // PAYMENT_MONTHS[PaymentInterval(interval)]


def yearly_fee(task_count: int, fee_per_task_sek: int | None) -> int | None:
    """The fee per year: each agreed task at its fee (None when no fee is set)."""
    if fee_per_task_sek is None:
        return None
    return task_count * fee_per_task_sek
