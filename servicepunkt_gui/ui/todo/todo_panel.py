"""The Att göra tab: every date that matters, for my municipalities, one or all.

Rows come from ``core.todo.list_todo`` (plans' revisions and follow-ups, action deadlines,
grant deadlines, agreement ends and payments). Each row opens its record (Enter, double
click, "Open"); "Done" and "Snooze…" set a mark on it; the rows shown can be saved as an
.ics calendar for Outlook or Thunderbird. The list is read again when the tab is shown and
whenever a write moves a date, keeping the selected rows where it can.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.todo import (
    TodoItem,
    list_todo,
    mark_done,
    snooze,
    todo_municipalities,
    undo_done,
)
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.todo.snooze_dialog import SnoozeDialog
from servicepunkt_gui.ui.todo.todo_model import TodoColumn, TodoModel
from servicepunkt_gui.ui.todo.todo_scope import TodoScopeBar

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session

log = logging.getLogger(__name__)

# Every kind of write that can move, add or remove a date in the list.
WATCHED = (
    RecordKind.PLAN,
    RecordKind.ACTION,
    RecordKind.GRANT,
    RecordKind.AGREEMENT,
    RecordKind.PLACE,
    RecordKind.TODO,
    RecordKind.MINE,
    RecordKind.TRASH,
    RecordKind.EVERYTHING,
)


class TodoPanel(QWidget):
    # What a row is about: kind ("plan", "action", "place", "agreement", "grant"), its id,
    # and its municipality's code.
    record_requested = Signal(str, str, str)

    def __init__(
        self,
        context: WindowContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todoPanel")
        self._context = context
        self._today = today
        self._stale = True
        self._places_stale = True
        self.snooze_dialog: SnoozeDialog | None = None
        self.last_export: Path | None = None

        self.scope = TodoScopeBar()
        self.model = TodoModel(today)
        self.table = QTableView()
        self.table.setObjectName("todoTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._copy = enable_table_copy(self.table, lambda: self.tr("To do"))
        # The table's own menu gets the row's actions above Copy and Export….
        self.table.customContextMenuRequested.disconnect()
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("todoStatus")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("todoOpen")
        self.done_button = QPushButton(self.tr("Mark don&e"))
        self.done_button.setObjectName("todoDone")
        self.snooze_button = QPushButton(self.tr("Snoo&ze…"))
        self.snooze_button.setObjectName("todoSnooze")
        self.export_button = QPushButton(self.tr("Export &calendar (.ics)…"))
        self.export_button.setObjectName("todoExport")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.scope.changed.connect(self.refresh)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.toggle_done)
        self.snooze_button.clicked.connect(self.ask_snooze)
        self.export_button.clicked.connect(self.export_calendar)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_current)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        context.hub.changed.connect(self._on_changed)
        self._update_buttons()

    # -- reading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes, origin: object | None) -> None:
        if origin is self or not changes.touches(*WATCHED):
            return
        if changes.touches(RecordKind.MINE):
            self._places_stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when the tab is shown

    def refresh(self) -> None:
        """Read the list again; the rows selected stay selected if they are still listed."""
        if self._places_stale:
            self._places_stale = False
            self.scope.set_municipalities(self._context.writes.read(todo_municipalities))
        self._stale = False
        codes = self.scope.codes()
        today = self._today()
        horizon, include_done = self.scope.horizon_days(), self.scope.include_done()
        rows = self._context.writes.read(
            lambda s: list_todo(s, codes, today, horizon, include_done)
        )
        selected = [item.key for item in self.selected_items()]
        current = self.table.currentIndex().row()
        self.model.set_items(rows)
        self._fit_columns()
        self._select(selected, current)
        self._update_status()

    def _fit_columns(self) -> None:
        """Columns widened to what they show (never narrowed: a refresh must not make the
        table jump, nor undo a width the official dragged); a long title is cut instead."""
        for column in TodoColumn:
            wanted = max(
                self.table.sizeHintForColumn(column),
                self.table.horizontalHeader().sectionSizeHint(column),
            )
            if column is TodoColumn.TITLE:
                wanted = min(wanted, 360)
            if wanted > self.table.columnWidth(column):
                self.table.setColumnWidth(column, wanted)

    def _select(self, keys: list[str], old_row: int) -> None:
        rows = [row for key in keys if (row := self.model.row_of(key)) is not None]
        if not rows and keys and self.model.rowCount() > 0:
            # The row went (done, snoozed): the one that took its place, for the keyboard.
            rows = [min(max(old_row, 0), self.model.rowCount() - 1)]
        selection = self.table.selectionModel()
        for number, row in enumerate(rows):
            flags = selection.SelectionFlag.Rows | (
                selection.SelectionFlag.ClearAndSelect
                if number == 0
                else selection.SelectionFlag.Select
            )
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate
            )

    def _update_status(self) -> None:
        if self.model.rowCount() > 0:
            self.empty_label.hide()
            return
        self.empty_label.setText(self.tr("Nothing to do in this period."))
        self.empty_label.show()

    # -- the rows ---------------------------------------------------------------------------

    def selected_items(self) -> list[TodoItem]:
        return [self.model.item(index.row()) for index in self._copy.selected_rows()]

    def _update_buttons(self) -> None:
        chosen = self.selected_items()
        self.open_button.setEnabled(len(chosen) == 1)
        self.done_button.setEnabled(bool(chosen))
        self.snooze_button.setEnabled(bool(chosen) and not any(i.done for i in chosen))
        self.export_button.setEnabled(self.model.rowCount() > 0)
        undo = bool(chosen) and all(item.done for item in chosen)
        self.done_button.setText(self.tr("&Undo done") if undo else self.tr("Mark don&e"))

    def open_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.open_row(current.row())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            item = self.model.item(row)
            self.record_requested.emit(item.record_kind, item.record_id, item.municipality_code)

    def toggle_done(self) -> None:
        """Mark the selected rows done, or take the mark back when they all are."""
        chosen = self.selected_items()
        if not chosen:
            return
        undo = all(item.done for item in chosen)
        today = self._today()

        def work(session: Session) -> None:
            for item in chosen:
                if undo:
                    undo_done(session, item.key, item.municipality_code)
                else:
                    mark_done(session, item.key, item.municipality_code, today)

        if self._context.writes.write_done(self, work, origin=self):
            self.refresh()

    def ask_snooze(self) -> None:
        """The snooze dialog, window-modal; the rows are snoozed when it is accepted."""
        chosen = [item for item in self.selected_items() if not item.done]
        if not chosen:
            return
        dialog = SnoozeDialog(self._today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._snooze(chosen, dialog.until()))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "snooze_dialog", None))
        self.snooze_dialog = dialog
        dialog.open()

    def _snooze(self, chosen: list[TodoItem], until: dt.date | None) -> None:
        if until is None:
            return
        today = self._today()

        def work(session: Session) -> None:
            for item in chosen:
                snooze(session, item.key, item.municipality_code, until, today)

        try:
            saved = self._context.writes.write_done(self, work, origin=self)
        except ValidationError:  # the dialog checked the date; a day may have passed since
            return
        if saved:
            self.refresh()

    def _show_menu(self, pos: QPoint) -> None:
        menu = self._copy.context_menu()
        first = menu.actions()[0] if menu.actions() else None
        for button in (self.open_button, self.done_button, self.snooze_button):
            action = QAction(button.text(), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.insertAction(first, action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        index = self.table.indexAt(pos)
        if not index.isValid() and self.table.currentIndex().isValid():
            pos = self.table.visualRect(self.table.currentIndex()).center()
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- the calendar -------------------------------------------------------------------------

    def export_calendar(self) -> Path | None:
        """Save the rows shown as an .ics file; the path written, or None."""
        from servicepunkt_gui.export.ics_file import write_ics

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = (Path(folder) if folder else Path.home()) / "att-gora.ics"
        path = file_dialogs.ask_save_path(
            self.window(),
            self.tr("Export calendar"),
            suggested,
            self.tr("Calendar file (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            write_ics(self.model.items(), path, calendar_name=self.scope.calendar_name())
        except OSError as error:
            log.warning("calendar export to %s failed: %s", path, error)
            dialogs.show_error(
                self.window(),
                self.tr("Export failed"),
                self.tr("The calendar could not be saved as %1.").replace("%1", str(path)),
                self._reason(error),
            )
            return None
        self.last_export = path
        self.empty_label.setText(
            self.tr("Saved %n dates in %1.", "", self.model.rowCount()).replace("%1", str(path))
        )
        self.empty_label.show()
        return path

    def _reason(self, error: OSError) -> str:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr(
                "You may not write in that folder, or the file is open in another program. "
                "Close it, or choose another folder."
            )
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return self.tr("The disk is full. Make room, or choose another disk.")
        return self.tr("Check that the folder exists, then try again or choose another folder.")

    def select_key(self, key: str) -> bool:
        """Select the row with ``key`` (for the keyboard, and tests); False if not listed."""
        row = self.model.row_of(key)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, TodoColumn.DATE))
        return True

    def index_of(self, key: str) -> QModelIndex:
        row = self.model.row_of(key)
        return self.model.index(row, TodoColumn.TITLE) if row is not None else QModelIndex()
