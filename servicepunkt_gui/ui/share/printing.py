"""File → Print yearly follow-up…: the same document as the PDF, through the print dialog."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext

log = logging.getLogger(__name__)


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system's print dialog; the printer chosen, or None. Tests replace this function."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print yearly follow-up"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_follow_up(parent: QWidget | None, context: WindowContext, code: str) -> bool:
    """Print this year's follow-up of the municipality; True when it went to the printer."""
    from servicepunkt_gui.core.export_scope import ExportScope
    from servicepunkt_gui.export.pdf_report import print_document
    from servicepunkt_gui.export.reports import report_document

    today = dt.date.today()
    scope = ExportScope((code,), notes_from=dt.date(today.year, 1, 1), notes_to=today)
    document = context.writes.read(
        lambda session: report_document(
            session,
            scope,
            [code],
            follow_up=True,
            today=today,
            written_by=context.author(),
            title="",
        )
    )
    printer = ask_printer(parent)
    if printer is None:
        return False
    try:
        print_document(document, printer)
    except Exception:  # a printer driver's failure must not end the app
        log.exception("printing failed")
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Printing", "Printing failed"),
            QCoreApplication.translate(
                "Printing",
                "The follow-up could not be sent to the printer. Check that the printer is "
                "on and connected, or export it as PDF (File → Export…) and print that.",
            ),
        )
        return False
    return True
