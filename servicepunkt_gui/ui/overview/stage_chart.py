"""A stacked bar per county (and one for the whole country) of plan stages, with a legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from servicepunkt_gui.core.overview import StageOverview
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage
from servicepunkt_gui.ui.common.colors import stage_fill
from servicepunkt_gui.ui.common.labels import stage_label

# The stages' colours (a light and a dark set) are in ui/common/colors.py, taken from the
# palette at every paint so that a change of colour scheme repaints in the new colours.
STAGE_ORDER = (*PlanStage, NO_PLAN)
ROW_HEIGHT = 20
COUNTIES = 21
LABEL_WIDTH = 150
COUNT_WIDTH = 40


class StageChart(QWidget):
    """Painted with QPainter: Qt's chart module would add a large dependency for one chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview: StageOverview | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Sized for Sweden's 21 counties from the start: a hidden tab is laid out before
        # its data arrives, and a later change of height is not always taken up.
        self.setFixedHeight(self._height_for(COUNTIES + 1))
        self.setAccessibleName(self.tr("Plan stages by county"))

    def set_overview(self, overview: StageOverview) -> None:
        self._overview = overview
        self.setToolTip(self._summary())
        self.setFixedHeight(self._height_for(len(self._rows())))
        self.update()

    def _rows(self) -> list[tuple[str, dict[str, int]]]:
        if self._overview is None:
            return []
        rows = [(self.tr("All of Sweden"), dict(self._overview.total))]
        rows += [(county.name, dict(county.counts)) for county in self._overview.counties]
        return rows

    def _legend_rows(self) -> int:
        return 2

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def sizeHint(self) -> QSize:
        return QSize(600, self._height_for(len(self._rows()) or COUNTIES + 1))

    def _height_for(self, rows: int) -> int:
        # One row of gap after the national bar, then the legend.
        return (rows + 1) * ROW_HEIGHT + self._legend_rows() * ROW_HEIGHT + 16

    def _summary(self) -> str:
        if self._overview is None:
            return ""
        parts = [
            f"{stage_label(stage)}: {self._overview.total.get(stage, 0)}"
            for stage in STAGE_ORDER
            if self._overview.total.get(stage, 0)
        ]
        return ", ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width()
        bar_width = max(50, width - LABEL_WIDTH - COUNT_WIDTH - 16)
        y = 4
        palette = self.palette()
        # The chart is drawn straight on the window's background, so its text is window text.
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        fills = {stage: stage_fill(stage, palette) for stage in STAGE_ORDER}
        for row_number, (label, counts) in enumerate(self._rows()):
            total = sum(counts.values()) or 1
            font = painter.font()
            font.setBold(row_number == 0)
            painter.setFont(font)
            text_rect = QRectF(0, y, LABEL_WIDTH - 6, ROW_HEIGHT)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 6)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            x = float(LABEL_WIDTH)
            for stage in STAGE_ORDER:
                count = counts.get(stage, 0)
                if not count:
                    continue
                segment = bar_width * count / total
                # A hairline of background between segments keeps neighbours apart.
                gap = 1.0 if segment > 3 else 0.0
                painter.fillRect(QRectF(x, y + 3, segment - gap, ROW_HEIGHT - 6), fills[stage])
                x += segment
            count_rect = QRectF(LABEL_WIDTH + bar_width + 6, y, COUNT_WIDTH, ROW_HEIGHT)
            painter.drawText(count_rect, Qt.AlignmentFlag.AlignVCenter, str(sum(counts.values())))
            y += ROW_HEIGHT * (2 if row_number == 0 else 1)
        self._paint_legend(painter, y + 6, width, fills)
        painter.end()

    def _paint_legend(
        self, painter: QPainter, y: float, width: int, fills: dict[str, QColor]
    ) -> None:
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        x = float(LABEL_WIDTH)
        for stage in STAGE_ORDER:
            label = stage_label(stage)
            item_width = 16 + metrics.horizontalAdvance(label) + 14
            if x + item_width > width:
                x = float(LABEL_WIDTH)
                y += ROW_HEIGHT
            painter.fillRect(QRectF(x, y + 5, 11, 11), fills[stage])
            painter.drawText(
                QRectF(x + 15, y, item_width, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += item_width
