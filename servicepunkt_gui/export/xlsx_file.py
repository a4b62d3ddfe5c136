"""Write ``Sheet``s to an Excel workbook (.xlsx), one worksheet each, with typed cells.

XlsxWriter in ``constant_memory`` mode streams each row to a temporary file as it is
written, so 100,000 notes need no more memory than one row; the rows must therefore be
written top to bottom, which is all we do. The workbook goes through
``core.atomic_file.written_atomically``: a cancel (``core.progress.Cancelled``) or a failure
leaves no file behind and an earlier file of the same name untouched.

Cells are written with the method of their kind (``write_string``, ``write_number``,
``write_datetime``), never with the guessing ``write``: a note that starts with "=" stays
text and is never a formula.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress
from servicepunkt_gui.export.sheets import Cell, CellKind, Column, Sheet

# Excel's limits: a cell holds at most 32,767 characters (counted in UTF-16 code units),
# a worksheet's name at most 31 characters and none of []:*?/\ .
EXCEL_CELL_LIMIT = 32_767
SHEET_NAME_LIMIT = 31
CUT_MARKER = "…"
MAX_WIDTH = 60  # characters: wider columns are capped, their long text wrapped
MIN_WIDTH = 6
WRAP_OVER = 60  # text longer than this (or with line breaks) is wrapped in its cell
STEP_ROWS = 1_000  # report progress (and notice a cancel) every so many rows

_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
# What XML 1.0 cannot hold: control characters other than tab, line feed and carriage
# return, lone surrogates and the two non-characters U+FFFE and U+FFFF. They are dropped.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# Shown as "12 500 kr" in Swedish Excel (the locale's thousands separator is a space).
KRONOR_FORMAT = '#,##0 "kr"'
INTEGER_FORMAT = "0"
YES, NO = "Ja", "Nej"
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()
_FIRST_EXACT_DAY = 61  # 1900-03-01: from here on the day numbers above are Excel's


def write_xlsx(path: Path, sheets: Sequence[Sheet], progress: Progress = NO_PROGRESS) -> None:
    """Write ``sheets`` to ``path`` as one workbook; raises ``Cancelled`` if cancelled."""
    total = sum(len(sheet.rows) for sheet in sheets) + 1  # the last step: saving the zip
    with written_atomically(path) as partial:
        workbook = xlsxwriter.Workbook(
            str(partial),
            {
                "constant_memory": True,
                # Belt and braces: we never call write(), but should anything, no guessing.
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        try:
            formats = _Formats(workbook)
            done = 0
            names: set[str] = set()
            for sheet in sheets:
                done = _write_sheet(workbook, formats, sheet, names, progress, done, total)
            progress.step(done, total)
        except BaseException:
            _discard(workbook)
            raise
        try:
            workbook.close()
        except FileCreateError as error:
            # Let callers see the OSError (disk full, permission) they already handle.
            original = error.args[0] if error.args else None
            _close_abandoned_zip(original)
            if isinstance(original, OSError):
                raise OSError(original.errno, original.strerror, str(path)) from None
            raise OSError(str(error)) from None
        progress.step(total, total)


def _close_abandoned_zip(error: object) -> None:
    """XlsxWriter leaves its ZipFile open when writing fails (a full disk): close its file.

    Otherwise the file stays open until the garbage collector finalises the ZipFile, which
    then tries to write again and raises from ``__del__`` at some later moment; and on
    Windows an open file cannot be removed. The ZipFile is a local of XlsxWriter's frame.
    """
    traceback = getattr(error, "__traceback__", None)
    while traceback is not None:
        for value in list(traceback.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                handle, value.fp = value.fp, None  # close() does nothing without a file
                with contextlib.suppress(OSError, ValueError):
                    handle.close()
        traceback = traceback.tb_next


class _Formats:
    def __init__(self, workbook: Any) -> None:
        self.header = workbook.add_format({"bold": True, "valign": "top"})
        self.text = workbook.add_format({"valign": "top"})
        self.wrapped = workbook.add_format({"valign": "top", "text_wrap": True})
        self.date = workbook.add_format({"num_format": DATE_FORMAT, "valign": "top"})
        self.datetime = workbook.add_format({"num_format": DATETIME_FORMAT, "valign": "top"})
        self.kronor = workbook.add_format({"num_format": KRONOR_FORMAT, "valign": "top"})
        self.integer = workbook.add_format({"num_format": INTEGER_FORMAT, "valign": "top"})


def _write_sheet(
    workbook: Any,
    formats: _Formats,
    sheet: Sheet,
    names: set[str],
    progress: Progress,
    done: int,
    total: int,
) -> int:
    name = sheet_name(sheet.name, names)
    names.add(name.casefold())
    worksheet = workbook.add_worksheet(name)
    columns = sheet.columns
    widths = [len(column.title) + 2 for column in columns]  # room for the filter button
    for index, column in enumerate(columns):
        worksheet.write_string(0, index, clean_text(column.title), formats.header)
    writers = [_writer(worksheet, formats, column) for column in columns]
    for number, row in enumerate(sheet.rows, start=1):
        for index, value in enumerate(row):
            if value is not None and index < len(writers):
                shown = writers[index](number, index, value)
                if shown > widths[index]:
                    widths[index] = shown
        if number % STEP_ROWS == 0:
            progress.step(done + number, total)
    for index, column in enumerate(columns):
        width = column.width if column.width is not None else widths[index] + 1  # a margin
        worksheet.set_column(index, index, max(MIN_WIDTH, min(width, MAX_WIDTH)))
    if columns:
        worksheet.freeze_panes(1, 0)
        worksheet.autofilter(0, 0, len(sheet.rows), len(columns) - 1)
    return done + len(sheet.rows)


# A cell writer writes one value in its row and column and returns how wide it shows.
_Writer = Callable[[int, int, Cell], int]


def _writer(worksheet: Any, formats: _Formats, column: Column) -> _Writer:
    write_string = worksheet.write_string

    def text(row: int, col: int, value: Cell) -> int:
        shown = excel_text(value if isinstance(value, str) else _as_text(value))
        if not shown:
            return 0  # an empty cell: nothing to write
        long = len(shown) > WRAP_OVER or "\n" in shown
        write_string(row, col, shown, formats.wrapped if long else formats.text)
        if "\n" in shown:
            return max(len(line) for line in shown.split("\n"))
        return len(shown)

    def number(cell_format: Any, shown: Callable[[float], str]) -> _Writer:
        write_number = worksheet.write_number

        def write(row: int, col: int, value: Cell) -> int:
            is_number = isinstance(value, int | float) and not isinstance(value, bool)
            if is_number and math.isfinite(value):  # type: ignore[arg-type]
                write_number(row, col, value, cell_format)
                return len(shown(value))  # type: ignore[arg-type]
            return text(row, col, value)

        return write

    def moment(cell_format: Any, width: int, with_time: bool) -> _Writer:
        write_number = worksheet.write_number

        def write(row: int, col: int, value: Cell) -> int:
            # A date is the number of days since Excel's epoch, with the time of day as a
            # fraction: computed here, as a number, several times faster than write_datetime
            # (a fifth of all cells are dates). Excel counts 1900 as a leap year, so the
            # days from 1 March 1900 on are counted from 30 December 1899.
            if isinstance(value, dt.date):
                days = value.toordinal() - _EXCEL_EPOCH
                if days >= _FIRST_EXACT_DAY:
                    serial: float = days
                    if with_time and isinstance(value, dt.datetime):
                        serial += (value.hour * 3600 + value.minute * 60 + value.second) / 86400
                    write_number(row, col, serial, cell_format)
                    return width
                if value.year >= 1900:  # January and February 1900: XlsxWriter knows how
                    worksheet.write_datetime(row, col, value, cell_format)
                    return width
            return text(row, col, value)  # not a date, or one before Excel's first day

        return write

    def yes_no(row: int, col: int, value: Cell) -> int:
        write_string(row, col, YES if value else NO, formats.text)
        return 3

    match column.kind:
        case CellKind.INTEGER:
            return number(formats.integer, lambda v: f"{v:.0f}")
        case CellKind.KRONOR:
            return number(formats.kronor, lambda v: f"{v:,.0f} kr")
        case CellKind.DATE:
            # A datetime is a date too; shown as its day in a date column.
            return moment(formats.date, 10, with_time=False)
        case CellKind.DATETIME:
            return moment(formats.datetime, 16, with_time=True)
        case CellKind.YES_NO:
            return yes_no
        case _:
            return text


def _as_text(value: Cell) -> str:
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def clean_text(value: str) -> str:
    """``value`` without the characters XML cannot hold (they would make a broken file)."""
    return _NOT_IN_XML.sub("", value) if _NOT_IN_XML.search(value) else value


def excel_text(value: str) -> str:
    """Text as a cell can hold it: cleaned (``clean_text``), line breaks as line feeds, and,
    if longer than Excel's limit of 32,767 characters, cut there with "…" as its last
    character, so that the reader sees the text goes on (a note can be longer; the whole
    text is in the app and in the CSV export). Never an error: the rest of the file counts."""
    value = clean_text(value)
    if "\r" in value:  # a line break in a cell is a line feed; a CR would show as _x000D_
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(value) * 2 <= EXCEL_CELL_LIMIT:  # cannot be too long even in UTF-16 units
        return value
    if len(value.encode("utf-16-le", "surrogatepass")) // 2 <= EXCEL_CELL_LIMIT:
        return value
    budget, units = EXCEL_CELL_LIMIT - len(CUT_MARKER), 0
    for index, char in enumerate(value):
        units += 2 if ord(char) > 0xFFFF else 1  # beyond U+FFFF: two UTF-16 units
        if units > budget:
            return value[:index] + CUT_MARKER
    return value  # not reached: the text was found too long above


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts: without []:*?/\\, not starting or ending with an
    apostrophe, at most 31 characters, and unlike (ignoring case) the names in ``taken``
    (casefolded), which gets " (2)", " (3)"… if need be."""
    name = clean_text(_NOT_IN_SHEET_NAMES.sub("-", wanted)).strip().strip("'").strip()
    name = name[:SHEET_NAME_LIMIT].rstrip("'").strip() or "Blad"
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = name[: SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
    return candidate


def _discard(workbook: Any) -> None:
    """Remove the temporary row files of a workbook that will not be closed (cancelled)."""
    for worksheet in workbook.worksheets():
        handle = getattr(worksheet, "row_data_fh", None)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        filename = getattr(worksheet, "row_data_filename", None)
        if filename:
            with contextlib.suppress(OSError):
                Path(filename).unlink()
    workbook.fileclosed = True
