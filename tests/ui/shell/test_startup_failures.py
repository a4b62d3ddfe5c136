"""Every failure at start ends in the Swedish start-up dialog with a way forward (issue 10.5/6).

Each case is made for real on disk (another file's -wal left beside a copied-in file, a
damaged -wal, a folder named ``backups`` that is a file, another program holding the write
lock, a disk that fills during the upgrade's copy) and the start goes through
``open_with_recovery`` as the app's does, with the dialogs answered by the recorder.
"""

from __future__ import annotations

import errno
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.shell import recovery
from servicepunkt_gui.ui.shell.application import open_with_recovery
from servicepunkt_gui.ui.shell.preferences import Preferences
from servicepunkt_gui.ui.shell.startup_errors import WayForward
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import started_with_recovery

SCHEMA_0004 = Path(__file__).resolve().parents[2] / "data" / "schema_versions"
OLD_FILE = SCHEMA_0004 / "0004_trash_versions_drafts.sqlite3"


def _bodies(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return {row[0] for row in connection.execute("SELECT body FROM note")}


def _crash_leaving_wal(path: Path, body: str) -> bytes:
    """A note saved, and the -wal as a crash leaves it (copied while the file is open)."""
    database = open_store(path)
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput(body))
    wal = Path(f"{path}-wal").read_bytes()
    database.close()
    return wal


def test_a_wal_of_another_file_is_offered_to_be_set_aside(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    old_wal = _crash_leaving_wal(path, "Från den gamla filen")
    # A colleague's file is copied in over it; the old -wal is still beside it.
    other = tmp_path / "kollegans.sqlite3"
    shutil.copy(path, other)
    with sqlite3.connect(other) as connection:
        connection.execute("UPDATE meta SET value = 'kollegans-fil' WHERE key = 'file_id'")
        connection.execute("UPDATE note SET body = 'Kollegans anteckning'")
    connection.close()
    shutil.copy(other, path)
    Path(f"{path}-wal").write_bytes(old_wal)

    answers.way_forward = WayForward.OPEN_WITHOUT_WAL
    with started_with_recovery(qtbot, path) as (database, window):
        assert answers.offered_ways[0][:2] == [WayForward.OPEN_WITHOUT_WAL, WayForward.REPLAY_WAL]
        assert answers.errors[0][1].startswith(f"Bredvid databasfilen {path} låg en loggfil")
        recovery.tell_about_leftover_wal(window, database)
        assert "öppnades som den är" in answers.infos[-1][1]
    assert _bodies(path) == {"Kollegans anteckning"}
    assert list((tmp_path / "backups").glob("*.found-wal"))  # the other file's log is kept


def test_a_damaged_wal_is_told_after_opening(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    wal = bytearray(_crash_leaving_wal(path, "Bara i loggen"))
    wal[32 + 24 + 100] ^= 0xFF  # the first frame's checksum fails
    Path(f"{path}-wal").write_bytes(bytes(wal))
    with started_with_recovery(qtbot, path) as (database, window):
        recovery.tell_about_leftover_wal(window, database)
        title, text = answers.errors[-1]
        assert title == "Ändringar i en skadad loggfil"
        assert re.search(r"var skadad: [1-9]\d* sparade ändringar", text)
        assert ".found-wal" in text


def _old_file(tmp_path: Path) -> Path:
    path = tmp_path / "gammal.sqlite3"
    shutil.copy(OLD_FILE, path)
    return path


def test_an_upgrade_with_an_unwritable_backups_folder_is_try_again(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = _old_file(tmp_path)
    (tmp_path / "backups").write_text("en fil, ingen mapp")
    before = path.read_bytes()
    answers.way_forward = WayForward.QUIT
    assert open_with_recovery(path, Preferences()) is None
    assert answers.offered_ways[0][0] == WayForward.TRY_AGAIN
    assert f"i mappen {tmp_path / 'backups'}" in answers.errors[0][1]
    assert path.read_bytes() == before


def test_an_upgrade_on_a_full_disk_is_try_again_and_works_once_there_is_room(
    qapp: QApplication,
    qtbot: QtBot,
    answers: DialogRecorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from servicepunkt_gui.ui.shell import startup_errors

    path = _old_file(tmp_path)
    real_copy = shutil.copyfileobj

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", disk_full)  # the copy before the upgrade
    recorded = startup_errors.ask_way_forward

    def ask(error: DatabaseOpenError, options: list[WayForward]) -> WayForward:
        answer = recorded(error, options)
        monkeypatch.setattr(shutil, "copyfileobj", real_copy)  # the official frees some space
        return answer

    monkeypatch.setattr(startup_errors, "ask_way_forward", ask)
    answers.next_ways = [WayForward.TRY_AGAIN]
    with started_with_recovery(qtbot, path):  # upgraded on the second try
        assert answers.offered_ways[0][0] == WayForward.TRY_AGAIN
        assert answers.errors[0][1].startswith("Det finns inte plats på disken")


def test_another_program_writing_during_the_upgrade_is_try_again(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = _old_file(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a backup or sync program holds the write lock
    try:
        answers.way_forward = WayForward.QUIT
        assert open_with_recovery(path, Preferences()) is None  # after the busy timeout (5 s)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert answers.offered_ways[0][0] == WayForward.TRY_AGAIN
    assert "används av ett annat program" in answers.errors[0][1]
