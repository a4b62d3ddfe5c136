"""The map in a report: one municipality or a selection, zoomed to it, as a PNG.

Painted as the map tab paints (``map_geometry.paint_map``, the looks of ``map_looks``):
the municipalities coloured by plan validity, the county borders, the chosen municipality
outlined, and the register's service places as the tab's symbols. Paper is white whatever
the screen's colour scheme, so the light colours are used. Only ``QImage`` (no pixmap, no
font): it paints on a worker thread, and under the command line with or without a
QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPainterPath, QPalette, QPen

from servicepunkt_gui import palette as colours
from servicepunkt_gui.core.map_data import SwedenMap
from servicepunkt_gui.core.map_places import MapPlace
from servicepunkt_gui.core.map_status import MapStatus
from servicepunkt_gui.core.vocabulary import PlaceKind
from servicepunkt_gui.export.map_geometry import (
    MapGeometry,
    MapScene,
    fit_transform,
    geometry_for,
    paint_map,
)
from servicepunkt_gui.export.map_looks import ColourBy, looks_for

PAPER = "#ffffff"
INK = "#1a1a1a"  # the reports' text colour (pdf_text.TEXT)
# One municipality's map shows this share of its own size around it on every side: enough
# of its county to see where it lies.
AROUND = 0.5
RADIUS = 4.0  # px: half a place symbol's size (the tab's are 5 px on a screen)
HALO = 2.0


def paper_palette() -> QPalette:
    """White paper, dark ink: a palette that needs no QGuiApplication."""
    palette = QPalette(QColor(PAPER))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(PAPER))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(INK))
    # The chosen municipality's outline: black reads in grey print as well as in colour.
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#000000"))
    return palette


def report_map_image(
    sweden: SwedenMap,
    statuses: Mapping[str, MapStatus],
    shown: set[str],
    places: Iterable[MapPlace],
    size: QSize,
    highlight: str | None = None,
) -> QImage:
    """The municipalities ``shown`` coloured (the rest faded), with their places.

    With ``highlight`` the map is zoomed to that municipality and what lies around it,
    else to all of ``shown``.
    """
    palette = paper_palette()
    geometry = geometry_for(sweden)
    looks = looks_for(ColourBy.VALIDITY, statuses, list(geometry.paths), shown, palette)
    if highlight is not None and highlight in geometry.boxes:
        box = geometry.boxes[highlight]
        grow_x, grow_y = box.width() * AROUND, box.height() * AROUND
        rect = box.adjusted(-grow_x, -grow_y, grow_x, grow_y)
    else:
        rect = geometry.union(shown)
    transform = fit_transform(rect, QSizeF(size))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(PAPER))
    area = QRectF(0, 0, size.width(), size.height())
    painter = QPainter(image)
    paint_map(painter, geometry, transform, MapScene(looks, highlight=highlight), palette, area)
    inside = [p for p in places if p.municipality_code in shown]
    _paint_places(painter, geometry, inside, transform.m11(), transform.dx(), transform.dy())
    # A thin frame: the map is a figure on the page, not a hole in it.
    painter.setPen(QPen(QColor(colours.MAP_BORDER.light), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` as a PNG file's bytes (for a QTextDocument resource and python-docx)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"png")
    if not writer.write(image):
        raise OSError(f"the map could not be written as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


# -- the service places --------------------------------------------------------------------


def _polygon(points: Sequence[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.closeSubpath()
    return path


def _circle(radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), radius, radius)
    return path


def symbols(r: float) -> dict[str, QPainterPath]:
    """Each kind's shape around (0, 0), ``r`` pixels its half size: kinds differ by shape
    (the map tab's, ui/map/place_symbols.py), not by colour."""
    ring = _circle(r * 1.25)
    ring.addEllipse(QPointF(0, 0), r * 0.55, r * 0.55)  # odd-even fill: a ring
    plus = QPainterPath()
    plus.addRect(QRectF(-r, -r * 0.35, 2 * r, r * 0.7))
    plus.addRect(QRectF(-r * 0.35, -r, r * 0.7, 2 * r))
    plus.setFillRule(Qt.FillRule.WindingFill)
    square = QPainterPath()
    square.addRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8))
    return {
        PlaceKind.SERVICE_LOCALITY: ring,
        PlaceKind.SERVICE_NODE: square,
        PlaceKind.SERVICE_POINT: _circle(r * 0.9),
        PlaceKind.GROCERY_STORE: _polygon([(0, -r * 1.1), (r, r * 0.8), (-r, r * 0.8)]),
        PlaceKind.FUEL_STATION: _polygon([(0, -r * 1.2), (r, 0), (0, r * 1.2), (-r, 0)]),
        PlaceKind.AGENT: _polygon([(0, r * 1.1), (r, -r * 0.8), (-r, -r * 0.8)]),
        PlaceKind.OTHER: plus,
    }


def _paint_places(
    painter: QPainter,
    geometry: MapGeometry,
    places: Sequence[MapPlace],
    scale: float,
    dx: float,
    dy: float,
) -> None:
    """Vector symbols (a report has tens or hundreds of places, not thousands), one ink,
    haloed in the paper's colour so a symbol stays clear of any fill."""
    if not places:
        return
    shapes = symbols(RADIUS)
    halo = QPen(QColor(PAPER))
    halo.setWidthF(HALO)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(halo)
    painter.setBrush(QColor(colours.MAP_PLACE_INK.light))
    for place in places:
        point = geometry.to_map(place.x, place.y)
        centre = QPointF(point.x() * scale + dx, point.y() * scale + dy)
        painter.drawPath(shapes.get(place.kind, shapes[PlaceKind.OTHER]).translated(centre))
    painter.restore()
