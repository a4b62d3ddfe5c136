"""The master side: search field, filters and the list of municipalities."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.changes import Changes
from servicepunkt_gui.core.rows import CountyRow, MunicipalityRow
from servicepunkt_gui.core.text import fold
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage
from servicepunkt_gui.ui.common.labels import stage_label
from servicepunkt_gui.ui.common.list_keys import tab_leaves
from servicepunkt_gui.ui.common.progress_delegate import ProgressDelegate
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.common.table_rows import model_value
from servicepunkt_gui.ui.municipalities.list_view import MunicipalityTable
from servicepunkt_gui.ui.municipalities.municipality_model import (
    CODE_ROLE,
    PROGRESS_ROLE,
    Column,
    MunicipalityFilterModel,
    MunicipalityTableModel,
    RoleFilter,
)

if TYPE_CHECKING:
    from servicepunkt_gui.export.sheets import Cell
    from servicepunkt_gui.ui.common.context import WindowContext


class MasterPanel(QWidget):
    """Emits ``municipality_chosen`` with the code (or "" when nothing is chosen)."""

    municipality_chosen = Signal(str)
    filter_changed = Signal()

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = context.writes
        self.model = MunicipalityTableModel()
        self.proxy = MunicipalityFilterModel()
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("municipalitySearch")
        self.search_edit.setPlaceholderText(self.tr("Search name or municipality code (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search municipality"))
        self.county_combo = QComboBox()
        self.county_combo.setAccessibleName(self.tr("County"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Programme role"))
        for label, value in (
            (self.tr("All roles"), RoleFilter.ANY),
            (self.tr("Pilot municipalities"), RoleFilter.PILOT),
            (self.tr("Ambassador municipalities"), RoleFilter.AMBASSADOR),
            (self.tr("Pilots and ambassadors"), RoleFilter.ANY_PARTICIPANT),
            (self.tr("Not in the programme"), RoleFilter.NONE),
        ):
            self.role_combo.addItem(label, int(value))
        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName(self.tr("Plan stage"))
        self.stage_combo.addItem(self.tr("All stages"), None)
        self.stage_combo.addItem(stage_label(NO_PLAN), NO_PLAN)
        for stage in PlanStage:
            self.stage_combo.addItem(stage_label(stage), stage)
        self.overdue_check = QCheckBox(self.tr("Follow-up &overdue"))
        self.only_mine_check = QCheckBox(self.tr("Only &my municipalities"))
        self.mine_first_check = QCheckBox(self.tr("My municipalities &first"))

        self.table = MunicipalityTable()
        self.table.setObjectName("municipalityList")
        tab_leaves(self.table)
        self.table.setModel(self.proxy)
        # Rows selected several at once (the current one is shown), copied and exported.
        self.copier = enable_table_copy(
            self.table, lambda: self.tr("Municipalities"), value=self._cell_value
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # Always there, so that a search showing a few rows, or all 290 again, does not
        # narrow or widen the list: that laid out and painted the whole list a second time.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Municipalities"))
        # The columns are sized from the font and the rows (list_view.py), not in pixels.
        self.table.setItemDelegateForColumn(
            Column.PROGRESS, ProgressDelegate(PROGRESS_ROLE, self.table)
        )
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

        filters = QFormLayout()
        filters.addRow(self.tr("&County:"), self.county_combo)
        filters.addRow(self.tr("&Role:"), self.role_combo)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage_combo, 1)
        stage_row.addWidget(self.overdue_check)
        # A label of its own: QFormLayout gives a row whose field is a layout no buddy, and
        # the "&" of the mnemonic then showed as it is.
        stage_caption = QLabel(self.tr("Plan &stage:"))
        stage_caption.setBuddy(self.stage_combo)
        filters.addRow(stage_caption, stage_row)
        checks = QHBoxLayout()
        checks.addWidget(self.only_mine_check)
        checks.addWidget(self.mine_first_check)
        checks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self.table, 1)

        self.search_edit.textChanged.connect(self._on_search)
        self.search_edit.installEventFilter(self)
        self.county_combo.currentIndexChanged.connect(self._on_county)
        self.role_combo.currentIndexChanged.connect(self._on_role)
        self.only_mine_check.toggled.connect(self._on_only_mine)
        self.stage_combo.currentIndexChanged.connect(self._on_stage)
        self.overdue_check.toggled.connect(self._on_overdue)
        self.mine_first_check.toggled.connect(self.proxy.set_mine_first)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._current_code = ""
        # True while the panel itself moves the selection (filtering, undoing a choice).
        self._quiet = False
        context.hub.changed.connect(self._on_changes)

    def _cell_value(self, index: QModelIndex) -> Cell:
        """Copied and exported: "mine" as yes/no, counts as numbers (not "3/5", a date)."""
        item = self.model.municipality(self.proxy.mapToSource(index).row())
        if index.column() == Column.MINE:
            return item.is_mine
        if index.column() == Column.NOTES:
            return item.note_count
        if index.column() == Column.PROGRESS:
            if item.plan is None or not item.plan.actions_total:
                return None
            return (
                QCoreApplication.translate("MunicipalityTableModel", "%1 of %2 actions done")
                .replace("%1", str(item.plan.actions_done))
                .replace("%2", str(item.plan.actions_total))
            )
        return model_value(index)

    # -- data ---------------------------------------------------------------

    def load(self) -> None:
        """Read every municipality and county (at start and after a restore)."""
        # Imported here: the first window is drawn before SQLAlchemy is (core/first_screen.py).
        from servicepunkt_gui.core.municipalities import list_counties, list_municipalities

        counties, municipalities = self._writes.read(
            lambda s: (list_counties(s), list_municipalities(s))
        )
        self.set_data(counties, municipalities)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.everything:
            self.load()
            self.select_code(self._current_code, notify=False)
            return
        from servicepunkt_gui.core.municipalities import get_municipality

        codes = sorted(changes.municipalities)
        rows = self._writes.read(lambda s: [get_municipality(s, code) for code in codes])
        for row in rows:
            if row is not None:
                self.update_municipality(row)

    def set_data(self, counties: list[CountyRow], municipalities: list[MunicipalityRow]) -> None:
        self.county_combo.blockSignals(True)
        self.county_combo.clear()
        self.county_combo.addItem(self.tr("All counties"), "")
        for county in counties:
            self.county_combo.addItem(county.name, county.code)
        self.county_combo.blockSignals(False)
        self.model.set_rows(municipalities)
        self.table.measure(self.model)
        self.filter_changed.emit()

    def update_municipality(self, row: MunicipalityRow) -> None:
        # A changed row may leave the filter (e.g. unmarked while "only mine" is on).
        with self._keeping_selection():
            self.model.replace_row(row)
        self.table.measure(self.model)  # a note count may have grown a digit

    def preferred_width(self) -> int:
        """The width at which every column of the list is whole (the font's and the rows')."""
        margins = self.contentsMargins()
        table = self.table.natural_width() + margins.left() + margins.right()
        return max(table, self.minimumSizeHint().width())

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def shown_codes(self) -> set[str]:
        """The codes of the municipalities the list shows through its filters (for the map)."""
        proxy = self.proxy
        return {str(proxy.index(row, 0).data(CODE_ROLE)) for row in range(proxy.rowCount())}

    def total_count(self) -> int:
        return self.model.rowCount()

    # -- selection ------------------------------------------------------------

    def current_code(self) -> str:
        return self._current_code

    def select_code(self, code: str, notify: bool = True) -> bool:
        """Make ``code`` the current row. Returns False if the filters hide it.

        With ``notify=False`` the panel only records the choice (used to undo a change
        of municipality the official cancelled).
        """
        if not notify:
            self._current_code = code
        source_row = self.model.row_for_code(code)
        index = (
            self.proxy.mapFromSource(self.model.index(source_row, Column.NAME))
            if source_row is not None
            else QModelIndex()
        )
        selection = self.table.selectionModel()
        self._quiet = not notify
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            elif not notify:
                selection.clear()
        finally:
            self._quiet = False
        if index.isValid():
            self.table.scrollTo(index)
        return index.isValid()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            # A filter moved or hid the chosen row: the detail side keeps showing it.
            return
        code = str(current.data(CODE_ROLE))
        if code == self._current_code:
            return
        self._current_code = code
        self.municipality_chosen.emit(code)

    # -- filters ------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        with self._keeping_selection():
            self.proxy.set_query(text)

    def _on_county(self) -> None:
        with self._keeping_selection():
            self.proxy.set_county(str(self.county_combo.currentData() or ""))

    def _on_role(self) -> None:
        with self._keeping_selection():
            self.proxy.set_role(RoleFilter(int(self.role_combo.currentData())))

    def _on_stage(self) -> None:
        with self._keeping_selection():
            stage = self.stage_combo.currentData()
            self.proxy.set_stage(str(stage) if stage else None)

    def _on_overdue(self, checked: bool) -> None:
        with self._keeping_selection():
            self.proxy.set_follow_up_overdue_only(checked)

    def _on_only_mine(self, checked: bool) -> None:
        with self._keeping_selection():
            self.proxy.set_only_mine(checked)

    @contextmanager
    def _keeping_selection(self) -> Iterator[None]:
        """Filtering changes which rows exist, never which municipality is chosen."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False
        self.select_code(self._current_code, notify=False)
        self.filter_changed.emit()

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.county_combo.setCurrentIndex(0)
        self.role_combo.setCurrentIndex(0)
        self.stage_combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.only_mine_check.setChecked(False)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        # A new colour scheme: the list's cells keep their colours, so they are told.
        if event.type() == QEvent.Type.PaletteChange:
            self.model.recolour()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down or Enter in the search field moves into the list, so the keyboard suffices.
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # Enter picks the best hit; Down moves into the list where the choice is.
            self._enter_list(top_hit=event.key() != Qt.Key.Key_Down)
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self, top_hit: bool) -> None:
        """Enter opens the best hit for what was typed; ↓ the first row of the list."""
        if self.proxy.rowCount() == 0:
            return
        row = self._best_hit_row() if top_hit else 0
        self.table.setCurrentIndex(self.proxy.index(row, Column.NAME))
        self.table.setFocus()

    def _best_hit_row(self) -> int:
        """The first row whose name starts with the search text ("ånge" -> Ånge, not Borlänge)."""
        query = fold(self.search_edit.text()).strip()
        for row in range(self.proxy.rowCount()):
            name = str(self.proxy.index(row, Column.NAME).data())
            if query and fold(name).startswith(query):
                return row
        return 0
