"""Translated labels for the codes stored in the database (roles, note categories)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.models import NOTE_CATEGORIES


def role_label(role: str | None) -> str:
    if role == "pilot":
        return QCoreApplication.translate("Labels", "Pilot municipality")
    if role == "ambassador":
        return QCoreApplication.translate("Labels", "Ambassador municipality")
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
