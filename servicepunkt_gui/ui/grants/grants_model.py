"""Table model of a municipality's grant cases: plain rows, so painting never queries."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QStyle

from servicepunkt_gui.core.grant_risk import REVISION_SOON
from servicepunkt_gui.core.grants import GrantRow
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.grant_labels import grant_status_label, grant_type_label
from servicepunkt_gui.ui.common.row_table_model import RowTableModel
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.grants.grant_labels import kronor, risk_explanation, risk_label

GRANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GrantColumn(IntEnum):
    # The status and the warning within the first 700 px: at 1366 px the detail side shows
    # about that much of the table without scrolling, and the warning must be seen.
    TYPE = 0
    APPLICANT = 1
    PERIOD = 2
    STATUS = 3
    WARNING = 4
    DEADLINE = 5
    APPLIED = 6
    GRANTED = 7
    PAID = 8


_AMOUNTS = {
    GrantColumn.APPLIED: "applied_sek",
    GrantColumn.GRANTED: "granted_sek",
    GrantColumn.PAID: "paid_sek",
}


def period_text(row: GrantRow) -> str:
    if row.first_year == row.last_year:
        return str(row.first_year)
    return f"{row.first_year}–{row.last_year}"


class GrantsTableModel(RowTableModel[GrantRow]):
    columns = tuple(GrantColumn)
    right_aligned = frozenset(_AMOUNTS)

    def set_grants(self, rows: list[GrantRow]) -> None:
        self.set_rows(rows)

    def grants(self) -> list[GrantRow]:
        return self.rows()

    def grant(self, row: int) -> GrantRow:
        return self.row_at(row)

    def row_of(self, grant_id: str) -> int | None:
        return self.find_row(lambda grant: grant.id == grant_id)

    def headers(self) -> list[str]:
        titles = {
            GrantColumn.TYPE: self.tr("Type"),
            GrantColumn.APPLICANT: self.tr("Applicant"),
            GrantColumn.PERIOD: self.tr("Period"),
            GrantColumn.DEADLINE: self.tr("Application deadline"),
            GrantColumn.APPLIED: self.tr("Applied for (SEK)"),
            GrantColumn.GRANTED: self.tr("Granted (SEK)"),
            GrantColumn.PAID: self.tr("Paid (SEK)"),
            GrantColumn.STATUS: self.tr("Status"),
            GrantColumn.WARNING: self.tr("Plan"),
        }
        return [titles[column] for column in GrantColumn]

    def tooltip(self, row: GrantRow, column: int) -> str:
        if column == GrantColumn.WARNING:
            return risk_explanation(row.plan_risk)
        return row.title if column == GrantColumn.TYPE else ""

    def cell_data(self, row: GrantRow, column: int, role: int) -> Any:
        if role == GRANT_ID_ROLE:
            return row.id
        if role == EXPORT_ROLE:
            if column in _AMOUNTS:
                return getattr(row, _AMOUNTS[GrantColumn(column)])
            if column == GrantColumn.DEADLINE:
                return row.deadline
            return None
        if column == GrantColumn.WARNING and row.plan_risk is not None:
            return self._warning(row, role)
        return None

    def display(self, row: GrantRow, column: int) -> str:
        return self._display(row, GrantColumn(column))

    @staticmethod
    def _warning(grant: GrantRow, role: int) -> Any:
        # Words and an icon, the colour only besides: a warning is never colour alone.
        if role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            kind = QStyle.StandardPixmap.SP_MessageBoxWarning
            if grant.plan_risk == REVISION_SOON:
                kind = QStyle.StandardPixmap.SP_MessageBoxInformation
            return style.standardIcon(kind)
        if role == Qt.ItemDataRole.ForegroundRole and grant.plan_risk != REVISION_SOON:
            return QBrush(danger_text())
        return None

    @staticmethod
    def _display(grant: GrantRow, column: GrantColumn) -> str:
        if column == GrantColumn.TYPE:
            return grant_type_label(grant.grant_type)
        if column == GrantColumn.APPLICANT:
            return grant.applicant_name
        if column == GrantColumn.PERIOD:
            return period_text(grant)
        if column == GrantColumn.DEADLINE:
            return grant.deadline.isoformat() if grant.deadline else ""
        if column in _AMOUNTS:
            return kronor(getattr(grant, _AMOUNTS[column]))
        if column == GrantColumn.STATUS:
            return grant_status_label(grant.status)
        return risk_label(grant.plan_risk)
