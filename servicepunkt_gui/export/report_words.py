"""The Swedish words of the reports: stored codes, dates and amounts as a board reads them.

Reports are always in Swedish, whatever the window's language (they go to a Swedish
municipal board), so the words are here rather than in the translations the window uses
(``ui/common/labels.py``, whose Swedish they follow). The words for stored codes are shared
with the spreadsheets (``core/swedish_words.py``); the report's own (lights, dates) are here.
"""

from __future__ import annotations

import datetime as dt

from servicepunkt_gui.core.report import TrafficLight
from servicepunkt_gui.core.swedish_words import (
    ADOPTING_BODY_WORDS,
    CATEGORY_WORDS,
    FINANCING_WORDS,
    MONTHS,
    STAGE_WORDS,
    STATUS_WORDS,
)

DELAYED_WORD = "Försenad"

NOT_ADOPTED = "Inte antagen"

LIGHT_WORDS: dict[TrafficLight, str] = {
    TrafficLight.GREEN: "Grön",
    TrafficLight.YELLOW: "Gul",
    TrafficLight.RED: "Röd",
}
NO_LIGHT = "–"  # a cancelled action has no light


NBSP = "\u00a0"  # keeps "12 500 kr" on one line
MISSING = "–"  # an empty date or amount in a table


def stage_word(stage: str) -> str:
    return STAGE_WORDS.get(stage, stage)


def status_word(status: str, delayed: bool = False) -> str:
    return DELAYED_WORD if delayed else STATUS_WORDS.get(status, status)


def financing_word(source: str) -> str:
    return FINANCING_WORDS.get(source, source)


def category_word(category: str) -> str:
    return CATEGORY_WORDS.get(category, category)


def adopting_body_word(body: str | None) -> str:
    return ADOPTING_BODY_WORDS.get(body or "", NOT_ADOPTED)


def light_word(light: TrafficLight | None) -> str:
    return LIGHT_WORDS[light] if light is not None else NO_LIGHT


def long_date(day: dt.date | None) -> str:
    """A date in prose: "2 december 2026"."""
    if day is None:
        return MISSING
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date | None) -> str:
    """A date in a table: "2026-12-02"."""
    return day.isoformat() if day is not None else MISSING


def kronor(amount: int | None) -> str:
    """An amount in SEK: "12 500 kr" (non-breaking spaces)."""
    if amount is None:
        return MISSING
    grouped = f"{amount:,}".replace(",", NBSP)
    return f"{grouped}{NBSP}kr"
