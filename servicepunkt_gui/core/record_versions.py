"""Record versions: a save over a record someone else changed since it was read is refused.

Every ``VersionedRecord`` has ``row_version`` (SQLAlchemy's ``version_id_col``: each UPDATE
names the version it read and raises it by one) and ``saved_by``. A form remembers the
version it showed and hands it to the core update function as ``expected_version``; that
function calls :func:`check_version` on the row it read for the write, before changing it.
A different stored version raises :class:`EditConflictError`, which carries both sides as
plain data so the window can show them side by side and let the official choose.

Two checks are needed because they catch different moments: :func:`check_version` the
change made since the FORM read the record (seconds or hours ago, another session), and
:func:`flush_checked` the change committed by another connection between this unit of
work's own read and its write (PostgreSQL: the UPDATE then matches no row, which
SQLAlchemy reports as ``StaleDataError``). On SQLite the write lock taken at ``BEGIN
IMMEDIATE`` rules the second out.

Importing this module registers the ``before_flush`` listener that sets ``saved_by``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from servicepunkt_gui.core.models import Base, VersionedRecord

# A field's value as the forms and the conflict dialog know it: text, numbers, dates, None.
Value = Any


@dataclass(frozen=True)
class StoredVersion:
    """The version of a record that is stored now: who saved it, when, and its fields."""

    version: int
    saved_by: str
    updated_at: dt.datetime  # naive UTC, as every stored time
    values: dict[str, Value] = field(default_factory=dict)


class EditConflictError(Exception):
    """The record was changed by someone else since the editor read it: nothing was saved.

    ``kind`` is the record's table ("note", "plan_action"…), ``read_version`` the version
    the editor read, ``mine`` the fields as the editor wanted to save them, ``stored`` the
    version in the database now (None when it could not be read in the failed unit of
    work: :func:`stored_version` reads it afterwards, see :meth:`with_stored`).
    """

    def __init__(
        self,
        kind: str,
        record_id: str,
        read_version: int | None,
        stored: StoredVersion | None,
        mine: Mapping[str, Value] | None = None,
    ) -> None:
        stored_text = stored.version if stored is not None else "?"
        super().__init__(
            f"{kind} {record_id}: edited from version {read_version}, stored is {stored_text}"
        )
        self.kind = kind
        self.record_id = record_id
        self.read_version = read_version
        self.stored = stored
        self.mine: dict[str, Value] = dict(mine or {})

    def with_stored(self, stored: StoredVersion | None) -> EditConflictError:
        """The same conflict with the stored version filled in (read in a new session)."""
        copy = EditConflictError(self.kind, self.record_id, self.read_version, stored, self.mine)
        copy.__cause__ = self.__cause__
        return copy

    def changed_fields(self) -> list[str]:
        """The fields whose stored value differs from the one the editor wants to save."""
        if self.stored is None:
            return list(self.mine)
        return [name for name, value in self.mine.items() if self.stored.values.get(name) != value]


def _kind(row: VersionedRecord) -> str:
    return str(row.__table__.name)  # type: ignore[attr-defined]


def fields_of(row: VersionedRecord, names: Mapping[str, Value] | list[str]) -> dict[str, Value]:
    """The row's values of the fields ``names`` (the keys, for a mapping)."""
    return {name: getattr(row, name) for name in names}


# How a kind's stored fields read as its form's input, where they are not the row's own
# attributes (a place's services are stored as one string): kind -> (session, row) -> values.
ValuesReader = Callable[[Session, Any], Mapping[str, Value]]
_READERS: dict[str, ValuesReader] = {}


def read_values_with(kind: str, reader: ValuesReader) -> None:
    """Register how ``kind``'s stored values are read for the conflict (its module does)."""
    _READERS[kind] = reader


def stored_of(
    row: VersionedRecord,
    names: Mapping[str, Value] | list[str],
    values: Mapping[str, Value] | None = None,
) -> StoredVersion:
    """The row's version; ``values``: its fields as read by the kind's reader, if any."""
    chosen = fields_of(row, names) if values is None else {n: values.get(n) for n in names}
    return StoredVersion(
        version=row.row_version,
        saved_by=row.saved_by or "",
        updated_at=row.updated_at,
        values=chosen,
    )


