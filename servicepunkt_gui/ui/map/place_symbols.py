"""Service places on the map: a symbol per kind, the same size in pixels at every zoom.

Kinds differ by shape, not colour (one ink colour, with a halo of the window's colour so a
symbol stays clear of any fill, in light and dark mode alike). The places' map coordinates
are computed once when they are set; a paint maps only the points inside the area painted
and stamps a pre-drawn image of the symbol there (2,000 vector symbols took 33 ms a frame;
stamps take a few), except into an SVG file, which gets vector shapes. A hover or click finds
the nearest symbol within a few pixels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from servicepunkt_gui.core.map_places import MapPlace
from servicepunkt_gui.core.vocabulary import PlaceKind
from servicepunkt_gui.export.map_picture import symbols as _symbol_shapes
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.common.place_labels import place_kind_label

RADIUS = 5.0  # px: half a symbol's size
HIT_DISTANCE = 8.0  # px from a symbol's centre that still points at it
HALO = 2.5


def _symbols() -> dict[str, QPainterPath]:
    return _symbol_shapes(RADIUS)  # the same shapes the report maps draw


_SYMBOLS: dict[str, QPainterPath] = {}


def symbol(kind: str) -> QPainterPath:
    """The shape of ``kind`` around (0, 0), in pixels."""
    if not _SYMBOLS:
        _SYMBOLS.update(_symbols())
    return _SYMBOLS.get(kind, _SYMBOLS[PlaceKind.OTHER])


@dataclass(frozen=True)
class PlacedSymbol:
    place: MapPlace
    # Map coordinates (see map_paint.MapGeometry.to_map), as plain floats: a paint reads
    # them for every place, and a Qt call each would cost more than the drawing.
    x: float
    y: float


def paint_places(
    painter: QPainter,
    placed: Iterable[PlacedSymbol],
    transform: QTransform,
    palette: QPalette,
    area: QRectF,
    highlight: str | None = None,
) -> None:
    """Every symbol whose centre is inside ``area`` (device coordinates)."""
    seen = area.adjusted(-2 * RADIUS, -2 * RADIUS, 2 * RADIUS, 2 * RADIUS)
    ink = colors.MAP_PLACE_INK.pick(palette)
    window = palette.color(QPalette.ColorRole.Window)
    engine = painter.paintEngine()
    vector = engine is not None and engine.type() == QPaintEngine.Type.SVG
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The view is a scale and an offset: worked out by hand it is a third of the time
    # QTransform.map takes per point, with no QPointF made for those out of sight.
    scale, dx, dy = transform.m11(), transform.dx(), transform.dy()
    left, top, right, bottom = seen.left(), seen.top(), seen.right(), seen.bottom()
    half = SPRITE / 2
    sprites: dict[str, QPixmap] = {}
    for item in placed:
        x, y = item.x * scale + dx, item.y * scale + dy
        if not (left <= x <= right and top <= y <= bottom):
            continue
        kind = item.place.kind
        if vector:
            _draw_symbol(painter, kind, QPointF(x, y), ink, window)
        else:
            sprite = sprites.get(kind)
            if sprite is None:
                sprite = sprites[kind] = _sprite(kind, ink, window, ratio)
            painter.drawPixmap(round(x - half), round(y - half), sprite)
        if item.place.id == highlight:
            ring = QPen(palette.color(QPalette.ColorRole.Highlight))
            ring.setWidthF(2.5)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), RADIUS * 2, RADIUS * 2)
    painter.restore()


SPRITE = 4 * RADIUS  # px: the square a symbol and its halo fit in
_SPRITES: dict[tuple[str, str, str, float], QPixmap] = {}


def _draw_symbol(
    painter: QPainter, kind: str, centre: QPointF, ink: QColor, window: QColor
) -> None:
    halo = QPen(window)
    halo.setWidthF(HALO)
    painter.setPen(halo)
    painter.setBrush(ink)
    painter.drawPath(symbol(kind).translated(centre))


def _sprite(kind: str, ink: QColor, window: QColor, ratio: float) -> QPixmap:
    """The symbol drawn once into a small image, per colours and screen scale."""
    key = (kind, ink.name(), window.name(), ratio)
    sprite = _SPRITES.get(key)
    if sprite is None:
        side = round(SPRITE * ratio)
        sprite = QPixmap(side, side)
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_symbol(painter, kind, QPointF(SPRITE / 2, SPRITE / 2), ink, window)
        painter.end()
        _SPRITES[key] = sprite
    return sprite


def place_at(
    placed: Sequence[PlacedSymbol], transform: QTransform, point: QPointF
) -> MapPlace | None:
    """The place whose symbol is nearest ``point`` (device coordinates), if near enough."""
    best: MapPlace | None = None
    best_distance = HIT_DISTANCE
    scale, dx, dy = transform.m11(), transform.dx(), transform.dy()
    px, py = point.x(), point.y()
    for item in placed:
        distance = math.hypot(item.x * scale + dx - px, item.y * scale + dy - py)
        if distance <= best_distance:
            best, best_distance = item.place, distance
    return best


class PlaceLegend(QWidget):
    """The symbols beside the map, a row per kind with the number shown."""

    ROW = 20
    WIDTH = 230

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Legend of the service places"))
        self.setFixedSize(QSize(self.WIDTH, self.ROW * (len(PlaceKind) + 1) + 8))

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        lines = [f"{place_kind_label(kind)}: {counts.get(kind, 0)}" for kind in PlaceKind]
        self.setAccessibleDescription("\n".join(lines))
        self.update()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(
            QRectF(4, 4, self.WIDTH - 8, self.ROW), self.tr("Service places"), _left_centred()
        )
        font.setBold(False)
        painter.setFont(font)
        ink = colors.MAP_PLACE_INK.pick(palette)
        for row, kind in enumerate(PlaceKind, start=1):
            top = 4 + row * self.ROW
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawPath(symbol(kind).translated(QPointF(14, top + self.ROW / 2)))
            painter.setPen(text)
            label = f"{place_kind_label(kind)} ({self._counts.get(kind, 0)})"
            painter.drawText(QRectF(30, top, self.WIDTH - 34, self.ROW), label, _left_centred())
        painter.end()


def _left_centred() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
