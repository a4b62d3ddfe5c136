"""Issue 12's "done": a coordinator collects exchange files from three municipalities into one
installation, sees all three, prints a board-ready report for each and an overview of all
three, and nothing anyone wrote was lost on the way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from servicepunkt_gui import __version__
from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.exchange import write_exchange_file
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.share import export_dialog, import_preview
from servicepunkt_gui.ui.share.export_dialog import ExportKind, ExportRequest
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

MUNICIPALITIES = {"2422": "Sorsele", "2421": "Storuman", "2481": "Lycksele"}


def _municipality_file(folder: Path, code: str, name: str) -> tuple[Path, list[str]]:
    """A municipality's own installation: its plan, actions and notes, sent as a file."""
    database = open_store(folder / f"{name}.sqlite3")
    bodies = [f"{name}: möte med butiken {n}, hemsändning och paketombud" for n in range(4)]
    with database.session() as session:
        plan = plans.create_plan(
            session, code, plans.PlanInput(f"Serviceplan {name}", 2025, 2028), name
        )
        for n in range(3):
            actions.add_action(
                session,
                plan.id,
                actions.ActionInput(
                    title=f"{name} åtgärd {n + 1}", deadline=dt.date(2027, 1, n + 1)
                ),
            )
        for body in bodies:
            notes.create_note(
                session, code, notes.NoteInput(body=body, author=f"Handläggare i {name}")
            )
    exchange = folder / f"{name}.servicepunkt"
    with database.read_session() as session:
        scope = ExportScope(municipality_codes=(code,))
        write_exchange_file(session, scope, exchange, f"Handläggare i {name}", __version__)
    database.close()
    return exchange, bodies


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_coordinator_collects_three_municipalities(
    open_window: OpenWindow,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    sent = {code: _municipality_file(tmp_path, code, name) for code, name in MUNICIPALITIES.items()}
    coordinator = open_window(tmp_path / "region.sqlite3")
    monkeypatch.setattr(import_preview, "ask_import", lambda _e, _p, _parent: {})
    for exchange, _bodies in sent.values():
        answers.open_path = exchange
        coordinator.menu_actions["import"].trigger()
    assert not answers.errors

    for code, name in MUNICIPALITIES.items():
        choose_municipality(qtbot, coordinator, name)
        model = coordinator.detail.notes.model
        qtbot.waitUntil(lambda model=model: model.rowCount() == 4)
        report = tmp_path / f"uppföljning-{name}.pdf"
        request = ExportRequest(
            ExportKind.FOLLOW_UP_PDF, ExportScope(municipality_codes=(code,)), "", name
        )
        monkeypatch.setattr(export_dialog, "ask_export", lambda *_a, r=request: r)
        answers.save_path = report
        coordinator.menu_actions["export"].trigger()
        text = _pdf_text(report)
        assert f"Serviceplan {name}" in text and f"{name} åtgärd 3" in text
        for body in sent[code][1]:  # every note the municipality wrote this year
            assert body in text

    overview = tmp_path / "läget.pdf"
    request = ExportRequest(
        ExportKind.STATUS_PDF, ExportScope(municipality_codes=tuple(MUNICIPALITIES)), "", "tre"
    )
    monkeypatch.setattr(export_dialog, "ask_export", lambda *_a: request)
    answers.save_path = overview
    coordinator.menu_actions["export"].trigger()
    text = _pdf_text(overview)
    for name in MUNICIPALITIES.values():
        assert name in text
    assert not answers.errors
