"""Table model of a municipality's grant cases: plain rows, so painting never queries."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QStyle

from servicepunkt_gui.core.grant_risk import REVISION_SOON
from servicepunkt_gui.core.grants import GrantRow
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.grants.grant_labels import (
    grant_status_label,
    grant_type_label,
    kronor,
    risk_explanation,
    risk_label,
)

Index = QModelIndex | QPersistentModelIndex
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


class GrantsTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[GrantRow] = []

    def set_grants(self, rows: list[GrantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def grants(self) -> list[GrantRow]:
        return list(self._rows)

    def grant(self, row: int) -> GrantRow:
        return self._rows[row]

    def row_of(self, grant_id: str) -> int | None:
        return next((i for i, g in enumerate(self._rows) if g.id == grant_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GrantColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            GrantColumn.TYPE: self.tr("Type"),
            GrantColumn.APPLICANT: self.tr("Applicant"),
            GrantColumn.PERIOD: self.tr("Period"),
            GrantColumn.DEADLINE: self.tr("Application deadline"),
            GrantColumn.APPLIED: self.tr("Applied for (SEK)"),
            GrantColumn.GRANTED: self.tr("Granted (SEK)"),
            GrantColumn.PAID: self.tr("Paid (SEK)"),
            GrantColumn.STATUS: self.tr("Status"),
            GrantColumn.WARNING: self.tr("Plan"),
        }[GrantColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        grant = self._rows[index.row()]
        column = GrantColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(grant, column)
        if role == GRANT_ID_ROLE:
            return grant.id
        if role == EXPORT_ROLE:
            if column in _AMOUNTS:
                return getattr(grant, _AMOUNTS[column])
            if column == GrantColumn.DEADLINE:
                return grant.deadline
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _AMOUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == GrantColumn.WARNING and grant.plan_risk is not None:
            return self._warning(grant, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == GrantColumn.TYPE and grant.title:
            return plain_tooltip(grant.title)
        return None

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
        if role == Qt.ItemDataRole.ToolTipRole:
            return risk_explanation(grant.plan_risk)
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
