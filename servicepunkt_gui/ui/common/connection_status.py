"""One line in the status bar while the shared database cannot be reached, and the retries.

It learns of a loss from any write that failed for it (``WritePath.after_storage_problem``,
drafts too) and from its own check, a ``SELECT 1`` on a fresh connection on a timer: every
half minute while all is well, every few seconds while the server is away. The check
waits for the network (up to the 5 s connect timeout), so it runs on a worker thread and
the window never freezes. When the server answers again the line goes and
``reachable_again`` is emitted (live updates then listen anew and refresh).

No dialog of its own: the save that failed already said so once, in Swedish, and kept the
text; the drafts of a shared database are kept on this computer meanwhile (core.drafts).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from servicepunkt_gui.core.errors import StorageError, StorageProblem
from servicepunkt_gui.ui.common.background import run_in_background
from servicepunkt_gui.ui.common.context import WindowContext

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database

log = logging.getLogger(__name__)

CHECK_MS = 30_000  # while the server answers: notice a loss before the next save does
RETRY_MS = 5_000  # while it does not


def _reachable(database: Database) -> StorageProblem | None:
    """None when the server answered; the problem otherwise (on a worker thread)."""
    from servicepunkt_gui.core.live_changes import ping

    try:
        ping(database)
    except StorageError as error:
        return error.problem
    return None


class ConnectionStatus(QObject):
    """The line and the retry timer for one window on a shared database."""

    reachable_again = Signal()
    lost = Signal()

    def __init__(self, window: QMainWindow, context: WindowContext) -> None:
        super().__init__(window)
        self._database = context.writes.database
        self.unreachable = False
        self._checking = False
        self.line = QLabel()
        self.line.setObjectName("connectionStatusLine")
        self.line.setTextFormat(Qt.TextFormat.PlainText)  # the location is the user's text
        self.line.setWordWrap(False)
        self.line.setMargin(4)
        # A bar across the top of the window, not a corner of the status bar: it is the one
        # thing that matters while the server is gone, and it has the whole width there.
        self.bar = QToolBar()
        self.bar.setObjectName("connectionStatusBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)  # not one to hide from a menu
        self.bar.addWidget(self.line)
        self.bar.setVisible(False)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        context.writes.after_storage_problem.append(self._on_storage_problem)

    def text(self) -> str:
        return self.tr(
            "No connection to the shared database %1. What you type is kept on this "
            "computer until the connection is back. Trying again…"
        ).replace("%1", self._database.display_name())

    def _on_storage_problem(self, problem: StorageProblem) -> None:
        if problem is StorageProblem.UNREACHABLE:
            self._set_unreachable(True)

    def check(self) -> None:
        """Ask the server once, off the UI thread (one check at a time)."""
        if self._checking:
            return
        self._checking = True
        database = self._database
        run_in_background(lambda: _reachable(database), self._checked, self._check_failed)

    def _checked(self, problem: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._checking = False
        if problem is StorageProblem.UNREACHABLE:
            self._set_unreachable(True)
        elif problem is None:
            self._set_unreachable(False)
        else:  # the server answered, with another problem: the next save explains it
            log.warning("connection check: %s", problem)
            self._set_unreachable(False)

    def _check_failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self._checking = False
            log.warning("connection check failed: %s", error)

    def _set_unreachable(self, unreachable: bool) -> None:
        was = self.unreachable
        self.unreachable = unreachable
        self.timer.setInterval(RETRY_MS if unreachable else CHECK_MS)
        if unreachable:
            self.line.setText(self.text())
            self.line.setToolTip(self.text())
        self.line.setVisible(unreachable)
        self.bar.setVisible(unreachable)
        if unreachable and not was:
            log.warning("the shared database cannot be reached")
            self.lost.emit()
        elif was and not unreachable:
            log.info("the shared database answers again")
            self.reachable_again.emit()


def install_connection_status(
    window: QMainWindow, context: WindowContext
) -> ConnectionStatus | None:
    """On a shared database, the one line and the retries; None on a local file."""
    if not context.writes.database.is_shared:
        return None
    return ConnectionStatus(window, context)
