"""Translated labels of the grant codes: types, deciders and statuses, for every view that
shows a grant case (the grant register, the overview, the search). One translation context,
so the translator sees each word once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.vocabulary import GrantDecider, GrantStatus, GrantType

translate = QCoreApplication.translate


def grant_type_label(code: str) -> str:
    labels: dict[str, str] = {
        GrantType.SERVICE_GRANT: translate("GrantLabels", "Service grant"),
        GrantType.HOME_DELIVERY_GRANT: translate("GrantLabels", "Home delivery grant"),
        GrantType.SPECIAL_OPERATING_SUPPORT: translate("GrantLabels", "Special operating support"),
        GrantType.INVESTMENT_SUPPORT: translate("GrantLabels", "Investment support"),
        GrantType.REGIONAL_PROJECT: translate("GrantLabels", "Regional project funds"),
        GrantType.MUNICIPAL_SUPPORT: translate("GrantLabels", "Municipal support"),
        GrantType.OTHER: translate("GrantLabels", "Other"),
    }
    return labels.get(code, code)


def decider_label(code: str) -> str:
    labels: dict[str, str] = {
        GrantDecider.REGION: translate("GrantLabels", "The region"),
        GrantDecider.COUNTY_BOARD: translate("GrantLabels", "The county administrative board"),
        GrantDecider.GROWTH_AGENCY: translate("GrantLabels", "Tillväxtverket"),
        GrantDecider.BOARD_OF_AGRICULTURE: translate("GrantLabels", "Jordbruksverket"),
        GrantDecider.MUNICIPALITY: translate("GrantLabels", "The municipality"),
    }
    return labels.get(code, code)


def grant_status_label(code: str) -> str:
    labels: dict[str, str] = {
        GrantStatus.PLANNED: translate("GrantLabels", "Planned"),
        GrantStatus.APPLIED: translate("GrantLabels", "Applied for"),
        GrantStatus.GRANTED: translate("GrantLabels", "Granted"),
        GrantStatus.PARTLY_GRANTED: translate("GrantLabels", "Partly granted"),
        GrantStatus.REJECTED: translate("GrantLabels", "Rejected"),
        GrantStatus.PAID: translate("GrantLabels", "Paid"),
        GrantStatus.WITHDRAWN: translate("GrantLabels", "Withdrawn"),
    }
    return labels.get(code, code)
