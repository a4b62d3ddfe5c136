"""The action plan: a table of actions edited in place, filters, and each action's notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import actions, notes
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import ActionStatus
from servicepunkt_gui.export.sheets import Cell, CellKind
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.labels import action_status_label, category_label, problem_text
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes, tab_leaves
from servicepunkt_gui.ui.common.read_only import keep_enabled
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.common.table_rows import model_value
from servicepunkt_gui.ui.common.write_path import ConflictHandling, Work
from servicepunkt_gui.ui.plans.actions_model import (
    ACTION_ID_ROLE,
    ActionColumn,
    ActionsFilterModel,
    ActionsTableModel,
)
from servicepunkt_gui.ui.plans.goal_choice import ActionsDelegate


class ActionsPanel(QWidget):
    """Emits ``actions_shown(rows)`` whenever the actions shown change, and
    ``note_requested(action_id)``."""

    actions_shown = Signal(list)
    note_requested = Signal(str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = context.writes
        self._plan_id: str | None = None
        self._municipality_code = ""
        self.model = ActionsTableModel(self._save_action)
        self.proxy = ActionsFilterModel()
        self.proxy.setSourceModel(self.model)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(action_status_label("", delayed=True), "delayed")
        for status in ActionStatus:
            self.status_filter.addItem(action_status_label(status), status)
        self.responsible_filter = QComboBox()
        keep_enabled(self.status_filter, self.responsible_filter)  # they only filter
        self.add_button = QPushButton(self.tr("New &action"))
        self.delete_button = QPushButton(self.tr("Delete action…"))
        # The reason an edit was refused; its room is kept so the table does not jump.
        self.message = ReservedMessage(self._possible_messages)

        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        tab_leaves(self.table)
        delete_key_deletes(self.table, self.delete_action)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ActionsDelegate(self.table))
        self.table.setSortingEnabled(True)
        # Rows selected several at once, copied (Ctrl+C) and exported as Excel expects.
        self.copier = enable_table_copy(
            self.table,
            lambda: self.tr("Actions"),
            value=self._cell_value,
            kinds={ActionColumn.COST: CellKind.KRONOR},
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ActionColumn.TITLE, 210),
            (ActionColumn.RESPONSIBLE, 130),
            (ActionColumn.COST, 95),
            (ActionColumn.FINANCING, 130),
            (ActionColumn.GOAL, 120),
            (ActionColumn.DESCRIPTION, 140),
        ):
            header.resizeSection(column, width)
        self._fit_columns()
        # What is due first comes first; actions without a deadline last.
        self.table.sortByColumn(ActionColumn.DEADLINE, Qt.SortOrder.AscendingOrder)

        self.notes_heading = QLabel()
        self.notes_list = QListWidget()
        self.notes_list.setObjectName("actionNotes")
        self.new_note_button = QPushButton(self.tr("Write a note about the action"))

        filters = QHBoxLayout()
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        responsible_label = QLabel(self.tr("Res&ponsible:"))
        responsible_label.setBuddy(self.responsible_filter)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(responsible_label)
        filters.addWidget(self.responsible_filter)
        filters.addStretch(1)
        filters.addWidget(self.add_button)
        filters.addWidget(self.delete_button)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.message)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_header = QHBoxLayout()
        notes_header.addWidget(self.notes_heading, 1)
        notes_header.addWidget(self.new_note_button)
        notes_layout.addLayout(notes_header)
        notes_layout.addWidget(self.notes_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_box)
        splitter.addWidget(notes_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.model.edit_refused.connect(self._show_message)
        self.model.edit_accepted.connect(lambda: self.message.say(""))
        self.model.dataChanged.connect(self._refresh_responsible_choices)
        self.model.dataChanged.connect(lambda *_: self.actions_shown.emit(self.model.actions()))
        self.status_filter.currentIndexChanged.connect(self._apply_status_filter)
        self.responsible_filter.currentIndexChanged.connect(self._apply_responsible_filter)
        self.add_button.clicked.connect(self.add_action)
        self.delete_button.clicked.connect(self.delete_action)
        self.new_note_button.clicked.connect(self._request_note)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        context.hub.changed.connect(self._on_changes)
        self.show_plan(None, "", [], [])

    # -- loading ------------------------------------------------------------------

    def show_plan(
        self,
        plan_id: str | None,
        municipality_code: str,
        rows: list[actions.ActionRow],
        goals: list[actions.GoalRow],
    ) -> None:
        """A plan's actions and goals, already read."""
        self._plan_id = plan_id
        self._municipality_code = municipality_code
        self._show(rows, goals, select_id=None)

    def reload(self, select_id: str | None = None) -> None:
        plan_id = self._plan_id
        rows: list[actions.ActionRow] = []
        goals: list[actions.GoalRow] = []
        if plan_id is not None:
            rows, goals = self._writes.read(
                lambda s: (actions.list_actions(s, plan_id), actions.list_goals(s, plan_id))
            )
        self._show(rows, goals, select_id)

    def _show(
        self, rows: list[actions.ActionRow], goals: list[actions.GoalRow], select_id: str | None
    ) -> None:
        self.model.set_actions(rows, goals)
        self.actions_shown.emit(rows)
        self._refresh_responsible_choices()
        for widget in (self.add_button, self.table, self.status_filter, self.responsible_filter):
            widget.setEnabled(self._plan_id is not None)
        if select_id is not None:
            self.select_action(select_id)
        self._on_current_changed(self.table.currentIndex(), QModelIndex())

    def _refresh_responsible_choices(self) -> None:
        names = {action.values.responsible for action in self.model.actions()} - {""}
        self._fill_responsible_filter(sorted(names, key=swedish_sort_key))

    def _fill_responsible_filter(self, names: list[str]) -> None:
        chosen = self.responsible_filter.currentData()
        self.responsible_filter.blockSignals(True)
        self.responsible_filter.clear()
        self.responsible_filter.addItem(self.tr("Everyone"), None)
        for name in names:
            self.responsible_filter.addItem(name, name)
        self.responsible_filter.setCurrentIndex(max(0, self.responsible_filter.findData(chosen)))
        self.responsible_filter.blockSignals(False)
        self._apply_responsible_filter()

    def select_action(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, ActionColumn.TITLE))
        if index.isValid():
            self.table.setCurrentIndex(index)

    def _cell_value(self, index: QModelIndex) -> Cell:
        """Copied and exported: the deadline as a date, the cost as a number, all the text."""
        values = self.model.action(self.proxy.mapToSource(index).row()).values
        column = ActionColumn(index.column())
        if column == ActionColumn.DEADLINE:
            return values.deadline
        if column == ActionColumn.COST:
            return values.cost_sek
        if column == ActionColumn.DESCRIPTION:
            return values.description  # its line breaks too, which the table shows as spaces
        return model_value(index)

    def current_action_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ACTION_ID_ROLE)) if index.isValid() else None

    # -- changes ----------------------------------------------------------------------

    def _save_action(self, action_id: str, values: actions.ActionInput) -> actions.ActionRow | None:
        """Saved against the version the table shows; if someone else saved the action
        since, both versions are shown and the official chooses (keep mine: both edits)."""
        row = self.model.row_of(action_id)
        read = self.model.action(row) if row is not None else None

        def save_as(values: actions.ActionInput, version: int | None) -> Work[actions.ActionRow]:
            return lambda s: actions.update_action(s, action_id, values, expected_version=version)

        handling = ConflictHandling(
            resave=lambda kept, version: save_as(actions.ActionInput(**kept), version),  # type: ignore[arg-type]
            # Re-read once the table's edit is over, not inside its setData.
            take_theirs=lambda _conflict: QTimer.singleShot(
                0, lambda: self.reload(select_id=action_id)
            ),
            read=actions.action_fields(read.values) if read is not None else {},
            describe=self._describe,
            can_wait=False,
        )
        version = read.row_version if read is not None else None
        saved = self._writes.write(self, save_as(values, version), self, handling)
        if saved is not None:
            self.message.say("")
        return saved

    def _describe(self, field: str, value: object) -> str | None:
        """The goal's title for the conflict dialog, instead of its id."""
        if field != "goal_id" or value is None:
            return None
        return next((goal.title for goal in self.model.goals() if goal.id == value), None)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        if origin is self or not changes.touches_municipality(self._municipality_code):
            return
        if changes.touches(RecordKind.GOAL, RecordKind.ACTION):
            # Goal names show in the table; an action may have come back from the trash.
            self.reload(select_id=self.current_action_id())
        elif changes.touches(RecordKind.NOTE):
            self.refresh_notes()

    def add_action(self) -> None:
        if self._plan_id is None:
            return
        plan_id, title = self._plan_id, self.tr("New action")
        added = self._writes.write(
            self, lambda s: actions.add_action(s, plan_id, actions.ActionInput(title)), origin=self
        )
        if added is None:
            return
        # Show the new action whatever the filters say, and let the official name it.
        self.status_filter.setCurrentIndex(0)
        self.responsible_filter.setCurrentIndex(0)
        self.reload(select_id=added.id)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def delete_action(self) -> None:
        action_id = self.current_action_id()
        if action_id is None:
            return
        title = str(self.table.currentIndex().siblingAtColumn(ActionColumn.TITLE).data())
        if not dialogs.confirm_delete(self, self.tr("Delete action"), title):
            return
        if self._writes.write_done(
            self, lambda s: actions.delete_action(s, action_id), origin=self
        ):
            self.reload()

    def _show_message(self, text: str) -> None:
        self.message.say(text)

    @staticmethod
    def _possible_messages() -> list[str]:
        reasons = ("negative_cost", "cost_too_large", "not_a_number", "date_format", "empty")
        return [problem_text(reason) for reason in (*reasons, "date_missing_day", "too_long")]

    def _fit_columns(self) -> None:
        """The status as wide as its longest label in the language shown; the status and the
        deadline (sorted on at first, so with the sort arrow) as wide as their headings."""
        labels = [action_status_label(s) for s in ActionStatus]
        labels.append(action_status_label("", delayed=True))
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        header = self.table.horizontalHeader()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        widest = max(self.table.fontMetrics().horizontalAdvance(label) for label in labels)
        for column, least in (
            (ActionColumn.STATUS, widest + margin + 12),
            (ActionColumn.DEADLINE, 95),
        ):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            heading_width = header.fontMetrics().horizontalAdvance(heading) + 3 * margin + arrow + 8
            header.resizeSection(column, max(least, heading_width))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._fit_columns()

    # -- filters and notes ------------------------------------------------------------

    def _apply_status_filter(self) -> None:
        value = self.status_filter.currentData()
        if value == "delayed":
            self.proxy.set_status(None, delayed_only=True)
        else:
            self.proxy.set_status(str(value) if value else None)

    def _apply_responsible_filter(self) -> None:
        value = self.responsible_filter.currentData()
        self.proxy.set_responsible(str(value) if value else None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        action_id = str(current.data(ACTION_ID_ROLE)) if current.isValid() else None
        self.delete_button.setEnabled(action_id is not None)
        self.new_note_button.setEnabled(action_id is not None)
        self.notes_list.clear()
        if action_id is None:
            self.notes_heading.setText(self.tr("Choose an action to see its notes."))
            return
        code = self._municipality_code
        found = self._writes.read(lambda s: notes.list_notes(s, code, action_id=action_id))
        self.notes_heading.setText(self.tr("Notes about the action (%n)", "", len(found)))
        for note in found:
            headline = (note.title or note.preview).strip().splitlines()
            self.notes_list.addItem(
                f"{note.concerns_date.isoformat()}  ·  {category_label(note.category)}  ·  "
                f"{headline[0] if headline else ''}"
            )

    def refresh_notes(self) -> None:
        """Notes were written or deleted elsewhere: show the current action's again."""
        self._on_current_changed(self.table.currentIndex(), QModelIndex())

    def _request_note(self) -> None:
        action_id = self.current_action_id()
        if action_id is not None:
            self.note_requested.emit(action_id)
