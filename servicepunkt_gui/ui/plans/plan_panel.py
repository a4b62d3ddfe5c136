"""The "Serviceplan" tab: a municipality's plans, the chosen plan's details, goals and actions."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from servicepunkt_gui.core import actions, drafts, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.labels import problem_text, stage_label
from servicepunkt_gui.ui.plans import stage_dialog
from servicepunkt_gui.ui.plans.actions_panel import ActionsPanel
from servicepunkt_gui.ui.plans.goals_panel import GoalsPanel
from servicepunkt_gui.ui.plans.plan_form import PlanForm

log = logging.getLogger(__name__)


class PlanPanel(QWidget):
    """Emits ``changed`` after anything about the plans was stored (lists and overview update)."""

    changed = Signal()
    note_requested = Signal(str)  # an action id

    def __init__(self, database: Database, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._author = author
        self._municipality_code = ""
        self._plan: plans.PlanDetail | None = None
        self._plans: list[plans.PlanDetail] = []

        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planChooser")
        self.new_plan_button = QPushButton(self.tr("New &plan"))
        self.make_current_button = QPushButton(self.tr("Make current"))
        self.delete_plan_button = QPushButton(self.tr("Delete plan…"))
        chooser = QHBoxLayout()
        plan_label = QLabel(self.tr("Pla&n:"))
        plan_label.setBuddy(self.plan_combo)
        chooser.addWidget(plan_label)
        chooser.addWidget(self.plan_combo, 1)
        chooser.addWidget(self.new_plan_button)
        chooser.addWidget(self.make_current_button)
        chooser.addWidget(self.delete_plan_button)

        self.empty_label = QLabel(
            self.tr(
                "No service plan is recorded for this municipality. Add one with “New plan”: "
                "its period, stage, decision and action plan."
            )
        )
        self.empty_label.setWordWrap(True)

        self.form = PlanForm()
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
        stage_box = QGroupBox(self.tr("Stage and history"))
        stage_layout = QVBoxLayout(stage_box)
        stage_row = QHBoxLayout()
        stage_row.addWidget(QLabel(self.tr("Current stage:")))
        stage_row.addWidget(self.stage_label)
        stage_row.addStretch(1)
        stage_row.addWidget(self.change_stage_button)
        stage_layout.addLayout(stage_row)
        stage_layout.addWidget(self.progress)
        stage_layout.addWidget(self.timeline)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        details_layout.addWidget(stage_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)

        self.actions_panel = ActionsPanel(database)
        self.goals_panel = GoalsPanel(database)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("The plan"))
        self.tabs.addTab(self.actions_panel, self.tr("Actions"))
        self.tabs.addTab(self.goals_panel, self.tr("Goals"))

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.stack, 1)

        self.plan_combo.activated.connect(self._on_plan_chosen)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.make_current_button.clicked.connect(self.make_current)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.change_stage_button.clicked.connect(self.change_stage)
        self.form.save_requested.connect(self.save_plan)
        self.form.draft_due.connect(self._keep_draft)
        self.form.edits_dropped.connect(self._drop_draft)
        self.actions_panel.changed.connect(self._on_actions_changed)
        self.actions_panel.note_requested.connect(self.note_requested)
        self.goals_panel.changed.connect(self._on_goals_changed)

    # -- loading --------------------------------------------------------------------

    @property
    def plan(self) -> plans.PlanDetail | None:
        return self._plan

    def set_author(self, author: str) -> None:
        self._author = author

    def show_municipality(self, code: str) -> None:
        self._municipality_code = code
        self._reload(select_id=None)

    def select_plan(self, plan_id: str) -> None:
        if self._plan is not None and self._plan.id == plan_id:
            return
        if self.resolve_unsaved_changes():
            self._reload(select_id=plan_id)

    def _reload(self, select_id: str | None) -> None:
        with self._db.session() as session:
            found = plans.list_plans(session, self._municipality_code)
        self._plans = found  # also what notes can concern (subjects), without asking again
        self.plan_combo.clear()
        for plan in found:
            label = f"{plan.title} ({plan.values.first_year}–{plan.values.last_year})"
            if plan.is_current:
                label += " · " + self.tr("current")
            self.plan_combo.addItem(label, plan.id)
        chosen = next((p for p in found if p.id == select_id), None)
        chosen = chosen or next((p for p in found if p.is_current), None)
        chosen = chosen or (found[0] if found else None)
        if chosen is not None:
            self.plan_combo.setCurrentIndex(self.plan_combo.findData(chosen.id))
        self._show_plan(chosen)

    def _show_plan(self, plan: plans.PlanDetail | None) -> None:
        self._plan = plan
        self.stack.setCurrentIndex(0 if plan is None else 1)
        self.make_current_button.setEnabled(plan is not None and not plan.is_current)
        self.delete_plan_button.setEnabled(plan is not None)
        self.plan_combo.setEnabled(plan is not None)
        self.form.show_plan(plan.values if plan else None)
        self.actions_panel.show_plan(plan.id if plan else None, self._municipality_code)
        self.goals_panel.show_plan(plan.id if plan else None)
        self._show_stage(plan)

    def _show_stage(self, plan: plans.PlanDetail | None) -> None:
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
            self.timeline.addItem(line)
        self._show_progress()
        self.tabs.setTabText(1, self.tr("Actions (%n)", "", self.actions_panel.model.rowCount()))

    def _show_progress(self) -> None:
        rows = self.actions_panel.model.actions()
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

    # -- drafts and unsaved edits ---------------------------------------------------------

    def _keep_draft(self) -> None:
        if self._plan is None or not self.form.is_dirty():
            return
        try:
            with self._db.session() as session:
                drafts.save_draft(
                    session,
                    f"plan:{self._plan.id}",
                    self._municipality_code,
                    self.form.draft_fields(),
                )
        except SQLAlchemyError:
            log.exception("keeping a plan draft failed")

    def _drop_draft(self) -> None:
        if self._plan is None:
            return
        try:
            with self._db.session() as session:
                drafts.discard_draft(session, f"plan:{self._plan.id}")
        except SQLAlchemyError:
            log.exception("dropping a plan draft failed")

    def restore_draft(self, draft: drafts.DraftRow) -> None:
        if draft.target_id is None:
            return
        self.select_plan(draft.target_id)
        if self._plan is not None and self._plan.id == draft.target_id:
            self.tabs.setCurrentIndex(0)
            self.form.apply_draft(draft.fields)

    def resolve_unsaved_changes(self) -> bool:
        if not self.form.is_dirty():
            return True
        choice = dialogs.ask_unsaved_changes(self)
        if choice == dialogs.UnsavedChoice.SAVE:
            return self.save_plan()
        if choice == dialogs.UnsavedChoice.DISCARD:
            self.form.revert()
            return True
        return False

    # -- actions of the official ----------------------------------------------------------

    def _on_plan_chosen(self) -> None:
        plan_id = self.plan_combo.currentData()
        if self._plan is not None and plan_id == self._plan.id:
            return
        if not self.resolve_unsaved_changes():
            self.plan_combo.setCurrentIndex(
                self.plan_combo.findData(self._plan.id if self._plan else None)
            )
            return
        with self._db.session() as session:
            self._show_plan(plans.get_plan(session, str(plan_id)))

    def new_plan(self) -> None:
        if not self._municipality_code or not self.resolve_unsaved_changes():
            return
        year = dt.date.today().year
        values = plans.PlanInput(
            title=self.tr("Service plan %1–%2")
            .replace("%1", str(year))
            .replace("%2", str(year + 4)),
            first_year=year,
            last_year=year + 4,
        )
        with self._db.session() as session:
            plan = plans.create_plan(session, self._municipality_code, values, self._author)
        self._reload(select_id=plan.id)
        self.tabs.setCurrentIndex(0)
        self.form.title_edit.setFocus()
        self.form.title_edit.selectAll()
        self.changed.emit()

    def save_plan(self) -> bool:
        if self._plan is None:
            return True
        values = self.form.checked_values()
        if values is None:
            return False
        try:
            with self._db.session() as session:
                saved = plans.update_plan(session, self._plan.id, values)
        except ValidationError as error:
            dialogs.show_error(self, self.tr("Could not save"), problem_text(error.reason))
            return False
        except SQLAlchemyError:
            log.exception("saving a plan failed")
            dialogs.show_error(
                self,
                self.tr("Could not save"),
                self.tr(
                    "The plan could not be written to the database. Your edits are still "
                    "in the form; check that the disk is not full and try again."
                ),
            )
            return False
        self._reload(select_id=saved.id)
        self.changed.emit()
        return True

    def change_stage(self) -> None:
        if self._plan is None or not self.resolve_unsaved_changes():
            return
        choice = stage_dialog.ask_stage_change(self, self._plan.stage)
        if choice is None:
            return
        with self._db.session() as session:
            plans.set_stage(
                session,
                self._plan.id,
                choice.stage,
                self._author,
                choice.changed_on,
                choice.comment,
            )
        self._reload(select_id=self._plan.id)
        self.changed.emit()

    def make_current(self) -> None:
        if self._plan is None:
            return
        with self._db.session() as session:
            plans.make_current(session, self._plan.id)
        self._reload(select_id=self._plan.id)
        self.changed.emit()

    def delete_plan(self) -> None:
        if self._plan is None:
            return
        if not dialogs.confirm_delete(self, self.tr("Delete plan"), self._plan.title):
            return
        with self._db.session() as session:
            plans.delete_plan(session, self._plan.id)
        self._reload(select_id=None)
        self.changed.emit()

    def _on_actions_changed(self) -> None:
        self._show_progress()
        self.tabs.setTabText(1, self.tr("Actions (%n)", "", self.actions_panel.model.rowCount()))
        self.changed.emit()

    def _on_goals_changed(self) -> None:
        # Goal names appear in the actions table.
        self.actions_panel.reload(select_id=self.actions_panel.current_action_id())
        self.changed.emit()

    def subjects(self) -> list[tuple[str, str, str]]:
        """What a note can concern here: (kind, id, label) for every plan and its actions."""
        result: list[tuple[str, str, str]] = []
        with self._db.session() as session:
            for plan in self._plans:
                result.append(("plan", plan.id, self.tr("Plan: %1").replace("%1", plan.title)))
                for action in actions.list_actions(session, plan.id):
                    label = self.tr("Action: %1").replace("%1", action.values.title)
                    result.append(("action", action.id, label))
        return result
