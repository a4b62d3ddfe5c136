"""A plan's current stage, its progress in actions and the timeline of stage changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.actions import ActionRow
from servicepunkt_gui.core.plans import PlanDetail, StageChange
from servicepunkt_gui.export.sheets import Cell
from servicepunkt_gui.ui.common.labels import stage_label
from servicepunkt_gui.ui.common.table_copy import enable_table_copy

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class StageBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stage and history"), parent)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("planStage")
        font = self.stage_label.font()
        font.setBold(True)
        self.stage_label.setFont(font)
        self.change_stage_button = QPushButton(self.tr("Change &stage…"))
        self.progress = QProgressBar()
        self.progress.setObjectName("planProgress")
        self.timeline = QListWidget()
        self.timeline.setObjectName("stageTimeline")
        # Changes copied (Ctrl+C) and exported as columns: date, stage, by whom, comment.
        self.copier = enable_table_copy(
            self.timeline,
            lambda: self.tr("Stage history"),
            titles=lambda: [self.tr("Date"), self.tr("Stage"), self.tr("By"), self.tr("Comment")],
            cells=self._change_cells,
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Current stage:")))
        row.addWidget(self.stage_label)
        row.addStretch(1)
        row.addWidget(self.change_stage_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.timeline)

    def show_plan(self, plan: PlanDetail | None) -> None:
        self.timeline.clear()
        if plan is None:
            return
        self.stage_label.setText(stage_label(plan.stage))
        for change in reversed(plan.history):  # newest first, like the notes
            line = f"{change.changed_on.isoformat()}  ·  {stage_label(change.stage)}"
            if change.changed_by:
                line += f"  ·  {change.changed_by}"
            if change.comment:
                line += f"  —  {change.comment}"
            item = QListWidgetItem(line)
            item.setData(CHANGE_ROLE, change)
            self.timeline.addItem(item)

    @staticmethod
    def _change_cells(index: QModelIndex) -> tuple[Cell, ...] | None:
        change = index.data(CHANGE_ROLE)
        if not isinstance(change, StageChange):
            return None
        return (change.changed_on, stage_label(change.stage), change.changed_by, change.comment)

    def show_progress(self, rows: list[ActionRow]) -> None:
        counted = [a for a in rows if a.values.status != "cancelled"]
        done = sum(1 for a in counted if a.values.status == "done")
        delayed = sum(1 for a in rows if a.is_delayed(dt.date.today()))
        self.progress.setRange(0, max(1, len(counted)))
        self.progress.setValue(done)
        text = self.tr("%1 of %2 actions done").replace("%1", str(done))
        text = text.replace("%2", str(len(counted)))
        if delayed:
            text += " · " + self.tr("%n delayed", "", delayed)
        self.progress.setFormat(text)
