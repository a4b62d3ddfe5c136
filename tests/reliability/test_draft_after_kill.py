"""Kill the app while a note is being typed: the next start offers the text back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.drafts import DraftRow
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.safety import drafts_dialog
from servicepunkt_gui.ui.safety.drafts_dialog import DraftChoice
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.reliability.typing_app import TYPED

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_draft_is_offered_after_the_app_is_killed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "servicepunkt.sqlite3"
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.typing_app", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "SERVICEPUNKT_HOME": str(tmp_path / "child-home"),
        },
    )
    assert app.stdout is not None
    assert app.stdout.readline().strip() == "DRAFTED"
    os.kill(app.pid, signal.SIGKILL)  # like a battery running out mid-sentence
    app.wait()
    app.stdout.close()

    offered: list[DraftRow] = []

    def answer(_parent: object, draft: DraftRow) -> DraftChoice:
        offered.append(draft)
        return DraftChoice.RESTORE

    monkeypatch.setattr(drafts_dialog, "ask_about_draft", answer)
    # Closing the window at the end finds the restored text unsaved: throw it away.
    monkeypatch.setattr(
        dialogs, "ask_unsaved_changes", lambda _p, _w: dialogs.UnsavedChoice.DISCARD
    )
    database = open_store(path)
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    try:
        window.offer_drafts()
        assert len(offered) == 1
        assert str(offered[0].fields["body"]).startswith(TYPED)
        assert offered[0].municipality_name == "Örnsköldsvik"
        assert window.detail.municipality is not None
        assert window.detail.municipality.code == "2284"
        assert window.detail.notes.editor.body_edit.toPlainText().startswith(TYPED)
        assert window.detail.notes.editor.is_dirty()
    finally:
        database.close()


def test_saving_or_discarding_drops_the_draft(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicepunkt_gui.core import drafts

    database = open_store(tmp_path / "db.sqlite3")
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    try:
        window.open_municipality("1730")
        editor = window.detail.notes.editor
        editor.body_edit.setPlainText("Snart sparad")
        with qtbot.waitSignal(window.detail.notes.editing.draft_timer.timeout, timeout=5000):
            pass
        with database.session() as session:
            assert [d.key for d in drafts.list_drafts(session)] == ["note:new:1730"]
        window.detail.notes.save()
        with database.session() as session:
            assert drafts.list_drafts(session) == []
    finally:
        database.close()
