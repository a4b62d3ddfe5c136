"""Writing an import the official saw in its preview, in the one unit of work given."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from servicepunkt_gui.core import changes
from servicepunkt_gui.core.changes import RecordKind
from servicepunkt_gui.core.models import utc_now
from servicepunkt_gui.core.place_import.preview import ImportPreview
from servicepunkt_gui.core.place_import.table_file import ImportFileError
from servicepunkt_gui.core.place_models import ServicePlace


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    trashed: int  # no longer listed, moved to the trash
    kept: int  # no longer listed, kept in the register
    skipped: int


def apply_import(
    session: Session,
    municipality_code: str,
    preview: ImportPreview,
    *,
    trash_unlisted: bool = False,
) -> ImportResult:
    """Add the new places, update the changed, and trash the unlisted when asked.

    A preview with problems is refused (``ImportFileError`` naming the first), so a
    malformed file never writes anything.
    """
    if preview.problems:
        raise ImportFileError(preview.problems[0])
    for new in preview.new:
        place = ServicePlace(
            municipality_code=municipality_code,
            source=preview.source,
            source_id=new.source_id,
            **new.values,
        )
        if new.position is not None:
            place.latitude, place.longitude = new.position
        session.add(place)
    updated = 0
    for change in preview.changed:
        existing = session.get(ServicePlace, change.place_id)
        if existing is None or existing.deleted_at is not None:
            continue  # gone since the preview was made: nothing to update
        for field_change in change.changes:
            if field_change.field == "position":
                assert isinstance(field_change.new, tuple)
                existing.latitude, existing.longitude = field_change.new
            elif field_change.field == "source_id":
                existing.source, existing.source_id = preview.source, str(field_change.new)
            else:
                setattr(existing, field_change.field, field_change.new)
        updated += 1
    trashed = 0
    if trash_unlisted:
        now = utc_now()
        for unlisted in preview.unlisted:
            existing = session.get(ServicePlace, unlisted.place_id)
            if existing is not None and existing.deleted_at is None:
                existing.deleted_at = now
                trashed += 1
    session.flush()
    if preview.new or updated or trashed:
        changes.record(session, RecordKind.PLACE, municipality_code)
    if trashed:
        changes.record(session, RecordKind.TRASH, municipality_code)
    return ImportResult(
        created=len(preview.new),
        updated=updated,
        unchanged=preview.unchanged,
        trashed=trashed,
        kept=len(preview.unlisted) - trashed,
        skipped=len(preview.skipped),
    )
