"""Translated words of the register of serviceställen: kinds, services, statuses.

Shared by every feature that shows places (the register, the map, search, the overview,
Att göra), as ``labels.py`` is for plans. Functions, not constants, so every text follows
the language shown now.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceService, PlaceStatus


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        PlaceKind.SERVICE_LOCALITY: QCoreApplication.translate("PlaceMessages", "Service locality"),
        PlaceKind.SERVICE_NODE: QCoreApplication.translate("PlaceMessages", "Service node"),
        PlaceKind.SERVICE_POINT: QCoreApplication.translate("PlaceMessages", "Service point"),
        PlaceKind.GROCERY_STORE: QCoreApplication.translate("PlaceMessages", "Grocery store"),
        PlaceKind.FUEL_STATION: QCoreApplication.translate("PlaceMessages", "Fuel station"),
        PlaceKind.AGENT: QCoreApplication.translate("PlaceMessages", "Agent"),
        PlaceKind.OTHER: QCoreApplication.translate("PlaceMessages", "Other"),
    }
    return labels.get(kind, kind)


def kind_choices() -> list[tuple[str, str]]:
    return [(kind.value, kind_label(kind)) for kind in PlaceKind]


def service_label(service: str) -> str:
    labels: dict[str, str] = {
        PlaceService.GROCERIES_FULL: QCoreApplication.translate(
            "PlaceMessages", "Groceries (full range)"
        ),
        PlaceService.GROCERIES_LIMITED: QCoreApplication.translate(
            "PlaceMessages", "Groceries (limited range)"
        ),
        PlaceService.FUEL: QCoreApplication.translate("PlaceMessages", "Fuel"),
        PlaceService.PARCEL_AGENT: QCoreApplication.translate("PlaceMessages", "Parcel agent"),
        PlaceService.PARCEL_PICKUP: QCoreApplication.translate("PlaceMessages", "Parcel pickup"),
        PlaceService.PARCEL_LOCKER: QCoreApplication.translate("PlaceMessages", "Parcel locker"),
        PlaceService.PHARMACY_AGENT: QCoreApplication.translate("PlaceMessages", "Pharmacy agent"),
        PlaceService.CASH_WITHDRAWAL: QCoreApplication.translate(
            "PlaceMessages", "Cash withdrawal"
        ),
        PlaceService.PAYMENT_SERVICE: QCoreApplication.translate(
            "PlaceMessages", "Payment services"
        ),
        PlaceService.DAILY_DEPOSIT: QCoreApplication.translate(
            "PlaceMessages", "Daily takings deposit"
        ),
        PlaceService.EV_CHARGING: QCoreApplication.translate("PlaceMessages", "EV charging"),
        PlaceService.HOME_DELIVERY: QCoreApplication.translate("PlaceMessages", "Home delivery"),
        PlaceService.INTERNET: QCoreApplication.translate("PlaceMessages", "Internet"),
        PlaceService.INFORMATION: QCoreApplication.translate("PlaceMessages", "Information"),
        PlaceService.MEETING_PLACE: QCoreApplication.translate("PlaceMessages", "Meeting place"),
        PlaceService.LIBRARY: QCoreApplication.translate("PlaceMessages", "Library"),
        PlaceService.TOURIST_INFORMATION: QCoreApplication.translate(
            "PlaceMessages", "Tourist information"
        ),
    }
    return labels.get(service, service)


def service_short_label(service: str) -> str:
    """For the narrow list column; the form and the tooltip say it in full."""
    labels: dict[str, str] = {
        PlaceService.GROCERIES_FULL: QCoreApplication.translate("PlaceMessages", "Groceries"),
        PlaceService.GROCERIES_LIMITED: QCoreApplication.translate(
            "PlaceMessages", "Groceries (ltd.)"
        ),
        PlaceService.FUEL: QCoreApplication.translate("PlaceMessages", "Fuel"),
        PlaceService.PARCEL_AGENT: QCoreApplication.translate("PlaceMessages", "Parcels"),
        PlaceService.PARCEL_PICKUP: QCoreApplication.translate("PlaceMessages", "Pickup"),
        PlaceService.PARCEL_LOCKER: QCoreApplication.translate("PlaceMessages", "Locker"),
        PlaceService.PHARMACY_AGENT: QCoreApplication.translate("PlaceMessages", "Pharmacy"),
        PlaceService.CASH_WITHDRAWAL: QCoreApplication.translate("PlaceMessages", "Cash"),
        PlaceService.PAYMENT_SERVICE: QCoreApplication.translate("PlaceMessages", "Payments"),
        PlaceService.DAILY_DEPOSIT: QCoreApplication.translate("PlaceMessages", "Deposits"),
        PlaceService.EV_CHARGING: QCoreApplication.translate("PlaceMessages", "Charging"),
        PlaceService.HOME_DELIVERY: QCoreApplication.translate("PlaceMessages", "Home delivery"),
        PlaceService.INTERNET: QCoreApplication.translate("PlaceMessages", "Internet"),
        PlaceService.INFORMATION: QCoreApplication.translate("PlaceMessages", "Info"),
        PlaceService.MEETING_PLACE: QCoreApplication.translate("PlaceMessages", "Meeting place"),
        PlaceService.LIBRARY: QCoreApplication.translate("PlaceMessages", "Library"),
        PlaceService.TOURIST_INFORMATION: QCoreApplication.translate(
            "PlaceMessages", "Tourist info"
        ),
    }
    return labels.get(service, service)


def services_text(services: Iterable[str], other: str = "", short: bool = False) -> str:
    """The services as one line, in the order of the checklist, the own entry last."""
    label = service_short_label if short else service_label
    words = [label(service) for service in services]
    if other.strip():
        words.append(other.strip())
    return ", ".join(words)


def status_label(status: str | None) -> str:
    labels: dict[str, str] = {
        PlaceStatus.OPENED: QCoreApplication.translate("PlaceMessages", "Opened"),
        PlaceStatus.THREATENED: QCoreApplication.translate("PlaceMessages", "Threatened"),
        PlaceStatus.CLOSED: QCoreApplication.translate("PlaceMessages", "Closed"),
        PlaceStatus.REOPENED: QCoreApplication.translate("PlaceMessages", "Reopened"),
    }
    return labels.get(status or "", status or "")


def status_choices() -> list[tuple[str, str]]:
    return [(status.value, status_label(status)) for status in PlaceStatus]


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("PlaceMessages", "Yes") if value else ""


# The names the map and the overview call them by.
place_kind_label = kind_label
