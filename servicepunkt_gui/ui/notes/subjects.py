"""What the notes tab shows besides the list: what a note can concern, a saved note's row."""

from __future__ import annotations

from collections.abc import Sequence

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
    )
