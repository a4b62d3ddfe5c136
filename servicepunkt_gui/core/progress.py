"""Progress and cancelling for long work (exports, imports) that runs off the UI thread.

The work calls ``step`` now and then; the UI's cancel button calls ``cancel`` from another
thread, and the next ``step`` raises ``Cancelled``, so the work stops where it is safe to:
files are written to a ``.partial`` name first (``core.atomic_file``) and imports write in
one transaction, so a cancelled job leaves nothing half-done behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):  # noqa: N818 (an outcome the user chose, not an error)
    """The user cancelled the work."""


class Progress:
    """Thread-safe progress reports and a cancel flag shared by the work and the UI."""

    def __init__(self, on_step: Callable[[int, int], None] | None = None) -> None:
        self._on_step = on_step
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int) -> None:
        """Report ``done`` of ``total``; raises ``Cancelled`` once cancel was asked for."""
        if self._cancelled.is_set():
            raise Cancelled
        if self._on_step is not None:
            self._on_step(done, total)


NO_PROGRESS = Progress()
