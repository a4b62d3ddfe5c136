"""Write "Att göra" as an iCalendar file (RFC 5545) that Outlook and Thunderbird import.

One all-day VEVENT per row: Outlook imports events and ignores VTODOs. Each event's UID
comes from the row's key without its date, so importing a newer file updates the event
(a moved follow-up date moves it) instead of adding a second one; an agreement's payments
are each an event of their own. The text is Swedish whatever the window's language, like
the reports. The events are "free" time (TRANSP:TRANSPARENT): a deadline does not block a
day in the official's calendar.

The file goes through ``core.atomic_file.written_atomically``: a full disk or a read-only
folder raises ``OSError`` (as the other writers do) and leaves no half file behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from servicepunkt_gui import APP_NAME, __version__
from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.todo_words import (
    DONE_WORD,
    KIND_WORDS,
    MUNICIPALITY_WORD,
    OWNER_WORD,
)

if TYPE_CHECKING:
    # Only the type: the rows are plain data, and writing needs no database library.
    from servicepunkt_gui.core.todo import TodoItem

UID_DOMAIN = "servicepunkt"


def write_ics(items: Sequence[TodoItem], path: Path, *, calendar_name: str) -> None:
    """Write ``items`` to ``path`` as one calendar called ``calendar_name``."""
    data = calendar_bytes(items, calendar_name=calendar_name)
    with written_atomically(path) as partial:
        partial.write_bytes(data)


def calendar_bytes(
    items: Sequence[TodoItem], *, calendar_name: str, now: dt.datetime | None = None
) -> bytes:
    stamp = now or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    for item in items:
        calendar.add_component(_event(item, stamp))
    data: bytes = calendar.to_ical()
    return data


def event_uid(item: TodoItem) -> str:
    return f"{item.event_key.replace(':', '-')}@{UID_DOMAIN}"


def summary(item: TodoItem) -> str:
    kind = KIND_WORDS.get(item.kind, item.kind)
    return f"{kind}: {item.title} ({item.municipality_name})"


def description(item: TodoItem) -> str:
    lines = [f"{MUNICIPALITY_WORD}: {item.municipality_name}"]
    if item.owner.strip():
        lines.append(f"{OWNER_WORD}: {item.owner.strip()}")
    if item.detail.strip():
        lines.append(item.detail.strip())
    if item.done:
        lines.append(DONE_WORD)
    return "\n".join(lines)


def _event(item: TodoItem, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(item))
    event.add("dtstamp", stamp)
    # A date (not a time) makes it VALUE=DATE: an all-day event, the end the day after.
    event.add("dtstart", item.due)
    event.add("dtend", item.due + dt.timedelta(days=1))
    event.add("summary", summary(item))
    event.add("description", description(item))
    event.add("categories", [KIND_WORDS.get(item.kind, item.kind), item.municipality_name])
    event.add("transp", "TRANSPARENT")
    return event
