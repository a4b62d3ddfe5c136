"""The map's outlines as painter paths (built once per process) and the one way to paint them.

``core.map_data`` gives the outlines projected to SWEREF 99 TM (metres, y north). Here each
municipality becomes one ``QPainterPath`` in *map coordinates*: metres from the north-west
corner of Sweden's bounds, y pointing down as on a screen. A view is then only a
``QTransform`` (a scale and an offset): panning, zooming and recolouring never rebuild a
path. The map tab (``ui/map``: the widget, its PNG and SVG exports) and the reports' map
(``export/map_picture.py``) all paint through :func:`paint_map`. Only QtGui: the command
line paints a report's map without a display.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)

from servicepunkt_gui import palette as colours
from servicepunkt_gui.core.map_data import SwedenMap, load_map
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.export.map_looks import Look

Bounds = tuple[float, float, float, float]
MARGIN = 0.04  # of the view, around what is fitted into it
BORDER_WIDTH = 0.8  # px, cosmetic: the same at every zoom
COUNTY_WIDTH = 1.8
HIGHLIGHT_WIDTH = 3.0
FOCUS_WIDTH = 2.0


class MapGeometry:
    """Every municipality's path, its bounding box and name, and the county borders."""

    def __init__(self, sweden: SwedenMap) -> None:
        self.sweden = sweden
        left, _bottom, _right, top = sweden.bounds
        self._left, self._top = left, top
        self.paths: dict[str, QPainterPath] = {}
        self.boxes: dict[str, QRectF] = {}
        self.names: dict[str, str] = {}
        self.counties: dict[str, str] = {}
        for shape in sweden.municipalities:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)  # holes (an enclave) stay holes
            for ring in shape.rings:
                path.addPolygon(self._polygon(ring))
                path.closeSubpath()
            self.paths[shape.code] = path
            self.boxes[shape.code] = self.map_rect(shape.bounds)
            self.names[shape.code] = shape.name
            self.counties[shape.code] = shape.county_code
        # Polylines: a wide antialiased pen strokes them twice as fast as one long path.
        self.county_borders = [self._polygon(line) for line in sweden.county_borders]
        self.county_boxes = [line.boundingRect() for line in self.county_borders]
        # Tab goes through them as the list does: Swedish alphabetical order.
        self.order = sorted(self.paths, key=lambda c: (swedish_sort_key(self.names[c]), c))
        self.bounds = self.map_rect(sweden.bounds)

    def _polygon(self, points: tuple[tuple[float, float], ...]) -> QPolygonF:
        left, top = self._left, self._top
        return QPolygonF([QPointF(x - left, top - y) for x, y in points])

    def to_map(self, x: float, y: float) -> QPointF:
        """SWEREF 99 TM (east, north) → map coordinates."""
        return QPointF(x - self._left, self._top - y)

    def from_map(self, point: QPointF) -> tuple[float, float]:
        return point.x() + self._left, self._top - point.y()

    def map_rect(self, bounds: Bounds) -> QRectF:
        """(min x, min y, max x, max y) in SWEREF 99 TM → a rectangle in map coordinates."""
        min_x, min_y, max_x, max_y = bounds
        return QRectF(
            QPointF(min_x - self._left, self._top - max_y), QSizeF(max_x - min_x, max_y - min_y)
        )

    def union(self, codes: set[str]) -> QRectF:
        rect = QRectF()
        for code in codes:
            if code in self.boxes:
                rect = rect.united(self.boxes[code])
        return rect if not rect.isNull() else QRectF(self.bounds)


_GEOMETRY: dict[int, tuple[SwedenMap, MapGeometry]] = {}
_SWEDEN: list[SwedenMap] = []


def geometry_for(sweden: SwedenMap) -> MapGeometry:
    """The paths of ``sweden``, built the first time they are asked for."""
    found = _GEOMETRY.get(id(sweden))
    if found is None or found[0] is not sweden:
        found = (sweden, MapGeometry(sweden))
        _GEOMETRY[id(sweden)] = found
    return found[1]


