"""Snooze a row of Att göra: a week, a month, or until a date the official chooses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.payment_schedule import add_months
from servicepunkt_gui.core.todo import snooze_problem
from servicepunkt_gui.ui.common.colors import error_label_text, follow_text_colour
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.todo.todo_messages import snooze_problem_text


class SnoozeDialog(QDialog):
    """Accepted only with a date after today (``until()``); says beside the field what is
    wrong with a typed date."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoSnoozeDialog")
        self.setWindowTitle(self.tr("Snooze"))
        self._today = today
        self.week = QRadioButton(self.tr("One &week"))
        self.week.setObjectName("snoozeWeek")
        self.month = QRadioButton(self.tr("One &month"))
        self.month.setObjectName("snoozeMonth")
        self.on_date = QRadioButton(self.tr("Until a &date:"))
        self.on_date.setObjectName("snoozeDate")
        self.group = QButtonGroup(self)
        for button in (self.week, self.month, self.on_date):
            self.group.addButton(button)
        self.week.setChecked(True)
        self.date_field = DateField()
        self.date_field.setObjectName("snoozeDateField")
        self.date_field.set_date(today + dt.timedelta(days=14))
        self.date_field.setEnabled(False)
        self.on_date.toggled.connect(self.date_field.setEnabled)
        self.date_field.textEdited.connect(lambda _text: self.on_date.setChecked(True))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("snoozeProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        follow_text_colour(self.problem_label, error_label_text)
        question = QLabel(self.tr("Show the row again on:"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        for widget in (question, self.week, self.month, self.on_date, self.date_field):
            layout.addWidget(widget)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def until(self) -> dt.date | None:
        """The date chosen, or None when the typed one is no date."""
        if self.week.isChecked():
            return self._today + dt.timedelta(days=7)
        if self.month.isChecked():
            return add_months(self._today, 1)
        return self.date_field.value()

    def problem(self) -> str | None:
        if self.on_date.isChecked() and (problem := self.date_field.problem()) is not None:
            return problem
        until = self.until()
        if until is None:
            return "date_format"
        return snooze_problem(until, self._today)

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.problem_label.setText(snooze_problem_text(problem))
            self.problem_label.show()
            self.date_field.setFocus()
            return
        super().accept()
