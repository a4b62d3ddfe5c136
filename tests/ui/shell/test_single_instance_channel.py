"""The channel a second start uses to reach the first (issue 10, point 10).

Only this user can reach it: on POSIX the socket lives in a folder of this user's own with
mode 0700 (the lock folder, or a short per-user folder when the lock folder's path is too
long for a socket), never under a name in /tmp that another user can compute and take
first. And it gets an answer: a second start whose first window does not answer says so.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell import single_instance

ROOT = Path(__file__).resolve().parents[3]
REAL_REPORT = single_instance.report_not_answering  # before the fixture below replaces it
POSIX = pytest.mark.skipif(os.name != "posix", reason="AF_UNIX sockets and file modes")

# Holds the lock file of a key as a first instance would, but has no socket at all.
LOCK_ONLY = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("LOCKED" if lock.tryLock(5000) else "FAILED", flush=True)
sys.stdin.readline()
"""

# A first instance whose window hangs: it claims, then never runs its event loop.
HUNG = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from servicepunkt_gui.ui.shell import single_instance
app = QCoreApplication([])
held = single_instance.claim(Path(sys.argv[1]), Path(sys.argv[2]))
print("HELD" if held else "REFUSED", flush=True)
sys.stdin.readline()  # busy elsewhere: the socket accepts, nobody reads or answers
"""


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short path (tmp_path can be too long for a socket path)."""
    folder = Path(tempfile.mkdtemp(prefix="sp", dir="/tmp" if os.name == "posix" else None))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR of this test, so no test writes to the real one."""
    folder = Path(tempfile.mkdtemp(prefix="rt", dir="/tmp" if os.name == "posix" else None))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def reported(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths ``report_not_answering`` was called with (no message box is shown)."""
    calls: list[Path] = []
    monkeypatch.setattr(single_instance, "report_not_answering", calls.append)
    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 700)
    return calls


def _place_key(database: Path) -> str:
    return single_instance._keys(database.absolute())[0]


def _our_private_folder(folder: Path) -> bool:
    info = os.lstat(folder)
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.geteuid()
        and stat.S_IMODE(info.st_mode) == 0o700
    )


def _brings_the_first_forward(qtbot: QtBot, database: Path, locks: Path) -> None:
    """With a first instance running here, a second claim is refused and activates it."""
    first = single_instance.claim(database, locks)
    assert first is not None
    asked: list[bool] = []  # collected, never qtbot.waitSignal: see the identity tests
    first.activation_requested.connect(lambda: asked.append(True))
    try:
        assert single_instance.claim(database, locks) is None
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    finally:
        first.release()


@POSIX
def test_the_socket_is_in_our_private_lock_folder_not_in_tmp(
    qtbot: QtBot, short_dir: Path, reported: list[Path]
) -> None:
    database, locks = short_dir / "db.sqlite3", short_dir / "locks"
    key = _place_key(database)
    first = single_instance.claim(database, locks)
    assert first is not None
    try:
        path = Path(single_instance.socket_path(key, locks) or "")
        assert path.parent == locks
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
        assert _our_private_folder(locks)
        assert not (Path(QDir.tempPath()) / key).exists(), "nothing at the old name in /tmp"
    finally:
        first.release()
    _brings_the_first_forward(qtbot, database, locks)
    assert reported == []


@POSIX
def test_a_lock_folder_open_to_others_is_made_private(qtbot: QtBot, short_dir: Path) -> None:
    locks = short_dir / "locks"
    locks.mkdir()
    locks.chmod(0o777)
    _brings_the_first_forward(qtbot, short_dir / "db.sqlite3", locks)
    assert _our_private_folder(locks)


@POSIX
@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="needs chown (root)")
def test_a_lock_folder_owned_by_another_user_gets_no_socket(
    qtbot: QtBot, short_dir: Path, runtime_dir: Path
) -> None:
    locks = short_dir / "locks"
    locks.mkdir(mode=0o700)
    os.chown(locks, 65534, 65534)  # "nobody"
    key = _place_key(short_dir / "db.sqlite3")
    path = Path(single_instance.socket_path(key, locks) or "")
    assert path.parent == runtime_dir / "servicepunkt"
    assert _our_private_folder(path.parent)
    _brings_the_first_forward(qtbot, short_dir / "db.sqlite3", locks)


@POSIX
def test_something_at_the_old_predictable_name_in_tmp_does_not_matter(
    qtbot: QtBot, short_dir: Path, reported: list[Path]
) -> None:
    """Another user took ``/tmp/servicepunkt-<hash>`` first (computed from the file's inode).

    Here a folder with content stands in for their socket: we cannot remove it either.
    """
    database, locks = short_dir / "db.sqlite3", short_dir / "locks"
    squatted = Path(QDir.tempPath()) / _place_key(database)
    squatted.mkdir()
    (squatted / "theirs").write_text("not yours")
    try:
        _brings_the_first_forward(qtbot, database, locks)
    finally:
        shutil.rmtree(squatted)
    assert reported == []


