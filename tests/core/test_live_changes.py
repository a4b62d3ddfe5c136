"""What one official commits on a shared database reaches the listener of another.

Two real connections to one PostgreSQL database: a note written through one Database is
heard by the listener of the other; a rolled-back unit of work sends nothing; what a
Database wrote itself is not heard back; a broken connection is said so and mended.
"""

from __future__ import annotations

import os
import select as sockets
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from servicepunkt_gui.core import drafts, notes
from servicepunkt_gui.core.changes import (
    EVERYTHING,
    Changes,
    RecordKind,
    from_payload,
    payload,
)
from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.core.errors import StorageError, StorageProblem
from servicepunkt_gui.core.live_changes import ChangeListener, ping
from servicepunkt_gui.core.models import Draft
from tests.postgres_fixtures import admin


def _wait_for(listener: ChangeListener, count: int = 1) -> list[Changes]:
    """Poll until ``count`` notices came (a commit's notice arrives right after it)."""
    heard: list[Changes] = []
    assert listener._connection is not None
    for notice in listener._connection.notifies(timeout=10, stop_after=count):
        decoded = from_payload(notice.payload)
        assert decoded is not None
        heard.append(decoded[1])
    return heard


@pytest.fixture
def pair(new_postgres_database: Callable[..., Database]) -> Iterator[tuple[Database, Database]]:
    mine = new_postgres_database()
    assert mine.shared is not None
    colleague = open_shared_database(mine.shared)
    yield mine, colleague
    colleague.close()


@pytest.fixture
def listener(pair: tuple[Database, Database]) -> Iterator[ChangeListener]:
    heard = ChangeListener(pair[0])
    heard.connect()
    yield heard
    heard.close()


def test_a_colleagues_commit_is_heard(
    pair: tuple[Database, Database], listener: ChangeListener
) -> None:
    _mine, colleague = pair
    with colleague.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Möte med ICA-handlaren"))
    [heard] = _wait_for(listener)
    assert heard.touches(RecordKind.NOTE)
    assert heard.municipalities == {"2284"}


def test_poll_returns_a_colleagues_changes_and_not_my_own(
    pair: tuple[Database, Database], listener: ChangeListener
) -> None:
    mine, colleague = pair
    with mine.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Min egen anteckning"))
    with colleague.session() as session:
        notes.create_note(session, "2506", notes.NoteInput("Kollegans anteckning"))
    found: list[Changes] = []
    for _ in range(100):  # each round waits for the socket to have something to read
        fileno = listener.fileno()
        assert fileno is not None
        sockets.select([fileno], [], [], 10)
        found.extend(listener.poll())
        if found:
            break
    assert [c.municipalities for c in found] == [frozenset({"2506"})]


def test_a_rolled_back_unit_of_work_sends_nothing(
    pair: tuple[Database, Database], listener: ChangeListener
) -> None:
    _mine, colleague = pair
    with pytest.raises(RuntimeError), colleague.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Ångrad"))
        raise RuntimeError("the official's work failed halfway")
    with colleague.session() as session:
        notes.create_note(session, "2506", notes.NoteInput("Sparad"))
    heard = _wait_for(listener)  # the first notice to arrive is the committed one
    assert [c.municipalities for c in heard] == [frozenset({"2506"})]


def test_a_broken_connection_is_said_and_mended(
    pair: tuple[Database, Database], listener: ChangeListener, postgres_server: object
) -> None:
    mine, colleague = pair
    assert mine.shared is not None
    with admin(postgres_server) as connection:  # type: ignore[arg-type]
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (mine.shared.database,),
        )
    fileno = listener.fileno()
    assert fileno is not None
    with pytest.raises(psycopg.OperationalError):
        for _ in range(10):  # the server's goodbye, then the end of the connection
            sockets.select([fileno], [], [], 10)
            listener.poll()
    assert not listener.connected
    missed = listener.reconnect()
    assert missed.touches(RecordKind.NOTE, RecordKind.PLAN)
    assert not missed.everything  # forms with unsaved edits keep them
    assert "2284" in missed.municipalities
    with colleague.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Efter avbrottet"))
    assert _wait_for(listener)[0].municipalities == {"2284"}


def test_ping_says_unreachable(pair: tuple[Database, Database], postgres_server: object) -> None:
    mine, _colleague = pair
    assert mine.shared is not None
    ping(mine)
    name = mine.shared.database
    with admin(postgres_server) as connection:  # type: ignore[arg-type]
        connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        try:
            with pytest.raises(StorageError) as raised:
                ping(mine)
        finally:
            connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert raised.value.problem is StorageProblem.UNREACHABLE
    ping(mine)


def test_a_payload_stays_small() -> None:
    every_code = frozenset(f"{n:04d}" for n in range(290))
    big = Changes(frozenset(RecordKind), every_code)
    text = payload(big, "x" * 32)
    assert len(text) < 8000
    assert from_payload(text) == ("x" * 32, big)
    assert from_payload("not json") is None
    huge = Changes(frozenset({RecordKind.NOTE}), frozenset(str(n) for n in range(5000)))
    assert from_payload(payload(huge, "s")) == ("s", EVERYTHING)


def test_drafts_of_a_shared_database_stay_on_this_computer(
    pair: tuple[Database, Database], postgres_server: object, isolated_home: Path
) -> None:
    mine, _colleague = pair
    assert mine.shared is not None
    name = mine.shared.database
    with admin(postgres_server) as connection:  # type: ignore[arg-type]
        connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (name,),
        )
        try:  # the server is out of reach, yet the draft is kept
            with mine.session() as session:
                drafts.save_draft(session, "note:new:2284", "2284", {"body": "På tåget"})
        finally:
            connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    with mine.read_session() as session:
        [kept] = drafts.list_drafts(session)
        assert session.scalar(select(func.count()).select_from(Draft)) == 0
    assert (kept.key, kept.municipality_code, kept.fields) == (
        "note:new:2284",
        "2284",
        {"body": "På tåget"},
    )
    assert kept.municipality_name == "Örnsköldsvik"
    store = drafts.local_drafts_for(mine.engine.url)
    assert store.path.parent == isolated_home / "drafts"  # beside settings.ini
    if os.name == "posix":
        assert store.path.stat().st_mode & 0o777 == 0o600  # what was typed is the user's
    # A save that fails keeps the draft; one that is committed takes it away.
    with pytest.raises(RuntimeError), mine.session() as session:
        drafts.discard_draft(session, "note:new:2284")
        raise RuntimeError("the save failed")
    with mine.read_session() as session:
        assert len(drafts.list_drafts(session)) == 1
    with mine.session() as session:
        drafts.discard_draft(session, "note:new:2284")
    with mine.read_session() as session:
        assert drafts.list_drafts(session) == []
