"""Drafts: what is being typed, kept a few seconds after the last keystroke.

A draft lives until its text is saved or thrown away. After a crash, the next start
offers to restore each one. Keys say what a draft belongs to: ``note:new:<code>``,
``note:<note id>`` or ``plan:<plan id>``.

On a shared PostgreSQL database drafts are kept on this computer instead
(:class:`LocalDrafts`, one small SQLite file per shared database beside the settings): what
someone types is theirs, not something for the colleagues' start-up to offer, and it must be
kept exactly when the server cannot be reached.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import URL, delete, event, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.db_files import restrict_permissions
from servicepunkt_gui.core.models import Draft, Municipality, utc_now
from servicepunkt_gui.core.paths import settings_file

MAX_DRAFT_CHARS = 12_000_000


@dataclass(frozen=True)
class DraftRow:
    key: str
    municipality_code: str
    municipality_name: str
    fields: dict[str, Any]
    updated_at: dt.datetime

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def target_id(self) -> str | None:
        """The note or plan the draft edits; None for a new note."""
        parts = self.key.split(":")
        return None if len(parts) > 2 and parts[1] == "new" else parts[-1]


def save_draft(session: Session, key: str, municipality_code: str, fields: dict[str, Any]) -> None:
    payload = json.dumps(fields, ensure_ascii=False, default=str)
    if len(payload) > MAX_DRAFT_CHARS:
        return  # too large to be a typed draft; the editor still holds it
    store = _local_store(session)
    if store is not None:
        _pending_discards(session).discard(key)
        store.save(key, municipality_code, payload)  # no round trip to the server at all
        return
    row = session.scalar(select(Draft).where(Draft.key == key))
    if row is None:
        session.add(Draft(key=key, municipality_code=municipality_code, payload=payload))
    elif row.payload != payload:
        row.payload = payload
    session.flush()


def discard_draft(session: Session, key: str) -> None:
    discard_drafts(session, [key])


def discard_drafts(session: Session, keys: list[str]) -> None:
    """Throw these drafts away with this unit of work (the trash: of what went for good)."""
    store = _local_store(session)
    if store is not None:
        # Only once the unit of work is committed: a save that fails keeps its draft.
        pending = _pending_discards(session)
        if not pending:
            _after_commit(session, lambda: store.discard_all(sorted(pending)))
        pending.update(keys)
        return
    session.execute(delete(Draft).where(Draft.key.in_(keys)))


def list_drafts(session: Session) -> list[DraftRow]:
    store = _local_store(session)
    if store is not None:
        gone = _pending_discards(session)
        return _named(session, [row for row in store.rows() if row[0] not in gone])
    rows = session.execute(
        select(
            Draft.key,
            Draft.municipality_code,
            Municipality.short_name,
            Draft.payload,
            Draft.updated_at,
        )
        .join(Municipality, Municipality.code == Draft.municipality_code)
        .order_by(Draft.updated_at.desc())
    )
    return _parsed(rows)


def _parsed(rows: Iterable[Sequence[Any]]) -> list[DraftRow]:
    drafts = []
    for key, code, name, payload, updated_at in rows:
        try:
            fields = json.loads(payload)
        except ValueError:
            continue  # unreadable; kept in the file, not offered
        drafts.append(DraftRow(key, code, name, fields, updated_at))
    return drafts


def _named(session: Session, rows: list[tuple[str, str, str, dt.datetime]]) -> list[DraftRow]:
    """Local drafts with their municipality's name from the shared database."""
    codes = {code for _key, code, _payload, _at in rows}
    found = session.execute(
        select(Municipality.code, Municipality.short_name).where(Municipality.code.in_(codes))
    )
    names = {str(code): str(name) for code, name in found}
    return _parsed(
        (key, code, names[code], payload, at) for key, code, payload, at in rows if code in names
    )


# -- drafts of a shared database, on this computer --------------------------------------------


class LocalDrafts:
    """Drafts of one shared database in a small SQLite file of this computer's user.

    One file per database (user, server, port and database name), in ``drafts/`` beside the
    settings: a file of its own never mixes the drafts of a test database with the real
    one's, and can be deleted alone. Each call opens and closes the file: a draft is kept
    every few seconds at most, and nothing stays locked.
    """

    def __init__(self, path: Path, where: str) -> None:
        self.path = path
        self._where = where

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        is_new = not self.path.exists()
        connection = sqlite3.connect(self.path, timeout=5)
        if is_new:
            restrict_permissions(self.path)  # drafts hold what the official typed
        connection.execute("PRAGMA synchronous = FULL")  # kept means on disk
        connection.execute(
            "CREATE TABLE IF NOT EXISTS draft (key TEXT PRIMARY KEY, municipality_code TEXT "
            "NOT NULL, payload TEXT NOT NULL, updated_at TEXT NOT NULL)"
        )
        # For whoever finds the file: which database its drafts belong to.
        connection.execute("CREATE TABLE IF NOT EXISTS about (location TEXT NOT NULL)")
        if connection.execute("SELECT count(*) FROM about").fetchone() == (0,):
            connection.execute("INSERT INTO about VALUES (?)", (self._where,))
        return connection

    def save(self, key: str, municipality_code: str, payload: str) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT INTO draft VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "municipality_code = excluded.municipality_code, payload = excluded.payload, "
                "updated_at = excluded.updated_at",
                (key, municipality_code, payload, utc_now().isoformat()),
            )

    def discard_all(self, keys: list[str]) -> None:
        with closing(self._connect()) as connection, connection:
            connection.executemany("DELETE FROM draft WHERE key = ?", [(key,) for key in keys])

    def rows(self) -> list[tuple[str, str, str, dt.datetime]]:
        if not self.path.exists():
            return []
        with closing(self._connect()) as connection:
            found = connection.execute(
                "SELECT key, municipality_code, payload, updated_at FROM draft "
                "ORDER BY updated_at DESC"
            ).fetchall()
        return [
            (key, code, payload, dt.datetime.fromisoformat(at)) for key, code, payload, at in found
        ]


def local_drafts_for(url: URL) -> LocalDrafts:
    """The drafts file of the shared database at ``url`` (which never holds a password)."""
    host = url.query.get("host") or url.host or ""
    where = f"{url.username}@{host}:{url.port or 5432}/{url.database}"
    name = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    return LocalDrafts(settings_file().parent / "drafts" / f"{name}.sqlite3", where)


def _local_store(session: Session) -> LocalDrafts | None:
    bind = session.get_bind()  # no connection is made: a draft needs no server
    engine: Any = getattr(bind, "engine", bind)
    if engine.dialect.name != "postgresql":
        return None
    return local_drafts_for(engine.url)


def _pending_discards(session: Session) -> set[str]:
    """Keys discarded in this unit of work, taken from the file when it commits."""
    return cast(set[str], session.info.setdefault("servicepunkt_discarded_drafts", set()))


def _after_commit(session: Session, then: Callable[[], object]) -> None:
    event.listen(session, "after_commit", lambda _session: then(), once=True)
