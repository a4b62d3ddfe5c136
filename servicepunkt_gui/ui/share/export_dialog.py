"""File → Export…: what to write (report, Excel, CSV), for which municipalities, which notes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.labels import problem_text
from servicepunkt_gui.ui.share.scope_picker import ScopeChoices, ScopePicker


class ExportKind(Enum):
    FOLLOW_UP_PDF = "follow_up_pdf"
    FOLLOW_UP_DOCX = "follow_up_docx"
    STATUS_PDF = "status_pdf"
    STATUS_DOCX = "status_docx"
    XLSX = "xlsx"
    CSV = "csv"

    @property
    def is_follow_up(self) -> bool:
        return self in (ExportKind.FOLLOW_UP_PDF, ExportKind.FOLLOW_UP_DOCX)

    @property
    def suffix(self) -> str:
        return {
            ExportKind.FOLLOW_UP_PDF: ".pdf",
            ExportKind.STATUS_PDF: ".pdf",
            ExportKind.FOLLOW_UP_DOCX: ".docx",
            ExportKind.STATUS_DOCX: ".docx",
            ExportKind.XLSX: ".xlsx",
            ExportKind.CSV: ".csv",
        }[self]


# The tables a CSV file can hold (core.tables.TableKind's values), in the order offered.
CSV_TABLES = (
    "municipalities",
    "plans",
    "goals",
    "actions",
    "notes",
    "places",
    "agreements",
    "payments",
    "grants",
)


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    scope: ExportScope  # with the notes' period
    table: str  # for CSV: one of CSV_TABLES
    description: str  # for the suggested file name: "Sorsele", "Mina kommuner"


class ExportDialog(QDialog):
    def __init__(
        self, choices: ScopeChoices, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("What to export"))
        for kind, label in (
            (ExportKind.FOLLOW_UP_PDF, self.tr("Yearly follow-up of one municipality (PDF)")),
            (ExportKind.FOLLOW_UP_DOCX, self.tr("Yearly follow-up of one municipality (Word)")),
            (ExportKind.STATUS_PDF, self.tr("Status report over many municipalities (PDF)")),
            (ExportKind.STATUS_DOCX, self.tr("Status report over many municipalities (Word)")),
            (ExportKind.XLSX, self.tr("Spreadsheet with every kind of record (Excel .xlsx)")),
            (ExportKind.CSV, self.tr("One table as CSV (opens in Excel)")),
        ):
            self.kind_box.addItem(label, kind)
        self.table_box = QComboBox()
        self.table_box.setAccessibleName(self.tr("Table"))
        for table, label in zip(
            CSV_TABLES,
            (
                self.tr("Municipalities with plan status"),
                self.tr("Plans"),
                self.tr("Goals"),
                self.tr("Actions"),
                self.tr("Notes"),
                self.tr("Service places"),
                self.tr("Agreements"),
                self.tr("Agreement payments"),
                self.tr("Grants"),
            ),
            strict=True,
        ):
            self.table_box.addItem(label, table)
        self.table_label = QLabel(self.tr("&Table:"))
        self.table_label.setBuddy(self.table_box)
        what = QFormLayout()
        what_label = QLabel(self.tr("&Export:"))
        what_label.setBuddy(self.kind_box)
        what.addRow(what_label, self.kind_box)
        what.addRow(self.table_label, self.table_box)

        self.scope_picker = ScopePicker(choices)
        scope_box = QGroupBox(self.tr("Municipalities"))
        QVBoxLayout(scope_box).addWidget(self.scope_picker)

        self.notes_from = DateField()
        self.notes_to = DateField()
        self.notes_from.set_date(dt.date(today.year, 1, 1))
        self.notes_to.set_date(today)
        self.notes_from.setAccessibleName(self.tr("Notes from"))
        self.notes_to.setAccessibleName(self.tr("Notes to"))
        period = QHBoxLayout()
        period.addWidget(self.notes_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.notes_to)
        period.addStretch(1)
        period_box = QGroupBox(self.tr("Notes concerning the period"))
        period_layout = QVBoxLayout(period_box)
        period_layout.addLayout(period)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        period_layout.addWidget(self.problem)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("E&xport…"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(what)
        layout.addWidget(scope_box)
        layout.addWidget(period_box)
        layout.addWidget(buttons)
        self.kind_box.currentIndexChanged.connect(self._follow_kind)
        for field in (self.notes_from, self.notes_to):
            field.textChanged.connect(self._check_period)
        if choices.current_code is None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(ExportKind.STATUS_PDF))
        self._follow_kind()

    @property
    def kind(self) -> ExportKind:
        kind = self.kind_box.currentData()
        assert isinstance(kind, ExportKind)
        return kind

    def _follow_kind(self) -> None:
        is_csv = self.kind is ExportKind.CSV
        self.table_box.setVisible(is_csv)
        self.table_label.setVisible(is_csv)
        self.scope_picker.only_one(self.kind.is_follow_up)
        self._check_period()

    def _period_problem(self) -> str | None:
        for field in (self.notes_from, self.notes_to):
            reason = field.problem()
            if reason is not None:
                return problem_text(reason)
        start, end = self.notes_from.value(), self.notes_to.value()
        if start and end and end < start:
            return problem_text("period_end_before_start")
        return None

    def _check_period(self) -> None:
        problem = self._period_problem()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        follow_up_without_one = self.kind.is_follow_up and not self.scope_picker.one.isEnabled()
        self.ok_button.setEnabled(problem is None and not follow_up_without_one)

    def _accept_if_valid(self) -> None:
        if self._period_problem() is None:
            self.accept()

    def request(self) -> ExportRequest:
        scope = dataclasses.replace(
            self.scope_picker.scope(),
            notes_from=self.notes_from.value(),
            notes_to=self.notes_to.value(),
        )
        return ExportRequest(
            self.kind, scope, str(self.table_box.currentData()), self.scope_picker.describe()
        )


def ask_export(
    choices: ScopeChoices, today: dt.date, parent: QWidget | None
) -> ExportRequest | None:
    """What to export, or None when cancelled. Tests replace this function."""
    dialog = ExportDialog(choices, today, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.request()
