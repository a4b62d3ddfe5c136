"""Python's cycle collector runs only on the UI thread while work runs on another thread.

The collector runs in whichever thread happens to allocate when it is due. Run on a worker
thread, it may free the last reference to a Qt widget (in a cycle with its Python wrapper)
and so delete that widget off the UI thread while the UI thread paints it: a segmentation
fault (seen once in the tests, during an upgrade on a worker thread). So while any work runs
on a worker thread, automatic collection is off; it is back on when the last one ends, and
collects on the UI thread from then on. Reference counting frees everything else as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_working = 0
_was_enabled = False


def worker_started() -> None:
    """Call on the UI thread before work starts on another thread."""
    global _working, _was_enabled
    if _working == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _working += 1


def worker_ended() -> None:
    """Call on the UI thread once that work has ended."""
    global _working
    _working = max(0, _working - 1)
    if _working == 0 and _was_enabled:
        gc.enable()


@contextmanager
def no_collection_off_the_ui_thread() -> Iterator[None]:
    worker_started()
    try:
        yield
    finally:
        worker_ended()
