"""The map as a file (PNG, SVG) and as an image for reports, painted as the widget paints.

An export is what the official sees: the current view, the same colours and hatching,
with the legend beside it. ``render_map_image`` needs no widget: one municipality or a
county, zoomed to it, in the window's colours and with the legend if asked for. The
reports draw their map with ``export/map_picture.py`` (on paper, under the command line),
from the same paths and looks (``export/map_geometry.py``, ``export/map_looks.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter, QPalette, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.map_data import SwedenMap
from servicepunkt_gui.core.map_status import MapStatus
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.map.map_colors import (
    ColourBy,
    MapLegend,
    colour_by_label,
    counts_for,
    legend_height,
    looks_for,
    paint_legend,
)
from servicepunkt_gui.ui.map.map_paint import (
    MapGeometry,
    MapScene,
    fit_transform,
    geometry_for,
    paint_map,
)
from servicepunkt_gui.ui.map.place_symbols import PlacedSymbol, paint_places

LEGEND_WIDTH = MapLegend.WIDTH


@dataclass(frozen=True)
class MapPicture:
    """One view of the map, ready to be painted onto any paint device."""

    geometry: MapGeometry
    transform: QTransform
    scene: MapScene
    mode: ColourBy
    counts: Mapping[str, int]
    map_size: QSize
    with_legend: bool = True
    places: tuple[PlacedSymbol, ...] = ()  # the service places shown

    @property
    def size(self) -> QSize:
        extra = LEGEND_WIDTH if self.with_legend else 0
        return QSize(self.map_size.width() + extra, self.map_size.height())

    def paint(self, painter: QPainter, palette: QPalette) -> None:
        whole = QRectF(0, 0, self.size.width(), self.size.height())
        painter.fillRect(whole, palette.color(QPalette.ColorRole.Window))
        area = QRectF(0, 0, self.map_size.width(), self.map_size.height())
        painter.save()
        painter.setClipRect(area)
        paint_map(painter, self.geometry, self.transform, self.scene, palette, area)
        if self.places:
            paint_places(painter, self.places, self.transform, palette, area)
        painter.restore()
        if self.with_legend:
            legend = QRectF(area.right(), 0, LEGEND_WIDTH, legend_height(self.mode))
            paint_legend(painter, legend, self.mode, palette, self.counts)


def picture_image(picture: MapPicture, palette: QPalette) -> QImage:
    image = QImage(picture.size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    picture.paint(painter, palette)
    painter.end()
    return image


def write_png(path: Path, picture: MapPicture, palette: QPalette) -> None:
    """Write the picture as a PNG, whole or not at all; OSError if it cannot be written."""
    image = picture_image(picture, palette)
    with written_atomically(path) as partial:
        writer = QImageWriter(str(partial), b"png")
        if not writer.write(image):
            raise OSError(writer.errorString())


def write_svg(path: Path, picture: MapPicture, palette: QPalette) -> None:
    """Write the picture as SVG (one <path> per municipality); OSError if it cannot."""
    with written_atomically(path) as partial:
        generator = QSvgGenerator()
        generator.setFileName(str(partial))
        generator.setSize(picture.size)
        generator.setResolution(96)  # the legend's text as large as on screen (not 72 dpi)
        generator.setViewBox(QRect(0, 0, picture.size.width(), picture.size.height()))
        generator.setTitle(QCoreApplication.translate("MapExport", "Map of Sweden"))
        generator.setDescription(
            QCoreApplication.translate("MapExport", "Municipalities coloured by %1").replace(
                "%1", _mode_name(picture.mode)
            )
        )
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"could not write {partial}")
        picture.paint(painter, palette)
        painter.end()
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError(f"could not write {partial}")


def _mode_name(mode: ColourBy) -> str:
    return colour_by_label(mode).lower()


def render_map_image(
    sweden: SwedenMap,
    statuses: Mapping[str, MapStatus],
    codes_to_show: set[str],
    size: QSize,
    colour_by: ColourBy = ColourBy.VALIDITY,
    palette: QPalette | None = None,
    with_legend: bool = False,
) -> QImage:
    """One municipality or a county (``codes_to_show``), zoomed to it, without a widget.

    Its neighbours are drawn faded for context; ``size`` is the map's, the legend (if
    asked for) is added to the right.
    """
    palette = palette or QGuiApplication.palette()
    geometry = geometry_for(sweden)
    codes = list(geometry.paths)
    looks = looks_for(colour_by, statuses, codes, set(codes_to_show), palette)
    transform = fit_transform(geometry.union(set(codes_to_show)), QSizeF(size))
    highlight = next(iter(codes_to_show)) if len(codes_to_show) == 1 else None
    picture = MapPicture(
        geometry,
        transform,
        MapScene(looks, highlight=highlight),
        colour_by,
        counts_for(colour_by, statuses, codes_to_show),
        size,
        with_legend,
    )
    return picture_image(picture, palette)


def export_picture(
    parent: QWidget, picture: MapPicture, kind: str, today: dt.date | None = None
) -> Path | None:
    """Ask where to save the map as ``kind`` ("png" or "svg") and write it there.

    A failed write shows what happened; returns the path written, or None.
    """
    day = (today or dt.date.today()).isoformat()
    stem = QCoreApplication.translate("MapExport", "Map %1").replace("%1", day)
    filters = {
        "png": QCoreApplication.translate("MapExport", "PNG image (*.png)"),
        "svg": QCoreApplication.translate("MapExport", "SVG image (*.svg)"),
    }
    chosen = file_dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("MapExport", "Save the map as"),
        Path.home() / f"{stem}.{kind}",
        filters[kind],
    )
    if chosen is None:
        return None
    if chosen.suffix.lower() != f".{kind}":
        chosen = chosen.with_name(chosen.name + f".{kind}")
    try:
        (write_png if kind == "png" else write_svg)(chosen, picture, parent.palette())
    except OSError as error:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("MapExport", "The map could not be saved"),
            QCoreApplication.translate(
                "MapExport",
                "Servicepunkt could not write %1. Choose another folder (one you may write "
                "to, with room left on its disk) and save again.",
            ).replace("%1", str(chosen)),
            str(error),
        )
        return None
    return chosen
