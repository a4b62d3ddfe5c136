"""The import's preview: what the file would change per municipality, and each conflict.

Nothing is written while this dialog is open. Each conflict gets a choice (keep both,
which is the default and loses nothing; keep mine; take the colleague's).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.exchange import Conflict, ExchangeFile, ImportPreview, Resolution
from servicepunkt_gui.ui.common.labels import local_time_text
from servicepunkt_gui.ui.share import exchange_messages

# Fits a 1366×768 screen with the task bar.
MAX_HEIGHT = 620


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import: what would change"))
        self._preview = preview
        sender = preview.exported_by.strip() or self.tr("the sender")
        intro = QLabel(
            self.tr(
                "The file from %1, made %2, concerns %n municipalities. Nothing has been "
                "written yet: check what would change, then choose Import.",
                "",
                len(preview.municipalities),
            )
            .replace("%1", sender)
            .replace("%2", local_time_text(preview.created_at))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._counts_table()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        self.choices: dict[str, QComboBox] = {}
        if preview.conflicts:
            layout.addWidget(self._conflicts_label())
            layout.addLayout(self._all_row())
            self.conflicts = self._conflicts_table(preview.conflicts)
            layout.addWidget(self.conflicts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, min(MAX_HEIGHT, self.sizeHint().height()))

    def _counts_table(self) -> QTableWidget:
        headers = [
            self.tr("Municipality"),
            self.tr("New"),
            self.tr("Changed"),
            self.tr("Deleted"),
            self.tr("In conflict"),
            self.tr("Unchanged"),
        ]
        rows = self._preview.municipalities
        table = QTableWidget(len(rows), len(headers))
        table.setAccessibleName(self.tr("What the import would change, per municipality"))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for n, row in enumerate(rows):
            table.setItem(n, 0, _item(row.name))
            for column, value in enumerate(
                (row.new, row.changed, row.deleted, row.in_conflict, row.unchanged), start=1
            ):
                table.setItem(n, column, _item(str(value), number=True))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setMaximumHeight(240)
        return table

    def _conflicts_label(self) -> QLabel:
        label = QLabel(
            self.tr(
                "Changed both here and in the file since you last exchanged files (%n). "
                "Keeping both loses nothing: the other version is saved as a copy beside it.",
                "",
                len(self._preview.conflicts),
            )
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _all_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Choose for &all:"))
        self.all_box = self._choice_box()
        label.setBuddy(self.all_box)
        self.all_box.activated.connect(self._choose_for_all)
        row.addWidget(label)
        row.addWidget(self.all_box)
        row.addStretch(1)
        return row

    def _choice_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Keep both"), Resolution.KEEP_BOTH)
        box.addItem(self.tr("Keep mine"), Resolution.KEEP_MINE)
        box.addItem(self.tr("Take the file's"), Resolution.TAKE_THEIRS)
        return box

    def _conflicts_table(self, conflicts: tuple[Conflict, ...]) -> QTableWidget:
        table = QTableWidget(len(conflicts), 2)
        table.setAccessibleName(self.tr("Conflicts"))
        table.setHorizontalHeaderLabels([self.tr("What happened"), self.tr("Choice")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for n, conflict in enumerate(conflicts):
            text = exchange_messages.conflict_sentence(conflict)
            sides = self.tr("Here: %1\nIn the file: %2")
            sides = sides.replace("%1", conflict.local_summary or "–")
            sides = sides.replace("%2", conflict.incoming_summary or self.tr("(deleted)"))
            table.setItem(n, 0, _item(f"{text}\n{sides}"))
            box = self._choice_box()
            box.setAccessibleName(self.tr("Choice for conflict %1").replace("%1", str(n + 1)))
            self.choices[conflict.record_id] = box
            table.setCellWidget(n, 1, box)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        return table

    def _choose_for_all(self, index: int) -> None:
        for box in self.choices.values():
            box.setCurrentIndex(index)

    def resolutions(self) -> dict[str, Resolution]:
        return {record_id: Resolution(box.currentData()) for record_id, box in self.choices.items()}


def ask_import(
    _exchange: ExchangeFile, preview: ImportPreview, parent: QWidget | None
) -> dict[str, Resolution] | None:
    """The choices for the conflicts, or None when the official cancels. Tests replace this."""
    dialog = ImportPreviewDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.resolutions()
