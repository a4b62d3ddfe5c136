"""The payments made under a saved agreement, and the due dates not yet paid.

Each payment registered or removed is its own write at once: a payment is a fact of the
bookkeeping, not an edit of the agreement waiting for OK.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import agreements
from servicepunkt_gui.core.agreements import AgreementRow, PaymentRow
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes, tab_leaves
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.places.agreement_messages import (
    agreement_problem_text,
    field_message,
    kronor,
    parse_kronor,
)

Index = QModelIndex | QPersistentModelIndex


class PaymentsModel(QAbstractTableModel):
    """Datum, Belopp, Kommentar of the payments made."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PaymentRow] = []

    def set_payments(self, rows: list[PaymentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def payment(self, row: int) -> PaymentRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Amount"), self.tr("Comment"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        payment = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return payment.paid_on.isoformat()
            if column == 1:
                return kronor(payment.amount_sek)
            return payment.comment.replace("\n", " ")
        if role == EXPORT_ROLE:
            return (payment.paid_on, payment.amount_sek, payment.comment)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class PaymentEntry:
    paid_on: dt.date
    amount_sek: int
    comment: str


class PaymentDialog(QDialog):
    """Date (today), amount (the agreement's amount per payment) and a comment."""

    def __init__(
        self, today: dt.date, amount_sek: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Register payment"))
        self.setMinimumWidth(420)
        self.date_field = DateField()
        self.date_field.set_date(today)
        self.amount = QLineEdit("" if amount_sek is None else str(amount_sek))
        self.amount.setPlaceholderText(self.tr("Whole kronor, e.g. 7500"))
        self.comment = QLineEdit()
        self.date_error = field_message(("date_format", "date_missing_day", "empty_date"))
        self.amount_error = field_message(("negative", "too_large", "not_a_number", "empty"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Amount (kr):"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(self.tr("&Comment:"), self.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if (problem := self.date_field.problem()) is not None:
            problems["paid_on"] = problem
        elif self.date_field.value() is None:
            problems["paid_on"] = "empty_date"
        try:
            amount = parse_kronor(self.amount.text())
        except ValueError:
            problems["amount_sek"] = "not_a_number"
        else:
            if amount is None:
                problems["amount_sek"] = "empty"
            else:
                problems.update(agreements.payment_problems(amount))
        return problems

    def _accept_if_valid(self) -> None:
        problems = self.problems()
        for key, label in (("paid_on", self.date_error), ("amount_sek", self.amount_error)):
            label.say(agreement_problem_text(problems[key]) if key in problems else "")
        if not problems:
            self.accept()

    def entry(self) -> PaymentEntry:
        return PaymentEntry(
            paid_on=self.date_field.value() or dt.date.today(),
            amount_sek=parse_kronor(self.amount.text()) or 0,
            comment=self.comment.text(),
        )


class PaymentsSection(QGroupBox):
    """The payments of the agreement shown; emits ``payments_changed`` after each write."""

    payments_changed = Signal()

    def __init__(
        self,
        context: WindowContext,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Payments"))
        self._writes = context.writes
        self._today = today
        self._agreement: AgreementRow | None = None
        self.payment_dialog: PaymentDialog | None = None

        self.hint = QLabel(self.tr("Payments can be registered once the agreement is saved."))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.model = PaymentsModel()
        self.table = QTableView()
        self.table.setObjectName("paymentsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(self.table)
        delete_key_deletes(self.table, self.delete_payment)
        self.copier = enable_table_copy(self.table, lambda: self.tr("Payments"))
        self.add_button = QPushButton(self.tr("&Register payment…"))
        self.add_button.setObjectName("registerPayment")
        self.delete_button = QPushButton(self.tr("Remo&ve payment"))
        self.delete_button.setObjectName("deletePayment")
        self.unpaid_label = QLabel(self.tr("Due dates not yet paid:"))
        self.unpaid = QListWidget()
        self.unpaid.setObjectName("unpaidDueDates")
        self.unpaid_label.setBuddy(self.unpaid)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.unpaid_label)
        layout.addWidget(self.unpaid, 2)

        self.add_button.clicked.connect(self.register_payment)
        self.delete_button.clicked.connect(self.delete_payment)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.hub.changed.connect(self._on_changes)
        self.show_agreement(None)

    # -- showing ------------------------------------------------------------------------

    def show_agreement(self, agreement: AgreementRow | None) -> None:
        """The saved agreement's payments; None: an agreement not saved yet."""
        self._agreement = agreement
        self.hint.setVisible(agreement is None)
        for widget in (self.table, self.unpaid, self.unpaid_label):
            widget.setEnabled(agreement is not None)
        self.reload()

    def agreement(self) -> AgreementRow | None:
        return self._agreement

    def reload(self) -> None:
        agreement = self._agreement
        if agreement is not None:
            agreement_id = agreement.id
            payments, fresh = self._writes.read(
                lambda s: (
                    agreements.list_payments(s, agreement_id),
                    agreements.get_agreement(s, agreement_id),
                )
            )
            self._agreement = agreement = fresh or agreement
        else:
            payments = []
        self.model.set_payments(payments)
        self._fill_unpaid(agreement)
        self._update_buttons()

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """A payment registered elsewhere (another window on the file, an import) shows."""
        agreement = self._agreement
        if origin is self or agreement is None:
            return
        if changes.touches(RecordKind.AGREEMENT) and changes.touches_municipality(
            agreement.municipality_code
        ):
            self.reload()

    def _fill_unpaid(self, agreement: AgreementRow | None) -> None:
        self.unpaid.clear()
        if agreement is None:
            return
        today = self._today()
        amount = agreement.amount_per_payment_sek
        for due in agreement.unpaid_due_dates():
            parts = [due.isoformat()]
            if amount is not None:
                parts.append(kronor(amount))
            if due < today:
                parts.append(self.tr("overdue"))
            self.unpaid.addItem(" – ".join(parts))

    def unpaid_texts(self) -> list[str]:
        return [self.unpaid.item(i).text() for i in range(self.unpaid.count())]

    def _update_buttons(self) -> None:
        saved = self._agreement is not None
        self.add_button.setEnabled(saved)
        self.delete_button.setEnabled(saved and bool(self.table.selectionModel().selectedRows()))

    # -- writing ------------------------------------------------------------------------

    def register_payment(self) -> None:
        """Ask for the payment (date today, the amount per payment) and save it at once."""
        agreement = self._agreement
        if agreement is None:
            return
        dialog = PaymentDialog(self._today(), agreement.amount_per_payment_sek, self)
        self.payment_dialog = dialog
        dialog.accepted.connect(lambda: self._save_payment(agreement.id, dialog.entry()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_payment(self, agreement_id: str, entry: PaymentEntry) -> None:
        self.payment_dialog = None
        try:
            saved = self._writes.write(
                self,
                lambda s: agreements.add_payment(
                    s, agreement_id, entry.paid_on, entry.amount_sek, entry.comment
                ),
                origin=self,
            )
        except ValidationError as error:
            dialogs.show_error(
                self, self.tr("The payment was not saved"), agreement_problem_text(error.reason)
            )
            return
        if saved is not None:
            self.reload()
            self.payments_changed.emit()

    def delete_payment(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self._agreement is None or not rows:
            return
        payment = self.model.payment(rows[0].row())
        text = self.tr("Remove the payment of %1 on %2? It is removed for good.")
        text = text.replace("%1", kronor(payment.amount_sek)).replace(
            "%2", payment.paid_on.isoformat()
        )
        if not dialogs.confirm(self, self.tr("Remove payment"), text, self.tr("Remove")):
            return
        try:
            done = self._writes.write_done(
                self, lambda s: agreements.delete_payment(s, payment.id), origin=self
            )
        except ValidationError:
            done = True  # already gone: show what is there
        if done:
            self.reload()
            self.payments_changed.emit()
