"""Translated texts of the grant register: risks, problems and amounts. The labels of the
grant types, deciders and statuses are in ``ui/common/grant_labels.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from servicepunkt_gui.core.de_minimis import DeMinimisTotal
from servicepunkt_gui.core.grant_risk import (
    NO_ADOPTED_PLAN,
    NO_PLAN,
    REVISION_OVERDUE,
    REVISION_SOON,
)
from servicepunkt_gui.ui.common.labels import problem_text

_DATE = ("date_format", "date_missing_day")
_AMOUNT = ("not_a_number", "negative", "too_large")
# The problems each field can have (core's codes), so its message keeps room for the longest.
FIELD_REASONS: dict[str, tuple[str, ...]] = {
    "last_year": ("year_out_of_range", "period_end_before_start"),
    "deadline": _DATE,
    "sent_on": _DATE,
    "decided_on": _DATE,
    "decider_case_number": ("case_number_format", "too_long"),
    "applied_sek": _AMOUNT,
    "granted_sek": _AMOUNT,
    "paid_sek": _AMOUNT,
    "place_id": ("other_municipality",),
}


translate = QCoreApplication.translate


def risk_label(reason: str | None) -> str:
    """The warning column's words: never a colour alone."""
    labels: dict[str, str] = {
        NO_PLAN: translate("GrantLabels", "No service plan"),
        NO_ADOPTED_PLAN: translate("GrantLabels", "No adopted plan"),
        REVISION_OVERDUE: translate("GrantLabels", "The plan must be revised"),
        REVISION_SOON: translate("GrantLabels", "The plan is due for revision soon"),
    }
    return labels.get(reason or "", "")


def risk_explanation(reason: str | None) -> str:
    """Why the case is at risk and what to do, for the banner in the form."""
    labels: dict[str, str] = {
        NO_PLAN: translate(
            "GrantLabels",
            "This grant may only be given where the municipality has a current service plan, "
            "and the municipality has no service plan. Make a plan (Service plan tab) and "
            "adopt it before the decision, or say in the application when it will be adopted.",
        ),
        NO_ADOPTED_PLAN: translate(
            "GrantLabels",
            "This grant may only be given where the municipality has a current service plan, "
            "and the municipality has no adopted plan. Adopt the plan (Service plan tab) "
            "before the decision, or say in the application when it will be adopted.",
        ),
        REVISION_OVERDUE: translate(
            "GrantLabels",
            "This grant may only be given where the municipality has a current service plan, "
            "and the plan's “revise by” date has passed. Revise the plan, or move its "
            "revision date if the plan has been reviewed.",
        ),
        REVISION_SOON: translate(
            "GrantLabels",
            "This grant needs a current service plan, and the plan is to be revised within "
            "90 days. Plan the revision so that the plan is still current at the decision.",
        ),
    }
    return labels.get(reason or "", "")


def grant_problem_text(reason: str) -> str:
    """A sentence for a reason code from core.grants or core.home_delivery."""
    texts = {
        "negative": translate("GrantLabels", "This cannot be negative."),
        "too_large": translate("GrantLabels", "The number is unreasonably large."),
        "not_a_number": translate("GrantLabels", "Write a whole number, e.g. 32000."),
        "unknown": translate("GrantLabels", "Choose one of the alternatives."),
        "other_municipality": translate(
            "GrantLabels", "The applicant is not in this municipality's register."
        ),
        "duplicate_date": translate("GrantLabels", "Another rule starts on that date."),
        "percent_too_large": translate("GrantLabels", "The share is too large."),
    }
    return texts[reason] if reason in texts else problem_text(reason)


def kronor(amount: int | None) -> str:
    """An amount in whole kronor with the locale's digit grouping ("32 000")."""
    return "" if amount is None else QLocale().toString(amount)


def kronor_text(amount: int) -> str:
    return translate("GrantLabels", "%1 SEK").replace("%1", kronor(amount))


def de_minimis_text(total: DeMinimisTotal) -> str:
    """ "Granted support over the last three years: 2024: 250 000 SEK, … – in total … SEK"."""
    years = ", ".join(
        translate("GrantLabels", "%1: %2 SEK")
        .replace("%1", str(year))
        .replace("%2", kronor(amount))
        for year, amount in total.per_year
    )
    return (
        translate("GrantLabels", "Granted support over the last three years: %1 – in total %2 SEK")
        .replace("%1", years)
        .replace("%2", kronor(total.total_sek))
    )
