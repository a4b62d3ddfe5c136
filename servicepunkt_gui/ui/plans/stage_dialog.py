"""Dialog for moving a plan to another stage, with date and comment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.ui.common.colors import error_label_text, follow_text_colour
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.labels import problem_text, stage_label


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
        self.error = QLabel()
        follow_text_colour(self.error, error_label_text)
        self.error.hide()
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

    def _accept_if_valid(self) -> None:
        problem = self.date_field.problem() or (None if self.date_field.value() else "empty")
        if problem:
            self.error.setText(problem_text(problem))
            self.error.show()
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
