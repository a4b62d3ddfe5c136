"""File → Export…, Print, Export for a colleague and Import…, driven in the real main window.

The files are read back from the outside: PDF text with pypdf, Word with python-docx,
Excel with openpyxl, CSV with the csv module, an exchange file by importing it into a second
window on another database.
"""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.ui.share import exchange_dialog, export_dialog, import_preview, printing
from servicepunkt_gui.ui.share.exchange_dialog import ExchangeRequest
from servicepunkt_gui.ui.share.export_dialog import ExportKind, ExportRequest
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

SORSELE = "2422"


def _sorsele_plan(window: MainWindow) -> None:
    def work(session: object) -> None:
        plan = plans.create_plan(
            session,  # type: ignore[arg-type]
            SORSELE,
            plans.PlanInput("Serviceplan för Sorsele", 2025, 2028),
            "Eva Lind",
        )
        for n in range(3):
            actions.add_action(
                session,  # type: ignore[arg-type]
                plan.id,
                actions.ActionInput(
                    title=f"Åtgärd {n + 1}: hemsändning i Ammarnäs",
                    responsible="Eva Lind",
                    deadline=dt.date.today() + dt.timedelta(days=10 * n - 5),
                    cost_sek=12_500 * (n + 1),
                ),
            )
        notes.create_note(
            session,  # type: ignore[arg-type]
            SORSELE,
            notes.NoteInput(body="Möte med butiken i Ammarnäs; semikolon; och radbrytning\nhär"),
        )

    assert window.context.writes.write_done(window, work)


def _export(
    monkeypatch: pytest.MonkeyPatch,
    answers: DialogRecorder,
    window: MainWindow,
    request: ExportRequest,
    target: Path,
) -> None:
    monkeypatch.setattr(export_dialog, "ask_export", lambda *_args: request)
    answers.save_path = target
    window.menu_actions["export"].trigger()


def _one(code: str = SORSELE) -> ExportScope:
    return ExportScope(municipality_codes=(code,))


@pytest.fixture
def window(open_window: OpenWindow, db_path: Path, qtbot: QtBot) -> MainWindow:
    opened = open_window(db_path)
    _sorsele_plan(opened)
    choose_municipality(qtbot, opened, "Sorsele")
    return opened


