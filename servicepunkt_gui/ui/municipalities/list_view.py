"""The list of municipalities as a table whose columns are sized from the font and the rows.

Every column asks for the width of its widest text in the list's font (the longest name,
county, role, stage, the largest note count) or of its header, whichever is wider. When
the list is narrower than all that, County and Role give way first (their texts are cut
with "…", whole in the tooltip), then Plan stage; the name never does. A wider list gives
its extra room to the name. Nothing here depends on the widget beside the list, so the
list looks the same whatever the detail side shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from math import ceil

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.ui.common.labels import role_short_label, stage_label
from servicepunkt_gui.ui.municipalities.municipality_model import (
    Column,
    MunicipalityTableModel,
    note_count_text,
)

# Given way in this order when the list is narrow; each group shares what it gives.
GIVE_WAY: tuple[tuple[Column, ...], ...] = ((Column.COUNTY, Column.ROLE), (Column.STAGE,))
# The widest note count a column is always ready for, and the widest action count.
WIDEST_NOTE_COUNT = 9999
WIDEST_PROGRESS = "99/99"
# A column that gives way keeps this many characters, and its header.
KEPT_CHARS = 4
PROGRESS_INSET = 6  # the progress bar's own inset (ProgressDelegate), both sides together


def fit_widths(
    available: int,
    natural: Sequence[int],
    minimum: Sequence[int],
    grow: int,
    give_way: Iterable[Iterable[int]] = (),
) -> list[int]:
    """Column widths for a list ``available`` pixels wide.

    Every column gets its ``natural`` width if they all fit, and column ``grow`` what is
    left over. Otherwise the groups of ``give_way`` narrow, one group after the other, each
    column in a group in proportion to what it can give, down to its ``minimum``. What
    still does not fit is scrolled to (the other columns are never narrowed).
    """
    widths = list(natural)
    excess = sum(widths) - available
    if excess <= 0:
        widths[grow] -= excess
        return widths
    for group in give_way:
        columns = list(group)
        slack = {c: max(0, natural[c] - minimum[c]) for c in columns}
        total = sum(slack.values())
        if total == 0:
            continue
        take = min(excess, total)
        given = 0
        for n, column in enumerate(columns):
            share = take - given if n == len(columns) - 1 else take * slack[column] // total
            share = min(share, slack[column])
            widths[column] -= share
            given += share
        excess -= given
        if excess <= 0:
            break
    return widths


class MunicipalityTable(QTableView):
    """A ``QTableView`` that sizes its columns itself (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._natural: list[int] = []
        self._minimum: list[int] = []
        self._texts: dict[Column, set[str]] = {}
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(8)

    # -- what the columns hold ---------------------------------------------------------

    def measure(self, model: MunicipalityTableModel) -> None:
        """Take the widest texts from the rows (after a new list or a changed row)."""
        names: set[str] = set()
        counties: set[str] = set()
        progress = {WIDEST_PROGRESS}
        counts = {note_count_text(WIDEST_NOTE_COUNT)}
        for row in range(model.rowCount()):
            item = model.municipality(row)
            names.add(item.name)
            counties.add(item.county_short_name or item.county_name)
            counts.add(note_count_text(item.note_count))
            if item.plan is not None:
                progress.add(f"{item.plan.actions_done}/{item.plan.actions_total}")
        self._texts = {
            Column.MINE: {"★"},
            Column.NAME: names,
            Column.COUNTY: counties,
            Column.ROLE: {role_short_label(role) for role in ("pilot", "ambassador")},
            Column.STAGE: {
                prefix + stage_label(stage) for stage in PlanStage for prefix in ("", "⚠ ")
            },
            Column.PROGRESS: progress,
            Column.NOTES: counts,
        }
        self._measure_widths()

    def _measure_widths(self) -> None:
        # Fractional advances, rounded up and a pixel to spare: a text laid out a fraction
        # wider than its column is cut ("1 4…" at exactly the rounded width on X11).
        metrics = QFontMetricsF(self.font())
        margin = self.text_margin() + 1
        header = self.horizontalHeader()
        self._natural, self._minimum = [], []
        for column in Column:
            texts = self._texts.get(column, set())
            widest = ceil(max((metrics.horizontalAdvance(text) for text in texts), default=0))
            if column == Column.PROGRESS:
                widest += PROGRESS_INSET
            heading = header.sectionSizeFromContents(column).width()
            natural = max(widest + margin, heading)
            kept = ceil(metrics.horizontalAdvance("M" * KEPT_CHARS + "…")) + margin
            giving = any(column in group for group in GIVE_WAY)
            self._natural.append(natural)
            self._minimum.append(min(natural, max(kept, heading)) if giving else natural)
        self.setMinimumWidth(self.fixed_width() + self._natural[Column.MINE] + self.name_width())
        self.fit_columns()

    def text_margin(self) -> int:
        """What a cell adds around its text, both sides together (the style's margin)."""
        focus = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return 2 * (focus + 1)

    def name_width(self) -> int:
        """The width the name column needs for the longest name."""
        return self._natural[Column.NAME] if self._natural else 0

    def fixed_width(self) -> int:
        """The list's width besides its columns: frame and vertical scroll bar."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return 2 * self.frameWidth() + scroll_bar

    def natural_width(self) -> int:
        """How wide the list is with every column whole."""
        return sum(self._natural) + self.fixed_width()

    # -- fitting -----------------------------------------------------------------------

    def fit_columns(self) -> None:
        if not self._natural or self.model() is None:
            return
        widths = fit_widths(
            self.viewport().width(),
            self._natural,
            self._minimum,
            Column.NAME,
            [[int(c) for c in group] for group in GIVE_WAY],
        )
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            if self._texts:
                self._measure_widths()
