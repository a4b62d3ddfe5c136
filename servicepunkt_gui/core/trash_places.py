"""The register of serviceställen in the trash: places, agreements and grant cases.

``core.trash`` lists, restores and purges them through this module. A place goes to the
trash alone: its agreements and grant cases stay where they are, hidden while it is there
(the lists of places, agreements and grants leave out what hangs under a place in the
trash). Restoring an agreement or a grant case whose place is in the trash brings the place
back too, so nothing comes back hidden. Purging a place for good takes its status history
and its agreements (with their payments) along; its grant cases stay, with the municipality
as the applicant, and notes about it stay, no longer tied to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import Municipality, Note
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
    TodoMark,
)

if TYPE_CHECKING:
    from servicepunkt_gui.core.trash import TrashItem, _Purge

# The kinds of trash item this module keeps (``TrashItem.kind``).
KINDS = frozenset({RecordKind.PLACE, RecordKind.AGREEMENT, RecordKind.GRANT})
# Records without a trash of their own, deleted for good at once (``trash.delete_records``)
# so that the deletion leaves a tombstone and travels with the exchange file.
CHILD_KINDS = frozenset({"place_status", "payment", "todo_mark"})
INDEXES = {
    RecordKind.PLACE: "place_fts",
    RecordKind.AGREEMENT: "agreement_fts",
    RecordKind.GRANT: "grant_fts",
}

Row = ServicePlace | Agreement | GrantCase


def list_items(session: Session) -> list[TrashItem]:
    """The places, agreements and grant cases in the trash (unsorted)."""
    from servicepunkt_gui.core.trash import TrashItem

    items: list[TrashItem] = []
    places = session.execute(
        select(
            ServicePlace.id,
            ServicePlace.municipality_code,
            Municipality.short_name,
            ServicePlace.name,
            ServicePlace.deleted_at,
        )
        .join(Municipality, Municipality.code == ServicePlace.municipality_code)
        .where(ServicePlace.deleted_at.is_not(None))
    )
    for place_id, code, name, title, deleted_at in places:
        items.append(TrashItem(RecordKind.PLACE, place_id, code, name, title, deleted_at))
    agreements = session.execute(
        select(
            Agreement.id,
            Agreement.municipality_code,
            Municipality.short_name,
            Agreement.starts_on,
            Agreement.ends_on,
            ServicePlace.name,
            Agreement.deleted_at,
        )
        .join(Municipality, Municipality.code == Agreement.municipality_code)
        .join(ServicePlace, ServicePlace.id == Agreement.place_id)
        .where(Agreement.deleted_at.is_not(None))
    )
    for agreement_id, code, name, starts, ends, place, deleted_at in agreements:
        # The period and the place: the dialog puts "Avtal" (translated) before it.
        title = f"{starts.isoformat()}–{ends.isoformat()}, {place}"
        items.append(TrashItem(RecordKind.AGREEMENT, agreement_id, code, name, title, deleted_at))
    grants = session.execute(
        select(
            GrantCase.id,
            GrantCase.municipality_code,
            Municipality.short_name,
            GrantCase.grant_type,
            GrantCase.first_year,
            GrantCase.last_year,
            GrantCase.title,
            GrantCase.deleted_at,
        )
        .join(Municipality, Municipality.code == GrantCase.municipality_code)
        .where(GrantCase.deleted_at.is_not(None))
    )
    for grant_id, code, name, grant_type, first, last, text, deleted_at in grants:
        years = str(first) if first == last else f"{first}–{last}"
        title = f"{years} {text}".strip()  # the dialog puts the type (translated) before it
        items.append(
            TrashItem(RecordKind.GRANT, grant_id, code, name, title, deleted_at, grant_type)
        )
    return items


def row(session: Session, kind: str, item_id: str, populate_existing: bool = False) -> Row | None:
    """The row of a trash item of one of ``KINDS`` (in the trash or not), None if none."""
    if kind == RecordKind.PLACE:
        return session.get(ServicePlace, item_id, populate_existing=populate_existing)
    if kind == RecordKind.AGREEMENT:
        return session.get(Agreement, item_id, populate_existing=populate_existing)
    if kind == RecordKind.GRANT:
        return session.get(GrantCase, item_id, populate_existing=populate_existing)
    return None


def restore(session: Session, kind: str, item_id: str) -> None:
    """Take a place, agreement or grant case out of the trash; an agreement or grant case
    whose place is in the trash brings the place back with it (it would stay hidden
    otherwise). ``ValidationError("item", "missing")`` if there is no such record."""
    found = row(session, kind, item_id)
    if found is None:
        raise ValidationError("item", "missing")
    found.deleted_at = None
    code = found.municipality_code
    if isinstance(found, Agreement | GrantCase) and found.place_id is not None:
        place = session.get(ServicePlace, found.place_id)
        if place is not None and place.deleted_at is not None:
            place.deleted_at = None
            record(session, RecordKind.PLACE, place.municipality_code)
    session.flush()
    record(session, RecordKind(kind), code)
    record(session, RecordKind.TRASH, code)


def remove(purge: _Purge, found: Row) -> None:
    """Delete a place, agreement or grant case for good, with what belongs to it."""
    code = found.municipality_code
    if isinstance(found, ServicePlace):
        _place(purge, found)
    elif isinstance(found, Agreement):
        _agreement(purge, found.id, code)
    else:
        purge._delete(GrantCase, GrantCase.id == found.id, code)
        purge._indexes.add(INDEXES[RecordKind.GRANT])
        purge._record(RecordKind.GRANT, code)


def _place(purge: _Purge, place: ServicePlace) -> None:
    session = purge._session
    code = place.municipality_code
    # Deleted one by one rather than by the CASCADE: each leaves its tombstone.
    agreements = list(session.scalars(select(Agreement.id).where(Agreement.place_id == place.id)))
    for agreement_id in agreements:
        _agreement(purge, agreement_id, code)
    purge._delete(PlaceStatusChange, PlaceStatusChange.place_id == place.id, code)
    _clear_place(purge, GrantCase, GrantCase.place_id == place.id, code, RecordKind.GRANT)
    _clear_place(purge, Note, Note.place_id == place.id, code, RecordKind.NOTE)
    purge._delete(ServicePlace, ServicePlace.id == place.id, code)
    purge._indexes.add(INDEXES[RecordKind.PLACE])
    purge._record(RecordKind.PLACE, code)


def _agreement(purge: _Purge, agreement_id: str, code: str) -> None:
    purge._delete(AgreementPayment, AgreementPayment.agreement_id == agreement_id, code)
    purge._delete(Agreement, Agreement.id == agreement_id, code)
    purge._indexes.add(INDEXES[RecordKind.AGREEMENT])
    purge._record(RecordKind.AGREEMENT, code)


def _clear_place(
    purge: _Purge,
    model: type[GrantCase] | type[Note],
    which: ColumnElement[bool],
    code: str,
    kind: RecordKind,
) -> None:
    """Grant cases and notes about a place deleted for good stay, no longer tied to it
    (a grant case's applicant becomes the municipality); their time stays, as the
    database's own SET NULL would leave it."""
    session = purge._session
    if session.scalar(select(model.id).where(which).limit(1)) is not None:
        keep = {"updated_at": model.updated_at, "row_version": model.row_version + 1}
        session.execute(update(model).where(which).values(place_id=None, **keep))
        purge._record(kind, code)


def remove_child(purge: _Purge, kind: str, item_id: str) -> bool:
    """Delete a status change, a payment or an "Att göra" mark for good (leaving its
    tombstone); False if it is not there."""
    session = purge._session
    if kind == "place_status":
        change = session.get(PlaceStatusChange, item_id, populate_existing=True)
        if change is None:
            return False
        place = session.get(ServicePlace, change.place_id)
        code = place.municipality_code if place is not None else None
        purge._delete(PlaceStatusChange, PlaceStatusChange.id == item_id, code)
        record(session, RecordKind.PLACE, code)
        return True
    if kind == "payment":
        payment = session.get(AgreementPayment, item_id, populate_existing=True)
        if payment is None:
            return False
        agreement = session.get(Agreement, payment.agreement_id)
        code = agreement.municipality_code if agreement is not None else None
        purge._delete(AgreementPayment, AgreementPayment.id == item_id, code)
        record(session, RecordKind.AGREEMENT, code)
        return True
    mark = session.get(TodoMark, item_id, populate_existing=True)
    if mark is None:
        return False
    purge._delete(TodoMark, TodoMark.id == item_id, mark.municipality_code)
    record(session, RecordKind.TODO, mark.municipality_code)
    return True
