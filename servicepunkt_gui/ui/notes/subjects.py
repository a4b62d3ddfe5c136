"""What the notes tab shows besides the list: what a note can concern, a saved note's row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.notes import NoteDetail, NoteSummary
from servicepunkt_gui.core.pages import PlanSection
from servicepunkt_gui.core.places import PlaceRow

# What a note can concern besides the municipality: (kind, id, label).
Subject = tuple[str, str, str]


def subjects_of(section: PlanSection, places: Sequence[PlaceRow] = ()) -> list[Subject]:
    """Every plan of the municipality and its actions, then its places (by name), labelled
    for the "Concerns" list."""
    result: list[Subject] = []
    translate = QCoreApplication.translate
    for plan in section.plans:
        result.append(
            ("plan", plan.id, translate("NotesTab", "Plan: %1").replace("%1", plan.title))
        )
        for action in section.actions.get(plan.id, []):
            label = translate("NotesTab", "Action: %1").replace("%1", action.values.title)
            result.append(("action", action.id, label))
    for place in places:
        label = translate("NotesTab", "Place: %1").replace("%1", place.name)
        if place.locality and place.locality != place.name:
            label += f" ({place.locality})"
        result.append(("place", place.id, label))
    return result


def subject_names(subjects: Sequence[Subject]) -> Callable[[str, object], str | None]:
    """For the conflict dialog: a plan's, action's or place's label instead of its id."""
    labels = {subject_id: label for _kind, subject_id, label in subjects}

    def describe(field: str, value: object) -> str | None:
        if field in ("plan_id", "action_id", "place_id") and isinstance(value, str):
            return labels.get(value)
        return None

    return describe


def summary_of(note: NoteDetail) -> NoteSummary:
    """The list row of a note just saved, without reading the list again."""
    return NoteSummary(
        id=note.id,
        title=note.title,
        preview=note.body[: notes.PREVIEW_CHARS],
        category=note.category,
        concerns_date=note.concerns_date,
        author=note.author,
        updated_at=note.updated_at,
        plan_id=note.plan_id,
        action_id=note.action_id,
        place_id=note.place_id,
        row_version=note.row_version,
    )