def check_version(
    row: VersionedRecord,
    expected_version: int | None,
    mine: Mapping[str, Value] | None = None,
    session: Session | None = None,
) -> None:
    """Raise EditConflictError if ``row`` is not at the version the editor read.

    ``expected_version`` None: no check (the exchange import, the command line, callers
    that did not read the record in a form). Call it before changing the row. ``session``
    is needed only for a kind with a registered values reader.
    """
    if expected_version is None or row.row_version == expected_version:
        return
    names = dict(mine or {})
    reader = _READERS.get(_kind(row))
    values = reader(session, row) if reader is not None and session is not None else None
    stored = stored_of(row, names, values)
    raise EditConflictError(_kind(row), row.id, expected_version, stored, names)


def flush_checked(session: Session, row: VersionedRecord, mine: Mapping[str, Value]) -> None:
    """``session.flush()``, a concurrent update of ``row`` raised as EditConflictError.

    The unit of work cannot read any more after that failure, so ``stored`` is None.
    """
    read_version = row.row_version
    kind, record_id = _kind(row), row.id
    try:
        session.flush()
    except StaleDataError as error:
        raise EditConflictError(kind, record_id, read_version, None, mine) from error


def _model_of(kind: str) -> type[VersionedRecord] | None:
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, VersionedRecord) and model.__table__.name == kind:  # type: ignore[attr-defined]
            return model
    return None


def stored_version(
    session: Session, kind: str, record_id: str, names: Mapping[str, Value] | list[str]
) -> StoredVersion | None:
    """The version of the record stored now (None: gone for good, or no such kind)."""
    model = _model_of(kind)
    if model is None:
        return None
    row = session.get(model, record_id, populate_existing=True)
    if row is None:
        return None
    reader = _READERS.get(kind)
    return stored_of(row, names, reader(session, row) if reader is not None else None)


def merged(
    read: Mapping[str, Value], mine: Mapping[str, Value], theirs: Mapping[str, Value]
) -> dict[str, Value]:
    """ "Keep mine": the fields the editor changed from what it read, the others as stored.

    So neither edit is lost when two people changed different fields of the same record;
    where both changed a field, the editor's value wins (that is what they chose).
    """
    return {
        name: (value if read.get(name) != value else theirs.get(name, value))
        for name, value in mine.items()
    }


def conflict_from(error: BaseException) -> EditConflictError | None:
    """The EditConflictError ``error`` is or was caused by (a commit's flush may wrap it)."""
    current: BaseException | None = error
    seen = 0
    while current is not None and seen < 10:
        if isinstance(current, EditConflictError):
            return current
        current = current.__cause__ or current.__context__
        seen += 1
    return None


def is_stale(error: BaseException) -> bool:
    """True if ``error`` is (or was caused by) an UPDATE of a versioned row that another
    connection changed first, outside :func:`flush_checked` (e.g. at the commit's flush)."""
    current: BaseException | None = error
    for _ in range(10):
        if current is None:
            return False
        if isinstance(current, StaleDataError):
            return True
        current = current.__cause__ or current.__context__
    return False


def _set_saved_by(session: Session, _context: object, _instances: object) -> None:
    """Name who saves each new or changed versioned record (``session.info["user_name"]``)."""
    user = session.info.get("user_name")
    if user is None:
        return
    name = str(user)[:200]
    for row in session.new:
        if isinstance(row, VersionedRecord):
            row.saved_by = name
    for row in session.dirty:
        # Only rows with a real change: setting saved_by on an unchanged row would make an
        # UPDATE (and a new version) out of nothing.
        modified = isinstance(row, VersionedRecord) and session.is_modified(row)
        if modified and row.saved_by != name:
            row.saved_by = name


if not event.contains(Session, "before_flush", _set_saved_by):
    event.listen(Session, "before_flush", _set_saved_by)
