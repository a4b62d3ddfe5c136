"""Translated labels for the codes stored in the database (roles, note categories)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.models import NOTE_CATEGORIES


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: str | None) -> str:
    if role == "pilot":
        return _tr("Pilot municipality")
    if role == "ambassador":
        return _tr("Ambassador municipality")
    return ""


def category_label(category: str) -> str:
    labels = {
        "meeting": _tr("Meeting"),
        "dialogue": _tr("Dialogue"),
        "decision": _tr("Decision"),
        "follow_up": _tr("Follow-up"),
        "other": _tr("Other"),
    }
    return labels.get(category, category)


def category_choices() -> list[tuple[str, str]]:
    return [(code, category_label(code)) for code in NOTE_CATEGORIES]
