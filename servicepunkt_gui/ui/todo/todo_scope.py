"""What Att göra lists: my municipalities, one municipality or all; how far ahead; done rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import todo_words
from servicepunkt_gui.core.todo import OVERDUE_ONLY, TodoMunicipality


class TodoScopeBar(QWidget):
    """Emits ``changed`` whenever the official changes what the list shows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._municipalities: list[TodoMunicipality] = []
        self.mine = QRadioButton(self.tr("M&y municipalities"))
        self.mine.setObjectName("todoScopeMine")
        self.one = QRadioButton(self.tr("O&ne municipality:"))
        self.one.setObjectName("todoScopeOne")
        self.all = QRadioButton(self.tr("A&ll municipalities"))
        self.all.setObjectName("todoScopeAll")
        self.group = QButtonGroup(self)
        for button in (self.mine, self.one, self.all):
            self.group.addButton(button)
        self.mine.setChecked(True)
        self.municipality = self._municipality_box()
        self.horizon = QComboBox()
        self.horizon.setObjectName("todoHorizon")
        self.horizon.addItem(self.tr("Overdue"), OVERDUE_ONLY)
        self.horizon.addItem(self.tr("Within 30 days"), 30)
        self.horizon.addItem(self.tr("Within 90 days"), 90)
        self.horizon.setCurrentIndex(2)
        horizon_label = QLabel(self.tr("&Period:"))
        horizon_label.setBuddy(self.horizon)
        self.show_done = QCheckBox(self.tr("Show &done"))
        self.show_done.setObjectName("todoShowDone")
        self.no_mine_label = QLabel(
            self.tr(
                "You have not marked any municipality as one of My municipalities (in the "
                "list of municipalities). Until you do, choose one municipality here."
            )
        )
        self.no_mine_label.setObjectName("todoNoMine")
        self.no_mine_label.setWordWrap(True)
        self.no_mine_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_one_button = QPushButton(self.tr("Choose one municipality"))
        self.choose_one_button.setObjectName("todoChooseOne")
        self.choose_one_button.clicked.connect(self.choose_one)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        widgets: tuple[QWidget, ...] = (self.mine, self.one, self.municipality, self.all)
        for widget in widgets:
            row.addWidget(widget)
        row.addSpacing(16)
        for widget in (horizon_label, self.horizon, self.show_done):
            row.addWidget(widget)
        row.addStretch(1)
        hint = QHBoxLayout()
        hint.setContentsMargins(0, 0, 0, 0)
        hint.addWidget(self.no_mine_label, 1)
        hint.addWidget(self.choose_one_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(hint)
        self.group.buttonToggled.connect(self._on_scope)
        self.horizon.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.show_done.toggled.connect(lambda _on: self.changed.emit())
        self._update_hint()

    def _municipality_box(self) -> QComboBox:
        """The 290 by name; typing finds one (any part of the name, case ignored)."""
        box = QComboBox()
        box.setObjectName("todoMunicipality")
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMinimumContentsLength(18)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        box.currentIndexChanged.connect(self._on_municipality)
        return box

    def set_municipalities(self, rows: list[TodoMunicipality]) -> None:
        """The municipalities offered; the one chosen stays chosen."""
        chosen = self.municipality.currentData()
        self._municipalities = list(rows)
        self.municipality.blockSignals(True)
        self.municipality.clear()
        for row in rows:
            self.municipality.addItem(row.name, row.code)
        found = self.municipality.findData(chosen) if chosen is not None else -1
        self.municipality.setCurrentIndex(max(found, 0))
        self.municipality.blockSignals(False)
        self._update_hint()

    def choose_one(self, code: str | None = None) -> None:
        """Show one municipality (``code``, or the one in the box) and put focus on the box."""
        if code is not None and (found := self.municipality.findData(code)) >= 0:
            self.municipality.setCurrentIndex(found)
        self.one.setChecked(True)
        self.municipality.setFocus()

    def has_mine(self) -> bool:
        return any(row.is_mine for row in self._municipalities)

    def codes(self) -> list[str] | None:
        """The municipalities listed: None for every one."""
        if self.all.isChecked():
            return None
        if self.one.isChecked():
            code = self.municipality.currentData()
            return [code] if code is not None else []
        return [row.code for row in self._municipalities if row.is_mine]

    def horizon_days(self) -> int:
        return int(self.horizon.currentData())

    def include_done(self) -> bool:
        return self.show_done.isChecked()

    def calendar_name(self) -> str:
        """The calendar's name in the .ics file (Swedish, as the file is)."""
        if self.all.isChecked():
            return todo_words.calendar_name(todo_words.ALL_WORDS)
        if self.one.isChecked():
            return todo_words.calendar_name(self.municipality.currentText())
        return todo_words.calendar_name(todo_words.MINE_WORDS)

    def _on_scope(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._update_hint()
            self.changed.emit()

    def _on_municipality(self, _index: int) -> None:
        if self.one.isChecked():
            self.changed.emit()
        else:
            self.one.setChecked(True)  # choosing a municipality means showing it

    def _update_hint(self) -> None:
        lacking = self.mine.isChecked() and not self.has_mine()
        self.no_mine_label.setVisible(lacking)
        self.choose_one_button.setVisible(lacking)
