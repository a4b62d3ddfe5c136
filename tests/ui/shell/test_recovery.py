"""When the database cannot be used: a Swedish explanation and a way forward, file untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.backup import list_backups, make_backup
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from servicepunkt_gui.ui.safety import backup_dialog
from servicepunkt_gui.ui.shell.application import AlreadyRunning, open_with_recovery
from servicepunkt_gui.ui.shell.preferences import Preferences
from servicepunkt_gui.ui.shell.startup_errors import WayForward
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import (
    add_note,
    choose_municipality,
    full_disk,
    save_note,
    started_with_recovery,
)


def _database_with_note(path: Path, body: str = "Viktig anteckning") -> None:
    database = open_store(path)
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput(body))
    database.close()


def _open(path: Path, qtbot: QtBot) -> object:
    opened = open_with_recovery(path, Preferences())
    if opened is not None and not isinstance(opened, AlreadyRunning):
        database, window, instance = opened
        qtbot.addWidget(window)
        window.close()
        database.close()
        instance.release()
    return opened


def test_damaged_file_restored_from_backup(
    qapp: QApplication,
    qtbot: QtBot,
    answers: DialogRecorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    _database_with_note(path)
    backup = make_backup(path, "manual")
    path.write_bytes(b"\x00garbage" * 4096)
    damaged = path.read_bytes()
    answers.way_forward = WayForward.RESTORE_BACKUP
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda _p, _b: str(backup))

    with started_with_recovery(qtbot, path) as (database, _window):
        assert answers.offered_ways[0][0] == WayForward.RESTORE_BACKUP
        assert answers.errors[0][1].startswith(f"Filen {path} är inte en databas från Servicepunkt")
        with database.session() as session:
            assert notes.count_notes(session, "2284") == 1
    # The damaged file is kept byte for byte, but not offered as a backup: it fails the check.
    assert [b.kind for b in list_backups(path)] == ["manual"]
    [kept] = (path.parent / "backups").glob("*.before-restore.sqlite3.unchecked")
    assert kept.read_bytes() == damaged


def test_new_database_beside_a_foreign_file(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE budget (year INTEGER)")
    connection.close()
    before = path.read_bytes()
    answers.way_forward = WayForward.NEW_DATABASE
    assert _open(path, qtbot) is not None
    assert path.read_bytes() == before
    chosen = Path(Preferences().database_path)
    assert chosen.parent == tmp_path and chosen.name.startswith("servicepunkt-ny-")
    assert chosen.is_file()
    assert WayForward.RESTORE_BACKUP not in answers.offered_ways[0]  # no backups exist


def test_choose_another_file(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "random.sqlite3"
    path.write_bytes(b"not sqlite")
    answers.way_forward = WayForward.OTHER_FILE
    answers.other_file = tmp_path / "annan.sqlite3"
    assert _open(path, qtbot) is not None
    assert answers.other_file.is_file()
    assert path.read_bytes() == b"not sqlite"


def test_locked_database_can_be_tried_again(
    qapp: QApplication,
    qtbot: QtBot,
    answers: DialogRecorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from servicepunkt_gui.core import db

    monkeypatch.setattr(db, "DEFAULT_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "servicepunkt.sqlite3"
    _database_with_note(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET value = value")

    def release_and_retry(_error: object, options: list[WayForward]) -> WayForward:
        answers.offered_ways.append(options)
        holder.execute("ROLLBACK")
        holder.close()
        return WayForward.TRY_AGAIN

    from servicepunkt_gui.ui.shell import startup_errors

    monkeypatch.setattr(startup_errors, "ask_way_forward", release_and_retry)
    assert _open(path, qtbot) is not None
    assert answers.offered_ways == [[WayForward.TRY_AGAIN, WayForward.QUIT]]


def test_damage_found_in_the_background_is_reported_and_not_backed_up(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    # A long note fills most of the file with overflow pages, which start-up never reads.
    _database_with_note(db_path, "hemsändning " * 200_000)
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(db_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    db_path.write_bytes(bytes(data))

    window = open_window(db_path)
    window.start_background_checks()
    wait_for_background_jobs()
    qtbot.waitUntil(lambda: bool(answers.errors))
    assert answers.errors[0][0] == "Databasfilen är skadad"
    assert list_backups(db_path) == []


def test_full_disk_keeps_the_text_in_the_editor(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Ydre")
    text = "Lång anteckning " * 100_000
    editor = window.detail.notes.editor
    with full_disk(window.context.writes.database):
        editor.body_edit.setPlainText(text)
        save_note(qtbot, window)
        qtbot.waitUntil(lambda: answers.errors != [])
    [(title, message)] = answers.errors
    assert title == "Disken är full"
    assert message.endswith("Inget sparades, och det du skrev finns kvar på skärmen.")
    assert editor.body_edit.toPlainText() == text
    assert window.detail.notes.model.rowCount() == 0
    add_note(qtbot, window, "", 1)


def test_logs_never_contain_note_text(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    import logging
    import os

    from servicepunkt_gui.core.paths import log_dir
    from servicepunkt_gui.logging_setup import configure_logging

    root = logging.getLogger()
    handlers_before = list(root.handlers)
    log_file = configure_logging(verbose=True)
    try:
        window = open_window(db_path)
        choose_municipality(qtbot, window, "Eda")
        secret = "Konfidentiellt: Sven Svenssons skuld " * 30_000
        with full_disk(window.context.writes.database):
            window.detail.notes.editor.body_edit.setPlainText(secret)
            save_note(qtbot, window)
            qtbot.waitUntil(lambda: answers.errors != [])
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                handler.close()
                root.removeHandler(handler)
    assert log_file is not None and log_file.parent == log_dir()
    logged = log_file.read_text(encoding="utf-8")
    assert "write failed: disk_full" in logged
    assert "Sven Svensson" not in logged
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o777 == 0o600


def test_a_missing_file_with_backups_offers_the_newest_good_one(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    """Deleted or moved away: not a silent empty start whose backups later rotate the notes out."""
    path = tmp_path / "servicepunkt.sqlite3"
    _database_with_note(path, "Före borttagningen")
    make_backup(path, "daily")
    path.unlink()
    answers.way_forward = WayForward.RESTORE_NEWEST
    with started_with_recovery(qtbot, path) as (database, _window):
        assert answers.offered_ways[0][0] == WayForward.RESTORE_NEWEST
        assert answers.errors[0][1].startswith(f"Databasfilen {path} saknas")
        with database.session() as session:
            assert notes.count_notes(session, "2284") == 1


def test_starting_empty_in_place_of_a_missing_file_keeps_the_backups(
    qapp: QApplication, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    _database_with_note(path)
    backup = make_backup(path, "daily")
    path.unlink()
    answers.way_forward = WayForward.NEW_DATABASE
    _open(path, qtbot)
    assert len(answers.offered_ways) == 1  # asked once, then the empty file is made
    assert path.exists() and backup.exists()


def test_a_damaged_backup_chosen_at_start_is_refused_and_asked_again(
    qapp: QApplication,
    qtbot: QtBot,
    answers: DialogRecorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    _database_with_note(path)
    backup = make_backup(path, "manual")
    backup.write_bytes(backup.read_bytes()[:5000])  # cut short by a copy to a full stick
    path.write_bytes(b"\x00garbage" * 4096)
    damaged = path.read_bytes()
    answers.next_ways = [WayForward.RESTORE_BACKUP]
    answers.way_forward = WayForward.QUIT
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda _p, _b: str(backup))
    assert open_with_recovery(path, Preferences()) is None
    titles = [title for title, _text in answers.errors]
    assert titles[1] == "Säkerhetskopian återställdes inte"
    assert answers.errors[1][1].startswith(f"Säkerhetskopian {backup} är skadad eller ofullständig")
    assert len(answers.offered_ways) == 2  # asked again after the refusal
    assert path.read_bytes() == damaged
