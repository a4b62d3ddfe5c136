"""Item models for the master list: every municipality in list order, and a filtering proxy.

The rows are kept sorted in the source model (Swedish order by name, or by any column either
way, "mine" first if asked): sorting 290 rows once in Python when the order changes is cheap,
while a sorting proxy compares through Python every time a filter lets rows back in. The
proxy only filters. The source model keeps what each cell shows in Qt's own items, so
painting the list never calls into Python.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from servicepunkt_gui.core.rows import MunicipalityRow
from servicepunkt_gui.core.text import fold
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.labels import role_label, role_short_label, stage_label

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # share of actions done, or None
# The row's place in the list order; only for handing that order to Qt's sort.
_RANK_ROLE = Qt.ItemDataRole.UserRole + 4
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_CENTRED = Qt.AlignmentFlag.AlignCenter
_STAGES = list(PlanStage)


def note_count_text(count: int) -> str:
    """A note count as the list shows it: "12 345" in Swedish, "" for none."""
    return QLocale().toString(count) if count else ""


class Column(IntEnum):
    MINE = 0
    NAME = 1
    COUNTY = 2
    ROLE = 3
    STAGE = 4
    PROGRESS = 5
    NOTES = 6


class MunicipalityTableModel(QStandardItemModel):
    """Plain rows from ``core`` in list order; painting never touches the database or Python.

    ``sort(column, order)`` and ``set_mine_first`` change the order; a row replaced with
    :meth:`replace_row` moves to its place if its new values call for it.
    """

    def __init__(self, rows: list[MunicipalityRow] | None = None) -> None:
        super().__init__(0, len(Column))
        self._rows: list[MunicipalityRow] = []
        self._row_of_code: dict[str, int] = {}
        self._sort_column = Column.NAME
        self._descending = False
        self._mine_first = True
        self._labels: dict[tuple[Callable[[Any], str], str | None], str] = {}
        self._overdue_brush = QBrush(danger_text())
        # Cells are made by Qt from this prototype: selectable, not editable.
        self._prototype = QStandardItem()
        self._prototype.setFlags(_CELL_FLAGS)
        self.setItemPrototype(self._prototype)
        self.setSortRole(_RANK_ROLE)
        self._set_headers()
        if rows:
            self.set_rows(rows)

    def _set_headers(self) -> None:
        labels = {
            Column.MINE: "",
            Column.NAME: self.tr("Municipality"),
            Column.COUNTY: self.tr("County"),
            Column.ROLE: self.tr("Role"),
            Column.STAGE: self.tr("Plan stage"),
            Column.PROGRESS: self.tr("Actions"),
            Column.NOTES: "✎",
        }
        tips = {
            Column.MINE: self.tr("Marked as one of my municipalities"),
            Column.PROGRESS: self.tr("Actions done in the current service plan"),
            Column.NOTES: self.tr("Number of notes"),
        }
        horizontal = Qt.Orientation.Horizontal
        for column in Column:
            self.setHeaderData(column, horizontal, labels[column], _DISPLAY)
            if column in tips:
                self.setHeaderData(column, horizontal, tips[column], _TOOLTIP)

    def _reindex(self) -> None:
        self._row_of_code = {row.code: i for i, row in enumerate(self._rows)}

    # -- rows ------------------------------------------------------------------------

    def set_rows(self, rows: list[MunicipalityRow]) -> None:
        ordered = self._ordered(rows)
        self._overdue_brush = QBrush(danger_text())
        self.beginResetModel()
        # Qt's own row and data signals inside a reset would reach the views in the middle
        # of it; the reset tells them everything at once.
        blocked = self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self.insertRows(0, len(ordered))
            for row, item in enumerate(ordered):
                for column, roles in enumerate(self._cells(item)):
                    self.setItemData(self.index(row, column), roles)
        finally:
            self.blockSignals(blocked)
        self._rows = ordered
        self._reindex()
        self.endResetModel()

    def replace_row(self, updated: MunicipalityRow) -> None:
        row = self._row_of_code.get(updated.code)
        if row is None:
            return
        self._rows[row] = updated
        # One dataChanged for the row instead of one per cell: the list repaints that row.
        blocked = self.blockSignals(True)
        try:
            for column, roles in enumerate(self._cells(updated)):
                self.setItemData(self.index(row, column), roles)
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if not self._in_place(row):
            self._reorder()

    def recolour(self) -> None:
        """Take the overdue colour from the palette now in force (after a scheme change)."""
        brush = QBrush(danger_text())
        if brush == self._overdue_brush:
            return
        self._overdue_brush = brush
        blocked = self.blockSignals(True)
        try:
            for row in range(len(self._rows)):
                if self.index(row, Column.STAGE).data(_FOREGROUND) is not None:
                    self.setData(self.index(row, Column.STAGE), brush, _FOREGROUND)
        finally:
            self.blockSignals(blocked)
        if self._rows:
            last = self.index(len(self._rows) - 1, Column.STAGE)
            self.dataChanged.emit(self.index(0, Column.STAGE), last, [_FOREGROUND])

    def row_for_code(self, code: str) -> int | None:
        return self._row_of_code.get(code)

    def municipality(self, row: int) -> MunicipalityRow:
        return self._rows[row]

    def _cells(self, item: MunicipalityRow) -> list[dict[int, Any]]:
        """Every role of the seven cells of a row; None removes a role a cell had before.

        Set through ``setItemData``, one call per cell that returns a value: under PySide6
        6.12.0 with Python 3.11 every call of a Qt method returning nothing loses a reference
        to None (a PySide bug), and 290 rows set role by role would lose thousands.
        """
        plan = item.plan
        overdue = plan is not None and (plan.follow_up_overdue or plan.revision_overdue)
        plan_tip = self._plan_tooltip(item) if plan is not None else None
        code = item.code
        cells: list[dict[int, Any]] = [
            {_DISPLAY: text, _TOOLTIP: None, CODE_ROLE: code} for text in self._texts(item)
        ]
        mine, name, county, role, stage, progress, notes = cells
        mine[_TOOLTIP] = self.tr("One of my municipalities") if item.is_mine else None
        mine[_ALIGNMENT] = notes[_ALIGNMENT] = _CENTRED
        name[_TOOLTIP] = f"{item.official_name} ({item.code})"
        county[_TOOLTIP] = item.county_name
        role[_TOOLTIP] = role_label(item.role)
        stage[_TOOLTIP] = progress[_TOOLTIP] = plan_tip
        stage[_FOREGROUND] = self._overdue_brush if overdue else None
        progress[PROGRESS_ROLE] = plan.progress if plan is not None else None
        return cells

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

    def _texts(self, item: MunicipalityRow) -> tuple[str, ...]:
        """What the seven cells of a row show, in column order."""
        plan = item.plan
        if plan is None:
            stage = progress = ""
        else:
            overdue = plan.follow_up_overdue or plan.revision_overdue
            stage = ("⚠ " if overdue else "") + self._label(stage_label, plan.stage)
            progress = f"{plan.actions_done}/{plan.actions_total}" if plan.actions_total else ""
        return (
            "★" if item.is_mine else "",
            item.name,
            item.county_short_name or item.county_name,
            self._label(role_short_label, item.role),
            stage,
            progress,
            note_count_text(item.note_count),
        )

    def _label(self, translate: Callable[[Any], str], code: str | None) -> str:
        """A translated label, looked up once per model (290 rows share a dozen)."""
        key = (translate, code)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = translate(code)
        return label

    # -- order ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (Swedish order by name among equals)."""
        self._sort_column = Column(column) if 0 <= column < len(Column) else Column.NAME
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reorder()

    def set_mine_first(self, mine_first: bool) -> None:
        """Keep "my municipalities" on top whichever way the list is sorted."""
        if mine_first != self._mine_first:
            self._mine_first = mine_first
            self._reorder()

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
            return _STAGES.index(PlanStage(item.plan.stage)) if item.plan else -1
        if column == Column.PROGRESS:
            progress = item.plan.progress if item.plan else None
            return -1.0 if progress is None else progress
        return item.sort_key

    def _key(self, item: MunicipalityRow) -> tuple[Any, str]:
        return self._sort_value(item, self._sort_column), item.sort_key

    def _ordered(self, rows: list[MunicipalityRow]) -> list[MunicipalityRow]:
        """``rows`` in list order (a stable sort: equal rows keep their order)."""
        ordered = sorted(rows, key=self._key, reverse=self._descending)
        if self._mine_first:
            ordered.sort(key=lambda item: not item.is_mine)
        return ordered

    def _before(self, a: MunicipalityRow, b: MunicipalityRow) -> bool:
        """Whether ``a`` belongs strictly before ``b`` (as :meth:`_ordered` puts them)."""
        if self._mine_first and a.is_mine != b.is_mine:
            return a.is_mine
        return self._key(a) > self._key(b) if self._descending else self._key(a) < self._key(b)

    def _in_place(self, row: int) -> bool:
        item = self._rows[row]
        if row > 0 and self._before(item, self._rows[row - 1]):
            return False
        return not (row + 1 < len(self._rows) and self._before(self._rows[row + 1], item))

    def _reorder(self) -> None:
        """Put the rows in list order; views keep their selection (a layout change)."""
        ordered = self._ordered(self._rows)
        if [item.code for item in ordered] == [item.code for item in self._rows]:
            return
        # Qt's sort moves the cells and every persistent index; it is handed the new order as
        # a rank in column 0, set quietly (nobody shows it).
        rank = {item.code: place for place, item in enumerate(ordered)}
        blocked = self.blockSignals(True)
        try:
            for row, item in enumerate(self._rows):
                self.setData(self.index(row, 0), rank[item.code], _RANK_ROLE)
        finally:
            self.blockSignals(blocked)
        super().sort(0, Qt.SortOrder.AscendingOrder)
        self._rows = ordered
        self._reindex()


class RoleFilter(IntEnum):
    ANY = 0
    PILOT = 1
    AMBASSADOR = 2
    ANY_PARTICIPANT = 3
    NONE = 4


class MunicipalityFilterModel(QSortFilterProxyModel):
    """Filters by search text, county, programme role, plan stage and "mine".

    It does not sort: the source model keeps its rows in list order, so the proxy shows
    them as they are. ``sort`` (a click on a column header) and ``set_mine_first`` go to
    the source model.
    """

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self._county = ""
        self._role = RoleFilter.ANY
        self._only_mine = False
        self._stage: str | None = None  # a stage, NO_PLAN, or None for any
        self._follow_up_overdue_only = False
        # A changed row is filtered again (e.g. unmarked while "only mine" is on).
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def set_mine_first(self, mine_first: bool) -> None:
        self.source().set_mine_first(mine_first)

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
