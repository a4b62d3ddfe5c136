"""Search hits copy as columns (municipality, kind, title, text); headings are left out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.store import open_store
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_selected_hits_copy_as_columns(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    database = open_store(db_path)
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Hemsändning varje torsdag."))
        plan = plans.create_plan(session, "1730", plans.PlanInput("Plan för Eda", 2025, 2030), "")
        actions.add_action(session, plan.id, actions.ActionInput("Hemsändning i Koppom"))
    database.close()
    window = open_window(db_path)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    search = window.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.field)
    type_text(search.field, "hemsändning")
    qtbot.waitUntil(lambda: search.results.topLevelItemCount() == 2)
    tree = search.results
    assert tree.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_A, CTRL)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(tree, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.text() != "")
    rows = list(csv.reader(io.StringIO(clipboard.text()), delimiter="\t"))
    assert len(rows) == 3  # the header and two hits, no municipality headings
    assert all(len(row) == 4 for row in rows)
    shown = [tree.topLevelItem(i).text(0).split(" (")[0] for i in range(2)]
    assert [row[0] for row in rows[1:]] == shown  # in the order shown
    found = {row[0]: row for row in rows[1:]}
    assert found["Eda"][2] == "Hemsändning i Koppom"
    assert found["Örnsköldsvik"][3] == "Hemsändning varje torsdag."
