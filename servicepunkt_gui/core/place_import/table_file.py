"""Reading a spreadsheet of places into a header and rows of strings, or refusing it.

Two kinds of file: an Excel workbook (.xlsx, the first sheet, read with openpyxl in
read-only mode so a large file is streamed, ``data_only`` so formulas give their values)
and a CSV file (UTF-8 with or without BOM, else cp1252 as Excel's Swedish "CSV" is
written; the separator is whichever of ``;``, ``,`` and tab the header line uses most).

Anything else is refused with one :class:`ImportProblem`: its code (the UI says it in
Swedish), the row as the spreadsheet shows it (the header is row 1; 0 for the whole
file), the column's name and the offending value. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NoReturn

MAX_ROWS = 20_000  # data rows; a municipality's service table has a few hundred
MAX_CELL = 10_000  # characters in one cell
MAX_COLUMNS = 200
MAX_BYTES = 100 * 1024 * 1024  # a CSV is read whole; an xlsx is streamed
_VALUE_SHOWN = 60  # characters of a bad value kept for the message

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted Office file is an OLE container holding a stream of this name.
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


class ImportProblemCode(StrEnum):
    """Why a file, or a row in it, cannot be imported (the UI words each in Swedish)."""

    # The whole file
    UNREADABLE = "unreadable"  # the file could not be opened (OSError)
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    OLD_EXCEL = "old_excel"  # .xls (Excel 97–2003): save it as .xlsx
    ENCRYPTED = "encrypted"  # protected by a password
    NO_SHEET = "no_sheet"
    EMPTY = "empty"
    NO_HEADER = "no_header"
    NO_NAME_COLUMN = "no_name_column"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    TOO_LARGE = "too_large"
    CELL_TOO_LONG = "cell_too_long"
    BINARY = "binary"  # control characters or bytes no text encoding gives
    # One row
    NAME_MISSING = "name_missing"
    TOO_LONG = "too_long"  # longer than the register keeps
    BAD_NUMBER = "bad_number"
    COORDINATE_INCOMPLETE = "coordinate_incomplete"  # X without Y, latitude without longitude
    SWAPPED_XY = "swapped_xy"
    OUTSIDE_SWEDEN = "outside_sweden"
    BAD_ORG_NUMBER = "bad_org_number"
    BAD_EMAIL = "bad_email"
    BAD_YES_NO = "bad_yes_no"
    BAD_HOURS = "bad_hours"
    DUPLICATE_ID = "duplicate_id"


@dataclass(frozen=True)
class ImportProblem:
    code: ImportProblemCode
    row: int = 0  # 1-based as the spreadsheet shows it (header = 1); 0: the whole file
    column: str = ""
    value: str = ""


class ImportFileError(Exception):
    """The file is refused; ``problem`` says where and why."""

    def __init__(self, problem: ImportProblem) -> None:
        super().__init__(f"{problem.code} at row {problem.row} {problem.column!r}")
        self.problem = problem


@dataclass(frozen=True)
class TableRow:
    number: int  # as the spreadsheet shows it
    cells: tuple[str, ...]  # stripped; as many as the header has columns


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]  # data rows; rows with every cell empty are left out

    def column_name(self, index: int) -> str:
        name = self.header[index] if index < len(self.header) else ""
        return name or _column_letters(index)


def shown(value: str) -> str:
    """A value as short as a message can hold."""
    return value if len(value) <= _VALUE_SHOWN else value[: _VALUE_SHOWN - 1] + "…"


def refuse(code: ImportProblemCode, row: int = 0, column: str = "", value: str = "") -> NoReturn:
    raise ImportFileError(ImportProblem(code, row, column, shown(value)))


def read_table(path: Path) -> Table:
    """The header and data rows of ``path``; raises :class:`ImportFileError`."""
    try:
        with path.open("rb") as file:
            start = file.read(8)
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(
            ImportProblem(ImportProblemCode.UNREADABLE, value=error.strerror or str(error))
        ) from error
    if size == 0:
        refuse(ImportProblemCode.EMPTY)
    if start.startswith(_ZIP_MAGIC):
        return _read_xlsx(path)
    if start.startswith(_OLE_MAGIC):
        _refuse_ole(path)
    if path.suffix.lower() not in (".csv", ".txt"):
        refuse(ImportProblemCode.NOT_A_SPREADSHEET)
    if size > MAX_BYTES:
        refuse(ImportProblemCode.TOO_LARGE)
    return _read_csv(path.read_bytes())


def _refuse_ole(path: Path) -> NoReturn:
    with path.open("rb") as file:
        head = file.read(1024 * 1024)
    if _ENCRYPTION_STREAM in head:
        refuse(ImportProblemCode.ENCRYPTED)
    refuse(ImportProblemCode.OLD_EXCEL)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        refuse(ImportProblemCode.NOT_A_SPREADSHEET)
    if "EncryptedPackage" in names:
        refuse(ImportProblemCode.ENCRYPTED)
    if "xl/workbook.xml" not in names:
        refuse(ImportProblemCode.NOT_A_SPREADSHEET)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken workbook
        raise ImportFileError(ImportProblem(ImportProblemCode.NOT_A_SPREADSHEET)) from error
    try:
        sheets = workbook.worksheets
        if not sheets:
            refuse(ImportProblemCode.NO_SHEET)
        try:
            raw = (
                (number, tuple(_cell_text(value) for value in values))
                for number, values in enumerate(sheets[0].iter_rows(values_only=True), start=1)
            )
            return _table(raw)
        except ImportFileError:
            raise
        except Exception as error:  # a damaged sheet inside a sound zip
            raise ImportFileError(ImportProblem(ImportProblemCode.NOT_A_SPREADSHEET)) from error
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        refuse(ImportProblemCode.BINARY, _line_of(data, data.index(b"\x00")))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        # Five bytes mean nothing in cp1252: this is not text.
        raise ImportFileError(
            ImportProblem(ImportProblemCode.BINARY, _line_of(data, error.start))
        ) from error


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _separator(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = "".join(part for index, part in enumerate(first.split('"')) if index % 2 == 0)
    counts = {separator: unquoted.count(separator) for separator in (";", ",", "\t")}
    best = max(counts, key=lambda separator: counts[separator])
    return best if counts[best] else ";"


def _read_csv(data: bytes) -> Table:
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        # A CSV row's number is its record number: the row Excel shows when it opens it.
        return _table(enumerate(reader, start=1))
    except csv.Error as error:
        raise ImportFileError(
            ImportProblem(ImportProblemCode.NOT_A_SPREADSHEET, reader.line_num)
        ) from error


def _table(raw: Iterable[tuple[int, Sequence[str]]]) -> Table:
    header: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for number, cells in raw:
        stripped = tuple(cell.strip() for cell in cells)
        if header is None:
            if not any(stripped):
                continue
            _check_cells(number, stripped, ())
            header = _header(number, stripped)
            continue
        if not any(stripped):
            continue
        if len(rows) >= MAX_ROWS:
            refuse(ImportProblemCode.TOO_MANY_ROWS, number)
        _check_cells(number, stripped, header)
        width = len(header)
        padded = stripped[:width] + ("",) * (width - len(stripped))
        rows.append(TableRow(number, padded))
    if header is None:
        refuse(ImportProblemCode.EMPTY)
    if not rows:
        refuse(ImportProblemCode.EMPTY, 1)
    return Table(header, tuple(rows))


def _header(number: int, cells: tuple[str, ...]) -> tuple[str, ...]:
    last = max(index for index, cell in enumerate(cells) if cell)
    header = cells[: last + 1]
    if len(header) > MAX_COLUMNS:
        refuse(ImportProblemCode.TOO_MANY_COLUMNS, number)
    # A first row of numbers only is data, not names of columns.
    if not any(cell and not _looks_numeric(cell) for cell in header):
        refuse(ImportProblemCode.NO_HEADER, number, value=" ".join(header))
    return header


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        return False
    return True


def _check_cells(number: int, cells: tuple[str, ...], header: tuple[str, ...]) -> None:
    for index, cell in enumerate(cells):
        name = header[index] if index < len(header) and header[index] else _column_letters(index)
        if len(cell) > MAX_CELL:
            refuse(ImportProblemCode.CELL_TOO_LONG, number, name, cell)
        if any(character in _CONTROL for character in cell):
            refuse(ImportProblemCode.BINARY, number, name)


def _column_letters(index: int) -> str:
    """Excel's name of a column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
