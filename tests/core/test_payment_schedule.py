"""When an agreement's payments fall due."""

from __future__ import annotations

import datetime as dt

from servicepunkt_gui.core.payment_schedule import (
    add_months,
    due_dates,
    payments_per_year,
    unpaid_due_dates,
    yearly_fee,
)


def test_a_three_year_agreement_paid_quarterly_has_twelve_due_dates_ending_with_it() -> None:
    dates = due_dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31), "quarterly")
    assert len(dates) == 12
    assert dates[:2] == [dt.date(2025, 3, 31), dt.date(2025, 6, 30)]
    assert dates[-1] == dt.date(2027, 12, 31)


def test_payments_recorded_cover_the_oldest_due_dates_first() -> None:
    unpaid = unpaid_due_dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "quarterly", 1)
    assert unpaid == [dt.date(2025, 6, 30), dt.date(2025, 9, 30), dt.date(2025, 12, 31)]
    assert unpaid_due_dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "yearly", 5) == []


def test_month_ends_and_leap_days() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
    assert due_dates(dt.date(2025, 5, 1), dt.date(2025, 5, 1), "monthly") == []


def test_fees() -> None:
    assert payments_per_year("quarterly") == 4
    assert yearly_fee(3, 10_000) == 30_000
    assert yearly_fee(3, None) is None
