"""Translated labels for the codes stored in the database (the ``core.vocabulary`` enums)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.vocabulary import (
    NO_PLAN,
    ActionStatus,
    AdoptingBody,
    FinancingSource,
    NoteCategory,
    PlanStage,
    ProgrammeRole,
)


def role_label(role: str | None) -> str:
    if role == ProgrammeRole.PILOT:
        return QCoreApplication.translate("Labels", "Pilot municipality")
    if role == ProgrammeRole.AMBASSADOR:
        return QCoreApplication.translate("Labels", "Ambassador municipality")
    return ""


def role_short_label(role: str | None) -> str:
    """For the narrow list column; the detail side says it in full."""
    if role == ProgrammeRole.PILOT:
        return QCoreApplication.translate("Labels", "Pilot")
    if role == ProgrammeRole.AMBASSADOR:
        return QCoreApplication.translate("Labels", "Ambassador")
    return ""


def category_label(category: str) -> str:
    labels: dict[str, str] = {
        NoteCategory.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        NoteCategory.DIALOGUE: QCoreApplication.translate("Labels", "Dialogue"),
        NoteCategory.DECISION: QCoreApplication.translate("Labels", "Decision"),
        NoteCategory.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up"),
        NoteCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(category, category)


def category_choices() -> list[tuple[str, str]]:
    return [(code, category_label(code)) for code in NoteCategory]


def stage_label(stage: str) -> str:
    labels: dict[str, str] = {
        PlanStage.NOT_STARTED: QCoreApplication.translate("Labels", "Not started"),
        PlanStage.MAPPING: QCoreApplication.translate("Labels", "Mapping"),
        PlanStage.DIALOGUE: QCoreApplication.translate("Labels", "Dialogue"),
        PlanStage.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        PlanStage.CONSULTATION: QCoreApplication.translate("Labels", "Consultation"),
        PlanStage.ADOPTED: QCoreApplication.translate("Labels", "Adopted"),
        PlanStage.IMPLEMENTATION: QCoreApplication.translate("Labels", "Implementation"),
        PlanStage.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up"),
        PlanStage.REVISION: QCoreApplication.translate("Labels", "Revision"),
        NO_PLAN: QCoreApplication.translate("Labels", "No plan recorded"),
    }
    return labels.get(stage, stage)


def adopting_body_label(body: str | None) -> str:
    if body == AdoptingBody.MUNICIPAL_COUNCIL:
        return QCoreApplication.translate("Labels", "Municipal council (KF)")
    if body == AdoptingBody.EXECUTIVE_BOARD:
        return QCoreApplication.translate("Labels", "Executive board (KS)")
    return QCoreApplication.translate("Labels", "Not adopted")


def action_status_label(status: str, delayed: bool = False) -> str:
    if delayed:
        return QCoreApplication.translate("Labels", "Delayed")
    labels: dict[str, str] = {
        ActionStatus.NOT_STARTED: QCoreApplication.translate("Labels", "Not started"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(status, status)


def financing_label(source: str) -> str:
    labels: dict[str, str] = {
        "": "",  # no financing given
        FinancingSource.SERVICE_GRANT: QCoreApplication.translate("Labels", "Service grant"),
        FinancingSource.HOME_DELIVERY_GRANT: QCoreApplication.translate(
            "Labels", "Home delivery grant"
        ),
        FinancingSource.SPECIAL_OPERATING_SUPPORT: QCoreApplication.translate(
            "Labels", "Special operating support"
        ),
        FinancingSource.INVESTMENT_SUPPORT: QCoreApplication.translate(
            "Labels", "Investment support"
        ),
        FinancingSource.MUNICIPAL_BUDGET: QCoreApplication.translate("Labels", "Municipal budget"),
        FinancingSource.OTHER: QCoreApplication.translate("Labels", "Other"),
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
