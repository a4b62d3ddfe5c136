"""The overview: where every municipality's plan stands, what falls due soon, and each
municipality's service places, agreements and grants (with those at risk)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.overview import (
    DueItem,
    due_items,
    register_overview,
    stage_overview,
)
from servicepunkt_gui.ui.common.colors import danger_text
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE
from servicepunkt_gui.ui.overview.register_box import RegisterBox
from servicepunkt_gui.ui.overview.stage_chart import StageChart

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
PLAN_ROLE = Qt.ItemDataRole.UserRole + 3
ACTION_ROLE = Qt.ItemDataRole.UserRole + 4
DUE_DAYS = 30


class OverviewPanel(QWidget):
    """Asks the window to show what the official opens here.

    Opening a due row emits ``municipality_requested(code)`` and then
    ``plan_requested(code, plan_id, action_id)`` (``action_id`` "" for a plan's own date);
    a county's bar emits ``county_requested(county_code)``, "" for the national bar; a row
    of the register box emits ``municipality_requested(code)``.
    """

    municipality_requested = Signal(str)
    plan_requested = Signal(str, str, str)
    county_requested = Signal(str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = context.writes
        self._stale = True  # figures are read when the tab is shown, and again after changes
        self.chart = StageChart()
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        chart_box = QGroupBox(self.tr("Service plan stages, by county"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.summary)
        chart_layout.addWidget(self.chart)
        chart_hint = QLabel(
            self.tr(
                "Point at a bar for its figures. Click a county, or choose it with ↑ and ↓ "
                "and press Enter, to list its municipalities."
            )
        )
        chart_hint.setWordWrap(True)
        chart_layout.addWidget(chart_hint)

        self.due_table = QTableWidget(0, 4)
        self.due_table.setObjectName("dueTable")
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Municipality"), self.tr("What"), self.tr("Plan or action")]
        )
        self.due_table.verticalHeader().hide()
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows selected several at once, copied (Ctrl+C) and exported; the date as a date.
        self.due_copier = enable_table_copy(self.due_table, lambda: self.tr("Falls due"))
        self.due_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.due_table.setMinimumHeight(200)
        self.due_empty = QLabel()
        due_box = QGroupBox(
            self.tr("Overdue and due within %1 days in my municipalities").replace(
                "%1", str(DUE_DAYS)
            )
        )
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_empty)
        due_layout.addWidget(self.due_table)
        hint = QLabel(self.tr("Double-click or press Enter on a row to open its plan or action."))
        due_layout.addWidget(hint)

        self.register = RegisterBox()

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(due_box)
        content_layout.addWidget(self.register)
        content_layout.addWidget(chart_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.due_table.itemActivated.connect(self._open_item)
        self.chart.county_chosen.connect(self.county_requested)
        self.register.municipality_requested.connect(self.municipality_requested)
        context.hub.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        kinds = (RecordKind.PLAN, RecordKind.ACTION, RecordKind.MINE, RecordKind.TRASH)
        places = (RecordKind.PLACE, RecordKind.AGREEMENT, RecordKind.GRANT)
        if changes.touches(*kinds, *places):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # A new colour scheme: the table's items keep the colour they were given.
        if event.type() == QEvent.Type.PaletteChange:
            brush = QBrush(danger_text())
            for row in range(self.due_table.rowCount()):
                for column in range(self.due_table.columnCount()):
                    cell = self.due_table.item(row, column)
                    if cell is not None and cell.data(OVERDUE_ROLE):
                        cell.setForeground(brush)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        day = today or dt.date.today()
        overview, due, register = self._writes.read(
            lambda s: (stage_overview(s), due_items(s, day, DUE_DAYS), register_overview(s, day))
        )
        today = day
        self._stale = False
        self.chart.set_overview(overview)
        total = sum(overview.total.values())
        with_plan = total - overview.total.get("no_plan", 0)
        adopted = sum(overview.total.get(s, 0) for s in ("adopted", "implementation", "follow_up"))
        self.summary.setText(
            self.tr(
                "%1 of %2 municipalities have a plan recorded; %3 of them are adopted or later."
            )
            .replace("%1", str(with_plan))
            .replace("%2", str(total))
            .replace("%3", str(adopted))
        )
        self._fill_due(due, today)
        self.register.set_overview(register)

    def _fill_due(self, due: list[DueItem], today: dt.date) -> None:
        self.due_table.setRowCount(len(due))
        kinds = {
            "follow_up": self.tr("Follow-up"),
            "revision": self.tr("Revise by"),
            "action": self.tr("Action deadline"),
        }
        for row, item in enumerate(due):
            overdue = item.is_overdue(today)
            date_text = item.due_on.isoformat() + (" " + self.tr("(overdue)") if overdue else "")
            cells = [date_text, item.municipality_name, kinds[item.kind], item.title]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(CODE_ROLE, item.municipality_code)
                cell.setData(PLAN_ROLE, item.plan_id)
                cell.setData(ACTION_ROLE, item.action_id or "")
                if column == 0:
                    cell.setData(EXPORT_ROLE, item.due_on)
                if overdue:
                    cell.setData(OVERDUE_ROLE, True)
                    cell.setForeground(QBrush(danger_text()))
                self.due_table.setItem(row, column, cell)
        self.due_table.resizeColumnsToContents()
        self.due_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.due_empty.setText(
            self.tr("Nothing falls due. Mark your municipalities with ☆ to follow them here.")
            if not due
            else ""
        )
        self.due_empty.setVisible(not due)

    def _open_item(self, item: QTableWidgetItem) -> None:
        code = str(item.data(CODE_ROLE))
        self.municipality_requested.emit(code)
        plan_id = str(item.data(PLAN_ROLE) or "")
        if plan_id:
            self.plan_requested.emit(code, plan_id, str(item.data(ACTION_ROLE) or ""))
