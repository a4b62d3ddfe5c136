"""Regler för hemsändningsbidrag: the dated rules the grant is computed from, edited in
place (each edit saved at once), added and removed, each with where its figures come from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import home_delivery
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.home_delivery import RuleInput, RuleRow
from servicepunkt_gui.core.validation import parse_date
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.grants.amount_field import parse_amount
from servicepunkt_gui.ui.grants.grant_labels import grant_problem_text, kronor

Index = QModelIndex | QPersistentModelIndex
# Saves an edited rule and returns it as stored, or None when the storage failed (the write
# path has said why); raises ValidationError if core refuses the values.
RuleSaver = Callable[[str, RuleInput], RuleRow | None]


class RuleColumn(IntEnum):
    VALID_FROM = 0
    MAX_SHARE = 1
    PER_DELIVERY = 2
    MIN_SHARE_OF_BASE = 3
    PRICE_BASE_AMOUNT = 4
    SOURCE = 5


_FIELDS = {
    RuleColumn.MAX_SHARE: "max_share_percent",
    RuleColumn.PER_DELIVERY: "max_per_delivery_sek",
    RuleColumn.MIN_SHARE_OF_BASE: "min_share_of_base_percent",
    RuleColumn.PRICE_BASE_AMOUNT: "price_base_amount_sek",
}


class RulesTableModel(QAbstractTableModel):
    """Every edit is saved at once through ``saver``; a refused one emits ``edit_refused``."""

    edit_refused = Signal(str)
    edit_accepted = Signal()

    def __init__(self, saver: RuleSaver) -> None:
        super().__init__()
        self._saver = saver
        self._rows: list[RuleRow] = []

    def set_rules(self, rows: list[RuleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rule(self, row: int) -> RuleRow:
        return self._rows[row]

    def rules(self) -> list[RuleRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RuleColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = RuleColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RuleColumn.VALID_FROM: self.tr("In force from"),
                RuleColumn.MAX_SHARE: self.tr("Share at most (%)"),
                RuleColumn.PER_DELIVERY: self.tr("Per delivery at most (SEK)"),
                RuleColumn.MIN_SHARE_OF_BASE: self.tr("Net cost at least (% of base amount)"),
                RuleColumn.PRICE_BASE_AMOUNT: self.tr("Price base amount (SEK)"),
                RuleColumn.SOURCE: self.tr("Source"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                RuleColumn.VALID_FROM: self.tr("The rule applies to the years from this date on."),
                RuleColumn.MAX_SHARE: self.tr("The grant is at most this share of the net cost."),
                RuleColumn.PER_DELIVERY: self.tr(
                    "The grant is at most this much per household and delivery."
                ),
                RuleColumn.MIN_SHARE_OF_BASE: self.tr(
                    "No grant unless the net cost reaches this share of the price base amount."
                ),
                RuleColumn.PRICE_BASE_AMOUNT: self.tr("The price base amount (prisbasbelopp)."),
                RuleColumn.SOURCE: self.tr("Where the figures come from."),
            }[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rule = self._rows[index.row()]
        column = RuleColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == RuleColumn.VALID_FROM:
                return rule.valid_from.isoformat()
            if column == RuleColumn.SOURCE:
                return rule.source
            value = getattr(rule, _FIELDS[column])
            return kronor(value) if role == Qt.ItemDataRole.DisplayRole else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == RuleColumn.SOURCE and rule.source:
            return plain_tooltip(rule.source)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        rule = self._rows[index.row()]
        column = RuleColumn(index.column())
        text = str(value)
        try:
            if column == RuleColumn.VALID_FROM:
                day = parse_date(text)
                if day is None:
                    raise ValidationError("valid_from", "empty")
                edited = replace(rule.values, valid_from=day)
            elif column == RuleColumn.SOURCE:
                edited = replace(rule.values, source=text)
            else:
                number = parse_amount(text)
                if number is None:
                    raise ValidationError(_FIELDS[column], "empty")
                edited = replace(rule.values, **{_FIELDS[column]: number})  # type: ignore[arg-type]
        except ValueError as error:
            code = "date_format" if column == RuleColumn.VALID_FROM else "not_a_number"
            self.edit_refused.emit(grant_problem_text(code))
            del error
            return False
        except ValidationError as error:
            self.edit_refused.emit(grant_problem_text(error.reason))
            return False
        if edited == rule.values:
            self.edit_accepted.emit()
            return True
        try:
            saved = self._saver(rule.id, edited)
        except ValidationError as error:
            self.edit_refused.emit(grant_problem_text(error.reason))
            return False
        if saved is None:
            return False
        self._rows[index.row()] = saved
        last = len(RuleColumn) - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        self.edit_accepted.emit()
        return True


class RulesDialog(QDialog):
    """Not modal to the app's data: every change is written at once and announced."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rules for home delivery grants"))
        self._writes = context.writes
        intro = QLabel(
            self.tr(
                "A home delivery grant is computed from the rule in force on 1 January of the "
                "year it is for. The rules change with the ordinance and the price base amount: "
                "add a row when they do, and say where the figures come from. Double-click a "
                "cell to change it."
            )
        )
        intro.setWordWrap(True)
        self.model = RulesTableModel(self._save)
        self.view = QTableView()
        self.view.setObjectName("rulesTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        enable_table_copy(self.view, lambda: self.tr("Home delivery rules"))
        self.message = ReservedMessage(lambda: [])
        self.message.setObjectName("ruleMessage")
        self.add_button = QPushButton(self.tr("&Add rule"))
        self.remove_button = QPushButton(self.tr("&Remove rule…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(1100, 380)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        buttons.rejected.connect(self.reject)
        self.model.edit_refused.connect(self.message.say)
        self.model.edit_accepted.connect(lambda: self.message.say(""))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.model.set_rules(self._writes.read(home_delivery.list_rules))
        self.view.resizeColumnsToContents()
        row = next((i for i, r in enumerate(self.model.rules()) if r.id == select_id), None)
        if row is not None:
            self.view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._selected() is not None)

    def _selected(self) -> RuleRow | None:
        current = self.view.selectionModel().selectedRows()
        return self.model.rule(current[0].row()) if current else None

    def _save(self, rule_id: str, values: RuleInput) -> RuleRow | None:
        return self._writes.write(
            self, lambda s: home_delivery.update_rule(s, rule_id, values), origin=self
        )

    def add_rule(self) -> None:
        """A rule from 1 January after the newest, its figures copied to be changed."""
        rules = self.model.rules()
        newest = rules[-1].values if rules else RuleInput(dt.date.today(), 0, 0, 0, 0)
        start = dt.date(max(newest.valid_from.year + 1, dt.date.today().year), 1, 1)
        taken = {rule.valid_from for rule in rules}
        while start in taken:
            start = dt.date(start.year + 1, 1, 1)
        values = replace(newest, valid_from=start, source="")
        try:
            added = self._writes.write(
                self, lambda s: home_delivery.create_rule(s, values), origin=self
            )
        except ValidationError as error:
            self.message.say(grant_problem_text(error.reason))
            return
        if added is not None:
            self.message.say("")
            self.reload(select_id=added.id)

    def remove_rule(self) -> None:
        rule = self._selected()
        if rule is None:
            return
        text = self.tr("Remove the rule in force from %1?").replace(
            "%1", rule.valid_from.isoformat()
        )
        if not dialogs.confirm(self, self.tr("Remove rule"), text, self.tr("Remove")):
            return
        if self._writes.write_done(
            self, lambda s: home_delivery.delete_rule(s, rule.id), origin=self
        ):
            self.reload()
