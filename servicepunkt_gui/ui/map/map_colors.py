"""The names of each scheme's categories, and the legend that shows them.

What the map is coloured by and how (fills, hatching, the looks) is in
``export/map_looks.py``, shared with the reports' map; the legend paints the same brushes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage, ProgrammeRole

# The schemes' fills and hatching, and the looks built from them, are shared with the
# reports' map; they are named here too, as the map tab has always asked this module.
from servicepunkt_gui.export.map_looks import (
    ColourBy,
    Look,
    category_key,
    counts_for,
    looks_for,
    swatches,
)
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.common.labels import role_label, stage_label

__all__ = [
    "Category",
    "ColourBy",
    "Look",
    "MapLegend",
    "categories",
    "category_key",
    "colour_by_label",
    "counts_for",
    "legend_height",
    "legend_lines",
    "looks_for",
    "paint_legend",
    "paint_swatch",
]

Style = Qt.BrushStyle
SWATCH = 16
ROW = 22
PAD = 6


def colour_by_label(mode: ColourBy) -> str:
    return {
        ColourBy.ROLE: QCoreApplication.translate("MapColours", "Programme role"),
        ColourBy.STAGE: QCoreApplication.translate("MapColours", "Current plan stage"),
        ColourBy.VALIDITY: QCoreApplication.translate("MapColours", "Plan validity"),
        ColourBy.FOLLOW_UP: QCoreApplication.translate("MapColours", "Follow-up overdue"),
    }[mode]


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    fill: QColor
    hatch: Qt.BrushStyle = Style.NoBrush  # drawn over the fill in the hatch colour


def _labels(mode: ColourBy) -> dict[str, str]:
    translate = QCoreApplication.translate
    if mode is ColourBy.ROLE:
        return {
            "pilot": role_label(ProgrammeRole.PILOT),
            "ambassador": role_label(ProgrammeRole.AMBASSADOR),
            "none": translate("MapColours", "Not in the programme"),
        }
    if mode is ColourBy.STAGE:
        return {stage: stage_label(stage) for stage in (*PlanStage, NO_PLAN)}
    if mode is ColourBy.VALIDITY:
        return {
            "current": translate("MapColours", "Plan current"),
            "revision_due": translate("MapColours", "Revision due within a year"),
            "overdue": translate("MapColours", "Revision overdue"),
            NO_PLAN: translate("MapColours", "No adopted plan"),
        }
    return {
        "overdue": translate("MapColours", "Follow-up overdue"),
        "on_time": translate("MapColours", "Follow-up not overdue"),
        NO_PLAN: stage_label(NO_PLAN),
    }


def categories(mode: ColourBy, palette: QPalette) -> list[Category]:
    """The scheme's categories in legend order, coloured for ``palette`` and named."""
    labels = _labels(mode)
    return [
        Category(swatch.key, labels[swatch.key], swatch.fill, swatch.hatch)
        for swatch in swatches(mode, palette)
    ]


# -- the legend ----------------------------------------------------------------------------


def paint_swatch(painter: QPainter, rect: QRectF, category: Category, palette: QPalette) -> None:
    painter.save()
    painter.setPen(QPen(colors.map_border(palette), 1))
    painter.setBrush(QBrush(category.fill))
    painter.drawRect(rect)
    if category.hatch != Style.NoBrush:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colors.map_hatch(category.fill), category.hatch))
        painter.drawRect(rect)
    painter.restore()


def legend_lines(mode: ColourBy, palette: QPalette, counts: Mapping[str, int]) -> list[str]:
    """The legend as text, for screen readers and the exported image's neighbours."""
    lines = [colour_by_label(mode)]
    for category in categories(mode, palette):
        lines.append(f"{category.label}: {counts.get(category.key, 0)}")
    return lines


def legend_height(mode: ColourBy) -> int:
    return PAD + ROW * (1 + len(categories(mode, QPalette()))) + PAD


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    mode: ColourBy,
    palette: QPalette,
    counts: Mapping[str, int],
) -> None:
    """The scheme's title, then a swatch (fill and hatching), name and count a row."""
    painter.save()
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    width = int(rect.width()) - 2 * PAD
    title = metrics.elidedText(colour_by_label(mode), Qt.TextElideMode.ElideRight, width)
    y = rect.top() + PAD
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    painter.drawText(QRectF(rect.left() + PAD, y, width, ROW), align, title)
    font.setBold(False)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    for category in categories(mode, palette):
        y += ROW
        box = QRectF(rect.left() + PAD, y + (ROW - SWATCH) / 2, SWATCH, SWATCH)
        paint_swatch(painter, box, category, palette)
        text = f"{category.label} ({counts.get(category.key, 0)})"
        left = rect.left() + PAD + SWATCH + PAD
        room = int(rect.right() - PAD - left)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(left, y, room, ROW), align, elided)
    painter.restore()


class MapLegend(QWidget):
    """The legend beside the map: the same fills and hatching the map paints."""

    WIDTH = 230

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = ColourBy.ROLE
        self._counts: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Map legend"))
        self._resize()

    def set_scheme(self, mode: ColourBy, counts: Mapping[str, int]) -> None:
        self._mode = mode
        self._counts = dict(counts)
        self.setAccessibleDescription("\n".join(legend_lines(mode, self.palette(), counts)))
        self._resize()
        self.update()

    def mode(self) -> ColourBy:
        return self._mode

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def _resize(self) -> None:
        self.setFixedSize(QSize(self.WIDTH, legend_height(self._mode)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, QRectF(self.rect()), self._mode, self.palette(), self._counts)
        painter.end()
