"""The Word writer, read back with python-docx: the same facts as the PDF, in Word's own
headings and tables, header rows repeated, page numbers as fields, Swedish."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table

from servicepunkt_gui.core.atomic_file import partial_path
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.export.docx_report import write_docx
from servicepunkt_gui.export.report_layout import follow_up_document, status_document
from tests.export.test_report_data import (
    LONG_WORD,
    ODD,
    action_title,
    county_report,
    fill_sorsele,
    sorsele_report,
)


def _table_with(word: docx.document.Document, first_title: str) -> Table:
    return next(t for t in word.tables if t.rows[0].cells[0].text == first_title)


def _cells(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _written(store: Database, tmp_path: Path, count: int = 80, odd: bool = True) -> Path:
    fill_sorsele(store, count=count, odd=odd)
    path = tmp_path / "Årlig uppföljning Sorsele.docx"
    write_docx(follow_up_document(sorsele_report(store)), path)
    return path


def test_the_same_facts_as_the_pdf(store: Database, tmp_path: Path) -> None:
    path = _written(store, tmp_path)
    assert not partial_path(path).exists()
    word = docx.Document(str(path))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in word.paragraphs]
    assert ("Title", "Årlig uppföljning av serviceplan") in paragraphs
    assert ("Subtitle", "Sorsele kommun, Västerbottens län") in paragraphs
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert headings[:4] == ["Serviceplan", "Skeden", "Mål och delmål", "Åtgärder"]
    bullets = [(style, text) for style, text in paragraphs if style.startswith("List Bullet")]
    assert bullets[:2] == [
        ("List Bullet", "1 Butiker inom 20 km"),
        ("List Bullet 2", "1.1 Butiken i Ammarnäs finns kvar"),
    ]
    facts = {row[0]: row[1] for t in word.tables[:2] for row in _cells(t)}
    assert facts["Kommun"] == "Sorsele kommun"
    assert facts["Skede"] == "Genomförande"
    assert facts["Diarienummer"] == "KS 2023/0412"
    assert facts["Antagen"] == "22 april 2024"
    actions = _table_with(word, "Åtgärd")
    rows = _cells(actions)
    assert rows[0] == [
        "Åtgärd",
        "Ansvarig",
        "Klart senast",
        "Kostnad",
        "Finansiering",
        "Status",
        "Läge",
    ]
    titles = {row[0].split(" Servicepunkts")[0].split(" Café")[0] for row in rows}
    assert {action_title(n) for n in range(1, 81)} <= titles
    assert ["Mål 2 Paket nära hemmet"] * 7 in rows  # a goal's row across the table
    first = next(row for row in rows if row[0] == action_title(1))
    assert first[2:] == [
        "2026-10-23",
        "12\u00a0500\u00a0kr",
        "Hemsändningsbidrag",
        "Försenad",
        "● Röd",
    ]
    assert rows[-1][0] == "Summa (80 åtgärder)"


def test_header_rows_repeat_and_rows_stay_whole(store: Database, tmp_path: Path) -> None:
    word = docx.Document(str(_written(store, tmp_path)))
    actions = _table_with(word, "Åtgärd")
    header = actions.rows[0]._tr
    flag = header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")
    assert flag is not None and flag.get(qn("w:val")) == "true"
    for row in actions.rows[1:]:
        assert row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        assert row._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None
    history = _table_with(word, "Datum").rows[0]._tr
    assert history.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_page_header_footer_fields_and_language(store: Database, tmp_path: Path) -> None:
    word = docx.Document(str(_written(store, tmp_path, count=5, odd=False)))
    section = word.sections[0]
    assert section.header.paragraphs[0].text == "Sorsele kommun – Årlig uppföljning av serviceplan"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Skriven 2 december 2026")
    assert "Sida" in footer.text and " av " in footer.text
    codes = [node.text.strip() for node in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    language = word.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    assert language is not None and language.get(qn("w:val")) == "sv-SE"
    properties = word.core_properties
    assert properties.language == "sv-SE"
    assert properties.title.startswith("Årlig uppföljning av serviceplan")
    assert properties.author == "Maria Lindqvist"


def test_traffic_lights_are_coloured(store: Database, tmp_path: Path) -> None:
    word = docx.Document(str(_written(store, tmp_path, count=9, odd=False)))
    actions = _table_with(word, "Åtgärd")
    fills = {}
    for row in actions.rows[1:]:
        light = row.cells[-1]
        shading = light._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
        if shading is not None and light.text.startswith("●"):  # not a goal's row
            fills[light.text] = shading.get(qn("w:fill"))
    assert fills == {"● Röd": "F8D7D7", "● Gul": "FFF1BF", "● Grön": "DCEFDC"}


def test_odd_text_and_a_long_word(store: Database, tmp_path: Path) -> None:
    word = docx.Document(str(_written(store, tmp_path, count=8)))
    everything = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    assert LONG_WORD in everything
    assert ODD in everything
    assert "\x07" not in everything and f"{ODD} slut" in everything  # the bell is dropped


def test_status_report_in_landscape(store: Database, tmp_path: Path) -> None:
    fill_sorsele(store, count=9, odd=False)
    path = tmp_path / "status.docx"
    write_docx(status_document(county_report(store)), path)
    word = docx.Document(str(path))
    section = word.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert section.page_width > section.page_height
    stages = _cells(_table_with(word, "Skede"))
    assert stages[1] == ["Ej påbörjad", "0"] and stages[-1] == ["Summa", "15"]
    rows = _cells(_table_with(word, "Kommun"))
    sorsele = next(row for row in rows if row[0] == "Sorsele")
    assert sorsele[1:3] == ["Västerbottens län", "Genomförande"]
    assert sorsele[7] == "3 av 9"


def test_a_failed_write_keeps_the_earlier_file(
    store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rapport.docx"
    path.write_bytes(b"earlier")

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", broken)
    with pytest.raises(OSError, match="disk full"):
        write_docx(follow_up_document(sorsele_report(store)), path)
    assert path.read_bytes() == b"earlier"
    assert not partial_path(path).exists()
