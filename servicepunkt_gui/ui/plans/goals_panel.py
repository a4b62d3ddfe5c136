"""Goals and sub-goals of a plan, as a tree edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import actions
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes
from servicepunkt_gui.ui.common.write_path import ConflictHandling, Work

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_VERSION_ROLE = Qt.ItemDataRole.UserRole + 2  # the version read (core.record_versions)


class GoalsPanel(QWidget):
    """A plan's goals; what it changes, the change hub announces (actions show goal names)."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = context.writes
        self._plan_id: str | None = None
        self.tree = QTreeWidget()
        delete_key_deletes(self.tree, self.delete_goal)
        self.tree.setObjectName("goalsTree")
        self.tree.setHeaderLabels([self.tr("Goals and sub-goals")])
        self.add_goal_button = QPushButton(self.tr("New &goal"))
        self.add_sub_goal_button = QPushButton(self.tr("New &sub-goal"))
        self.delete_button = QPushButton(self.tr("Delete goal…"))
        hint = QLabel(self.tr("Double-click a goal to rename it. Actions can be tied to goals."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.add_sub_goal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

        self.add_goal_button.clicked.connect(lambda: self.add_goal(sub_goal=False))
        self.add_sub_goal_button.clicked.connect(lambda: self.add_goal(sub_goal=True))
        self.delete_button.clicked.connect(self.delete_goal)
        self.tree.itemChanged.connect(self._on_renamed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_plan(None, [])

    def show_plan(
        self, plan_id: str | None, goals: list[actions.GoalRow], select_id: str | None = None
    ) -> None:
        """A plan's goals, already read (parents before their sub-goals)."""
        self._plan_id = plan_id
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for goal in goals:  # parents come before their sub-goals (ordered by position)
            parent = items.get(goal.parent_id or "")
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.tree)
            item.setText(0, goal.title)
            item.setData(0, GOAL_ID_ROLE, goal.id)
            item.setData(0, GOAL_VERSION_ROLE, goal.row_version)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            items[goal.id] = item
        self.tree.expandAll()
        if select_id in items:
            self.tree.setCurrentItem(items[select_id])
        self.tree.blockSignals(False)
        self._update_buttons()

    def goal_titles(self) -> list[str]:
        titles = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            titles.append(top.text(0))
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None:
                    titles.append(child.text(0))
        return titles

    def add_goal(self, sub_goal: bool) -> None:
        if self._plan_id is None:
            return
        parent_id = None
        current = self.tree.currentItem()
        if sub_goal:
            if current is None:
                return
            top = current.parent() or current  # sub-goals hang under a goal
            parent_id = str(top.data(0, GOAL_ID_ROLE))
        title = self.tr("New sub-goal") if sub_goal else self.tr("New goal")
        plan_id = self._plan_id
        goal = self._writes.write(
            self, lambda s: actions.add_goal(s, plan_id, title, parent_id), origin=self
        )
        if goal is None:
            return
        self._reload(select_id=goal.id)
        if (item := self.tree.currentItem()) is not None:
            self.tree.editItem(item, 0)

    def _reload(self, select_id: str | None = None) -> None:
        plan_id = self._plan_id
        goals = (
            [] if plan_id is None else self._writes.read(lambda s: actions.list_goals(s, plan_id))
        )
        self.show_plan(plan_id, goals, select_id)

    def delete_goal(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if not dialogs.confirm_delete(self, self.tr("Delete goal"), item.text(0)):
            return
        goal_id = str(item.data(0, GOAL_ID_ROLE))
        if self._writes.write_done(self, lambda s: actions.delete_goal(s, goal_id), origin=self):
            self._reload()

    def _on_renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        goal_id = str(item.data(0, GOAL_ID_ROLE))
        title = item.text(0).strip()
        if not title:
            # An empty name is not kept: show the stored one again.
            self._reload(select_id=goal_id)
            return
        # On failure the write path says why and the typed name stays in the tree to retry;
        # if someone else renamed it since it was read, both names are shown to choose from.
        version = item.data(0, GOAL_VERSION_ROLE)

        def rename(name: str, version: int | None) -> Work[actions.GoalRow]:
            return lambda s: actions.rename_goal(s, goal_id, name, expected_version=version)

        handling = ConflictHandling(
            resave=lambda kept, version: rename(str(kept["title"]), version),
            take_theirs=lambda _conflict: QTimer.singleShot(
                0, lambda: self._reload(select_id=goal_id)
            ),
            can_wait=False,
        )
        saved = self._writes.write(self, rename(title, version), self, handling)
        if saved is not None:
            self.tree.blockSignals(True)
            item.setData(0, GOAL_VERSION_ROLE, saved.row_version)
            self.tree.blockSignals(False)

    def _update_buttons(self) -> None:
        has_plan = self._plan_id is not None
        has_goal = self.tree.currentItem() is not None
        self.add_goal_button.setEnabled(has_plan)
        self.add_sub_goal_button.setEnabled(has_plan and has_goal)
        self.delete_button.setEnabled(has_plan and has_goal)
