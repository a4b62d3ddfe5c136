"""A table to export, as typed columns and plain rows, for the .xlsx and .csv writers.

The same ``Sheet`` comes from the database (``core.tables``) or from a table in the window
("Exportera…" in its context menu), so both write the same files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class CellKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    KRONOR = "kronor"  # an amount in SEK: a number, shown as "12 500 kr"
    DATE = "date"
    DATETIME = "datetime"
    YES_NO = "yes_no"  # bool, written "Ja"/"Nej"


@dataclass(frozen=True)
class Column:
    title: str
    kind: CellKind = CellKind.TEXT
    width: int | None = None  # characters; None: from the content


Cell = str | int | float | bool | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Sheet:
    """One kind of record: its name (the worksheet's tab, at most 31 characters), columns, rows."""

    name: str
    columns: tuple[Column, ...]
    rows: Sequence[tuple[Cell, ...]]
