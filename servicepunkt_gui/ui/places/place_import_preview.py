"""The preview of a place import: what is new, what changes (old → new), what is gone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.place_import import ImportPreview
from servicepunkt_gui.ui.common.table_copy import TableCopy, enable_table_copy
from servicepunkt_gui.ui.places import place_import_messages as messages

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Plain rows of text under fixed titles (painting never asks anything else)."""

    def __init__(self, titles: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        super().__init__()
        self._titles = list(titles)
        self.rows = [list(row) for row in rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None


class PlaceImportPreviewDialog(QDialog):
    """Counts, a table per kind of change, the trash choice, and "Import"."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeImportPreview")
        self.setWindowTitle(self.tr("Import places: preview"))
        self.summary = QLabel(messages.summary_text(preview))
        self.summary.setObjectName("previewSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self._copiers: list[TableCopy] = []
        self.new_table = self._table("previewNew", self._new_rows(preview))
        self.changed_table = self._table("previewChanged", self._changed_rows(preview))
        self.unlisted_table = self._table("previewUnlisted", self._unlisted_rows(preview))
        self.skipped_table = self._table("previewSkipped", self._skipped_rows(preview))
        self.tabs.addTab(self.new_table, self.tr("New (%1)").replace("%1", str(len(preview.new))))
        self.tabs.addTab(
            self.changed_table, self.tr("Changed (%1)").replace("%1", str(len(preview.changed)))
        )
        self.tabs.addTab(
            self.unlisted_table,
            self.tr("No longer listed (%1)").replace("%1", str(len(preview.unlisted))),
        )
        self.tabs.addTab(
            self.skipped_table, self.tr("Skipped (%1)").replace("%1", str(len(preview.skipped)))
        )
        self.trash_unlisted = QCheckBox(self.tr("Move those no longer listed to the &trash"))
        self.trash_unlisted.setObjectName("trashUnlisted")
        self.trash_unlisted.setChecked(False)
        self.trash_unlisted.setEnabled(bool(preview.unlisted))
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.trash_unlisted)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _table(self, name: str, model: RowsModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        # Names whole (from the first rows: a service table may hold thousands).
        header.setResizeContentsPrecision(200)
        view.resizeColumnsToContents()
        self._copiers.append(enable_table_copy(view, lambda: self.tr("Import preview")))
        return view

    def _new_rows(self, preview: ImportPreview) -> RowsModel:
        titles = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Locality"),
            self.tr("Position"),
        ]
        rows = [
            [
                str(new.row),
                new.name,
                messages.value_text("kind", new.values.get("kind")),
                messages.value_text("locality", new.values.get("locality")),
                messages.value_text("position", new.position),
            ]
            for new in preview.new
        ]
        return RowsModel(titles, rows)

    def _changed_rows(self, preview: ImportPreview) -> RowsModel:
        titles = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Field"),
            self.tr("Before"),
            self.tr("After"),
        ]
        rows = [
            [
                str(changed.row),
                changed.name,
                messages.field_label(change.field),
                messages.value_text(change.field, change.old),
                messages.value_text(change.field, change.new),
            ]
            for changed in preview.changed
            for change in changed.changes
        ]
        return RowsModel(titles, rows)

    def _unlisted_rows(self, preview: ImportPreview) -> RowsModel:
        titles = [self.tr("Name"), self.tr("Locality"), self.tr("Id in the earlier file")]
        rows = [[u.name, u.locality, u.source_id] for u in preview.unlisted]
        return RowsModel(titles, rows)

    def _skipped_rows(self, preview: ImportPreview) -> RowsModel:
        titles = [self.tr("Row"), self.tr("Why"), self.tr("Value")]
        rows = [[str(s.row), messages.skip_reason_text(s.reason), s.value] for s in preview.skipped]
        return RowsModel(titles, rows)


def ask_preview(preview: ImportPreview, parent: QWidget | None) -> bool | None:
    """Whether to trash the unlisted places once "Import" is pressed; None on Cancel."""
    dialog = PlaceImportPreviewDialog(preview, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.trash_unlisted.isChecked()
    finally:
        dialog.deleteLater()
