"""This installation's own records of exchanging: its id, merge bases and tombstones.

None of it is exchanged as such: the id names the sender in a manifest, a base is sent as
each record's "base", and tombstones are sent so that a deletion travels.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.exchange.fields import (
    KIND_OF_TABLE,
    ROW_TYPES,
    Kind,
    deleted_hash,
    row_values,
)
from servicepunkt_gui.core.models import Base, ExchangeBase, Meta, Tombstone, utc_now

INSTALLATION_ID_KEY = "installation_id"
_CHUNK = 500  # ids per IN (...): far below SQLite's limit of bound parameters


def installation_id(session: Session) -> str:
    """This installation's id, made (a uuid4 in ``meta``) the first time it is asked for."""
    row = session.get(Meta, INSTALLATION_ID_KEY)
    if row is None:
        row = Meta(key=INSTALLATION_ID_KEY, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value


def chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    listed = list(ids)
    for start in range(0, len(listed), _CHUNK):
        yield listed[start : start + _CHUNK]


def bases(session: Session, record_ids: Iterable[str]) -> dict[str, str]:
    """The base hash of each of ``record_ids`` that has one."""
    found: dict[str, str] = {}
    for part in chunks(record_ids):
        query = select(ExchangeBase.record_id, ExchangeBase.content_hash).where(
            ExchangeBase.record_id.in_(part)
        )
        for record_id, digest in session.execute(query):
            found[record_id] = digest
    return found


def tombstones(session: Session, record_ids: Iterable[str]) -> dict[str, Tombstone]:
    found: dict[str, Tombstone] = {}
    for part in chunks(record_ids):
        rows = session.scalars(select(Tombstone).where(Tombstone.record_id.in_(part)))
        found.update({row.record_id: row for row in rows})
    return found


def set_bases(session: Session, new: dict[str, str]) -> None:
    """Store the bases ``new`` (record id -> hash) in bulk, over earlier ones."""
    for part in chunks(new):
        session.execute(delete(ExchangeBase).where(ExchangeBase.record_id.in_(part)))
        rows = [{"record_id": record_id, "content_hash": new[record_id]} for record_id in part]
        session.execute(insert(ExchangeBase), rows)


def leave_tombstone(
    session: Session,
    kind: Kind,
    record_id: str,
    municipality_code: str,
    content_hash: str | None,
    base_hash: str | None,
    deleted_at: dt.datetime | None = None,
) -> None:
    """Remember that ``record_id`` was deleted for good (an earlier tombstone is kept)."""
    if session.get(Tombstone, record_id) is None:
        session.add(
            Tombstone(
                record_id=record_id,
                kind=kind,
                municipality_code=municipality_code,
                deleted_at=deleted_at or utc_now(),
                content_hash=content_hash,
                base_hash=base_hash,
            )
        )


def bury(session: Session, model: type[Base], which: ColumnElement[bool], code: str | None) -> None:
    """Tombstones for the rows ``which`` picks, about to be deleted for good (``core.trash``).

    Each keeps the hash of the content and the base this installation had for it: a copy
    another installation still holds is then known to have been seen before it went.
    """
    kind = KIND_OF_TABLE.get(model.__tablename__)
    if kind is None:  # drafts, earlier versions of notes: never exchanged
        return
    rows = session.scalars(select(model).where(which).execution_options(populate_existing=True))
    listed = [row for row in rows if isinstance(row, ROW_TYPES)]
    known = bases(session, [row.id for row in listed])
    for row in listed:
        municipality = getattr(row, "municipality_code", None) or code or ""
        digest = deleted_hash(row_values(kind, row))
        leave_tombstone(session, kind, row.id, municipality, digest, known.get(row.id))
    session.flush()
