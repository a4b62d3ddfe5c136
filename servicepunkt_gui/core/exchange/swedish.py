"""The Swedish words of an import: kinds with their article, dates, possessives, sentences."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from servicepunkt_gui.core.exchange.fields import Kind
from servicepunkt_gui.core.swedish_words import MONTHS

# The definite form, as a sentence about one record starts: "Planen för Sorsele ändrades…"
DEFINITE: dict[Kind, str] = {
    Kind.PLAN: "planen",
    Kind.STAGE_CHANGE: "stegändringen",
    Kind.GOAL: "målet",
    Kind.ACTION: "åtgärden",
    Kind.NOTE: "anteckningen",
}
# "den" or "det", for the rest of the sentence: "…; det behålls här."
PRONOUN: dict[Kind, str] = {kind: "det" if kind is Kind.GOAL else "den" for kind in Kind}


def _zone() -> dt.tzinfo | None:
    try:
        return zoneinfo.ZoneInfo("Europe/Stockholm")
    except zoneinfo.ZoneInfoNotFoundError:  # no time zone data (Windows without tzdata)
        return None  # the computer's own time zone


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time as the clocks in Sweden showed it."""
    return moment.replace(tzinfo=dt.UTC).astimezone(_zone())


def when(moment: dt.datetime) -> str:
    """'2 december 2026 kl. 10.14', in Swedish time."""
    shown = local_time(moment)
    return f"{shown.day} {MONTHS[shown.month - 1]} {shown.year} kl. {shown:%H.%M}"


def possessive(name: str) -> str:
    """'Annas' for 'Anna Berg': the first name, with an s unless it ends in s, x or z."""
    first = name.strip().split(" ")[0] if name.strip() else "avsändaren"
    if first == "avsändaren":
        return "avsändarens"
    return first if first[-1].lower() in "sxz" else f"{first}s"


def by(name: str) -> str:
    return f"av {name.strip()}, " if name.strip() else ""


def conflict_sentence(
    kind: Kind,
    municipality: str,
    local_name: str,
    local_updated: dt.datetime,
    sender: str,
    incoming_updated: dt.datetime,
) -> str:
    """'Planen för Sorsele ändrades både här (av Eva Lind, 2 december 2026 kl. 10.14) och i
    Annas fil (av Anna Berg, 3 december 2026 kl. 09.02).'"""
    return (
        f"{DEFINITE[kind].capitalize()} för {municipality} ändrades både här "
        f"({by(local_name)}{when(local_updated)}) och i {possessive(sender)} fil "
        f"({by(sender)}{when(incoming_updated)})."
    )


def deleted_there_sentence(
    kind: Kind,
    municipality: str,
    local_name: str,
    local_updated: dt.datetime,
    sender: str,
    deleted_at: dt.datetime,
    blocked: bool,
) -> str:
    """An edit (or an addition under it) here beats a delete for good there: kept."""
    it = PRONOUN[kind]
    here = (
        f"här har något lagts till under {it} sedan"
        if blocked
        else f"{it} ändrades här ({by(local_name)}{when(local_updated)})"
    )
    return (
        f"{DEFINITE[kind].capitalize()} för {municipality} togs bort för gott i "
        f"{possessive(sender)} fil ({by(sender)}{when(deleted_at)}), men {here}, så "
        f"{it} finns kvar här."
    )


def summary(text: str, words: int = 8) -> str:
    """The first words of a text, for a short line about a record."""
    parts = text.split()
    shown = " ".join(parts[:words])
    return shown + ("…" if len(parts) > words else "")
