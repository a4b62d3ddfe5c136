"""The overview's table of each municipality's places, agreements and grants (plain rows).

Each figure's cell explains itself in its tooltip: the places by kind, the grants by type
with what was granted, and why grants are at risk. Painting never queries.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from servicepunkt_gui.core.overview import (
    PLAN_MISSING,
    PLAN_NOT_ADOPTED,
    REVISION_PASSED,
    RegisterFigures,
)
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.place_labels import place_kind_label
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.overview.grant_words import grant_type_label

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING = "⚠"


class RegisterColumn(IntEnum):
    MUNICIPALITY = 0
    PLACES = 1
    AGREEMENTS = 2
    GRANTS = 3
    GRANTED = 4
    AT_RISK = 5


_NUMBERS = frozenset(RegisterColumn) - {RegisterColumn.MUNICIPALITY}


class RegisterModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RegisterFigures] = []

    def set_rows(self, rows: list[RegisterFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def figures(self, row: int) -> RegisterFigures:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RegisterColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RegisterColumn.MUNICIPALITY: self.tr("Municipality"),
                RegisterColumn.PLACES: self.tr("Service places"),
                RegisterColumn.AGREEMENTS: self.tr("Agreements"),
                RegisterColumn.GRANTS: self.tr("Grants this year"),
                RegisterColumn.GRANTED: self.tr("Granted (kr)"),
                RegisterColumn.AT_RISK: self.tr("Grants at risk"),
            }[RegisterColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                RegisterColumn.MUNICIPALITY: "",
                RegisterColumn.PLACES: self.tr("Places in the register, not in the trash"),
                RegisterColumn.AGREEMENTS: self.tr("Agreements running today"),
                RegisterColumn.GRANTS: self.tr("Grant cases covering this year"),
                RegisterColumn.GRANTED: self.tr("Granted in the grant cases covering this year"),
                RegisterColumn.AT_RISK: self.tr(
                    "Open grant cases that need a plan, while the plan is missing, "
                    "not adopted or past its revision date"
                ),
            }[RegisterColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = RegisterColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CODE_ROLE:
            return row.code
        if role in (SORT_ROLE, EXPORT_ROLE):
            if column == RegisterColumn.MUNICIPALITY:
                return swedish_sort_key(row.name) if role == SORT_ROLE else row.name
            return _number(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == RegisterColumn.AT_RISK
            and row.grants_at_risk
        ):
            return QBrush(danger_text())
        return None

    def _display(self, row: RegisterFigures, column: RegisterColumn) -> str:
        if column == RegisterColumn.MUNICIPALITY:
            return row.name
        value = _number(row, column)
        text = QLocale().toString(value)
        if column == RegisterColumn.AT_RISK and value:
            return f"{WARNING} {text}"  # not by colour alone
        return text

    def _tooltip(self, row: RegisterFigures, column: RegisterColumn) -> str:
        locale = QLocale()
        if column == RegisterColumn.PLACES:
            return "\n".join(
                f"{place_kind_label(kind)}: {locale.toString(count)}"
                for kind, count in row.places.items()
            )
        if column in (RegisterColumn.GRANTS, RegisterColumn.GRANTED):
            return "\n".join(
                self.tr("%1: %n case(s), %2 kr granted", "", figures.count)
                .replace("%1", grant_type_label(grant_type))
                .replace("%2", locale.toString(figures.granted_sek))
                for grant_type, figures in row.grants.items()
            )
        if column == RegisterColumn.AT_RISK and row.grants_at_risk:
            return (
                self.tr("%n open grant case(s) that need a plan.", "", row.grants_at_risk)
                + "\n"
                + self.risk_text(row)
            )
        return ""

    def risk_text(self, row: RegisterFigures) -> str:
        """Why this municipality's grants that need a plan are at risk ("" if they are not)."""
        if row.plan_risk == PLAN_MISSING:
            return self.tr("The municipality has no current plan.")
        if row.plan_risk == PLAN_NOT_ADOPTED:
            return self.tr("The current plan is not adopted yet.")
        if row.plan_risk == REVISION_PASSED and row.revise_by is not None:
            return self.tr("The plan was to be revised by %1.").replace(
                "%1", row.revise_by.isoformat()
            )
        return ""


def _number(row: RegisterFigures, column: RegisterColumn) -> int:
    return {
        RegisterColumn.PLACES: row.place_count,
        RegisterColumn.AGREEMENTS: row.agreements_running,
        RegisterColumn.GRANTS: row.grant_count,
        RegisterColumn.GRANTED: row.granted_sek,
        RegisterColumn.AT_RISK: row.grants_at_risk,
    }[column]


class RegisterFilter(QSortFilterProxyModel):
    """Only my municipalities, only those with grants at risk; sorts numbers as numbers."""

    def __init__(self) -> None:
        super().__init__()
        self._mine_only = False
        self._at_risk_only = False
        self.setSortRole(SORT_ROLE)

    def source(self) -> RegisterModel:
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        return model

    def set_filters(self, mine_only: bool, at_risk_only: bool) -> None:
        self.beginFilterChange()
        self._mine_only = mine_only
        self._at_risk_only = at_risk_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.source().figures(source_row)
        if self._mine_only and not row.mine:
            return False
        return not self._at_risk_only or row.grants_at_risk > 0
