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
    AGREEMENT_TASK_WORDS,
    CATEGORY_WORDS,
    FINANCING_WORDS,
    GRANT_STATUS_WORDS,
    GRANT_TYPE_WORDS,
    MONTHS,
    PLACE_KIND_WORDS,
    PLACE_STATUS_WORDS,
    STAGE_WORDS,
    STATUS_WORDS,
    word_list,
)
from servicepunkt_gui.core.vocabulary import PlaceService

DELAYED_WORD = "Försenad"

NOT_ADOPTED = "Inte antagen"

LIGHT_WORDS: dict[TrafficLight, str] = {
    TrafficLight.GREEN: "Grön",
    TrafficLight.YELLOW: "Gul",
    TrafficLight.RED: "Röd",
}
NO_LIGHT = "–"  # a cancelled action has no light

# A place's services in a report's narrow column: short, lower case after the first.
SERVICE_SHORT_WORDS: dict[str, str] = {
    PlaceService.GROCERIES_FULL: "dagligvaror",
    PlaceService.GROCERIES_LIMITED: "dagligvaror (begränsat)",
    PlaceService.FUEL: "drivmedel",
    PlaceService.PARCEL_AGENT: "paketombud",
    PlaceService.PARCEL_PICKUP: "paketutlämning",
    PlaceService.PARCEL_LOCKER: "paketautomat",
    PlaceService.PHARMACY_AGENT: "apoteksombud",
    PlaceService.CASH_WITHDRAWAL: "kontantuttag",
    PlaceService.PAYMENT_SERVICE: "betalningsförmedling",
    PlaceService.DAILY_DEPOSIT: "dagskasseinsättning",
    PlaceService.EV_CHARGING: "laddpunkt",
    PlaceService.HOME_DELIVERY: "hemsändning",
    PlaceService.INTERNET: "internet",
    PlaceService.INFORMATION: "information",
    PlaceService.MEETING_PLACE: "mötesplats",
    PlaceService.LIBRARY: "bibliotek",
    PlaceService.TOURIST_INFORMATION: "turistinformation",
}


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


def place_kind_word(kind: str) -> str:
    return PLACE_KIND_WORDS.get(kind, kind)


def place_status_word(status: str | None) -> str:
    return PLACE_STATUS_WORDS.get(status, status) if status is not None else MISSING


def grant_type_word(grant_type: str) -> str:
    return GRANT_TYPE_WORDS.get(grant_type, grant_type)


def grant_status_word(status: str) -> str:
    return GRANT_STATUS_WORDS.get(status, status)


def services_in_short(services: str, other: str) -> str:
    """ "Dagligvaror, drivmedel, paketombud" ("–" for none)."""
    text = word_list(SERVICE_SHORT_WORDS, services, other)
    return text[:1].upper() + text[1:] if text else MISSING


_TASK_SHORT_WORDS = {code: text.lower() for code, text in AGREEMENT_TASK_WORDS.items()}


def tasks_word(tasks: str, other: str) -> str:
    """ "Information, hemsändning, mötesplats" ("–" for none)."""
    text = word_list(_TASK_SHORT_WORDS, tasks, other)
    return text[:1].upper() + text[1:] if text else MISSING


def years(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"
