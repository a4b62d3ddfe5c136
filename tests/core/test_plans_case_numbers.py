"""A diarienummer is taken as the official's document system writes it.

Only what is surely wrong is refused: no digit at all, fewer than three or more than 40
characters (the database's own CHECK), and characters nobody can see (a tab, a line break,
a zero-width space pasted along). Whatever is accepted is also stored, unchanged.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.db import open_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.core.validation import (
    MAX_CASE_NUMBER_CHARS,
    MIN_CASE_NUMBER_CHARS,
    case_number_problem,
)
from servicepunkt_gui.resources import resource_path

WRITTEN_BY_DOCUMENT_SYSTEMS = [
    "KS 2025/0815",
    "KS/2025:0815",
    "KS-2025-00815",
    "2025/123",
    "KS 2025.123",
    "KS2019.123",
    "2024-000123",
    "KFN 2020/45-1.2",
    "Dnr KS 2021/77",
    "Dnr: KS 2021/77",
    "KS 2025/0815-3",
    "KS.2025.815",
    "ks 2025/815",
    "KS 25/815",
    "BUN 2025/0815 (del 2)",
    "SBN-2025-815/3.1.1",
    "Ö 2025/12",
    "KS\u00a02025/0815",  # a no-break space, as Word puts it
    "KS 2025 / 0815",
    "Kommunstyrelsen 2025/0815",
    "KS#2025-815",
    "2025",
    "815",
]
SURELY_WRONG = {
    "hej": "case_number_format",  # no digit: a word typed in the wrong field
    "KS/": "case_number_format",
    "12": "case_number_format",  # shorter than any case number (and the database refuses it)
    "KS\t2025/0815": "case_number_format",  # two spreadsheet cells pasted
    "KS 2025/\n0815": "case_number_format",
    "KS 2025/08\u200b15": "case_number_format",  # a zero-width space nobody can see
    "KS 2025/0815\u202e": "case_number_format",  # a direction override
    "x1" * 21: "too_long",
    "2025/" + "1" * 40: "too_long",
}


@pytest.mark.parametrize("written", WRITTEN_BY_DOCUMENT_SYSTEMS)
def test_case_numbers_as_document_systems_write_them_are_accepted(written: str) -> None:
    assert case_number_problem(written) is None
    assert case_number_problem(f"  {written}  ") is None  # pasted with spaces around


@pytest.mark.parametrize(("typed", "reason"), sorted(SURELY_WRONG.items()))
def test_only_what_is_surely_wrong_is_refused(typed: str, reason: str) -> None:
    assert case_number_problem(typed) == reason


def test_no_case_number_is_no_problem() -> None:
    assert case_number_problem("") is None
    assert case_number_problem("   ") is None


_REGISTERS = st.sampled_from(["", "KS", "KF", "Dnr KS", "BUN", "SBN", "MBN", "ks", "Ö", "ÄFN"])
_SEPARATORS = st.sampled_from(["/", ":", "-", ".", " ", " / ", "-0", "/00"])
_YEARS = st.integers(min_value=1990, max_value=2100).map(str) | st.sampled_from(["25", "19"])
_SERIALS = st.integers(min_value=0, max_value=99_999_999).map(str)
_TAILS = st.lists(
    st.tuples(st.sampled_from(["-", ".", "/", ":"]), st.integers(0, 999).map(str)),
    max_size=3,
).map(lambda parts: "".join(sep + number for sep, number in parts))


@st.composite
def real_looking(draw: st.DrawFn) -> str:
    register = draw(_REGISTERS)
    between = draw(st.sampled_from(["", " ", "/", "-", ".", ": "])) if register else ""
    text = register + between + draw(_YEARS) + draw(_SEPARATORS) + draw(_SERIALS) + draw(_TAILS)
    return text


@settings(max_examples=300, deadline=None, database=None)
@given(real_looking())
def test_real_looking_case_numbers_are_accepted(case_number: str) -> None:
    assert len(case_number) <= MAX_CASE_NUMBER_CHARS  # the strategy stays within a real length
    assert case_number_problem(case_number) is None


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=60))
def test_any_text_is_judged_by_the_same_three_rules(text: str) -> None:
    """Accepted exactly when it has an ASCII digit, a sane length and only visible characters."""
    value = text.strip()
    # Printable, or a space of some width (a no-break space is a space too).
    visible = all(char.isprintable() or unicodedata.category(char) == "Zs" for char in value)
    expected_ok = not value or (
        MIN_CASE_NUMBER_CHARS <= len(value) <= MAX_CASE_NUMBER_CHARS
        and any("0" <= char <= "9" for char in value)
        and visible
    )
    assert (case_number_problem(text) is None) == expected_ok, repr(text)


def test_whatever_is_accepted_the_database_stores_unchanged() -> None:
    """Core's rule and the file's CHECK agree: nothing accepted is refused by the database."""
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "servicepunkt.sqlite3")
        try:
            with database.session() as session:
                ensure_reference_data(session, resource_path("data"))
                plan = plans.create_plan(session, "2284", plans.PlanInput("Plan", 2025, 2028), "A")

            @settings(
                max_examples=150,
                deadline=None,
                database=None,
                suppress_health_check=[HealthCheck.too_slow],
            )
            @given(real_looking() | st.text(min_size=1, max_size=45))
            @example("KS 2025/0815")
            @example("٢٠٢٥/١٢٣")  # Arabic-Indic digits: the file's CHECK wants 0-9
            @example("KS 2025/\uff10\uff18")  # full-width digits, likewise
            def store(case_number: str) -> None:
                values = plans.PlanInput("Plan", 2025, 2028, case_number=case_number)
                if plans.plan_problems(values).get("case_number") is not None:
                    return
                with database.session() as session:
                    plans.update_plan(session, plan.id, values)
                with database.session() as session:
                    stored = plans.get_plan(session, plan.id)
                assert stored is not None
                assert stored.values.case_number == case_number.strip()

            store()
        finally:
            database.close()
