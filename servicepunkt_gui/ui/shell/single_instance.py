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
stale) in the per-user lock folder, and a local socket for the key: a second start that finds
a key taken asks through that socket for the running window to come to the front, and waits
a few seconds for its answer. No answer (the window hangs, its socket is gone) is said to
the official (``report_not_answering``) instead of quitting silently.
The locks are not taken on the database file itself: POSIX drops all of a process's
``fcntl`` locks on a file when it closes any descriptor of that file, SQLite's own locks
included, and on Windows a byte-range lock would get in SQLite's way.

Only this user may reach the socket, and no other user may take its name first (the keys
are hashes of inode numbers, which anyone who can see the file can compute):

- POSIX: the socket is a file in a folder of this user's own with mode 0700 (checked, and
  made private if it is open to others): the lock folder, or, when that path is too long for
  a socket address or the lock folder is not ours, ``$XDG_RUNTIME_DIR/servicepunkt`` or
  ``<temp>/servicepunkt-<uid>``. Never a name in /tmp itself.
- Windows: a named pipe lives in one namespace for the whole machine, not in a folder, and
  any user may create a pipe of any free name. Qt's UserAccessOption gives our pipe an ACL
  for this user only; the name is a hash of the key and a random secret kept in the lock
  folder (in the user's profile, readable by this user only), so no one else can compute it
  to create it first. In portable mode the secret is exactly as private as the database
  beside it on the stick.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QEventLoop,
    QLockFile,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
MAX_REQUEST_BYTES = 64
ANSWER = b"ok\n"  # sent back once activation_requested has been emitted
ANSWER_TIMEOUT_MS = 3000  # how long a second start waits for the first to answer
FOLLOW_INTERVAL_MS = 1000
NAMED_PIPES = os.name == "nt"  # Windows: pipe names; elsewhere socket files in a folder
# A socket path must fit sockaddr_un.sun_path: 108 bytes on Linux (Qt 6.11 took at most 103
# here), 104 on macOS and the BSDs. Longer lock folder paths fall back to a shorter folder.
MAX_SOCKET_PATH_BYTES = 96
SECRET_FILE = "channel.secret"


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


def _private_folder(folder: Path) -> bool:
    """``folder`` exists, is no symlink, is this user's and only this user's (made so)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        try:
            info = os.fstat(fd)
            if info.st_uid != os.geteuid():
                log.error("%s belongs to another user: no socket there", folder)
                return False
            if stat.S_IMODE(info.st_mode) & 0o077:
                log.warning("%s was open to other users; made it private", folder)
                os.fchmod(fd, 0o700)
        finally:
            os.close(fd)
    except OSError as error:
        log.error("no private folder for the socket at %s: %s", folder, error)
        return False
    return True


def _socket_folders(lock_dir: Path) -> list[Path]:
    """Where a socket may go, best first. Both starts take the first that fits and is ours."""
    folders = [lock_dir]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_absolute():
        folders.append(Path(runtime) / "servicepunkt")
    folders.append(Path(tempfile.gettempdir()) / f"servicepunkt-{os.geteuid()}")
    return folders


def _secret(lock_dir: Path) -> str:
    """This user's random secret for pipe names, made once; the first of two racing wins."""
    path = lock_dir / SECRET_FILE
    if not path.is_file():
        lock_dir.mkdir(parents=True, exist_ok=True)
        draft = lock_dir / f"{SECRET_FILE}.{os.getpid()}"
        draft.write_text(secrets.token_hex(32), encoding="ascii")
        try:
            path.hardlink_to(draft)  # never replaces a secret another start made meanwhile
        except FileExistsError:
            pass
        except OSError:  # no hard links (FAT): Windows' rename does not replace either
            with contextlib.suppress(FileExistsError):
                draft.rename(path)
        finally:
            draft.unlink(missing_ok=True)
    return path.read_text(encoding="ascii").strip()


def socket_path(key: str, lock_dir: Path) -> str | None:
    """The server name for ``key``: a socket file path, or on Windows a pipe name.

    None when there is no place only this user can reach: no socket then (the lock still
    holds; a second start reports that the first does not answer).
    """
    if NAMED_PIPES:
        try:
            secret = _secret(lock_dir)
        except OSError as error:
            log.error("no secret for the pipe name in %s: %s", lock_dir, error)
            return key
        return f"servicepunkt-{hashlib.sha256(f'{secret}:{key}'.encode()).hexdigest()[:32]}"
    for folder in _socket_folders(lock_dir):
        path = folder.absolute() / f"{key}.sock"
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH_BYTES and _private_folder(folder):
            return str(path)
    log.error("no private folder with a path short enough for the socket of %s", lock_dir)
    return None


class _Hold:
    """One key held: its lock file and its socket (None if there is none)."""

    def __init__(self, lock: QLockFile, server: QLocalServer | None) -> None:
        self.lock = lock
        self.server = server

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def _take(key: str, lock_dir: Path) -> _Hold | None:
    lock = QLockFile(str(lock_dir / f"{key}.lock"))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if not lock.tryLock(100):
        return None
    name = socket_path(key, lock_dir)
    if name is None:
        return _Hold(lock, None)
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        # A socket file left by a crash, or any file at that name: the name is in a folder
        # of our own (POSIX), and we hold the key's lock, so no live instance uses it.
        QLocalServer.removeServer(name)
        if not server.listen(name):
            log.error("single-instance socket unavailable: %s", server.errorString())
            return _Hold(lock, None)
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
        if (server := hold.server) is not None:
            server.newConnection.connect(lambda: self._on_connection(server))

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
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine() and socket.bytesAvailable() < MAX_REQUEST_BYTES:
            return  # the rest of the request is still on its way
        if bytes(socket.readLine(MAX_REQUEST_BYTES).data()) == ACTIVATE:
            self.activation_requested.emit()
            socket.write(ANSWER)
            socket.flush()  # now: this process may quit before its event loop runs again
        socket.disconnectFromServer()

    def release(self) -> None:
        self._timer.stop()
        for hold in self._holds.values():
            hold.release()
        self._holds.clear()


def claim(database_path: Path, lock_dir: Path) -> SingleInstance | None:
    """Become the one instance for this file, or ask the running one to show itself.

    Returns None when another instance runs on the same file, by whatever name: it has been
    asked to come to the front, or, if it did not answer, the official has been told.
    """
    path = Path(database_path).expanduser().absolute()  # as core.db opens it
    lock_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not NAMED_PIPES:
        _private_folder(lock_dir)  # others must not remove or replace our lock files either
    holds: dict[str, _Hold] = {}
    for key in _keys(path):  # always the place key first, so two starts cannot deadlock
        hold = _take(key, lock_dir)
        if hold is None:
            for held in holds.values():
                held.release()
            name = socket_path(key, lock_dir)
            if name is None or not _ask_running_instance(name):
                log.error("Servicepunkt runs on %s but does not answer", path)
                report_not_answering(path)
            return None
        holds[key] = hold
    return SingleInstance(path, lock_dir, holds)


def _ask_running_instance(name: str) -> bool:
    """Ask the instance at ``name`` to come to the front; True once it has answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    answer, sent = b"", False
    deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000
    while ANSWER not in answer and time.monotonic() < deadline:
        # Lets an instance running in this very process (tests) answer meanwhile.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        state = socket.state()
        if state == QLocalSocket.LocalSocketState.UnconnectedState:
            break  # no server at that name, or it hung up
        if state != QLocalSocket.LocalSocketState.ConnectedState:
            socket.waitForConnected(20)
            continue
        if not sent:
            socket.write(ACTIVATE)
            sent = True
        socket.waitForReadyRead(20)  # also sends the request
        answer += bytes(socket.readAll().data())
    if socket.isOpen():
        answer += bytes(socket.readAll().data())
    socket.abort()
    return ANSWER in answer


def report_not_answering(database_path: Path) -> None:
    """Tell the official that the running Servicepunkt does not answer. Tests replace this."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        return  # no widgets in this process: the log says it
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(
        QCoreApplication.translate("SingleInstance", "Servicepunkt is already running")
    )
    box.setText(
        QCoreApplication.translate(
            "SingleInstance",
            "Servicepunkt is already running with %1, but that window does not answer.\n\n"
            "Wait a moment and try again. If it does not come back, close it (Task Manager "
            "on Windows) and start Servicepunkt again. Nothing was changed.",
        ).replace("%1", QDir.toNativeSeparators(str(database_path)))
    )
    box.exec()
