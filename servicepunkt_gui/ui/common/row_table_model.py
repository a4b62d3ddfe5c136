"""A read-only table of plain rows (core's frozen dataclasses), painted without a query.

The registers of places, agreements, grants, Att göra and the overview's register all show
a list of rows in fixed columns; this holds the rows and answers Qt's questions, and a
subclass only says what its columns are called and what a cell shows. Tooltips go through
``plain_text`` here, as they may quote what the user typed. (The plan's action table is
editable and has its own model.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from servicepunkt_gui.ui.common.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
# What a proxy sorts by, for the models that give a sort key (numbers as numbers, names in
# Swedish order); far from the roles the models define themselves (UserRole + 1, 2, 3).
SORT_ROLE = Qt.ItemDataRole.UserRole + 80
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in ``columns`` (an IntEnum, or any sequence of column numbers).

    A subclass gives ``headers`` (translated, in column order) and ``display``; it may give
    ``tooltip`` (plain text), ``right_aligned`` columns, ``sort_key`` and ``cell_data`` for
    any other role.
    """

    columns: Sequence[int] = ()
    right_aligned: frozenset[int] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def find_row(self, matches: Callable[[Row], bool]) -> int | None:
        return next((i for i, found in enumerate(self._rows) if matches(found)), None)

    # -- what a subclass says ------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def header_tooltips(self) -> Sequence[str]:
        return ()

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> str:
        return ""

    def sort_key(self, row: Row, column: int) -> Any:
        return None

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        return None

    # -- Qt's questions ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tooltips()
            return tips[section] if section < len(tips) and tips[section] else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row, column))  # "": no tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return RIGHT_ALIGNED
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        return self.cell_data(row, column, role)
