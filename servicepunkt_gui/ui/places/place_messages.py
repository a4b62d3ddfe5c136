"""Translated messages of the register of serviceställen: what is wrong with a field.

The words for kinds, services and statuses are in ``ui/common/place_labels.py`` (the map,
search and the overview show them too). Functions, not constants, so every text follows
the language shown now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.ui.common.labels import problem_text

# The reasons each field of the form can show, so its message keeps room for the longest.
FIELD_REASONS: dict[str, tuple[str, ...]] = {
    "name": ("empty", "too_long"),
    "position": ("decimal_format", "position_incomplete", "position_outside_sweden"),
    "org_number": ("org_number_format", "org_number_check_digit"),
    "email": ("email_format", "too_long"),
    "hours_per_week": ("decimal_format", "hours_out_of_range"),
    "nearest_km": ("decimal_format", "negative_distance"),
}


def place_problem_text(reason: str) -> str:
    """A sentence beside the field for a reason code of ``core.place_validation``."""
    texts = {
        "org_number_format": QCoreApplication.translate(
            "PlaceMessages", "Write the organisation number as 10 digits, e.g. 556036-0793."
        ),
        "org_number_check_digit": QCoreApplication.translate(
            "PlaceMessages",
            "The last digit does not fit the others: check the organisation number.",
        ),
        "position_incomplete": QCoreApplication.translate(
            "PlaceMessages", "Give both latitude and longitude, or neither."
        ),
        "position_outside_sweden": QCoreApplication.translate(
            "PlaceMessages",
            "The position is not in Sweden. Give it in decimal degrees (WGS84), "
            "e.g. latitude 63,29 and longitude 18,72.",
        ),
        "decimal_format": QCoreApplication.translate(
            "PlaceMessages", "Write a number, e.g. 63,2911."
        ),
        "email_format": QCoreApplication.translate(
            "PlaceMessages", "Write the e-mail address like name@example.se."
        ),
        "hours_out_of_range": QCoreApplication.translate(
            "PlaceMessages", "Give the hours per week as a number from 0 to 168."
        ),
        "negative_distance": QCoreApplication.translate(
            "PlaceMessages", "The distance cannot be negative."
        ),
        "missing": QCoreApplication.translate(
            "PlaceMessages", "The place is no longer in the register (it may be in the trash)."
        ),
    }
    return texts[reason] if reason in texts else problem_text(reason)


def field_candidates(key: str) -> list[str]:
    """Every message a field may show (its room is kept for the longest)."""
    return [place_problem_text(reason) for reason in FIELD_REASONS.get(key, ("unknown",))]
