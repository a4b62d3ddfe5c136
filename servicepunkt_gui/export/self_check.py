"""The self-test's check that every kind of file can be written and the map read (``--self-test``).

A frozen build that lacks a library's data (python-docx's template, XlsxWriter, Qt's PDF
writer, icalendar's time zones) would only fail when an official exports; the self-test of
the installed app writes one of each into a scratch folder, reads the exchange file back and
reads a small service table (openpyxl, utm, python-stdnum), so a build that cannot is never
shipped (.ci/run self-tests the app unpacked from the .deb).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from servicepunkt_gui import __version__

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database

SAMPLE_MUNICIPALITY = "2422"  # Sorsele: any code of the reference data will do


def export_problems(database: Database) -> list[str]:
    """What could not be written (empty when all went well); needs a QGuiApplication."""
    from servicepunkt_gui.core.exchange import read_exchange_file, write_exchange_file
    from servicepunkt_gui.core.export_scope import ExportScope
    from servicepunkt_gui.core.report import follow_up_report
    from servicepunkt_gui.core.tables import export_sheets
    from servicepunkt_gui.core.todo import list_todo
    from servicepunkt_gui.export.csv_file import write_csv
    from servicepunkt_gui.export.docx_report import write_docx
    from servicepunkt_gui.export.ics_file import write_ics
    from servicepunkt_gui.export.pdf_report import write_pdf
    from servicepunkt_gui.export.report_layout import follow_up_document
    from servicepunkt_gui.export.xlsx_file import write_xlsx

    today = dt.date.today()
    scope = ExportScope(municipality_codes=(SAMPLE_MUNICIPALITY,))
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="servicepunkt-self-test-export-") as scratch:
        folder = Path(scratch)
        with database.read_session() as session:
            report = follow_up_report(
                session,
                SAMPLE_MUNICIPALITY,
                notes_from=None,
                notes_to=None,
                today=today,
                written_by="self-test",
            )
            sheets = export_sheets(session, scope, today)
            todo = list_todo(session, None, today)
            write_exchange_file(session, scope, folder / "x.servicepunkt", "self-test", __version__)
        document = follow_up_document(report)
        steps = (
            ("PDF", lambda: write_pdf(document, folder / "x.pdf")),
            ("Word", lambda: write_docx(document, folder / "x.docx")),
            ("Excel", lambda: write_xlsx(folder / "x.xlsx", sheets)),
            ("CSV", lambda: write_csv(folder / "x.csv", sheets[0])),
            ("exchange file", lambda: read_exchange_file(folder / "x.servicepunkt")),
            ("calendar", lambda: write_ics(todo, folder / "x.ics", calendar_name="self-test")),
            ("service table", lambda: _check_service_table(folder / "servicetabell.xlsx")),
            ("map", _check_map),
        )
        for name, step in steps:
            try:
                step()
            except Exception as error:  # every failure is one line of the self-test
                problems.append(f"{name}: {error!r}")
    return problems


def _check_map() -> None:
    """The map's outlines ship projected: they load without pyproj (left out of the build)."""
    from servicepunkt_gui.core.map_data import load_map
    from servicepunkt_gui.resources import resource_path

    data = resource_path("data")
    count = len(load_map(data / "municipalities.geojson", data).municipalities)
    if count != 290:
        raise ValueError(f"{count} municipalities on the map")


def _check_service_table(path: Path) -> None:
    """A Pipos service table written with XlsxWriter, read and converted as an import is."""
    import xlsxwriter

    from servicepunkt_gui.core.place_import.servicetabell import parse_servicetabell
    from servicepunkt_gui.core.place_import.table_file import read_table
    from servicepunkt_gui.core.place_validation import org_number_problem

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for row, values in enumerate(
        (
            ("Id", "Namn", "Typ", "X", "Y"),
            ("1", "Ammarnäs Livs", "Dagligvarubutik", 567000, 7317000),
        )
    ):
        sheet.write_row(row, 0, values)
    book.close()
    parsed = parse_servicetabell(read_table(path))
    if len(parsed.rows) != 1 or parsed.rows[0].position is None:
        raise ValueError(f"service table read as {parsed!r}")
    if org_number_problem("556036-0793") is not None:
        raise ValueError("a right organisation number was refused")
