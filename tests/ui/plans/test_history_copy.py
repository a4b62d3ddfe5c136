"""The stage history copies as columns: date, stage, by whom, comment."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import plans
from servicepunkt_gui.store import open_store
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

CTRL = Qt.KeyboardModifier.ControlModifier


def test_stage_history_rows_copy_as_columns(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    database = open_store(db_path)
    with database.session() as session:
        plan = plans.create_plan(session, "1730", plans.PlanInput("Plan för Eda", 2025, 2030), "")
        plans.set_stage(
            session, plan.id, "draft", "Anna", dt.date(2025, 2, 1), "Första\tutkastet\nklart"
        )
    database.close()
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans
    qtbot.waitUntil(lambda: panel.plan is not None)
    timeline = panel.stage_box.timeline
    qtbot.waitUntil(lambda: timeline.count() == 2)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_A, CTRL)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(timeline, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.text() != "")
    rows = list(csv.reader(io.StringIO(clipboard.text()), delimiter="\t"))
    assert len(rows) == 3 and all(len(row) == 4 for row in rows)
    newest = rows[1]
    assert newest[0] == "2025-02-01"
    assert newest[1] == "Utkast"
    assert newest[2] == "Anna"
    assert newest[3] == "Första\tutkastet\nklart"
