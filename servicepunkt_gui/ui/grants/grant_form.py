"""The fields of one grant case, checked as they are typed, with the hemsändningsbidrag
computed from the year's rule and the applicant's de minimis total."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import grants
from servicepunkt_gui.core.de_minimis import DeMinimisTotal
from servicepunkt_gui.core.grants import GrantInput
from servicepunkt_gui.core.home_delivery import RuleRow
from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR
from servicepunkt_gui.core.vocabulary import GrantDecider, GrantStatus, GrantType
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.grant_labels import (
    decider_label,
    grant_status_label,
    grant_type_label,
)
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.grants import field_state
from servicepunkt_gui.ui.grants.amount_field import AmountField
from servicepunkt_gui.ui.grants.grant_labels import (
    FIELD_REASONS,
    de_minimis_text,
    grant_problem_text,
    risk_explanation,
    risk_label,
)
from servicepunkt_gui.ui.grants.grant_messages import WarningBanner
from servicepunkt_gui.ui.grants.home_delivery_box import HomeDeliveryBox

RuleForYear = Callable[[int], RuleRow | None]
DeMinimis = Callable[[str | None], DeMinimisTotal | None]
Field = QWidget | QHBoxLayout


class GrantForm(QWidget):
    """Emits ``save_requested`` when the official saves; reads only through the two
    functions it is given (the rule of a year, an applicant's de minimis total)."""

    save_requested = Signal()
    dirty_changed = Signal(bool)
    edited = Signal()  # any field changed (the editing helper keeps drafts)

    def __init__(
        self, rule_for_year: RuleForYear, de_minimis: DeMinimis, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rule_for_year = rule_for_year
        self._de_minimis = de_minimis
        self._loaded: GrantInput | None = None
        self._is_new = False
        self._risk: str | None = None
        self._errors: dict[str, ReservedMessage] = {}

        self.risk_banner = WarningBanner()
        self.risk_banner.setObjectName("planRiskBanner")
        self.type_combo = QComboBox()
        for kind in GrantType:
            self.type_combo.addItem(grant_type_label(kind), str(kind))
        self.decider_combo = QComboBox()
        for decider in GrantDecider:
            self.decider_combo.addItem(decider_label(decider), str(decider))
        self.applicant_combo = QComboBox()
        self.status_combo = QComboBox()
        for status in GrantStatus:
            self.status_combo.addItem(grant_status_label(status), str(status))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for spin in (self.first_year, self.last_year):
            spin.setRange(FIRST_PLAN_YEAR - 1, LAST_PLAN_YEAR + 1)  # out of range shows why
            spin.setGroupSeparatorShown(False)
        self.responsible = QLineEdit()
        self.responsible.setMaxLength(200)
        self.deadline = DateField()
        self.sent_on = DateField()
        self.case_number = QLineEdit()
        self.case_number.setMaxLength(40)
        self.decided_on = DateField()
        # Short fields: as wide as a date or an amount, the rest of the row for its message.
        width = self.fontMetrics().horizontalAdvance("0000-00-00") * 2
        for short in (self.deadline, self.sent_on, self.decided_on, self.case_number):
            short.setMaximumWidth(width)
        self.applied = AmountField()
        self.granted = AmountField()
        self.paid = AmountField()
        for amount in (self.applied, self.granted, self.paid):
            amount.setMaximumWidth(width)
        self.needs_plan = QCheckBox(self.tr("Re&quires a current service plan"))
        self.conditions = QPlainTextEdit()
        self.conditions.setTabChangesFocus(True)
        self.conditions.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.home = HomeDeliveryBox(rule_for_year)
        self.home.setObjectName("homeDelivery")
        self.de_minimis_label = QLabel()
        self.de_minimis_label.setObjectName("deMinimis")
        self.de_minimis_label.setTextFormat(Qt.TextFormat.PlainText)
        self.de_minimis_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Sav&e case"))
        self.revert_button = QPushButton(self.tr("Undo changes"))

        # One field a row, its message on the same row to its right: the detail side is
        # about 700 px wide, too narrow for two fields side by side with Swedish labels,
        # and a message row under each field made the form twice as tall.
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        period = QHBoxLayout()
        period.addWidget(self.first_year)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_year)
        period.addStretch(1)
        rows: list[tuple[str, Field, str]] = [
            (self.tr("T&itle:"), self.title_edit, "title"),
            (self.tr("&Type:"), self.type_combo, "grant_type"),
            (self.tr("Decided &by:"), self.decider_combo, "decider"),
            (self.tr("&Applicant:"), self.applicant_combo, "place_id"),
            (self.tr("Stat&us:"), self.status_combo, "status"),
            (self.tr("&Years:"), period, "last_year"),
            (self.tr("Application &deadline:"), self.deadline, "deadline"),
            (self.tr("Sent:"), self.sent_on, "sent_on"),
            (self.tr("Decider's case number:"), self.case_number, "decider_case_number"),
            (self.tr("Decision date:"), self.decided_on, "decided_on"),
            (self.tr("Applied for (SEK):"), self.applied, "applied_sek"),
            (self.tr("Granted (SEK):"), self.granted, "granted_sek"),
            (self.tr("Paid (SEK):"), self.paid, "paid_sek"),
            (self.tr("Responsible:"), self.responsible, "responsible"),
            (self.tr("Conditions:"), self.conditions, "conditions"),
            ("", self.needs_plan, "needs_plan"),
        ]
        for row, (label_text, field, key) in enumerate(rows):
            self._add_field(grid, row, label_text, field, key)
        self._errors["first_year"] = self._errors["last_year"]

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.risk_banner)
        layout.addLayout(grid)
        layout.addWidget(self.home)
        layout.addWidget(self.de_minimis_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self.home.use_requested.connect(self.applied.set_amount)
        self.home.edited.connect(self._on_edited)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.applicant_combo.currentIndexChanged.connect(self._update_de_minimis)
        for key, widget in self.named_fields().items():
            if key != "grant_type" and widget not in self.home.fields():
                field_state.changed(widget).connect(self._on_edited)
        self.setEnabled(False)

    def _add_field(
        self, grid: QGridLayout, row: int, label_text: str, field: Field, key: str
    ) -> None:
        label = QLabel(label_text)
        top = Qt.AlignmentFlag.AlignTop if field is self.conditions else Qt.AlignmentFlag(0)
        grid.addWidget(label, row, 0, top)
        # Text that can be long takes the whole row; short fields leave room for a message.
        span = 2 if key not in FIELD_REASONS else 1
        if isinstance(field, QWidget):
            label.setBuddy(field)
            grid.addWidget(field, row, 1, 1, span)
        else:
            label.setBuddy(self.first_year)
            grid.addLayout(field, row, 1)
        if key in FIELD_REASONS:
            reasons = FIELD_REASONS[key]
            error = ReservedMessage(lambda: [grant_problem_text(reason) for reason in reasons])
            error.setObjectName(f"error_{key}")
            grid.addWidget(error, row, 2)
            self._errors[key] = error

    # -- values -----------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self._is_new

    def set_applicants(self, choices: list[tuple[str | None, str]]) -> None:
        """Who can apply; "" stands for the municipality (a combo finds no None)."""
        self.applicant_combo.blockSignals(True)
        self.applicant_combo.clear()
        for place_id, name in choices:
            self.applicant_combo.addItem(name, place_id or "")
        self.applicant_combo.blockSignals(False)

    def _choose_applicant(self, place_id: str | None, name: str = "") -> None:
        index = self.applicant_combo.findData(place_id or "")
        if index < 0 and place_id:  # a place since put in the trash: still the applicant
            self.applicant_combo.addItem(name or place_id, place_id)
            index = self.applicant_combo.count() - 1
        self.applicant_combo.setCurrentIndex(max(0, index))

    def show_grant(
        self,
        values: GrantInput | None,
        *,
        is_new: bool = False,
        risk: str | None = None,
        applicant_name: str = "",
    ) -> None:
        """Show a case's fields (None: nothing chosen); ``risk`` decides the banner."""
        self.setEnabled(values is not None)
        self._is_new = is_new and values is not None
        shown = values or grants.new_grant_values(dt.date.today())
        widgets = list(self.named_fields().values())
        for widget in widgets:
            widget.blockSignals(True)
        for key, widget in self.named_fields().items():
            value = getattr(shown, key)
            if isinstance(widget, DateField):
                widget.set_date(value)
            elif isinstance(widget, AmountField):
                widget.set_amount(value)
            elif key != "place_id":
                field_state.put(widget, value)
        self._choose_applicant(shown.place_id, applicant_name)
        for widget in widgets:
            widget.blockSignals(False)
        self._loaded = values
        self.show_risk(risk if values is not None else None)
        self._update_de_minimis()
        self._on_edited()

    def show_risk(self, risk: str | None) -> None:
        self._risk = risk
        self.risk_banner.say(risk_label(risk), risk_explanation(risk))

    def named_fields(self) -> dict[str, QWidget]:
        """Every field by its name in GrantInput, the type first (choosing it sets "needs a
        plan", which a draft then overrides)."""
        home = self.home
        return {
            "grant_type": self.type_combo,
            "decider": self.decider_combo,
            "status": self.status_combo,
            "place_id": self.applicant_combo,
            "title": self.title_edit,
            "first_year": self.first_year,
            "last_year": self.last_year,
            "responsible": self.responsible,
            "deadline": self.deadline,
            "sent_on": self.sent_on,
            "decider_case_number": self.case_number,
            "decided_on": self.decided_on,
            "applied_sek": self.applied,
            "granted_sek": self.granted,
            "paid_sek": self.paid,
            "needs_plan": self.needs_plan,
            "conditions": self.conditions,
            "households": home.households,
            "deliveries": home.deliveries,
            "net_cost_sek": home.net_cost,
        }

    def revert(self) -> None:
        self.show_grant(self._loaded, is_new=self._is_new, risk=self._risk)

    def current_values(self) -> GrantInput:
        values: dict[str, Any] = {}
        for key, widget in self.named_fields().items():
            if isinstance(widget, DateField | AmountField):
                values[key] = widget.value()
            else:
                values[key] = field_state.typed(widget)
        values["place_id"] = values["place_id"] or None  # "" stands for the municipality
        if not self._is_home_delivery():  # kept only where they mean something
            values |= dict.fromkeys(("households", "deliveries", "net_cost_sek"))
        return GrantInput(**values)

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        return self.current_values() != self._comparable(self._loaded) or bool(self.problems())

    @staticmethod
    def _comparable(values: GrantInput) -> GrantInput:
        if values.grant_type == GrantType.HOME_DELIVERY_GRANT:
            return values
        return replace(values, households=None, deliveries=None, net_cost_sek=None)

    def problems(self) -> dict[str, str]:
        """Every problem in the form, by field (core's rules plus the typed numbers and dates)."""
        problems = grants.grant_problems(self.current_values())
        typed: tuple[tuple[str, DateField | AmountField], ...] = (
            ("deadline", self.deadline),
            ("sent_on", self.sent_on),
            ("decided_on", self.decided_on),
            ("applied_sek", self.applied),
            ("granted_sek", self.granted),
            ("paid_sek", self.paid),
        )
        for key, field in typed:
            if (problem := field.problem()) is not None:
                problems[key] = problem
        if self._is_home_delivery():
            problems |= self.home.field_problems()
        return problems

    def _is_home_delivery(self) -> bool:
        return bool(self.type_combo.currentData() == GrantType.HOME_DELIVERY_GRANT)

    def checked_values(self) -> GrantInput | None:
        """The case as typed, or None (with every problem shown) if it cannot be saved."""
        self._show_problems()
        return None if self.problems() else self.current_values()

    def show_refusal(self, field: str, reason: str) -> None:
        """A refusal from core (a check the form could not make) beside its field."""
        label = self._errors.get(field)
        if label is not None:
            label.say(grant_problem_text(reason))
        else:
            self.home.show_problems({field: reason})

    def _show_problems(self) -> None:
        problems = self.problems()
        for key, label in self._errors.items():
            if key == "first_year":
                continue
            reason = problems.get(key) or (
                problems.get("first_year") if key == "last_year" else None
            )
            label.say(grant_problem_text(reason) if reason else "")
        self.home.show_problems(problems)

    def _on_type_changed(self) -> None:
        # A new type brings its own answer to "does it need a plan" (the official may
        # still change it); signals are blocked while a case is loaded.
        self.needs_plan.setChecked(grants.default_needs_plan(str(self.type_combo.currentData())))
        self._on_edited()

    def _on_edited(self) -> None:
        self.home.setVisible(self._is_home_delivery())
        self._show_problems()
        if self._is_home_delivery() and self.isEnabled():
            self.home.update_computed(self.first_year.value())
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty or self._is_new)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)
        self.edited.emit()

    def refresh_computed(self) -> None:
        """The rules changed: compute again from what is typed."""
        if self._is_home_delivery() and self.isEnabled():
            self.home.update_computed(self.first_year.value())

    def _update_de_minimis(self) -> None:
        if not self.isEnabled():
            self.de_minimis_label.clear()
            return
        place = self.applicant_combo.currentData()
        total = self._de_minimis(str(place) if place else None)
        if total is None:
            self.de_minimis_label.clear()
            return
        self.de_minimis_label.setText(de_minimis_text(total))

    def draft_fields(self) -> dict[str, object]:
        """The form as typed, text for text (dates and amounts too, even if not valid yet)."""
        return {key: field_state.typed(widget) for key, widget in self.named_fields().items()}

    def apply_draft(self, fields: dict[str, object]) -> None:
        for key, widget in self.named_fields().items():
            if key in fields:
                field_state.put(widget, fields[key])
