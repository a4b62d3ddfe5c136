"""Write one ``Sheet`` as a CSV file that Excel with Swedish settings opens as it is.

Swedish Excel expects a semicolon between fields (the comma is the decimal sign) and needs
a byte order mark to read UTF-8 (without it å, ä and ö come out garbled), so the file is
UTF-8 with BOM, semicolon-separated, CRLF line ends. Quoting is the ``csv`` module's:
fields with semicolons, quotes or line breaks are quoted, so a note of several lines stays
in one cell. Dates are ISO (2026-12-02), times "2026-12-02 14:30", kronor plain integers
(no spaces or "kr", so Excel sees numbers), yes/no "Ja"/"Nej".

The file goes through ``core.atomic_file.written_atomically``: a cancel or a failure
leaves no file behind and an earlier file of the same name untouched.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Callable
from pathlib import Path

from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress
from servicepunkt_gui.export.sheets import Cell, CellKind, Sheet

ENCODING = "utf-8-sig"  # UTF-8 with the byte order mark EF BB BF first
DELIMITER = ";"
LINE_END = "\r\n"
STEP_ROWS = 2_000
YES, NO = "Ja", "Nej"

# Formula injection ("CSV injection"): a spreadsheet runs a cell that starts with = + - @
# as a formula (=HYPERLINK(...), =cmd|...), and tab or carriage return can hide such a
# start. A text cell starting with one of them gets a leading apostrophe, which Excel
# shows as text; the rest of the text is unchanged. Numbers, dates and kronor are ours and
# never get one (a negative number stays a number).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# NUL and other control characters (not tab, line feed, carriage return) are dropped:
# Excel shows them as boxes at best, and the xlsx export drops them too.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def write_csv(path: Path, sheet: Sheet, progress: Progress = NO_PROGRESS) -> None:
    """Write ``sheet`` to ``path``; raises ``Cancelled`` if cancelled (no file is left)."""
    total = len(sheet.rows)
    converters = [_converter(column.kind) for column in sheet.columns]
    # The file is closed (inner context) before it is synced and renamed (outer context).
    with (
        written_atomically(path) as partial,
        partial.open("w", encoding=ENCODING, newline="") as handle,
    ):
        writer = csv.writer(
            handle, delimiter=DELIMITER, lineterminator=LINE_END, quoting=csv.QUOTE_MINIMAL
        )
        writer.writerow([csv_text(column.title) for column in sheet.columns])
        for number, row in enumerate(sheet.rows, start=1):
            writer.writerow(
                [convert(value) for convert, value in zip(converters, row, strict=False)]
            )
            if number % STEP_ROWS == 0:
                progress.step(number, total)
        progress.step(total, total)


def csv_text(value: str) -> str:
    """Text as it goes into a cell: control characters dropped, a formula start defused."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _converter(kind: CellKind) -> Callable[[Cell], str]:
    match kind:
        case CellKind.INTEGER | CellKind.KRONOR:
            return _integer
        case CellKind.DATE:
            return _date
        case CellKind.DATETIME:
            return _datetime
        case CellKind.YES_NO:
            return _yes_no
        case _:
            return _text


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(value)
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, dt.datetime):
        return _datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return csv_text(str(value))


def _integer(value: Cell) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return str(round(value))
    return _text(value)


def _date(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value)


def _datetime(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return _text(value)


def _yes_no(value: Cell) -> str:
    if value is None:
        return ""
    return YES if value else NO
