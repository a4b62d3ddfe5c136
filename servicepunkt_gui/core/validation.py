"""Checks shared by the plan and action use cases. Each returns a reason code or None.

The UI shows a Swedish sentence for each code beside the field; the database has
CHECK constraints for the same rules, so no other path can store what fails here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR

# A case number (diarienummer) is taken as the official's document system writes it:
# "KS 2025/0815", "KS/2025:0815", "KS-2025-00815", "2025/123", "KS 2025.123", "Dnr KS 2021/77",
# "BUN 2025/0815 (del 2)"... Registers, separators and the number of parts differ between
# municipalities and systems, so no pattern is imposed. Refused is only what is surely wrong:
# no digit 0-9 at all (a word typed in the wrong field), fewer than 3 or more than 40
# characters, and characters nobody can see (a tab or line break from two pasted cells, a
# zero-width space or direction mark pasted along). The length and the digit are also the
# file's own CHECK (ck_plan_case_number), which looks for 0-9 only: "٢٠٢٥" is no case number.
MIN_CASE_NUMBER_CHARS = 3
MAX_CASE_NUMBER_CHARS = 40
_ASCII_DIGIT = re.compile(r"[0-9]")


def _is_visible(char: str) -> bool:
    """A printable character, or a space of any width (Word writes no-break spaces)."""
    return char.isprintable() or unicodedata.category(char) == "Zs"


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
    if len(value) > MAX_CASE_NUMBER_CHARS:
        return "too_long"
    if len(value) < MIN_CASE_NUMBER_CHARS or not _ASCII_DIGIT.search(value):
        return "case_number_format"
    if not all(_is_visible(char) for char in value):
        return "case_number_format"
    return None


def cost_problem(cost_sek: int | None) -> str | None:
    if cost_sek is not None and cost_sek < 0:
        return "negative_cost"
    if cost_sek is not None and cost_sek > 10**12:
        return "cost_too_large"
    return None
