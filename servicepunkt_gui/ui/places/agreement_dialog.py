"""One agreement with a place: its fields (checked as typed) and, once saved, its payments.

Sized for a 1366×768 screen: the fields on the left, the payments on the right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import agreements
from servicepunkt_gui.core.agreements import AgreementInput, AgreementRow, agreement_problems
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.payment_schedule import add_months, yearly_fee
from servicepunkt_gui.core.vocabulary import AgreementTask, PaymentInterval
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.common.write_path import ConflictHandling, Work
from servicepunkt_gui.ui.places.agreement_messages import (
    agreement_problem_text,
    field_message,
    interval_label,
    kronor,
    parse_kronor,
    task_label,
)
from servicepunkt_gui.ui.places.agreement_payments import PaymentsSection

# The problems each field can show, so its message keeps room for the longest.
_REASONS: dict[str, tuple[str, ...]] = {
    "ends_on": ("date_format", "date_missing_day", "empty_date", "period_end_before_start"),
    "tasks": ("unknown",),
    "other_task": ("too_long",),
    "fee_per_task_sek": ("negative", "too_large", "not_a_number"),
    "case_number": ("case_number_format", "too_long"),
    "responsible": ("too_long",),
}


def _reason(problems: dict[str, str], key: str) -> str | None:
    """The problem a field's message shows; the period's shows the start's first."""
    if key == "ends_on":
        return problems.get("starts_on") or problems.get("ends_on")
    return problems.get(key)


_AT_ONCE = ("period_end_before_start", "negative")
TYPICAL_YEARS = 3  # a new agreement runs three years (as most servicepunkt agreements do)


