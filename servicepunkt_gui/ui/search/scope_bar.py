"""What a search is narrowed to: a county, a municipality, the kinds of record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from servicepunkt_gui.core.search import KINDS, SearchScope


class ScopeBar(QWidget):
    """Emits ``changed`` whenever the official narrows or widens the search.

    It lives as long as the window, so what was chosen stays chosen while the app runs.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._municipalities: list[tuple[str, str, str]] = []
        self.county = QComboBox()
        self.county.setObjectName("searchCounty")
        self.county.addItem(self.tr("All counties"), None)
        self.municipality = QComboBox()
        self.municipality.setObjectName("searchMunicipality")
        self.municipality.addItem(self.tr("All municipalities"), None)
        labels = {
            "note": self.tr("Notes"),
            "plan": self.tr("Plans"),
            "goal": self.tr("Goals"),
            "action": self.tr("Actions"),
            "place": self.tr("Service places"),
            "agreement": self.tr("Agreements"),
            "grant": self.tr("Grants"),
        }
        self.kinds = {kind: QCheckBox(labels[kind]) for kind in KINDS}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        county_label = QLabel(self.tr("&County:"))
        county_label.setBuddy(self.county)
        municipality_label = QLabel(self.tr("M&unicipality:"))
        municipality_label.setBuddy(self.municipality)
        for widget in (county_label, self.county, municipality_label, self.municipality):
            layout.addWidget(widget)
        layout.addSpacing(12)
        for box in self.kinds.values():
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box)
        layout.addStretch(1)
        self.county.currentIndexChanged.connect(self._on_county)
        self.municipality.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_places(
        self, counties: list[tuple[str, str]], municipalities: list[tuple[str, str, str]]
    ) -> None:
        """The counties (code, name) and municipalities (code, name, county code) offered."""
        self._municipalities = municipalities
        self.county.blockSignals(True)
        for code, name in counties:
            self.county.addItem(name, code)
        self.county.blockSignals(False)
        self._fill_municipalities(None)

    def scope(self) -> SearchScope:
        return SearchScope(
            county_code=self.county.currentData(),
            municipality_code=self.municipality.currentData(),
            kinds=frozenset(kind for kind, box in self.kinds.items() if box.isChecked()),
        )

    def choose(self, county: str | None = None, municipality: str | None = None) -> None:
        """Narrow to a county and/or a municipality by code (None: all)."""
        self.county.setCurrentIndex(max(0, self.county.findData(county)))
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(municipality)))

    def _on_county(self, _index: int) -> None:
        self._fill_municipalities(self.county.currentData())
        self.changed.emit()

    def _fill_municipalities(self, county: str | None) -> None:
        """Only the county's municipalities; the one chosen stays if it is among them."""
        chosen = self.municipality.currentData()
        self.municipality.blockSignals(True)
        while self.municipality.count() > 1:
            self.municipality.removeItem(1)
        for code, name, county_code in self._municipalities:
            if county is None or county_code == county:
                self.municipality.addItem(name, code)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(chosen)))
        self.municipality.blockSignals(False)
