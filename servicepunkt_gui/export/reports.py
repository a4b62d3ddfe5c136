"""A report from the database to a file: the one path the window and the command line share.

``report_document`` gathers what a report says (``core.report``) and lays it out once, with
the map of what it covers (``report_map``: painted with QtGui into a QImage, no display);
``write_report`` writes that document as PDF or Word. Both may run on a worker thread (the
window's export does: a status report of all 290 municipalities takes a few seconds).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from servicepunkt_gui.export.report_layout import ReportDocument

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session
    from servicepunkt_gui.core.export_scope import ExportScope


def report_document(
    session: Session,
    scope: ExportScope,
    codes: list[str],
    *,
    follow_up: bool,
    today: dt.date,
    written_by: str,
    title: str,
) -> ReportDocument:
    """The yearly follow-up of ``codes[0]`` (``follow_up``), else the status report of ``codes``.

    The follow-up takes the notes of the scope's period; ``title`` is the status report's.
    """
    from servicepunkt_gui.core.report import follow_up_report, status_report
    from servicepunkt_gui.export.report_layout import follow_up_document, status_document
    from servicepunkt_gui.export.report_map import follow_up_map, status_map, with_map

    if follow_up:
        report = follow_up_report(
            session,
            codes[0],
            notes_from=scope.notes_from,
            notes_to=scope.notes_to,
            today=today,
            written_by=written_by,
        )
        return with_map(
            follow_up_document(report), follow_up_map(session, report), under_places=True
        )
    status = status_report(session, codes, today=today, written_by=written_by, title=title)
    return with_map(status_document(status), status_map(session, status))


def write_report(document: ReportDocument, target: Path, as_pdf: bool) -> None:
    """PDF (needs a QGuiApplication) or Word, written whole or not at all."""
    if as_pdf:
        from servicepunkt_gui.export.pdf_report import write_pdf

        write_pdf(document, target)
    else:
        from servicepunkt_gui.export.docx_report import write_docx

        write_docx(document, target)
