"""Which municipalities an export covers: the chosen one, a county, Mina kommuner or all."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QRadioButton,
    QWidget,
)

from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.rows import CountyRow


@dataclass(frozen=True)
class ScopeChoices:
    """What the picker offers: the municipality on screen (if any), counties, how many are mine."""

    current_code: str | None
    current_name: str
    current_county: str | None
    counties: list[CountyRow]
    mine_count: int
    total_count: int


class ScopePicker(QWidget):
    """Four radio buttons; the county one has its county list beside it."""

    def __init__(self, choices: ScopeChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self.one = QRadioButton(
            self.tr("The chosen municipality: %1").replace("%1", choices.current_name)
            if choices.current_code
            else self.tr("The chosen municipality (none is chosen)")
        )
        self.county = QRadioButton(self.tr("A c&ounty:"))
        self.county_box = QComboBox()
        self.county_box.setAccessibleName(self.tr("County"))
        for row in choices.counties:
            self.county_box.addItem(row.name, row.code)
        if choices.current_county is not None:
            self.county_box.setCurrentIndex(
                max(0, self.county_box.findData(choices.current_county))
            )
        self.mine = QRadioButton(self.tr("M&y municipalities (%n)", "", choices.mine_count))
        self.all = QRadioButton(self.tr("&All municipalities (%n)", "", choices.total_count))
        self.one.setEnabled(choices.current_code is not None)
        self.mine.setEnabled(choices.mine_count > 0)
        self._group = QButtonGroup(self)
        for button in (self.one, self.county, self.mine, self.all):
            self._group.addButton(button)
        self._group.buttonToggled.connect(lambda *_: self._follow())
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.one, 0, 0, 1, 2)
        layout.addWidget(self.county, 1, 0)
        layout.addWidget(self.county_box, 1, 1)
        layout.addWidget(self.mine, 2, 0, 1, 2)
        layout.addWidget(self.all, 3, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        (self.one if choices.current_code else self.all).setChecked(True)
        self._follow()

    def only_one(self, only: bool) -> None:
        """For a report about one municipality: the other choices are not offered."""
        for button in (self.county, self.mine, self.all):
            button.setEnabled(
                not only and (button is not self.mine or self._choices.mine_count > 0)
            )
        if only and self._choices.current_code:
            self.one.setChecked(True)
        self._follow()

    def _follow(self) -> None:
        self.county_box.setEnabled(self.county.isChecked() and self.county.isEnabled())

    def scope(self) -> ExportScope:
        if self.one.isChecked() and self._choices.current_code:
            return ExportScope(municipality_codes=(self._choices.current_code,))
        if self.county.isChecked():
            return ExportScope(county_code=str(self.county_box.currentData()))
        if self.mine.isChecked():
            return ExportScope(mine=True)
        return ExportScope()

    def describe(self) -> str:
        """A few words for a file name: "Sorsele", "Västerbottens län", "Mina kommuner"."""
        if self.one.isChecked() and self._choices.current_code:
            return self._choices.current_name
        if self.county.isChecked():
            return self.county_box.currentText()
        if self.mine.isChecked():
            return self.tr("My municipalities")
        return self.tr("All municipalities")
