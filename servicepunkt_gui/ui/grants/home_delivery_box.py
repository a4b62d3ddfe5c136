"""The hemsändningsbidrag part of the grant form: households, deliveries and the net cost,
and the grant computed from the year's stored rule, explained in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from servicepunkt_gui.core.home_delivery import RuleRow, compute_home_delivery_grant
from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.grants import home_delivery_text
from servicepunkt_gui.ui.grants.amount_field import AmountField
from servicepunkt_gui.ui.grants.grant_labels import grant_problem_text

RuleForYear = Callable[[int], RuleRow | None]
FIELDS = ("households", "deliveries", "net_cost_sek")
_REASONS = ("not_a_number", "negative", "too_large")


class HomeDeliveryBox(QGroupBox):
    """Emits ``edited`` on every change and ``use_requested(amount)`` when the official
    takes the computed grant as the amount applied for."""

    edited = Signal()
    use_requested = Signal(int)

    def __init__(self, rule_for_year: RuleForYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Home delivery"))
        self._rule_for_year = rule_for_year
        self._computed: int | None = None
        self.households = AmountField()
        self.deliveries = AmountField()
        self.net_cost = AmountField()
        self.computed_label = QLabel()
        self.computed_label.setObjectName("computedGrant")
        self.computed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.computed_label.setWordWrap(True)
        self.use_computed_button = QPushButton(self.tr("Use as amount applied for"))
        self._errors: dict[str, ReservedMessage] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        width = self.fontMetrics().horizontalAdvance("0000-00-00") * 2
        for row, (key, label_text, field) in enumerate(
            (
                ("households", self.tr("Households:"), self.households),
                ("deliveries", self.tr("Deliveries:"), self.deliveries),
                ("net_cost_sek", self.tr("Net cost (SEK):"), self.net_cost),
            )
        ):
            label = QLabel(label_text)
            label.setBuddy(field)
            field.setMaximumWidth(width)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            error = ReservedMessage(lambda: [grant_problem_text(r) for r in _REASONS])
            error.setObjectName(f"error_{key}")
            grid.addWidget(error, row, 2)
            self._errors[key] = error
        self.net_cost.setToolTip(
            self.tr("The municipality's cost of the year's home deliveries, after income.")
        )
        grid.addWidget(self.computed_label, 3, 0, 1, 3)
        use_row = QHBoxLayout()
        use_row.addStretch(1)
        use_row.addWidget(self.use_computed_button)
        grid.addLayout(use_row, 4, 0, 1, 3)
        self.use_computed_button.clicked.connect(self._use)
        for field in self.fields():
            field.textChanged.connect(self.edited)

    def fields(self) -> tuple[AmountField, AmountField, AmountField]:
        return (self.households, self.deliveries, self.net_cost)

    def set_values(self, households: int | None, deliveries: int | None, net: int | None) -> None:
        for field, value in zip(self.fields(), (households, deliveries, net), strict=True):
            field.set_amount(value)

    def field_problems(self) -> dict[str, str]:
        """What the fields themselves see: text that is no number."""
        return {
            key: problem
            for key, field in zip(FIELDS, self.fields(), strict=True)
            if (problem := field.problem()) is not None
        }

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self._errors.items():
            reason = problems.get(key)
            label.say(grant_problem_text(reason) if reason else "")

    def update_computed(self, year: int) -> None:
        """Compute the grant from the rule of ``year`` and say how."""
        self._computed = None
        valid_year = FIRST_PLAN_YEAR <= year <= LAST_PLAN_YEAR
        rule = self._rule_for_year(year) if valid_year else None
        deliveries, net_cost = self.deliveries.value(), self.net_cost.value()
        if rule is None:
            text = home_delivery_text.missing_rule_text(year)
        elif deliveries is None or net_cost is None or min(deliveries, net_cost) < 0:
            text = home_delivery_text.rule_text(rule, year) + "\n"
            text += home_delivery_text.missing_figures_text()
        else:
            result = compute_home_delivery_grant(rule, net_cost, deliveries)
            self._computed = result.grant_sek
            text = home_delivery_text.rule_text(rule, year) + "\n"
            text += home_delivery_text.result_text(result)
        self.computed_label.setText(text)
        self.use_computed_button.setEnabled(self._computed is not None)

    @property
    def computed_grant(self) -> int | None:
        return self._computed

    def _use(self) -> None:
        if self._computed is not None:
            self.use_requested.emit(self._computed)
