"""Swedish words for "Att göra", for what no Qt translation reaches: the .ics calendar file
and the command line. The window shows the same words through its own translation
(``ui/todo/todo_messages.py``)."""

from __future__ import annotations

from servicepunkt_gui.core.swedish_words import GRANT_TYPE_WORDS

# The kinds, by TodoKind value (core.todo): a calendar event's summary starts with one.
KIND_WORDS: dict[str, str] = {
    "plan_revision": "Planen ska revideras",
    "plan_follow_up": "Årlig uppföljning av planen",
    "action_deadline": "Åtgärdens slutdatum",
    "grant_deadline": "Sista dag för ansökan",
    "agreement_end": "Avtalet löper ut",
    "agreement_payment": "Utbetalning enligt avtal",
}

OWNER_WORD = "Ansvarig"
MUNICIPALITY_WORD = "Kommun"
DONE_WORD = "Markerad som klar"
CALENDAR_WORD = "Att göra"
MINE_WORDS = "Mina kommuner"
ALL_WORDS = "alla kommuner"


def calendar_name(what: str) -> str:
    """The name a calendar program shows for the file: "Att göra – Örnsköldsvik"."""
    return f"{CALENDAR_WORD} – {what}"


def kronor(amount: int) -> str:
    """12 500 kr, with a no-break space between thousands as Swedish typesetting has it."""
    return f"{amount:,}".replace(",", "\u00a0") + "\u00a0kr"


def grant_title(grant_type: str, first_year: int, last_year: int, title: str) -> str:
    """ "Hemsändningsbidrag 2025: Hemsändning i fjällbyarna" (the case's own title after)."""
    years = str(first_year) if first_year == last_year else f"{first_year}–{last_year}"
    heading = f"{GRANT_TYPE_WORDS.get(grant_type, grant_type)} {years}"
    return f"{heading}: {title.strip()}" if title.strip() else heading
