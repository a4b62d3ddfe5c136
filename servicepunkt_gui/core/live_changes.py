"""Hear what other officials save in a shared PostgreSQL database (``LISTEN``/``NOTIFY``).

Every unit of work that records changes on PostgreSQL sends them with ``pg_notify`` when it
commits (``core.changes``). A :class:`ChangeListener` keeps its own connection, in
autocommit, that listens on that channel; :meth:`ChangeListener.poll` returns what arrived
without ever waiting for the network, so the window can call it from its UI thread.

The connection is made from the Database's own pool settings (``Pool.recreate``: the
same connect arguments, password included, the same 5 s connect timeout), so the password
is never handled here. After a network loss, :meth:`ChangeListener.reconnect` (blocking:
call it from a worker thread) listens again and returns a broad ``Changes`` for what may
have been missed meanwhile. No Qt here.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

import psycopg

from servicepunkt_gui.core.changes import CHANNEL, Changes, RecordKind, from_payload, sender_id

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database

log = logging.getLogger(__name__)

# Everything but EVERYTHING: a refresh as after another view's write, so forms with
# unsaved edits keep them (EVERYTHING means a restore and redraws the page).
_ALL_KINDS = frozenset(kind for kind in RecordKind if kind is not RecordKind.EVERYTHING)


class ChangeListener:
    """One listening connection to a shared database; ``poll`` never blocks."""

    def __init__(self, database: Database) -> None:
        if not database.is_shared:
            raise ValueError("only a shared database announces changes")
        self._database = database
        self._pool: Any = None
        self._pooled: Any = None  # SQLAlchemy's wrapper, closed with the pool
        self._connection: psycopg.Connection[Any] | None = None
        self._lock = threading.Lock()  # reconnect runs in a worker, poll in the UI thread

    @property
    def connected(self) -> bool:
        connection = self._connection
        return connection is not None and not connection.closed

    def _sender(self) -> str:
        # Looked up each time: the window's Database might take over another engine.
        return sender_id(self._database.engine)

    def connect(self) -> None:
        """Open the connection and ``LISTEN`` (blocking, at most the connect timeout).

        Raises ``psycopg.Error`` (or what the pool raises) when the server cannot be reached.
        """
        with self._lock:
            self._close_locked()
            pool = self._database.engine.pool.recreate()
            try:
                pooled = pool.connect()
                connection = pooled.driver_connection
                assert isinstance(connection, psycopg.Connection)
                connection.rollback()  # the dialect's first queries may have begun one
                connection.autocommit = True
                connection.execute(f"LISTEN {CHANNEL}")
            except BaseException:
                pool.dispose()
                raise
            self._pool, self._pooled, self._connection = pool, pooled, connection

    def reconnect(self) -> Changes:
        """Listen again after a loss; returns what to refresh for what may have been missed.

        Blocking: run it off the UI thread. Raises as :meth:`connect` does.
        """
        self.connect()
        return self.missed()

    def missed(self) -> Changes:
        """Every kind in every municipality: notices sent while we were away are lost."""
        assert self._connection is not None
        with self._lock:
            rows = self._connection.execute("SELECT code FROM municipality").fetchall()
        return Changes(_ALL_KINDS, frozenset(str(row[0]) for row in rows))

    def fileno(self) -> int | None:
        """The socket to watch for readability (QSocketNotifier), None when not connected."""
        connection = self._connection
        if connection is None or connection.closed:
            return None
        return int(connection.fileno())

    def poll(self) -> list[Changes]:
        """What other windows committed since the last poll; never waits for the network.

        Raises ``psycopg.OperationalError`` when the connection is found broken (then it is
        closed: :attr:`connected` is False until :meth:`reconnect` succeeds).
        """
        if not self._lock.acquire(blocking=False):
            return []  # a reconnect is under way
        try:
            connection = self._connection
            if connection is None or connection.closed:
                return []
            try:
                notices = [n.payload for n in connection.notifies(timeout=0)]
            except psycopg.Error:
                self._close_locked()
                raise
        finally:
            self._lock.release()
        return self._decoded(notices)

    def _decoded(self, notices: list[str]) -> list[Changes]:
        mine = self._sender()
        found: list[Changes] = []
        for text in notices:
            decoded = from_payload(text)
            if decoded is None:
                log.warning("ignored a change notice that is not ours")
                continue
            sender, changes = decoded
            if sender != mine and changes:
                found.append(changes)
        return found

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        pool, self._pool, self._pooled, self._connection = self._pool, None, None, None
        if pool is not None:
            try:
                pool.dispose()
            except Exception:  # a broken connection may fail to close; it is gone either way
                log.debug("closing the listening connection failed", exc_info=True)


def ping(database: Database) -> None:
    """Reach the server once on a fresh connection (connect timeout 5 s) and ``SELECT 1``.

    A fresh connection, not one from the pool: a pooled one over a link that died without a
    word could wait for the system's TCP timeout, many minutes. Blocking: run it off the
    UI thread. Raises ``StorageError`` (``UNREACHABLE``) or the driver's error.
    """
    from servicepunkt_gui.core.db import storage_problem
    from servicepunkt_gui.core.storage_problems import storage_error

    pool = database.engine.pool.recreate()
    try:
        pooled = pool.connect()
        cursor = pooled.cursor()
        cursor.execute("SELECT 1")
        cursor.fetchall()
        pooled.close()
    except Exception as exc:
        problem = storage_problem(exc)
        if problem is None:
            raise
        raise storage_error(problem, exc) from exc
    finally:
        pool.dispose()