class AgreementDialog(QDialog):
    """OK saves the agreement (create or update) and closes; with a problem it stays, the
    problem shown beside its field. ``saved`` is the agreement as stored after OK."""

    def __init__(
        self,
        context: WindowContext,
        place_id: str,
        agreement: AgreementRow | None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setModal(True)
        self._context = context
        self._place_id = place_id
        self._agreement_id = agreement.id if agreement else None
        # The version read, sent back with the save: someone else's save since is a conflict.
        self._read_version = agreement.row_version if agreement else None
        self._today = today
        self.saved: AgreementRow | None = None
        self._errors: dict[str, ReservedMessage] = {}
        self.setWindowTitle(self.tr("Agreement") if agreement else self.tr("New agreement"))

        self.starts_on = DateField()
        self.ends_on = DateField()
        self.extension_terms = QLineEdit()
        self.extension_terms.setPlaceholderText(
            self.tr("e.g. Extended a year at a time unless terminated")
        )
        self.task_boxes: dict[str, QCheckBox] = {
            task.value: QCheckBox(task_label(task)) for task in AgreementTask
        }
        for task, box in self.task_boxes.items():
            box.setObjectName(f"task_{task}")
        self.other_task = QLineEdit()
        self.other_task.setMaxLength(agreements.MAX_NAME_CHARS)
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("Whole kronor, e.g. 10000"))
        self.interval = QComboBox()
        for interval in PaymentInterval:
            self.interval.addItem(interval_label(interval), interval.value)
        self.case_number = QLineEdit()
        self.case_number.setMaxLength(40)
        self.case_number.setPlaceholderText(self.tr("e.g. KS 2024/0815"))
        self.responsible = QLineEdit()
        self.responsible.setMaxLength(agreements.MAX_NAME_CHARS)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.yearly_fee = QLabel()
        self.yearly_fee.setObjectName("yearlyFee")
        self.per_payment = QLabel()
        self.per_payment.setObjectName("amountPerPayment")
        for label in (self.yearly_fee, self.per_payment):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.payments = PaymentsSection(context, today)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        for signal in (
            self.starts_on.textChanged,
            self.ends_on.textChanged,
            self.extension_terms.textChanged,
            self.other_task.textChanged,
            self.fee.textChanged,
            self.interval.currentIndexChanged,
            self.case_number.textChanged,
            self.responsible.textChanged,
            self.comment.textChanged,
            *(box.toggled for box in self.task_boxes.values()),
        ):
            signal.connect(self._on_edited)
        self._loaded = agreement.values if agreement else self._new_values()
        self._fill(self._loaded)
        self.payments.show_agreement(agreement)
        self.resize(1080, 620)

    def _new_values(self) -> AgreementInput:
        today = self._today()
        start = today.replace(day=1)
        end = add_months(start, 12 * TYPICAL_YEARS) - dt.timedelta(days=1)
        return AgreementInput(starts_on=start, ends_on=end)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        row = 0

        def add(text: str, field: QWidget, key: str | None = None) -> None:
            nonlocal row
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field, row, 1)
            row += 1
            if key is not None:
                self._errors[key] = field_message(_REASONS[key])
                grid.addWidget(self._errors[key], row, 1)
                row += 1

        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(self.starts_on)
        to_label = QLabel(self.tr("&to:"))
        to_label.setBuddy(self.ends_on)
        period_row.addWidget(to_label)
        period_row.addWidget(self.ends_on)
        period_row.addStretch(1)
        add(self.tr("Period &from:"), period)
        # One message for both dates, so the period's row keeps room for one line.
        self._errors["ends_on"] = field_message(_REASONS["ends_on"])
        self._errors["ends_on"].setObjectName("endsOnError")
        grid.addWidget(self._errors["ends_on"], row, 1)
        row += 1
        add(self.tr("E&xtension terms:"), self.extension_terms)
        tasks = QWidget()
        task_grid = QGridLayout(tasks)
        task_grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.task_boxes.values()):
            task_grid.addWidget(box, index // 3, index % 3)
        add(self.tr("Tasks:"), tasks, "tasks")
        add(self.tr("Ot&her task:"), self.other_task, "other_task")
        add(self.tr("Fee per task and &year (kr):"), self.fee, "fee_per_task_sek")
        add(self.tr("Payme&nt:"), self.interval)
        fees = QHBoxLayout()
        fees.addWidget(self.yearly_fee)
        fees.addSpacing(24)
        fees.addWidget(self.per_payment)
        fees.addStretch(1)
        grid.addLayout(fees, row, 1)
        row += 1
        add(self.tr("&Case number:"), self.case_number, "case_number")
        add(self.tr("Res&ponsible:"), self.responsible, "responsible")
        add(self.tr("Co&mment:"), self.comment)
        grid.setRowStretch(row, 1)
        self._errors["fee_per_task_sek"].setObjectName("feeError")

        fields = QGroupBox(self.tr("The agreement"))
        fields.setLayout(grid)
        sides = QHBoxLayout()
        sides.addWidget(fields, 3)
        sides.addWidget(self.payments, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(sides, 1)
        layout.addWidget(self.buttons)

    # -- values -------------------------------------------------------------------------

    def _fill(self, values: AgreementInput) -> None:
        self.starts_on.set_date(values.starts_on)
        self.ends_on.set_date(values.ends_on)
        self.extension_terms.setText(values.extension_terms)
        for task, box in self.task_boxes.items():
            box.setChecked(task in values.tasks)
        self.other_task.setText(values.other_task)
        self.fee.setText("" if values.fee_per_task_sek is None else str(values.fee_per_task_sek))
        self.interval.setCurrentIndex(max(0, self.interval.findData(values.payment_interval)))
        self.case_number.setText(values.case_number)
        self.responsible.setText(values.responsible)
        self.comment.setPlainText(values.comment)
        self._on_edited()

    def _fee_value(self) -> int | None:
        try:
            return parse_kronor(self.fee.text())
        except ValueError:
            return None

    def current_values(self) -> AgreementInput:
        """The fields as typed (an unreadable date or fee as the loaded value: check
        :meth:`problems` first)."""
        return AgreementInput(
            starts_on=self.starts_on.value() or self._loaded.starts_on,
            ends_on=self.ends_on.value() or self._loaded.ends_on,
            extension_terms=self.extension_terms.text(),
            tasks=tuple(task for task, box in self.task_boxes.items() if box.isChecked()),
            other_task=self.other_task.text(),
            fee_per_task_sek=self._fee_value(),
            payment_interval=str(self.interval.currentData()),
            case_number=self.case_number.text(),
            responsible=self.responsible.text(),
            comment=self.comment.toPlainText(),
        )

    def problems(self) -> dict[str, str]:
        """Core's rules plus what only the fields know (a date or an amount not readable)."""
        problems = agreement_problems(self.current_values())
        for key, field in (("starts_on", self.starts_on), ("ends_on", self.ends_on)):
            if (problem := field.problem()) is not None:
                problems[key] = problem
            elif field.value() is None:
                problems[key] = "empty_date"
        unreadable = self.starts_on.value() is None or self.ends_on.value() is None
        if unreadable and problems.get("ends_on") == "period_end_before_start":
            del problems["ends_on"]  # compared with the loaded date, not with what is typed
        try:
            parse_kronor(self.fee.text())
        except ValueError:
            problems["fee_per_task_sek"] = "not_a_number"
        return problems

    def is_dirty(self) -> bool:
        return self.current_values() != self._loaded or bool(self.problems())

    def _on_edited(self) -> None:
        values = self.current_values()
        yearly = yearly_fee(values.task_count, values.fee_per_task_sek)
        per_payment = agreements.amount_per_payment(values)
        self.yearly_fee.setText(self.tr("Yearly fee: %1").replace("%1", kronor(yearly) or "–"))
        self.per_payment.setText(
            self.tr("Per payment: %1").replace("%1", kronor(per_payment) or "–")
        )
        # A message shown follows the typing; a new one waits for OK, except the two that
        # no further typing in the field itself would mend (half a date is not a problem yet).
        problems = self.problems()
        for key, label in self._errors.items():
            reason = _reason(problems, key)
            if label.isVisible() or reason in _AT_ONCE:
                label.say(agreement_problem_text(reason) if reason else "")

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self._errors.items():
            reason = _reason(problems, key)
            label.say(agreement_problem_text(reason) if reason else "")

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save and close; False (the dialog open, the problem shown) when it cannot be."""
        problems = self.problems()
        self._show_problems(problems)
        if problems:
            return False
        values = self.current_values()
        agreement_id, place_id = self._agreement_id, self._place_id

        def save_as(values: AgreementInput, version: int | None) -> Work[AgreementRow]:
            if agreement_id is None:
                return lambda s: agreements.create_agreement(s, place_id, values)
            return lambda s: agreements.update_agreement(
                s, agreement_id, values, expected_version=version
            )

        handling = ConflictHandling(  # "decide later": the dialog stays open as it is
            resave=lambda kept, version: save_as(AgreementInput(**kept), version),  # type: ignore[arg-type]
            take_theirs=lambda _conflict: self._show_stored(),
            read=asdict(self._loaded),
        )
        try:
            saved = self._context.writes.write(
                self, save_as(values, self._read_version), self, handling
            )
        except ValidationError as error:
            label = self._errors.get("ends_on" if error.field == "starts_on" else error.field)
            if label is not None:
                label.say(agreement_problem_text(error.reason))
            else:
                dialogs.show_error(
                    self, self.tr("The agreement was not saved"), agreement_problem_text("unknown")
                )
            return False
        if saved is None:
            return False  # the write path said why; what was typed stays
        self.saved = saved
        self._loaded = saved.values
        self.accept()
        return True

    def _show_stored(self) -> None:
        """The agreement as stored now ("use the saved version" after someone else saved)."""
        agreement_id = self._agreement_id
        stored = agreement_id and self._context.writes.read(
            lambda s: agreements.get_agreement(s, agreement_id)
        )
        if stored:
            self._read_version, self._loaded = stored.row_version, stored.values
            self._fill(self._loaded)

    def reject(self) -> None:
        """Cancel, Esc or closing: unsaved edits are asked about first."""
        if self.is_dirty():
            choice = dialogs.ask_unsaved_changes(self, self.tr("the agreement"))
            if choice == dialogs.UnsavedChoice.CANCEL:
                return
            if choice == dialogs.UnsavedChoice.SAVE:
                self.save()
                return
        super().reject()
