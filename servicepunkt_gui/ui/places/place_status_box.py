"""A place's dated status history (öppnad, hotad, stängd, återöppnad) and its dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.places import MAX_COMMENT_CHARS, StatusChangeRow
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.labels import problem_text
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes, tab_leaves
from servicepunkt_gui.ui.common.place_labels import status_choices, status_label
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.common.table_copy import enable_table_copy

CHANGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class StatusChoice:
    status: str
    changed_on: dt.date
    comment: str


class PlaceStatusBox(QGroupBox):
    """Emits ``add_requested`` and ``remove_requested(change id)``; the panel writes."""

    add_requested = Signal()
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Status history"), parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("placeStatusTable")
        self.table.setAccessibleName(self.tr("Status history"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("Comment")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = 5  # room for a few steps; more scroll
        self.table.setMinimumHeight(header.sizeHint().height() + rows * 22)
        self.table.setMaximumHeight(header.sizeHint().height() + rows * 30)
        tab_leaves(self.table)
        enable_table_copy(self.table, lambda: self.tr("Status history"))
        delete_key_deletes(self.table, self._remove_current)
        self.add_button = QPushButton(self.tr("Add s&tatus…"))
        self.add_button.setObjectName("addPlaceStatus")
        self.remove_button = QPushButton(self.tr("Remove status"))
        self.remove_button.setObjectName("removePlaceStatus")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_changes([], enabled=False)

    def show_changes(self, changes: list[StatusChangeRow], enabled: bool = True) -> None:
        """The history newest first (a saved place's; a new one has none yet)."""
        self.table.setRowCount(0)
        for change in reversed(changes):
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (change.changed_on.isoformat(), status_label(change.status), change.comment)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CHANGE_ID_ROLE, change.id)
                self.table.setItem(row, column, item)
        self.add_button.setEnabled(enabled)
        self._update_buttons()

    def change_ids(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [str(item.data(CHANGE_ID_ROLE)) for item in items if item is not None]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._current_id() is not None)

    def _current_id(self) -> str | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        item = self.table.item(rows.pop(), 0)
        return str(item.data(CHANGE_ID_ROLE)) if item is not None else None

    def _remove_current(self) -> None:
        change_id = self._current_id()
        if change_id is not None:
            self.remove_requested.emit(change_id)


class StatusDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add status"))
        self.setMinimumWidth(440)
        self.status_combo = QComboBox()
        for code, label in status_choices():
            self.status_combo.addItem(label, code)
        self.date_field = DateField()
        self.date_field.set_date(dt.date.today())
        self.comment = QLineEdit()
        self.comment.setMaxLength(MAX_COMMENT_CHARS)
        self.comment.setPlaceholderText(self.tr("Optional, e.g. “The owner retires in June”"))
        self.error = ReservedMessage(
            lambda: [problem_text(r) for r in ("date_format", "date_missing_day", "empty")]
        )
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status_combo)
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

    def _problem(self) -> str | None:
        return self.date_field.problem() or (None if self.date_field.value() else "empty")

    def _accept_if_valid(self) -> None:
        problem = self._problem()
        if problem:
            self.error.say(problem_text(problem))
            return
        self.accept()

    def choice(self) -> StatusChoice:
        return StatusChoice(
            status=str(self.status_combo.currentData()),
            changed_on=self.date_field.value() or dt.date.today(),
            comment=self.comment.text(),
        )


def ask_status_change(parent: QWidget | None) -> StatusChoice | None:
    """Ask for the status, its date and a comment; None when cancelled. Tests replace this."""
    dialog = StatusDialog(parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
