"""The map tab: Sweden's municipalities coloured by role, stage, validity or follow-up,
and the service places of the register as symbols by kind, filtered by what they offer.

The outlines are read and their paths built once per process, the first time the tab is
shown; after that a change in the database only recolours (one read of ``map_statuses``),
and a pan or zoom only changes the view's transform.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.map_places import MapPlace
from servicepunkt_gui.core.map_status import MapStatus
from servicepunkt_gui.core.rows import CountyRow
from servicepunkt_gui.core.vocabulary import PlaceService
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.labels import stage_label
from servicepunkt_gui.ui.common.place_labels import place_kind_label, service_label
from servicepunkt_gui.ui.map.map_canvas import MapCanvas
from servicepunkt_gui.ui.map.map_colors import (
    ColourBy,
    MapLegend,
    categories,
    category_key,
    colour_by_label,
    counts_for,
    looks_for,
)
from servicepunkt_gui.ui.map.map_export import MapPicture, export_picture
from servicepunkt_gui.ui.map.map_paint import MapGeometry, MapScene, geometry_for, sweden_map
from servicepunkt_gui.ui.map.place_symbols import PlaceLegend

NO_PLACES, ALL_PLACES = "none", "all"  # the place filter's first two choices

NO_STAGE = "no_plan"


class MapPanel(QWidget):
    """Emits ``municipality_chosen(code)`` when a municipality is clicked or Entered.

    ``highlight(code)`` outlines the municipality chosen in the list (None: none);
    ``set_visible_codes(codes)`` fades those the list's filters hide (None: show all).
    ``place_chosen(place_id, municipality_code)`` when a service place is clicked.
    """

    municipality_chosen = Signal(str)
    place_chosen = Signal(str, str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = context.writes
        self._stale = True
        self._statuses: dict[str, MapStatus] = {}
        self._counties: list[CountyRow] = []
        self._visible: set[str] | None = None
        self._highlight: str | None = None
        self._geometry: MapGeometry | None = None
        self._canvas: MapCanvas | None = None
        self._places: list[MapPlace] = []

        self.colour_combo = QComboBox()
        self.colour_combo.setAccessibleName(self.tr("Colour the map by"))
        for mode in (ColourBy.VALIDITY, ColourBy.STAGE, ColourBy.ROLE, ColourBy.FOLLOW_UP):
            self.colour_combo.addItem(colour_by_label(mode), str(mode))
        colour_label = QLabel(self.tr("&Colour by:"))
        colour_label.setBuddy(self.colour_combo)
        self.county_combo = QComboBox()
        self.county_combo.setAccessibleName(self.tr("County to zoom to"))
        self.county_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        county_label = QLabel(self.tr("C&ounty:"))
        county_label.setBuddy(self.county_combo)
        self.zoom_county_button = QPushButton(self.tr("&Zoom to county"))
        self.zoom_county_button.setAccessibleName(self.tr("Zoom to the chosen county"))
        self.show_all_button = QPushButton(self.tr("Show all of S&weden"))
        self.show_all_button.setAccessibleName(self.tr("Show all of Sweden"))
        self.places_combo = QComboBox()
        self.places_combo.setAccessibleName(self.tr("Service places shown on the map"))
        self.places_combo.addItem(self.tr("All places"), ALL_PLACES)
        self.places_combo.addItem(self.tr("None"), NO_PLACES)
        for service in PlaceService:
            self.places_combo.addItem(
                self.tr("With %1").replace("%1", service_label(service)), str(service)
            )
        places_label = QLabel(self.tr("&Places:"))
        places_label.setBuddy(self.places_combo)
        self.export_button = QPushButton(self.tr("E&xport map"))
        self.export_button.setAccessibleName(self.tr("Export the map as an image"))
        menu = QMenu(self.export_button)
        self.png_action = menu.addAction(self.tr("As a PNG image…"))
        self.svg_action = menu.addAction(self.tr("As an SVG image…"))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.addWidget(colour_label)
        bar.addWidget(self.colour_combo)
        bar.addSpacing(12)
        bar.addWidget(county_label)
        bar.addWidget(self.county_combo)
        bar.addWidget(self.zoom_county_button)
        bar.addWidget(self.show_all_button)
        bar.addSpacing(12)
        bar.addWidget(places_label)
        bar.addWidget(self.places_combo)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.legend = MapLegend()
        self.place_legend = PlaceLegend()
        hint = QLabel(
            self.tr(
                "Click a municipality to open it. Scroll to zoom, drag to move the map.\n"
                "Keyboard: arrows move, + and − zoom, 0 shows all of Sweden, Tab goes "
                "through the municipalities, Enter opens one, Esc leaves the map."
            )
        )
        hint.setWordWrap(True)
        hint.setFixedWidth(MapLegend.WIDTH)
        self.hint = hint
        side = QVBoxLayout()
        side.addWidget(self.legend)
        side.addWidget(self.place_legend)
        side.addWidget(hint)
        side.addStretch(1)
        self._body = QHBoxLayout()
        self._placeholder = QWidget()
        self._placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._body.addWidget(self._placeholder, 1)
        self._body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self._body, 1)

        self.colour_combo.currentIndexChanged.connect(lambda _i: self.recolour())
        self.places_combo.currentIndexChanged.connect(lambda _i: self._show_places())
        self.zoom_county_button.clicked.connect(self.zoom_to_county)
        self.county_combo.activated.connect(lambda _i: self.zoom_to_county())
        self.show_all_button.clicked.connect(self.show_all)
        self.png_action.triggered.connect(lambda: self.export("png"))
        self.svg_action.triggered.connect(lambda: self.export("svg"))
        context.hub.changed.connect(self._on_changes)

    # -- the public API ------------------------------------------------------------------

    def highlight(self, code: str | None) -> None:
        """Outline the municipality selected in the list (None or "": none)."""
        self._highlight = code or None
        if self._canvas is not None:
            self._canvas.set_highlight(self._highlight)
            county = self._geometry.counties.get(code or "") if self._geometry else None
            if county:  # "Zooma till län" offers the chosen municipality's county
                self.county_combo.setCurrentIndex(self.county_combo.findData(county))

    def set_visible_codes(self, codes: set[str] | None) -> None:
        """Those the list shows; the others are drawn faded. None: every municipality."""
        self._visible = None if codes is None else set(codes)
        if self._canvas is not None:
            self._canvas.set_visible_codes(self._visible)
            self.recolour()
            self._show_places()

    # -- building and reading ------------------------------------------------------------

    @property
    def canvas(self) -> MapCanvas:
        """The painted map, built (outlines read, paths made) the first time it is needed."""
        if self._canvas is None:
            self._geometry = geometry_for(sweden_map())
            canvas = MapCanvas(self._geometry, self.describe, describe_place=self.describe_place)
            canvas.set_visible_codes(self._visible)
            canvas.set_highlight(self._highlight)
            canvas.municipality_chosen.connect(self.municipality_chosen)
            canvas.place_chosen.connect(self.place_chosen)
            self._body.replaceWidget(self._placeholder, canvas)
            self._placeholder.deleteLater()
            self._canvas = canvas
            self.highlight(self._highlight)  # also offers its county in "Zooma till län"
            self.setTabOrder(self.export_button, canvas)
            if not self._stale:
                self.recolour()
                self._show_places()
        return self._canvas

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.canvas  # noqa: B018 (built on first show)
        if self._stale:
            self.refresh()

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(RecordKind.PLAN, RecordKind.PLACE, RecordKind.TRASH):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        """Read every municipality's status (one read) and recolour."""
        from servicepunkt_gui.core.map_places import map_places
        from servicepunkt_gui.core.map_status import map_statuses
        from servicepunkt_gui.core.municipalities import list_counties

        day = today or dt.date.today()
        need_counties = not self._counties
        statuses, places, counties = self._writes.read(
            lambda s: (
                map_statuses(s, day),
                map_places(s),
                list_counties(s) if need_counties else None,
            )
        )
        self._statuses = dict(statuses)
        self._places = list(places)
        if counties is not None:
            self._fill_counties(counties)
            self.highlight(self._highlight)  # its county, now that the list of counties is there
        self._stale = False
        self.recolour()
        self._show_places()

    def _fill_counties(self, counties: list[CountyRow]) -> None:
        self._counties = list(counties)
        self.county_combo.clear()
        for county in counties:
            self.county_combo.addItem(county.name, county.code)

    # -- colours -------------------------------------------------------------------------

    def colour_by(self) -> ColourBy:
        return ColourBy(self.colour_combo.currentData())

    def set_colour_by(self, mode: ColourBy) -> None:
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(str(mode)))

    def statuses(self) -> dict[str, MapStatus]:
        return dict(self._statuses)

    def recolour(self) -> None:
        """New fills for every municipality from the statuses read; no path is rebuilt."""
        if self._canvas is None or self._geometry is None:
            return
        mode, palette = self.colour_by(), self.palette()
        codes = self._geometry.order
        self._canvas.set_looks(looks_for(mode, self._statuses, codes, self._visible, palette))
        shown = codes if self._visible is None else [c for c in codes if c in self._visible]
        self.legend.set_scheme(mode, counts_for(mode, self._statuses, shown))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.recolour()  # light or dark: the other set of fills
        super().changeEvent(event)

    def describe(self, code: str) -> str:
        """A municipality's name and stage (and its category when coloured otherwise)."""
        if self._geometry is None:
            return ""
        status = self._statuses.get(code)
        lines = [self._geometry.names.get(code, code)]
        lines.append(stage_label(status.stage if status else NO_STAGE))
        mode = self.colour_by()
        if mode is not ColourBy.STAGE:
            key = category_key(mode, status)
            label = next((c.label for c in categories(mode, self.palette()) if c.key == key), "")
            if label and label not in lines:
                lines.append(label)
        return "\n".join(lines)

    # -- service places ------------------------------------------------------------------

    def shown_places(self) -> list[MapPlace]:
        """The places the filter lets through (of those the list's filters show)."""
        choice = str(self.places_combo.currentData())
        if choice == NO_PLACES:
            return []
        places = self._places
        if self._visible is not None:
            places = [p for p in places if p.municipality_code in self._visible]
        if choice != ALL_PLACES:
            places = [p for p in places if choice in p.services]
        return places

    def set_place_filter(self, choice: str) -> None:
        """ALL_PLACES, NO_PLACES or a PlaceService value."""
        self.places_combo.setCurrentIndex(self.places_combo.findData(choice))

    def _show_places(self) -> None:
        if self._canvas is None:
            return
        shown = self.shown_places()
        self._canvas.set_places(shown)
        counts: dict[str, int] = {}
        for place in shown:
            counts[place.kind] = counts.get(place.kind, 0) + 1
        self.place_legend.set_counts(counts)
        self.place_legend.setVisible(bool(self._places))

    def describe_place(self, place: MapPlace) -> str:
        """A place's name, kind and services, for its tooltip."""
        lines = [place.name, place_kind_label(place.kind)]
        offered = [service_label(service) for service in place.services]
        if place.other_service:
            offered.append(place.other_service)
        if offered:
            lines.append(", ".join(offered))
        name = self._geometry.names.get(place.municipality_code, "") if self._geometry else ""
        if name:
            lines.append(name)
        return "\n".join(lines)

    # -- view ----------------------------------------------------------------------------

    def zoom_to_county(self) -> None:
        code = self.county_combo.currentData()
        if not code or self._geometry is None:
            return
        bounds = self._geometry.sweden.county_bounds(str(code))
        self.canvas.fit(self._geometry.map_rect(bounds))

    def show_all(self) -> None:
        self.canvas.show_all()

    # -- export --------------------------------------------------------------------------

    def picture(self) -> MapPicture:
        """The view on screen, with its legend, for an export."""
        canvas = self.canvas
        scene = canvas.scene()
        return MapPicture(
            canvas.geometry_,
            canvas.transform(),
            MapScene(scene.looks, scene.highlight),  # no keyboard focus in a file
            self.colour_by(),
            self.legend.counts(),
            canvas.size(),
            places=tuple(canvas.placed_symbols()),
        )

    def export(self, kind: str) -> Path | None:
        """Ask where, then save the current view as "png" or "svg"; the path, or None."""
        return export_picture(self, self.picture(), kind)
