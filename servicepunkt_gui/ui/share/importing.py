"""File → Import…: read an exchange file, show what it would change, then write it all at once.

The file is read and checked whole on a worker thread before anything else happens; the
preview shows per municipality what is new, changed, deleted or in conflict, and every
conflict as a sentence with a choice. Only when the official says "Importera" is a checked
backup made and the whole import written in one transaction (Cancel rolls it all back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.progress import run_with_progress
from servicepunkt_gui.ui.share import exchange_messages, import_preview

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session
    from servicepunkt_gui.core.exchange import ExchangeFile, ImportPreview

log = logging.getLogger(__name__)


class ImportFlow:
    def __init__(
        self,
        window: QMainWindow,
        context: WindowContext,
        remember_folder: Callable[[Path], None],
    ) -> None:
        self._window = window
        self._context = context
        self._remember_folder = remember_folder

    def run(self, path: Path) -> bool:
        """Import ``path`` after the official saw the preview; True when something was written."""
        from servicepunkt_gui.core.exchange import ExchangeFileError, apply_import

        self._remember_folder(path)
        writes = self._context.writes
        author = self._context.author()
        title = QCoreApplication.translate("Importing", "The file cannot be imported")
        try:
            exchange, preview = writes.read_with_progress(
                self._window,
                QCoreApplication.translate("Importing", "Reading %1…").replace("%1", path.name),
                lambda session, progress: _read_and_preview(session, path, author, progress),
            )
        except Cancelled:
            return False
        except ExchangeFileError as error:
            dialogs.show_error(self._window, title, exchange_messages.problem_text(error))
            return False
        except OSError as error:
            dialogs.show_error(self._window, title, exchange_messages.unreadable(path, error))
            return False
        if preview.is_empty:
            dialogs.show_info(
                self._window,
                QCoreApplication.translate("Importing", "Nothing to import"),
                QCoreApplication.translate(
                    "Importing",
                    "Everything in %1 is here already: nothing is new or changed. "
                    "Nothing was written.",
                ).replace("%1", path.name),
            )
            return False
        resolutions = import_preview.ask_import(exchange, preview, self._window)
        if resolutions is None:
            return False
        if not self._backup_first():
            return False
        result = writes.write_with_progress(
            self._window,
            QCoreApplication.translate("Importing", "Importing %1…").replace("%1", path.name),
            lambda session, progress: apply_import(
                session, exchange, author, resolutions, progress
            ),
        )
        if result is None:
            return False
        dialogs.show_info(
            self._window,
            QCoreApplication.translate("Importing", "Imported"),
            exchange_messages.result_text(result),
        )
        return True

    def _backup_first(self) -> bool:
        """A checked copy of the file as it was, so the import can always be undone."""
        from servicepunkt_gui.core.backup import make_backup

        path = self._context.writes.database.path
        if path is None:
            return True  # a shared database: its backups are the server's (docs/INSTALL.md)
        try:
            run_with_progress(
                self._window,
                QCoreApplication.translate("Importing", "Saving a backup before the import…"),
                lambda: make_backup(path, kind="import"),
            )
        except OSError as error:
            log.warning("backup before import failed: %s", error)
            dialogs.show_error(
                self._window,
                QCoreApplication.translate("Importing", "The file cannot be imported"),
                QCoreApplication.translate(
                    "Importing",
                    "No backup could be saved before the import (%1), so nothing was "
                    "imported. Free some space on the disk and try again.",
                ).replace("%1", error.strerror or str(error)),
            )
            return False
        return True


def _read_and_preview(
    session: Session, path: Path, author: str, progress: Progress
) -> tuple[ExchangeFile, ImportPreview]:
    """Read and check the whole file, then compare it with the database (nothing written)."""
    from servicepunkt_gui.core.exchange import preview_import, read_exchange_file

    exchange = read_exchange_file(path, progress)
    return exchange, preview_import(session, exchange, author)
