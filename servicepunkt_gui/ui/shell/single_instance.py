"""One running Servicepunkt per database file: a second start brings the first to the front.

"Per file" means the file itself, not the name it was reached by: two instances on one file
reached by two names (a hard link, a symlink, a symlinked folder, ``dir/../dir/file``) would
each keep their own ``-wal`` beside the name they used, and the file would be damaged. So a
claim is held on *keys* taken from what the file system says, not from the path string:

- the **file key**: the file's identity, ``os.stat``'s ``(st_dev, st_ino)``. A hard link
  and a symlink reach the same inode. (On Windows ``st_ino`` is the NTFS file index and
  ``st_dev`` the volume serial number; a file system that reports ``st_ino`` 0, such as
  FAT32 or exFAT, has no file key, and the place key below keyed on the resolved path is
  what is left: it still covers symlinks and spellings, and FAT has no hard links.)
- the **place key**: where the name is, i.e. the identity of the folder holding the file
  (after resolving symlinks, ``.`` and ``..``) plus the file's name. It exists before the
  file does: on the first start there is no file to identify yet, and two starts on the
  same new file must still exclude each other. If even the folder does not exist yet, the
  nearest folder that does plus the rest of the path is used.

A file that does not exist at the claim, and a file replaced while the app runs (a restore
puts a new file, a new inode, in the database's place), get their file key later: the
running instance looks at the file every ``FOLLOW_INTERVAL_MS`` and takes the keys it does
not hold yet (``follow_file``). A key once held is kept until ``release``: after a
replacement SQLite may still have the old inode open, so another instance must not open
it through some other link meanwhile (erring towards "already running").

Each key is a lock file (QLockFile, which recognises a lock left by a crashed process as
stale) in the per-user lock folder, and a local socket of the same name: a second start that
finds a key taken asks through that socket for the running window to come to the front.
The locks are not taken on the database file itself: POSIX drops all of a process's
``fcntl`` locks on a file when it closes any descriptor of that file, SQLite's own locks
included, and on Windows a byte-range lock would get in SQLite's way.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000
FOLLOW_INTERVAL_MS = 1000


def _hashed(material: str) -> str:
    return f"servicepunkt-{hashlib.sha256(material.encode()).hexdigest()[:16]}"


def _place_key(resolved: Path) -> str:
    """The folder the name is in (its identity) and the name; the file need not exist."""
    folder, rest = resolved.parent, [os.path.normcase(resolved.name)]
    while True:
        try:
            info = folder.stat()
            break
        except OSError:
            if folder.parent == folder:
                return _hashed(f"path:{os.path.normcase(resolved)}")
            rest.insert(0, os.path.normcase(folder.name))
            folder = folder.parent
    if info.st_ino == 0:  # no file index from this file system: the resolved path it is
        return _hashed(f"path:{os.path.normcase(resolved)}")
    return _hashed(f"place:{info.st_dev}:{info.st_ino}:{'/'.join(rest)}")


def _file_key(resolved: Path) -> str | None:
    """The file's own identity; None while it does not exist or has none (st_ino 0)."""
    try:
        info = resolved.stat()
    except OSError:
        return None
    if info.st_ino == 0:
        return None
    return _hashed(f"file:{info.st_dev}:{info.st_ino}")


def _keys(database_path: Path) -> list[str]:
    """Every key of the file at ``database_path`` now: the place key, then the file key."""
    resolved = Path(os.path.realpath(database_path))  # symlinks, "." and ".." resolved
    keys = [_place_key(resolved)]
    file_key = _file_key(resolved)
    if file_key is not None:
        keys.append(file_key)
    return keys


class _Hold:
    """One key held: its lock file and its socket."""

    def __init__(self, lock: QLockFile, server: QLocalServer) -> None:
        self.lock = lock
        self.server = server

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()


def _take(key: str, lock_dir: Path) -> _Hold | None:
    lock = QLockFile(str(lock_dir / f"{key}.lock"))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if not lock.tryLock(100):
        return None
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(key):
        # A socket file left by a crash: remove it and listen again.
        QLocalServer.removeServer(key)
        if not server.listen(key):
            log.warning("single-instance socket unavailable: %s", server.errorString())
    return _Hold(lock, server)


class SingleInstance(QObject):
    """Held by the running app; emits ``activation_requested`` when started again."""

    activation_requested = Signal()

    def __init__(self, database_path: Path, lock_dir: Path, holds: dict[str, _Hold]) -> None:
        super().__init__()
        self._path = database_path
        self._lock_dir = lock_dir
        self._holds: dict[str, _Hold] = {}
        self._refused: set[str] = set()
        for key, hold in holds.items():
            self._keep(key, hold)
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_INTERVAL_MS)
        self._timer.timeout.connect(self.follow_file)
        self._timer.start()

    def _keep(self, key: str, hold: _Hold) -> None:
        self._holds[key] = hold
        hold.server.newConnection.connect(lambda server=hold.server: self._on_connection(server))

    def follow_file(self) -> None:
        """Take the keys the file has now and this instance does not hold yet.

        The file did not exist at the claim (first start), or was replaced (a restore).
        """
        for key in _keys(self._path):
            if key in self._holds or key in self._refused:
                continue
            hold = _take(key, self._lock_dir)
            if hold is None:
                # Another instance reached this file by another name in the moment before
                # this one could take the file's identity. Nothing to do but say so.
                self._refused.add(key)
                log.error("%s is also held by another Servicepunkt", self._path)
            else:
                self._keep(key, hold)

    def _on_connection(self, server: QLocalServer) -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        self._timer.stop()
        for hold in self._holds.values():
            hold.release()
        self._holds.clear()


def claim(database_path: Path, lock_dir: Path) -> SingleInstance | None:
    """Become the one instance for this file, or ask the running one to show itself.

    Returns None when another instance runs on the same file, by whatever name (it has been
    asked to come to the front).
    """
    path = Path(database_path).expanduser().absolute()  # as core.db opens it
    lock_dir.mkdir(parents=True, exist_ok=True)
    holds: dict[str, _Hold] = {}
    for key in _keys(path):  # always the place key first, so two starts cannot deadlock
        hold = _take(key, lock_dir)
        if hold is None:
            for held in holds.values():
                held.release()
            _ask_running_instance(key)
            return None
        holds[key] = hold
    return SingleInstance(path, lock_dir, holds)


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
