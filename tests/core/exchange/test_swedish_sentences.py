"""The Swedish words the import uses: kinds with their article, times as Swedes read them."""

from __future__ import annotations

import datetime as dt

import pytest

from servicepunkt_gui.core.exchange import ExchangeFileError, ExchangeProblem
from servicepunkt_gui.core.exchange.fields import Kind
from servicepunkt_gui.core.exchange.swedish import (
    conflict_sentence,
    deleted_there_sentence,
    possessive,
    when,
)


def test_the_conflict_sentence_of_the_brief() -> None:
    sentence = conflict_sentence(
        Kind.PLAN,
        "Sorsele",
        "Eva Lind",
        dt.datetime(2026, 12, 2, 9, 14),  # stored in UTC: 10.14 in Sweden in winter
        "Anna Berg",
        dt.datetime(2026, 12, 3, 8, 2),
    )
    assert sentence == (
        "Planen för Sorsele ändrades både här (av Eva Lind, 2 december 2026 kl. 10.14) "
        "och i Annas fil (av Anna Berg, 3 december 2026 kl. 09.02)."
    )


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        (Kind.PLAN, "Planen"),
        (Kind.GOAL, "Målet"),
        (Kind.ACTION, "Åtgärden"),
        (Kind.NOTE, "Anteckningen"),
        (Kind.STAGE_CHANGE, "Stegändringen"),
    ],
)
def test_every_kind_has_its_definite_form(kind: Kind, word: str) -> None:
    moment = dt.datetime(2026, 6, 1, 12, 0)
    assert conflict_sentence(kind, "Malå", "", moment, "", moment).startswith(f"{word} för Malå")


def test_a_goal_is_det_and_summer_time_is_kept() -> None:
    sentence = deleted_there_sentence(
        Kind.GOAL,
        "Malå",
        "Eva",
        dt.datetime(2026, 7, 1, 6, 5),
        "Lars",
        dt.datetime(2026, 7, 2, 7, 0),
        False,
    )
    assert sentence == (
        "Målet för Malå togs bort för gott i Lars fil (av Lars, 2 juli 2026 kl. 09.00), "
        "men det ändrades här (av Eva, 1 juli 2026 kl. 08.05), så det finns kvar här."
    )


def test_possessives_and_times() -> None:
    assert possessive("Anna Berg") == "Annas"
    assert possessive("Lars Ek") == "Lars"
    assert possessive("") == "avsändarens"
    assert when(dt.datetime(2026, 1, 31, 23, 30)) == "1 februari 2027 kl. 00.30".replace(
        "2027", "2026"
    )


def test_every_problem_has_a_sentence() -> None:
    for problem in ExchangeProblem:
        message = ExchangeFileError(problem, "x", found=2, supported=1, limit="1 GB").message
        assert message.endswith(".") and message[0].isupper()
