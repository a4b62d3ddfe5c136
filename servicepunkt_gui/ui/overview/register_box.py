"""The overview's box of service places, agreements and grants, one row per municipality,
with the grant cases at risk said in words and a way to list only those municipalities."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.overview import RegisterOverview
from servicepunkt_gui.ui.common.colors import error_label_text, follow_text_colour
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.overview.register_model import (
    CODE_ROLE,
    WARNING,
    RegisterColumn,
    RegisterFilter,
    RegisterModel,
)

# Enough rows to compare a county's municipalities; the table scrolls beyond.
MINIMUM_TABLE_HEIGHT = 220


class RegisterBox(QGroupBox):
    """Emits ``municipality_requested(code)`` when a row is opened (double-click, Enter)."""

    municipality_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Service places, agreements and grants"))
        self.setObjectName("registerBox")
        self._overview = RegisterOverview(0, ())
        self.at_risk = QLabel()
        self.at_risk.setObjectName("grantsAtRisk")
        self.at_risk.setWordWrap(True)
        self.at_risk.setTextFormat(Qt.TextFormat.PlainText)
        follow_text_colour(self.at_risk, error_label_text)
        self.show_at_risk = QPushButton(self.tr("List them"))
        self.show_at_risk.setObjectName("registerShowAtRisk")
        self.show_at_risk.clicked.connect(self.show_at_risk_only)
        self.mine_only = QCheckBox(self.tr("Only my municipalities"))
        self.mine_only.setObjectName("registerMineOnly")
        self.at_risk_only = QCheckBox(self.tr("Only grants at risk"))
        self.at_risk_only.setObjectName("registerAtRiskOnly")
        self.empty = QLabel()
        self.empty.setObjectName("registerEmpty")
        self.empty.setWordWrap(True)

        self.model = RegisterModel()
        self.rows = RegisterFilter()
        self.rows.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.rows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegisterColumn.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(MINIMUM_TABLE_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RegisterColumn.MUNICIPALITY, QHeaderView.ResizeMode.Stretch)
        self.copier = enable_table_copy(
            self.table, lambda: self.tr("Service places, agreements and grants")
        )

        filters = QHBoxLayout()
        filters.addWidget(self.mine_only)
        filters.addWidget(self.at_risk_only)
        filters.addStretch(1)
        warning = QHBoxLayout()
        warning.addWidget(self.at_risk, 1)
        warning.addWidget(self.show_at_risk)
        layout = QVBoxLayout(self)
        layout.addLayout(warning)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        hint = QLabel(
            self.tr(
                "Point at a figure for its breakdown by kind or type. Double-click or press "
                "Enter on a row to open the municipality."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.mine_only.toggled.connect(self._filter)
        self.at_risk_only.toggled.connect(self._filter)
        self.table.activated.connect(self._open)

    def set_overview(self, overview: RegisterOverview) -> None:
        self._overview = overview
        self.model.set_rows(list(overview.rows))
        at_risk = overview.grants_at_risk
        if at_risk:
            municipalities = sum(1 for row in overview.rows if row.grants_at_risk)
            self.at_risk.setText(
                WARNING
                + " "
                + self.tr(
                    "%n grant case(s) at risk: the plan they depend on is missing, not adopted "
                    "or due for revision",
                    "",
                    at_risk,
                )
                + " "
                + self.tr("(in %n municipality(ies)).", "", municipalities)
            )
        self.at_risk.setVisible(bool(at_risk))
        self.show_at_risk.setVisible(bool(at_risk))
        self._show_empty()

    def show_at_risk_only(self) -> None:
        """List only the municipalities whose grants are at risk (every one, not only mine)."""
        self.mine_only.setChecked(False)
        self.at_risk_only.setChecked(True)

    def _filter(self) -> None:
        self.rows.set_filters(self.mine_only.isChecked(), self.at_risk_only.isChecked())
        self._show_empty()

    def _show_empty(self) -> None:
        if not self._overview.rows:
            text = self.tr("No service places, agreements or grant cases are registered yet.")
        elif not self.rows.rowCount():
            text = self.tr("No municipality matches the filter.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.municipality_requested.emit(str(code))
