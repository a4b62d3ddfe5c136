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
    Kind.PLACE: "servicestället",
    Kind.PLACE_STATUS: "statusändringen",
    Kind.AGREEMENT: "avtalet",
    Kind.PAYMENT: "utbetalningen",
    Kind.GRANT: "stödärendet",
    Kind.TODO_MARK: "markeringen i Att göra",
}
# "den" or "det", for the rest of the sentence: "…; det behålls här."
_NEUTER = (Kind.GOAL, Kind.PLACE, Kind.AGREEMENT, Kind.GRANT)
PRONOUN: dict[Kind, str] = {kind: "det" if kind in _NEUTER else "den" for kind in Kind}
# The indefinite forms, singular and plural, for counts: "2 serviceställen, 1 avtal".
COUNTED: dict[Kind, tuple[str, str]] = {
    Kind.PLAN: ("plan", "planer"),
    Kind.STAGE_CHANGE: ("stegändring", "stegändringar"),
    Kind.GOAL: ("mål", "mål"),
    Kind.ACTION: ("åtgärd", "åtgärder"),
    Kind.NOTE: ("anteckning", "anteckningar"),
    Kind.PLACE: ("serviceställe", "serviceställen"),
    Kind.PLACE_STATUS: ("statusändring", "statusändringar"),
    Kind.AGREEMENT: ("avtal", "avtal"),
    Kind.PAYMENT: ("utbetalning", "utbetalningar"),
    Kind.GRANT: ("stödärende", "stödärenden"),
    Kind.TODO_MARK: ("markering i Att göra", "markeringar i Att göra"),
}
# The grant types as an official names them, for a line about a grant case without title.
_GRANT_TYPES = {
    "service_grant": "Servicebidrag",
    "home_delivery_grant": "Hemsändningsbidrag",
    "special_operating_support": "Särskilt driftstöd",
    "investment_support": "Investeringsstöd",
    "regional_project": "Regionala projektmedel",
    "municipal_support": "Kommunalt stöd",
    "other": "Annat stöd",
}
_PLACE_STATUSES = {
    "opened": "öppnad",
    "threatened": "hotad",
    "closed": "stängd",
    "reopened": "återöppnad",
}


def counted(kind: Kind, number: int) -> str:
    """'1 serviceställe', '3 utbetalningar'."""
    singular, plural = COUNTED[kind]
    return f"{number} {singular if number == 1 else plural}"


def kinds_sentence(numbers: dict[Kind, int]) -> str:
    """'2 serviceställen, 1 avtal och 4 utbetalningar' (kinds in the file's order)."""
    parts = [counted(kind, number) for kind, number in numbers.items() if number]
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " och " + parts[-1]


def place_summary(kind: Kind, values: dict[str, object]) -> str:
    """A short line about a record of the register ("" for the other kinds)."""
    if kind is Kind.PLACE:
        return summary(f"{values['name']} {values['locality']}")
    if kind is Kind.PLACE_STATUS:
        status = _PLACE_STATUSES.get(str(values["status"]), str(values["status"]))
        return summary(f"{status.capitalize()} {values['changed_on']} {values['comment']}")
    if kind is Kind.AGREEMENT:
        return summary(f"Avtal {values['starts_on']}–{values['ends_on']} {values['comment']}")
    if kind is Kind.PAYMENT:
        return summary(f"{values['paid_on']}: {values['amount_sek']} kr {values['comment']}")
    if kind is Kind.GRANT:
        kind_name = _GRANT_TYPES.get(str(values["grant_type"]), str(values["grant_type"]))
        return summary(f"{kind_name} {values['first_year']}: {values['title']}")
    if kind is Kind.TODO_MARK:
        done = "klar" if values["done_on"] is not None else "skjuten upp"
        return summary(f"{done}: {values['key']}")
    return ""


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
