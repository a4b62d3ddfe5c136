"""Table model of a municipality's places: plain rows, so painting never queries."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from servicepunkt_gui.core.places import PlaceRow
from servicepunkt_gui.ui.common.place_labels import kind_label, services_text, status_label, yes_no
from servicepunkt_gui.ui.common.row_table_model import RowTableModel
from servicepunkt_gui.ui.common.table_rows import EXPORT_ROLE

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


class PlacesTableModel(RowTableModel[PlaceRow]):
    columns = tuple(PlaceColumn)

    def set_places(self, rows: list[PlaceRow]) -> None:
        self.set_rows(rows)

    def place(self, row: int) -> PlaceRow:
        return self.row_at(row)

    def places(self) -> list[PlaceRow]:
        return self.rows()

    def row_of(self, place_id: str | None) -> int | None:
        return self.find_row(lambda place: place.id == place_id)

    def headers(self) -> list[str]:
        titles = {
            PlaceColumn.NAME: self.tr("Name"),
            PlaceColumn.KIND: self.tr("Kind"),
            PlaceColumn.LOCALITY: self.tr("Locality"),
            PlaceColumn.SERVICES: self.tr("Services"),
            PlaceColumn.STAFFED: self.tr("Staffed"),
            PlaceColumn.LAST_SHOP: self.tr("Last shop"),
            PlaceColumn.STRATEGIC: self.tr("Strategic"),
            PlaceColumn.STATUS: self.tr("Status"),
        }
        return [titles[column] for column in PlaceColumn]

    def display(self, row: PlaceRow, column: int) -> str:
        return self._display(row, PlaceColumn(column))

    def tooltip(self, row: PlaceRow, column: int) -> str:
        if column == PlaceColumn.SERVICES:
            return services_text(row.services, row.other_service)
        return row.address if column == PlaceColumn.NAME else ""

    def cell_data(self, row: PlaceRow, column: int, role: int) -> Any:
        if role == PLACE_ID_ROLE:
            return row.id
        if role == EXPORT_ROLE:
            flags = {
                PlaceColumn.STAFFED: row.staffed,
                PlaceColumn.LAST_SHOP: row.last_shop,
                PlaceColumn.STRATEGIC: row.strategic,
            }
            if column in flags:
                return flags[PlaceColumn(column)]
            if column == PlaceColumn.SERVICES:  # the whole words, not the short ones
                return services_text(row.services, row.other_service)
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
