"""Writing what the export dialog asked for: reports, spreadsheets and exchange files.

Reports of one municipality are quick and written on the UI thread; spreadsheets and
exchange files of many municipalities can hold 100,000 notes, so they are written on a
worker thread with a progress bar and Cancel. Every writer writes a ``.partial`` file first,
so a failure or a cancel never leaves half a file, and an older file of the same name stays.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicepunkt_gui import __version__
from servicepunkt_gui.core.errors import StorageError
from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.write_path import WritePath, problem_message, problem_title
from servicepunkt_gui.ui.share.exchange_dialog import ExchangeRequest
from servicepunkt_gui.ui.share.export_dialog import ExportKind, ExportRequest

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session

log = logging.getLogger(__name__)


def write_request(
    parent: QWidget | None,
    writes: WritePath,
    request: ExportRequest,
    target: Path,
    author: str,
    today: dt.date,
) -> bool:
    """Write ``target``; True when it was written. Failures are explained here."""
    return _guarded(
        parent, writes, target, lambda: _write(parent, writes, request, target, author, today)
    )


def write_exchange(
    parent: QWidget | None,
    writes: WritePath,
    request: ExchangeRequest,
    target: Path,
    author: str,
) -> bool:
    from servicepunkt_gui.core.exchange import write_exchange_file

    def work() -> None:
        writes.read_with_progress(
            parent,
            QCoreApplication.translate("Exporting", "Writing the exchange file…"),
            lambda session, progress: write_exchange_file(
                session, request.scope, target, author, __version__, progress
            ),
        )

    return _guarded(parent, writes, target, work)


def _write(
    parent: QWidget | None,
    writes: WritePath,
    request: ExportRequest,
    target: Path,
    author: str,
    today: dt.date,
) -> None:
    kind = request.kind
    if kind in (ExportKind.XLSX, ExportKind.CSV):
        _write_table_file(parent, writes, request, target, today)
        return
    from servicepunkt_gui.core.export_scope import resolve_codes
    from servicepunkt_gui.export.reports import report_document, write_report

    def work(session: Session, _progress: Progress) -> None:
        # Off the UI thread: a status report of all 290 municipalities takes seconds.
        document = report_document(
            session,
            request.scope,
            resolve_codes(session, request.scope),
            follow_up=kind.is_follow_up,
            today=today,
            written_by=author,
            title=status_title(request.description),
        )
        write_report(document, target, kind in (ExportKind.FOLLOW_UP_PDF, ExportKind.STATUS_PDF))

    writes.read_with_progress(parent, QCoreApplication.translate("Exporting", "Exporting…"), work)


def status_title(description: str) -> str:
    # The report itself is Swedish (it goes to a Swedish board), so is its title.
    return f"Lägesrapport: {description}"


def _write_table_file(
    parent: QWidget | None,
    writes: WritePath,
    request: ExportRequest,
    target: Path,
    today: dt.date,
) -> None:
    from servicepunkt_gui.core.tables import TableKind, export_sheets, sheet_by_kind
    from servicepunkt_gui.export.csv_file import write_csv
    from servicepunkt_gui.export.xlsx_file import write_xlsx

    def work(session: Session, progress: Progress) -> None:
        if request.kind is ExportKind.XLSX:
            write_xlsx(target, export_sheets(session, request.scope, today, progress), progress)
            return
        kind = TableKind(request.table)
        sheets = export_sheets(session, request.scope, today, progress, kinds={kind})
        write_csv(target, sheet_by_kind(sheets, kind), progress)

    writes.read_with_progress(parent, QCoreApplication.translate("Exporting", "Exporting…"), work)


def _guarded(
    parent: QWidget | None, writes: WritePath, target: Path, work: Callable[[], None]
) -> bool:
    """Run ``work``; a full disk, a read-only folder or a cancel are explained, never raised."""
    try:
        work()
    except Cancelled:
        return False
    except OSError as error:
        log.warning("export to %s failed: %s", target, error)
        dialogs.show_error(parent, _failed_title(), file_problem(target, error))
        return False
    except StorageError as error:
        if isinstance(error.__cause__, OSError):
            # Written inside a read session, the export's own file failed, not the database.
            log.warning("export to %s failed: %s", target, error.__cause__)
            dialogs.show_error(parent, _failed_title(), file_problem(target, error.__cause__))
            return False
        dialogs.show_error(
            parent,
            problem_title(error.problem),
            problem_message(error.problem, writes.database.display_name()),
        )
        return False
    except Exception:
        log.exception("export to %s failed unexpectedly", target)
        dialogs.show_error(
            parent,
            _failed_title(),
            QCoreApplication.translate(
                "Exporting",
                "The file %1 could not be written because of an error in Servicepunkt. "
                "Nothing in the database changed. The details are in the log file.",
            ).replace("%1", str(target)),
        )
        return False
    return True


def _failed_title() -> str:
    return QCoreApplication.translate("Exporting", "The export failed")


def file_problem(target: Path, error: OSError) -> str:
    """Why a file could not be written, and what to do, in the user's words."""
    if error.errno == errno.ENOSPC:
        text = QCoreApplication.translate(
            "Exporting",
            "There is no room left on the disk for %1. Free some space, or choose another "
            "place, and export again. No half-written file was left behind.",
        )
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QCoreApplication.translate(
            "Exporting",
            "%1 cannot be written: the folder is read-only, or the file is open in another "
            "program (close it in Excel or Word first). Choose another place or close the "
            "file and export again.",
        )
    else:
        text = QCoreApplication.translate(
            "Exporting", "%1 could not be written (%2). Choose another place and export again."
        ).replace("%2", error.strerror or str(error))
    return text.replace("%1", str(target))
