"""The register in the reports: the follow-up's section "Serviceställen, avtal och stöd"
(places, agreements of the period, grants of its years, a warning per grant at risk) and
the status report's counts per municipality, as data, and written as PDF (read back with
pypdf) and Word (read back with python-docx)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.grant_risk import NO_PLAN
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.core.tables import TableKind
from servicepunkt_gui.export.docx_report import write_docx
from servicepunkt_gui.export.pdf_report import write_pdf
from servicepunkt_gui.export.report_layout import (
    Block,
    Heading,
    Paragraph,
    ReportDocument,
    Table,
    follow_up_document,
    status_document,
)
from servicepunkt_gui.export.report_places import SECTION
from servicepunkt_gui.export.report_words import kronor
from servicepunkt_gui.ui.share.export_dialog import CSV_TABLES
from tests.core.test_tables_places import AMMARNAS, GARGNAS, SORSELE, fill_register
from tests.export.test_report_data import LONG_WORD, county_report, sorsele_report

pytestmark = pytest.mark.usefixtures("qapp")


def _pages(path: Path) -> list[str]:
    pages = pypdf.PdfReader(path).pages
    return [re.sub(r"[ \t\u00a0]+", " ", page.extract_text()) for page in pages]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _section(document: ReportDocument) -> list[Block]:
    """The blocks from the section's heading up to the notes' heading."""
    blocks = list(document.blocks)
    start = blocks.index(Heading(SECTION))
    end = next(
        index
        for index, block in enumerate(blocks)
        if index > start and isinstance(block, Heading) and block.text.startswith("Anteckningar")
    )
    return blocks[start:end]


def _more_places(store: Database, count: int, name: str = "Byaplats") -> None:
    with store.session() as s:
        s.add_all(
            ServicePlace(
                municipality_code=SORSELE,
                name=f"{name} {number:02d}",
                kind="service_point",
                locality="Sorsele",
                services="information internet",
            )
            for number in range(1, count + 1)
        )


def test_the_follow_up_reads_the_period(store: Database) -> None:
    fill_register(store)
    part = sorsele_report(store).places
    assert part is not None
    assert (part.period_from, part.period_to) == (dt.date(2026, 1, 1), dt.date(2026, 12, 2))
    assert [(p.name, p.status, p.status_on) for p in part.places] == [
        (AMMARNAS, "threatened", dt.date(2026, 3, 1)),
        (GARGNAS, None, None),
    ]
    # The agreement starting in 2027 does not run in 2026; the trashed ones are left out.
    (agreement,) = part.agreements
    assert agreement.place == AMMARNAS
    assert (agreement.yearly_fee_sek, agreement.paid_in_period_sek) == (30_000, 15_000)
    assert [(g.grant_type, g.applicant, g.risk) for g in part.grants] == [
        ("service_grant", AMMARNAS, NO_PLAN),
        ("special_operating_support", "", NO_PLAN),  # its place is in the trash
        ("municipal_support", None, None),  # needs no plan
    ]


def test_the_follow_up_section(store: Database) -> None:
    fill_register(store, plan="overdue")
    document = follow_up_document(sorsele_report(store))
    section = _section(document)
    headings = [b.text for b in section if isinstance(b, Heading)]
    assert headings == [
        SECTION,
        "Serviceställen",
        "Avtal som löper 1 januari 2026 – 2 december 2026",
        "Stöd för 2026",
    ]
    places, agreements, grants = [b for b in section if isinstance(b, Table)]
    assert [c.title for c in places.columns] == ["Namn", "Typ", "Ort", "Service", "Status"]
    first = places.rows[0]
    assert not isinstance(first, Heading) and isinstance(first, tuple)
    assert [cell.text for cell in first] == [
        AMMARNAS,
        "Dagligvarubutik",
        "Ammarnäs",
        "Dagligvaror, paketombud, apoteksombud, kontantuttag, hemsändning, Systembolagsombud",
        "Hotad",
    ]
    assert first[4].detail == "2026-03-01"
    for table in (places, agreements, grants):
        assert abs(sum(c.share for c in table.columns) - 1) < 1e-9
    (line,) = agreements.rows
    assert isinstance(line, tuple)
    assert [cell.text for cell in line] == [
        AMMARNAS,
        "2024-01-01 – 2026-12-31",
        "Information, hemsändning, mötesplats",
        kronor(30_000),
        kronor(15_000),
    ]
    texts = [[cell.text for cell in row] for row in grants.rows if isinstance(row, tuple)]
    assert [row[:3] for row in texts] == [
        ["Servicebidrag", AMMARNAS, "2026"],
        ["Särskilt driftstöd", "–", "2026"],
        ["Kommunalt stöd", "Sorsele kommun", "2026"],
    ]
    assert texts[0][3:] == [kronor(250_000), kronor(200_000), "–", "Beviljad"]
    assert grants.total is not None and grants.total[4].text == kronor(250_000)
    warnings = [b.text for b in section if isinstance(b, Paragraph) and "Varning" in b.text]
    assert warnings == [
        f"Varning: Servicebidrag 2026 ({AMMARNAS}) kräver en aktuell serviceplan, men "
        "serviceplanen skulle ha reviderats senast 30 juni 2026.",
        "Varning: Särskilt driftstöd 2026 kräver en aktuell serviceplan, men "
        "serviceplanen skulle ha reviderats senast 30 juni 2026.",
    ]


def test_no_warning_with_a_current_plan(store: Database) -> None:
    fill_register(store, plan="current")
    section = _section(follow_up_document(sorsele_report(store)))
    assert not [b for b in section if isinstance(b, Paragraph) and "Varning" in b.text]
    assert len([b for b in section if isinstance(b, Table)]) == 3


def test_an_empty_register_is_one_line(store: Database) -> None:
    section = _section(follow_up_document(sorsele_report(store)))
    assert section[1:] == [
        Paragraph("Kommunen har inga serviceställen, avtal eller stöd registrerade.")
    ]


def test_the_section_in_a_pdf(store: Database, tmp_path: Path) -> None:
    fill_register(store)
    _more_places(store, 70)  # the places' table runs over pages
    with store.session() as s:
        s.add(
            ServicePlace(
                municipality_code=SORSELE,
                name=f"<b>Butik</b> {LONG_WORD}",
                kind="other",
                locality="Blattniksele",
            )
        )
    path = tmp_path / "Årlig uppföljning Sorsele.pdf"
    pages = write_pdf(follow_up_document(sorsele_report(store)), path)
    texts = _pages(path)
    assert len(texts) == pages >= 3
    everything = "".join(texts)
    assert SECTION in everything and AMMARNAS in everything and GARGNAS in everything
    assert "Varning: Servicebidrag 2026" in everything
    assert "<b>Butik</b>" in everything  # user text is never markup
    assert _squeezed(LONG_WORD) in _squeezed(everything)
    long_lines = [line for line in everything.splitlines() if "Servicepunktsutveckling" in line]
    assert len(long_lines) >= 2 and max(map(len, long_lines)) < len(LONG_WORD) / 4
    # The places' header row is repeated on every page the table runs over.
    with_places = [text for text in texts if "Byaplats" in text]
    assert len(with_places) >= 2
    for text in with_places:
        assert "Namn" in text and "Service" in text and "Status" in text


def test_the_section_in_word(store: Database, tmp_path: Path) -> None:
    fill_register(store)
    _more_places(store, 40)
    path = tmp_path / "Årlig uppföljning Sorsele.docx"
    write_docx(follow_up_document(sorsele_report(store)), path)
    word = docx.Document(str(path))
    headings = [p.text for p in word.paragraphs if p.style and p.style.name.startswith("Heading")]
    assert SECTION in headings and "Stöd för 2026" in headings
    places = next(t for t in word.tables if t.rows[0].cells[0].text == "Namn")
    flag = places.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")
    assert flag is not None and flag.get(qn("w:val")) == "true"
    assert [cell.text for cell in places.rows[1].cells][:3] == [
        "Byaplats 01",
        "Servicepunkt",
        "Sorsele",
    ]
    names = [row.cells[0].text for row in places.rows[1:]]
    assert AMMARNAS in names and GARGNAS in names
    grants = next(t for t in word.tables if t.rows[0].cells[0].text == "Stöd")
    assert any("Servicebidrag" in row.cells[0].text for row in grants.rows[1:])
    warnings = [p.text for p in word.paragraphs if p.text.startswith("Varning:")]
    assert len(warnings) == 2


@pytest.mark.parametrize(("plan", "at_risk"), [("none", "3"), ("current", "0")])
def test_the_status_report_counts(store: Database, plan: str, at_risk: str) -> None:
    fill_register(store, plan)
    report = county_report(store)
    sorsele = next(row for row in report.rows if row.code == SORSELE)
    assert sorsele.register.places == 2
    assert sorsele.register.agreements_running == 1
    assert sorsele.register.granted_this_year_sek == 250_000  # 2026's cases
    document = status_document(report)
    blocks = list(document.blocks)
    start = blocks.index(Heading(SECTION))
    (table,) = [b for b in blocks[start:] if isinstance(b, Table)]
    rows = [[cell.text for cell in row] for row in table.rows if isinstance(row, tuple)]
    assert rows == [["Sorsele", "2", "1", kronor(250_000), at_risk]]  # the others have none
    assert table.columns[3].title == "Beviljat stöd 2026"
    assert table.total is not None and table.total[0].text == "Summa (1 kommun)"
    assert abs(sum(c.share for c in table.columns) - 1) < 1e-9


def test_the_status_report_written(store: Database, tmp_path: Path) -> None:
    fill_register(store)
    document = status_document(county_report(store))
    pdf = tmp_path / "status.pdf"
    write_pdf(document, pdf)
    text = "".join(_pages(pdf))
    assert SECTION in text and "Stöd utan aktuell plan" in text
    assert "14 av kommunerna har inget registrerat" in text
    path = tmp_path / "status.docx"
    write_docx(document, path)
    word = docx.Document(str(path))
    table = next(t for t in word.tables if t.rows[0].cells[1].text == "Serviceställen")
    assert [cell.text for cell in table.rows[1].cells][:3] == ["Sorsele", "2", "1"]


def test_a_status_report_without_a_register(store: Database) -> None:
    blocks = list(status_document(county_report(store)).blocks)
    assert blocks[-1] == Paragraph(
        "Inga serviceställen, avtal eller stöd är registrerade i de valda kommunerna."
    )
    assert len([b for b in blocks if isinstance(b, Table)]) == 2


def test_the_export_dialog_offers_every_table() -> None:
    assert tuple(kind.value for kind in TableKind) == CSV_TABLES
