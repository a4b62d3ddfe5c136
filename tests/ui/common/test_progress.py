"""Long work shows progress: an upgrade at start and a restore keep a drawn, explained window."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.common import progress
from servicepunkt_gui.ui.common.progress import run_with_progress
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import started_with_recovery

OLD_FILE = Path(__file__).resolve().parents[2] / "data" / "schema_versions"


def _watch_for_progress(seen: list[str], then: threading.Event | None = None) -> QTimer:
    """Note the text of every busy dialog on screen (the UI thread keeps running meanwhile)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())
                if then is not None:
                    then.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    return timer


def test_slow_work_shows_a_busy_dialog_and_gives_its_result(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    seen: list[str] = []
    shown = threading.Event()
    timer = _watch_for_progress(seen, shown)
    result = run_with_progress(None, "Arbetar…", lambda: (shown.wait(10), 42)[1])
    timer.stop()
    assert result == 42 and seen[0] == "Arbetar…"
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in qapp.topLevelWidgets())


def test_an_error_in_the_work_comes_back_to_the_caller(qapp: QApplication) -> None:
    def fails() -> None:
        raise OSError("disk")

    with pytest.raises(OSError, match="disk"):
        run_with_progress(None, "Arbetar…", fails)


def test_quick_work_shows_nothing(qapp: QApplication) -> None:
    seen: list[str] = []
    timer = _watch_for_progress(seen)
    assert run_with_progress(None, "Arbetar…", lambda: "klart") == "klart"
    timer.stop()
    assert seen == []


def test_an_upgrade_at_start_says_so_while_it_runs(
    qapp: QApplication,
    qtbot: QtBot,
    answers: DialogRecorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "gammal.sqlite3"
    shutil.copy(OLD_FILE / "0001_initial.sqlite3", path)
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    seen: list[str] = []
    timer = _watch_for_progress(seen)
    with started_with_recovery(qtbot, path):
        timer.stop()
    assert seen and seen[0].startswith("Databasfilen uppgraderas till den här versionen")
