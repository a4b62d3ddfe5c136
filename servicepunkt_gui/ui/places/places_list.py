"""Parts of the places tab: the service filter, the table's columns, the scrolled details,
the heading, and the save of the form (against the version it read)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import places
from servicepunkt_gui.core.places import PlaceInput, PlaceRow
from servicepunkt_gui.core.vocabulary import PlaceService
from servicepunkt_gui.ui.common.place_labels import service_label
from servicepunkt_gui.ui.common.read_only import keep_enabled
from servicepunkt_gui.ui.common.write_path import Work
from servicepunkt_gui.ui.places.places_model import PlaceColumn

LIST_ROWS = 8  # the list asks for room for this many places; more scroll


def service_filter() -> QComboBox:
    """ "All services", then one choice per service: only the places offering it."""
    combo = QComboBox()
    combo.setObjectName("placeServiceFilter")
    keep_enabled(combo)  # filtering only shows: usable where the register is read-only
    combo.setAccessibleName(
        QCoreApplication.translate("PlacesPanel", "Show places with the service")
    )
    combo.addItem(QCoreApplication.translate("PlacesPanel", "All services"), None)
    for service in PlaceService:
        label = QCoreApplication.translate("PlacesPanel", "Only places with: %1")
        combo.addItem(label.replace("%1", service_label(service)), service.value)
    return combo


def size_columns(table: QTableView) -> None:
    """The name first and whole enough to read; the rest as wide as their words, the status
    taking what is left. At ~700 px the table scrolls sideways rather than cut the names to
    nothing (a stretched name column was squeezed to "…" by the others at 1366×768)."""
    header = table.horizontalHeader()
    chars = table.fontMetrics().averageCharWidth()
    for column, width in (
        (PlaceColumn.NAME, 24),
        (PlaceColumn.KIND, 15),
        (PlaceColumn.LOCALITY, 11),
        (PlaceColumn.SERVICES, 16),
    ):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width * chars)
    for column in (PlaceColumn.STAFFED, PlaceColumn.LAST_SHOP, PlaceColumn.STRATEGIC):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)  # the status ("Återöppnad 2024-09-01")
    header.setMinimumSectionSize(6 * chars)
    row = table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(header.sizeHint().height() + LIST_ROWS * row // 2)


def details_scroll(heading: Sequence[QWidget], parts: Sequence[QWidget]) -> QScrollArea:
    """The chosen place's side: a heading row (the first widget stretched), then ``parts``
    one under the other, scrolled when the window is low (768 px)."""
    details = QWidget()
    layout = QVBoxLayout(details)
    row = QHBoxLayout()
    for number, widget in enumerate(heading):
        row.addWidget(widget, 1 if number == 0 else 0)
    layout.addLayout(row)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setObjectName("placeDetailsScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(details)
    return scroll


def place_heading() -> QLabel:
    """The chosen place's name above its fields, in bold, as typed."""
    heading = QLabel()
    heading.setObjectName("placeHeading")
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def place_saver(code: str, editing: PlaceRow | None) -> Callable[..., Work[PlaceRow]]:
    """The form's save: a new place in ``code``, or ``editing`` against a version."""

    def save_as(values: PlaceInput, version: int | None) -> Work[PlaceRow]:
        if editing is None:
            return lambda s: places.create_place(s, code, values)
        return lambda s: places.update_place(s, editing.id, values, expected_version=version)

    return save_as
