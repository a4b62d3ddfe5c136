"""Dialog for moving a plan to another stage, with date and comment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.labels import problem_text, stage_label
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage


@dataclass(frozen=True)
class StageChoice:
    stage: str
    changed_on: dt.date
    comment: str


class StageDialog(QDialog):
    def __init__(self, current_stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change stage"))
        self.setMinimumWidth(440)
        self.stage_combo = QComboBox()
        for stage in PlanStage:
            self.stage_combo.addItem(stage_label(stage), stage)
        position = list(PlanStage).index(PlanStage(current_stage))
        # Most often the plan moves one step on.
        self.stage_combo.setCurrentIndex(min(position + 1, len(PlanStage) - 1))
        self.date_field = DateField()
        self.date_field.set_date(dt.date.today())
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Optional, e.g. “Adopted by KF § 45”"))
        # Its room is kept, so the buttons stay under the pointer when it comes and goes.
        self.error = ReservedMessage(
            lambda: [problem_text(r) for r in ("date_format", "date_missing_day", "empty")]
        )
        form = QFormLayout()
        form.addRow(self.tr("New &stage:"), self.stage_combo)
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow(self.tr("&Comment:"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_field.textChanged.connect(self._recheck)

    def _problem(self) -> str | None:
        return self.date_field.problem() or (None if self.date_field.value() else "empty")

    def _recheck(self) -> None:
        """An error shown goes as soon as the date is right again (and follows the typing)."""
        if self.error.isVisible():
            problem = self._problem()
            self.error.say(problem_text(problem) if problem else "")

    def _accept_if_valid(self) -> None:
        problem = self._problem()
        if problem:
            self.error.say(problem_text(problem))
            return
        self.accept()

    def choice(self) -> StageChoice:
        return StageChoice(
            stage=str(self.stage_combo.currentData()),
            changed_on=self.date_field.value() or dt.date.today(),
            comment=self.comment.text(),
        )


def ask_stage_change(parent: QWidget | None, current_stage: str) -> StageChoice | None:
    """Ask for the new stage; None when cancelled. Tests replace this function."""
    dialog = StageDialog(current_stage, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
