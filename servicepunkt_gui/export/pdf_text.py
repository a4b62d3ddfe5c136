"""A report's body as a paginated ``QTextDocument``, for the PDF and print writer.

Built through ``QTextCursor`` with plain text only: user text is never read as rich text.
Qt splits a table row over two pages and may leave a heading alone at the foot of a page;
``text_document`` lays the body out, finds the first such row or heading, and builds it
again with a page break before it (a table then goes on as a new table under a copy of
its header row), until none is left.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator

from PySide6.QtCore import QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextOption,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from servicepunkt_gui.core.report import TrafficLight
from servicepunkt_gui.export.report_layout import (
    Align,
    Block,
    Bullets,
    Cell,
    GroupRow,
    Heading,
    KeyValues,
    Paragraph,
    Picture,
    ReportDocument,
    Row,
    Table,
)

LAYOUT_DPI = 96  # the body is laid out in pixels of this size, then scaled to the device
BODY_POINTS = 9.5
TABLE_POINTS = 7.5
FONT_FAMILIES = ("Segoe UI", "Calibri", "Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans")
ROW_FOOT = 6.0  # below a cell's last line: its padding and border, and some room
MAX_PASSES = 400  # page breaks moved before a report is drawn as it is

TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")
GRID = QColor("#c4c9d0")
HEADER_FILL = QColor("#dfe4ec")
GROUP_FILL = QColor("#f1f3f6")
LIGHT_DOTS = {
    TrafficLight.GREEN: QColor("#2e7d32"),
    TrafficLight.YELLOW: QColor("#b8860b"),
    TrafficLight.RED: QColor("#c62828"),
}
LIGHT_FILLS = {
    TrafficLight.GREEN: QColor("#dcefdc"),
    TrafficLight.YELLOW: QColor("#fff1bf"),
    TrafficLight.RED: QColor("#f8d7d7"),
}

# Where a page break goes: ("row", block index, row index) or ("heading", block index).
Break = tuple[str, int, int]


def mm(millimetres: float) -> float:
    """Millimetres in layout pixels."""
    return millimetres * LAYOUT_DPI / 25.4


@functools.cache
def report_font_family() -> str:
    """A sans-serif font that has the Swedish letters on every platform we run on."""
    known = set(QFontDatabase.families())
    return next((family for family in FONT_FAMILIES if family in known), QFont().family())


def char(points: float = BODY_POINTS, bold: bool = False, color: QColor = TEXT) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies([report_font_family()])
    fmt.setFontPointSize(points)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setForeground(QBrush(color))
    return fmt


class _Builder:
    """Puts the blocks of a report into a ``QTextDocument`` through one cursor, and notes
    where its headings and table rows are so that breaks can be placed before them."""

    def __init__(self, document: QTextDocument, breaks: frozenset[Break]) -> None:
        self.cursor = QTextCursor(document)
        self.breaks = breaks
        self.first = True
        self.index = -1  # of the block being added
        self.headings: list[tuple[Break, QTextBlock]] = []
        self.rows: list[tuple[Break, QTextTable, int]] = []

    def block(self, fmt: QTextBlockFormat, chars: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, chars)

    def text_block(self, text: str, chars: QTextCharFormat, top: float, bottom: float) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        self.block(fmt, chars)
        self.cursor.insertText(text, chars)

    def title(self, document: ReportDocument) -> None:
        self.text_block(document.title, char(17, bold=True), 0, 2)
        self.text_block(document.subtitle, char(11.5, color=MUTED), 0, 10)

    def add(self, index: int, item: Block) -> None:
        self.index = index
        if isinstance(item, Heading):
            fmt = QTextBlockFormat()
            fmt.setHeadingLevel(item.level)
            fmt.setTopMargin({1: 16.0, 2: 12.0}.get(item.level, 8.0))
            fmt.setBottomMargin(3)
            key: Break = ("heading", index, 0)
            if key in self.breaks:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            chars = char({1: 13.5, 2: 11.5}.get(item.level, BODY_POINTS + 0.5), bold=True)
            self.block(fmt, chars)
            self.cursor.insertText(item.text, chars)
            self.headings.append((key, self.cursor.block()))
        elif isinstance(item, Paragraph):
            chars = char(BODY_POINTS - 1, color=MUTED) if item.small else char()
            self.text_block(item.text, chars, 2, 4)
        elif isinstance(item, KeyValues):
            self.key_values(item)
        elif isinstance(item, Bullets):
            self.bullets(item)
        elif isinstance(item, Picture):
            self.picture(item)
        else:
            self.table(item)

    def picture(self, item: Picture) -> None:
        """The image as a resource of the document, put in through the cursor (no HTML)."""
        name = QUrl(f"report-image-{self.index}.png")
        image = QImage.fromData(item.png)  # the format read from the data
        self.cursor.document().addResource(QTextDocument.ResourceType.ImageResource, name, image)
        fmt = QTextBlockFormat()
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setTopMargin(6)
        fmt.setBottomMargin(2)
        self.block(fmt, char())
        picture = QTextImageFormat()
        picture.setName(name.toString())
        picture.setWidth(mm(item.width_mm))
        picture.setHeight(mm(item.height_mm))
        picture.setToolTip(item.description)
        self.cursor.insertImage(picture)

    def key_values(self, item: KeyValues) -> None:
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(2)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        shares = (27, 73)
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, share) for share in shares]
        )
        table = self.insert_table(len(item.pairs), 2, fmt)
        for row, (key, value) in enumerate(item.pairs):
            for column, (text, color) in enumerate(((key, MUTED), (value, TEXT))):
                cursor = table.cellAt(row, column).firstCursorPosition()
                cursor.mergeBlockCharFormat(char(color=color))
                cursor.insertText(text, char(color=color))

    def bullets(self, item: Bullets) -> None:
        lists: dict[int, QTextList] = {}
        for depth, text in item.items:
            for deeper in [d for d in lists if d > depth]:
                del lists[deeper]
            fmt = QTextBlockFormat()
            fmt.setBottomMargin(1)
            self.block(fmt, char())
            if depth in lists:
                lists[depth].add(self.cursor.block())
            else:
                list_format = QTextListFormat()
                list_format.setIndent(depth + 1)
                styles = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle)
                list_format.setStyle(styles[depth % 2])
                lists[depth] = self.cursor.createList(list_format)
            self.cursor.insertText(text, char())
        # A block outside any list, so what follows is not a bullet.
        self.cursor.insertBlock(QTextBlockFormat(), char(2))
        self.cursor.setBlockFormat(QTextBlockFormat())

    def insert_table(self, rows: int, columns: int, fmt: QTextTableFormat) -> QTextTable:
        self.first = False
        fmt.setTopMargin(2)
        fmt.setBottomMargin(4)
        table = self.cursor.insertTable(rows, columns, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        return table

    def table(self, item: Table) -> None:
        rows = [*item.rows, *([item.total] if item.total is not None else [])]
        cuts = [row for row in range(1, len(rows)) if ("row", self.index, row) in self.breaks]
        for start, end in zip([0, *cuts], [*cuts, len(rows)], strict=True):
            self.table_part(item, rows, start, end)

    def table_part(self, item: Table, rows: list[Row], start: int, end: int) -> None:
        """Rows ``start`` to ``end`` of the table under its header, on a new page if a break
        was placed before row ``start`` (0: before the whole table)."""
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setBorder(1)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QBrush(GRID))
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(2.5)
        fmt.setCellSpacing(0)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, item.width * 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, c.share * 100) for c in item.columns]
        )
        if start == 0 and ("row", self.index, 0) in self.breaks:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if end < len(rows):
            # A break after this part rather than before the next: "before" breaks twice
            # when what comes before it has just filled its page.
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
        table = self.insert_table(1 + end - start, len(item.columns), fmt)
        if end < len(rows):
            fmt.setBottomMargin(0)
            table.setFormat(fmt)
        header_fill = QTextTableCellFormat()
        header_fill.setBackground(QBrush(HEADER_FILL))
        for column, spec in enumerate(item.columns):
            cell = table.cellAt(0, column)
            cell.setFormat(header_fill)
            self.cell_text(cell.firstCursorPosition(), Cell(spec.title, bold=True), spec.align)
        group_fill = QTextTableCellFormat()
        group_fill.setBackground(QBrush(GROUP_FILL))
        self.rows.append((("row", self.index, start), table, 0))  # the header row
        for offset, cells in enumerate(rows[start:end], start=1):
            self.rows.append((("row", self.index, start + offset - 1), table, offset))
            if isinstance(cells, GroupRow):
                table.mergeCells(offset, 0, 1, len(item.columns))
                cell = table.cellAt(offset, 0)
                cell.setFormat(group_fill)
                self.cell_text(cell.firstCursorPosition(), Cell(cells.text, bold=True), Align.LEFT)
                continue
            for column, (spec, content) in enumerate(zip(item.columns, cells, strict=True)):
                cell = table.cellAt(offset, column)
                if content.light is not None:
                    fill = QTextTableCellFormat()
                    fill.setBackground(QBrush(LIGHT_FILLS[content.light]))
                    cell.setFormat(fill)
                self.cell_text(cell.firstCursorPosition(), content, spec.align)

    def cell_text(self, cursor: QTextCursor, content: Cell, align: Align) -> None:
        fmt = QTextBlockFormat()
        if align == Align.RIGHT:
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
        cursor.setBlockFormat(fmt)
        # Merged, not set: the cell's own format (its colour, its span) is kept there. Also
        # for an empty cell, so that its line is as high as the others in the row.
        cursor.mergeBlockCharFormat(char(TABLE_POINTS))
        if content.light is not None:
            cursor.insertText("● ", char(TABLE_POINTS, color=LIGHT_DOTS[content.light]))
        cursor.insertText(content.text, char(TABLE_POINTS, bold=content.bold))
        if content.detail:
            cursor.insertBlock(fmt)
            cursor.insertText(content.detail, char(TABLE_POINTS - 1, color=MUTED))


@functools.cache
def _layout_device() -> QImage:
    """A device of exactly LAYOUT_DPI, so the layout is the same whatever the screen."""
    device = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def _built(
    document: ReportDocument, page: QSizeF, breaks: frozenset[Break]
) -> tuple[QTextDocument, _Builder]:
    body = QTextDocument()
    body.setUndoRedoEnabled(False)
    body.setUseDesignMetrics(True)
    body.documentLayout().setPaintDevice(_layout_device())
    body.setDefaultFont(QFont(report_font_family(), round(BODY_POINTS)))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    body.setDefaultTextOption(option)
    frame = body.rootFrame().frameFormat()
    frame.setMargin(0)
    body.rootFrame().setFrameFormat(frame)
    body.setPageSize(page)
    builder = _Builder(body, breaks)
    # One edit block: the body is laid out once at its end, not after every insert.
    builder.cursor.beginEditBlock()
    builder.title(document)
    for index, item in enumerate(document.blocks):
        builder.add(index, item)
    builder.cursor.endEditBlock()
    return body, builder


def text_document(document: ReportDocument, page: QSizeF) -> QTextDocument:
    """The report's body laid out on pages of ``page`` (layout pixels, LAYOUT_DPI), no
    table row split over two pages and no heading left at the foot of one."""
    breaks: frozenset[Break] = frozenset()
    for _ in range(MAX_PASSES):
        body, builder = _built(document, page, breaks)
        found = _first_bad_break(body, builder, page.height())
        if found is None:
            return body
        breaks |= {found}
    return body


def _first_bad_break(body: QTextDocument, builder: _Builder, height: float) -> Break | None:
    layout = body.documentLayout()
    candidates: list[tuple[float, Break]] = []
    for key, block in builder.headings:
        box = layout.blockBoundingRect(block)
        room = (math.floor(box.top() / height) + 1) * height - box.bottom()
        if key not in builder.breaks and room < mm(18) and box.top() % height > mm(25):
            candidates.append((box.top(), key))
    # A row that ends on a later page than the row before it: Qt splits it over the page
    # break, or moves it on and stretches the row before down to the foot of the page.
    # Either way the table is better cut there. A header row left at the foot of a page
    # takes the whole table on.
    previous: tuple[QTextTable, float] | None = None
    for key, table, row in builder.rows:
        _top, bottom = _row_extent(layout, table, row)
        bottom += ROW_FOOT  # the row's own bottom: padding and border below the text
        if previous is not None and previous[0] is table and row > 0:
            page_before = math.floor((previous[1] - 0.5) / height)
            moved = math.floor((bottom - 0.5) / height) != page_before
            # The first row of the table's first part has the key of a break before it all.
            if moved and (row > 1 or key[2] == 0) and key not in builder.breaks:
                candidates.append((_top, key))
        previous = (table, bottom)
    return min(candidates)[1] if candidates else None


def _row_extent(
    layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
) -> tuple[float, float]:
    tops: list[float] = []
    bottoms: list[float] = []
    for block in _row_blocks(table, row):
        box = layout.blockBoundingRect(block)
        tops.append(box.top())
        bottoms.append(box.bottom())
    return min(tops), max(bottoms)


def _row_blocks(table: QTextTable, row: int) -> Iterator[QTextBlock]:
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.column() != column:  # inside a merged cell
            continue
        yield cell.firstCursorPosition().block()
        yield cell.lastCursorPosition().block()
