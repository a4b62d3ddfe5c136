"""A report on paper: as a PDF file (QPdfWriter) or on a printer (QPrinter), drawn alike.

QtGui only, no widgets: the command line writes PDFs under a ``QGuiApplication`` on the
off-screen platform. The body is laid out once (``pdf_text``) on A4 pages; every page gets
a header naming the report and a footer with the date and "Sida N av M", and tables carry
their header row onto every page they run onto.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from servicepunkt_gui import __version__
from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.export.pdf_text import (
    LAYOUT_DPI,
    MUTED,
    RULE,
    mm,
    report_font_family,
    text_document,
)
from servicepunkt_gui.export.report_layout import ReportDocument

if TYPE_CHECKING:  # QtPrintSupport loads QtWidgets: only printing itself needs it
    from PySide6.QtPrintSupport import QPrinter

MARGINS_MM = QMarginsF(15, 11, 15, 11)  # left, top, right, bottom
HEADER_MM = 11.0
FOOTER_MM = 10.0


def page_layout(document: ReportDocument) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape
        if document.landscape
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def paint_document(document: ReportDocument, device: QPagedPaintDevice) -> int:
    """Lay the report out on A4 and paint every page on ``device``; returns the page count."""
    device.setPageLayout(page_layout(document))
    scale = device.logicalDpiX() / LAYOUT_DPI
    width = device.width() / scale
    height = device.height() / scale
    header, footer = mm(HEADER_MM), mm(FOOTER_MM)
    body_height = height - header - footer
    body = text_document(document, QSizeF(width, body_height))
    pages = body.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Rapporten kunde inte skrivas (enheten gick inte att öppna).")
    try:
        family = report_font_family()
        for page in range(pages):
            if page:
                device.newPage()
            _furniture(painter, document, family, (page + 1, pages), scale, width, body_height)
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, header - page * body_height)
            body.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
    finally:
        painter.end()
    return pages


def _furniture(
    painter: QPainter,
    document: ReportDocument,
    family: str,
    page: tuple[int, int],
    scale: float,
    width: float,
    body_height: float,
) -> None:
    """The header and footer of one page: report above, date and "Sida N av M" below.

    Drawn in the device's own pixels (a font's points are the device's), the rest in
    layout pixels times ``scale``.
    """
    font = QFont(family)
    font.setPointSizeF(8)
    painter.setFont(font)
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    full = width * scale
    band = (mm(HEADER_MM) - mm(3)) * scale
    rule = QPen(RULE)
    rule.setWidthF(0.6 * scale)
    painter.setPen(QPen(MUTED))
    left = flags | Qt.AlignmentFlag.AlignLeft
    painter.drawText(QRectF(0, 0, full, band), left, _elided(painter, document.header, full))
    painter.setPen(rule)
    painter.drawLine(QPointF(0, band), QPointF(full, band))
    top = (mm(HEADER_MM) + body_height + mm(2)) * scale
    painter.drawLine(QPointF(0, top), QPointF(full, top))
    painter.setPen(QPen(MUTED))
    line = QRectF(0, top, full, (mm(FOOTER_MM) - mm(2)) * scale)
    painter.drawText(line, left, document.footer)
    number, pages = page
    right = flags | Qt.AlignmentFlag.AlignRight
    painter.drawText(line, right, f"Sida {number} av {pages}")


def _elided(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(
        text.replace("\n", " "), Qt.TextElideMode.ElideRight, int(width)
    )


def write_pdf(document: ReportDocument, path: Path) -> int:
    """Write the report as a PDF at ``path`` (whole or not at all); returns the page count."""
    with written_atomically(path) as partial:
        # Created here first: a read-only folder or a full disk is then a real OSError
        # with its errno (Qt would only say "QPainter::begin(): Returned false").
        partial.touch()
        writer = QPdfWriter(str(partial))
        writer.setResolution(600)
        writer.setTitle(f"{document.title} – {document.subtitle}")
        writer.setCreator(f"Servicepunkt {__version__}")
        writer.setAuthor(document.author)
        try:
            pages = paint_document(document, writer)
        finally:
            del writer  # closes the file, so it can be renamed (Windows)
        _check_complete(partial)
    return pages


def _check_complete(partial: Path) -> None:
    """Qt reports no write error: a disk that filled up shows as a PDF without its end."""
    with partial.open("rb") as handle:
        handle.seek(max(0, partial.stat().st_size - 1024))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.ENOSPC, "the PDF file could not be written to its end")


def print_document(document: ReportDocument, printer: QPrinter) -> int:
    """Print the report on ``printer`` (chosen in a print dialog); returns the page count."""
    printer.setDocName(f"{document.title} – {document.subtitle}")
    printer.setCreator(f"Servicepunkt {__version__}")
    return paint_document(document, printer)
