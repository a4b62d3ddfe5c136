"""One running Servicepunkt per database file: a second start brings the first to the front.

A lock file (QLockFile, which recognises a lock left by a crashed process as stale)
decides who runs; a local socket lets the second start ask the first to show itself.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000


def _key(database_path: Path) -> str:
    digest = hashlib.sha256(str(database_path.resolve()).encode()).hexdigest()[:16]
    return f"servicepunkt-{digest}"


class SingleInstance(QObject):
    """Held by the running app; emits ``activation_requested`` when started again."""

    activation_requested = Signal()

    def __init__(self, lock: QLockFile, server: QLocalServer) -> None:
        super().__init__()
        self._lock = lock
        self._server = server
        server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        self._server.close()
        self._lock.unlock()


def claim(database_path: Path, lock_dir: Path) -> SingleInstance | None:
    """Become the one instance for this file, or ask the running one to show itself.

    Returns None when another instance runs (it has been asked to come to the front).
    """
    key = _key(database_path)
    lock_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_dir / f"{key}.lock"))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if not lock.tryLock(100):
        _ask_running_instance(key)
        return None
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(key):
        # A socket file left by a crash: remove it and listen again.
        QLocalServer.removeServer(key)
        if not server.listen(key):
            log.warning("single-instance socket unavailable: %s", server.errorString())
    return SingleInstance(lock, server)


def _ask_running_instance(key: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        log.warning("another instance holds the lock but does not answer")
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True
