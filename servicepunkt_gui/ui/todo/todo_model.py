"""The Att göra table: plain rows (``core.todo.TodoItem``), painted without a query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from servicepunkt_gui.core.todo import TodoItem
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.qt_dates import qdate
from servicepunkt_gui.ui.common.row_table_model import RowTableModel
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.todo.todo_messages import kind_label, when_text

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TodoColumn(IntEnum):
    DATE = 0
    WHEN = 1
    KIND = 2
    TITLE = 3
    MUNICIPALITY = 4
    OWNER = 5


class TodoModel(RowTableModel[TodoItem]):
    columns = tuple(TodoColumn)

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._today = today

    def set_items(self, rows: list[TodoItem]) -> None:
        self.set_rows(rows)

    def items(self) -> list[TodoItem]:
        return self.rows()

    def item(self, row: int) -> TodoItem:
        return self.row_at(row)

    def row_of(self, key: str) -> int | None:
        return self.find_row(lambda item: item.key == key)

    def headers(self) -> list[str]:
        titles = {
            TodoColumn.DATE: self.tr("Date"),
            TodoColumn.WHEN: self.tr("When"),
            TodoColumn.KIND: self.tr("What"),
            TodoColumn.TITLE: self.tr("Concerns"),
            TodoColumn.MUNICIPALITY: self.tr("Municipality"),
            TodoColumn.OWNER: self.tr("Responsible"),
        }
        return [titles[column] for column in TodoColumn]

    def display(self, row: TodoItem, column: int) -> str:
        return self._display(row, TodoColumn(column))

    def tooltip(self, row: TodoItem, column: int) -> str:
        if column == TodoColumn.TITLE:
            return "\n".join(t for t in (row.title, row.detail) if t)
        return ""

    def cell_data(self, row: TodoItem, column: int, role: int) -> Any:
        if role == EXPORT_ROLE and column == TodoColumn.DATE:
            return row.due
        if role == KEY_ROLE:
            return row.key
        overdue = not row.done and row.days_left(self._today()) < 0
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column <= TodoColumn.WHEN:
            return danger_text()
        if role == Qt.ItemDataRole.FontRole and row.done:
            font = QFont()
            font.setStrikeOut(True)  # done rows, shown on request, are struck through
            return font
        if role == Qt.ItemDataRole.EditRole and column == TodoColumn.DATE:
            return qdate(row.due)
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