def test_follow_up_as_pdf_holds_the_plan_and_page_numbers(
    window: MainWindow, answers: DialogRecorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "uppföljning.pdf"
    _export(
        monkeypatch,
        answers,
        window,
        ExportRequest(ExportKind.FOLLOW_UP_PDF, _one(), "", "Sorsele"),
        target,
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Sorsele" in text
    assert "Serviceplan för Sorsele" in text
    assert "hemsändning i Ammarnäs" in text
    assert "Sida 1 av" in text
    assert not answers.errors
    assert str(target) in window.statusBar().currentMessage()


def test_follow_up_as_word_holds_the_same(
    window: MainWindow, answers: DialogRecorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "uppföljning.docx"
    _export(
        monkeypatch,
        answers,
        window,
        ExportRequest(ExportKind.FOLLOW_UP_DOCX, _one(), "", "Sorsele"),
        target,
    )
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "Sorsele" in text
    assert "Åtgärd 2: hemsändning i Ammarnäs" in text


def test_excel_export_of_all_municipalities_has_a_sheet_per_kind(
    window: MainWindow, answers: DialogRecorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "alla.xlsx"
    _export(
        monkeypatch,
        answers,
        window,
        ExportRequest(ExportKind.XLSX, ExportScope(), "", "Alla"),
        target,
    )
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Kommuner",
        "Planer",
        "Mål",
        "Åtgärder",
        "Anteckningar",
        "Serviceställen",
        "Avtal",
        "Utbetalningar",
        "Stöd",
    ]
    assert book["Kommuner"].max_row == 291  # a header and 290 municipalities
    costs = [row[0] for row in book["Åtgärder"].iter_rows(min_row=2, values_only=True)]
    assert costs  # the actions are there


def test_csv_of_notes_opens_in_excel_with_swedish_settings(
    window: MainWindow, answers: DialogRecorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "anteckningar.csv"
    request = ExportRequest(ExportKind.CSV, _one(), "notes", "Sorsele")
    _export(monkeypatch, answers, window, request, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))
    texts = [cell for row in rows[1:] for cell in row]
    assert "Möte med butiken i Ammarnäs; semikolon; och radbrytning\nhär" in texts


@contextmanager
def _small_disk(folder: Path, options: str) -> Iterator[Path]:
    """A real, tiny file system (tmpfs) at ``folder``: full after a few kilobytes, or read-only."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("needs root to mount a small file system")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_is_explained_and_keeps_the_older_file(
    window: MainWindow, answers: DialogRecorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with _small_disk(tmp_path / "usb", "size=12k,mode=0700") as usb:
        target = usb / "alla.xlsx"
        target.write_bytes(b"last week's export")
        request = ExportRequest(ExportKind.XLSX, ExportScope(), "", "Alla")
        _export(monkeypatch, answers, window, request, target)
        _title, text = answers.errors[-1]
        assert "no room left on the disk" in text or "inte plats" in text
        assert target.read_bytes() == b"last week's export"
        assert sorted(p.name for p in usb.iterdir()) == ["alla.xlsx"]


def test_a_read_only_place_is_explained(
    window: MainWindow, answers: DialogRecorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with _small_disk(tmp_path / "cd", "size=64k,ro") as cd:
        target = cd / "sorsele.pdf"
        request = ExportRequest(ExportKind.FOLLOW_UP_PDF, _one(), "", "Sorsele")
        _export(monkeypatch, answers, window, request, target)
        _title, text = answers.errors[-1]
        assert str(target) in text
        assert list(cd.iterdir()) == []


def test_print_sends_the_follow_up_to_the_printer(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answers: DialogRecorder
) -> None:
    printed = tmp_path / "utskrift.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(printing, "ask_printer", printer)
    window.menu_actions["print"].trigger()
    text = " ".join(PdfReader(printed).pages[0].extract_text().split())
    assert "Sorsele" in text
    assert not answers.errors


def test_exchange_file_brings_a_colleagues_work_into_another_installation(
    window: MainWindow,
    open_window: OpenWindow,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    exchange = tmp_path / "utbyte.servicepunkt"
    monkeypatch.setattr(
        exchange_dialog, "ask_exchange_scope", lambda *_a: ExchangeRequest(_one(), "Sorsele")
    )
    answers.save_path = exchange
    window.menu_actions["export_exchange"].trigger()
    assert zipfile.is_zipfile(exchange)

    colleague = open_window(tmp_path / "kollega.sqlite3")
    previews: list[object] = []

    def ask_import(_exchange: object, preview: object, _parent: object) -> dict[str, object]:
        previews.append(preview)
        return {}

    monkeypatch.setattr(import_preview, "ask_import", ask_import)
    answers.open_path = exchange
    colleague.menu_actions["import"].trigger()
    assert len(previews) == 1
    assert not answers.errors
    choose_municipality(qtbot, colleague, "Sorsele")
    qtbot.waitUntil(lambda: colleague.detail.notes.model.rowCount() == 1)

    # The same file again: nothing new, nothing written, and the official is told so.
    infos = len(answers.infos)
    colleague.menu_actions["import"].trigger()
    assert len(previews) == 1
    assert len(answers.infos) == infos + 1


def test_a_file_that_is_not_ours_is_refused_in_swedish(
    window: MainWindow, answers: DialogRecorder, tmp_path: Path, db_path: Path
) -> None:
    bogus = tmp_path / "inte-en-utbytesfil.servicepunkt"
    bogus.write_bytes(b"%PDF-1.4 not an exchange file")
    before = db_path.read_bytes()
    answers.open_path = bogus
    window.menu_actions["import"].trigger()
    assert answers.errors
    assert db_path.read_bytes() == before
