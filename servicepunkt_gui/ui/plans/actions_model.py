"""Table model of a plan's actions, edited in place, and its filtering proxy."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from servicepunkt_gui.core.actions import ActionInput, ActionRow, GoalRow, action_problems
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.validation import parse_date
from servicepunkt_gui.core.vocabulary import ActionStatus, FinancingSource
from servicepunkt_gui.ui.common.choice_delegate import CHOICES_ROLE
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.labels import action_status_label, financing_label, problem_text
from servicepunkt_gui.ui.common.plain_text import plain_tooltip

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
# How deep each choice of CHOICES_ROLE sits (a sub-goal under its goal), for the goal column.
CHOICE_DEPTHS_ROLE = Qt.ItemDataRole.UserRole + 4

# Saves an edited action and returns it as stored, or None when the storage failed (the
# write path has said why); raises ValidationError if core refuses the values.
ActionSaver = Callable[[str, ActionInput], ActionRow | None]


class ActionColumn(IntEnum):
    # The status beside the deadline, within the first 700 px: at 1366 px the window's
    # detail side shows about that much of the table without scrolling.
    TITLE = 0
    RESPONSIBLE = 1
    DEADLINE = 2
    STATUS = 3
    COST = 4
    FINANCING = 5
    GOAL = 6
    DESCRIPTION = 7


class ActionsTableModel(QAbstractTableModel):
    """Every edit is saved at once through ``saver``; a refused edit emits ``edit_refused``."""

    edit_refused = Signal(str)
    edit_accepted = Signal()  # an edit was saved, or left the action as it was

    def __init__(self, saver: ActionSaver, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._saver = saver
        self._today = today
        self._rows: list[ActionRow] = []
        self._goals: list[GoalRow] = []

    def set_actions(self, rows: list[ActionRow], goals: list[GoalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._goals = list(goals)
        self.endResetModel()

    def action(self, row: int) -> ActionRow:
        return self._rows[row]

    def actions(self) -> list[ActionRow]:
        return list(self._rows)

    def goals(self) -> list[GoalRow]:
        return list(self._goals)

    def row_of(self, action_id: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ActionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ActionColumn.TITLE: self.tr("Action"),
            ActionColumn.RESPONSIBLE: self.tr("Responsible"),
            ActionColumn.DEADLINE: self.tr("Deadline"),
            ActionColumn.COST: self.tr("Cost (SEK)"),
            ActionColumn.FINANCING: self.tr("Financing"),
            ActionColumn.STATUS: self.tr("Status"),
            ActionColumn.GOAL: self.tr("Goal"),
            ActionColumn.DESCRIPTION: self.tr("Description"),
        }[ActionColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = ActionColumn(index.column())
        values = action.values
        delayed = action.is_delayed(self._today())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(values, column, delayed)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(values, column)
        if role == ACTION_ID_ROLE:
            return action.id
        if role == CHOICES_ROLE:
            return self._choices(column)
        if role == CHOICE_DEPTHS_ROLE and column == ActionColumn.GOAL:
            return [0] + [depth for _goal, depth in self.goal_tree()]
        if role == SORT_ROLE:
            return self._sort_value(values, column, delayed)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and delayed
            and column
            in (
                ActionColumn.STATUS,
                ActionColumn.DEADLINE,
            )
        ):
            return QBrush(danger_text())  # the palette in force now
        if role == Qt.ItemDataRole.ToolTipRole:
            if delayed and column == ActionColumn.STATUS:
                return self.tr("The deadline has passed and the action is not done.")
            if column in (ActionColumn.TITLE, ActionColumn.DESCRIPTION) and values.description:
                return plain_tooltip(values.description)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ActionColumn.COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, values: ActionInput, column: ActionColumn, delayed: bool) -> str:
        if column == ActionColumn.TITLE:
            return values.title
        if column == ActionColumn.RESPONSIBLE:
            return values.responsible
        if column == ActionColumn.DEADLINE:
            return values.deadline.isoformat() if values.deadline else ""
        if column == ActionColumn.COST:
            return QLocale().toString(values.cost_sek) if values.cost_sek is not None else ""
        if column == ActionColumn.FINANCING:
            return financing_label(values.financing)
        if column == ActionColumn.STATUS:
            return action_status_label(values.status, delayed)
        if column == ActionColumn.GOAL:
            return next((g.title for g in self._goals if g.id == values.goal_id), "")
        return values.description.replace("\n", " ")

    @staticmethod
    def _edit_value(values: ActionInput, column: ActionColumn) -> Any:
        return {
            ActionColumn.TITLE: values.title,
            ActionColumn.RESPONSIBLE: values.responsible,
            ActionColumn.DEADLINE: values.deadline.isoformat() if values.deadline else "",
            ActionColumn.COST: "" if values.cost_sek is None else str(values.cost_sek),
            ActionColumn.FINANCING: values.financing,
            ActionColumn.STATUS: values.status,
            ActionColumn.GOAL: values.goal_id,
            ActionColumn.DESCRIPTION: values.description,
        }[column]

    def _choices(self, column: ActionColumn) -> list[tuple[str, Any]] | None:
        if column == ActionColumn.STATUS:
            return [(action_status_label(s), s) for s in ActionStatus]
        if column == ActionColumn.FINANCING:
            return [(financing_label(f), f) for f in ("", *FinancingSource)]
        if column == ActionColumn.GOAL:
            return [("", None)] + [(goal.title, goal.id) for goal, _depth in self.goal_tree()]
        return None

    def goal_tree(self) -> list[tuple[GoalRow, int]]:
        """The goals with their depth, each followed by its sub-goals (as the goals tab)."""
        known = {goal.id for goal in self._goals}
        children: dict[str | None, list[GoalRow]] = {}
        for goal in self._goals:  # in their order
            parent = goal.parent_id if goal.parent_id in known else None
            children.setdefault(parent, []).append(goal)
        tree: list[tuple[GoalRow, int]] = []
        placed: set[str] = set()

        def add(parent: str | None, depth: int) -> None:
            for goal in children.get(parent, []):
                if goal.id not in placed:  # a damaged file's loop is shown once
                    placed.add(goal.id)
                    tree.append((goal, depth))
                    add(goal.id, depth + 1)

        add(None, 0)
        return tree

    @staticmethod
    def _sort_value(values: ActionInput, column: ActionColumn, delayed: bool) -> Any:
        if column == ActionColumn.DEADLINE:
            return values.deadline.isoformat() if values.deadline else "9999"
        if column == ActionColumn.COST:
            return values.cost_sek if values.cost_sek is not None else -1
        if column == ActionColumn.STATUS:
            return -1 if delayed else list(ActionStatus).index(ActionStatus(values.status))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        action = self._rows[index.row()]
        column = ActionColumn(index.column())
        changed = self._changed_values(action.values, column, value)
        if changed is None:
            return False
        if changed == action.values:
            self.edit_accepted.emit()
            return True
        problems = action_problems(changed)
        if problems:
            self.edit_refused.emit(problem_text(next(iter(problems.values()))))
            return False
        try:
            saved = self._saver(action.id, changed)
        except ValidationError as error:
            self.edit_refused.emit(problem_text(error.reason))
            return False
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.edit_accepted.emit()
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), len(ActionColumn) - 1)
        )
        return True

    def _changed_values(
        self, values: ActionInput, column: ActionColumn, value: Any
    ) -> ActionInput | None:
        if column == ActionColumn.DEADLINE:
            try:
                return replace(values, deadline=parse_date(str(value or "")))
            except ValueError as error:
                reason = "date_format" if str(error) == "format" else "date_missing_day"
                self.edit_refused.emit(problem_text(reason))
                return None
        if column == ActionColumn.COST:
            text = str(value or "").replace(" ", "").replace("\u00a0", "").replace("kr", "")
            if not text:
                return replace(values, cost_sek=None)
            try:
                return replace(values, cost_sek=int(text))
            except ValueError:
                self.edit_refused.emit(problem_text("not_a_number"))
                return None
        text = str(value or "")
        if column == ActionColumn.GOAL:
            return replace(values, goal_id=text or None)
        if column == ActionColumn.TITLE:
            return replace(values, title=text)
        if column == ActionColumn.RESPONSIBLE:
            return replace(values, responsible=text)
        if column == ActionColumn.FINANCING:
            return replace(values, financing=text)
        if column == ActionColumn.STATUS:
            return replace(values, status=text)
        return replace(values, description=text)


class StatusFilter(IntEnum):
    ANY = -1
    DELAYED = -2


class ActionsFilterModel(QSortFilterProxyModel):
    """Filters by status (or "delayed") and by who is responsible; sorts naturally."""

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._today = today
        self._status: str | None = None
        self._delayed_only = False
        self._responsible: str | None = None
        self.setSortRole(SORT_ROLE)

    def source(self) -> ActionsTableModel:
        model = self.sourceModel()
        assert isinstance(model, ActionsTableModel)
        return model

    def set_status(self, status: str | None, delayed_only: bool = False) -> None:
        self.beginFilterChange()
        self._status = status
        self._delayed_only = delayed_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_responsible(self, responsible: str | None) -> None:
        self.beginFilterChange()
        self._responsible = responsible
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        action = self.source().action(source_row)
        if self._delayed_only and not action.is_delayed(self._today()):
            return False
        if self._status is not None and action.values.status != self._status:
            return False
        return self._responsible is None or action.values.responsible == self._responsible

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return swedish_sort_key(str(left.data())) < swedish_sort_key(str(right.data()))
        return bool(a < b)
