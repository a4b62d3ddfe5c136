"""The "Serviceplan" tab: a municipality's plans, the chosen plan's details, goals and actions."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import drafts, plans
from servicepunkt_gui.core.actions import ActionRow, GoalRow
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.pages import PlanSection, plan_section
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.editing import FormEditing
from servicepunkt_gui.ui.common.labels import problem_text
from servicepunkt_gui.ui.common.read_only import keep_enabled
from servicepunkt_gui.ui.common.tabs import TabbedPages
from servicepunkt_gui.ui.common.write_path import Work
from servicepunkt_gui.ui.plans import stage_dialog
from servicepunkt_gui.ui.plans.actions_panel import ActionsPanel
from servicepunkt_gui.ui.plans.goals_panel import GoalsPanel
from servicepunkt_gui.ui.plans.plan_form import PlanForm
from servicepunkt_gui.ui.plans.stage_box import StageBox

DETAILS_TAB, ACTIONS_TAB, GOALS_TAB = 0, 1, 2
T = TypeVar("T")


class PlanPanel(QWidget):
    """Emits ``note_requested(action_id)`` when the official wants to write about an action."""

    note_requested = Signal(str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writes = context.writes
        self._code = ""
        self._plan: plans.PlanDetail | None = None
        self._section = PlanSection([], {}, {})

        self.plan_combo = QComboBox()
        keep_enabled(self.plan_combo)  # choosing a plan only shows it
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
        self.editing = FormEditing(
            self.form,
            noun=lambda: self.tr("the plan"),
            save=self.save_plan,
            draft_target=self._draft_target,
            write_path=context.writes,
        )
        context.forms.add(self.editing)
        self.stage_box = StageBox()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        details_layout.addWidget(self.stage_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)

        self.actions_panel = ActionsPanel(context)
        self.goals_panel = GoalsPanel(context)
        self.tabs = TabbedPages()
        self.tabs.add_page(self.tr("The plan"), scroll)
        self.tabs.add_page(self.tr("Actions"), self.actions_panel)
        self.tabs.add_page(self.tr("Goals"), self.goals_panel)

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
        self.stage_box.change_stage_button.clicked.connect(self.change_stage)
        self.form.save_requested.connect(self.save_plan)
        self.actions_panel.note_requested.connect(self.note_requested)
        self.actions_panel.actions_shown.connect(self._show_action_count)
        context.hub.changed.connect(self._on_changes)

    # -- loading --------------------------------------------------------------------

    @property
    def plan(self) -> plans.PlanDetail | None:
        return self._plan

    def show_section(self, code: str, section: PlanSection) -> None:
        """A municipality's plans, goals and actions, as the page's one read found them."""
        self._code = code
        self._section = section
        self._fill(select_id=None)

    def select_plan(self, plan_id: str) -> None:
        if self._plan is not None and self._plan.id == plan_id:
            return
        if self.editing.resolve_unsaved():
            self._fill(select_id=plan_id)

    def show_action(self, action_id: str) -> None:
        self.tabs.set_current_index(ACTIONS_TAB)
        self.actions_panel.select_action(action_id)

    def _reread(self, select_id: str | None) -> None:
        code = self._code
        self._section = self._writes.read(lambda s: plan_section(s, code))
        self._fill(select_id)

    def _fill(self, select_id: str | None) -> None:
        found = self._section.plans
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
        self.form.show_plan(plan.values if plan else None, plan.stage if plan else None)
        self.editing.remember_read(
            plan.row_version if plan else None, plans.plan_fields(plan.values) if plan else {}
        )
        plan_id = plan.id if plan else None
        goals: list[GoalRow] = self._section.goals.get(plan_id or "", [])
        rows: list[ActionRow] = self._section.actions.get(plan_id or "", [])
        self.actions_panel.show_plan(plan_id, self._code, rows, goals)
        self.goals_panel.show_plan(plan_id, goals)
        self.stage_box.show_plan(plan)

    def _show_action_count(self, rows: list[ActionRow]) -> None:
        self.stage_box.show_progress(rows)
        self.tabs.set_tab_text(ACTIONS_TAB, self.tr("Actions (%n)", "", len(rows)))

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """Someone else changed this municipality's plans (the trash, a restore): show them."""
        if origin is self or not changes.touches_municipality(self._code):
            return
        if not changes.touches(RecordKind.PLAN, RecordKind.GOAL, RecordKind.ACTION):
            return
        if origin in (self.actions_panel, self.goals_panel):
            return  # they showed their own change; the stage box follows actions_shown
        typed = self.form.draft_fields() if self.editing.is_dirty() else None
        read = (self._plan.id if self._plan else None, self.editing.read_version)
        read_values = self.editing.read_values
        self._reread(select_id=read[0])
        if typed is not None and self._plan is not None and self._plan.id == read[0]:
            self.form.apply_draft(typed)  # what the official is typing stays
            # ... and is saved against the version it was typed over (a conflict if changed).
            self.editing.remember_read(read[1], read_values)

    # -- drafts ----------------------------------------------------------------------------

    def _draft_target(self) -> tuple[str, str] | None:
        return (f"plan:{self._plan.id}", self._code) if self._plan is not None else None

    def restore_draft(self, draft: drafts.DraftRow) -> None:
        if draft.target_id is None:
            return
        self.select_plan(draft.target_id)
        if self._plan is not None and self._plan.id == draft.target_id:
            self.tabs.set_current_index(DETAILS_TAB)
            self.editing.take_draft(draft)

    # -- the official's actions ----------------------------------------------------------

    def _on_plan_chosen(self) -> None:
        plan_id = self.plan_combo.currentData()
        if self._plan is not None and plan_id == self._plan.id:
            return
        if not self.editing.resolve_unsaved():
            self.plan_combo.setCurrentIndex(
                self.plan_combo.findData(self._plan.id if self._plan else None)
            )
            return
        self._fill(select_id=str(plan_id))

    def new_plan(self) -> None:
        if not self._code or not self.editing.resolve_unsaved():
            return
        year = dt.date.today().year
        values = plans.PlanInput(
            title=self.tr("Service plan %1–%2")
            .replace("%1", str(year))
            .replace("%2", str(year + 4)),
            first_year=year,
            last_year=year + 4,
        )
        code, author = self._code, self._context.author()
        plan = self._write(lambda s: plans.create_plan(s, code, values, author))
        if plan is None:
            return
        self._reread(select_id=plan.id)
        self.tabs.set_current_index(DETAILS_TAB)
        self.form.title_edit.setFocus()
        self.form.title_edit.selectAll()

    def save_plan(self) -> bool:
        plan = self._plan
        if plan is None:
            return True
        values = self.form.checked_values()
        if values is None:
            return False

        def save_as(values: plans.PlanInput, version: int | None) -> Work[plans.PlanDetail]:
            return lambda s: plans.update_plan(s, plan.id, values, expected_version=version)

        handling = self.editing.conflict_handling(
            lambda kept, version: save_as(plans.PlanInput(**kept), version),  # type: ignore[arg-type]
            lambda _conflict: self._reread(select_id=plan.id),
        )
        try:
            saved = self._writes.write(
                self, save_as(values, self.editing.read_version), self, handling
            )
        except ValidationError as error:
            dialogs.show_error(self, self.tr("Could not save"), problem_text(error.reason))
            return False
        if saved is None:
            return False
        self.editing.drop_draft()
        self._reread(select_id=saved.id)
        return True

    def change_stage(self) -> None:
        plan = self._plan
        if plan is None or not self.editing.resolve_unsaved():
            return
        choice = stage_dialog.ask_stage_change(self, plan.stage)
        if choice is None:
            return
        author = self._context.author()
        changed = self._write(
            lambda s: plans.set_stage(
                s, plan.id, choice.stage, author, choice.changed_on, choice.comment
            )
        )
        if changed is not None:
            self._reread(select_id=plan.id)

    def make_current(self) -> None:
        plan = self._plan
        if plan is None:
            return
        if self._write(lambda s: plans.make_current(s, plan.id)) is not None:
            self._reread(select_id=plan.id)

    def delete_plan(self) -> None:
        plan = self._plan
        if plan is None:
            return
        if not dialogs.confirm_delete(self, self.tr("Delete plan"), plan.title):
            return
        if self._writes.write_done(self, lambda s: plans.delete_plan(s, plan.id), origin=self):
            self.editing.drop_draft()
            self._reread(select_id=None)

    def _write(self, work: Work[T]) -> T | None:
        return self._writes.write(self, work, origin=self)
