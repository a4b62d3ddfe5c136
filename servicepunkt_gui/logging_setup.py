"""Rotating log file in the platform's log folder. Note text is never logged."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from servicepunkt_gui.core.paths import log_dir

LOG_FILE_NAME = "servicepunkt.log"

# PostgreSQL's error messages carry the values of the row they refused ("DETAIL: Failing
# row contains (…note text…)", "Key (title)=(…)"), which hide_parameters cannot hide.
_DETAIL = re.compile(r"(?m)^(\s*DETAIL:\s*).*$")


class RedactingFormatter(logging.Formatter):
    """A formatter that drops the DETAIL lines of database errors: never row values."""

    def format(self, record: logging.LogRecord) -> str:
        return _DETAIL.sub(r"\1(row values left out)", super().format(record))


def configure_logging(verbose: bool = False) -> Path | None:
    """Log to a rotating file; returns its path, or None if only stderr could be used."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = log_dir() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", errors="backslashreplace"
        )
        if os.name == "posix":
            path.chmod(0o600)
    except OSError:
        handler = logging.StreamHandler()
        path = None  # type: ignore[assignment]
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path
