"""One instance per database *file*, whatever name reaches it (issue 10, point 2).

Two instances on one file reached by two names each keep their own ``-wal`` beside the name
they used, and the file is damaged. So the claim must follow the file itself: a hard link, a
symlink to the file, a symlinked folder or another spelling of the path is the same file.

The first instance runs in a process of its own, as it does in use (QLockFile and the local
socket are meant to work across processes); this test process makes the second claim.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell import single_instance

ROOT = Path(__file__).resolve().parents[3]

# Claims the file, says so, and answers one activation request (then exits).
HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from servicepunkt_gui.ui.shell import single_instance
app = QCoreApplication([])
held = single_instance.claim(Path(sys.argv[1]), Path(sys.argv[2]))
print("HELD" if held else "REFUSED", flush=True)
if held is None:
    sys.exit(0)
def activated():
    print("ACTIVATED", flush=True)
    app.quit()
held.activation_requested.connect(activated)
QTimer.singleShot(60_000, app.quit)  # never outlive the test for long
app.exec()
"""


def _make_database(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    return path


class Holder:
    """The first instance, in a process of its own."""

    def __init__(self, database: Path, locks: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(database), str(locks)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert self.process.stdout is not None
        self.first_line = self.process.stdout.readline().strip()

    def activated(self) -> bool:
        assert self.process.stdout is not None
        try:
            out, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            return False
        return "ACTIVATED" in out

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


@pytest.fixture
def holder() -> Iterator[Callable[[Path, Path], Holder]]:
    started: list[Holder] = []

    def start(database: Path, locks: Path) -> Holder:
        started.append(Holder(database, locks))
        return started[-1]

    yield start
    for each in started:
        each.stop()


@pytest.fixture(autouse=True)
def reported(qapp: object, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Starts reported as "running but not answering"; never a message box in tests.

    ``qapp``: a first instance in this process answers through the application's events.
    """
    calls: list[Path] = []
    monkeypatch.setattr(single_instance, "report_not_answering", calls.append)
    return calls


def _refused(path: Path, locks: Path) -> bool:
    """A claim on ``path`` is refused (one that succeeds is given back at once)."""
    claimed = single_instance.claim(path, locks)
    if claimed is None:
        return True
    claimed.release()
    return False


def _hard_link(database: Path, tmp_path: Path) -> Path:
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(database, other / "another-name.sqlite3")
    return other / "another-name.sqlite3"


def _symlink_to_file(database: Path, tmp_path: Path) -> Path:
    (tmp_path / "link.sqlite3").symlink_to(database)
    return tmp_path / "link.sqlite3"


def _symlinked_folder(database: Path, tmp_path: Path) -> Path:
    (tmp_path / "linked-folder").symlink_to(database.parent, target_is_directory=True)
    return tmp_path / "linked-folder" / database.name


def _dot_dot(database: Path, tmp_path: Path) -> Path:
    folder = database.parent
    return Path(f"{folder}/../{folder.name}/{database.name}")


def _dot_slash(database: Path, tmp_path: Path) -> Path:
    return Path(f"{database.parent}/./{database.name}")


def _relative(database: Path, tmp_path: Path) -> Path:
    return Path(os.path.relpath(database))


OTHER_NAMES = {
    "hard link": _hard_link,
    "symlink to the file": _symlink_to_file,
    "symlinked folder": _symlinked_folder,
    "dir/../dir/file": _dot_dot,
    "dir/./file": _dot_slash,
    "relative path": _relative,
}
NEEDS_SYMLINKS = {"symlink to the file", "symlinked folder"}


def _other_name(kind: str, database: Path, tmp_path: Path) -> Path:
    if kind in NEEDS_SYMLINKS and os.name != "posix":
        pytest.skip("symlinks need privileges on Windows")
    return OTHER_NAMES[kind](database, tmp_path)


@pytest.mark.parametrize("kind", list(OTHER_NAMES))
def test_the_same_file_by_another_name_is_refused_across_processes(
    kind: str, tmp_path: Path, holder: Callable[[Path, Path], Holder], reported: list[Path]
) -> None:
    database = _make_database(tmp_path / "data" / "servicepunkt.sqlite3")
    other = _other_name(kind, database, tmp_path)
    assert database.samefile(other)
    locks = tmp_path / "locks"
    first = holder(database, locks)
    assert first.first_line == "HELD"
    second = single_instance.claim(other, locks)
    if second is not None:
        second.release()
    assert second is None, f"a second instance got the same file through a {kind}"
    assert first.activated(), "the running instance must be asked to come to the front"
    assert reported == [], "it answered: nothing to report"


@pytest.mark.parametrize("kind", list(OTHER_NAMES))
def test_the_same_file_by_another_name_is_refused_within_a_process(
    kind: str, tmp_path: Path, qtbot: QtBot
) -> None:
    database = _make_database(tmp_path / "data" / "servicepunkt.sqlite3")
    other = _other_name(kind, database, tmp_path)
    locks = tmp_path / "locks"
    first = single_instance.claim(database, locks)
    assert first is not None
    # Collected rather than waited for with qtbot.waitSignal: its blocker disconnects from the
    # signal while the signal is being emitted, which hung once in a full run.
    asked: list[bool] = []
    first.activation_requested.connect(lambda: asked.append(True))
    try:
        second = single_instance.claim(other, locks)
        if second is not None:
            second.release()
        assert second is None, f"a second instance got the same file through a {kind}"
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    finally:
        first.release()
    again = single_instance.claim(other, locks)  # released: the other name may run now
    assert again is not None
    again.release()


def test_a_file_created_after_the_claim_is_followed(qtbot: QtBot, tmp_path: Path) -> None:
    """First start: there is no file to identify yet. Once it exists, its identity is held."""
    database = tmp_path / "not-yet" / "servicepunkt.sqlite3"  # not even its folder exists
    locks = tmp_path / "locks"
    first = single_instance.claim(database, locks)
    assert first is not None
    try:
        # Another start on the same spelling while the file does not exist yet.
        assert _refused(database, locks)
        _make_database(database)
        link = _hard_link(database, tmp_path)
        # The running instance notices the file within a moment, without being told.
        qtbot.waitUntil(lambda: _refused(link, locks), timeout=5000)
        assert _refused(Path(f"{database.parent}/../not-yet/{database.name}"), locks)
    finally:
        first.release()
    again = single_instance.claim(link, locks)
    assert again is not None
    again.release()


def test_a_file_replaced_while_running_is_followed(tmp_path: Path) -> None:
    """A restore puts a new file (a new inode) in place of the database while the app runs."""
    database = _make_database(tmp_path / "data" / "servicepunkt.sqlite3")
    old_name = tmp_path / "old-file.sqlite3"
    os.link(database, old_name)  # keeps the replaced file alive under a name of its own
    locks = tmp_path / "locks"
    first = single_instance.claim(database, locks)
    assert first is not None
    try:
        replacement = _make_database(tmp_path / "data" / "servicepunkt.restoring")
        replacement.replace(database)
        first.follow_file()  # the timer does this every moment; here at once
        new_link = _hard_link(database, tmp_path)
        assert _refused(new_link, locks)
        assert _refused(database, locks)
        # The replaced file stays claimed until the app quits: SQLite may still have it
        # open (a file swapped in by hand), so no instance may open it by another name.
        assert _refused(old_name, locks)
    finally:
        first.release()
    other = single_instance.claim(old_name, locks)
    assert other is not None
    other.release()


def test_two_different_files_in_one_folder_both_run(tmp_path: Path) -> None:
    a = _make_database(tmp_path / "a.sqlite3")
    b = _make_database(tmp_path / "b.sqlite3")
    first = single_instance.claim(a, tmp_path / "locks")
    second = single_instance.claim(b, tmp_path / "locks")
    try:
        assert first is not None and second is not None
    finally:
        for each in (first, second):
            if each is not None:
                each.release()


def test_without_file_indexes_the_resolved_path_still_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system reporting st_ino 0 (FAT32, exFAT on Windows): keyed on the resolved path.

    Symlinks and spellings are still one file; hard links do not exist on FAT.
    """
    database = _make_database(tmp_path / "data" / "servicepunkt.sqlite3")
    other = _make_database(tmp_path / "data" / "other.sqlite3")
    real_stat = Path.stat

    def without_index(self: Path, **kwargs: bool) -> os.stat_result:
        info = real_stat(self, **kwargs)
        return os.stat_result((info.st_mode, 0, *tuple(info)[2:]))

    monkeypatch.setattr(Path, "stat", without_index)
    locks = tmp_path / "locks"
    first = single_instance.claim(database, locks)
    assert first is not None
    try:
        assert _refused(_dot_dot(database, tmp_path), locks)
        if os.name == "posix":
            assert _refused(_symlinked_folder(database, tmp_path), locks)
            assert _refused(_symlink_to_file(database, tmp_path), locks)
        second = single_instance.claim(other, locks)
        assert second is not None
        second.release()
    finally:
        first.release()
