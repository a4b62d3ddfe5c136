"""A progress dialog never comes back after its work ended (it used to, over the next dialog).

QProgressDialog shows itself from its own timer unless it is reset; deleteLater only acts
once control is back in the outer event loop, so a dialog opened right after (the import's
preview, "Importerat") would get the finished progress dialog on top, which took its input.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.progress import Progress
from servicepunkt_gui.ui.common.progress import run_cancellable, run_with_progress


def _visible_progress_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def _wait_in_a_nested_loop(ms: int) -> None:
    """As a modal dialog opened next does: events run, the outer level's deferred deletes not."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_no_progress_dialog_shows_up_after_quick_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_with_progress(parent, "Sparar…", lambda: 1) == 1

    def steps(progress: Progress) -> int:
        for n in range(100):
            progress.step(n, 100)
        return 2

    assert run_cancellable(parent, "Läser…", steps) == 2
    _wait_in_a_nested_loop(1500)  # longer than the dialogs' show-after time
    assert _visible_progress_dialogs() == []
