"""What colleagues save in a shared database shows up in this window within a few seconds.

A :class:`~servicepunkt_gui.core.live_changes.ChangeListener` listens on its own
connection; here its socket is watched (``QSocketNotifier``, and a slow timer besides) and
what it hears is announced on the change hub with ``origin=None``, exactly as a write of
another view of this window would be. So every view refreshes what it shows the way it
already does, and a form with unsaved edits keeps them (each form's own rule today).

Connecting and reconnecting wait for the network (up to the 5 s connect timeout), so they
run on a worker thread; polling never waits. After a loss, the listener listens again and
everything is refreshed once, since what was said meanwhile was not heard.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from servicepunkt_gui.core.changes import Changes
from servicepunkt_gui.core.errors import StorageProblem
from servicepunkt_gui.ui.common.background import run_in_background
from servicepunkt_gui.ui.common.context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from servicepunkt_gui.core.live_changes import ChangeListener
    from servicepunkt_gui.ui.common.connection_status import ConnectionStatus

log = logging.getLogger(__name__)

# A fallback for the socket notifier (notices read along with another answer sit in the
# driver, not on the socket): cheap, it never touches the network.
POLL_MS = 2_000
RETRY_MS = 10_000  # between attempts to listen again while the server is away


class LiveUpdates(QObject):
    """Hears one shared database for one window; made by :func:`install_live_updates`."""

    def __init__(self, parent: QWidget, context: WindowContext, listener: ChangeListener) -> None:
        super().__init__(parent)
        self._context = context
        self.listener = listener
        self._notifier: QSocketNotifier | None = None
        self._connecting = False
        self._closed = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.resync)
        context.writes.after_storage_problem.append(self._on_storage_problem)
        parent.destroyed.connect(self.close)

    @property
    def listening(self) -> bool:
        return self.listener.connected and not self._connecting

    def start(self) -> None:
        """Begin listening (in the background); changes missed before are not refreshed."""
        self._connect(announce_missed=False)

    def resync(self) -> None:
        """Listen again on a new connection and refresh everything once (after a loss)."""
        self._connect(announce_missed=True)

    def _connect(self, announce_missed: bool) -> None:
        if self._connecting or self._closed:
            return
        self._connecting = True
        self._drop_notifier()
        listener = self.listener

        def work() -> Changes | None:
            missed = listener.reconnect()
            return missed if announce_missed else None

        run_in_background(work, self._connected, self._not_connected)

    def _connected(self, missed: object) -> None:
        if not shiboken6.isValid(self) or self._closed:
            return
        self._connecting = False
        fileno = self.listener.fileno()
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.poll)
        self.poll_timer.start()
        if isinstance(missed, Changes):
            self._context.hub.announce(missed, None)
        self.poll()

    def _not_connected(self, error: Exception) -> None:
        if not shiboken6.isValid(self) or self._closed:
            return
        self._connecting = False
        log.warning("cannot listen for colleagues' changes: %s", error)
        self.retry_timer.start()

    def poll(self) -> None:
        """Announce what colleagues committed since the last poll (never waits)."""
        if self._connecting or self._closed:
            return
        try:
            heard = self.listener.poll()
        except Exception as error:  # the connection broke: listen again when possible
            log.warning("the listening connection broke: %s", error)
            self._drop_notifier()
            self.poll_timer.stop()
            self.retry_timer.start()
            return
        for changes in heard:
            self._context.hub.announce(changes, None)

    def _on_storage_problem(self, problem: StorageProblem) -> None:
        # A save found the server gone: the listening connection may be dead without a
        # word (a VPN drop); listen anew once the server answers again.
        if problem is StorageProblem.UNREACHABLE and not self._connecting:
            self.retry_timer.start()

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def close(self) -> None:
        self._closed = True
        if shiboken6.isValid(self):
            self.poll_timer.stop()
            self.retry_timer.stop()
            self._drop_notifier()
        self.listener.close()


def install_live_updates(
    window: QWidget, context: WindowContext, status: ConnectionStatus | None = None
) -> LiveUpdates | None:
    """On a shared database, start hearing colleagues' changes; None on a local file.

    With ``status`` (``install_connection_status``), it listens anew whenever the server
    answers again after a loss.
    """
    database = context.writes.database
    if not database.is_shared:
        return None
    from servicepunkt_gui.core.live_changes import ChangeListener

    live = LiveUpdates(window, context, ChangeListener(database))
    live.start()
    if status is not None:
        status.reachable_again.connect(live.resync)
    return live
