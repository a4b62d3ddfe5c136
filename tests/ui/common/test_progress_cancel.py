"""Long work with a progress bar and Cancel (exports, imports): Cancel really stops it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.ui.common.progress import run_cancellable


def _press_cancel_when_shown() -> None:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    shown = [d for d in dialogs if d.isVisible()]
    if shown:
        # As the official does: the dialog's own Cancel button.
        (button,) = shown[0].findChildren(QPushButton)
        button.click()
    else:
        QTimer.singleShot(50, _press_cancel_when_shown)


def test_cancel_stops_the_work_and_raises_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    stopped = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> str:
        done = 0
        try:
            while True:  # until cancelled: like an export of a very large file
                done += 1
                progress.step(done, 1_000_000)
                steps.append(done)
                stopped.wait(0.01)
        finally:
            stopped.set()

    QTimer.singleShot(0, _press_cancel_when_shown)
    with pytest.raises(Cancelled):
        run_cancellable(parent, "Exporterar…", work)
    assert stopped.is_set()
    assert steps  # it ran, and the bar was shown before the cancel


def test_the_result_comes_back_when_not_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: Progress) -> int:
        for n in range(5):
            progress.step(n, 5)
        return 42

    assert run_cancellable(parent, "Exporterar…", work) == 42
