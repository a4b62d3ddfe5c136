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


def run_with_progress(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run ``work()`` on a worker thread; show ``text`` in a busy dialog if it takes a while."""
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

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the work cannot be stopped half-way: it is all or nothing
    dialog.setWindowTitle(parent.windowTitle() if parent is not None else "Servicepunkt")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(2**31 - 1)  # shown by the timer below, not by setValue
    dialog.hide()
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(dialog.show)
    shower.start(SHOW_AFTER_MS)

    with no_collection_off_the_ui_thread():
        worker = threading.Thread(target=run, name="servicepunkt-long-work", daemon=True)
        worker.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        worker.join()
    shower.stop()
    # reset() stops the dialog's own timer, which would otherwise show it later, over the
    # next dialog, when the work ended before it was ever shown (it is deleted only once
    # control is back in the outer event loop).
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


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
    outcome: dict[str, object] = {}
    finished = _Finished()
    stepped = _Stepped()
    progress = Progress(lambda done, total: stepped.stepped.emit(done, total))
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work(progress)
        except BaseException as error:  # handed back to the caller, raised there
            outcome["error"] = error
        finally:
            finished.done.emit()

    dialog = QProgressDialog(text, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(parent.windowTitle() if parent is not None else "Servicepunkt")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
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
    with no_collection_off_the_ui_thread():
        worker = threading.Thread(target=run, name="servicepunkt-cancellable-work", daemon=True)
        worker.start()
        loop.exec()
        worker.join()
    # Steps still queued must not reach the dialog, and reset() stops its own timer, which
    # would otherwise show it (at 100 %) over the next dialog before it is deleted.
    stepped.stepped.disconnect(show_step)
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
