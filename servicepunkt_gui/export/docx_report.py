"""A report as an editable Word document (.docx), written with python-docx.

The same ``ReportDocument`` the PDF is drawn from, in Word's own styles (Title, Heading 1–3,
List Bullet, Table Grid) so that an official can edit it and put it into the board's
template: on A4, the report named in the page header, "Sida X av Y" as PAGE and NUMPAGES
fields in the footer, table header rows repeated on every page, rows kept whole, and the
document's language Swedish. No Qt.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from servicepunkt_gui import __version__
from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.report import TrafficLight
from servicepunkt_gui.export.report_layout import (
    Align,
    Bullets,
    Cell,
    Column,
    GroupRow,
    Heading,
    KeyValues,
    Paragraph,
    Picture,
    ReportDocument,
    Table,
)

LANGUAGE = "sv-SE"
MARGIN = Mm(15)
BODY = Pt(10)
TABLE_TEXT = Pt(7.5)
SMALL = Pt(8.5)
MUTED = RGBColor(0x55, 0x55, 0x55)
HEADER_FILL = "DFE4EC"
GROUP_FILL = "F1F3F6"
LIGHT_FILLS = {
    TrafficLight.GREEN: "DCEFDC",
    TrafficLight.YELLOW: "FFF1BF",
    TrafficLight.RED: "F8D7D7",
}
LIGHT_DOTS = {
    TrafficLight.GREEN: RGBColor(0x2E, 0x7D, 0x32),
    TrafficLight.YELLOW: RGBColor(0xB8, 0x86, 0x0B),
    TrafficLight.RED: RGBColor(0xC6, 0x28, 0x28),
}


def write_docx(document: ReportDocument, path: Path) -> None:
    """Write the report as a Word document at ``path`` (whole or not at all)."""
    word = docx.Document()
    _set_up(word, document)
    word.add_paragraph(document.title, style="Title")
    word.add_paragraph(document.subtitle, style="Subtitle")
    width = _text_width(word)
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=min(max(block.level, 1), 3))
        elif isinstance(block, Paragraph):
            for line in block.text.split("\n"):
                paragraph = word.add_paragraph()
                run = paragraph.add_run(line)
                if block.small:
                    run.font.size = SMALL
                    run.font.color.rgb = MUTED
        elif isinstance(block, KeyValues):
            _key_values(word, block, width)
        elif isinstance(block, Bullets):
            for depth, text in block.items:
                style = "List Bullet" if depth == 0 else f"List Bullet {min(depth + 1, 3)}"
                word.add_paragraph(text, style=style)
        elif isinstance(block, Picture):
            _picture(word, block)
        else:
            _table(word, block, width)
    with written_atomically(path) as partial:
        word.save(str(partial))


def _picture(word: Document, block: Picture) -> None:
    """The image inline in a centred paragraph of its own, its description as alt text."""
    paragraph = word.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shape = paragraph.add_run().add_picture(
        io.BytesIO(block.png), width=Mm(block.width_mm), height=Mm(block.height_mm)
    )
    # wp:docPr's descr is what Word reads aloud and shows as the picture's alt text.
    shape._inline.docPr.set("descr", block.description)


def _set_up(word: Document, document: ReportDocument) -> None:
    """A4, margins, language, properties, the page header and the footer's page numbers."""
    properties = word.core_properties
    properties.title = f"{document.title} – {document.subtitle}"
    properties.subject = document.subtitle
    properties.author = document.author
    properties.last_modified_by = document.author
    properties.language = LANGUAGE
    properties.comments = f"Skriven med Servicepunkt {__version__}"
    defaults = word.styles.element.find(qn("w:docDefaults"))
    run_defaults = (
        defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    )
    if run_defaults is not None:
        language = run_defaults.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            run_defaults.append(language)
        language.set(qn("w:val"), LANGUAGE)
    word.styles["Normal"].font.size = BODY
    section = word.sections[0]
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if document.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if document.landscape else (short, long)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = Mm(20)
    section.header_distance = section.footer_distance = Mm(10)
    section.header.paragraphs[0].text = document.header
    section.header.paragraphs[0].style = word.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = word.styles["Footer"]
    stops = footer.paragraph_format.tab_stops
    for inherited in word.styles["Footer"].paragraph_format.tab_stops:  # Letter-sized
        stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(_text_width(word), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(f"{document.footer}\tSida ")
    _field(footer, "PAGE")
    footer.add_run(" av ")
    _field(footer, "NUMPAGES")


def _text_width(word: Document) -> Length:
    section = word.sections[0]
    width = section.page_width or Mm(210)
    return Emu(width - (section.left_margin or 0) - (section.right_margin or 0))


def _field(paragraph: WordParagraph, instruction: str) -> None:
    """A field Word fills in when it shows the page (PAGE, NUMPAGES); "1" until then."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for part in (begin, code, separate, shown, end):
        paragraph.add_run()._r.append(part)


def _row_property(row_element: object, name: str) -> None:
    properties = row_element.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _widths(table: WordTable, columns: tuple[Column, ...], width: Length) -> None:
    """Each column's share of ``width``, in the table's grid (LibreOffice reads that) and
    in every cell (Word reads those)."""
    table.autofit = False
    for grid_column, column in zip(table.columns, columns, strict=True):
        grid_column.width = Emu(int(width * column.share))
    for row in table.rows:
        for cell, column in zip(row.cells, columns, strict=True):
            cell.width = Emu(int(width * column.share))


def _narrow_cell_margins(table: WordTable) -> None:
    """1 mm left and right inside each cell instead of Word's 1.9 mm: more text per line."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "57")  # twentieths of a point
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def _key_values(word: Document, block: KeyValues, width: Length) -> None:
    table = word.add_table(rows=len(block.pairs), cols=2)
    for row, (key, value) in zip(table.rows, block.pairs, strict=True):
        _write(row.cells[0], Cell(key), Align.LEFT, BODY, MUTED)
        _write(row.cells[1], Cell(value), Align.LEFT, BODY)
    _widths(table, (Column("", 0.27), Column("", 0.73)), width)


def _table(word: Document, block: Table, width: Length) -> None:
    rows = [*block.rows, *([block.total] if block.total is not None else [])]
    table = word.add_table(rows=1 + len(rows), cols=len(block.columns))
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _narrow_cell_margins(table)
    header = table.rows[0]
    _row_property(header._tr, "w:tblHeader")  # repeated at the top of every page
    for cell, column in zip(header.cells, block.columns, strict=True):
        _write(cell, Cell(column.title, bold=True), column.align)
        _shade(cell, HEADER_FILL)
    for word_row, row in zip(table.rows[1:], rows, strict=True):
        _row_property(word_row._tr, "w:cantSplit")  # a row is not split over two pages
        if isinstance(row, GroupRow):
            continue
        for cell, column, content in zip(word_row.cells, block.columns, row, strict=True):
            _write(cell, content, column.align)
            if content.light is not None:
                _shade(cell, LIGHT_FILLS[content.light])
    _widths(table, block.columns, Emu(int(width * block.width)))
    for word_row, row in zip(table.rows[1:], rows, strict=True):
        if isinstance(row, GroupRow):  # merged once the widths are set
            merged = word_row.cells[0].merge(word_row.cells[-1])
            _write(merged, Cell(row.text, bold=True), Align.LEFT)
            _shade(merged, GROUP_FILL)
    word.add_paragraph()


def _write(
    cell: _Cell,
    content: Cell,
    align: Align,
    size: Length = TABLE_TEXT,
    color: RGBColor | None = None,
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if align == Align.RIGHT:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if content.light is not None:
        dot = paragraph.add_run("● ")
        dot.font.size = size
        dot.font.color.rgb = LIGHT_DOTS[content.light]
    run = paragraph.add_run(content.text)
    run.font.size = size
    run.bold = content.bold
    if color is not None:
        run.font.color.rgb = color
    if content.detail:
        detail = cell.add_paragraph().add_run(content.detail)
        detail.font.size = Pt(7.5)
        detail.font.color.rgb = MUTED
