"""Table model of a place's agreements: period, tasks, yearly fee, next payment, case number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from servicepunkt_gui.core.agreements import AgreementRow
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.places.agreement_messages import kronor, tasks_text

Index = QModelIndex | QPersistentModelIndex
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENDS_SOON_ROLE = Qt.ItemDataRole.UserRole + 2  # True: ends within 90 days
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # True: a due date has passed unpaid


class AgreementColumn(IntEnum):
    PERIOD = 0
    TASKS = 1
    YEARLY_FEE = 2
    NEXT_PAYMENT = 3
    CASE_NUMBER = 4


class AgreementsModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today
        self._rows: list[AgreementRow] = []

    def set_agreements(self, rows: list[AgreementRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def agreement(self, row: int) -> AgreementRow:
        return self._rows[row]

    def row_of(self, agreement_id: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AgreementColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            AgreementColumn.PERIOD: self.tr("Period"),
            AgreementColumn.TASKS: self.tr("Tasks"),
            AgreementColumn.YEARLY_FEE: self.tr("Yearly fee"),
            AgreementColumn.NEXT_PAYMENT: self.tr("Next payment"),
            AgreementColumn.CASE_NUMBER: self.tr("Case number"),
        }[AgreementColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement = self._rows[index.row()]
        column = AgreementColumn(index.column())
        today = self._today()
        ends_soon = agreement.ends_soon(today)
        overdue = agreement.next_due is not None and agreement.next_due < today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agreement, column, today)
        if role == AGREEMENT_ID_ROLE:
            return agreement.id
        if role == ENDS_SOON_ROLE:
            return ends_soon
        if role == OVERDUE_ROLE:
            return overdue
        if role == EXPORT_ROLE:
            return self._export(agreement, column)
        marked = (column == AgreementColumn.PERIOD and ends_soon) or (
            column == AgreementColumn.NEXT_PAYMENT and overdue
        )
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(danger_text())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AgreementColumn.TASKS:
                return plain_tooltip(tasks_text(agreement.tasks, agreement.other_task))
            if column == AgreementColumn.PERIOD and agreement.extension_terms:
                return plain_tooltip(agreement.extension_terms)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AgreementColumn.YEARLY_FEE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, agreement: AgreementRow, column: AgreementColumn, today: dt.date) -> str:
        if column == AgreementColumn.PERIOD:
            return self.period_text(agreement, today)
        if column == AgreementColumn.TASKS:
            return tasks_text(agreement.tasks, agreement.other_task)
        if column == AgreementColumn.YEARLY_FEE:
            return kronor(agreement.yearly_fee_sek)
        if column == AgreementColumn.NEXT_PAYMENT:
            due = agreement.next_due
            if due is None:
                return ""
            if due < today:
                return self.tr("%1 (overdue)").replace("%1", due.isoformat())
            return due.isoformat()
        return agreement.case_number

    def period_text(self, agreement: AgreementRow, today: dt.date) -> str:
        """The period, and in words whether it ends soon or has ended (not colour alone)."""
        period = f"{agreement.starts_on.isoformat()} – {agreement.ends_on.isoformat()}"
        if agreement.ends_soon(today):
            return (
                self.tr("%1 · Ends %2")
                .replace("%1", period)
                .replace("%2", agreement.ends_on.isoformat())
            )
        if agreement.ends_on < today:
            return self.tr("%1 · Ended").replace("%1", period)
        if agreement.starts_on > today:
            return self.tr("%1 · Not started").replace("%1", period)
        return period

    @staticmethod
    def _export(agreement: AgreementRow, column: AgreementColumn) -> object:
        """Typed cells for Copy and Export: the dates and kronor as such."""
        if column == AgreementColumn.YEARLY_FEE:
            return agreement.yearly_fee_sek
        if column == AgreementColumn.NEXT_PAYMENT:
            return agreement.next_due
        return None  # the text shown
