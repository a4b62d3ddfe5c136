"""The mapping step of a generic import: which column of the file holds which field."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.place_import import (
    ColumnMapping,
    PlaceField,
    Table,
    guess_mapping,
    mapping_problems,
)
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.places import place_import_messages as messages

SAMPLE_ROWS = 5
_NOT_MAPPED = -1
_Index = QModelIndex | QPersistentModelIndex


class SampleModel(QAbstractTableModel):
    """The first rows of the file as they are in it (plain strings)."""

    def __init__(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self._header = header
        self._rows = rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header[section]
        return None


class PlaceImportMappingDialog(QDialog):
    """A combo per field of a place, the guess preselected, and a sample of the file."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeImportMapping")
        self.setWindowTitle(self.tr("Import places: columns"))
        self._table = table
        intro = QLabel(
            self.tr(
                "Choose which column of the file holds each field. A field whose column is "
                "empty in a row is left as it is in the register."
            )
        )
        intro.setWordWrap(True)
        self.combos: dict[PlaceField, QComboBox] = {}
        form = QFormLayout()
        guess = guess_mapping(table.header)
        for place_field in PlaceField:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{place_field.value}")
            combo.addItem(self.tr("(not in the file)"), _NOT_MAPPED)
            for index in range(len(table.header)):
                combo.addItem(table.column_name(index), index)
            chosen = guess.column_of(place_field)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.activated.connect(lambda _i, f=place_field: self._chosen(f))
            self.combos[place_field] = combo
            form.addRow(messages.field_label(place_field), combo)
        self.sample = QTableView()
        self.sample.setObjectName("mappingSample")
        rows = [row.cells for row in table.rows[:SAMPLE_ROWS]]
        self.sample.setModel(SampleModel(table.header, rows))
        self.sample_copier = enable_table_copy(self.sample, lambda: self.tr("Sample"))
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("mappingNext")
        self.next_button.setDefault(True)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form)
        sample_box = QVBoxLayout()
        sample_box.addWidget(QLabel(self.tr("The first rows of the file:")))
        sample_box.addWidget(self.sample)
        columns.addLayout(sample_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(960, 560)
        self._check()

    def choose(self, place_field: PlaceField, column: int | None) -> None:
        """Map ``place_field`` to ``column`` (None: not in the file), as a click does."""
        combo = self.combos[place_field]
        combo.setCurrentIndex(0 if column is None else column + 1)
        self._chosen(place_field)

    def _chosen(self, place_field: PlaceField) -> None:
        column = self.combos[place_field].currentData()
        if column != _NOT_MAPPED:
            # One column holds one field: the field that had it lets it go.
            for other, combo in self.combos.items():
                if other != place_field and combo.currentData() == column:
                    combo.setCurrentIndex(0)
        self._check()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(
            {
                combo.currentData(): place_field
                for place_field, combo in self.combos.items()
                if combo.currentData() != _NOT_MAPPED
            }
        )

    def _check(self) -> None:
        problems = mapping_problems(self.mapping())
        texts = {
            "no_name_column": self.tr("Choose the column that holds the names of the places."),
            "coordinate_incomplete": self.tr(
                "A position needs both its columns: latitude and longitude, or X and Y."
            ),
        }
        self.problem.setText(" ".join(texts.get(code.value, code.value) for code in problems))
        self.next_button.setEnabled(not problems)


def ask_mapping(table: Table, parent: QWidget | None) -> ColumnMapping | None:
    """The mapping the official chose, or None when they cancel."""
    dialog = PlaceImportMappingDialog(table, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping()
    finally:
        dialog.deleteLater()