@POSIX
@pytest.mark.parametrize("left", ["stale socket", "plain file"])
def test_whatever_was_left_at_our_socket_path_is_replaced(
    left: str, qtbot: QtBot, short_dir: Path, reported: list[Path]
) -> None:
    database, locks = short_dir / "db.sqlite3", short_dir / "locks"
    path = single_instance.socket_path(_place_key(database), locks)
    assert path is not None
    if left == "stale socket":  # a crashed instance's socket: nobody listens any more
        stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stale.bind(path)
        stale.close()
    else:
        Path(path).write_text("left over")
    _brings_the_first_forward(qtbot, database, locks)
    assert reported == []


@POSIX
def test_a_lock_folder_too_long_for_a_socket_falls_back_to_the_runtime_folder(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path, reported: list[Path]
) -> None:
    locks = tmp_path / ("x" * 90) / "locks"
    database = tmp_path / "db.sqlite3"
    path = single_instance.socket_path(_place_key(database), locks)
    assert path is not None
    assert len(os.fsencode(path)) <= single_instance.MAX_SOCKET_PATH_BYTES
    assert Path(path).parent == runtime_dir / "servicepunkt"
    assert _our_private_folder(Path(path).parent)
    _brings_the_first_forward(qtbot, database, locks)
    assert reported == []


@POSIX
def test_without_a_runtime_folder_a_private_folder_in_the_temp_folder_is_used(
    qtbot: QtBot, tmp_path: Path, short_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(tempfile, "tempdir", str(short_dir))
    open_to_all = short_dir / f"servicepunkt-{os.geteuid()}"
    open_to_all.mkdir()
    open_to_all.chmod(0o777)  # ours, but open: made private before use
    locks = tmp_path / ("x" * 90) / "locks"
    database = tmp_path / "db.sqlite3"
    path = single_instance.socket_path(_place_key(database), locks)
    assert path is not None and Path(path).parent == open_to_all
    assert _our_private_folder(open_to_all)
    _brings_the_first_forward(qtbot, database, locks)


@POSIX
def test_a_lock_held_without_a_socket_is_reported(short_dir: Path, reported: list[Path]) -> None:
    """The first instance's socket is gone (or never came): the start says so, not nothing."""
    database, locks = short_dir / "db.sqlite3", short_dir / "locks"
    locks.mkdir(mode=0o700)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_ONLY, str(locks / f"{_place_key(database)}.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        assert single_instance.claim(database, locks) is None
        assert reported == [database]
    finally:
        holder.kill()
        holder.wait()


def test_a_first_window_that_does_not_answer_is_reported(
    short_dir: Path, reported: list[Path]
) -> None:
    """The first instance holds the lock and its socket accepts, but it never answers."""
    database, locks = short_dir / "db.sqlite3", short_dir / "locks"
    holder = subprocess.Popen(
        [sys.executable, "-c", HUNG, str(database), str(locks)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        assert single_instance.claim(database, locks) is None
        assert reported == [database]
    finally:
        holder.kill()
        holder.wait()


def test_named_pipes_get_a_name_nobody_else_can_compute(
    qtbot: QtBot, short_dir: Path, monkeypatch: pytest.MonkeyPatch, reported: list[Path]
) -> None:
    """Windows: a pipe name, not a path; keyed with a secret only this user can read.

    Run here with names in Qt's temp folder: the naming and the exchange, not the pipe ACL.
    """
    monkeypatch.setattr(single_instance, "NAMED_PIPES", True)
    database, locks = short_dir / "db.sqlite3", short_dir / "locks"
    key = _place_key(database)
    name = single_instance.socket_path(key, locks)
    assert name is not None and name.startswith("servicepunkt-")
    assert "/" not in name and "\\" not in name and key not in name
    assert single_instance.socket_path(key, locks) == name  # the second start finds it
    other_user = short_dir / "other-user-locks"
    assert single_instance.socket_path(key, other_user) != name  # another secret, another name
    _brings_the_first_forward(qtbot, database, locks)
    assert reported == []


def test_the_report_names_the_file_in_plain_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, Qt.TextFormat]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    REAL_REPORT(Path("/data/<b>kommun</b>.sqlite3"))
    [(text, text_format)] = shown
    assert text_format == Qt.TextFormat.PlainText  # a file name is never read as markup
    assert QDir.toNativeSeparators("/data/<b>kommun</b>.sqlite3") in text
    assert "svarar inte" in text and "Ingenting ändrades." in text
