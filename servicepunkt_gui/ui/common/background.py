"""Run slow file work (backups) off the UI thread and report back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from servicepunkt_gui.ui.common import ui_thread_gc

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the UI thread, which tells the user
            log.exception("background job failed")
            self._signals.failed.emit(error)
            return
        self._signals.finished.emit(result)


_running: set[_Signals] = set()  # keeps each job's signal object alive until it reports


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """``work`` runs on a pool thread; ``on_done``/``on_error`` run on the UI thread."""
    signals = _Signals()
    _running.add(signals)
    ui_thread_gc.worker_started()

    def done(result: object) -> None:
        _running.discard(signals)
        ui_thread_gc.worker_ended()
        on_done(result)

    def failed(error: object) -> None:
        _running.discard(signals)
        ui_thread_gc.worker_ended()
        on_error(error if isinstance(error, Exception) else RuntimeError(str(error)))

    signals.finished.connect(done)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, signals))


def wait_for_background_jobs(milliseconds: int = 30_000) -> bool:
    """Let running jobs finish (before closing the database, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(milliseconds)
