"""Importing places from a Pipos Servicetabell or any table: file, columns, preview, write.

The file is read on a worker thread and checked whole before anything else; a file that is
not a recognised Servicetabell gets the mapping step. The preview shows what would change;
only when the official presses "Import" is a checked backup made and the whole import
written in one unit of work. A refused file is one message naming row, column and
problem, and nothing is written.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.progress import run_with_progress
from servicepunkt_gui.ui.places import place_import_messages as messages
from servicepunkt_gui.ui.places.place_import_mapping import ask_mapping
from servicepunkt_gui.ui.places.place_import_preview import ask_preview

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session
    from servicepunkt_gui.core.place_import import (
        ColumnMapping,
        ImportPreview,
        ImportProblem,
        Table,
    )

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def ask_place_import(parent: QWidget, context: WindowContext, municipality_code: str) -> None:
    """Ask for a file of places and import it into ``municipality_code``'s register."""
    path = file_dialogs.ask_open_path(
        parent,
        translate("PlaceImport", "Import places"),
        Path.home(),
        translate(
            "PlaceImport",
            "Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)",
        ),
    )
    if path is None:
        return
    table = _read(parent, path)
    if table is None:
        return
    preview = _preview(parent, context, municipality_code, table)
    if preview is None:
        return
    if preview.problems:
        _refuse(parent, preview.problems[0], len(preview.problems) - 1)
        return
    if preview.is_empty:
        dialogs.show_info(
            parent, translate("PlaceImport", "Nothing to import"), messages.nothing_to_import()
        )
        return
    trash_unlisted = ask_preview(preview, parent)
    if trash_unlisted is None or not _backup_first(parent, context):
        return
    from servicepunkt_gui.core.place_import import apply_import

    result = context.writes.write(
        parent,
        lambda session: apply_import(
            session, municipality_code, preview, trash_unlisted=trash_unlisted
        ),
    )
    if result is not None:
        dialogs.show_info(
            parent, translate("PlaceImport", "Places imported"), messages.result_text(result)
        )


def _read(parent: QWidget, path: Path) -> Table | None:
    from servicepunkt_gui.core.place_import import ImportFileError, read_table

    try:
        return run_with_progress(
            parent,
            translate("PlaceImport", "Reading %1…").replace("%1", path.name),
            lambda: read_table(path),
        )
    except ImportFileError as error:
        _refuse(parent, error.problem)
        return None


def _preview(
    parent: QWidget, context: WindowContext, municipality_code: str, table: Table
) -> ImportPreview | None:
    from servicepunkt_gui.core.place_import import (
        GENERIC_SOURCE,
        PIPOS_SOURCE,
        ImportFileError,
        servicetabell_mapping,
    )

    mapping: ColumnMapping | None = servicetabell_mapping(table.header)
    source = PIPOS_SOURCE
    if mapping is None:
        mapping = ask_mapping(table, parent)
        source = GENERIC_SOURCE
        if mapping is None:
            return None
    chosen = mapping

    def work(session: Session, _progress: Progress) -> ImportPreview:
        from servicepunkt_gui.core.place_import import parse_table, preview_import

        return preview_import(session, municipality_code, parse_table(table, chosen, source))

    try:
        return context.writes.read_with_progress(
            parent, translate("PlaceImport", "Comparing with the register…"), work
        )
    except Cancelled:
        return None
    except ImportFileError as error:
        _refuse(parent, error.problem)
        return None


def _refuse(parent: QWidget, problem: ImportProblem, more: int = 0) -> None:
    dialogs.show_error(
        parent,
        translate("PlaceImport", "The file cannot be imported"),
        messages.problem_text(problem, more),
    )


def _backup_first(parent: QWidget, context: WindowContext) -> bool:
    """A checked copy of the file as it was, so the import can always be undone."""
    from servicepunkt_gui.core.backup import make_backup

    path = context.writes.database.path
    if path is None:
        return True  # a shared database: its backups are the server's (docs/INSTALL.md)
    try:
        run_with_progress(
            parent,
            translate("PlaceImport", "Saving a backup before the import…"),
            lambda: make_backup(path, kind="import"),
        )
    except OSError as error:
        log.warning("backup before the place import failed: %s", error)
        dialogs.show_error(
            parent,
            translate("PlaceImport", "The file cannot be imported"),
            messages.backup_failed(error.strerror or str(error)),
        )
        return False
    return True
