"""The overview's due list copies and exports its rows, the date as a date."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, plans
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.store import open_store
from tests.ui.conftest import DialogRecorder, OpenWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


def _fill(db_path: Path) -> None:
    database = open_store(db_path)
    with database.session() as session:
        plan = plans.create_plan(
            session, "2284", plans.PlanInput("Serviceplan", 2025, 2030), "Anna"
        )
        for title, days in (("Skylt", -3), ("Möte", 12)):
            deadline = TODAY + dt.timedelta(days=days)
            actions.add_action(session, plan.id, actions.ActionInput(title, deadline=deadline))
        set_mine(session, "2284", True)
    database.close()


def test_due_rows_copy_and_export(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    tmp_path: Path,
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    window.tabs.set_current_index(1)
    table = window.overview.due_table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.text() != "")
    rows = list(csv.reader(io.StringIO(clipboard.text()), delimiter="\t"))
    assert rows[0] == [table.horizontalHeaderItem(c).text() for c in range(4)]
    late = (TODAY - dt.timedelta(days=3)).isoformat()
    assert [row[0] for row in rows[1:]] == [late, (TODAY + dt.timedelta(days=12)).isoformat()]
    assert [row[3] for row in rows[1:]] == ["Skylt", "Möte"]
    assert "(" in table.item(0, 0).text()  # the table says it is overdue; the copy a date

    answers.save_path = tmp_path / "förfaller.xlsx"
    assert window.overview.due_copier.export() == answers.save_path
    sheet = openpyxl.load_workbook(answers.save_path).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[1][0] == dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time())
