"""Translated labels of the register's codes: kinds of place and the services they offer.

Shared by the features that show places (the register, the map, search, Att göra), as
``labels.py`` is for plans.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceService


def place_kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        PlaceKind.SERVICE_LOCALITY: QCoreApplication.translate("PlaceLabels", "Service locality"),
        PlaceKind.SERVICE_NODE: QCoreApplication.translate("PlaceLabels", "Service node"),
        PlaceKind.SERVICE_POINT: QCoreApplication.translate("PlaceLabels", "Service point"),
        PlaceKind.GROCERY_STORE: QCoreApplication.translate("PlaceLabels", "Grocery store"),
        PlaceKind.FUEL_STATION: QCoreApplication.translate("PlaceLabels", "Fuel station"),
        PlaceKind.AGENT: QCoreApplication.translate("PlaceLabels", "Agent"),
        PlaceKind.OTHER: QCoreApplication.translate("PlaceLabels", "Other"),
    }
    return labels.get(kind, kind)


def service_label(service: str) -> str:
    tr = QCoreApplication.translate
    labels: dict[str, str] = {
        PlaceService.GROCERIES_FULL: tr("PlaceLabels", "Groceries (full range)"),
        PlaceService.GROCERIES_LIMITED: tr("PlaceLabels", "Groceries (limited range)"),
        PlaceService.FUEL: tr("PlaceLabels", "Fuel"),
        PlaceService.PARCEL_AGENT: tr("PlaceLabels", "Parcel agent"),
        PlaceService.PARCEL_PICKUP: tr("PlaceLabels", "Parcel pick-up"),
        PlaceService.PARCEL_LOCKER: tr("PlaceLabels", "Parcel locker"),
        PlaceService.PHARMACY_AGENT: tr("PlaceLabels", "Pharmacy agent"),
        PlaceService.CASH_WITHDRAWAL: tr("PlaceLabels", "Cash withdrawal"),
        PlaceService.PAYMENT_SERVICE: tr("PlaceLabels", "Payment services"),
        PlaceService.DAILY_DEPOSIT: tr("PlaceLabels", "Daily takings deposit"),
        PlaceService.EV_CHARGING: tr("PlaceLabels", "EV charging"),
        PlaceService.HOME_DELIVERY: tr("PlaceLabels", "Home delivery"),
        PlaceService.INTERNET: tr("PlaceLabels", "Internet"),
        PlaceService.INFORMATION: tr("PlaceLabels", "Information"),
        PlaceService.MEETING_PLACE: tr("PlaceLabels", "Meeting place"),
        PlaceService.LIBRARY: tr("PlaceLabels", "Library"),
        PlaceService.TOURIST_INFORMATION: tr("PlaceLabels", "Tourist information"),
    }
    return labels.get(service, service)
