"""The trash: deleted notes, plans, actions, places, agreements and grant cases, to put back
or to delete for good."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import trash
from servicepunkt_gui.ui.common.grant_labels import grant_type_label
from servicepunkt_gui.ui.common.labels import local_time_text
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.common.write_path import Work, WritePath

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def confirm_delete_forever(parent: QWidget | None, title: str) -> bool:
    """Ask before deleting one item for good; No is the default. Tests replace this."""
    return _ask(
        parent,
        QCoreApplication.translate("TrashDialog", "Delete permanently"),
        QCoreApplication.translate("TrashDialog", "Delete “%1” permanently?").replace("%1", title),
        QCoreApplication.translate(
            "TrashDialog",
            "This cannot be undone. Everything that belongs to it goes from the file too: "
            "earlier versions and drafts, for a plan its goals and actions, for a place its "
            "agreements with their payments and its status history, for an agreement its "
            "payments. Grant cases of a place stay, with the municipality as the applicant. "
            "Backups made before now still hold it.",
        ),
    )


def confirm_empty_trash(parent: QWidget | None, count: int) -> bool:
    """Ask before deleting all ``count`` items in the trash for good. Tests replace this."""
    return _ask(
        parent,
        QCoreApplication.translate("TrashDialog", "Empty trash"),
        QCoreApplication.translate("TrashDialog", "Delete everything in the trash permanently?"),
        QCoreApplication.translate(
            "TrashDialog",
            "In the trash now: %1. This cannot be undone. Everything that belongs to them goes "
            "from the file too: earlier versions and drafts, for plans their goals and "
            "actions, for places their agreements with their payments and their status "
            "history. Grant cases of a place stay, with the municipality as the applicant. "
            "Backups made before now still hold them.",
        ).replace("%1", str(count)),
    )


def shown_title(item: trash.TrashItem) -> str:
    """What the row says about the item: an agreement by its period and place, a grant
    case by its type, years and title; the others by their title."""
    if item.kind == "agreement":
        return QCoreApplication.translate("TrashDialog", "Agreement %1").replace("%1", item.title)
    if item.kind == "grant":
        return f"{grant_type_label(item.detail)} {item.title}".strip()
    return item.title


def _ask(parent: QWidget | None, window_title: str, text: str, details: str) -> bool:
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a title with HTML in it stays text
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(window_title)
    box.setText(text)
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class TrashDialog(QDialog):
    """What it restores or deletes for good, the change hub announces; views refresh."""

    def __init__(self, writes: WritePath, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = writes
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        intro = QLabel(
            self.tr(
                "Deleted notes, plans, actions, places, agreements and grant cases. Choose one "
                "and restore it. An agreement or grant case whose place is in the trash brings "
                "the place back with it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deleted"), self.tr("Municipality"), self.tr("What"), self.tr("Title")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows copied (Ctrl+C) and exported; several selected at once, one restored at a time.
        self.copier = enable_table_copy(self.table, lambda: self.tr("Trash"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.delete_button = QPushButton(self.tr("&Delete permanently…"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.delete_button.clicked.connect(self.delete_chosen)
        self.empty_button.clicked.connect(self.empty)
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
            "place": self.tr("Place"),
            "agreement": self.tr("Agreement"),
            "grant": self.tr("Grant case"),
        }
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            deleted = local_time_text(item.deleted_at)
            for column, text in enumerate(
                (
                    deleted,
                    item.municipality_name,
                    kinds.get(item.kind, item.kind),
                    shown_title(item),
                )
            ):
                cell = QTableWidgetItem(text)
                cell.setData(ITEM_ROLE, item)
                if column == 0 and item.deleted_at is not None:  # local time, as shown
                    local = item.deleted_at.replace(tzinfo=dt.UTC).astimezone()
                    cell.setData(EXPORT_ROLE, local.replace(tzinfo=None, second=0, microsecond=0))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_button()

    def _update_button(self) -> None:
        chosen = self._chosen() is not None
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    def _chosen(self) -> trash.TrashItem | None:
        """The one selected item; none when several rows are selected (to copy them)."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        cell = self.table.item(rows.pop(), 0) if len(rows) == 1 else None
        item = cell.data(ITEM_ROLE) if cell is not None else None
        return item if isinstance(item, trash.TrashItem) else None

    def restore_chosen(self) -> None:
        item = self._chosen()
        if item is None:
            return
        if self._writes.write_done(self, lambda s: trash.restore(s, item.kind, item.id)):
            self.reload()

    def delete_chosen(self) -> None:
        """Delete the chosen item for good, once the official has said yes."""
        item = self._chosen()
        if item is None or not confirm_delete_forever(self, shown_title(item)):
            return
        self._delete_for_good(lambda s: trash.delete_forever(s, item))

    def empty(self) -> None:
        """Delete everything in the trash for good, once the official has said yes."""
        if self.table.rowCount() == 0 or not confirm_empty_trash(self, self.table.rowCount()):
            return
        self._delete_for_good(trash.empty_trash)

    def _delete_for_good(self, work: Work[object]) -> None:
        try:
            done = self._writes.write_done(self, work)
        except trash.NotInTrashError:
            self.reload()  # it left the trash meanwhile: show the trash as it is now
            return
        if done:
            self.reload()
            # Frames written before still hold the deleted text in the -wal: empty it.
            trash.truncate_write_ahead_log(self._writes.database)
