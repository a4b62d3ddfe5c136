"""Long work off the UI thread, with a busy dialog once it takes long enough to notice.

Upgrading an old 100,000-note file takes seconds, a restore about one: the window must stay
drawn and say what is going on instead of freezing. ``run_with_progress`` runs the work on
a worker thread and waits in a local event loop that repaints but takes no input (the file
is closed or half-open meanwhile, so nothing may be clicked). The work must not touch
widgets; its result or exception comes back to the caller on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from servicepunkt_gui.core.progress import Progress
from servicepunkt_gui.ui.common.ui_thread_gc import no_collection_off_the_ui_thread

T = TypeVar("T")

# Work that ends sooner than this shows nothing: a dialog that flashes is worse than none.
SHOW_AFTER_MS = 400


class _Finished(QObject):
    """Emitted from the worker thread; queued to the UI thread, where it ends the wait."""

    done = Signal()


def _on_worker(
    work: Callable[[], T], name: str, flags: QEventLoop.ProcessEventsFlag | None = None
) -> T:
    """Run ``work`` on a worker thread while a local event loop keeps the window drawn.

    Its result comes back here, on the UI thread; so does its exception, raised here.
    """
    outcome: dict[str, object] = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed back to the caller, raised there
            outcome["error"] = error
        finally:
            finished.done.emit()

    with no_collection_off_the_ui_thread():
        worker = threading.Thread(target=run, name=name, daemon=True)
        worker.start()
        if flags is None:
            loop.exec()
        else:
            loop.exec(flags)
        worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _dialog(parent: QWidget | None, text: str, cancel_label: str) -> QProgressDialog:
    dialog = QProgressDialog(text, cancel_label, 0, 0, parent)
    dialog.setWindowTitle(parent.windowTitle() if parent is not None else "Servicepunkt")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _close(dialog: QProgressDialog) -> None:
    # reset() stops the dialog's own timer, which would otherwise show it later (at 100 %)
    # over the next dialog, when the work ended before it was ever shown: it is deleted
    # only once control is back in the outer event loop.
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()


def run_with_progress(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run ``work()`` on a worker thread; show ``text`` in a busy dialog if it takes a while.

    The work cannot be stopped half-way (it is all or nothing), and the window takes no
    input meanwhile: the file is closed or half-open.
    """
    dialog = _dialog(parent, text, "")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(2**31 - 1)  # shown by the timer below, not by setValue
    dialog.hide()
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(dialog.show)
    shower.start(SHOW_AFTER_MS)
    try:
        return _on_worker(
            work, "servicepunkt-long-work", QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        )
    finally:
        shower.stop()
        _close(dialog)


class _Stepped(QObject):
    """Progress reported from the worker thread, queued to the dialog on the UI thread."""

    stepped = Signal(int, int)


def run_cancellable(parent: QWidget | None, text: str, work: Callable[[Progress], T]) -> T:
    """Run ``work(progress)`` on a worker thread with a progress bar and a Cancel button.

    Cancel asks the work to stop (``Progress.cancel``); the work raises ``Cancelled`` at its
    next step, which comes back to the caller like any other exception. Exports write to a
    ``.partial`` file and imports in one transaction, so nothing is left half-done. The
    dialog is modal: the rest of the window repaints but takes no clicks meanwhile.
    """
    stepped = _Stepped()
    progress = Progress(lambda done, total: stepped.stepped.emit(done, total))
    dialog = _dialog(parent, text, QCoreApplication.translate("Progress", "Cancel"))
    dialog.setMinimumDuration(SHOW_AFTER_MS)

    def show_step(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    stepped.stepped.connect(show_step, Qt.ConnectionType.QueuedConnection)

    def cancel() -> None:
        progress.cancel()
        dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))
        dialog.setCancelButtonText("")

    dialog.canceled.connect(cancel)
    dialog.setValue(0)  # starts the minimum-duration timer
    try:
        return _on_worker(lambda: work(progress), "servicepunkt-cancellable-work")
    finally:
        stepped.stepped.disconnect(show_step)  # steps still queued must not reach it
        _close(dialog)
