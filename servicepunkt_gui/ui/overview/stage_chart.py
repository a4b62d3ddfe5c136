"""A stacked bar per county (and one for the whole country) of plan stages, with a legend.

Each bar explains itself in its tooltip; a click (or Enter on the bar chosen with ↑/↓) asks
for that county's municipalities.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QToolTip, QWidget

from servicepunkt_gui.core.overview import StageOverview
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage
from servicepunkt_gui.ui.common.colors import stage_fill
from servicepunkt_gui.ui.common.labels import stage_label
from servicepunkt_gui.ui.common.plain_text import plain_tooltip

# The stages' colours (a light and a dark set) are in ui/common/colors.py, taken from the
# palette at every paint so that a change of colour scheme repaints in the new colours.
STAGE_ORDER = (*PlanStage, NO_PLAN)
ROW_HEIGHT = 20
TOP = 4
COUNTIES = 21
LABEL_WIDTH = 150
COUNT_WIDTH = 40
SWEDEN = ""  # the code the national bar stands for: every county


@dataclass(frozen=True)
class Bar:
    code: str  # the county's code, SWEDEN for the national bar
    name: str
    counts: dict[str, int]


class StageChart(QWidget):
    """Painted with QPainter: Qt's chart module would add a large dependency for one chart.

    Emits ``county_chosen(code)`` for a click on a bar or Enter on the current one; the
    national bar gives ``SWEDEN`` (""), every county.
    """

    county_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview: StageOverview | None = None
        self._bars: list[Bar] = []
        self._current = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Sized for Sweden's 21 counties from the start: a hidden tab is laid out before
        # its data arrives, and a later change of height is not always taken up.
        self.setFixedHeight(self._height_for(COUNTIES + 1))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the tooltip follows the bar under the pointer
        self.setAccessibleName(self.tr("Plan stages by county"))

    def set_overview(self, overview: StageOverview) -> None:
        self._overview = overview
        self._bars = [Bar(SWEDEN, self.tr("All of Sweden"), dict(overview.total))]
        self._bars += [Bar(c.code, c.name, dict(c.counts)) for c in overview.counties]
        self._current = min(self._current, len(self._bars) - 1)
        self._describe_current()
        self.setFixedHeight(self._height_for(len(self._bars)))
        self.update()

    # -- what each bar says ------------------------------------------------------------

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def current_row(self) -> int:
        return self._current

    def bar_rect(self, row: int) -> QRect:
        """Where a bar's row (its name, bar and count) is drawn."""
        # One row of gap after the national bar.
        y = TOP + ROW_HEIGHT * (row + 1 if row > 0 else 0)
        return QRect(0, y, self.width(), ROW_HEIGHT)

    def row_at(self, pos: QPoint) -> int | None:
        for row in range(len(self._bars)):
            if self.bar_rect(row).contains(pos):
                return row
        return None

    def describe(self, row: int) -> str:
        """The bar's county, each stage with its count, and how many have no plan."""
        bar = self._bars[row]
        total = sum(bar.counts.values())
        lines = [
            self.tr("%1: %n municipalities", "", total).replace("%1", bar.name),
            *(
                f"{stage_label(stage)}: {bar.counts.get(stage, 0)}"
                for stage in STAGE_ORDER
                if stage != NO_PLAN
            ),
            self.tr("No plan recorded: %1").replace("%1", str(bar.counts.get(NO_PLAN, 0))),
        ]
        if bar.code != SWEDEN:
            lines.append(self.tr("Click or press Enter to list the county's municipalities."))
        return "\n".join(lines)

    def _describe_current(self) -> None:
        # Screen readers read the bar chosen with the keyboard.
        self.setAccessibleDescription(self.describe(self._current) if self._bars else "")

    # -- pointer and keyboard -------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                tip = plain_tooltip(self.describe(row))
                QToolTip.showText(event.globalPos(), tip, self, self.bar_rect(row))
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or row is None:
            super().mousePressEvent(event)
            return
        self._set_current(row)
        self.county_chosen.emit(self._bars[row].code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Up: self._current - 1,
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._bars) - 1,
        }
        if not self._bars:
            super().keyPressEvent(event)
        elif key in moves:
            self._set_current(max(0, min(len(self._bars) - 1, moves[Qt.Key(key)])))
            self._show_tip()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.county_chosen.emit(self._bars[self._current].code)
        else:
            super().keyPressEvent(event)

    def _set_current(self, row: int) -> None:
        self._current = row
        self._describe_current()
        self.update()

    def _show_tip(self) -> None:
        """A keyboard user sees what a mouse user would: the bar's figures beside it."""
        rect = self.bar_rect(self._current)
        where = self.mapToGlobal(QPoint(LABEL_WIDTH, rect.bottom()))
        QToolTip.showText(where, plain_tooltip(self.describe(self._current)), self, rect)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- size and painting ------------------------------------------------------------------

    def _legend_rows(self) -> int:
        return 2

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def sizeHint(self) -> QSize:
        return QSize(600, self._height_for(len(self._bars) or COUNTIES + 1))

    def _height_for(self, rows: int) -> int:
        # One row of gap after the national bar, then the legend.
        return (rows + 1) * ROW_HEIGHT + self._legend_rows() * ROW_HEIGHT + 16

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width()
        bar_width = max(50, width - LABEL_WIDTH - COUNT_WIDTH - 16)
        palette = self.palette()
        # The chart is drawn straight on the window's background, so its text is window text.
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        fills = {stage: stage_fill(stage, palette) for stage in STAGE_ORDER}
        y = float(TOP)
        for row_number, bar in enumerate(self._bars):
            y = float(self.bar_rect(row_number).top())
            counts = bar.counts
            total = sum(counts.values()) or 1
            font = painter.font()
            font.setBold(row_number == 0)
            painter.setFont(font)
            text_rect = QRectF(0, y, LABEL_WIDTH - 6, ROW_HEIGHT)
            elided = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 6)
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
        if self.hasFocus() and self._bars:
            self._paint_focus(painter)
        self._paint_legend(painter, y + ROW_HEIGHT + 6, width, fills)
        painter.end()

    def _paint_focus(self, painter: QPainter) -> None:
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.bar_rect(self._current).adjusted(1, 0, -1, 0)
        option.backgroundColor = self.palette().color(QPalette.ColorRole.Window)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)

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
