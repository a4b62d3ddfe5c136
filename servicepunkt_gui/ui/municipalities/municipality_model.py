"""Item models for the master list: every municipality, and a filtering/sorting proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from servicepunkt_gui.core.municipalities import MunicipalityRow
from servicepunkt_gui.core.overview import NO_PLAN
from servicepunkt_gui.core.text import fold
from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.ui.common.labels import role_label, role_short_label, stage_label

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # share of actions done, or None
OVERDUE_COLOUR = QColor("#b00020")


class Column(IntEnum):
    MINE = 0
    NAME = 1
    COUNTY = 2
    ROLE = 3
    STAGE = 4
    PROGRESS = 5
    NOTES = 6


class MunicipalityTableModel(QAbstractTableModel):
    """Plain rows from ``core``; painting never touches the database."""

    def __init__(self, rows: list[MunicipalityRow] | None = None) -> None:
        super().__init__()
        self._rows: list[MunicipalityRow] = list(rows or [])
        self._row_of_code: dict[str, int] = {}
        self._reindex()

    def _reindex(self) -> None:
        self._row_of_code = {row.code: i for i, row in enumerate(self._rows)}

    def set_rows(self, rows: list[MunicipalityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def replace_row(self, updated: MunicipalityRow) -> None:
        row = self._row_of_code.get(updated.code)
        if row is None:
            return
        self._rows[row] = updated
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def row_for_code(self, code: str) -> int | None:
        return self._row_of_code.get(code)

    def municipality(self, row: int) -> MunicipalityRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.MINE: "",
                Column.NAME: self.tr("Municipality"),
                Column.COUNTY: self.tr("County"),
                Column.ROLE: self.tr("Role"),
                Column.STAGE: self.tr("Plan stage"),
                Column.PROGRESS: self.tr("Actions"),
                Column.NOTES: "✎",
            }.get(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.MINE: self.tr("Marked as one of my municipalities"),
                Column.PROGRESS: self.tr("Actions done in the current service plan"),
                Column.NOTES: self.tr("Number of notes"),
            }.get(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == CODE_ROLE:
            return item.code
        if role == SORT_ROLE:
            return self._sort_value(item, column)
        if role == PROGRESS_ROLE and column == Column.PROGRESS:
            return item.plan.progress if item.plan else None
        overdue = item.plan is not None and (
            item.plan.follow_up_overdue or item.plan.revision_overdue
        )
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STAGE and overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.MINE and item.is_mine:
                return self.tr("One of my municipalities")
            if column == Column.NAME:
                return f"{item.official_name} ({item.code})"
            if column == Column.COUNTY:
                return item.county_name
            if column == Column.ROLE:
                return role_label(item.role)
            if column in (Column.STAGE, Column.PROGRESS) and item.plan is not None:
                return self._plan_tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NOTES, Column.MINE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _plan_tooltip(self, item: MunicipalityRow) -> str:
        assert item.plan is not None
        lines = [
            self.tr("%1 of %2 actions done")
            .replace("%1", str(item.plan.actions_done))
            .replace("%2", str(item.plan.actions_total))
        ]
        if item.plan.follow_up_overdue:
            lines.append(self.tr("The follow-up is overdue."))
        if item.plan.revision_overdue:
            lines.append(self.tr("The plan should have been revised by now."))
        return "\n".join(lines)

    def _display(self, item: MunicipalityRow, column: Column) -> str:
        if column == Column.MINE:
            return "★" if item.is_mine else ""
        if column == Column.NAME:
            return item.name
        if column == Column.COUNTY:
            return item.county_short_name or item.county_name
        if column == Column.ROLE:
            return role_short_label(item.role)
        if column == Column.STAGE:
            if item.plan is None:
                return ""
            overdue = item.plan.follow_up_overdue or item.plan.revision_overdue
            return ("⚠ " if overdue else "") + stage_label(item.plan.stage)
        if column == Column.PROGRESS:
            if item.plan is None or not item.plan.actions_total:
                return ""
            return f"{item.plan.actions_done}/{item.plan.actions_total}"
        return str(item.note_count) if item.note_count else ""

    @staticmethod
    def _sort_value(item: MunicipalityRow, column: Column) -> Any:
        if column == Column.MINE:
            return 0 if item.is_mine else 1
        if column == Column.COUNTY:
            return item.county_code
        if column == Column.ROLE:
            return {"pilot": 0, "ambassador": 1}.get(item.role or "", 2)
        if column == Column.NOTES:
            return -item.note_count
        if column == Column.STAGE:
            return list(PlanStage).index(PlanStage(item.plan.stage)) if item.plan else -1
        if column == Column.PROGRESS:
            progress = item.plan.progress if item.plan else None
            return -1.0 if progress is None else progress
        return item.sort_key


class RoleFilter(IntEnum):
    ANY = 0
    PILOT = 1
    AMBASSADOR = 2
    ANY_PARTICIPANT = 3
    NONE = 4


class MunicipalityFilterModel(QSortFilterProxyModel):
    """Filters by search text, county, programme role and "mine"; keeps Swedish order."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self._county = ""
        self._role = RoleFilter.ANY
        self._only_mine = False
        self._mine_first = True
        self._stage: str | None = None  # a stage, NO_PLAN, or None for any
        self._follow_up_overdue_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def source(self) -> MunicipalityTableModel:
        model = self.sourceModel()
        assert isinstance(model, MunicipalityTableModel)
        return model

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = fold(text).strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_county(self, county_code: str) -> None:
        self.beginFilterChange()
        self._county = county_code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_role(self, role: RoleFilter) -> None:
        self.beginFilterChange()
        self._role = role
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_mine(self, only_mine: bool) -> None:
        self.beginFilterChange()
        self._only_mine = only_mine
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: str | None) -> None:
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_follow_up_overdue_only(self, only: bool) -> None:
        self.beginFilterChange()
        self._follow_up_overdue_only = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_mine_first(self, mine_first: bool) -> None:
        self._mine_first = mine_first
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        item = self.source().municipality(source_row)
        if self._only_mine and not item.is_mine:
            return False
        if self._county and item.county_code != self._county:
            return False
        if not self._role_matches(item.role):
            return False
        if self._stage is not None:
            stage = item.plan.stage if item.plan else NO_PLAN
            if stage != self._stage:
                return False
        if self._follow_up_overdue_only and not (item.plan and item.plan.follow_up_overdue):
            return False
        if self._query:
            name_key, code = item.search_keys
            return all(word in name_key or code.startswith(word) for word in self._query.split())
        return True

    def _role_matches(self, role: str | None) -> bool:
        return {
            RoleFilter.ANY: True,
            RoleFilter.PILOT: role == "pilot",
            RoleFilter.AMBASSADOR: role == "ambassador",
            RoleFilter.ANY_PARTICIPANT: role is not None,
            RoleFilter.NONE: role is None,
        }[self._role]

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.source()
        a = model.municipality(left.row())
        b = model.municipality(right.row())
        if self._mine_first and a.is_mine != b.is_mine:
            # Keep "mine" on top whichever way the column is sorted.
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return a.is_mine if ascending else b.is_mine
        # Straight from the rows: going through data() per comparison made re-sorting all
        # 290 rows (emptying the search field) a visible stall.
        column = Column(left.column())
        left_value = MunicipalityTableModel._sort_value(a, column)
        right_value = MunicipalityTableModel._sort_value(b, column)
        if left_value == right_value:
            return a.sort_key < b.sort_key
        return bool(left_value < right_value)
