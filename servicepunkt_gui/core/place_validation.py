"""Checks of a place's fields. Each returns a reason code (or None), never text.

The UI shows a Swedish sentence for each code beside its field. The file has CHECK
constraints for the rules a wrong value would break (``core.place_models``): a name, a known
kind, an organisation number with a right check digit, a position inside Sweden, hours
within a week, a distance that is not negative. So nothing else can store what fails here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.se import orgnr

from servicepunkt_gui.core.place_models import SWEDEN_LATITUDE, SWEDEN_LONGITUDE
from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceService, is_one_of

# The column widths of service_place (a longer text would be cut by another database).
MAX_NAME_CHARS = 200
MAX_ADDRESS_CHARS = 300
MAX_PHONE_CHARS = 40
MAX_TEXT_CHARS = 200
HOURS_IN_A_WEEK = 168

# Only the shape: something@domain.tld with no spaces. Whether it reaches anyone is for
# the mail server to say, and officials paste addresses of every kind.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def text_problem(value: str, longest: int, required: bool = False) -> str | None:
    if required and not value.strip():
        return "empty"
    if len(value.strip()) > longest:
        return "too_long"
    return None


def kind_problem(kind: str) -> str | None:
    return None if is_one_of(PlaceKind, kind) else "unknown"


def services_problem(services: Iterable[str]) -> str | None:
    return None if all(is_one_of(PlaceService, s) for s in services) else "unknown"


def in_vocabulary_order(services: Iterable[str]) -> tuple[str, ...]:
    """The services once each, in the order of ``PlaceService`` (as they are stored)."""
    chosen = set(services)
    return tuple(service.value for service in PlaceService if service.value in chosen)


def org_number_problem(text: str) -> str | None:
    """ "556036-0793" and "5560360793" are the same number; empty means none given."""
    if not text.strip():
        return None
    try:
        orgnr.validate(text.strip())
    except InvalidChecksum:
        return "org_number_check_digit"
    except ValidationError:
        return "org_number_format"
    return None


def normalised_org_number(text: str) -> str:
    """The number as stored, "NNNNNN-NNNN"; a number that is not valid is returned stripped
    (check :func:`org_number_problem` first)."""
    if not text.strip() or org_number_problem(text) is not None:
        return text.strip()
    return str(orgnr.format(text.strip()))


def position_problem(latitude: float | None, longitude: float | None) -> str | None:
    """WGS84 in decimal degrees: both or neither, and inside the box around Sweden."""
    if latitude is None and longitude is None:
        return None
    if latitude is None or longitude is None:
        return "position_incomplete"
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return "position_outside_sweden"
    inside = (
        SWEDEN_LATITUDE[0] <= latitude <= SWEDEN_LATITUDE[1]
        and SWEDEN_LONGITUDE[0] <= longitude <= SWEDEN_LONGITUDE[1]
    )
    return None if inside else "position_outside_sweden"


def email_problem(email: str) -> str | None:
    value = email.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT_CHARS:
        return "too_long"
    return None if _EMAIL.fullmatch(value) else "email_format"


def hours_problem(hours: float | None) -> str | None:
    if hours is None:
        return None
    if not math.isfinite(hours) or not 0 <= hours <= HOURS_IN_A_WEEK:
        return "hours_out_of_range"
    return None


def distance_problem(km: float | None) -> str | None:
    if km is None:
        return None
    if not math.isfinite(km) or km < 0:
        return "negative_distance"
    return None


def parse_decimal(text: str) -> float | None:
    """A number as an official types it: "63,2911" or "63.2911", spaces as thousands
    separators; None for an empty field. Raises ValueError for anything else."""
    value = _SPACES.sub("", text).replace("\u2212", "-")
    if not value:
        return None
    if value.count(",") + value.count(".") > 1 or not re.fullmatch(r"-?\d*[.,]?\d*", value):
        raise ValueError("decimal_format")
    if not any(char.isdigit() for char in value):
        raise ValueError("decimal_format")
    return float(value.replace(",", "."))
