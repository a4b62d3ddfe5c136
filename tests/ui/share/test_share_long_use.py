"""A day of sharing in one process: copies, reports and imports do not pile up.

Hundreds of Ctrl+C on the municipality list, dozens of follow-up reports and the same
exchange file imported again and again: no dialog or widget is left behind, the clipboard
always holds what was copied last, and the second and later imports change nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.ui.share import exchange_dialog, export_dialog, import_preview
from servicepunkt_gui.ui.share.exchange_dialog import ExchangeRequest
from servicepunkt_gui.ui.share.export_dialog import ExportKind, ExportRequest
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality

COPIES = 300
REPORTS = 30
IMPORTS = 10
TOLERANCE = 60  # widgets come and go (tooltips, menus); a leak per report would be hundreds


def test_a_day_of_copies_reports_and_imports(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    tmp_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Sorsele")
    add_note(qtbot, window, "Möte om hemsändning i Ammarnäs", 1)
    table = window.master.table
    window.master.search_edit.clear()
    qtbot.waitUntil(lambda: window.master.shown_count() == 290)
    clipboard = QApplication.clipboard()
    widgets_before = len(QApplication.allWidgets())
    for number in range(COPIES):
        table.setFocus()
        table.clearSelection()
        table.selectRow(number % 290)
        qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        lines = clipboard.text().splitlines()
        assert len(lines) == 2 and "\tKommun\t" in lines[0]  # the header and the row
    request = ExportRequest(
        ExportKind.FOLLOW_UP_PDF, ExportScope(municipality_codes=("2422",)), "", "Sorsele"
    )
    monkeypatch.setattr(export_dialog, "ask_export", lambda *_a: request)
    report = tmp_path / "uppföljning.pdf"
    for number in range(REPORTS):
        answers.save_path = report.with_stem(f"uppföljning-{number % 3}")
        window.menu_actions["export"].trigger()
    last = report.with_stem(f"uppföljning-{(REPORTS - 1) % 3}")
    assert "Ammarnäs" in " ".join(PdfReader(last).pages[0].extract_text().split())
    exchange = tmp_path / "utbyte.servicepunkt"
    monkeypatch.setattr(
        exchange_dialog, "ask_exchange_scope", lambda *_a: ExchangeRequest(ExportScope(), "Alla")
    )
    answers.save_path = exchange
    window.menu_actions["export_exchange"].trigger()
    previews: list[object] = []

    def ask_import(_exchange: object, preview: object, _parent: object) -> dict[str, object]:
        previews.append(preview)
        return {}

    monkeypatch.setattr(import_preview, "ask_import", ask_import)
    answers.open_path = exchange
    for _ in range(IMPORTS):
        window.menu_actions["import"].trigger()
    assert previews == []  # its own file: everything is here already, nothing to import
    assert len(answers.infos) == IMPORTS
    assert not answers.errors
    assert len(QApplication.allWidgets()) - widgets_before < TOLERANCE
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
