"""Backing up and restoring from the window's menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.backup import list_backups
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from servicepunkt_gui.ui.safety import backup_dialog
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality


def test_back_up_now_then_restore(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Arjeplog")
    add_note(qtbot, window, "Sparad före säkerhetskopian", 1)

    window.safety.backup_now()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Säkerhetskopia sparad"))
    [backup] = list_backups(db_path)
    assert backup.kind == "manual"

    window.detail.new_note()
    add_note(qtbot, window, "Skriven efter säkerhetskopian", 2)

    offered: list[int] = []

    def choose(_parent: object, backups: list[object]) -> str:
        offered.append(len(backups))
        return str(backup.path)

    monkeypatch.setattr(backup_dialog, "choose_backup", choose)
    assert answers.infos[-1][1].startswith(
        f"Säkerhetskopian sparades och kontrollerades:\n{backup.path}"
    )
    answers.confirm_answer = False  # first the question what is replaced: Cancel
    window.safety.restore_from_backup()
    assert window.detail.notes.model.rowCount() == 2
    answers.confirm_answer = True
    window.safety.restore_from_backup()
    assert offered == [1, 1]
    question = answers.confirmations[-1][1]
    assert "Nu: anteckningar: 2, planer: 0" in question
    assert "Säkerhetskopian: anteckningar: 1, planer: 0" in question
    assert window.detail.notes.model.rowCount() == 1
    assert "Sparad före" in str(window.detail.notes.model.index(0).data())
    assert window.statusBar().currentMessage().startswith("Återställd.")
    kinds = sorted(b.kind for b in list_backups(db_path))
    assert kinds == ["before-restore", "manual"]
    [kept] = [b for b in list_backups(db_path) if b.kind == "before-restore"]
    assert str(kept.path) in answers.infos[-1][1]  # where the data from before went


def test_restore_without_backups_says_so(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    window.safety.restore_from_backup()
    assert answers.infos[0][1].startswith("Det finns inga säkerhetskopior ännu.")


def test_daily_backup_runs_in_the_background(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    window.start_background_checks()
    window.start_background_checks()
    wait_for_background_jobs()
    qtbot.waitUntil(lambda: len(list_backups(db_path)) >= 1)
    assert [b.kind for b in list_backups(db_path)] == ["daily"]


def test_a_damaged_backup_is_refused_and_the_window_goes_on(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Arjeplog")
    add_note(qtbot, window, "Finns kvar", 1)
    window.safety.backup_now()
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 1)
    [backup] = list_backups(db_path)
    data = bytearray(backup.path.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    backup.path.write_bytes(bytes(data))
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda _p, _b: str(backup.path))

    window.safety.restore_from_backup()
    assert answers.errors[-1][0] == "Säkerhetskopian återställdes inte"
    assert "är skadad eller ofullständig" in answers.errors[-1][1]
    assert window.detail.notes.model.rowCount() == 1
    window.detail.new_note()
    add_note(qtbot, window, "Sparas fortfarande", 2)  # the file was reopened and works


def test_a_second_folder_gets_the_daily_backup_and_its_absence_is_said(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from servicepunkt_gui.ui.safety import second_folder_dialog

    stick = tmp_path / "USB-minne"
    stick.mkdir()
    window = open_window(db_path)
    monkeypatch.setattr(second_folder_dialog, "edit_second_folder", lambda _p, _b, _c, _o: stick)
    window.safety.edit_second_folder()
    window.start_background_checks()
    qtbot.waitUntil(lambda: window.safety.last_second_copy is not None)
    assert len(list_backups(db_path, folder=stick)) == 1

    stick.rename(tmp_path / "utdraget")  # the stick is pulled out; next day's backup
    for backup in list_backups(db_path):
        backup.path.unlink()
    window.start_background_checks()
    qtbot.waitUntil(lambda: "hittades inte" in window.statusBar().currentMessage())
    assert str(stick) in window.statusBar().currentMessage()
    assert not answers.errors  # not an error
    assert len(list_backups(db_path)) == 1  # the backup on the computer was made
