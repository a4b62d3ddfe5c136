"""Log uncaught exceptions and show a short dialog instead of a console traceback."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from servicepunkt_gui.core.paths import log_dir
from servicepunkt_gui.ui.common import dialogs

log = logging.getLogger("servicepunkt.crash")
_showing = False
# Off in the self-test: a dialog nobody can close would make it hang.
show_dialogs = True


def handle_exception(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    log.critical("uncaught exception", exc_info=(kind, value, trace))
    if _showing or not show_dialogs or QApplication.instance() is None:
        return
    _showing = True  # an error while the dialog is open must not stack dialogs
    try:
        dialogs.show_error(
            None,
            QCoreApplication.translate("CrashHandler", "Something went wrong"),
            QCoreApplication.translate(
                "CrashHandler",
                "Servicepunkt ran into an unexpected error. What you had saved is safe. "
                "If the window behaves oddly, close Servicepunkt and start it again.",
            ),
            QCoreApplication.translate(
                "CrashHandler", "Details were written to the log file in %1."
            ).replace("%1", str(log_dir())),
        )
    finally:
        _showing = False


# Off in the self-test: a dialog nobody can close would make it hang.
show_dialogs = True


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.critical(
        "uncaught exception in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def install() -> None:
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
