"""The overview's table of each municipality's places, agreements and grants (plain rows).

Each figure's cell explains itself in its tooltip: the places by kind, the grants by type
with what was granted, and why grants are at risk. Painting never queries.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from servicepunkt_gui.core.grant_risk import (
    NO_ADOPTED_PLAN,
    NO_PLAN,
    REVISION_OVERDUE,
    REVISION_SOON,
)
from servicepunkt_gui.core.overview import RegisterFigures
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.grant_labels import grant_type_label
from servicepunkt_gui.ui.common.place_labels import place_kind_label
from servicepunkt_gui.ui.common.row_table_model import SORT_ROLE, RowTableModel
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING = "⚠"


class RegisterColumn(IntEnum):
    MUNICIPALITY = 0
    PLACES = 1
    AGREEMENTS = 2
    GRANTS = 3
    GRANTED = 4
    AT_RISK = 5


_NUMBERS = frozenset(RegisterColumn) - {RegisterColumn.MUNICIPALITY}


class RegisterModel(RowTableModel[RegisterFigures]):
    columns = tuple(RegisterColumn)
    right_aligned = _NUMBERS

    def figures(self, row: int) -> RegisterFigures:
        return self.row_at(row)

    def headers(self) -> list[str]:
        titles = {
            RegisterColumn.MUNICIPALITY: self.tr("Municipality"),
            RegisterColumn.PLACES: self.tr("Service places"),
            RegisterColumn.AGREEMENTS: self.tr("Agreements"),
            RegisterColumn.GRANTS: self.tr("Grants this year"),
            RegisterColumn.GRANTED: self.tr("Granted (kr)"),
            RegisterColumn.AT_RISK: self.tr("Grants at risk"),
        }
        return [titles[column] for column in RegisterColumn]

    def header_tooltips(self) -> list[str]:
        tips = {
            RegisterColumn.MUNICIPALITY: "",
            RegisterColumn.PLACES: self.tr("Places in the register, not in the trash"),
            RegisterColumn.AGREEMENTS: self.tr("Agreements running today"),
            RegisterColumn.GRANTS: self.tr("Grant cases covering this year"),
            RegisterColumn.GRANTED: self.tr("Granted in the grant cases covering this year"),
            RegisterColumn.AT_RISK: self.tr(
                "Open grant cases that need a plan, while the plan is missing, "
                "not adopted, past its revision date or to be revised within 90 days"
            ),
        }
        return [tips[column] for column in RegisterColumn]

    def display(self, row: RegisterFigures, column: int) -> str:
        return self._display(row, RegisterColumn(column))

    def tooltip(self, row: RegisterFigures, column: int) -> str:
        return self._tooltip(row, RegisterColumn(column))

    def sort_key(self, row: RegisterFigures, column: int) -> Any:
        if column == RegisterColumn.MUNICIPALITY:
            return swedish_sort_key(row.name)
        return _number(row, RegisterColumn(column))

    def cell_data(self, row: RegisterFigures, column: int, role: int) -> Any:
        if role == CODE_ROLE:
            return row.code
        if role == EXPORT_ROLE:
            if column == RegisterColumn.MUNICIPALITY:
                return row.name
            return _number(row, RegisterColumn(column))
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
        if row.plan_risk == NO_PLAN:
            return self.tr("The municipality has no current plan.")
        if row.plan_risk == NO_ADOPTED_PLAN:
            return self.tr("The current plan is not adopted yet.")
        if row.revise_by is None:
            return ""
        if row.plan_risk == REVISION_OVERDUE:
            return self.tr("The plan was to be revised by %1.").replace(
                "%1", row.revise_by.isoformat()
            )
        if row.plan_risk == REVISION_SOON:
            return self.tr("The plan is to be revised by %1.").replace(
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
