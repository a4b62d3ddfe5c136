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

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

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
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
