"""The trash: deleted notes, plans and actions, with a button to put one back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import trash
from servicepunkt_gui.ui.common.labels import local_time_text
from servicepunkt_gui.ui.common.write_path import WritePath

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    """What it restores, the change hub announces; the views that show it refresh."""

    def __init__(self, writes: WritePath, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = writes
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        intro = QLabel(self.tr("Deleted notes, plans and actions. Choose one and restore it."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deleted"), self.tr("Municipality"), self.tr("What"), self.tr("Title")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("&Restore"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.table.itemSelectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        items = self._writes.read(trash.list_trash)
        kinds = {
            "note": self.tr("Note"),
            "plan": self.tr("Plan"),
            "goal": self.tr("Goal"),
            "action": self.tr("Action"),
        }
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            deleted = local_time_text(item.deleted_at)
            for column, text in enumerate(
                (deleted, item.municipality_name, kinds[item.kind], item.title)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(ITEM_ROLE, item)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def restore_chosen(self) -> None:
        chosen = self.table.selectedItems()
        if not chosen:
            return
        item = chosen[0].data(ITEM_ROLE)
        if not isinstance(item, trash.TrashItem):
            return
        if self._writes.write_done(self, lambda s: trash.restore(s, item.kind, item.id)):
            self.reload()
