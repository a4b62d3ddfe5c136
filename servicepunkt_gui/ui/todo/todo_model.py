"""The Att göra table: plain rows (``core.todo.TodoItem``), painted without a query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from servicepunkt_gui.core.todo import TodoItem
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.qt_dates import qdate
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.todo.todo_messages import kind_label, when_text

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TodoColumn(IntEnum):
    DATE = 0
    WHEN = 1
    KIND = 2
    TITLE = 3
    MUNICIPALITY = 4
    OWNER = 5


class TodoModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._today = today
        self._rows: list[TodoItem] = []

    def set_items(self, rows: list[TodoItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def items(self) -> list[TodoItem]:
        return list(self._rows)

    def item(self, row: int) -> TodoItem:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, item in enumerate(self._rows) if item.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TodoColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TodoColumn.DATE: self.tr("Date"),
            TodoColumn.WHEN: self.tr("When"),
            TodoColumn.KIND: self.tr("What"),
            TodoColumn.TITLE: self.tr("Concerns"),
            TodoColumn.MUNICIPALITY: self.tr("Municipality"),
            TodoColumn.OWNER: self.tr("Responsible"),
        }[TodoColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = TodoColumn(index.column())
        overdue = not item.done and item.days_left(self._today()) < 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == EXPORT_ROLE and column is TodoColumn.DATE:
            return item.due
        if role == KEY_ROLE:
            return item.key
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column <= TodoColumn.WHEN:
            return danger_text()
        if role == Qt.ItemDataRole.FontRole and item.done:
            font = QFont()
            font.setStrikeOut(True)  # done rows, shown on request, are struck through
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column is TodoColumn.TITLE:
            return plain_tooltip("\n".join(t for t in (item.title, item.detail) if t))
        if role == Qt.ItemDataRole.EditRole and column is TodoColumn.DATE:
            return qdate(item.due)
        return None

    def _display(self, item: TodoItem, column: TodoColumn) -> str:
        match column:
            case TodoColumn.DATE:
                return item.due.isoformat()
            case TodoColumn.WHEN:
                if item.done:
                    return self.tr("Done")
                return when_text(item.days_left(self._today()))
            case TodoColumn.KIND:
                return kind_label(item.kind)
            case TodoColumn.TITLE:
                return item.title
            case TodoColumn.MUNICIPALITY:
                return item.municipality_name
            case TodoColumn.OWNER:
                return item.owner
