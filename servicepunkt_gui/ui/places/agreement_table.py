"""Table model of a place's agreements: period, tasks, yearly fee, next payment, case number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from servicepunkt_gui.core.agreements import AgreementRow
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.row_table_model import RowTableModel
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.places.agreement_messages import kronor, tasks_text

AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENDS_SOON_ROLE = Qt.ItemDataRole.UserRole + 2  # True: ends within 90 days
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # True: a due date has passed unpaid


class AgreementColumn(IntEnum):
    PERIOD = 0
    TASKS = 1
    YEARLY_FEE = 2
    NEXT_PAYMENT = 3
    CASE_NUMBER = 4


class AgreementsModel(RowTableModel[AgreementRow]):
    columns = tuple(AgreementColumn)
    right_aligned = frozenset({AgreementColumn.YEARLY_FEE})

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today

    def set_agreements(self, rows: list[AgreementRow]) -> None:
        self.set_rows(rows)

    def agreement(self, row: int) -> AgreementRow:
        return self.row_at(row)

    def row_of(self, agreement_id: str) -> int | None:
        return self.find_row(lambda agreement: agreement.id == agreement_id)

    def headers(self) -> list[str]:
        titles = {
            AgreementColumn.PERIOD: self.tr("Period"),
            AgreementColumn.TASKS: self.tr("Tasks"),
            AgreementColumn.YEARLY_FEE: self.tr("Yearly fee"),
            AgreementColumn.NEXT_PAYMENT: self.tr("Next payment"),
            AgreementColumn.CASE_NUMBER: self.tr("Case number"),
        }
        return [titles[column] for column in AgreementColumn]

    def display(self, row: AgreementRow, column: int) -> str:
        return self._display(row, AgreementColumn(column), self._today())

    def tooltip(self, row: AgreementRow, column: int) -> str:
        if column == AgreementColumn.TASKS:
            return tasks_text(row.tasks, row.other_task)
        return row.extension_terms if column == AgreementColumn.PERIOD else ""

    def cell_data(self, row: AgreementRow, column: int, role: int) -> Any:
        today = self._today()
        ends_soon = row.ends_soon(today)
        overdue = row.next_due is not None and row.next_due < today
        if role == AGREEMENT_ID_ROLE:
            return row.id
        if role == ENDS_SOON_ROLE:
            return ends_soon
        if role == OVERDUE_ROLE:
            return overdue
        if role == EXPORT_ROLE:
            return self._export(row, AgreementColumn(column))
        marked = (column == AgreementColumn.PERIOD and ends_soon) or (
            column == AgreementColumn.NEXT_PAYMENT and overdue
        )
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(danger_text())
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
