"""Checks shared by the plan and action use cases. Each returns a reason code or None.

The UI shows a Swedish sentence for each code beside the field; the database has
CHECK constraints for the same rules, so no other path can store what fails here.
"""

from __future__ import annotations

import datetime as dt
import re

from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR

# Swedish case numbers (diarienummer) look like "KS 2026/0815", "KS2019.123",
# "2024-000123" or "KFN 2020/45-1.2": an optional register prefix, then a year and a
# serial number with a separator, optionally followed by more numbered parts.
_CASE_NUMBER = re.compile(
    r"^(?:[A-Za-zÅÄÖåäö]{1,10}\.?\s?){0,3}\d{2,4}\s?[/.:-]\s?\d{1,8}(?:[./:-]\d{1,6})*$"
)


def parse_date(text: str) -> dt.date | None:
    """A date typed as ÅÅÅÅ-MM-DD; None for an empty field. Raises ValueError if impossible."""
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        raise ValueError("format")
    year, month, day = (int(part) for part in text.split("-"))
    return dt.date(year, month, day)  # raises ValueError for 2026-02-30


def year_problem(year: int) -> str | None:
    if not FIRST_PLAN_YEAR <= year <= LAST_PLAN_YEAR:
        return "year_out_of_range"
    return None


def case_number_problem(case_number: str) -> str | None:
    value = case_number.strip()
    if not value:
        return None
    if len(value) > 40 or not _CASE_NUMBER.match(value):
        return "case_number_format"
    return None


def cost_problem(cost_sek: int | None) -> str | None:
    if cost_sek is not None and cost_sek < 0:
        return "negative_cost"
    if cost_sek is not None and cost_sek > 10**12:
        return "cost_too_large"
    return None
