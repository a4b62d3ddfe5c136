"""What the map is coloured by, each scheme's categories (fill and hatching), and the legend.

The fills come from ``ui/common/colors.py`` (light/dark pairs); a category that calls for
action (overdue, revision due) is hatched as well, so that it tells itself apart in grey,
in print and for every kind of colour vision. The legend paints the same brushes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from servicepunkt_gui.core.map_status import MapStatus, Validity
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage, ProgrammeRole
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.common.labels import role_label, stage_label

Style = Qt.BrushStyle
SWATCH = 16
ROW = 22
PAD = 6


class ColourBy(StrEnum):
    ROLE = "role"
    STAGE = "stage"
    VALIDITY = "validity"
    FOLLOW_UP = "follow_up"


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


_VALIDITY_KEYS = {
    Validity.CURRENT: "current",
    Validity.REVISION_DUE: "revision_due",
    Validity.OVERDUE: "overdue",
    Validity.NO_PLAN: NO_PLAN,
}


def category_key(mode: ColourBy, status: MapStatus | None) -> str:
    """Which of the scheme's categories a municipality falls in (no status: no plan)."""
    if mode is ColourBy.ROLE:
        role = status.role if status else None
        return role if role in (ProgrammeRole.PILOT, ProgrammeRole.AMBASSADOR) else "none"
    if status is None or status.stage == NO_PLAN:
        return NO_PLAN
    if mode is ColourBy.STAGE:
        return status.stage if status.stage in colors.STAGE_FILLS else NO_PLAN
    if mode is ColourBy.VALIDITY:
        return _VALIDITY_KEYS.get(status.validity, NO_PLAN)
    return "overdue" if status.follow_up_overdue else "on_time"


def categories(mode: ColourBy, palette: QPalette) -> list[Category]:
    """The scheme's categories in legend order, coloured for ``palette``."""
    translate = QCoreApplication.translate
    if mode is ColourBy.ROLE:
        fills = colors.MAP_ROLE_FILLS
        return [
            Category(
                "pilot",
                role_label(ProgrammeRole.PILOT),
                colors.map_fill(fills, "pilot", palette),
            ),
            Category(
                "ambassador",
                role_label(ProgrammeRole.AMBASSADOR),
                colors.map_fill(fills, "ambassador", palette),
                Style.BDiagPattern,
            ),
            Category(
                "none",
                translate("MapColours", "Not in the programme"),
                colors.map_fill(fills, "none", palette),
            ),
        ]
    if mode is ColourBy.STAGE:
        return [
            Category(stage, stage_label(stage), colors.stage_fill(stage, palette))
            for stage in (*PlanStage, NO_PLAN)
        ]
    if mode is ColourBy.VALIDITY:
        fills = colors.MAP_VALIDITY_FILLS
        return [
            Category(
                "current",
                translate("MapColours", "Plan current"),
                colors.map_fill(fills, "current", palette),
            ),
            Category(
                "revision_due",
                translate("MapColours", "Revision due within a year"),
                colors.map_fill(fills, "revision_due", palette),
                Style.BDiagPattern,
            ),
            Category(
                "overdue",
                translate("MapColours", "Revision overdue"),
                colors.map_fill(fills, "overdue", palette),
                Style.DiagCrossPattern,
            ),
            Category(
                NO_PLAN,
                translate("MapColours", "No adopted plan"),
                colors.map_fill(fills, NO_PLAN, palette),
            ),
        ]
    fills = colors.MAP_FOLLOW_UP_FILLS
    return [
        Category(
            "overdue",
            translate("MapColours", "Follow-up overdue"),
            colors.map_fill(fills, "overdue", palette),
            Style.DiagCrossPattern,
        ),
        Category(
            "on_time",
            translate("MapColours", "Follow-up not overdue"),
            colors.map_fill(fills, "on_time", palette),
        ),
        Category(NO_PLAN, stage_label(NO_PLAN), colors.map_fill(fills, NO_PLAN, palette)),
    ]


@dataclass(frozen=True)
class Look:
    """How one municipality is painted: its fill and, if hatched, the hatch brush."""

    fill: QBrush
    hatch: QBrush | None


def looks_for(
    mode: ColourBy,
    statuses: Mapping[str, MapStatus],
    codes: Iterable[str],
    visible: set[str] | None,
    palette: QPalette,
) -> dict[str, Look]:
    """Every municipality's look: its category's brushes, faded if the list hides it."""
    by_key: dict[tuple[str, bool], Look] = {}
    for category in categories(mode, palette):
        for dimmed in (False, True):
            fill = colors.map_dimmed(category.fill, palette) if dimmed else category.fill
            hatch = None
            if category.hatch != Style.NoBrush:
                line = colors.map_hatch(category.fill)
                line = colors.map_dimmed(line, palette) if dimmed else line
                hatch = QBrush(line, category.hatch)
            by_key[(category.key, dimmed)] = Look(QBrush(fill), hatch)
    return {
        code: by_key[
            (category_key(mode, statuses.get(code)), visible is not None and code not in visible)
        ]
        for code in codes
    }


def counts_for(
    mode: ColourBy, statuses: Mapping[str, MapStatus], codes: Iterable[str]
) -> dict[str, int]:
    counted: dict[str, int] = {}
    for code in codes:
        key = category_key(mode, statuses.get(code))
        counted[key] = counted.get(key, 0) + 1
    return counted


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
