"""The CHECK constraints of the register of serviceställen, said again for an incoming record.

``validate`` calls :func:`place_rule_problem` for the kinds of format 2, so a file that
passes can be written without the database refusing a row half-way: a position outside
Sweden, an organisation number with a wrong check digit, an agreement that ends before it
starts, a negative amount, codes of a checklist spelled in any other way than the app's.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from servicepunkt_gui.core.exchange.fields import CODE_LISTS, Kind
from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR
from servicepunkt_gui.core.place_models import SWEDEN_LATITUDE, SWEDEN_LONGITUDE

_NOT_NEGATIVE: dict[Kind, tuple[str, ...]] = {
    Kind.PLACE: ("nearest_km",),
    Kind.AGREEMENT: ("fee_per_task_sek",),
    Kind.PAYMENT: ("amount_sek",),
    Kind.GRANT: (
        "applied_sek",
        "granted_sek",
        "paid_sek",
        "households",
        "deliveries",
        "net_cost_sek",
    ),
}


def organisation_number_ok(text: str) -> bool:
    """Empty, or NNNNNN-NNNN with a right Luhn check digit (as the CHECK constraint)."""
    if text == "":
        return True
    if len(text) != 11 or text[6] != "-":
        return False
    digits = text[:6] + text[7:]
    if not (digits.isascii() and digits.isdigit()):
        return False
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def code_list_ok(vocabulary: type[StrEnum], text: str) -> bool | None:
    """True for the one spelling the app stores (known codes, single spaces, vocabulary
    order, none twice); None when a code is unknown; False for another spelling."""
    order = [member.value for member in vocabulary]
    codes = text.split(" ") if text else []
    if any(code not in order for code in codes):
        return None
    return codes == sorted(set(codes), key=order.index)


def _in_sweden(latitude: object, longitude: object) -> bool:
    if latitude is None and longitude is None:
        return True
    if not isinstance(latitude, float) or not isinstance(longitude, float):
        return False
    return (
        SWEDEN_LATITUDE[0] <= latitude <= SWEDEN_LATITUDE[1]
        and SWEDEN_LONGITUDE[0] <= longitude <= SWEDEN_LONGITUDE[1]
    )


def place_rule_problem(kind: Kind, values: Mapping[str, object]) -> str | None:
    """The field of a format-2 record that breaks a rule of the schema, None if none does.
    An unknown code in a checklist is reported by ``code_list_problem``."""
    for name in _NOT_NEGATIVE.get(kind, ()):
        value = values[name]
        if isinstance(value, int | float) and value < 0:
            return name
    for (owner, name), vocabulary in CODE_LISTS.items():
        if owner is kind and code_list_ok(vocabulary, str(values[name])) is False:
            return name
    if kind is Kind.PLACE:
        if not str(values["name"]).strip():
            return "name"
        if not _in_sweden(values["latitude"], values["longitude"]):
            return "latitude"
        if not organisation_number_ok(str(values["org_number"])):
            return "org_number"
        hours = values["hours_per_week"]
        if isinstance(hours, float) and not 0 <= hours <= 168:
            return "hours_per_week"
    if kind is Kind.AGREEMENT and str(values["ends_on"]) < str(values["starts_on"]):
        return "ends_on"  # ISO dates compare as text
    if kind is Kind.GRANT:
        first, last = values["first_year"], values["last_year"]
        assert isinstance(first, int) and isinstance(last, int)
        if not FIRST_PLAN_YEAR <= first <= LAST_PLAN_YEAR:
            return "first_year"
        if not FIRST_PLAN_YEAR <= last <= LAST_PLAN_YEAR or last < first:
            return "last_year"
    if kind is Kind.TODO_MARK and not str(values["key"]).strip():
        return "key"
    return None


def code_list_problem(kind: Kind, values: Mapping[str, object]) -> str | None:
    """The checklist field holding a code this app does not know, None if none does."""
    for (owner, name), vocabulary in CODE_LISTS.items():
        if owner is kind and code_list_ok(vocabulary, str(values[name])) is None:
            return name
    return None
