"""Table model of a municipality's places: plain rows, so painting never queries."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from servicepunkt_gui.core.places import PlaceRow
from servicepunkt_gui.ui.common.place_labels import kind_label, services_text, status_label, yes_no
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE

Index = QModelIndex | QPersistentModelIndex
PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlaceColumn(IntEnum):
    NAME = 0
    KIND = 1
    LOCALITY = 2
    SERVICES = 3
    STAFFED = 4
    LAST_SHOP = 5
    STRATEGIC = 6
    STATUS = 7


class PlacesTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PlaceRow] = []

    def set_places(self, rows: list[PlaceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def place(self, row: int) -> PlaceRow:
        return self._rows[row]

    def places(self) -> list[PlaceRow]:
        return list(self._rows)

    def row_of(self, place_id: str | None) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == place_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PlaceColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PlaceColumn.NAME: self.tr("Name"),
            PlaceColumn.KIND: self.tr("Kind"),
            PlaceColumn.LOCALITY: self.tr("Locality"),
            PlaceColumn.SERVICES: self.tr("Services"),
            PlaceColumn.STAFFED: self.tr("Staffed"),
            PlaceColumn.LAST_SHOP: self.tr("Last shop"),
            PlaceColumn.STRATEGIC: self.tr("Strategic"),
            PlaceColumn.STATUS: self.tr("Status"),
        }[PlaceColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        place = self._rows[index.row()]
        column = PlaceColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(place, column)
        if role == PLACE_ID_ROLE:
            return place.id
        if role == EXPORT_ROLE:
            flags = {
                PlaceColumn.STAFFED: place.staffed,
                PlaceColumn.LAST_SHOP: place.last_shop,
                PlaceColumn.STRATEGIC: place.strategic,
            }
            if column in flags:
                return flags[column]
            if column == PlaceColumn.SERVICES:  # the whole words, not the short ones
                return services_text(place.services, place.other_service)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == PlaceColumn.SERVICES:
            text = services_text(place.services, place.other_service)
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.ToolTipRole and column == PlaceColumn.NAME and place.address:
            return plain_tooltip(place.address)
        return None

    @staticmethod
    def _display(place: PlaceRow, column: PlaceColumn) -> str:
        if column == PlaceColumn.NAME:
            return place.name
        if column == PlaceColumn.KIND:
            return kind_label(place.kind)
        if column == PlaceColumn.LOCALITY:
            return place.locality
        if column == PlaceColumn.SERVICES:
            return services_text(place.services, place.other_service, short=True)
        if column == PlaceColumn.STAFFED:
            return yes_no(place.staffed)
        if column == PlaceColumn.LAST_SHOP:
            return yes_no(place.last_shop)
        if column == PlaceColumn.STRATEGIC:
            return yes_no(place.strategic)
        if place.status is None:
            return ""
        day = place.status_on.isoformat() if place.status_on else ""
        return f"{status_label(place.status)} {day}".strip()
