"""A view's rows as cells: for the clipboard (tab-separated, as Excel copies) and for a Sheet.

No widgets here: which rows and columns a view shows is ``table_copy``'s; this module turns
them into text and typed cells.

A cell's value is, in this order: what the model gives for :data:`EXPORT_ROLE` (a
``datetime.date``, an ``int``, the whole text of a cell shown on one line…), a typed
``Qt.EditRole`` value (a ``QDate``, a number; the models here edit strings, which are not
taken), else the text the cell shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from servicepunkt_gui.export.sheets import Cell, CellKind, Column

Index = QModelIndex | QPersistentModelIndex
# A typed value for copying and exporting a cell, when the text shown is not all of it.
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 90
_MUST_QUOTE = ("\t", "\n", "\r", '"')


def model_value(index: Index) -> Cell:
    """What a cell holds, typed where the model says (see the module)."""
    exported = index.data(EXPORT_ROLE)
    if exported is not None:
        return as_cell(exported)
    edited = index.data(Qt.ItemDataRole.EditRole)
    if isinstance(edited, QDate | QDateTime | dt.date | bool | int | float):
        return as_cell(edited)
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    return "" if shown is None else str(shown)


def as_cell(value: object) -> Cell:
    if isinstance(value, QDateTime):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    if value is None or isinstance(value, str | int | float | bool | dt.date):
        return value
    return str(value)


def header_title(model: QAbstractItemModel, section: int) -> str:
    """A column's title: its header text, or its tooltip where the header is a symbol (✎)."""
    horizontal = Qt.Orientation.Horizontal
    title = str(model.headerData(section, horizontal, Qt.ItemDataRole.DisplayRole) or "")
    if not any(char.isalnum() for char in title):
        tip = str(model.headerData(section, horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        title = tip or title
    return title


def infer_kinds(
    titles: Sequence[str], rows: Sequence[Sequence[Cell]], given: Mapping[int, CellKind]
) -> tuple[Column, ...]:
    """Each column's kind: as ``given`` (by position), else what all its values are."""
    columns = []
    for place, title in enumerate(titles):
        kind = given.get(place)
        if kind is None:
            values = [row[place] for row in rows if row[place] not in (None, "")]
            kind = _kind_of(values)
        columns.append(Column(title, kind))
    return tuple(columns)


def _kind_of(values: Sequence[Cell]) -> CellKind:
    if not values:
        return CellKind.TEXT
    if all(isinstance(v, dt.datetime) for v in values):
        return CellKind.DATETIME
    if all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in values):
        return CellKind.DATE
    if all(isinstance(v, bool) for v in values):
        return CellKind.YES_NO
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return CellKind.INTEGER
    return CellKind.TEXT


def fit_rows(columns: Sequence[Column], rows: Iterable[Sequence[Cell]]) -> list[tuple[Cell, ...]]:
    """Rows whose cells suit their column's kind: text columns hold text, empty cells None."""
    fitted = []
    for row in rows:
        cells: list[Cell] = []
        for column, value in zip(columns, row, strict=True):
            if value == "" and column.kind != CellKind.TEXT:
                cells.append(None)
            elif column.kind == CellKind.TEXT and value is not None:
                cells.append(value if isinstance(value, str) else cell_text(value))
            else:
                cells.append(value)
        fitted.append(tuple(cells))
    return fitted


def cell_text(value: Cell) -> str:
    """A cell as text Excel reads back as the same value (ISO dates, plain digits)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("TableCopy", "Yes")
            if value
            else QCoreApplication.translate("TableCopy", "No")
        )
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def excel_cell(text: str) -> str:
    """A cell of tab-separated text as Excel writes it: quoted, quotes doubled, if need be."""
    if any(mark in text for mark in _MUST_QUOTE):
        return '"' + text.replace('"', '""') + '"'
    return text


def tab_separated(titles: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """A header row and the rows, one line each, tab between cells (and a last line break)."""
    lines = ["\t".join(excel_cell(title) for title in titles)]
    lines.extend("\t".join(excel_cell(cell_text(cell)) for cell in row) for row in rows)
    return "\n".join(lines) + "\n"


def sheet_name(name: str) -> str:
    """A worksheet tab's name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in name).strip()
    return cleaned[:31] or "Blad1"


def file_stem(name: str) -> str:
    """A file name from a table's name: no characters Windows refuses."""
    cleaned = "".join("-" if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in name)
    return cleaned.strip(" .") or "export"
