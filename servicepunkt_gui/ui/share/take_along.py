"""Work without the server: take a municipality along to a local file, and copies of it all.

File → "Take the municipality along to a local file…" (on a shared database): the
municipality's exchange file is written from the shared database, and a new local
SQLite file is made with it imported, which Servicepunkt then offers to open. Changes made
there come back the way every exchange does: File → Export for a colleague… in the local
file, File → Import… on the shared database, with the merge rules of the exchange files
(nothing either side wrote is overwritten; both versions are kept when both changed).

File → "Save a copy as an exchange file…" (on a shared database, instead of the file
backups, which are the server's job): everything the official may see, in one exchange file.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMainWindow

from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.paths import data_dir
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.progress import run_with_progress
from servicepunkt_gui.ui.share import exporting
from servicepunkt_gui.ui.share.exchange_dialog import ExchangeRequest
from servicepunkt_gui.ui.share.file_names import (
    EXCHANGE_SUFFIX,
    dated,
    filter_for,
    safe_file_name,
    with_suffix,
)

if TYPE_CHECKING:
    from servicepunkt_gui.core.rows import MunicipalityRow

log = logging.getLogger(__name__)

LOCAL_SUFFIX = ".sqlite3"


def open_in_new_window(path: Path) -> None:
    """Start Servicepunkt on ``path`` beside this window (tests replace this function)."""
    frozen = getattr(sys, "frozen", False)
    arguments = ["--db", str(path)] if frozen else ["-m", "servicepunkt_gui", "--db", str(path)]
    if not QProcess.startDetached(sys.executable, arguments)[0]:
        log.warning("could not start Servicepunkt on %s", path)


def take_along(
    window: QMainWindow, context: WindowContext, current: MunicipalityRow | None
) -> Path | None:
    """Make a local file holding ``current``'s records; returns it, or None (cancelled,
    failed: then said why)."""
    if current is None:
        dialogs.show_info(
            window,
            QCoreApplication.translate("TakeAlong", "Take the municipality along"),
            QCoreApplication.translate(
                "TakeAlong", "Choose the municipality in the list first, then try again."
            ),
        )
        return None
    chosen = file_dialogs.ask_save_path(
        window,
        QCoreApplication.translate("TakeAlong", "Save the local file as"),
        data_dir()
        / (safe_file_name(f"{current.name} {dt.date.today().isoformat()}") + LOCAL_SUFFIX),
        QCoreApplication.translate("TakeAlong", "Servicepunkt database (*.sqlite3)"),
    )
    if chosen is None:
        return None
    target = with_suffix(chosen, LOCAL_SUFFIX)
    with tempfile.TemporaryDirectory(prefix="servicepunkt-take-along-") as folder:
        exchange = Path(folder) / (current.code + EXCHANGE_SUFFIX)
        request = ExchangeRequest(ExportScope(municipality_codes=(current.code,)), current.name)
        if not exporting.write_exchange(
            window, context.writes, request, exchange, context.author()
        ):
            return None
        try:
            run_with_progress(
                window,
                QCoreApplication.translate("TakeAlong", "Making the local file…"),
                lambda: make_local_file(exchange, target, context.author()),
            )
        except (DatabaseOpenError, OSError, ValueError) as error:
            log.warning("taking %s along to %s failed: %s", current.code, target, error)
            dialogs.show_error(
                window,
                QCoreApplication.translate("TakeAlong", "The local file could not be made"),
                QCoreApplication.translate(
                    "TakeAlong",
                    "Servicepunkt could not make %1. Choose another folder (one of your own, "
                    "with room left) or another file name, then try again. The shared "
                    "database is unchanged.",
                ).replace("%1", str(target)),
            )
            return None
    if dialogs.confirm(
        window,
        QCoreApplication.translate("TakeAlong", "Take the municipality along"),
        QCoreApplication.translate(
            "TakeAlong",
            "%1 is now in the local file %2, to work on without a connection. To bring "
            "your changes back, export them there with File → Export for a colleague or "
            "the region…, and import that file here with File → Import…: nothing anyone "
            "changed meanwhile is overwritten.\n\nOpen the local file now?",
        )
        .replace("%1", current.name)
        .replace("%2", str(target)),
        QCoreApplication.translate("TakeAlong", "&Open"),
    ):
        open_in_new_window(target)
    return target


def make_local_file(exchange: Path, target: Path, author: str) -> None:
    """A local file at ``target`` (new, or an earlier one: merged) with ``exchange`` in it."""
    from servicepunkt_gui.core.exchange import apply_import, read_exchange_file
    from servicepunkt_gui.store import open_store

    incoming = read_exchange_file(exchange)
    local = open_store(target)
    try:
        with local.session() as session:
            apply_import(session, incoming, author)
    finally:
        local.close()


def save_exchange_copy(window: QMainWindow, context: WindowContext, folder: Path) -> Path | None:
    """Everything the official may see, as one exchange file; the path, or None."""
    today = dt.date.today()
    stem = QCoreApplication.translate("TakeAlong", "Copy of %1").replace(
        "%1", context.writes.database.display_name()
    )
    chosen = file_dialogs.ask_save_path(
        window,
        QCoreApplication.translate("TakeAlong", "Save a copy as an exchange file"),
        folder / (dated(stem, today) + EXCHANGE_SUFFIX),
        filter_for(EXCHANGE_SUFFIX),
    )
    if chosen is None:
        return None
    target = with_suffix(chosen, EXCHANGE_SUFFIX)
    request = ExchangeRequest(ExportScope(), stem)
    if not exporting.write_exchange(window, context.writes, request, target, context.author()):
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("TakeAlong", "Copy saved: %1").replace("%1", str(target)),
        10_000,
    )
    return target
