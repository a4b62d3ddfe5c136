"""Translated labels for the codes stored in the database (roles, note categories)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.models import NOTE_CATEGORIES


def role_label(role: str | None) -> str:
    if role == "pilot":
        return QCoreApplication.translate("Labels", "Pilot municipality")
    if role == "ambassador":
        return QCoreApplication.translate("Labels", "Ambassador municipality")
    return ""


def role_short_label(role: str | None) -> str:
    """For the narrow list column; the detail side says it in full."""
    if role == "pilot":
        return QCoreApplication.translate("Labels", "Pilot")
    if role == "ambassador":
        return QCoreApplication.translate("Labels", "Ambassador")
    return ""


def category_label(category: str) -> str:
    labels = {
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "dialogue": QCoreApplication.translate("Labels", "Dialogue"),
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(category, category)


def category_choices() -> list[tuple[str, str]]:
    return [(code, category_label(code)) for code in NOTE_CATEGORIES]


def stage_label(stage: str) -> str:
    labels = {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "mapping": QCoreApplication.translate("Labels", "Mapping"),
        "dialogue": QCoreApplication.translate("Labels", "Dialogue"),
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "consultation": QCoreApplication.translate("Labels", "Consultation"),
        "adopted": QCoreApplication.translate("Labels", "Adopted"),
        "implementation": QCoreApplication.translate("Labels", "Implementation"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "revision": QCoreApplication.translate("Labels", "Revision"),
        "no_plan": QCoreApplication.translate("Labels", "No plan recorded"),
    }
    return labels.get(stage, stage)


def adopting_body_label(body: str | None) -> str:
    if body == "municipal_council":
        return QCoreApplication.translate("Labels", "Municipal council (KF)")
    if body == "executive_board":
        return QCoreApplication.translate("Labels", "Executive board (KS)")
    return QCoreApplication.translate("Labels", "Not adopted")


def action_status_label(status: str, delayed: bool = False) -> str:
    if delayed:
        return QCoreApplication.translate("Labels", "Delayed")
    labels = {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(status, status)


def financing_label(source: str) -> str:
    labels = {
        "": "",
        "service_grant": QCoreApplication.translate("Labels", "Service grant"),
        "home_delivery_grant": QCoreApplication.translate("Labels", "Home delivery grant"),
        "special_operating_support": QCoreApplication.translate(
            "Labels", "Special operating support"
        ),
        "investment_support": QCoreApplication.translate("Labels", "Investment support"),
        "municipal_budget": QCoreApplication.translate("Labels", "Municipal budget"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(source, source)


def problem_text(reason: str) -> str:
    """A Swedish sentence for a validation reason code from core."""
    texts = {
        "empty": QCoreApplication.translate("Labels", "This field cannot be empty."),
        "too_long": QCoreApplication.translate("Labels", "The text is too long."),
        "year_out_of_range": QCoreApplication.translate(
            "Labels", "Give a year between 1990 and 2100."
        ),
        "period_end_before_start": QCoreApplication.translate(
            "Labels", "The period cannot end before it starts."
        ),
        "case_number_format": QCoreApplication.translate(
            "Labels", "Write the case number like “KS 2024/0815”: register, year, number."
        ),
        "negative_cost": QCoreApplication.translate("Labels", "The cost cannot be negative."),
        "cost_too_large": QCoreApplication.translate("Labels", "The cost is unreasonably large."),
        "not_a_number": QCoreApplication.translate(
            "Labels", "Write the cost in whole kronor, e.g. 120000."
        ),
        "date_format": QCoreApplication.translate("Labels", "Write the date as YYYY-MM-DD."),
        "date_missing_day": QCoreApplication.translate("Labels", "That date does not exist."),
    }
    return texts.get(reason, QCoreApplication.translate("Labels", "The value is not valid."))


def local_time_text(utc: dt.datetime | None) -> str:
    """A stored (naive UTC) time as the computer's local "YYYY-MM-DD HH:MM"."""
    if utc is None:
        return ""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