def sweden_map() -> SwedenMap:
    """The outlines shipped with the app, read once per process.

    They come projected already: resources/data/ holds the projected, simplified outlines
    beside the GeoJSON (core/map_data.py's cache, made by the build and checked by
    tests/core/test_map_data.py), so the app never projects at start and ships no pyproj.
    """
    if not _SWEDEN:
        from servicepunkt_gui.resources import resource_path

        data = resource_path("data")
        _SWEDEN.append(load_map(data / "municipalities.geojson", data))
    return _SWEDEN[0]


def fit_transform(rect: QRectF, size: QSizeF) -> QTransform:
    """The view that shows ``rect`` (map coordinates) whole and centred in ``size``."""
    width, height = max(size.width(), 1.0), max(size.height(), 1.0)
    room_w, room_h = width * (1 - 2 * MARGIN), height * (1 - 2 * MARGIN)
    scale = min(room_w / max(rect.width(), 1.0), room_h / max(rect.height(), 1.0))
    centre = rect.center()
    return QTransform(
        scale, 0, 0, scale, width / 2 - centre.x() * scale, height / 2 - centre.y() * scale
    )


@dataclass
class MapScene:
    """What a paint needs besides the geometry: the looks and what is marked."""

    looks: Mapping[str, Look]
    highlight: str | None = None
    focused: str | None = None
    show_focus: bool = False


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(width)
    pen.setCosmetic(True)  # in pixels whatever the zoom
    pen.setStyle(style)
    # Qt's default (bevel) joins: round ones made the county borders four times slower.
    return pen


def paint_map(
    painter: QPainter,
    geometry: MapGeometry,
    transform: QTransform,
    scene: MapScene,
    palette: QPalette,
    area: QRectF,
) -> None:
    """The whole map as seen in ``area`` (device coordinates): base, then marks."""
    paint_base(painter, geometry, transform, scene.looks, palette, area)
    paint_marks(painter, geometry, transform, scene, palette)


def paint_base(
    painter: QPainter,
    geometry: MapGeometry,
    transform: QTransform,
    looks: Mapping[str, Look],
    palette: QPalette,
    area: QRectF,
) -> None:
    """The municipalities seen in ``area`` (device coordinates), filled, bordered and
    hatched, and the county borders on top."""
    painter.save()
    painter.fillRect(area, palette.color(QPalette.ColorRole.Window))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    inverse, _ok = transform.inverted()
    seen = inverse.mapRect(area)
    painter.setPen(_pen(colours.map_border(palette), BORDER_WIDTH))
    hatched: list[tuple[QPainterPath, QBrush]] = []
    boxes = geometry.boxes
    for code, path in geometry.paths.items():
        look = looks.get(code)
        if look is None or not seen.intersects(boxes[code]):
            continue
        painter.setBrush(look.fill)
        painter.drawPath(path)
        if look.hatch is not None:
            hatched.append((path, look.hatch))
    if hatched:
        # Hatching has no edges of its own to smooth (the border is drawn): no
        # antialiasing, a third of the time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for path, brush in hatched:
            painter.setBrush(brush)
            painter.drawPath(path)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(palette.color(QPalette.ColorRole.WindowText), COUNTY_WIDTH))
    for line, box in zip(geometry.county_borders, geometry.county_boxes, strict=True):
        if seen.intersects(box):
            painter.drawPolyline(line)
    painter.restore()


def paint_marks(
    painter: QPainter,
    geometry: MapGeometry,
    transform: QTransform,
    scene: MapScene,
    palette: QPalette,
) -> None:
    """The highlighted municipality's outline and the focused one's (dashed)."""
    marks = [(scene.highlight, Qt.PenStyle.SolidLine)]
    if scene.show_focus:
        marks.append((scene.focused, Qt.PenStyle.DashLine))
    marks = [(code, style) for code, style in marks if code in geometry.paths]
    if not marks:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    window = palette.color(QPalette.ColorRole.Window)
    for code, style in marks:
        path = geometry.paths[str(code)]
        solid = style == Qt.PenStyle.SolidLine
        width = HIGHLIGHT_WIDTH if solid else FOCUS_WIDTH
        colour = palette.color(
            QPalette.ColorRole.Highlight if solid else QPalette.ColorRole.WindowText
        )
        # A halo of the window's colour underneath keeps the mark clear of any fill.
        painter.setPen(_pen(window, width + 2.5))
        painter.drawPath(path)
        painter.setPen(_pen(colour, width, style))
        painter.drawPath(path)
    painter.restore()
