"""The PDF and print writer, read back with pypdf: what it says, on which pages, and that
awkward text neither breaks it nor runs off the page."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.atomic_file import partial_path
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.export import pdf_report
from servicepunkt_gui.export.pdf_report import page_layout, print_document, write_pdf
from servicepunkt_gui.export.pdf_text import mm, text_document
from servicepunkt_gui.export.report_layout import (
    ReportDocument,
    follow_up_document,
    status_document,
)
from tests.export.test_report_data import (
    LONG_WORD,
    action_title,
    county_report,
    fill_sorsele,
    sorsele_report,
)

pytestmark = pytest.mark.usefixtures("qapp")


def _pages(path: Path) -> list[str]:
    """Each page's text; Qt places words one by one, so pypdf reads tabs between them."""
    pages = pypdf.PdfReader(path).pages
    return [re.sub(r"[ \t\u00a0]+", " ", page.extract_text()) for page in pages]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_long_follow_up_report(store: Database, tmp_path: Path) -> None:
    fill_sorsele(store, count=80)
    path = tmp_path / "Årlig uppföljning Sorsele.pdf"
    pages = write_pdf(follow_up_document(sorsele_report(store)), path)
    texts = _pages(path)
    assert len(texts) == pages >= 3
    assert not partial_path(path).exists()
    first = texts[0]
    assert "Årlig uppföljning av serviceplan" in first
    assert "Sorsele kommun" in first and "Västerbottens län" in first
    assert "Genomförande" in first  # the stage
    assert "KS 2023/0412" in first and "22 april 2024" in first
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av {pages}" in text
        assert len(text.splitlines()) > 5  # no page left blank
        assert "Sorsele kommun – Årlig uppföljning av serviceplan" in text  # the page header
        assert "Skriven 2 december 2026" in text
    everything = _squeezed("".join(texts))
    for number in range(1, 81):
        assert _squeezed(action_title(number)) in everything
    # The actions table runs over pages 2 and 3 at least, its header row on each of them.
    for text in texts[1:3]:
        assert "Åtgärd" in text and "Finansiering" in text and "Läge" in text
    assert "Anteckningar 1 januari 2026 – 2 december 2026" in "".join(texts)
    metadata = pypdf.PdfReader(path).metadata
    assert metadata is not None and metadata.title is not None
    assert metadata.title.startswith("Årlig uppföljning av serviceplan")
    assert "Servicepunkt" in str(metadata.creator)


def test_a_very_long_word_is_wrapped_not_clipped(store: Database, tmp_path: Path) -> None:
    fill_sorsele(store, count=8)
    document = follow_up_document(sorsele_report(store))
    page = QSizeF(mm(180), mm(254))
    body = text_document(document, page)
    assert body.documentLayout().documentSize().width() <= page.width() + 1
    path = tmp_path / "lång.pdf"
    write_pdf(document, path)
    text = "".join(_pages(path))
    # All of it is there, over several lines (in the action's cell and in the note).
    assert _squeezed(LONG_WORD) in _squeezed(text)
    lines_with_part = [line for line in text.splitlines() if "Servicepunktsutveckling" in line]
    assert len(lines_with_part) >= 4
    assert max(len(line) for line in lines_with_part) < len(LONG_WORD) / 2


def test_odd_unicode_does_not_break_it(store: Database, tmp_path: Path) -> None:
    fill_sorsele(store, count=8)
    path = tmp_path / "udda.pdf"
    write_pdf(follow_up_document(sorsele_report(store)), path)
    text = "".join(_pages(path))
    assert "Café" in text and "mega" in text
    assert "Amélie" in unicodedata.normalize("NFC", text)  # e and a combining accent
    assert "slut" in text  # after the control character


def test_no_plan_no_notes(store: Database, tmp_path: Path) -> None:
    path = tmp_path / "tom.pdf"
    assert write_pdf(follow_up_document(sorsele_report(store)), path) == 1
    text = _pages(path)[0]
    assert "Kommunen har ingen aktuell serviceplan registrerad." in text
    assert "Sida 1 av 1" in text


def test_status_report(store: Database, tmp_path: Path) -> None:
    fill_sorsele(store, count=9, odd=False)
    path = tmp_path / "status.pdf"
    write_pdf(status_document(county_report(store)), path)
    reader = pypdf.PdfReader(path)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = "".join(_pages(path))
    assert "Status för serviceplaner" in text
    assert "Kommunerna per skede" in text
    for name in ("Bjurholm", "Sorsele", "Åsele", "Ingen plan", "3 av 9"):
        assert name in text


def test_printing_draws_the_same(store: Database, tmp_path: Path) -> None:
    fill_sorsele(store, count=40, odd=False)
    document = follow_up_document(sorsele_report(store))
    written = tmp_path / "skriven.pdf"
    write_pdf(document, written)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "utskriven.pdf"
    printer.setOutputFileName(str(printed))
    pages = print_document(document, printer)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert len(_pages(printed)) == pages == len(_pages(written))
    assert _squeezed("".join(_pages(printed))) == _squeezed("".join(_pages(written)))


def test_a_failed_write_keeps_the_earlier_file(
    store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF earlier")

    def broken(*_args: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(pdf_report, "paint_document", broken)
    with pytest.raises(OSError, match="disk full"):
        write_pdf(follow_up_document(sorsele_report(store)), path)
    assert path.read_bytes() == b"%PDF earlier"
    assert not partial_path(path).exists()


def test_a4_in_both_orientations() -> None:
    assert QGuiApplication.instance() is not None
    portrait = page_layout(_dummy(False))
    landscape = page_layout(_dummy(True))
    assert portrait.orientation() == QPageLayout.Orientation.Portrait
    assert landscape.orientation() == QPageLayout.Orientation.Landscape
    assert portrait.pageSize().id() == landscape.pageSize().id()


def _dummy(landscape: bool) -> ReportDocument:
    return ReportDocument("T", "S", "H", "F", "", (), landscape)


def test_user_text_is_never_read_as_markup(store: Database, tmp_path: Path) -> None:
    with store.session() as session:
        typed = notes.NoteInput(
            "<b>fet</b> &amp; <img src='x'> <table><tr><td>cell</td></tr></table>",
            "<h1>Rubrik</h1>",
            concerns_date=dt.date(2026, 3, 3),
        )
        notes.create_note(session, "2422", typed)
    path = tmp_path / "markup.pdf"
    write_pdf(follow_up_document(sorsele_report(store)), path)
    text = "".join(_pages(path))
    assert "<h1>Rubrik</h1>" in text
    assert "<b>fet</b> &amp; <img src='x'>" in text


def test_written_under_a_gui_application_without_widgets(tmp_path: Path) -> None:
    """As the command line writes it: QGuiApplication, off-screen, QtWidgets never loaded."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from servicepunkt_gui.export.pdf_report import write_pdf
from servicepunkt_gui.export.report_layout import Paragraph, ReportDocument
document = ReportDocument("Titel", "Sorsele kommun", "Huvud", "Fot", "", (Paragraph("Hej"),))
write_pdf(document, Path({str(tmp_path / "cli.pdf")!r}))
assert "PySide6.QtWidgets" not in sys.modules, "QtWidgets was imported"
"""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Hej" in "".join(_pages(tmp_path / "cli.pdf"))
